namespace Poa.Domain;

/// <summary>Which view of a plan an evaluation uses (<see cref="OpcionesDeEvaluacion.Vista"/>).</summary>
public enum VistaDelPlan
{
    /// <summary>Default: the vigente plan, the approved one with its modificaciones applied in folio order.</summary>
    Vigente = 0,

    /// <summary>The approved plan, as signed, without its modificaciones.</summary>
    Aprobado = 1,
}
