using System;
using FluentAssertions;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// FluentAssertions for the evaluation of one activity: <c>resultado.Should().SerVerde()</c>,
/// <c>.TenerCumplimiento(66.67m, precision: 0.01m)</c>, <c>.NoTenerColor()</c>. On failure the message gives the
/// colour and cumplimiento found and the evaluator's own explanation (<see cref="ResultadoDeActividad.Explicar"/>).
/// </summary>
public sealed class ResultadoDeActividadAssertions
{
    /// <summary>Assertions on <paramref name="resultado"/>.</summary>
    public ResultadoDeActividadAssertions(ResultadoDeActividad resultado) => Subject = resultado;

    /// <summary>The result under test.</summary>
    public ResultadoDeActividad Subject { get; }

    /// <summary>Asserts the colour verde.</summary>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> SerVerde(string because = "", params object[] becauseArgs)
        => TenerColor(Color.Verde, because, becauseArgs);

    /// <summary>Asserts the colour amarillo.</summary>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> SerAmarillo(string because = "", params object[] becauseArgs)
        => TenerColor(Color.Amarillo, because, becauseArgs);

    /// <summary>Asserts the colour rojo.</summary>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> SerRojo(string because = "", params object[] becauseArgs)
        => TenerColor(Color.Rojo, because, becauseArgs);

    /// <summary>Asserts the colour <paramref name="color"/>.</summary>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> TenerColor(Color color, string because = "", params object[] becauseArgs)
        => Verificar(Subject.Color == color, "fuera " + Nombre(color), because, becauseArgs);

    /// <summary>Asserts no colour (<em>sin meta programada</em> or <em>sin datos</em>).</summary>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> NoTenerColor(string because = "", params object[] becauseArgs)
        => Verificar(Subject.Color is null, "no tuviera color", because, becauseArgs);

    /// <summary>Asserts the state of the evaluation, e.g. <see cref="EstadoDeEvaluacion.Adelantada"/>.</summary>
    [CustomAssertion]
    public AndConstraint<ResultadoDeActividadAssertions> TenerEstado(EstadoDeEvaluacion estado, string because = "", params object[] becauseArgs)
        => Verificar(Subject.Estado == estado, "tuviera el estado " + estado, because, becauseArgs);

    /// <summary>
    /// Asserts the exact (unrounded) cumplimiento, in percent: <c>TenerCumplimiento(80)</c>. With
    /// <paramref name="precision"/>, any value within it passes: <c>TenerCumplimiento(66.67m, 0.01m)</c>.
    /// </summary>
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
        return Verificar(real is { } r && Math.Abs(r - esperado) <= precision, texto, because, becauseArgs);
    }

    [CustomAssertion]
    private AndConstraint<ResultadoDeActividadAssertions> Verificar(bool condicion, string esperado, string because, object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        var r = Subject;
        var color = r.Color is { } c ? Nombre(c) : "sin color";
        var cumplimiento = r.Cumplimiento is { } x ? "cumplimiento " + Mensajes.Numero(x) + "%" : "sin cumplimiento";
        Mensajes.Verificar(
            condicion,
            "el resultado",
            $"Se esperaba que {Mensajes.Sujeto} {esperado}{razon}, pero es {color} ({cumplimiento}, {r.Estado}). {r.Explicar()}");
        return new AndConstraint<ResultadoDeActividadAssertions>(this);
    }

    private static string Nombre(Color color) => color switch
    {
        Color.Verde => "verde",
        Color.Amarillo => "amarillo",
        Color.Rojo => "rojo",
        _ => color.ToString(),
    };
}
