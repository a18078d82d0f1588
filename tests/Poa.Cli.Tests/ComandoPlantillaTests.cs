using System.Text;
using Poa.Domain;
using Poa.Domain.Excel;
using Poa.Domain.Testing;

namespace Poa.Cli.Tests;

public sealed class ComandoPlantillaTests : IDisposable
{
    private readonly DirectorioTemporal dir = new();

    public void Dispose() => dir.Dispose();

    private Ejecucion Plantilla(params string[] mas)
        => Ejecucion.De(dir.Ruta, ["plantilla", "--dependencia", "Secretaría de Obras Públicas", "--unidad", "Dirección de Alumbrado", "--ejercicio", "2025", .. mas]);

    [Fact]
    public void Plantilla_EscribeUnLibroQueImportarLeeComoElPlanVacio()
    {
        var r = Plantilla("--salida", "alumbrado.xlsx");

        r.Codigo.Should().Be(0, r.Errores);
        r.Salida.Should().Be("alumbrado.xlsx: plantilla del POA 2025 de «Dirección de Alumbrado» (Secretaría de Obras Públicas)." + Environment.NewLine);
        var plan = LibroDePoa.Importar(File.ReadAllBytes(Path.Combine(dir.Ruta, "alumbrado.xlsx"))).Planes.Should().ContainSingle().Subject;
        plan.Dependencia.Nombre.Should().Be("Secretaría de Obras Públicas");
        plan.UnidadResponsable.Nombre.Should().Be("Dirección de Alumbrado");
        plan.Ejercicio.Should().Be(new EjercicioFiscal(2025));
    }

    [Fact]
    public void SinSalida_NombreDeLaUnidadYElAnio()
    {
        var r = Plantilla();

        r.Codigo.Should().Be(0, r.Errores);
        File.Exists(Path.Combine(dir.Ruta, "direccion-de-alumbrado-2025.xlsx")).Should().BeTrue();
    }

    [Fact]
    public void ConAlineaciones_ListasDeLosEjesYObjetivosDeLosPlanesDados()
    {
        dir.CopiarDatosDeEjemplo("planes-2023");
        var ejes = PlanesDeEjemplo.Todos.SelectMany(p => p.Actividades).Select(a => a.Alineacion.Eje.ToString()).Distinct().ToList();

        var r = Plantilla("--alineaciones", "planes-2023", "--salida", "p.xlsx");

        r.Codigo.Should().Be(0, r.Errores);
        r.Salida.Should().Contain($"con {ejes.Count} ejes rectores y ");
        var catalogos = EscritorXlsxTests.Leer(Path.Combine(dir.Ruta, "p.xlsx")).Single(h => h.Hoja == "Catálogos").Filas;
        catalogos.Skip(1).Select(f => f[0]).Where(v => v is string { Length: > 0 }).Should().Equal(ejes);
    }

    [Fact]
    public void AlineacionesConErrores_Codigo1YNadaEscrito()
    {
        dir.Archivo("malo.json", "{ \"no\": \"es un plan\" }");

        var r = Plantilla("--alineaciones", "malo.json", "--salida", "p.xlsx");

        r.Codigo.Should().Be(1);
        r.Errores.Should().StartWith("malo.json");
        File.Exists(Path.Combine(dir.Ruta, "p.xlsx")).Should().BeFalse();
    }

    [Fact]
    public void LibroExistente_SinSobrescribir_Codigo1YNoSeToca_ConSobrescribirSeReemplaza()
    {
        var lleno = dir.Bytes("p.xlsx", Encoding.UTF8.GetBytes("un libro ya llenado"));

        var r = Plantilla("--salida", "p.xlsx");

        r.Codigo.Should().Be(1);
        r.Errores.Should().Be("p.xlsx: ya existe; use --sobrescribir para reemplazarlo. No se escribió nada." + Environment.NewLine);
        File.ReadAllText(lleno).Should().Be("un libro ya llenado");
        Plantilla("--salida", "p.xlsx", "--sobrescribir").Codigo.Should().Be(0);
        LibroDePoa.PareceLibro(File.ReadAllBytes(lleno)).Should().BeTrue();
    }

    [Theory]
    [InlineData("25")]
    [InlineData("dos mil")]
    [InlineData("1899")]
    public void EjercicioInvalido_Codigo2ConElRango(string ejercicio)
    {
        var r = Ejecucion.De(dir.Ruta, "plantilla", "--dependencia", "D", "--unidad", "U", "--ejercicio", ejercicio);

        r.Codigo.Should().Be(2);
        r.Errores.Should().Contain($"--ejercicio «{ejercicio}» no es un año de 1900 a 9999");
        Directory.EnumerateFileSystemEntries(dir.Ruta).Should().BeEmpty();
    }

    [Fact]
    public void SinUnidad_Codigo2()
    {
        var r = Ejecucion.De(dir.Ruta, "plantilla", "--dependencia", "D", "--ejercicio", "2025");

        r.Codigo.Should().Be(2);
        r.Errores.Should().Contain("--unidad");
    }

    [Fact]
    public void UnidadEnBlanco_Codigo2()
    {
        var r = Ejecucion.De(dir.Ruta, "plantilla", "--dependencia", "D", "--unidad", "  ", "--ejercicio", "2025");

        r.Codigo.Should().Be(2);
        r.Errores.Should().Be("poa plantilla: --unidad no puede estar vacío." + Environment.NewLine);
    }

    [Fact]
    public void SalidaEnCarpetaQueNoExiste_Codigo2YNadaEscrito()
    {
        var r = Plantilla("--salida", "falta/p.xlsx");

        r.Codigo.Should().Be(2);
        Directory.EnumerateFileSystemEntries(dir.Ruta).Should().BeEmpty();
    }
}
