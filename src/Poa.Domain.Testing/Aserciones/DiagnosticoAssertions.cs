using System;
using System.Globalization;
using FluentAssertions;
using FluentAssertions.Primitives;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// FluentAssertions for one <see cref="Diagnostico"/>: its code, severity and location, with Spanish
/// messages. Usually reached from <c>plan.Should().TenerDiagnostico("POA001").Which.Should()</c>.
/// </summary>
public sealed class DiagnosticoAssertions : ReferenceTypeAssertions<Diagnostico, DiagnosticoAssertions>
{
    /// <summary>Assertions on <paramref name="diagnostico"/>.</summary>
    /// <param name="diagnostico">The diagnostic asserted on; may be null (then every assertion fails saying so).</param>
    public DiagnosticoAssertions(Diagnostico diagnostico)
        : base(diagnostico)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "diagnóstico";

    /// <summary>Asserts the code, e.g. <c>POA001</c>.</summary>
    /// <param name="codigo">The code expected, e.g. <c>POA001</c>.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> TenerCodigo(string codigo, string because = "", params object[] becauseArgs)
        => Verificar(d => string.Equals(d.Codigo, codigo, StringComparison.Ordinal), "tuviera el código " + codigo, because, becauseArgs);

    /// <summary>Asserts that the severity is <see cref="Severidad.Error"/>.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> SerError(string because = "", params object[] becauseArgs)
        => Verificar(d => d.Severidad == Severidad.Error, "fuera un error", because, becauseArgs);

    /// <summary>Asserts that the severity is <see cref="Severidad.Advertencia"/>.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> SerAdvertencia(string because = "", params object[] becauseArgs)
        => Verificar(d => d.Severidad == Severidad.Advertencia, "fuera una advertencia", because, becauseArgs);

    /// <summary>Asserts that it is about the activity numbered <paramref name="numero"/>.</summary>
    /// <param name="numero">The number of the activity expected.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> EstarEnActividad(int numero, string because = "", params object[] becauseArgs)
        => Verificar(d => d.Ubicacion.Actividad == numero, "estuviera en la actividad " + numero.ToString(CultureInfo.InvariantCulture), because, becauseArgs);

    /// <summary>Asserts the property path, e.g. <c>meta</c> or <c>calendarizacion.mes12</c>.</summary>
    /// <param name="propiedad">The property path expected, as the diagnostic writes it (ordinal comparison).</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> EstarEnPropiedad(string propiedad, string because = "", params object[] becauseArgs)
        => Verificar(d => string.Equals(d.Ubicacion.Propiedad, propiedad, StringComparison.Ordinal), "estuviera en la propiedad «" + propiedad + "»", because, becauseArgs);

    /// <summary>Asserts that the message contains <paramref name="texto"/> (ordinal comparison).</summary>
    /// <param name="texto">The text the Spanish message must contain, e.g. <c>deben coincidir</c>.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> TenerMensajeQueContiene(string texto, string because = "", params object[] becauseArgs)
        => Verificar(d => d.Mensaje.IndexOf(texto ?? string.Empty, StringComparison.Ordinal) >= 0, "tuviera un mensaje que contiene «" + texto + "»", because, becauseArgs);

    /// <summary>Asserts that the severity is <see cref="Severidad.Informacion"/>.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> SerInformacion(string because = "", params object[] becauseArgs)
        => Verificar(d => d.Severidad == Severidad.Informacion, "fuera información", because, becauseArgs);

    /// <summary>Asserts that it is on line <paramref name="linea"/> of the file read (import diagnostics).</summary>
    /// <param name="linea">The line expected, from 1, as an editor counts it.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> EstarEnLinea(int linea, string because = "", params object[] becauseArgs)
        => Verificar(d => d.Ubicacion.Linea == linea, "estuviera en la línea " + linea.ToString(CultureInfo.InvariantCulture), because, becauseArgs);

    /// <summary>Asserts that it is in the workbook cell <paramref name="celda"/> (workbook import diagnostics), e.g. <c>L12</c>.</summary>
    /// <param name="celda">The A1 reference of the cell expected, e.g. <c>L12</c> (ordinal comparison).</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> EstarEnCelda(string celda, string because = "", params object[] becauseArgs)
        => Verificar(d => string.Equals(d.Ubicacion.Celda, celda, StringComparison.Ordinal), "estuviera en la celda " + celda, because, becauseArgs);

    [CustomAssertion]
    private AndConstraint<DiagnosticoAssertions> Verificar(Func<Diagnostico, bool> condicion, string esperado, string because, object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        var texto = $"Se esperaba que {Mensajes.Sujeto} {esperado}{razon}, pero ";
        if (Subject is null)
        {
            Mensajes.Verificar(false, "el diagnóstico", texto + "es nulo.");
        }
        else
        {
            Mensajes.Verificar(condicion(Subject), "el diagnóstico", texto + "es «" + Subject + "».");
        }

        return new AndConstraint<DiagnosticoAssertions>(this);
    }
}
