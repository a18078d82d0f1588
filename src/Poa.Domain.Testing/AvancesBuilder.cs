using System;
using System.Collections.Generic;
using System.Linq;

namespace Poa.Domain.Testing;

/// <summary>
/// Builds the <see cref="AvancesDelPlan"/> of a plan for a test, month by month in the plan's fiscal year:
/// <c>Crear.UnosAvances(plan).Mensual(actividad: 1, realizado: 1, hastaMes: 7)</c> is "one report a month,
/// 7 reported by July". Start one with <see cref="Crear.UnosAvances(Plan)"/>.
/// </summary>
/// <remarks>
/// Immutable: every method returns a new builder; it converts implicitly to <see cref="AvancesDelPlan"/>.
/// A month not given stays without a report, which the evaluator tells apart from a reported 0.
/// <see cref="Build"/> throws <see cref="AvancesInvalidosException"/> when the avances do not fit the plan
/// (an activity or month it does not have, a month reported twice), as <see cref="AvancesDelPlan.Create"/> does.
/// </remarks>
public sealed class AvancesBuilder
{
    private readonly Plan plan;
    private readonly Avance[] avances;

    internal AvancesBuilder(Plan plan, Avance[] avances)
    {
        this.plan = plan;
        this.avances = avances;
    }

    /// <summary>The plan the avances are of.</summary>
    public Plan Plan => plan;

    /// <summary>Adds <paramref name="avance"/> as it is.</summary>
    /// <param name="avance">The avance to add (its month should be of the plan's year).</param>
    /// <returns>A new builder with the avance added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="avance"/> is null.</exception>
    public AvancesBuilder Con(Avance avance) => new(plan, [.. avances, ActividadBuilder.NoNulo(avance, nameof(avance))]);

    /// <summary>Adds the realized value of activity <paramref name="actividad"/> in month <paramref name="mes"/> (1..12) of the plan's year.</summary>
    /// <param name="actividad">The number of the activity reported.</param>
    /// <param name="mes">The month reported, 1 (enero) to 12 (diciembre).</param>
    /// <param name="realizado">What was realized that month, 0 or more: a quantity for an acumulable meta, a rate in percent for a porcentaje.</param>
    /// <param name="justificacion">Why it deviates from what was programmed, or <c>null</c>; the evaluator asks for one when the activity is amarillo or rojo.</param>
    /// <returns>A new builder with the avance added.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> is not 1..12, <paramref name="actividad"/> is less than 1, or <paramref name="realizado"/> is negative.</exception>
    public AvancesBuilder Con(int actividad, int mes, decimal realizado, string? justificacion = null)
        => Con(Avance.Create(actividad, plan.Ejercicio.Mes(mes), realizado, justificacion));

    /// <summary>
    /// Adds the realized value of activity <paramref name="actividad"/> in month <paramref name="mes"/>, reported on
    /// <paramref name="fechaDeReporte"/>: after the month's closing date it is <em>extemporáneo</em> (<c>POA252</c>).
    /// </summary>
    /// <param name="actividad">The number of the activity reported.</param>
    /// <param name="mes">The month reported, 1 (enero) to 12 (diciembre).</param>
    /// <param name="realizado">What was realized that month, 0 or more.</param>
    /// <param name="fechaDeReporte">The date the avance was reported (ISO calendar).</param>
    /// <param name="justificacion">Why it deviates, or <c>null</c>.</param>
    /// <returns>A new builder with the avance added.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> is not 1..12, <paramref name="actividad"/> is less than 1, or <paramref name="realizado"/> is negative.</exception>
    public AvancesBuilder ConFechaDeReporte(int actividad, int mes, decimal realizado, NodaTime.LocalDate fechaDeReporte, string? justificacion = null)
        => Con(Avance.Create(actividad, plan.Ejercicio.Mes(mes), realizado, justificacion, fechaDeReporte: fechaDeReporte));

    /// <summary>Adds a rate reported with its variables: <c>ConVariables(1, 3, 95, 100)</c> is 95 of 100 requests attended in March.</summary>
    /// <param name="actividad">The number of the (porcentaje) activity reported.</param>
    /// <param name="mes">The month reported, 1 (enero) to 12 (diciembre).</param>
    /// <param name="numerador">The cases attended (or achieved) that month, 0 or more.</param>
    /// <param name="denominador">The cases received (or due) that month, above 0.</param>
    /// <returns>A new builder with the avance added.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A month or number is out of range, or <paramref name="denominador"/> is 0.</exception>
    public AvancesBuilder ConVariables(int actividad, int mes, decimal numerador, decimal denominador)
        => Con(Avance.ConVariables(actividad, plan.Ejercicio.Mes(mes), numerador, denominador));

    /// <summary>Reports <paramref name="realizado"/> for activity <paramref name="actividad"/> in every month from January to <paramref name="hastaMes"/>.</summary>
    /// <param name="actividad">The number of the activity reported.</param>
    /// <param name="realizado">What was realized each month, 0 or more.</param>
    /// <param name="hastaMes">The last month reported, 1 (enero) to 12 (diciembre).</param>
    /// <returns>A new builder with one avance per month added.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hastaMes"/> is not 1..12, or a value is out of range.</exception>
    public AvancesBuilder Mensual(int actividad, decimal realizado, int hastaMes)
    {
        ComprobarMes(hastaMes);
        var resultado = this;
        for (var mes = 1; mes <= hastaMes; mes++)
        {
            resultado = resultado.Con(actividad, mes, realizado);
        }

        return resultado;
    }

    /// <summary>
    /// Reports one value a month for activity <paramref name="actividad"/>, from January on:
    /// <c>DesdeEnero(2, 1, 2, 4)</c> is 1 in January, 2 in February and 4 in March.
    /// </summary>
    /// <param name="actividad">The number of the activity reported.</param>
    /// <param name="realizados">What was realized in enero, febrero... in order; at most 12 values.</param>
    /// <returns>A new builder with one avance per value added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="realizados"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">More than 12 values are given, or a value is out of range.</exception>
    public AvancesBuilder DesdeEnero(int actividad, params decimal[] realizados)
    {
        ActividadBuilder.NoNulo(realizados, nameof(realizados));
        if (realizados.Length > Calendarizacion.Meses)
        {
            throw new ArgumentOutOfRangeException(nameof(realizados), realizados.Length, "Se dieron más de 12 valores: el año tiene 12 meses.");
        }

        var resultado = this;
        for (var i = 0; i < realizados.Length; i++)
        {
            resultado = resultado.Con(actividad, i + 1, realizados[i]);
        }

        return resultado;
    }

    /// <summary>
    /// Reports exactly what activity <paramref name="actividad"/> programs in each programmed month from January to
    /// <paramref name="hastaMes"/>: a cumplimiento of 100% at that corte.
    /// </summary>
    /// <param name="actividad">The number of the activity reported.</param>
    /// <param name="hastaMes">The last month reported, 1 (enero) to 12 (diciembre).</param>
    /// <returns>A new builder with one avance per programmed month added.</returns>
    /// <exception cref="ArgumentException">The plan has no activity numbered <paramref name="actividad"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hastaMes"/> is not 1..12.</exception>
    public AvancesBuilder ComoLoProgramado(int actividad, int hastaMes)
    {
        ComprobarMes(hastaMes);
        var encontrada = plan.BuscarActividad(actividad)
            ?? throw new ArgumentException($"El plan no tiene una actividad con el número {actividad.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", nameof(actividad));
        var resultado = this;
        foreach (var mes in encontrada.Calendarizacion.MesesProgramados.Where(m => m <= hastaMes))
        {
            resultado = resultado.Con(actividad, mes, encontrada.Calendarizacion[mes]!.Value);
        }

        return resultado;
    }

    /// <summary>Creates the avances.</summary>
    /// <returns>The avances of the plan, checked against it.</returns>
    /// <exception cref="AvancesInvalidosException">Some avance does not fit the plan.</exception>
    public AvancesDelPlan Build() => AvancesDelPlan.Create(plan, avances);

    /// <summary>Creates the avances.</summary>
    /// <param name="builder">The builder to build.</param>
    /// <returns>The avances it builds (see <see cref="Build"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="AvancesInvalidosException">Some avance does not fit the plan.</exception>
    public static implicit operator AvancesDelPlan(AvancesBuilder builder) => ActividadBuilder.NoNulo(builder, nameof(builder)).Build();

    /// <summary>
    /// Evaluates activity <paramref name="actividad"/> at the corte <paramref name="corte"/> (a month 1..12 of the plan's year)
    /// with <paramref name="evaluador"/>, or <see cref="EvaluadorDeSemaforo.Predeterminado"/>.
    /// </summary>
    /// <param name="actividad">The number of the activity to evaluate.</param>
    /// <param name="corte">The cut-off month, 1 (enero) to 12 (diciembre) of the plan's year.</param>
    /// <param name="evaluador">The evaluator (with its options), or <c>null</c> for the default one.</param>
    /// <returns>The semáforo of that activity at that corte.</returns>
    /// <exception cref="AvancesInvalidosException">Some avance does not fit the plan.</exception>
    /// <exception cref="ArgumentException">The plan has no activity numbered <paramref name="actividad"/>.</exception>
    public ResultadoDeActividad Evaluar(int actividad, int corte, EvaluadorDeSemaforo? evaluador = null)
        => (evaluador ?? EvaluadorDeSemaforo.Predeterminado).Evaluar(Build(), actividad, Corte.De(plan.Ejercicio, corte));

    /// <summary>Evaluates the whole plan at the corte <paramref name="corte"/> (1..12).</summary>
    /// <param name="corte">The cut-off month, 1 (enero) to 12 (diciembre) of the plan's year.</param>
    /// <param name="evaluador">The evaluator (with its options), or <c>null</c> for the default one.</param>
    /// <returns>The semáforo of every activity of the plan at that corte.</returns>
    /// <exception cref="AvancesInvalidosException">Some avance does not fit the plan.</exception>
    public ResultadoDePlan Evaluar(int corte, EvaluadorDeSemaforo? evaluador = null)
        => (evaluador ?? EvaluadorDeSemaforo.Predeterminado).Evaluar(Build(), Corte.De(plan.Ejercicio, corte));

    /// <summary>
    /// Evaluates the whole plan on <paramref name="fecha"/>: the corte is the last month closed by <paramref name="regla"/> on that
    /// date, and the result carries the reportes (vencidos <c>POA251</c>, extemporáneos <c>POA252</c>).
    /// </summary>
    /// <param name="fecha">The date of the evaluation (the clock is never read).</param>
    /// <param name="regla">When a month closes, e.g. <c>ReglaDeCierre.Create(10, Crear.ZonaDeMonterrey)</c>.</param>
    /// <param name="evaluador">The evaluator (with its options), or <c>null</c> for the default one.</param>
    /// <returns>The semáforo of every activity at the corte of that date, with its reportes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regla"/> is null.</exception>
    /// <exception cref="AvancesInvalidosException">Some avance does not fit the plan.</exception>
    public ResultadoDePlan Evaluar(NodaTime.LocalDate fecha, ReglaDeCierre regla, EvaluadorDeSemaforo? evaluador = null)
        => (evaluador ?? EvaluadorDeSemaforo.Predeterminado).Evaluar(Build(), fecha, ActividadBuilder.NoNulo(regla, nameof(regla)));

    private static void ComprobarMes(int mes)
    {
        if (mes is < 1 or > Calendarizacion.Meses)
        {
            throw new ArgumentOutOfRangeException(nameof(mes), mes, "El mes va de 1 a 12.");
        }
    }
}
