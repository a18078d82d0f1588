using System.Collections.Generic;

namespace Poa.Domain;

/// <summary>
/// Every diagnostic the library can report, by code. The same list, with examples, is in
/// <c>docs/diagnosticos.md</c>; a test keeps the two in step.
/// </summary>
public static partial class CatalogoDeDiagnosticos
{
    /// <summary>POA001: the meta anual differs from what the calendarización implies for the activity's tipo de acumulación (the sum, every rate or their mean, the last value, the maximum).</summary>
    public static DescriptorDeDiagnostico MetaDistintaDeCalendarizacion { get; } =
        new("POA001", Severidad.Error, "La meta anual no coincide con la calendarización");

    /// <summary>POA002: a month of a percentage activity programs more than 100%.</summary>
    public static DescriptorDeDiagnostico PorcentajeProgramadoMayorA100 { get; } =
        new("POA002", Severidad.Error, "Un mes programa más de 100%");

    /// <summary>POA003: a percentage meta that is not a percentage (0% or above 100%).</summary>
    public static DescriptorDeDiagnostico MetaPorcentualInvalida { get; } =
        new("POA003", Severidad.Error, "La meta de porcentaje no es un porcentaje válido");

    /// <summary>POA004: the objetivo estratégico does not belong to the eje rector (<c>4.11</c> under <c>V.</c>).</summary>
    public static DescriptorDeDiagnostico ObjetivoFueraDelEje { get; } =
        new("POA004", Severidad.Error, "El objetivo estratégico no pertenece al eje rector");

    /// <summary>POA005: two activities of one plan have the same number.</summary>
    public static DescriptorDeDiagnostico NumeroDeActividadDuplicado { get; } =
        new("POA005", Severidad.Error, "Número de actividad duplicado");

    /// <summary>POA006: the activity numbers skip a number (1, 2, 4).</summary>
    public static DescriptorDeDiagnostico NumeroDeActividadFaltante { get; } =
        new("POA006", Severidad.Advertencia, "Falta un número de actividad");

    /// <summary>POA007: an activity has nothing programmed in any month.</summary>
    public static DescriptorDeDiagnostico ActividadSinProgramacion { get; } =
        new("POA007", Severidad.Error, "La actividad no tiene nada programado");

    /// <summary>POA008: the bands of a semaforización leave a gap, overlap, are out of order, or cannot be read.</summary>
    public static DescriptorDeDiagnostico SemaforizacionInvalida { get; } =
        new("POA008", Severidad.Error, "La semaforización no es válida");

    /// <summary>POA009: a plan has no activities.</summary>
    public static DescriptorDeDiagnostico PlanSinActividades { get; } =
        new("POA009", Severidad.Error, "El plan no tiene actividades");

    /// <summary>POA010: a plan has no signatories.</summary>
    public static DescriptorDeDiagnostico PlanSinFirmantes { get; } =
        new("POA010", Severidad.Advertencia, "El plan no tiene firmantes");

    /// <summary>POA020: a value programmed outside the closing month of a period of the activity's frecuencia (trimestral: marzo, junio, septiembre, diciembre).</summary>
    public static DescriptorDeDiagnostico ValorFueraDelCierreDelPeriodo { get; } =
        new("POA020", Severidad.Error, "Valor programado fuera del mes de cierre del periodo");

    /// <summary>POA021: an ascendente activity of tipo ultimoValor whose programmed level goes down (10, 25, 20).</summary>
    public static DescriptorDeDiagnostico UltimoValorQueBaja { get; } =
        new("POA021", Severidad.Advertencia, "El nivel programado baja en una actividad de último valor");

    /// <summary>POA022: the meta anual of a rate (tipo promedio) is neither every programmed rate nor their mean.</summary>
    public static DescriptorDeDiagnostico MetaDistintaDeLasTasas { get; } =
        new("POA022", Severidad.Advertencia, "La meta anual no coincide con las tasas programadas");

    /// <summary>Every descriptor of the model's validation (codes POA001..POA099).</summary>
    public static IReadOnlyList<DescriptorDeDiagnostico> Modelo { get; } =
    [
        MetaDistintaDeCalendarizacion,
        PorcentajeProgramadoMayorA100,
        MetaPorcentualInvalida,
        ObjetivoFueraDelEje,
        NumeroDeActividadDuplicado,
        NumeroDeActividadFaltante,
        ActividadSinProgramacion,
        SemaforizacionInvalida,
        PlanSinActividades,
        PlanSinFirmantes,
        ValorFueraDelCierreDelPeriodo,
        UltimoValorQueBaja,
        MetaDistintaDeLasTasas,
        ModificacionDeActividadInexistente,
        ModificacionSinJustificacion,
        FolioRepetido,
        FolioFueraDeOrden,
        FolioFaltante,
        ModificacionDeMesBloqueado,
        ModificacionFueraDelEjercicio,
        ModificacionDeMesCerrado,
        ModificacionAntesDelCierreDelPlan,
        ModificacionCambiaLaUnidad,
        NuevaModificacionEnMesCerrado,
        ModificacionAutorizadaAntesQueLaAnterior,
        AvanceEnMesCerrado,
    ];
}
