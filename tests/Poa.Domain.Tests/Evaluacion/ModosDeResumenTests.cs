using CsCheck;
using static Poa.Domain.Tests.Evaluacion.Escenarios;

namespace Poa.Domain.Tests.Evaluacion;

public class ModosDeResumenTests
{
    private static readonly EvaluadorDeSemaforo Evaluador = EvaluadorDeSemaforo.Predeterminado;

    /// <summary>Three activities: 100% (peso 1), 40% (peso 3), 70% (peso 1); corte enero.</summary>
    private static ResultadoDePlan Resultado()
    {
        var plan = new Plan.Builder(2023, "Secretaría de Prueba", "Dirección de Prueba")
            .AgregarActividad("Una", "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Programa", "10 Reportes", Calendarizacion.De(enero: 10))
            .AgregarActividad("Otra", "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Programa", "10 Reportes", Calendarizacion.De(enero: 10), peso: 3)
            .AgregarActividad("Tercera", "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Programa", "10 Reportes", Calendarizacion.De(enero: 10))
            .Build();
        return Evaluador.Evaluar(AvancesDelPlan.Create(plan, [Avance.Create(1, Mes(1), 10), Avance.Create(2, Mes(1), 4), Avance.Create(3, Mes(1), 7)]), Corte(1));
    }

    [Fact]
    public void Promedio_PorDefecto()
    {
        var g = Evaluador.Resumir([Resultado()], Agrupacion.UnidadResponsable).Single();
        g.Modo.Should().Be(ModoDeResumen.Promedio);
        g.CumplimientoPromedio.Should().Be(70m);
        g.Color.Should().Be(Color.Amarillo);
    }

    [Fact]
    public void PromedioPonderado_UsaElPeso()
    {
        // (100 + 3 × 40 + 70) / 5 = 58
        var g = Evaluador.Resumir([Resultado()], Agrupacion.UnidadResponsable, ModoDeResumen.PromedioPonderado).Single();
        g.Modo.Should().Be(ModoDeResumen.PromedioPonderado);
        g.CumplimientoPromedio.Should().Be(58m);
        g.Color.Should().Be(Color.Amarillo);
    }

    [Fact]
    public void PeorColor_EsElDeLaPeorActividad()
    {
        var g = Evaluador.Resumir([Resultado()], Agrupacion.UnidadResponsable, ModoDeResumen.PeorColor).Single();
        g.Color.Should().Be(Color.Rojo);
        g.Modo.Should().Be(ModoDeResumen.PeorColor);
    }

    [Fact]
    public void PorcentajeEnVerde_ColoreaLaProporcion()
    {
        // 1 of 3 in green: 33.33…%, rojo with the seed's bands.
        var g = Evaluador.Resumir([Resultado()], Agrupacion.UnidadResponsable, ModoDeResumen.PorcentajeEnVerde).Single();
        g.PorcentajeVerde.Should().BeApproximately(33.3333m, 0.0001m);
        g.Color.Should().Be(Color.Rojo);
    }

    [Fact]
    public void ModoNoDefinido_Lanza()
        => FluentActions.Invoking(() => Evaluador.Resumir([Resultado()], Agrupacion.UnidadResponsable, (ModoDeResumen)9))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("modo");

    [Fact]
    public void Propiedad_LaSumaDeUnCalendarioEsLaDeSusTrimestres()
    {
        // A mensual suma activity and the same values gathered in each quarter's closing month (trimestral) give the same
        // programado and realizado at every quarter-end corte.
        Gen.Select(Gen.Int[0, 30].Array[12], Gen.Int[0, 30].Array[12], Gen.Int[1, 4])
            .Sample((programados, realizados, trimestre) =>
            {
                var mensual = programados.Select(v => (decimal?)v).ToArray();
                var trimestral = new decimal?[12];
                for (var q = 0; q < 4; q++)
                {
                    trimestral[(q * 3) + 2] = programados[q * 3] + programados[(q * 3) + 1] + programados[(q * 3) + 2];
                }

                var planMensual = PlanDe(Calendarizacion.Create(mensual), Frecuencia.Mensual);
                var planTrimestral = PlanDe(Calendarizacion.Create(trimestral), Frecuencia.Trimestral);
                var corte = trimestre * 3;
                var avancesMensuales = Enumerable.Range(1, 12).Select(m => Avance.Create(1, Mes(m), realizados[m - 1])).ToList();
                var avancesTrimestrales = Enumerable.Range(1, 4).Select(q => Avance.Create(1, Mes(q * 3), realizados[(q * 3) - 3] + realizados[(q * 3) - 2] + realizados[(q * 3) - 1])).ToList();

                var a = Evaluador.Evaluar(AvancesDelPlan.Create(planMensual, avancesMensuales), 1, Corte(corte));
                var b = Evaluador.Evaluar(AvancesDelPlan.Create(planTrimestral, avancesTrimestrales), 1, Corte(corte + (corte < 12 ? 1 : 0)));
                b.Programado.Should().Be(a.Programado);
                b.Realizado.Should().Be(a.Realizado);
                b.Cumplimiento.Should().Be(a.Cumplimiento);
            });
    }

    private static Plan PlanDe(Calendarizacion calendario, Frecuencia frecuencia)
        => new Plan.Builder(2023, "Secretaría de Prueba", "Dirección de Prueba")
            .AgregarActividad("Actividad", "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Programa", "100 Reportes", calendario, frecuencia: frecuencia)
            .Build();
}
