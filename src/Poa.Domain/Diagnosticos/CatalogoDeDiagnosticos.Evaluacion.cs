using System.Collections.Generic;

namespace Poa.Domain;

public static partial class CatalogoDeDiagnosticos
{
    /// <summary>POA201: an avance of an activity number the plan does not have.</summary>
    public static DescriptorDeDiagnostico AvanceDeActividadInexistente { get; } =
        new("POA201", Severidad.Error, "Avance de una actividad que el plan no tiene");

    /// <summary>POA202: an avance of a month outside the plan's ejercicio fiscal.</summary>
    public static DescriptorDeDiagnostico AvanceFueraDelEjercicio { get; } =
        new("POA202", Severidad.Error, "Avance de un mes fuera del ejercicio");

    /// <summary>POA203: two avances for the same activity and month.</summary>
    public static DescriptorDeDiagnostico AvanceDuplicado { get; } =
        new("POA203", Severidad.Error, "Dos avances para la misma actividad y mes");

    /// <summary>POA204: an avance names an activity number that the plan repeats, so it is ambiguous.</summary>
    public static DescriptorDeDiagnostico AvanceDeActividadAmbigua { get; } =
        new("POA204", Severidad.Error, "Avance de un número de actividad repetido en el plan");

    /// <summary>POA205: an avance with numerador and denominador for an acumulable meta.</summary>
    public static DescriptorDeDiagnostico VariablesEnMetaAcumulable { get; } =
        new("POA205", Severidad.Error, "Numerador y denominador en una meta acumulable");

    /// <summary>POA210: an avances document names another unidad responsable than the plan it is checked against.</summary>
    public static DescriptorDeDiagnostico AvancesDeOtraUnidad { get; } =
        new("POA210", Severidad.Error, "Avances de otra unidad responsable");

    /// <summary>POA240: an avance in a month that does not close a period of the activity's frecuencia (a trimestral activity reports in marzo, junio, septiembre, diciembre).</summary>
    public static DescriptorDeDiagnostico AvanceFueraDelCierreDelPeriodo { get; } =
        new("POA240", Severidad.Error, "Avance fuera del mes de cierre del periodo");

    /// <summary>Every descriptor of the avances of a plan (codes POA200..POA299).</summary>
    public static IReadOnlyList<DescriptorDeDiagnostico> Evaluacion { get; } =
    [
        AvanceDeActividadInexistente,
        AvanceFueraDelEjercicio,
        AvanceDuplicado,
        AvanceDeActividadAmbigua,
        VariablesEnMetaAcumulable,
        AvanceFueraDelCierreDelPeriodo,
        AvancesDeOtraUnidad,
        JustificacionFaltante,
        ReporteVencido,
        ReporteExtemporaneo,
    ];
}
