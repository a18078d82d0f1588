namespace Poa.Cli.Tests;

public sealed class EscritorHtmlTests : IDisposable
{
    private readonly DirectorioTemporal dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Ejemplo_FormatoHtml_EscribeElReporteAutocontenido()
    {
        var r = Ejecucion.De(dir.Ruta, "ejemplo", "--formato", "HTML");

        r.Codigo.Should().Be(0, r.Errores);
        r.Salida.Should().StartWith("<!DOCTYPE html>").And.Contain("lang=\"es-MX\"").And.NotContain("<script");
        r.Salida.Should().Contain("Dirección de Mejora Regulatoria").And.Contain("Dirección General de Gobierno Digital y Soporte Tecnológico");
    }
}
