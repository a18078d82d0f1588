namespace Poa.Cli.Tests;

public sealed class ComandoEjemploTests
{
    [Fact]
    public void EvaluaLosSeisPlanesAlCortePredeterminado()
    {
        var r = Ejecucion.De(".", "ejemplo");

        r.Codigo.Should().Be(0);
        r.Errores.Should().BeEmpty();
        r.Salida.Should().StartWith("Semáforo al corte 2023-06: 6 planes, 34 actividades: 17 verde, 7 amarillo, 8 rojo, 2 sin color.")
            .And.Contain("Dirección de Mejora Regulatoria").And.Contain("Resumen por unidad responsable");
    }

    [Fact]
    public void OtroCorteYFormato_ElCorteFueraDe2023EsCodigo2()
    {
        Ejecucion.De(".", "ejemplo", "--corte", "2023-12", "--formato", "json").Salida.Should().Contain("\"corte\": \"2023-12\"");
        var fuera = Ejecucion.De(".", "ejemplo", "--corte", "2024-01");
        fuera.Codigo.Should().Be(2);
        fuera.Errores.Should().StartWith("poa ejemplo: el corte 2024-01 está fuera del ejercicio 2023");
    }

    [Fact]
    public void ElMismoResultadoQueEvaluarSobreLosArchivosDelRepositorio()
    {
        var datos = Path.Combine(DatosDeEjemploTests.RaizDelRepositorio(), "src", "Poa.Cli", "Datos");

        var evaluar = Ejecucion.De(datos, "evaluar", "planes-2023", "--avances", "avances-2023.csv", "--corte", "2023-06", "--formato", "json");

        evaluar.Codigo.Should().Be(0);
        evaluar.Salida.Should().Be(Ejecucion.De(".", "ejemplo", "--formato", "json").Salida);
    }
}
