namespace Poa.Domain;

/// <summary>
/// How often an activity is programmed and reported (<em>frecuencia</em>). The calendar keeps its 12 months; values sit in
/// each period's closing month (trimestral: marzo, junio, septiembre, diciembre), and at a corte only closed periods count.
/// </summary>
public enum Frecuencia
{
    /// <summary>Every month (the default).</summary>
    Mensual = 0,

    /// <summary>Every two months: febrero, abril, junio, agosto, octubre, diciembre.</summary>
    Bimestral = 1,

    /// <summary>Every quarter: marzo, junio, septiembre, diciembre.</summary>
    Trimestral = 2,

    /// <summary>Every four months: abril, agosto, diciembre.</summary>
    Cuatrimestral = 3,

    /// <summary>Every half year: junio, diciembre.</summary>
    Semestral = 4,

    /// <summary>Once a year: diciembre.</summary>
    Anual = 5,
}
