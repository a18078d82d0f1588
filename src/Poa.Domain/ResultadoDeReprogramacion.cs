using System.Collections.Generic;
using System.Linq;

namespace Poa.Domain;

/// <summary>
/// The outcome of <see cref="Plan.Reprogramar"/>: whether the modificación was accepted, the plan (the new one when accepted,
/// the original otherwise), and the diagnostics of the modificación and of the vigente activity it leaves.
/// </summary>
/// <remarks>Immutable. No value equality.</remarks>
public sealed class ResultadoDeReprogramacion
{
    private readonly Diagnostico[] diagnosticos;

    internal ResultadoDeReprogramacion(bool aceptada, Plan plan, Modificacion modificacion, IEnumerable<Diagnostico> diagnosticos)
    {
        Aceptada = aceptada;
        Plan = plan;
        Modificacion = modificacion;
        this.diagnosticos = diagnosticos.ToArray();
    }

    /// <summary>Whether the modificación was accepted (no error among <see cref="Diagnosticos"/>).</summary>
    public bool Aceptada { get; }

    /// <summary>The plan with the modificación added when accepted; the original plan, unchanged, when refused.</summary>
    public Plan Plan { get; }

    /// <summary>The modificación proposed.</summary>
    public Modificacion Modificacion { get; }

    /// <summary>Errors first: why it was refused, or the warnings of an accepted one (empty when nothing to say).</summary>
    public IReadOnlyList<Diagnostico> Diagnosticos => diagnosticos;

    /// <summary><c>Modificación folio 2 aceptada (0 diagnósticos)</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
        => $"Modificación folio {Modificacion.Folio} {(Aceptada ? "aceptada" : "rechazada")} ({diagnosticos.Length} diagnósticos)";
}
