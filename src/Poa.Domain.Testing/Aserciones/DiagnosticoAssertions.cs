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
    public DiagnosticoAssertions(Diagnostico diagnostico)
        : base(diagnostico)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "diagnóstico";

    /// <summary>Asserts the code, e.g. <c>POA001</c>.</summary>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> TenerCodigo(string codigo, string because = "", params object[] becauseArgs)
        => Verificar(d => string.Equals(d.Codigo, codigo, StringComparison.Ordinal), "tuviera el código " + codigo, because, becauseArgs);

    /// <summary>Asserts that the severity is <see cref="Severidad.Error"/>.</summary>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> SerError(string because = "", params object[] becauseArgs)
        => Verificar(d => d.Severidad == Severidad.Error, "fuera un error", because, becauseArgs);

    /// <summary>Asserts that the severity is <see cref="Severidad.Advertencia"/>.</summary>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> SerAdvertencia(string because = "", params object[] becauseArgs)
        => Verificar(d => d.Severidad == Severidad.Advertencia, "fuera una advertencia", because, becauseArgs);

    /// <summary>Asserts that it is about the activity numbered <paramref name="numero"/>.</summary>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> EstarEnActividad(int numero, string because = "", params object[] becauseArgs)
        => Verificar(d => d.Ubicacion.Actividad == numero, "estuviera en la actividad " + numero.ToString(CultureInfo.InvariantCulture), because, becauseArgs);

    /// <summary>Asserts the property path, e.g. <c>meta</c> or <c>calendarizacion.mes12</c>.</summary>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> EstarEnPropiedad(string propiedad, string because = "", params object[] becauseArgs)
        => Verificar(d => string.Equals(d.Ubicacion.Propiedad, propiedad, StringComparison.Ordinal), "estuviera en la propiedad «" + propiedad + "»", because, becauseArgs);

    /// <summary>Asserts that the message contains <paramref name="texto"/> (ordinal comparison).</summary>
    [CustomAssertion]
    public AndConstraint<DiagnosticoAssertions> TenerMensajeQueContiene(string texto, string because = "", params object[] becauseArgs)
        => Verificar(d => d.Mensaje.IndexOf(texto ?? string.Empty, StringComparison.Ordinal) >= 0, "tuviera un mensaje que contiene «" + texto + "»", because, becauseArgs);

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
