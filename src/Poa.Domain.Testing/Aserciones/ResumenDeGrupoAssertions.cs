using System;
using FluentAssertions;
using FluentAssertions.Primitives;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// FluentAssertions for a roll-up (<see cref="ResumenDeGrupo"/>: one unidad responsable, dependencia, programa, eje or
/// objetivo): its colour, counts per colour and mean cumplimiento. Get one with <c>resumen.Should()</c>, or from a list
/// with <c>resumenes.Should().ContenerGrupo("Gobierno Digital").Which.Should()</c>.
/// </summary>
public sealed class ResumenDeGrupoAssertions : ReferenceTypeAssertions<ResumenDeGrupo, ResumenDeGrupoAssertions>
{
    /// <summary>Assertions on <paramref name="resumen"/>.</summary>
    /// <param name="resumen">The roll-up of one group of activities.</param>
    public ResumenDeGrupoAssertions(ResumenDeGrupo resumen)
        : base(resumen)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "resumen";

    /// <summary>Asserts the group's colour verde.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResumenDeGrupoAssertions> SerVerde(string because = "", params object[] becauseArgs)
        => TenerColor(Color.Verde, because, becauseArgs);

    /// <summary>Asserts the group's colour amarillo.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResumenDeGrupoAssertions> SerAmarillo(string because = "", params object[] becauseArgs)
        => TenerColor(Color.Amarillo, because, becauseArgs);

    /// <summary>Asserts the group's colour rojo.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResumenDeGrupoAssertions> SerRojo(string because = "", params object[] becauseArgs)
        => TenerColor(Color.Rojo, because, becauseArgs);

    /// <summary>Asserts the group's colour <paramref name="color"/>.</summary>
    /// <param name="color">The colour expected.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResumenDeGrupoAssertions> TenerColor(Color color, string because = "", params object[] becauseArgs)
        => Verificar(r => r.Color == color, "fuera " + Mensajes.Color(color), because, becauseArgs);

    /// <summary>Asserts that the group's colour is not <paramref name="color"/> (another colour, or none).</summary>
    /// <param name="color">The colour it must not have.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResumenDeGrupoAssertions> NoTenerColor(Color color, string because = "", params object[] becauseArgs)
        => Verificar(r => r.Color != color, "no fuera " + Mensajes.Color(color), because, becauseArgs);

    /// <summary>Asserts that the group has no colour (none of its activities has one).</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResumenDeGrupoAssertions> NoTenerColor(string because = "", params object[] becauseArgs)
        => Verificar(r => r.Color is null, "no tuviera color", because, becauseArgs);

    /// <summary>Asserts how many of the group's activities have each colour.</summary>
    /// <param name="verdes">Activities in verde expected.</param>
    /// <param name="amarillos">Activities in amarillo expected.</param>
    /// <param name="rojos">Activities in rojo expected.</param>
    /// <param name="sinColor">Activities without colour expected (0 by default).</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResumenDeGrupoAssertions> TenerConteos(int verdes, int amarillos, int rojos, int sinColor = 0, string because = "", params object[] becauseArgs)
        => Verificar(
            r => r.Verdes == verdes && r.Amarillos == amarillos && r.Rojos == rojos && r.SinColor == sinColor,
            "tuviera " + Conteos(verdes, amarillos, rojos, sinColor),
            because,
            becauseArgs);

    /// <summary>
    /// Asserts the group's exact mean cumplimiento (<see cref="ResumenDeGrupo.CumplimientoPromedio"/>), in percent; with
    /// <paramref name="precision"/> any value within it passes.
    /// </summary>
    /// <param name="esperado">The mean cumplimiento expected, in percent.</param>
    /// <param name="precision">The largest difference accepted, in percentage points, 0 or more; 0 (default) asks for the exact value.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is negative.</exception>
    [CustomAssertion]
    public AndConstraint<ResumenDeGrupoAssertions> TenerCumplimientoPromedio(decimal esperado, decimal precision = 0m, string because = "", params object[] becauseArgs)
    {
        if (precision < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "La precisión no puede ser negativa.");
        }

        var texto = "tuviera un cumplimiento promedio de " + Mensajes.Numero(esperado) + "%"
            + (precision == 0m ? string.Empty : " ± " + Mensajes.Numero(precision));
        return Verificar(r => r.CumplimientoPromedio is { } p && Math.Abs(p - esperado) <= precision, texto, because, becauseArgs, exacto: true);
    }

    private static string Conteos(int verdes, int amarillos, int rojos, int sinColor) => ResultadoDePlanAssertions.Conteos(verdes, amarillos, rojos, sinColor);

    [CustomAssertion]
    private AndConstraint<ResumenDeGrupoAssertions> Verificar(Func<ResumenDeGrupo, bool> condicion, string esperado, string because, object[] becauseArgs, bool exacto = false)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        if (Mensajes.NoNulo(Subject, "el resumen", esperado + razon) && !condicion(Subject))
        {
            var r = Subject;
            var promedio = r.CumplimientoPromedio is { } p
                ? "cumplimiento promedio " + (exacto ? Mensajes.PorcentajeExacto(p) : Mensajes.Porcentaje(p))
                : "sin cumplimiento promedio";
            Mensajes.Verificar(
                false,
                "el resumen",
                $"Se esperaba que {Mensajes.Sujeto} {esperado}{razon}, pero es {Mensajes.Color(r.Color)} ({promedio}; {Conteos(r.Verdes, r.Amarillos, r.Rojos, r.SinColor)}; {r.Modo}). {r}");
        }

        return new AndConstraint<ResumenDeGrupoAssertions>(this);
    }
}
