using System.Collections.Generic;
using FluentAssertions;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// FluentAssertions for what <see cref="Plan.Reprogramar"/> answered: <c>plan.Reprogramar(m).Should().SerAceptada()</c>, or
/// <c>.SerRechazada().And.TenerDiagnostico("POA040")</c>. The messages list the diagnostics of the decision.
/// </summary>
public sealed class ResultadoDeReprogramacionAssertions : DiagnosticosAssertions<ResultadoDeReprogramacion, ResultadoDeReprogramacionAssertions>
{
    private const string PorOmision = "la reprogramación";

    /// <summary>Assertions on <paramref name="resultado"/>.</summary>
    /// <param name="resultado">The answer of <see cref="Plan.Reprogramar"/>: accepted or not, the plan, the diagnostics.</param>
    public ResultadoDeReprogramacionAssertions(ResultadoDeReprogramacion resultado)
        : base(resultado, PorOmision)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "reprogramación";

    /// <summary>Asserts that the modificación was accepted (<see cref="ResultadoDeReprogramacion.Aceptada"/>); <c>.Which</c> is the new plan.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions and, as <c>.Which</c>, the plan with the modificación (the plan unchanged when refused).</returns>
    [CustomAssertion]
    public AndWhichConstraint<ResultadoDeReprogramacionAssertions, Plan> SerAceptada(string because = "", params object[] becauseArgs)
        => Decision(true, because, becauseArgs);

    /// <summary>Asserts that the modificación was refused; <c>.Which</c> is the plan, unchanged.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions and, as <c>.Which</c>, the plan as it was.</returns>
    [CustomAssertion]
    public AndWhichConstraint<ResultadoDeReprogramacionAssertions, Plan> SerRechazada(string because = "", params object[] becauseArgs)
        => Decision(false, because, becauseArgs);

    /// <inheritdoc />
    protected override IReadOnlyList<Diagnostico> DiagnosticosDe(ResultadoDeReprogramacion subject) => subject.Diagnosticos;

    [CustomAssertion]
    private AndWhichConstraint<ResultadoDeReprogramacionAssertions, Plan> Decision(bool aceptada, string because, object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        var esperado = (aceptada ? "fuera aceptada" : "fuera rechazada") + razon;
        if (Mensajes.NoNulo(Subject, PorOmision, esperado, "nula"))
        {
            Mensajes.Verificar(
                Subject.Aceptada == aceptada,
                PorOmision,
                $"Se esperaba que {Mensajes.Sujeto} de «{Subject.Modificacion}» {esperado}, pero {(aceptada ? "se rechazó" : "se aceptó")}. Sus diagnósticos:{Mensajes.Lista(System.Linq.Enumerable.Select(Subject.Diagnosticos, d => d.ToString()))}");
        }

        return new AndWhichConstraint<ResultadoDeReprogramacionAssertions, Plan>(this, Subject?.Plan!);
    }
}
