using System.Text.Json;
using Poa.Cli.Salida;
using Poa.Domain.Json;

namespace Poa.Cli.Tests;

public sealed class EscritorJsonTests : IDisposable
{
    private readonly DirectorioTemporal dir = new();

    public EscritorJsonTests() => dir.CopiarDatosDeEjemplo();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Documento_ActividadesConValoresExactos_ResumenesYPlanesDeLaBiblioteca()
    {
        var r = Ejecucion.De(dir.Ruta, "evaluar", "05-direccion-de-mejora-regulatoria-2023.json", "06-direccion-de-enlace-municipal-2023.json",
            "--avances", "avances.csv", "--omitir-otras-unidades", "--corte", "2023-06", "--formato", "json");

        r.Codigo.Should().Be(0);
        using var doc = JsonDocument.Parse(r.Salida);
        var raiz = doc.RootElement;
        raiz.GetProperty("formato").GetString().Should().Be("poa.evaluacion");
        raiz.GetProperty("corte").GetString().Should().Be("2023-06");
        var actividades = raiz.GetProperty("actividades").EnumerateArray().ToList();
        actividades.Should().HaveCount(10);
        actividades[0].EnumerateObject().Select(p => p.Name).Should().Equal(Columnas.DeActividad.En(Vista.Datos).Select(c => c.Clave));
        var mr2 = actividades[1];
        mr2.GetProperty("actividad").GetInt32().Should().Be(2);
        mr2.GetProperty("color").ValueKind.Should().Be(JsonValueKind.Null);
        mr2.GetProperty("cumplimiento").ValueKind.Should().Be(JsonValueKind.Null);
        mr2.GetProperty("estado").GetString().Should().Be("sinMetaProgramada");
        actividades[3].GetProperty("cumplimiento").GetDecimal().Should().Be(50m);
        actividades[3].GetProperty("mesesSinReporte").EnumerateArray().Select(e => e.GetString()).Should().Equal("2023-06");
        actividades[4].GetProperty("cumplimiento").GetDecimal().Should().Be(1053m / 1070m * 100m, "JSON da el decimal exacto");
        actividades[4].GetProperty("programado").GetRawText().Should().Be("100", "sin ceros de más");

        var resumenes = raiz.GetProperty("resumenes").EnumerateArray().ToList();
        resumenes[0].EnumerateObject().Select(p => p.Name).Should().Equal(
            "agrupacion", "nombre", "actividades", "verdes", "amarillos", "rojos", "sinColor", "conCumplimiento", "porcentajeVerde", "cumplimientoPromedio", "color", "promedio");
        resumenes.Where(g => g.GetProperty("agrupacion").GetString() == "unidadResponsable").Select(g => g.GetProperty("nombre").GetString())
            .Should().Equal("Dirección de Mejora Regulatoria", "Dirección de Enlace Municipal");

        var planes = raiz.GetProperty("planes").EnumerateArray().ToList();
        planes.Should().HaveCount(2);
        var documento = PoaJson.DeserializeResultados(planes[0].GetRawText());
        documento.UnidadResponsable.Nombre.Should().Be("Dirección de Mejora Regulatoria");
        documento.Actividades[3].CumplimientoRedondeado.Should().Be(50m);
        documento.Resumenes.Should().HaveCount(5, "cada plan lleva sus propios resúmenes, uno por agrupación");
    }

    [Fact]
    public void EnMuchasEscrituras_ElTextoNoSeCortaEnMedioDeUnCaracter()
    {
        var r = Ejecucion.De(".", "ejemplo", "--formato", "json");

        r.Salida.Should().NotContain("\uFFFD");
        using var _ = JsonDocument.Parse(r.Salida);
        r.Salida.Should().EndWith("}" + Environment.NewLine.Replace("\r", string.Empty, StringComparison.Ordinal));
    }
}
