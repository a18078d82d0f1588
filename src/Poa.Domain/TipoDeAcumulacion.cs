namespace Poa.Domain;

/// <summary>
/// How the monthly values of an activity make its value to date and its meta anual (<em>tipo de acumulación</em>).
/// An activity without an explicit one takes it from its unit: <see cref="Promedio"/> for
/// <c>Porcentaje</c>/<c>Porcentual</c>, <see cref="Suma"/> for anything else.
/// </summary>
/// <remarks>The rules of each, with worked examples, are in <c>docs/semaforo.md</c> («Tipos de acumulación»).</remarks>
public enum TipoDeAcumulacion
{
    /// <summary>Flows (reports, visits, accounts): P and R are sums of the months counted; the meta anual is the sum of the calendar.</summary>
    Suma = 0,

    /// <summary>
    /// Rates to sustain (% of requests attended): the mean of the monthly cumplimientos, or ΣN / ΣD against the mean
    /// programmed rate when every month carries numerador and denominador; the meta anual is every programmed rate (or their mean).
    /// </summary>
    Promedio = 1,

    /// <summary>
    /// Levels and stocks (% de avance de obra, km of network operating, size of a padrón): P is the last programmed value up
    /// to the corte, R the last reported one; the meta anual is the last programmed value of the year.
    /// </summary>
    UltimoValor = 2,

    /// <summary>Peaks (capacity reached, highest coverage): P and R are the highest programmed and reported values; the meta anual is the calendar's maximum.</summary>
    Maximo = 3,
}
