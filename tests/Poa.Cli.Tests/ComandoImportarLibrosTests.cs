using System.IO.Compression;
using Poa.Domain.Excel;
using Poa.Domain.Json;
using Muestras = Poa.Domain.Testing.PlanesDeEjemplo;

namespace Poa.Cli.Tests;

/// <summary><c>poa importar</c> with Excel workbooks, recognised by their content, never by their extension.</summary>
public sealed class ComandoImportarLibrosTests : IDisposable
{
    private readonly DirectorioTemporal dir = new();

    public void Dispose() => dir.Dispose();

    private static byte[] Libro(IEnumerable<Poa.Domain.Plan> planes)
    {
        using var flujo = new MemoryStream();
        LibroDePoa.EscribirAsync(flujo, planes).GetAwaiter().GetResult();
        return flujo.ToArray();
    }

    private List<Poa.Domain.Plan> PlanesEn(string carpeta)
        => Directory.GetFiles(Path.Combine(dir.Ruta, carpeta), "*.json").Order(StringComparer.Ordinal).Select(a => PoaJson.DeserializePlan(File.ReadAllText(a))).ToList();

    [Theory]
    [InlineData("poa-2023.xlsx")]
    [InlineData("poa-2023.txt")]
    [InlineData("poa-2023")]
    public void Libro_UnPlanPorPoa_CualquieraQueSeaSuExtension(string nombre)
    {
        var bytes = Libro(Muestras.Todos);
        dir.Bytes(nombre, bytes);
        var esperado = LibroDePoa.Importar(bytes);

        var r = Ejecucion.De(dir.Ruta, "importar", nombre, "--salida", "planes");

        r.Codigo.Should().Be(esperado.TieneErrores ? 1 : 0, r.Errores);
        r.Salida.Should().EndWith($"{nombre}: 6 planes, 34 actividades; {Cuenta(esperado.Errores, "error", "errores")}, {Cuenta(esperado.Advertencias, "advertencia", "advertencias")}." + Environment.NewLine);
        PlanesEn("planes").Should().BeEquivalentTo(Muestras.Todos, o => o.Using<Poa.Domain.Plan>(c => c.Subject.Should().Be(c.Expectation)).WhenTypeIs<Poa.Domain.Plan>());
    }

    [Fact]
    public void Libro_LosDiagnosticosDicenArchivoHojaYCelda()
    {
        var plan = Poa.Domain.Testing.Crear.UnPlan().ConUnidadResponsable("Alumbrado").ConActividades(1).Build();
        var mal = Poa.Domain.Testing.Crear.UnPlan(plan).ModificarActividad(1, a => a.ConMeta(999m, "Luminarias")).Build();
        dir.Bytes("alumbrado.xlsx", Libro([mal]));

        var r = Ejecucion.De(dir.Ruta, "importar", "alumbrado.xlsx");

        r.Codigo.Should().Be(1);
        r.LineasDeErrores.Should().Contain(l => l.StartsWith("[alumbrado.xlsx]Alumbrado!", StringComparison.Ordinal) && l.Contains("POA001", StringComparison.Ordinal));
    }

    [Fact]
    public void CsvConExtensionXlsx_SeLeeComoTexto()
    {
        File.Copy(Path.Combine(DatosDeEjemploTests.RaizDelRepositorio(), "tests", "Poa.Domain.Tests", "Importacion", "Datos", "poa-2023.txt"), Path.Combine(dir.Ruta, "seed.xlsx"));

        var r = Ejecucion.De(dir.Ruta, "importar", "seed.xlsx", "--celdas-extra", "diciembre", "--salida", "planes");

        r.Salida.Should().Contain("seed.xlsx: 6 planes, 34 actividades");
        PlanesEn("planes").Should().HaveCount(6);
    }

    [Fact]
    public void ZipQueNoEsLibro_POA143Codigo1YNadaEscrito()
    {
        using (var zip = ZipFile.Open(Path.Combine(dir.Ruta, "informe.xlsx"), ZipArchiveMode.Create))
        {
            using var escritor = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            escritor.Write("<w/>");
        }

        var r = Ejecucion.De(dir.Ruta, "importar", "informe.xlsx", "--salida", "planes");

        r.Codigo.Should().Be(1);
        r.Errores.Should().Contain("POA143");
        Directory.Exists(Path.Combine(dir.Ruta, "planes")).Should().BeTrue();
        Directory.GetFiles(Path.Combine(dir.Ruta, "planes")).Should().BeEmpty();
    }

    [Fact]
    public void Carpeta_TomaSusLibros()
    {
        Directory.CreateDirectory(Path.Combine(dir.Ruta, "entrada"));
        dir.Bytes(Path.Combine("entrada", "a.xlsx"), Libro([Muestras.Todos[0]]));
        dir.Bytes(Path.Combine("entrada", "b.xlsx"), Libro([Muestras.Todos[1]]));

        var r = Ejecucion.De(dir.Ruta, "importar", "entrada", "--salida", "planes");

        r.Salida.Should().Contain("a.xlsx: 1 plan").And.Contain("b.xlsx: 1 plan");
        PlanesEn("planes").Should().HaveCount(2);
    }

    private static string Cuenta(int n, string uno, string varios) => n + " " + (n == 1 ? uno : varios);
}
