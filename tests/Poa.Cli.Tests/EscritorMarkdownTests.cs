namespace Poa.Cli.Tests;

public sealed class EscritorMarkdownTests : IDisposable
{
    private readonly DirectorioTemporal dir = new();

    public EscritorMarkdownTests() => dir.CopiarDatosDeEjemplo();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void TablasConMarcasDeColor_LasMismasColumnasQueLaTabla()
    {
        var r = Ejecucion.De(dir.Ruta, "evaluar", "05-direccion-de-mejora-regulatoria-2023.json", "--avances", "avances.csv", "--omitir-otras-unidades", "--corte", "2023-06", "--formato", "markdown");

        r.Codigo.Should().Be(0);
        r.Salida.Should().StartWith("# Semáforo al corte 2023-06")
            .And.Contain("## Dirección de Mejora Regulatoria")
            .And.Contain("| No. | Actividad | Meta | Programado | Realizado | Cumplimiento % | Avance anual % | Semáforo | Nota |")
            .And.Contain("| ---: | --- | --- | ---: | ---: | ---: | ---: | --- | --- |")
            .And.Contain("| 4 | Elaborar los informes de avance del Programa Anual de Mejora Regulatoria | 4 Informes | 2 | 1 | 50.00 | 25.00 | 🔴 rojo | sin reporte: jun; alerta temprana; falta justificación: mar |")
            .And.Contain("⚪ sin color")
            .And.Contain("## Resumen por unidad responsable");
    }
}
