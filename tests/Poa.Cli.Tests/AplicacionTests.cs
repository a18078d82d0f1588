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

    [Theory]
    [InlineData("importar")]
    [InlineData("validar")]
    [InlineData("evaluar")]
    [InlineData("ejemplo")]
    public void AyudaDeCadaComando_EnEspanol_Codigo0(string comando)
    {
        var r = Ejecucion.De(".", comando, "--ayuda");
        r.Codigo.Should().Be(0);
        r.Salida.Should().StartWith($"Uso: poa {comando}");
        r.Errores.Should().BeEmpty();
    }
}
