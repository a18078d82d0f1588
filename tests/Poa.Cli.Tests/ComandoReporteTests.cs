using System.Text;
using NodaTime;
using Poa.Domain;
using Poa.Domain.Reportes;
using Poa.Domain.Reportes.Tests.Navegador;
using Poa.Domain.Testing;

namespace Poa.Cli.Tests;

/// <summary>
/// <c>poa reporte</c> on the sample files: the library's report written whole (HTML) or printed (PDF), and every way it
/// stops with nothing left behind. Small shell scripts stand in for Chromium where the test is about the command.
/// </summary>
public sealed class ComandoReporteTests : IDisposable
{
    private static readonly string[] Entradas = [".", "--avances", "avances.csv", "--corte", "2023-06"];

    private readonly DirectorioTemporal dir = new();

    public ComandoReporteTests() => dir.CopiarDatosDeEjemplo();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Html_ConFecha_EsElReporteDeLaBibliotecaByteABytes()
    {
        var r = Reporte("--salida", "reporte.html", "--fecha", "2023-07-05");

        r.Codigo.Should().Be(0, r.Errores);
        r.Errores.Should().BeEmpty();
        r.Salida.Should().Be("reporte.html: reporte del semáforo al corte 2023-06 en HTML: 6 planes, 34 actividades." + Environment.NewLine);
        var esperado = ReporteHtml.Predeterminado.Generar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, new LocalDate(2023, 7, 5));
        File.ReadAllBytes(Path.Combine(dir.Ruta, "reporte.html")).Should().Equal(new UTF8Encoding(false).GetBytes(esperado));
        Archivos().Should().BeEquivalentTo(["reporte.html"], "no queda ningún temporal");
    }

    [Fact]
    public void ContraAprobadoYDiasDeCierre_SonLasOpcionesDeLaBiblioteca()
    {
        var r = Reporte("--salida", "reporte.html", "--fecha", "2023-07-05", "--contra", "aprobado", "--dias-de-cierre", "5");

        r.Codigo.Should().Be(0, r.Errores);
        var opciones = new OpcionesDeReporte
        {
            Evaluador = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { Vista = VistaDelPlan.Aprobado }),
            ReglaDeCierre = ReglaDeCierre.Create(5, DateTimeZoneProviders.Tzdb["America/Mexico_City"]),
        };
        var esperado = new ReporteHtml(opciones).Generar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, new LocalDate(2023, 7, 5));
        var html = File.ReadAllText(Path.Combine(dir.Ruta, "reporte.html"));
        html.Should().Be(esperado).And.Contain("Reportes al");
    }

    [Theory]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Pacific/Pago_Pago")]
    public void SinFecha_LaFechaDeGeneracionEsHoyEnLaZona(string zona)
    {
        // UTC+14 and UTC−11: at any moment their dates differ, so the machine's own zone cannot pass for either.
        var enZona = DateTimeZoneProviders.Tzdb[zona];
        var antes = SystemClock.Instance.GetCurrentInstant().InZone(enZona).Date;

        var r = Reporte("--salida", "reporte.html", "--zona", zona);

        var despues = SystemClock.Instance.GetCurrentInstant().InZone(enZona).Date;
        r.Codigo.Should().Be(0, r.Errores);
        var html = File.ReadAllText(Path.Combine(dir.Ruta, "reporte.html"));
        var posibles = new[] { antes, despues }.Select(d => ReporteHtml.Predeterminado.Generar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, d));
        posibles.Should().Contain(html);
    }

    [Theory]
    [InlineData("--dias-de-cierre", "367")]
    [InlineData("--contra", "otro")]
    [InlineData("--zona", "Marte/Olympus_Mons")]
    public void OpcionesDelCicloInvalidas_Codigo2(string opcion, string valor)
    {
        var r = Reporte("--salida", "r.html", opcion, valor);

        r.Codigo.Should().Be(2);
        r.Errores.Should().Contain(opcion);
        Archivos().Should().BeEmpty();
    }

    [Fact]
    public void Titulo_EstaEnElEncabezadoYEnElTituloDeLaPagina()
    {
        var r = Reporte("--salida", "r.html", "--titulo", "Semáforo <primer semestre>");

        r.Codigo.Should().Be(0, r.Errores);
        var html = File.ReadAllText(Path.Combine(dir.Ruta, "r.html"));
        html.Should().Contain("<h1>Semáforo &lt;primer semestre&gt;</h1>").And.Contain("<title>Semáforo &lt;primer semestre&gt; · corte junio de 2023</title>");
    }

    [Fact]
    public void ArchivoExistente_SinSobrescribir_Codigo1YNoLoToca_ConSobrescribirLoReemplaza()
    {
        dir.Archivo("reporte.html", "anterior");

        var sin = Reporte("--salida", "reporte.html");

        sin.Codigo.Should().Be(1);
        sin.Errores.Should().Be("reporte.html: ya existe; use --sobrescribir para reemplazarlo. No se escribió nada." + Environment.NewLine);
        File.ReadAllText(Path.Combine(dir.Ruta, "reporte.html")).Should().Be("anterior");

        var con = Reporte("--salida", "reporte.html", "--sobrescribir");

        con.Codigo.Should().Be(0, con.Errores);
        File.ReadAllText(Path.Combine(dir.Ruta, "reporte.html")).Should().StartWith("<!DOCTYPE html>");
    }

    [Theory]
    [InlineData("no-hay/reporte.html", "no-hay/reporte.html: no se puede escribir: no existe la carpeta.")]
    [InlineData("carpeta", "carpeta: es una carpeta; indique el archivo del reporte (por ejemplo reporte.html).")]
    public void SalidaQueNoSePuedeEscribir_Codigo2SinLeerNada(string salida, string error)
    {
        Directory.CreateDirectory(Path.Combine(dir.Ruta, "carpeta"));

        var r = Reporte("--salida", salida);

        r.Codigo.Should().Be(2);
        r.Errores.Should().Be(error + Environment.NewLine);
    }

    [Fact]
    public void FechaFormatoOTituloInvalidos_Codigo2ConElValor()
    {
        var fecha = Reporte("--salida", "r.html", "--fecha", "2023-02-30");
        var formato = Reporte("--salida", "r.html", "--formato", "docx");
        var titulo = Reporte("--salida", "r.html", "--titulo", "   ");

        fecha.Codigo.Should().Be(2);
        fecha.Errores.Should().StartWith("poa reporte: --fecha «2023-02-30» no es una fecha AAAA-MM-DD (por ejemplo 2023-07-05).");
        formato.Codigo.Should().Be(2);
        formato.Errores.Should().StartWith("poa reporte: --formato «docx» no es un valor válido: use html o pdf.");
        titulo.Codigo.Should().Be(2);
        titulo.Errores.Should().Be("poa reporte: --titulo no puede estar vacío; omítalo para el título predeterminado." + Environment.NewLine);
        Archivos().Should().BeEmpty();
    }

    [Fact]
    public void ChromiumConFormatoHtml_Codigo2()
    {
        var r = Reporte("--salida", "r.html", "--chromium", "/usr/bin/chromium");

        r.Codigo.Should().Be(2);
        r.Errores.Should().Be("poa reporte: --chromium solo sirve para el formato pdf (--formato pdf, o una --salida que termina en .pdf)." + Environment.NewLine);
    }

    [Fact]
    public void CorteFueraDelEjercicioOAvancesConErrores_LosMismosErroresQueEvaluar()
    {
        var corte = Ejecucion.De(dir.Ruta, "reporte", ".", "--avances", "avances.csv", "--corte", "2024-01", "--salida", "r.html");
        dir.Archivo("malos.csv", "unidad_responsable,actividad,mes,realizado\nDirección de Mejora Regulatoria,99,2023-01,1\n");
        var avances = Ejecucion.De(dir.Ruta, "reporte", ".", "--avances", "malos.csv", "--corte", "2023-06", "--salida", "r.html");

        corte.Codigo.Should().Be(2);
        corte.Errores.Should().StartWith("poa reporte: el corte 2024-01 está fuera del ejercicio 2023");
        avances.Codigo.Should().Be(1);
        avances.Errores.Should().Contain("malos.csv:2:").And.Contain("POA201");
        File.Exists(Path.Combine(dir.Ruta, "r.html")).Should().BeFalse();
    }

    [Fact]
    public void Pdf_ChromiumQueNoExiste_Codigo2ConElMensajeDeLaImpresora()
    {
        var r = Reporte("--salida", "r.pdf", "--chromium", "no-hay-chromium");

        r.Codigo.Should().Be(2);
        r.Errores.Should().Be($"poa reporte: No existe el ejecutable de Chromium «{Path.Combine(dir.Ruta, "no-hay-chromium")}». Indique la ruta de chromium, chrome o msedge, o quite --chromium para buscarlo en PATH." + Environment.NewLine);
    }

    [Fact]
    public void Pdf_SinChromiumEnPath_Codigo2QueDiceComoInstalarloYNadaEscrito()
    {
        // Only the folder of the dotnet executable on PATH (the real one, not /usr/bin where chromium may be).
        var dotnet = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator)
            .Select(c => Path.Combine(c, "dotnet")).First(File.Exists);
        var carpeta = Path.GetDirectoryName(new FileInfo(dotnet).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dotnet)!;

        var r = Ejecucion.Proceso(dir.Ruta, null, new Dictionary<string, string> { ["PATH"] = carpeta }, ["reporte", .. Entradas, "--salida", "r.pdf"]);

        r.Codigo.Should().Be(2, r.Errores);
        r.Errores.Should().StartWith("poa reporte: No se encontró Chromium para imprimir el PDF").And.Contain("apt-get install chromium").And.Contain("--chromium RUTA");
        Archivos().Should().BeEmpty();
    }

    [Fact]
    public void Pdf_ChromiumQueFalla_Codigo2YNoQuedaNada()
    {
        var falso = Guion("falla.sh", "echo 'se acabó la memoria' >&2\nexit 3");

        var r = Reporte("--salida", "r.pdf", "--chromium", falso);

        r.Codigo.Should().Be(2);
        r.Errores.Should().StartWith($"poa reporte: Chromium («{Path.Combine(dir.Ruta, falso)}») terminó con el código 3. Chromium dijo: se acabó la memoria");
        Archivos().Should().BeEquivalentTo([falso], "ni el PDF ni sus temporales quedan");
    }

    [Fact]
    public void Pdf_PorLaExtensionDeLaSalida_ImprimeLaPaginaConLaImpresora()
    {
        var falso = Guion("imprime.sh", """
            for a in "$@"; do case "$a" in --print-to-pdf=*) printf '%%PDF-1.4\n%%falso\n' > "${a#--print-to-pdf=}";; esac; done
            """);

        var r = Reporte("--salida", "r.pdf", "--chromium", falso);

        r.Codigo.Should().Be(0, r.Errores);
        r.Salida.Should().Be("r.pdf: reporte del semáforo al corte 2023-06 en PDF: 6 planes, 34 actividades." + Environment.NewLine);
        File.ReadAllText(Path.Combine(dir.Ruta, "r.pdf")).Should().Be("%PDF-1.4\n%falso\n");
        Archivos().Should().BeEquivalentTo([falso, "r.pdf"]);
    }

    [FactConChromium]
    public void Pdf_ConChromium_EscribeUnPdf()
    {
        var chromium = Chromium.Ruta ?? throw new InvalidOperationException("Chromium no está instalado (apt-get install chromium, o POA_CHROMIUM=ruta).");

        var r = Reporte("--salida", "reporte", "--formato", "pdf", "--chromium", chromium, "--fecha", "2023-07-05");

        r.Codigo.Should().Be(0, r.Errores);
        var pdf = File.ReadAllBytes(Path.Combine(dir.Ruta, "reporte"));
        pdf.Take(5).Should().Equal("%PDF-"u8.ToArray());
        pdf.Length.Should().BeGreaterThan(10_000);
        Archivos().Should().BeEquivalentTo(["reporte"]);
    }

    private Ejecucion Reporte(params string[] opciones) => Ejecucion.De(dir.Ruta, ["reporte", .. Entradas, .. opciones]);

    /// <summary>The files of the test's folder besides the sample plans and avances.</summary>
    private string[] Archivos() => Directory.GetFileSystemEntries(dir.Ruta).Select(Path.GetFileName)
        .Where(n => n is not null && !n.EndsWith(".json", StringComparison.Ordinal) && n != "avances.csv" && n != "malos.csv" && n != "carpeta")
        .ToArray()!;

    /// <summary>A shell script in the test's folder; returns its name.</summary>
    private string Guion(string nombre, string cuerpo)
    {
        var ruta = dir.Archivo(nombre, "#!/bin/sh\n" + cuerpo + "\n");
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Los guiones que hacen de Chromium son de shell.");
        }

        File.SetUnixFileMode(ruta, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return nombre;
    }
}
