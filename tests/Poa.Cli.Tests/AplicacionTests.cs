namespace Poa.Cli.Tests;

public class AplicacionTests
{
    [Fact]
    public void SinComando_Codigo2_YDiceQueFalta()
    {
        var r = Ejecucion.De(".");
        r.Codigo.Should().Be(2);
        r.Errores.Should().Contain("falta el comando");
        r.Salida.Should().BeEmpty();
    }

    [Fact]
    public void ComandoDesconocido_Codigo2_UnaLineaEnStderr()
    {
        var r = Ejecucion.De(".", "evaluarr");
        r.Codigo.Should().Be(2);
        r.Errores.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("comando desconocido «evaluarr»");
    }

    [Fact]
    public void Ayuda_EnEspanol_Codigo0()
    {
        var r = Ejecucion.De(".", "--ayuda");
        r.Codigo.Should().Be(0);
        r.Salida.Should().Contain("Uso: poa <comando>").And.Contain("Códigos de salida");
    }

    [Fact]
    public void Ejemplo_MuestraElPlanYSusDiagnosticos()
    {
        var r = Ejecucion.De(".", "ejemplo");
        r.Codigo.Should().Be(0);
        r.Salida.Should().Contain("Dirección de Mejora Regulatoria").And.Contain("POA001");
        r.Errores.Should().BeEmpty();
    }

    [Fact]
    public void Ejemplo_OpcionDesconocida_Codigo2()
    {
        var r = Ejecucion.De(".", "ejemplo", "--formato");
        r.Codigo.Should().Be(2);
        r.Errores.Should().Contain("opción desconocida --formato");
    }
}
