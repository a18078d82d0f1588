using System.Collections.Generic;

namespace Poa.Domain;

public static partial class CatalogoDeDiagnosticos
{
    /// <summary>POA220: the header of an avances table lacks a required column.</summary>
    public static DescriptorDeDiagnostico ColumnaDeAvancesFaltante { get; } =
        new("POA220", Severidad.Error, "Falta una columna requerida de los avances");

    /// <summary>POA221: the header of an avances table has a column the format does not define.</summary>
    public static DescriptorDeDiagnostico ColumnaDeAvancesDesconocida { get; } =
        new("POA221", Severidad.Error, "Columna desconocida en los avances");

    /// <summary>POA222: the header of an avances table names a column twice.</summary>
    public static DescriptorDeDiagnostico ColumnaDeAvancesRepetida { get; } =
        new("POA222", Severidad.Error, "Columna repetida en los avances");

    /// <summary>POA223: a row of an avances table has fewer cells than the header, or values beyond it.</summary>
    public static DescriptorDeDiagnostico FilaDeAvanceIncompleta { get; } =
        new("POA223", Severidad.Error, "La fila no tiene las columnas del encabezado");

    /// <summary>POA224: a row of avances without its unidad responsable.</summary>
    public static DescriptorDeDiagnostico UnidadDeAvanceFaltante { get; } =
        new("POA224", Severidad.Error, "Falta la unidad responsable del avance");

    /// <summary>POA225: avances of a unidad responsable that none of the plans has.</summary>
    public static DescriptorDeDiagnostico UnidadDeAvanceSinPlan { get; } =
        new("POA225", Severidad.Error, "La unidad responsable no es de ninguno de los planes");

    /// <summary>POA226: avances of a unidad responsable without plan, left out on request (<see cref="Importacion.OpcionesDeImportacionDeAvances.OmitirOtrasUnidades"/>).</summary>
    public static DescriptorDeDiagnostico UnidadDeAvanceOmitida { get; } =
        new("POA226", Severidad.Informacion, "Avances omitidos de una unidad sin plan");

    /// <summary>POA227: several plans of the unidad responsable fit the avance (same ejercicio, or no year given).</summary>
    public static DescriptorDeDiagnostico PlanDeAvanceAmbiguo { get; } =
        new("POA227", Severidad.Error, "Varios planes de la unidad responsable");

    /// <summary>POA228: the activity number of an avance is not an integer from 1.</summary>
    public static DescriptorDeDiagnostico ActividadDeAvanceIlegible { get; } =
        new("POA228", Severidad.Error, "El número de actividad del avance no es un entero positivo");

    /// <summary>POA229: the month of an avance is neither <c>AAAA-MM</c> nor 1..12.</summary>
    public static DescriptorDeDiagnostico MesDeAvanceIlegible { get; } =
        new("POA229", Severidad.Error, "El mes del avance no es AAAA-MM ni un número de 1 a 12");

    /// <summary>POA230: realizado, numerador or denominador is not a non-negative number (or uses the other decimal separator).</summary>
    public static DescriptorDeDiagnostico ValorDeAvanceIlegible { get; } =
        new("POA230", Severidad.Error, "El valor del avance no es un número no negativo");

    /// <summary>POA231: a row with neither realizado nor numerador and denominador.</summary>
    public static DescriptorDeDiagnostico RealizadoFaltante { get; } =
        new("POA231", Severidad.Error, "Falta el realizado");

    /// <summary>POA232: a numerador without denominador, or the reverse.</summary>
    public static DescriptorDeDiagnostico VariablesIncompletas { get; } =
        new("POA232", Severidad.Error, "Numerador y denominador van juntos");

    /// <summary>POA233: realizado given beside numerador and denominador, and different from their rate (to 2 decimals).</summary>
    public static DescriptorDeDiagnostico RealizadoDistintoDeVariables { get; } =
        new("POA233", Severidad.Error, "El realizado no coincide con numerador / denominador");

    /// <summary>POA234: a JSON avances document (or one line of JSON Lines) that does not read.</summary>
    public static DescriptorDeDiagnostico DocumentoDeAvancesIlegible { get; } =
        new("POA234", Severidad.Error, "El documento JSON de avances no se pudo leer");

    /// <summary>POA235: a JSON avances document without <c>unidadResponsable</c> while several plans are given.</summary>
    public static DescriptorDeDiagnostico DocumentoDeAvancesSinUnidad { get; } =
        new("POA235", Severidad.Error, "El documento de avances no nombra su unidad responsable");

    /// <summary>POA236: a quote of the avances CSV opens and never closes.</summary>
    public static DescriptorDeDiagnostico CsvDeAvancesMalFormado { get; } =
        new("POA236", Severidad.Error, "Comillas sin cerrar en los avances");

    /// <summary>POA237: the values read do not make a valid avance (a denominador of 0, a value out of bounds).</summary>
    public static DescriptorDeDiagnostico AvanceInvalido { get; } =
        new("POA237", Severidad.Error, "El avance no es válido");

    /// <summary>POA238: the <c>fecha_de_reporte</c> of an avance is not a date <c>AAAA-MM-DD</c>.</summary>
    public static DescriptorDeDiagnostico FechaDeReporteIlegible { get; } =
        new("POA238", Severidad.Error, "La fecha de reporte del avance no es AAAA-MM-DD");

    /// <summary>Every descriptor of <see cref="Importacion.ImportadorDeAvances"/> (codes POA220..POA239).</summary>
    public static IReadOnlyList<DescriptorDeDiagnostico> ImportacionDeAvances { get; } =
    [
        ColumnaDeAvancesFaltante,
        ColumnaDeAvancesDesconocida,
        ColumnaDeAvancesRepetida,
        FilaDeAvanceIncompleta,
        UnidadDeAvanceFaltante,
        UnidadDeAvanceSinPlan,
        UnidadDeAvanceOmitida,
        PlanDeAvanceAmbiguo,
        ActividadDeAvanceIlegible,
        MesDeAvanceIlegible,
        ValorDeAvanceIlegible,
        RealizadoFaltante,
        VariablesIncompletas,
        RealizadoDistintoDeVariables,
        DocumentoDeAvancesIlegible,
        DocumentoDeAvancesSinUnidad,
        CsvDeAvancesMalFormado,
        AvanceInvalido,
        FechaDeReporteIlegible,
    ];
}
