using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// FluentAssertions for the evaluation of a whole plan (<see cref="ResultadoDePlan"/>): colours counted, one activity's
/// result (<c>.TenerActividad(2).Which.Should().SerRojo()</c>), the cycle's findings (missing justificaciones, vencidos)
/// and alerts. Get one with <c>resultado.Should()</c>.
/// </summary>
public sealed class ResultadoDePlanAssertions : DiagnosticosAssertions<ResultadoDePlan, ResultadoDePlanAssertions>
{
    private const string PorOmision = "el resultado";

    /// <summary>Assertions on <paramref name="resultado"/>.</summary>
    /// <param name="resultado">The evaluation of every activity of one plan at a corte.</param>
    public ResultadoDePlanAssertions(ResultadoDePlan resultado)
        : base(resultado, PorOmision)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "resultado";

    /// <summary>Asserts that the plan has an activity numbered <paramref name="numero"/>; <c>.Which</c> is its result, to assert on.</summary>
    /// <param name="numero">The number of the activity in the plan.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions and, as <c>.Which</c>, the activity's result.</returns>
    [CustomAssertion]
    public AndWhichConstraint<ResultadoDePlanAssertions, ResultadoDeActividad> TenerActividad(int numero, string because = "", params object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        var esperado = "tuviera la actividad " + numero.ToString(CultureInfo.InvariantCulture) + razon;
        ResultadoDeActividad encontrado = default;
        if (Mensajes.NoNulo(Subject, PorOmision, esperado))
        {
            var indice = IndiceDe(numero);
            Mensajes.Verificar(indice >= 0, PorOmision, $"Se esperaba que {Mensajes.Sujeto} {esperado}, pero sus actividades son:{Lineas()}");
            encontrado = indice >= 0 ? Subject.Resultados[indice] : default;
        }

        return new AndWhichConstraint<ResultadoDePlanAssertions, ResultadoDeActividad>(this, encontrado);
    }

    /// <summary>Asserts how many activities have each colour; the message lists every activity with its colour and cumplimiento.</summary>
    /// <param name="verdes">Activities in verde expected.</param>
    /// <param name="amarillos">Activities in amarillo expected.</param>
    /// <param name="rojos">Activities in rojo expected.</param>
    /// <param name="sinColor">Activities without colour expected (0 by default).</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDePlanAssertions> TenerColores(int verdes, int amarillos, int rojos, int sinColor = 0, string because = "", params object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        var esperado = "tuviera " + Conteos(verdes, amarillos, rojos, sinColor) + razon;
        if (Mensajes.NoNulo(Subject, PorOmision, esperado))
        {
            var r = Subject.Resultados;
            int Contar(Color? c) => r.Count(x => x.Color == c);
            var (v, a, ro, s) = (Contar(Color.Verde), Contar(Color.Amarillo), Contar(Color.Rojo), Contar(null));
            Mensajes.Verificar(
                v == verdes && a == amarillos && ro == rojos && s == sinColor,
                PorOmision,
                $"Se esperaba que {Mensajes.Sujeto} {esperado}, pero tiene {Conteos(v, a, ro, s)}:{Lineas()}");
        }

        return new AndConstraint<ResultadoDePlanAssertions>(this);
    }

    /// <summary>
    /// Asserts that the activity numbered <paramref name="actividad"/> needs a justificación it does not have
    /// (a <c>POA250</c> in <see cref="ResultadoDePlan.Diagnosticos"/>).
    /// </summary>
    /// <param name="actividad">The number of the activity.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDePlanAssertions> TenerJustificacionFaltante(int actividad, string because = "", params object[] becauseArgs)
        => PorActividad(actividad, r => r.FaltaJustificacion, "le faltara la justificación a la actividad", because, becauseArgs);

    /// <summary>Asserts that no activity lacks a justificación it needs; the message lists those that do.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDePlanAssertions> NoTenerJustificacionesFaltantes(string because = "", params object[] becauseArgs)
        => Ninguna(r => r.FaltaJustificacion, "no le faltaran justificaciones", "justificación faltante", "justificaciones faltantes", because, becauseArgs);

    /// <summary>Asserts an alerta temprana on the activity numbered <paramref name="actividad"/>.</summary>
    /// <param name="actividad">The number of the activity.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDePlanAssertions> TenerAlerta(int actividad, string because = "", params object[] becauseArgs)
        => PorActividad(actividad, r => r.TieneAlerta, "tuviera una alerta temprana en la actividad", because, becauseArgs);

    /// <summary>Asserts that no activity has an alerta temprana; the message lists those that do, with their numbers.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDePlanAssertions> NoTenerAlertas(string because = "", params object[] becauseArgs)
        => Ninguna(r => r.TieneAlerta, "no tuviera alertas", "alerta", "alertas", because, becauseArgs);

    internal static string Conteos(int verdes, int amarillos, int rojos, int sinColor)
        => $"{Mensajes.Contar(verdes, "verde", "verdes")}, {Mensajes.Contar(amarillos, "amarillo", "amarillos")}, {Mensajes.Contar(rojos, "rojo", "rojos")} y {sinColor.ToString(CultureInfo.InvariantCulture)} sin color";

    private static string Linea(ResultadoDeActividad r)
        => r.Actividad.Numero.ToString(CultureInfo.InvariantCulture) + ". " + Mensajes.Color(r.Color)
           + (r.Cumplimiento is { } c ? " (" + Mensajes.Porcentaje(c) + ")" : string.Empty)
           + (r.TieneAlerta ? ", alerta: " + r.Alerta : string.Empty)
           + (r.FaltaJustificacion ? ", falta la justificación" : string.Empty);

    private string Lineas() => Mensajes.Lista(Subject.Resultados.Select(Linea));

    private int IndiceDe(int numero)
    {
        for (var i = 0; i < Subject.Resultados.Count; i++)
        {
            if (Subject.Resultados[i].Actividad.Numero == numero)
            {
                return i;
            }
        }

        return -1;
    }

    [CustomAssertion]
    private AndConstraint<ResultadoDePlanAssertions> PorActividad(
        int actividad, Func<ResultadoDeActividad, bool> condicion, string texto, string because, object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        var esperado = texto + " " + actividad.ToString(CultureInfo.InvariantCulture) + razon;
        if (Mensajes.NoNulo(Subject, PorOmision, esperado))
        {
            var indice = IndiceDe(actividad);
            var tiene = indice < 0
                ? "el plan no tiene esa actividad. Sus actividades son:"
                : "no la tiene. Sus actividades son:";
            Mensajes.Verificar(
                indice >= 0 && condicion(Subject.Resultados[indice]),
                PorOmision,
                $"Se esperaba que {Mensajes.Sujeto} {esperado}, pero {tiene}{Lineas()}");
        }

        return new AndConstraint<ResultadoDePlanAssertions>(this);
    }

    [CustomAssertion]
    private AndConstraint<ResultadoDePlanAssertions> Ninguna(
        Func<ResultadoDeActividad, bool> condicion, string texto, string singular, string plural, string because, object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        if (Mensajes.NoNulo(Subject, PorOmision, texto + razon))
        {
            var con = Subject.Resultados.Where(condicion).ToList();
            Mensajes.Verificar(
                con.Count == 0,
                PorOmision,
                $"Se esperaba que {Mensajes.Sujeto} {texto}{razon}, pero tiene {Mensajes.Contar(con.Count, singular, plural)}:{Mensajes.Lista(con.Select(Linea))}");
        }

        return new AndConstraint<ResultadoDePlanAssertions>(this);
    }

    /// <inheritdoc />
    protected override System.Collections.Generic.IReadOnlyList<Diagnostico> DiagnosticosDe(ResultadoDePlan subject) => subject.Diagnosticos;
}
