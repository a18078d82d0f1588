using System.Threading.Tasks;
using Poa.Domain.Importacion;
using Poa.Domain.Testing;
using static Poa.Domain.Excel.Tests.Libros;

namespace Poa.Domain.Excel.Tests;

/// <summary><see cref="LibroDePoa.ImportarAvances(byte[], IEnumerable{Plan}, OpcionesDeLibro?)"/>: the avances CSV as a sheet.</summary>
public partial class LibroDePoaTests
{
    private const string EncabezadoDeAvances = "unidad_responsable,actividad,mes,realizado,numerador,denominador,justificacion";

    private static string RaizDelRepositorio()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Poa.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("No se encontró Poa.Domain.sln.");
    }

    private static string[] AvancesDeLaHerramienta()
        => File.ReadAllLines(Path.Combine(RaizDelRepositorio(), "src", "Poa.Cli", "Datos", "avances-2023.csv"));

    [Fact]
    public async Task Avances_ElCsvDeLaHerramientaComoHojaTipada_LosMismosAvancesQueElCsv()
    {
        var lineas = AvancesDeLaHerramienta();
        var libro = await CrearAsync(new Hoja("Avances", [.. lineas.Select(Tipadas)]));
        var csv = ImportadorDeAvances.Importar(string.Join("\n", lineas), PlanesDeEjemplo.Todos);

        var r = LibroDePoa.ImportarAvances(libro, PlanesDeEjemplo.Todos, new OpcionesDeLibro { Archivo = "avances.xlsx" });

        r.Diagnosticos.Should().BeEmpty();
        r.Leidos.Should().Be(113);
        r.Avances.Select(a => a.Avances).Should().BeEquivalentTo(csv.Avances.Select(a => a.Avances), o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Avances_ColumnasEnOtroOrdenYComoTexto_SeLeenPorNombre()
    {
        var libro = await CrearAsync(new Hoja("Marzo",
        [
            ["Realizado", "Mes", "Actividad", "Unidad responsable"],
            [" 1 ", "2023-03", "4", "Dirección de Mejora Regulatoria"],
        ]));

        var r = LibroDePoa.ImportarAvances(libro, [PlanesDeEjemplo.MejoraRegulatoria]);

        r.Diagnosticos.Should().BeEmpty();
        r.Avances[0].Avances.Should().ContainSingle().Which.Realizado.Should().Be(1m);
    }

    [Fact]
    public async Task Avances_ErrorEnUnaFila_DiagnosticoConHojaYCelda()
    {
        var libro = await CrearAsync(
            new Hoja("Instrucciones", [["Llene la hoja Marzo con un avance por fila."]]),
            new Hoja("Marzo",
            [
                [.. EncabezadoDeAvances.Split(',')],
                Tipadas("Dirección de Mejora Regulatoria,4,2023-03,1,,,"),
                Tipadas("Dirección de Mejora Regulatoria,99,2023-03,1,,,"),
            ]),
            new Hoja("Anterior", [[.. EncabezadoDeAvances.Split(',')]], Oculta: true));

        var r = LibroDePoa.ImportarAvances(libro, [PlanesDeEjemplo.MejoraRegulatoria], new OpcionesDeLibro { Archivo = "avances.xlsx" });

        r.Diagnosticos.Select(d => d.Codigo).Should().Equal("POA150", "POA201", "POA149");
        var error = r.Diagnosticos[1];
        error.Ubicacion.Hoja.Should().Be("Marzo");
        error.Ubicacion.Celda.Should().Be("B3");
        error.Ubicacion.ToString().Should().StartWith("[avances.xlsx]Marzo!B3");
        r.Diagnosticos[0].Ubicacion.Hoja.Should().Be("Instrucciones");
        r.Leidos.Should().Be(1);
    }

    [Fact]
    public async Task Avances_FilaConCeldasFinalesVacias_NoEsUnaFilaIncompleta()
    {
        var libro = await CrearAsync(new Hoja("Avances",
        [
            [.. EncabezadoDeAvances.Split(','), "evidencia"],
            ["Dirección de Enlace Municipal", 1, new DateTime(2023, 1, 1), null, 95, 100],
        ]));

        var r = LibroDePoa.ImportarAvances(libro, [PlanesDeEjemplo.EnlaceMunicipal]);

        r.Diagnosticos.Should().BeEmpty();
        r.Avances[0].Avances.Should().ContainSingle().Which.Realizado.Should().Be(95m);
    }

    [Fact]
    public async Task Avances_CeldaConErrorDeFormula_DiagnosticoEnLaCeldaYLaFilaNoSeLee()
    {
        var libro = await CrearAsync(new Hoja("Avances",
        [
            [.. EncabezadoDeAvances.Split(',')],
            ["Dirección de Enlace Municipal", 1, "2023-01", "#DIV/0!"],
        ]));

        var r = LibroDePoa.ImportarAvances(libro, [PlanesDeEjemplo.EnlaceMunicipal]);

        r.Diagnosticos.Should().Contain(d => d.Codigo == "POA148" && d.Ubicacion.Celda == "D2");
        r.Leidos.Should().Be(0);
    }

    [Fact]
    public async Task Avances_LibroSinHojaDeAvances_POA220()
    {
        var libro = await CrearAsync(new Hoja("Notas", [["nada que leer"]]));

        var r = LibroDePoa.ImportarAvances(libro, PlanesDeEjemplo.Todos, new OpcionesDeLibro { Archivo = "a.xlsx" });

        r.Diagnosticos.Select(d => d.Codigo).Should().Equal("POA150", "POA220");
        r.Diagnosticos[1].Ubicacion.Hoja.Should().BeNull();
        r.Diagnosticos[1].Ubicacion.Archivo.Should().Be("a.xlsx");
    }

    [Theory]
    [InlineData(new byte[] { 0x75, 0x6E, 0x69, 0x64, 0x61, 0x64, 0x2C, 0x61, 0x0A }, "POA143")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "POA144")]
    public void Avances_NoEsUnLibroLegible_UnDiagnosticoYNingunAvance(byte[] bytes, string codigo)
    {
        var r = LibroDePoa.ImportarAvances(bytes, PlanesDeEjemplo.Todos);

        r.Diagnosticos.Should().ContainSingle().Which.Codigo.Should().Be(codigo);
        r.Leidos.Should().Be(0);
    }

    [Fact]
    public async Task Avances_AgregarAUnImportadorConUnCsv_ElRepetidoSeReportaDondeSeRepite()
    {
        var libro = await CrearAsync(new Hoja("Avances",
        [
            [.. EncabezadoDeAvances.Split(',')],
            Tipadas("Dirección de Mejora Regulatoria,4,2023-03,1,,,"),
        ]));
        var importador = new ImportadorDeAvances([PlanesDeEjemplo.MejoraRegulatoria]);
        importador.Agregar(EncabezadoDeAvances + "\nDirección de Mejora Regulatoria,4,2023-03,1,,,\n", "a.csv");

        LibroDePoa.AgregarAvances(importador, libro, new OpcionesDeLibro { Archivo = "b.xlsx" });
        var r = importador.Resultado();

        r.Diagnosticos.Should().ContainSingle().Which.Ubicacion.ToString().Should().StartWith("[b.xlsx]Avances!");
        r.Leidos.Should().Be(1);
    }

    [Fact]
    public void Avances_ArgumentosNulos_Lanzan()
    {
        FluentActions.Invoking(() => LibroDePoa.ImportarAvances((byte[])null!, PlanesDeEjemplo.Todos)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LibroDePoa.ImportarAvances((Stream)null!, PlanesDeEjemplo.Todos)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LibroDePoa.AgregarAvances(null!, [])).Should().Throw<ArgumentNullException>();
    }
}
