using System.Collections.Generic;

namespace Poa.Domain;

public static partial class CatalogoDeDiagnosticos
{
    /// <summary>POA100: the file is empty or holds only blank lines.</summary>
    public static DescriptorDeDiagnostico ArchivoVacio { get; } =
        new("POA100", Severidad.Error, "El archivo está vacío");

    /// <summary>POA101: the file is not text (NUL bytes or control characters).</summary>
    public static DescriptorDeDiagnostico ArchivoBinario { get; } =
        new("POA101", Severidad.Error, "El archivo no es texto");

    /// <summary>POA102: the bytes are not valid UTF-8 (and carry no UTF-16 byte order mark).</summary>
    public static DescriptorDeDiagnostico CodificacionInvalida { get; } =
        new("POA102", Severidad.Error, "El archivo no está en UTF-8");

    /// <summary>POA103: the text has no <c>Programa Operativo Anual</c> title, so no POA block.</summary>
    public static DescriptorDeDiagnostico SinProgramaOperativo { get; } =
        new("POA103", Severidad.Error, "No se encontró ningún Programa Operativo Anual");

    /// <summary>POA104: a non-blank line before the first POA title; it is not read.</summary>
    public static DescriptorDeDiagnostico TextoFueraDeBloque { get; } =
        new("POA104", Severidad.Advertencia, "Texto fuera de un Programa Operativo Anual");

    /// <summary>POA105: the title has no valid year: the block is not imported.</summary>
    public static DescriptorDeDiagnostico EjercicioIlegible { get; } =
        new("POA105", Severidad.Error, "El título no indica el ejercicio");

    /// <summary>POA106: a block without a <c>Dependencia</c> or <c>Unidad responsable</c> line: the block is not imported.</summary>
    public static DescriptorDeDiagnostico FaltaDatoGeneral { get; } =
        new("POA106", Severidad.Error, "Falta la dependencia o la unidad responsable");

    /// <summary>POA107: a second <c>Dependencia</c> or <c>Unidad responsable</c> line in one block; the first one is kept.</summary>
    public static DescriptorDeDiagnostico DatoGeneralRepetido { get; } =
        new("POA107", Severidad.Advertencia, "Dato general repetido");

    /// <summary>POA108: a header label with a typo, recognized (<c>Semafización</c>, <c>Acceptable (verde)</c>).</summary>
    public static DescriptorDeDiagnostico EncabezadoConErrata { get; } =
        new("POA108", Severidad.Informacion, "Encabezado con errata reconocido");

    /// <summary>POA109: a header label that is not recognized; its column is not read.</summary>
    public static DescriptorDeDiagnostico EncabezadoDesconocido { get; } =
        new("POA109", Severidad.Advertencia, "Encabezado desconocido");

    /// <summary>POA110: the header lacks a required column (or there is no header): the block's rows are not imported.</summary>
    public static DescriptorDeDiagnostico EncabezadoIncompleto { get; } =
        new("POA110", Severidad.Error, "Al encabezado le falta una columna");

    /// <summary>POA111: a row inside a table that is not an activity (no number in <c>No.</c>); it is not imported.</summary>
    public static DescriptorDeDiagnostico FilaNoReconocida { get; } =
        new("POA111", Severidad.Error, "Fila no reconocida");

    /// <summary>POA112: the calendar has values in more cells than the twelve months; the message lists the raw cells.</summary>
    public static DescriptorDeDiagnostico CeldasDeCalendarioExtra { get; } =
        new("POA112", Severidad.Error, "La calendarización tiene más celdas que meses");

    /// <summary>POA113: under the explicit policy <c>TreceavaComoDiciembre</c>, the 13th calendar cell was read as December.</summary>
    public static DescriptorDeDiagnostico TreceavaCeldaComoDiciembre { get; } =
        new("POA113", Severidad.Advertencia, "La 13.ª celda del calendario se leyó como diciembre");

    /// <summary>POA114: a month cell that is not a non-negative number: the activity is not imported.</summary>
    public static DescriptorDeDiagnostico ValorDeMesInvalido { get; } =
        new("POA114", Severidad.Error, "Valor de mes inválido");

    /// <summary>POA115: a required cell (activity, programa, meta, unidad de medida) is empty: the activity is not imported.</summary>
    public static DescriptorDeDiagnostico CeldaObligatoriaVacia { get; } =
        new("POA115", Severidad.Error, "Celda obligatoria vacía");

    /// <summary>POA116: the meta anual or its unit cannot be read: the activity is not imported.</summary>
    public static DescriptorDeDiagnostico MetaIlegible { get; } =
        new("POA116", Severidad.Error, "La meta anual no se puede leer");

    /// <summary>POA117: the eje rector or the objetivo estratégico cannot be read: the activity is not imported.</summary>
    public static DescriptorDeDiagnostico AlineacionIlegible { get; } =
        new("POA117", Severidad.Error, "La alineación no se puede leer");

    /// <summary>POA118: the three semaforización cells are empty: the default bands are used.</summary>
    public static DescriptorDeDiagnostico SemaforizacionVacia { get; } =
        new("POA118", Severidad.Advertencia, "Semaforización vacía: se usa la predeterminada");

    /// <summary>POA119: a value in a column with no header; it is not read.</summary>
    public static DescriptorDeDiagnostico CeldaSinEncabezado { get; } =
        new("POA119", Severidad.Advertencia, "Celda en una columna sin encabezado");

    /// <summary>POA120: a signature that is not a name line followed by a cargo line; it is not imported.</summary>
    public static DescriptorDeDiagnostico FirmaIncompleta { get; } =
        new("POA120", Severidad.Advertencia, "Firma incompleta");

    /// <summary>POA121: a table row after the signatures or otherwise outside a table; it is not imported.</summary>
    public static DescriptorDeDiagnostico FilaFueraDeTabla { get; } =
        new("POA121", Severidad.Error, "Fila fuera de la tabla");

    /// <summary>POA122: a CSV quote is not closed before the end of the file.</summary>
    public static DescriptorDeDiagnostico CsvMalFormado { get; } =
        new("POA122", Severidad.Error, "CSV mal formado");

    /// <summary>POA123: the activity number is not a positive integer: the row is not imported.</summary>
    public static DescriptorDeDiagnostico NumeroDeActividadIlegible { get; } =
        new("POA123", Severidad.Error, "Número de actividad ilegible");

    /// <summary>
    /// POA124: band cells written as integer ranges (<c>0% a 50%</c>, <c>51% a 79%</c>, <c>80% a 100%</c>) leave gaps and stop at 100;
    /// they were read as each band reaching up to the next one's lower bound and the top band reaching upward. Said once per block and cells.
    /// </summary>
    public static DescriptorDeDiagnostico RangosEnterosAjustados { get; } =
        new("POA124", Severidad.Informacion, "Rangos enteros de semaforización ajustados");

    /// <summary>POA140: a Tipo de acumulación, Frecuencia, Línea base, Año línea base or Peso cell that cannot be read: the activity is not imported.</summary>
    public static DescriptorDeDiagnostico ColumnaOpcionalIlegible { get; } =
        new("POA140", Severidad.Error, "Tipo, frecuencia, línea base o peso ilegible");

    /// <summary>POA141: a <c>Total</c> column that differs from the sum of the row's calendar.</summary>
    public static DescriptorDeDiagnostico TotalNoCoincide { get; } =
        new("POA141", Severidad.Advertencia, "El total no coincide con la calendarización");

    /// <summary>POA142: known columns that are not read (<c>Subtotal</c>, <c>Observaciones</c>, <c>Responsable</c>, quarter subtotals beside months), once per table.</summary>
    public static DescriptorDeDiagnostico ColumnasAdicionales { get; } =
        new("POA142", Severidad.Informacion, "Columnas adicionales que no se leen");

    /// <summary>POA143: the file is not a workbook (text, a CSV renamed <c>.xlsx</c>, another binary format).</summary>
    public static DescriptorDeDiagnostico NoEsLibro { get; } =
        new("POA143", Severidad.Error, "El archivo no es un libro de Excel");

    /// <summary>POA144: the workbook is damaged (a truncated or corrupt zip, a part missing or unreadable).</summary>
    public static DescriptorDeDiagnostico LibroDanado { get; } =
        new("POA144", Severidad.Error, "El libro está dañado");

    /// <summary>POA145: the workbook is protected with a password (encrypted): it cannot be read.</summary>
    public static DescriptorDeDiagnostico LibroProtegido { get; } =
        new("POA145", Severidad.Error, "El libro está protegido con contraseña");

    /// <summary>POA146: the workbook exceeds a reading limit (decompressed size, rows or columns): reading stops there.</summary>
    public static DescriptorDeDiagnostico LibroExcedeLimites { get; } =
        new("POA146", Severidad.Error, "El libro excede los límites de lectura");

    /// <summary>POA147: a sheet without a <c>Programa Operativo Anual</c> title (instructions, catalogues) is skipped.</summary>
    public static DescriptorDeDiagnostico HojaSinPoa { get; } =
        new("POA147", Severidad.Informacion, "Hoja sin Programa Operativo Anual");

    /// <summary>POA148: a cell holds an error value (<c>#REF!</c>, <c>#DIV/0!</c>) or a formula without a cached value.</summary>
    public static DescriptorDeDiagnostico CeldaConError { get; } =
        new("POA148", Severidad.Error, "Celda con valor de error");

    /// <summary>POA149: a hidden sheet is not read.</summary>
    public static DescriptorDeDiagnostico HojaOculta { get; } =
        new("POA149", Severidad.Informacion, "Hoja oculta no leída");

    /// <summary>POA150: a sheet of a workbook of avances whose first row is not the avances header (instructions, catalogues) is skipped.</summary>
    public static DescriptorDeDiagnostico HojaSinAvances { get; } =
        new("POA150", Severidad.Informacion, "Hoja sin avances");

    /// <summary>Every descriptor of the import of tabular files (codes POA100..POA199).</summary>
    public static IReadOnlyList<DescriptorDeDiagnostico> Importacion { get; } =
    [
        ArchivoVacio,
        ArchivoBinario,
        CodificacionInvalida,
        SinProgramaOperativo,
        TextoFueraDeBloque,
        EjercicioIlegible,
        FaltaDatoGeneral,
        DatoGeneralRepetido,
        EncabezadoConErrata,
        EncabezadoDesconocido,
        EncabezadoIncompleto,
        FilaNoReconocida,
        CeldasDeCalendarioExtra,
        TreceavaCeldaComoDiciembre,
        ValorDeMesInvalido,
        CeldaObligatoriaVacia,
        MetaIlegible,
        AlineacionIlegible,
        SemaforizacionVacia,
        CeldaSinEncabezado,
        FirmaIncompleta,
        FilaFueraDeTabla,
        CsvMalFormado,
        NumeroDeActividadIlegible,
        RangosEnterosAjustados,
        ColumnaOpcionalIlegible,
        TotalNoCoincide,
        ColumnasAdicionales,
        NoEsLibro,
        LibroDanado,
        LibroProtegido,
        LibroExcedeLimites,
        HojaSinPoa,
        CeldaConError,
        HojaOculta,
        HojaSinAvances,
    ];
}
