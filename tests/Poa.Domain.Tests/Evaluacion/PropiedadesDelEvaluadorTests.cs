using CsCheck;
using Poa.Domain.Tests.Datos;
using static Poa.Domain.Tests.Evaluacion.Escenarios;

namespace Poa.Domain.Tests.Evaluacion;

public class PropiedadesDelEvaluadorTests
{
    private static readonly EvaluadorDeSemaforo Evaluador = EvaluadorDeSemaforo.Predeterminado;

    private static readonly Gen<decimal?[]> GenCalendario =
        Gen.Int[0, 50].Select(v => (decimal)v).Nullable(0.3).Array[12];

    private static int Rango(Color? color) => color switch
    {
        Color.Verde => 2,
        Color.Amarillo => 1,
        Color.Rojo => 0,
        _ => -1,
    };

    [Fact]
    public void Ascendente_MasRealizadoNuncaEmpeoraElColor()
    {
        Gen.Select(GenCalendario, Gen.Int[0, 60].Array[12], Gen.Int[1, 12], Gen.Int[0, 11], Gen.Int[1, 20])
            .Sample((calendario, reportes, corte, mes, extra) =>
            {
                var plan = PlanDeUna("100 Reportes", Calendarizacion.Create(calendario));
                var base_ = reportes.Select(v => (decimal?)v).ToArray();
                var mas = (decimal?[])base_.Clone();
                mas[mes] += extra;
                var antes = Evaluador.Evaluar(Avances(plan, base_), 1, Corte(corte));
                var despues = Evaluador.Evaluar(Avances(plan, mas), 1, Corte(corte));
                if (antes.Color is not null)
                {
                    Rango(despues.Color).Should().BeGreaterThanOrEqualTo(Rango(antes.Color));
                }
            });
    }

    [Fact]
    public void ElResultado_NoDependeDelOrdenDeLosAvances()
    {
        var plan = PlanesDelSeed.ParticipacionCiudadana;
        var numeros = plan.Actividades.Select(a => a.Numero).ToArray();
        Gen.Int[0, 30].Nullable(0.3).Array[numeros.Length * 12].Select(Gen.Int[1, 12], Gen.Int)
            .Sample((valores, corte, semilla) =>
            {
                var avances = new List<Avance>();
                for (var i = 0; i < valores.Length; i++)
                {
                    if (valores[i] is { } v)
                    {
                        avances.Add(Avance.Create(numeros[i / 12], Mes((i % 12) + 1), v));
                    }
                }

                var random = new Random(semilla);
                var barajados = avances.OrderBy(_ => random.Next()).ToList();
                var a = Evaluador.Evaluar(AvancesDelPlan.Create(plan, avances), Corte(corte)).Resultados;
                var b = Evaluador.Evaluar(AvancesDelPlan.Create(plan, barajados), Corte(corte)).Resultados;
                a.Should().Equal(b);
            });
    }

    [Fact]
    public void TodoLoProgramadoReportadoExacto_Cumple100EnTodasPartes()
    {
        var planes = PlanesDelSeed.Todos;
        foreach (var plan in planes)
        {
            var avances = new List<Avance>();
            foreach (var actividad in plan.Actividades)
            {
                for (var mes = 1; mes <= 12; mes++)
                {
                    if (actividad.Calendarizacion[mes] is { } p)
                    {
                        avances.Add(Avance.Create(actividad.Numero, Mes(mes), p));
                    }
                }
            }

            if (plan.Actividades.Select(a => a.Numero).Distinct().Count() != plan.Actividades.Count)
            {
                continue;
            }

            var conAvances = AvancesDelPlan.Create(plan, avances);
            for (var corte = 1; corte <= 12; corte++)
            {
                foreach (var r in Evaluador.Evaluar(conAvances, Corte(corte)).Resultados)
                {
                    if (r.Estado == EstadoDeEvaluacion.Evaluada)
                    {
                        r.Cumplimiento.Should().Be(100m, $"{r.Actividad} al corte {corte}");
                    }
                    else
                    {
                        r.Estado.Should().Be(EstadoDeEvaluacion.SinMetaProgramada);
                    }
                }
            }
        }
    }

    [Fact]
    public void TodoReportadoExacto_CualquierCalendario_Cumple100()
    {
        Gen.Select(GenCalendario, Gen.Int[1, 12]).Sample((calendario, corte) =>
        {
            var plan = PlanDeUna("100 Reportes", Calendarizacion.Create(calendario));
            var r = Evaluador.Evaluar(Avances(plan, calendario), 1, Corte(corte));
            if (r.Estado == EstadoDeEvaluacion.Evaluada)
            {
                r.Cumplimiento.Should().Be(100m);
            }
        });
    }
}
