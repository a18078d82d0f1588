using Poa.Domain.Json;

namespace Poa.Domain.Testing.Tests.Datos;

public class AvancesDeEjemploTests
{
    private static string RaizDelRepositorio()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Poa.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("No se encontró Poa.Domain.sln.");
    }

    [Fact]
    public void Todos_SonLosAvancesDeLosSeisPlanesEnSuOrden()
    {
        AvancesDeEjemplo.Todos.Select(a => a.Plan).Should().Equal(PlanesDeEjemplo.Todos, (a, b) => ReferenceEquals(a, b));
        new[]
        {
            AvancesDeEjemplo.GobiernoDigitalYSoporte, AvancesDeEjemplo.GobiernoDigital, AvancesDeEjemplo.SoporteEInfraestructura,
            AvancesDeEjemplo.ParticipacionCiudadana, AvancesDeEjemplo.MejoraRegulatoria, AvancesDeEjemplo.EnlaceMunicipal,
        }.Should().Equal(AvancesDeEjemplo.Todos, (a, b) => ReferenceEquals(a, b));
    }

    [Fact]
    public void Todos_SonLosDatosDeEjemploDeLaHerramienta()
    {
        // The poa tool embeds the same avances as JSON Lines, one poa.avances document per plan.
        var lineas = File.ReadAllLines(Path.Combine(RaizDelRepositorio(), "src", "Poa.Cli", "Datos", "avances-2023.jsonl"));

        lineas.Should().HaveCount(6);
        for (var i = 0; i < lineas.Length; i++)
        {
            var leidos = PoaJson.DeserializeAvances(lineas[i], PlanesDeEjemplo.Todos[i]);
            AvancesDeEjemplo.Todos[i].Avances.Should().Equal(leidos.Avances, PlanesDeEjemplo.Todos[i].UnidadResponsable.Nombre);
        }
    }

    [Fact]
    public void Todos_AlCorte_DanLosColoresDocumentados()
    {
        var resultados = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte)
            .SelectMany(r => r.Resultados).ToList();

        resultados.Should().HaveCount(34);
        resultados.Count(r => r.Color == Color.Verde).Should().Be(17);
        resultados.Count(r => r.Color == Color.Amarillo).Should().Be(7);
        resultados.Count(r => r.Color == Color.Rojo).Should().Be(8);
        resultados.Count(r => r.Color is null).Should().Be(2);
    }

    [Fact]
    public void GobiernoDigital_DaLosColoresDocumentados()
    {
        var r = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.GobiernoDigital, AvancesDeEjemplo.Corte).Resultados;

        r.Select(x => x.Color).Should().Equal(
            Color.Verde, Color.Amarillo, Color.Rojo, Color.Verde, Color.Amarillo, Color.Verde, Color.Rojo, Color.Verde, Color.Rojo);
        r[4].MesesSinReporte.Should().Equal(6);
        r[8].Should().TenerCumplimiento(0);
    }

    [Fact]
    public void GobiernoDigitalYSoporte_CuentasReportadasAntesDeLoProgramado_EsAdelantada()
    {
        var r = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.GobiernoDigitalYSoporte, 2, AvancesDeEjemplo.Corte);

        r.Should().SerVerde().And.TenerEstado(EstadoDeEvaluacion.Adelantada);
    }

    [Fact]
    public void SoporteEInfraestructura_DaLosColoresDocumentados()
    {
        var r = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.SoporteEInfraestructura, AvancesDeEjemplo.Corte).Resultados;

        r.Select(x => x.Color).Should().Equal(Color.Verde, Color.Amarillo, Color.Verde, Color.Verde, Color.Rojo, Color.Verde, Color.Rojo);
        r[4].Should().TenerCumplimiento(50);
        r[5].Should().TenerCumplimiento(116.67m, precision: 0.01m);
        r[6].Should().TenerCumplimiento(50);
    }

    [Fact]
    public void ParticipacionCiudadana_DaLosColoresDocumentados()
    {
        var r = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.ParticipacionCiudadana, AvancesDeEjemplo.Corte).Resultados;

        r.Select(x => x.Color).Should().Equal(Color.Verde, Color.Verde, null, Color.Amarillo, Color.Verde, Color.Amarillo);
        r[2].Should().TenerEstado(EstadoDeEvaluacion.SinMetaProgramada);
    }
}
