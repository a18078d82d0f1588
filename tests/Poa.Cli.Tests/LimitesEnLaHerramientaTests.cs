namespace Poa.Cli.Tests;

/// <summary>Out-of-bounds numbers and activity numbers through the real commands: an error with its place, never a hang.</summary>
public sealed class LimitesEnLaHerramientaTests : IDisposable
{
    private static readonly string Datos = Path.Combine(DatosDeEjemploTests.RaizDelRepositorio(), "tests", "Poa.Domain.Tests", "Importacion", "Datos");

    private readonly DirectorioTemporal dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Validar_ActividadNumerada10Millones_ErrorConLaRutaSinColgarse()
    {
        var json = File.ReadAllText(Path.Combine(DatosDeEjemploTests.CarpetaDePlanes, "05-direccion-de-mejora-regulatoria-2023.json"));
        dir.Archivo("plan.json", json.Replace("\"numero\": 4,", "\"numero\": 10000000,"));

        var r = Ejecucion.De(dir.Ruta, "validar", "plan.json");

        r.Codigo.Should().Be(1);
        r.Errores.Should().Contain("$.actividades[3].numero").And.Contain("de 1 a 9999").And.Contain("10000000");
    }

    [Fact]
    public void Importar_ActividadNumerada2147483647_DiagnosticoPOA123SinColgarse()
    {
        var lineas = File.ReadAllLines(Path.Combine(Datos, "poa-2023.txt"));
        var i = Array.FindIndex(lineas, l => l.StartsWith("4\t", StringComparison.Ordinal));
        lineas[i] = "2147483647" + lineas[i].Substring(1);
        File.WriteAllLines(Path.Combine(dir.Ruta, "seed.txt"), lineas);

        var r = Ejecucion.De(dir.Ruta, "importar", "seed.txt", "--salida", "planes");

        r.Codigo.Should().Be(1);
        r.Errores.Should().Contain($"seed.txt:{i + 1}:1").And.Contain("POA123").And.Contain("«2147483647» no es un número de actividad (un entero de 1 a 9999)");
    }

    [Fact]
    public void CsvConNumerosFueraDeLimites_UnaLineaPorProblemaConLugarYMotivo()
    {
        dir.Archivo("a.csv", "unidad_responsable,actividad,mes,realizado,numerador,denominador\n"
            + "Dirección de Mejora Regulatoria,1,2023-01,79228162514264337593543950335,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-02,0.0000001,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-03,1e3,,\n");
        var plan = Path.Combine(DatosDeEjemploTests.CarpetaDePlanes, "05-direccion-de-mejora-regulatoria-2023.json");

        var r = Ejecucion.De(dir.Ruta, "evaluar", plan, "--avances", "a.csv", "--corte", "2023-06");

        r.Codigo.Should().Be(1);
        r.Errores.Should().Contain("a.csv:2:").And.Contain("excede el máximo admitido");
        r.Errores.Should().Contain("a.csv:3:").And.Contain("tiene 7 decimales");
        r.Errores.Should().Contain("a.csv:4:").And.Contain("«1e3»");
    }
}
