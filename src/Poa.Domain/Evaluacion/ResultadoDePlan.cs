using System.Collections.Generic;

namespace Poa.Domain;

/// <summary>The evaluation of every activity of one plan at a corte, in the plan's order.</summary>
/// <remarks>Immutable. No value equality (compare <see cref="Resultados"/>).</remarks>
public sealed class ResultadoDePlan
{
    private readonly ResultadoDeActividad[] resultados;

    internal ResultadoDePlan(Plan plan, Corte corte, ResultadoDeActividad[] resultados, AvancesDelPlan? avances = null)
    {
        Avances = avances;
        Plan = plan;
        Corte = corte;
        this.resultados = resultados;
    }

    /// <summary>The avances evaluated, when the evaluator made this result (for the exact roll-up near a limit).</summary>
    internal AvancesDelPlan? Avances { get; }

    /// <summary>The plan evaluated.</summary>
    public Plan Plan { get; }

    /// <summary>The corte.</summary>
    public Corte Corte { get; }

    /// <summary>One result per activity, in the plan's order.</summary>
    public IReadOnlyList<ResultadoDeActividad> Resultados => resultados;

    /// <summary><c>POA 2023 · Dirección ... · corte 2023-03 · 4 actividades</c>.</summary>
    public override string ToString() => $"{Plan} · corte {Corte}";
}
