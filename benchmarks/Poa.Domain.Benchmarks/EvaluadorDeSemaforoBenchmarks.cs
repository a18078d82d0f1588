using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Poa.Domain.Benchmarks;

/// <summary>
/// The evaluator's hot path: one activity at a corte, and a whole dependencia (6 plans, 36 activities,
/// half acumulable and half porcentaje with variables), against the bare arithmetic of 12 decimals.
/// </summary>
[MemoryDiagnoser]
public class EvaluadorDeSemaforoBenchmarks
{
    private const int ActividadesPorPlan = 6;

    private readonly EvaluadorDeSemaforo evaluador = EvaluadorDeSemaforo.Predeterminado;
    private readonly Corte corte = Corte.De(new YearMonth(2023, 9));
    private readonly decimal[] programados = [4m, 10m, 10m, 4m, 10m, 10m, 10m, 10m, 10m, 10m, 10m, 4m];
    private readonly decimal[] realizados = [4m, 8m, 6m, 4m, 10m, 9m, 10m, 11m, 10m, 0m, 0m, 0m];
    private AvancesDelPlan audiencias = null!;
    private AvancesDelPlan enElLimite = null!;
    private AvancesDelPlan[] dependencia = null!;
    private ResultadoDeActividad[] destino = null!;

    [GlobalSetup]
    public void Preparar()
    {
        audiencias = Crear("Dirección de Participación Ciudadana", 1, soloAcumulables: true);
        dependencia = new AvancesDelPlan[6];
        for (var i = 0; i < dependencia.Length; i++)
        {
            dependencia[i] = Crear($"Dirección {i + 1}", ActividadesPorPlan, soloAcumulables: false);
        }

        destino = new ResultadoDeActividad[ActividadesPorPlan];

        // A rate whose exact mean is 50 (25%, 1/6, 3/3, 5/9, 9/12, 0/11, 7/9): the rare exact path.
        var limite = new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", "Dirección en el límite")
            .AgregarActividad("Atender solicitudes", "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Participación Ciudadana",
                "100% Porcentaje", Calendarizacion.Mensual(100m, 1, 12))
            .Build();
        enElLimite = AvancesDelPlan.Create(limite,
        [
            Avance.Create(1, new YearMonth(2023, 1), 25),
            Avance.ConVariables(1, new YearMonth(2023, 2), 1, 6),
            Avance.ConVariables(1, new YearMonth(2023, 3), 3, 3),
            Avance.ConVariables(1, new YearMonth(2023, 4), 5, 9),
            Avance.ConVariables(1, new YearMonth(2023, 5), 9, 12),
            Avance.ConVariables(1, new YearMonth(2023, 6), 0, 11),
            Avance.ConVariables(1, new YearMonth(2023, 7), 7, 9),
        ]);
    }

    private AvancesDelPlan Crear(string unidad, int actividades, bool soloAcumulables)
    {
        var builder = new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", unidad);
        var avances = new List<Avance>();
        for (var a = 1; a <= actividades; a++)
        {
            var porcentaje = !soloAcumulables && a % 2 == 0;
            builder.AgregarActividad(
                "Realizar Audiencias Públicas en la temática gobierno abierto",
                "V. Ciudad abierta",
                "5.1 Monterrey abierto e inteligente",
                "Participación Ciudadana",
                porcentaje ? "100% Porcentaje" : "102 Audiencias",
                porcentaje ? Calendarizacion.Mensual(100m, 1, 11) : Calendarizacion.Create(Array.ConvertAll(programados, v => (decimal?)v)));
            for (var mes = 1; mes <= 9; mes++)
            {
                avances.Add(porcentaje
                    ? Avance.ConVariables(a, new YearMonth(2023, mes), 90 + mes, 100)
                    : Avance.Create(a, new YearMonth(2023, mes), realizados[mes - 1]));
            }
        }

        return AvancesDelPlan.Create(builder.Build(), avances);
    }

    /// <summary>The bare arithmetic: sum 12 decimals for P and R up to the corte, divide.</summary>
    [Benchmark(Baseline = true)]
    public decimal AritmeticaDesnuda()
    {
        decimal p = 0m, r = 0m;
        for (var i = 0; i < 12; i++)
        {
            if (i < 9)
            {
                p += programados[i];
                r += realizados[i];
            }
        }

        return r * 100m / p;
    }

    [Benchmark]
    public ResultadoDeActividad UnaActividad() => evaluador.EvaluarEnPosicion(audiencias, 0, corte);

    /// <summary>An activity whose decimal cumplimiento lies at a band limit: the exact fraction decides (rare; allocates).</summary>
    [Benchmark]
    public ResultadoDeActividad UnaActividadEnElLimite() => evaluador.EvaluarEnPosicion(enElLimite, 0, Corte.De(new YearMonth(2023, 7)));

    [Benchmark]
    public ResultadoDeActividad UnaActividadPorNumero() => evaluador.Evaluar(audiencias, 1, corte);

    /// <summary>6 plans × 6 activities = 36 activities into a caller's buffer; the time shown is per activity.</summary>
    [Benchmark(OperationsPerInvoke = 36)]
    public int DependenciaEnBuffer()
    {
        var total = 0;
        foreach (var plan in dependencia)
        {
            total += evaluador.Evaluar(plan, corte, destino);
        }

        return total;
    }

    /// <summary>The same dependencia with result objects and a roll-up by programa presupuestario.</summary>
    [Benchmark]
    public int DependenciaConResumen()
    {
        var resultados = evaluador.Evaluar(dependencia, corte);
        return evaluador.Resumir(resultados, Agrupacion.ProgramaPresupuestario).Count;
    }
}
