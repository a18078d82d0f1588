using Poa.Domain.Tests.Datos;
using static Poa.Domain.Tests.Evaluacion.Escenarios;

namespace Poa.Domain.Tests.Evaluacion;

public class EvaluadorDeSemaforoTests
{
    private static readonly EvaluadorDeSemaforo Evaluador = EvaluadorDeSemaforo.Predeterminado;

    [Fact]
    public void AudienciasPublicas_AMarzoCon18De24_Es75Amarillo()
    {
        var plan = PlanesDelSeed.ParticipacionCiudadana;
        var numero = Audiencias.Numero;
        var avances = AvancesDelPlan.Create(plan, [
            Avance.Create(numero, Mes(1), 4),
            Avance.Create(numero, Mes(2), 8),
            Avance.Create(numero, Mes(3), 6),
        ]);

        var r = Evaluador.Evaluar(avances, numero, Corte(3));

        r.Estado.Should().Be(EstadoDeEvaluacion.Evaluada);
        r.Programado.Should().Be(24m);
        r.Realizado.Should().Be(18m);
        r.Cumplimiento.Should().Be(75m);
        r.Color.Should().Be(Color.Amarillo);
        r.AvanceAnual.Should().Be(1800m / 102m);
        r.MesesSinReporte.EstaVacio.Should().BeTrue();
        r.Formula.Should().Be(FormulaDeCumplimiento.RealizadoEntreProgramado);
        r.BandaAplicada.Should().Be(Semaforizacion.Predeterminada.Amarillo);
    }

    [Theory]
    [InlineData("20", 80.0, Color.Verde)]
    [InlineData("19.99", 79.96, Color.Amarillo)]
    [InlineData("20.01", 80.04, Color.Verde)]
    [InlineData("12.5", 50.0, Color.Rojo)]
    [InlineData("12.51", 50.04, Color.Amarillo)]
    [InlineData("12.49", 49.96, Color.Rojo)]
    [InlineData("0", 0.0, Color.Rojo)]
    [InlineData("37.5", 150.0, Color.Verde)]
    public void Acumulable_Fronteras_DanElColorExacto(string realizado, double cumplimiento, Color color)
    {
        var plan = PlanDeUna("25 Reportes", Calendarizacion.De(enero: 10, marzo: 15));
        var r = Evaluador.Evaluar(Avances(plan, 0, null, decimal.Parse(realizado, System.Globalization.CultureInfo.InvariantCulture)), 1, Corte(3));

        r.Cumplimiento.Should().Be((decimal)cumplimiento);
        r.Color.Should().Be(color);
    }
}
