using System;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Primitives;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// FluentAssertions for an <see cref="Actividad"/>: <c>actividad.Should().SerEquivalenteA(otra)</c>, with a
/// Spanish message that lists each property that differs, and the values issues of metas add: meta, tipo de
/// acumulación, frecuencia, peso. Get one with <c>actividad.Should()</c> (or from a builder, <c>Crear.UnaActividad().Should()</c>).
/// </summary>
public sealed class ActividadAssertions : ReferenceTypeAssertions<Actividad, ActividadAssertions>
{
    private const string PorOmision = "la actividad";

    /// <summary>Assertions on <paramref name="actividad"/>.</summary>
    /// <param name="actividad">The activity asserted on; may be null (then every assertion fails saying so).</param>
    public ActividadAssertions(Actividad actividad)
        : base(actividad)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "actividad";

    /// <summary>
    /// Asserts that the activity has the same values as <paramref name="esperada"/> everywhere (what
    /// <see cref="Actividad.Equals(Actividad)"/> compares); the message lists each difference with its path
    /// (<c>calendarizacion.mes03</c>, <c>meta</c>...) and both values.
    /// </summary>
    /// <param name="esperada">The activity whose values are expected.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="esperada"/> is null.</exception>
    [CustomAssertion]
    public AndConstraint<ActividadAssertions> SerEquivalenteA(Actividad esperada, string because = "", params object[] becauseArgs)
    {
        ActividadBuilder.NoNulo(esperada, nameof(esperada));
        var razon = Mensajes.Razon(because, becauseArgs);
        var esperado = $"fuera equivalente a {Mensajes.Citar(esperada)}{razon}";
        if (Mensajes.NoNulo(Subject, PorOmision, esperado, "nula") && !Subject.Equals(esperada))
        {
            var diferencias = Diferencias.DeActividades(esperada, Subject);
            Mensajes.Verificar(
                false,
                PorOmision,
                $"Se esperaba que {Mensajes.Sujeto} {esperado}, pero difiere en {Mensajes.Contar(diferencias.Count, "valor", "valores")}:{Mensajes.Lista(diferencias.Select(d => d.ToString()))}");
        }

        return new AndConstraint<ActividadAssertions>(this);
    }

    /// <summary>Asserts that the activity differs from <paramref name="otra"/> in some value (the negation of <see cref="SerEquivalenteA"/>).</summary>
    /// <param name="otra">The activity it must differ from.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="otra"/> is null.</exception>
    [CustomAssertion]
    public AndConstraint<ActividadAssertions> NoSerEquivalenteA(Actividad otra, string because = "", params object[] becauseArgs)
    {
        ActividadBuilder.NoNulo(otra, nameof(otra));
        return Verificar(a => !a.Equals(otra), $"no fuera equivalente a {Mensajes.Citar(otra)}", because, becauseArgs, _ => "tiene los mismos valores en todo");
    }

    /// <summary>Asserts that the activity equals <paramref name="esperada"/>: the same as <see cref="SerEquivalenteA"/>; <c>Be(null)</c> asserts a null activity.</summary>
    /// <param name="esperada">The activity expected, or <c>null</c>.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ActividadAssertions> Be(Actividad? esperada, string because = "", params object[] becauseArgs)
    {
        if (esperada is not null)
        {
            return SerEquivalenteA(esperada, because, becauseArgs);
        }

        Mensajes.Verificar(Subject is null, PorOmision, $"Se esperaba que {Mensajes.Sujeto} fuera nula{Mensajes.Razon(because, becauseArgs)}, pero es {Mensajes.Citar(Subject)}.");
        return new AndConstraint<ActividadAssertions>(this);
    }

    /// <summary>Asserts that the activity does not equal <paramref name="otra"/>: the same as <see cref="NoSerEquivalenteA"/>; <c>NotBe(null)</c> asserts an activity.</summary>
    /// <param name="otra">The activity it must differ from, or <c>null</c>.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ActividadAssertions> NotBe(Actividad? otra, string because = "", params object[] becauseArgs)
    {
        if (otra is not null)
        {
            return NoSerEquivalenteA(otra, because, becauseArgs);
        }

        Mensajes.Verificar(Subject is not null, PorOmision, $"Se esperaba que {Mensajes.Sujeto} no fuera nula{Mensajes.Razon(because, becauseArgs)}, pero lo es.");
        return new AndConstraint<ActividadAssertions>(this);
    }

    /// <summary>Asserts the meta anual, e.g. <c>TenerMeta(Crear.UnaMeta(3, "Reuniones"))</c>.</summary>
    /// <param name="meta">The meta expected (quantity and unidad de medida).</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meta"/> is null.</exception>
    [CustomAssertion]
    public AndConstraint<ActividadAssertions> TenerMeta(Meta meta, string because = "", params object[] becauseArgs)
    {
        ActividadBuilder.NoNulo(meta, nameof(meta));
        return Verificar(a => a.Meta.Equals(meta), "tuviera la meta " + Mensajes.Citar(meta), because, becauseArgs, a => "es " + Mensajes.Citar(a.Meta));
    }

    /// <summary>
    /// Asserts the tipo de acumulación in effect (<see cref="Actividad.Acumulacion"/>: the explicit one, or the unit's default),
    /// e.g. <see cref="TipoDeAcumulacion.UltimoValor"/>.
    /// </summary>
    /// <param name="acumulacion">The tipo expected.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ActividadAssertions> TenerAcumulacion(TipoDeAcumulacion acumulacion, string because = "", params object[] becauseArgs)
        => Verificar(a => a.Acumulacion == acumulacion, "tuviera la acumulación " + acumulacion, because, becauseArgs, a => "es " + a.Acumulacion + (a.AcumulacionExplicita is null ? " (la de su unidad)" : string.Empty));

    /// <summary>Asserts the frecuencia, e.g. <see cref="Frecuencia.Trimestral"/>.</summary>
    /// <param name="frecuencia">The frecuencia expected.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ActividadAssertions> TenerFrecuencia(Frecuencia frecuencia, string because = "", params object[] becauseArgs)
        => Verificar(a => a.Frecuencia == frecuencia, "tuviera la frecuencia " + frecuencia, because, becauseArgs, a => "es " + a.Frecuencia);

    /// <summary>Asserts the weight in weighted roll-ups (<see cref="Actividad.Peso"/>, 1 unless given).</summary>
    /// <param name="peso">The weight expected, above 0.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ActividadAssertions> TenerPeso(decimal peso, string because = "", params object[] becauseArgs)
        => Verificar(a => a.Peso == peso, "tuviera el peso " + Mensajes.Numero(peso), because, becauseArgs, a => "es " + Mensajes.Numero(a.Peso));

    [CustomAssertion]
    private AndConstraint<ActividadAssertions> Verificar(Func<Actividad, bool> condicion, string esperado, string because, object[] becauseArgs, Func<Actividad, string> real)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        if (Mensajes.NoNulo(Subject, PorOmision, esperado + razon, "nula") && !condicion(Subject))
        {
            Mensajes.Verificar(false, PorOmision, $"Se esperaba que {Mensajes.Sujeto} {esperado}{razon}, pero {real(Subject)}: {Mensajes.Citar(Subject)}.");
        }

        return new AndConstraint<ActividadAssertions>(this);
    }
}
