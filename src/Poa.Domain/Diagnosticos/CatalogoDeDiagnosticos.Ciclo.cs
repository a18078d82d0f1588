namespace Poa.Domain;

// The reporting cycle (docs/ciclo.md): modificaciones de meta (POA030..POA049, in Modelo) and justificaciones and
// reportes (POA250..POA259, in Evaluacion).
public static partial class CatalogoDeDiagnosticos
{
    /// <summary>POA030: a modificación of an activity number the plan does not have; it is not applied.</summary>
    public static DescriptorDeDiagnostico ModificacionDeActividadInexistente { get; } =
        new("POA030", Severidad.Error, "Modificación de una actividad que el plan no tiene");

    /// <summary>POA031: a modificación without justificación (blank).</summary>
    public static DescriptorDeDiagnostico ModificacionSinJustificacion { get; } =
        new("POA031", Severidad.Error, "Modificación sin justificación");

    /// <summary>POA032: two modificaciones with the same folio.</summary>
    public static DescriptorDeDiagnostico FolioRepetido { get; } =
        new("POA032", Severidad.Error, "Folio de modificación repetido");

    /// <summary>POA033: a modificación whose folio is lower than a previous one's (folios go 1, 2, 3... in order).</summary>
    public static DescriptorDeDiagnostico FolioFueraDeOrden { get; } =
        new("POA033", Severidad.Error, "Folio de modificación fuera de orden");

    /// <summary>POA034: the folios skip a number (1, 2, 4), or the first is not 1.</summary>
    public static DescriptorDeDiagnostico FolioFaltante { get; } =
        new("POA034", Severidad.Advertencia, "Falta un folio de modificación");

    /// <summary>POA035: a modificación's calendar has values in months before <c>aplicaDesde</c>: locked months, not applied.</summary>
    public static DescriptorDeDiagnostico ModificacionDeMesBloqueado { get; } =
        new("POA035", Severidad.Error, "La modificación cambia un mes anterior a aplicaDesde");

    /// <summary>POA036: a modificación whose <c>aplicaDesde</c> is outside the plan's ejercicio; it is not applied.</summary>
    public static DescriptorDeDiagnostico ModificacionFueraDelEjercicio { get; } =
        new("POA036", Severidad.Error, "La modificación aplica fuera del ejercicio");

    /// <summary>POA037: a modificación that applies from a month already closed on the date it was authorised.</summary>
    public static DescriptorDeDiagnostico ModificacionDeMesCerrado { get; } =
        new("POA037", Severidad.Error, "La modificación aplica desde un mes ya cerrado al autorizarse");

    /// <summary>POA038: a modificación that applies at or before the plan's <c>cerradoHasta</c> and was authorised after that month had closed.</summary>
    public static DescriptorDeDiagnostico ModificacionAntesDelCierreDelPlan { get; } =
        new("POA038", Severidad.Error, "La modificación aplica en un mes cerrado del plan");

    /// <summary>POA039: a modificación whose new meta has another unit of measure; it is not applied.</summary>
    public static DescriptorDeDiagnostico ModificacionCambiaLaUnidad { get; } =
        new("POA039", Severidad.Error, "La meta modificada cambia la unidad de medida");

    /// <summary>POA040: a new modificación (<see cref="Plan.Reprogramar"/>) whose <c>aplicaDesde</c> is at or before the plan's <c>cerradoHasta</c>; it is refused.</summary>
    public static DescriptorDeDiagnostico NuevaModificacionEnMesCerrado { get; } =
        new("POA040", Severidad.Error, "Nueva modificación en un mes cerrado del plan");

    /// <summary>POA041: a modificación authorised before the one of the previous folio.</summary>
    public static DescriptorDeDiagnostico ModificacionAutorizadaAntesQueLaAnterior { get; } =
        new("POA041", Severidad.Advertencia, "Modificación autorizada antes que la del folio anterior");

    /// <summary>
    /// POA042: an avance added or corrected, through a stored plan (<c>Poa.Domain.EntityFrameworkCore</c>), in a month at or
    /// before the plan's <c>cerradoHasta</c>; it is refused.
    /// </summary>
    public static DescriptorDeDiagnostico AvanceEnMesCerrado { get; } =
        new("POA042", Severidad.Error, "Avance en un mes cerrado del plan");

    /// <summary>POA043: the plan's <c>cerradoHasta</c> is not a month of its ejercicio (before it, it closes nothing; after it, everything).</summary>
    public static DescriptorDeDiagnostico CierreFueraDelEjercicio { get; } =
        new("POA043", Severidad.Error, "El mes cerrado del plan no es de su ejercicio");

    /// <summary>POA250: an activity in amarillo or rojo (or above the over-compliance limit) without a justificación on the avance of its latest reported month up to the corte.</summary>
    public static DescriptorDeDiagnostico JustificacionFaltante { get; } =
        new("POA250", Severidad.Advertencia, "Falta la justificación de un desvío");

    /// <summary>POA251: a programmed month that has closed (on the date given, under the closing rule) without avance.</summary>
    public static DescriptorDeDiagnostico ReporteVencido { get; } =
        new("POA251", Severidad.Advertencia, "Reporte vencido");

    /// <summary>POA252: an avance reported (<c>fechaDeReporte</c>) after its month's closing date.</summary>
    public static DescriptorDeDiagnostico ReporteExtemporaneo { get; } =
        new("POA252", Severidad.Informacion, "Reporte extemporáneo");
}
