using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Poa.Domain.Reportes;
using Poa.Domain.Testing;

namespace Poa.Domain.Benchmarks;

/// <summary>
/// The HTML report: the sample (six plans, 34 activities) and 1,000 synthetic plans (36,000 activities), against
/// the evaluation alone (the results, the series of every activity and the roll-ups the report shows). Targets:
/// the sample under 50 ms, 1,000 plans under 2 s and a file under 30 MB.
/// </summary>
[MemoryDiagnoser]
public class ReporteHtmlBenchmarks
{
    private static readonly LocalDate GeneradoEl = new(2023, 7, 5);

    private List<AvancesDelPlan> milPlanes = null!;

    [GlobalSetup]
    public void Preparar()
    {
        milPlanes = GeneradorDeAvances.Generar(1_000);
        var muestra = ReporteHtml.Predeterminado.Generar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, GeneradoEl);
        var grande = ReporteHtml.Predeterminado.Generar(milPlanes, GeneradorDeAvances.Corte, GeneradoEl);
        System.Console.WriteLine($"// Muestra: {muestra.Length:N0} caracteres, {System.Text.Encoding.UTF8.GetByteCount(muestra):N0} bytes UTF-8");
        System.Console.WriteLine($"// Mil planes: {grande.Length:N0} caracteres, {System.Text.Encoding.UTF8.GetByteCount(grande):N0} bytes UTF-8");
    }

    /// <summary>Baseline: evaluate the 1,000 plans, the month-by-month series of every activity and the three roll-ups, without writing.</summary>
    [Benchmark(Baseline = true)]
    public int MilPlanes_SoloEvaluar()
    {
        var evaluador = EvaluadorDeSemaforo.Predeterminado;
        var resultados = evaluador.Evaluar(milPlanes, GeneradorDeAvances.Corte);
        var n = evaluador.Resumir(resultados, Agrupacion.Dependencia).Count + evaluador.Resumir(resultados, Agrupacion.UnidadResponsable).Count
            + evaluador.Resumir(resultados, Agrupacion.EjeRector).Count;
        foreach (var plan in milPlanes)
        {
            for (var i = 0; i < GeneradorDeAvances.ActividadesPorPlan; i++)
            {
                for (var mes = 1; mes < 6; mes++)
                {
                    n += evaluador.EvaluarEnPosicion(plan, i, Corte.De(new YearMonth(2023, mes))).Color is null ? 0 : 1;
                }
            }
        }

        return n;
    }

    [Benchmark]
    public int MilPlanes_Generar() => ReporteHtml.Predeterminado.Generar(milPlanes, GeneradorDeAvances.Corte, GeneradoEl).Length;

    /// <summary>Written as UTF-8 to a stream that discards it, as a web app or a file would take it.</summary>
    [Benchmark]
    public void MilPlanes_EscribirAsync() => ReporteHtml.Predeterminado.EscribirAsync(Stream.Null, milPlanes, GeneradorDeAvances.Corte, GeneradoEl).GetAwaiter().GetResult();

    [Benchmark]
    public int Muestra_Generar() => ReporteHtml.Predeterminado.Generar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, GeneradoEl).Length;
}
