using Poa.Cli;
using Poa.Domain.Reportes.Tests.Navegador;

namespace Poa.Domain.Reportes.Tests;

/// <summary>
/// The PDF printer of the <c>poa</c> tool (src/Poa.Cli/ImpresoraPdf.cs, compiled into this project): how it finds
/// Chromium and the Spanish error of every way printing can fail, with small scripts standing in for Chromium.
/// Printing the sample with the real Chromium is in <see cref="ReporteEnNavegadorTests"/>.
/// </summary>
public sealed class ImpresoraPdfTests : IDisposable
{
    private readonly string carpeta = Directory.CreateTempSubdirectory("poa-impresora-").FullName;

    public void Dispose() => Directory.Delete(carpeta, recursive: true);

    [Fact]
    public void Crear_RutaQueNoExiste_ErrorQueDiceQueHacer()
    {
        var ruta = Path.Combine(carpeta, "no-hay-chromium");

        var crear = () => ImpresoraPdf.Crear(ruta);

        crear.Should().Throw<ErrorDeImpresion>().WithMessage($"No existe el ejecutable de Chromium «{ruta}». Indique la ruta de chromium, chrome o msedge, o quite --chromium para buscarlo en PATH.");
    }

    [Fact]
    public void Crear_RutaDeUnDirectorio_ErrorQuePideElEjecutable()
    {
        var crear = () => ImpresoraPdf.Crear(carpeta);

        crear.Should().Throw<ErrorDeImpresion>().WithMessage("*es un directorio; indique el ejecutable*");
    }

    [Fact]
    public void Crear_SinChromiumEnPath_ErrorQueDiceComoInstalarlo()
    {
        var crear = () => ImpresoraPdf.Crear(carpetasDeBusqueda: carpeta);

        crear.Should().Throw<ErrorDeImpresion>()
            .WithMessage("No se encontró Chromium para imprimir el PDF: se buscó chromium, chromium-browser, google-chrome, google-chrome-stable, chrome, msedge en PATH. Instálelo (en Debian o Ubuntu: apt-get install chromium) o indique su ruta con --chromium RUTA; o pida el reporte en HTML y imprímalo desde el navegador.");
    }

    [FactUnix]
    public void BuscarEnPath_EncuentraElPrimerNombreEnLasCarpetas()
    {
        var vacia = Directory.CreateDirectory(Path.Combine(carpeta, "vacia")).FullName;
        var con = Directory.CreateDirectory(Path.Combine(carpeta, "con")).FullName;
        Guion(Path.Combine(con, "google-chrome"), "exit 0");
        Guion(Path.Combine(con, "chromium"), "exit 0");

        ImpresoraPdf.BuscarEnPath(vacia + Path.PathSeparator + con).Should().Be(Path.Combine(con, "chromium"));
        ImpresoraPdf.BuscarEnPath(vacia).Should().BeNull();
        ImpresoraPdf.BuscarEnPath(string.Empty).Should().BeNull();
        ImpresoraPdf.Crear(carpetasDeBusqueda: con).Ejecutable.Should().Be(Path.Combine(con, "chromium"));
    }

    [FactUnix]
    public void Imprimir_ChromiumTerminaConError_ErrorConElCodigoYLoQueDijo()
    {
        var falso = Guion(Path.Combine(carpeta, "chromium"), "echo '[1:1:ERROR:dbus/bus.cc] Failed to connect to the bus' >&2\necho 'No se pudo abrir la pantalla' >&2\nexit 3");

        var imprimir = () => ImpresoraPdf.Crear(falso).Imprimir("<!DOCTYPE html><p>hola</p>", Path.Combine(carpeta, "r.pdf"));

        imprimir.Should().Throw<ErrorDeImpresion>().WithMessage($"Chromium («{falso}») terminó con el código 3. Chromium dijo: No se pudo abrir la pantalla");
        File.Exists(Path.Combine(carpeta, "r.pdf")).Should().BeFalse();
    }

    [FactUnix]
    public void Imprimir_ChromiumNoEscribeElPdf_ErrorYNingunArchivo()
    {
        var falso = Guion(Path.Combine(carpeta, "chromium"), "exit 0");

        var imprimir = () => ImpresoraPdf.Crear(falso).Imprimir("<p>hola</p>", Path.Combine(carpeta, "r.pdf"));

        imprimir.Should().Throw<ErrorDeImpresion>().WithMessage($"Chromium («{falso}») terminó sin escribir el PDF «{Path.Combine(carpeta, "r.pdf")}».");
        Directory.GetFiles(carpeta, "r.pdf*").Should().BeEmpty("no queda un PDF a medias");
    }

    [FactUnix]
    public void Imprimir_ChromiumNoTermina_SeDetieneConUnError()
    {
        var falso = Guion(Path.Combine(carpeta, "chromium"), "exec /bin/sleep 30");

        var imprimir = () => ImpresoraPdf.Crear(falso, TimeSpan.FromSeconds(1)).Imprimir("<p>hola</p>", Path.Combine(carpeta, "r.pdf"));

        imprimir.Should().Throw<ErrorDeImpresion>().WithMessage($"Chromium («{falso}») no terminó en 1 segundos y se detuvo.");
    }

    [FactUnix]
    public void Imprimir_PasaLasBanderasDeUnaEjecucionAisladaYLaPaginaComoDireccion()
    {
        // A stand-in that records its arguments and writes a minimal PDF where --print-to-pdf says.
        var argumentos = Path.Combine(carpeta, "argumentos.txt");
        var falso = Guion(Path.Combine(carpeta, "chromium"), $$"""
            printf '%s\n' "$@" > '{{argumentos}}'
            for a in "$@"; do case "$a" in --print-to-pdf=*) printf '%%PDF-1.4 prueba' > "${a#--print-to-pdf=}";; esac; done
            """);
        var pdf = Path.Combine(carpeta, "sub carpeta", "reporte ñ.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);

        ImpresoraPdf.Crear(falso).Imprimir("<p>hola</p>", pdf);

        File.ReadAllText(pdf).Should().Be("%PDF-1.4 prueba");
        var dados = File.ReadAllLines(argumentos);
        dados.Should().Contain(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer"]);
        dados.Should().ContainSingle(a => a.StartsWith("--user-data-dir=", StringComparison.Ordinal));
        Directory.Exists(dados.Single(a => a.StartsWith("--user-data-dir=", StringComparison.Ordinal))["--user-data-dir=".Length..]).Should().BeFalse("el perfil temporal se borra");
        dados[^1].Should().StartWith("file:///").And.EndWith("/reporte.html");
    }

    [Fact]
    public void ImprimirArchivo_PaginaQueNoExiste_Error()
    {
        var imprimir = () => ImpresoraPdf.Crear(typeof(ImpresoraPdfTests).Assembly.Location).ImprimirArchivo(Path.Combine(carpeta, "no.html"), Path.Combine(carpeta, "r.pdf"));

        imprimir.Should().Throw<ErrorDeImpresion>().WithMessage("No existe la página que se iba a imprimir: *no.html».");
    }

    private static string Guion(string ruta, string cuerpo)
    {
        File.WriteAllText(ruta, "#!/bin/sh\n" + cuerpo + "\n");
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Los guiones de prueba son de shell.");
        }

        File.SetUnixFileMode(ruta, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return ruta;
    }
}

/// <summary>A test that runs shell scripts: skipped on Windows.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactUnixAttribute : FactAttribute
{
    public FactUnixAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Usa guiones de shell en lugar de Chromium.";
        }
    }
}
