namespace Poa.Domain;

/// <summary>How the values of a meta behave over the year.</summary>
public enum TipoDeMeta
{
    /// <summary>A count of things (reports, accounts, audiences): monthly values add up to the meta anual.</summary>
    Acumulable = 0,

    /// <summary>A rate to sustain (unit <c>Porcentaje</c> or <c>Porcentual</c>): each month states a target percent; values do not add up.</summary>
    Porcentaje = 1,
}
