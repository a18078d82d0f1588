namespace Poa.Cli.Tests;

/// <summary><c>poa</c> as a real process: standard streams, exit codes and <c>/dev/full</c>, as users and scripts see them.</summary>
public sealed class ProgramTests : IDisposable
{
    private readonly DirectorioTemporal dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Ejemplo_Redirigido_SinColor_Codigo0()
    {
        var r = Ejecucion.Proceso(dir.Ruta, null, "ejemplo");

        r.Codigo.Should().Be(0);
        r.Errores.Should().BeEmpty();
        r.Salida.Should().StartWith("Semáforo al corte 2023-06").And.NotContain("\u001b");
    }

    [Fact]
    public void Version_YAyuda_ComoProceso()
    {
        Ejecucion.Proceso(dir.Ruta, null, "--version").Should().Be(Ejecucion.De(".", "--version"));
        Ejecucion.Proceso(dir.Ruta, null, "evaluar", "-h").Should().Be(Ejecucion.De(".", "evaluar", "-h"));
    }

    [Fact]
    public void EnModoDeGlobalizacionInvariante_LaAyudaYLosErroresSiguenEnEspanol()
    {
        var invariante = new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1", ["LANG"] = "en_US.UTF-8" };

        Ejecucion.Proceso(dir.Ruta, null, invariante, "evaluar", "--ayuda").Should().Be(Ejecucion.De(".", "evaluar", "--ayuda"));
        Ejecucion.Proceso(dir.Ruta, null, invariante, "validar").Errores.Should().StartWith("poa validar: Falta el argumento requerido 'PLAN'");
    }

    [Fact]
    public void EntradaMala_Codigo1_YUsoIncorrecto_Codigo2_SinTraza()
    {
        dir.Archivo("a.csv", "unidad_responsable,actividad,mes,realizado\nDirección de Mejora Regulatoria,7,2023-01,1\n");
        var plan = Path.Combine(DatosDeEjemploTests.CarpetaDePlanes, "05-direccion-de-mejora-regulatoria-2023.json");

        var malo = Ejecucion.Proceso(dir.Ruta, null, "evaluar", plan, "--avances", "a.csv", "--corte", "2023-06");
        var uso = Ejecucion.Proceso(dir.Ruta, null, "evaluar", plan, "--avances", "a.csv", "--corte", "2030-01");

        malo.Should().Be(new Ejecucion(1, "", "a.csv:2:33, plan «Dirección de Mejora Regulatoria», actividad 7: error POA201: El avance de enero de 2023 es de la actividad 7, que el plan no tiene." + Environment.NewLine));
        uso.Codigo.Should().Be(2);
        uso.Errores.Should().StartWith("poa evaluar: el corte 2030-01 está fuera del ejercicio 2023").And.NotContain(" at ");
    }

    [Theory]
    [InlineData("tabla")]
    [InlineData("json")]
    [InlineData("csv")]
    public void SalidaADevFull_Codigo2_ConUnMensaje(string formato)
    {
        if (!File.Exists("/dev/full"))
        {
            return;
        }

        var r = Ejecucion.Proceso(dir.Ruta, "/dev/full", "ejemplo", "--formato", formato);

        r.Codigo.Should().Be(2);
        r.Errores.Should().StartWith("poa ejemplo: no se pudo escribir la salida: ").And.NotContain("error interno").And.NotContain(" at ");
    }
}
