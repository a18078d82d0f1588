using System;
using FluentAssertions;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// FluentAssertions for the evaluation of one activity: <c>resultado.Should().SerVerde()</c>,
/// <c>.TenerCumplimiento(66.67m, precision: 0.01m)</c>, <c>.NoTenerColor()</c>, <c>.TenerAlerta()</c>. On failure the
/// message gives the colour and cumplimiento found (rounded as people read it, <c>66.67%</c>) and the evaluator's own
/// explanation (<see cref="ResultadoDeActividad.Explicar"/>).
/// </summary>
public sealed class ResultadoDeActividadAssertions
{
    /// <summary>Assertions on <paramref name="resultado"/>.</summary>
    /// <param name="resultado">The evaluation of one activity at a corte.</param>
    public ResultadoDeActividadAssertions(ResultadoDeActividad resultado) => Subject = resultado;

    /// <summary>The result under test.</summary>
    public ResultadoDeActividad Subject { get; }

    /// <summary>Asserts the colour verde.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> SerVerde(string because = "", params object[] becauseArgs)
        => TenerColor(Color.Verde, because, becauseArgs);

    /// <summary>Asserts the colour amarillo.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> SerAmarillo(string because = "", params object[] becauseArgs)
        => TenerColor(Color.Amarillo, because, becauseArgs);

    /// <summary>Asserts the colour rojo.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> SerRojo(string because = "", params object[] becauseArgs)
        => TenerColor(Color.Rojo, because, becauseArgs);

    /// <summary>Asserts that the colour is not verde (another colour, or none).</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> NoSerVerde(string because = "", params object[] becauseArgs)
        => NoTenerColor(Color.Verde, because, becauseArgs);

    /// <summary>Asserts that the colour is not amarillo (another colour, or none).</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> NoSerAmarillo(string because = "", params object[] becauseArgs)
        => NoTenerColor(Color.Amarillo, because, becauseArgs);

    /// <summary>Asserts that the colour is not rojo (another colour, or none).</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> NoSerRojo(string because = "", params object[] becauseArgs)
        => NoTenerColor(Color.Rojo, because, becauseArgs);

    /// <summary>Asserts the colour <paramref name="color"/>.</summary>
    /// <param name="color">The colour expected.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> TenerColor(Color color, string because = "", params object[] becauseArgs)
        => Verificar(Subject.Color == color, "fuera " + Mensajes.Color(color), because, becauseArgs);

    /// <summary>Asserts that the colour is not <paramref name="color"/> (another colour, or none).</summary>
    /// <param name="color">The colour it must not have.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> NoTenerColor(Color color, string because = "", params object[] becauseArgs)
        => Verificar(Subject.Color != color, "no fuera " + Mensajes.Color(color), because, becauseArgs);

    /// <summary>Asserts no colour (<em>sin meta programada</em> or <em>sin datos</em>).</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> NoTenerColor(string because = "", params object[] becauseArgs)
        => Verificar(Subject.Color is null, "no tuviera color", because, becauseArgs);

    /// <summary>Asserts the state of the evaluation, e.g. <see cref="EstadoDeEvaluacion.Adelantada"/>.</summary>
    /// <param name="estado">The state expected.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> TenerEstado(EstadoDeEvaluacion estado, string because = "", params object[] becauseArgs)
        => Verificar(Subject.Estado == estado, "tuviera el estado " + estado, because, becauseArgs);

    /// <summary>Asserts that the state of the evaluation is not <paramref name="estado"/>.</summary>
    /// <param name="estado">The state it must not have.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> NoTenerEstado(EstadoDeEvaluacion estado, string because = "", params object[] becauseArgs)
        => Verificar(Subject.Estado != estado, "no tuviera el estado " + estado, because, becauseArgs);

    /// <summary>
    /// Asserts the exact (unrounded) cumplimiento, in percent: <c>TenerCumplimiento(80)</c>. With
    /// <paramref name="precision"/>, any value within it passes: <c>TenerCumplimiento(66.67m, 0.01m)</c>. The message
    /// shows the value found rounded (<c>66.67%</c>) and, when that hides digits, the exact one beside it.
    /// </summary>
    /// <param name="esperado">The cumplimiento expected, in percent (80 is 80%).</param>
    /// <param name="precision">The largest difference accepted, in percentage points, 0 or more; 0 (default) asks for the exact value.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is negative.</exception>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> TenerCumplimiento(decimal esperado, decimal precision = 0m, string because = "", params object[] becauseArgs)
    {
        if (precision < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "La precisión no puede ser negativa.");
        }

        var real = Subject.Cumplimiento;
        var texto = "tuviera un cumplimiento de " + Mensajes.Numero(esperado) + "%"
            + (precision == 0m ? string.Empty : " ± " + Mensajes.Numero(precision));
        return Verificar(real is { } r && Math.Abs(r - esperado) <= precision, texto, because, becauseArgs, exacto: true);
    }

    /// <summary>
    /// Asserts an alerta temprana (<see cref="ResultadoDeActividad.TieneAlerta"/>): the required pace exceeds the observed one,
    /// or the last two programmed months counted have no avance. <c>.Which</c> is the alert, with its numbers.
    /// </summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions and, as <c>.Which</c>, the alert (default when the assertion failed).</returns>
    [CustomAssertion]
    public AndWhichConstraint<ResultadoDeActividadAssertions, AlertaTemprana> TenerAlerta(string because = "", params object[] becauseArgs)
    {
        Verificar(Subject.TieneAlerta, "tuviera una alerta temprana", because, becauseArgs);
        return new AndWhichConstraint<ResultadoDeActividadAssertions, AlertaTemprana>(this, Subject.Alerta ?? default);
    }

    /// <summary>Asserts no alerta temprana; the message gives the alert's numbers.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> NoTenerAlerta(string because = "", params object[] becauseArgs)
        => Verificar(!Subject.TieneAlerta, "no tuviera una alerta temprana", because, becauseArgs);

    /// <summary>
    /// Asserts that a justificación is missing (<see cref="ResultadoDeActividad.FaltaJustificacion"/>): the activity is amarillo
    /// or rojo (or above the over-compliance limit) and its latest reported month has none.
    /// </summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> TenerJustificacionFaltante(string because = "", params object[] becauseArgs)
        => Verificar(Subject.FaltaJustificacion, "le faltara una justificación", because, becauseArgs);

    /// <summary>Asserts that no justificación is missing (none is needed, or the one needed is there).</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> NoTenerJustificacionFaltante(string because = "", params object[] becauseArgs)
        => Verificar(!Subject.FaltaJustificacion, "no le faltara una justificación", because, becauseArgs);

    /// <summary>Asserts the meta anual vigente (with the modificaciones up to the corte applied): <see cref="ResultadoDeActividad.MetaVigente"/>.</summary>
    /// <param name="meta">The meta vigente expected, e.g. <c>Crear.UnaMeta(3, "Reuniones")</c>.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meta"/> is null.</exception>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> TenerMetaVigente(Meta meta, string because = "", params object[] becauseArgs)
    {
        ActividadBuilder.NoNulo(meta, nameof(meta));
        return Verificar(meta.Equals(Subject.MetaVigente), $"tuviera la meta vigente {Mensajes.Citar(meta)}", because, becauseArgs, meta: true);
    }

    /// <summary>Asserts the meta anual as approved, before any modificación: <see cref="ResultadoDeActividad.MetaAprobada"/>.</summary>
    /// <param name="meta">The approved meta expected.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meta"/> is null.</exception>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> TenerMetaAprobada(Meta meta, string because = "", params object[] becauseArgs)
    {
        ActividadBuilder.NoNulo(meta, nameof(meta));
        return Verificar(meta.Equals(Subject.MetaAprobada), $"tuviera la meta aprobada {Mensajes.Citar(meta)}", because, becauseArgs, meta: true);
    }

    /// <summary>
    /// Asserts that the result equals <paramref name="esperado"/> as <see cref="ResultadoDeActividad.Equals(ResultadoDeActividad)"/> compares:
    /// every figure, and the same activity object (two evaluations of the same avances are equal; of two copies of a plan, not).
    /// </summary>
    /// <param name="esperado">The result expected.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> Be(ResultadoDeActividad esperado, string because = "", params object[] becauseArgs)
        => Verificar(Subject.Equals(esperado), "fuera igual a «" + esperado + "»", because, becauseArgs);

    /// <summary>Asserts that the result differs from <paramref name="otro"/> in some value.</summary>
    /// <param name="otro">The result it must not equal.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> NotBe(ResultadoDeActividad otro, string because = "", params object[] becauseArgs)
        => Verificar(!Subject.Equals(otro), "no fuera igual a «" + otro + "»", because, becauseArgs);

    [CustomAssertion]
    private AndConstraint<ResultadoDeActividadAssertions> Verificar(bool condicion, string esperado, string because, object[] becauseArgs, bool exacto = false, bool meta = false)
    {
        if (condicion)
        {
            return new AndConstraint<ResultadoDeActividadAssertions>(this);
        }

        var razon = Mensajes.Razon(because, becauseArgs);
        var r = Subject;
        var cumplimiento = r.Cumplimiento is { } x
            ? "cumplimiento " + (exacto ? Mensajes.PorcentajeExacto(x) : Mensajes.Porcentaje(x))
            : "sin cumplimiento";
        var metas = meta ? $", meta aprobada {Mensajes.Citar(r.MetaAprobada)}, meta vigente {Mensajes.Citar(r.MetaVigente)}" : string.Empty;
        Mensajes.Verificar(
            false,
            "el resultado",
            $"Se esperaba que {Mensajes.Sujeto} {esperado}{razon}, pero es {Mensajes.Color(r.Color)} ({cumplimiento}, {r.Estado}{metas}). {r.Explicar()}");
        return new AndConstraint<ResultadoDeActividadAssertions>(this);
    }
}
