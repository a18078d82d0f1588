using Poa.Cli.Salida;

namespace Poa.Cli.Tests;

public sealed class EscritorTablaTests : IDisposable
{
    private readonly DirectorioTemporal dir = new();

    public EscritorTablaTests() => dir.CopiarDatosDeEjemplo();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void ColoreaSoloEnTerminalSinNoColor(bool terminal, bool sinColor, bool colorea)
    {
        var r = Ejecucion.De(dir.Ruta, terminal, sinColor, "evaluar", "05-direccion-de-mejora-regulatoria-2023.json", "--avances", "avances.csv", "--omitir-otras-unidades", "--corte", "2023-06");

        r.Codigo.Should().Be(0);
        r.Salida.Contains("\u001b[32mverde\u001b[0m", StringComparison.Ordinal).Should().Be(colorea);
        r.Salida.Contains("\u001b[31mrojo\u001b[0m", StringComparison.Ordinal).Should().Be(colorea);
        r.Salida.Contains('\u001b').Should().Be(colorea);
    }

    [Fact]
    public void Columnas_AlineadasPorAnchoEnPantalla_ConCaracteresAnchosYAcentos()
    {
        var salida = new StringWriter();
        var columnas = new[]
        {
            new Columna<(string Nombre, int N)>("Nombre", "nombre", TipoDeColumna.Texto, Vista.Tabla, f => new(f.Nombre)),
            new Columna<(string Nombre, int N)>("N", "n", TipoDeColumna.Entero, Vista.Tabla, f => new(Numero: f.N)),
            new Columna<(string Nombre, int N)>("Fin", "fin", TipoDeColumna.Texto, Vista.Tabla, f => new("x")),
        };

        EscritorTabla.Tabla(salida, columnas, [("Dirección", 1), ("東京都庁", 22), ("🟢 verde", 333)], colorear: false);

        var lineas = salida.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lineas.Should().Equal(
            "Nombre       N  Fin",
            "Dirección    1  x",
            "東京都庁    22  x",
            "🟢 verde   333  x");
        lineas.Select(l => EscritorTabla.Ancho(l[..l.LastIndexOf(' ')])).Distinct().Should().ContainSingle("cada columna empieza en la misma celda de la pantalla");
    }

    [Theory]
    [InlineData("Coordinar las reuniones", 48, "Coordinar las reuniones")]
    [InlineData("Elaborar los informes de avance del Programa Anual de Mejora Regulatoria", 48, "Elaborar los informes de avance del Programa An…")]
    [InlineData("東京都庁東京都庁", 7, "東京都…")]
    [InlineData("texto", 0, "texto")]
    public void Recortar_PorAnchoEnPantalla(string texto, int maximo, string esperado)
    {
        var recortado = EscritorTabla.Recortar(texto, maximo);

        recortado.Should().Be(esperado);
        if (maximo > 0)
        {
            EscritorTabla.Ancho(recortado).Should().BeLessThanOrEqualTo(maximo);
        }
    }

    [Fact]
    public void SaltosDeLineaEnUnTexto_NoRompenLaFila()
        => EscritorTabla.Texto(TipoDeColumna.Texto, new Valor("dos\nlíneas\r\ny\tmás")).Should().Be("dos líneas y más");
}
