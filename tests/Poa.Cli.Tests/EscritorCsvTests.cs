using Poa.Cli.Salida;

namespace Poa.Cli.Tests;

public sealed class EscritorCsvTests
{
    [Fact]
    public void Encabezado_EsElModeloDeColumnasEnSnakeCase()
    {
        var r = Ejecucion.De(".", "ejemplo", "--formato", "csv");

        r.Salida.Split("\r\n")[0].Should().Be(
            "unidad_responsable,dependencia,ejercicio,actividad,descripcion,programa_presupuestario,eje_rector,objetivo_estrategico,tipo,meta,estado,programado,realizado,cumplimiento,avance_anual,color,meses_programados,meses_reportados,meses_sin_reporte,senales,"
            + "vista,meta_aprobada,meta_vigente,programado_aprobado,programado_vigente,modificaciones,alerta,falta_justificacion,vencidos,extemporaneos");
        r.Salida.Split("\r\n")[0].Split(',').Should().Equal(Columnas.DeActividad.En(Vista.Datos).Select(c => Columnas.Serpiente(c.Clave)));
    }

    [Fact]
    public void Filas_InvarianteConDosDecimales_ComillasRfc4180_YCeldaVaciaSinValor()
    {
        var r = Ejecucion.De(".", "ejemplo", "--formato", "csv");

        var lineas = r.Salida.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lineas.Should().HaveCount(35);
        var enlace = lineas.Where(l => l.StartsWith("Dirección de Enlace Municipal,", StringComparison.Ordinal)).ToList();
        enlace[0].Should().EndWith(",porcentaje,100% Porcentaje,evaluada,100,98.41,98.41,98.41,verde,1;2;3;4;5;6,1;2;3;4;5;6,,,"
            + "vigente,100% Porcentaje,100% Porcentaje,100,100,0,,,,");
        enlace[1].Should().EndWith(",acumulable,12 Cumplimientos,evaluada,6,4,66.67,33.33,amarillo,1;2;3;4;5;6,1;2;3;4,5;6,meses_sin_reporte,"
            + "vigente,12 Cumplimientos,12 Cumplimientos,6,6,0,por_ritmo;por_meses_sin_avance,4,,");
        lineas.Should().Contain(l => l.Contains(",27 Procesos,sin_meta_programada,0,0,,0,,", StringComparison.Ordinal), "sin cumplimiento ni color, las celdas quedan vacías");
        lineas.Should().Contain(l => l.Contains(",\"Realizar el reporte de ciberseguridad para diagnosticar, identificar", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("simple", "simple")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("dice \"sí\"", "\"dice \"\"sí\"\"\"")]
    [InlineData("dos\nlíneas", "\"dos\nlíneas\"")]
    [InlineData(" espacio", "\" espacio\"")]
    [InlineData("", "")]
    public void Campo_ComillasSoloCuandoHacenFalta(string texto, string esperado) => EscritorCsv.Campo(texto).Should().Be(esperado);
}
