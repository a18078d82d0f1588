namespace Poa.Domain.Importacion;

/// <summary>How the cells of a tabular POA file are separated.</summary>
public enum FormatoTabular
{
    /// <summary>
    /// Decide from the first 64 KiB of the text: a tab → <see cref="Tabulado"/>; else commas only →
    /// <see cref="Csv"/>; semicolons only → <see cref="CsvPuntoYComa"/>; both → the separator that splits some
    /// row into more known header labels (a tie: the more frequent separator; equal counts: <see cref="Csv"/>);
    /// neither → <see cref="Tabulado"/>. See <c>docs/importacion.md</c>.
    /// </summary>
    Automatico = 0,

    /// <summary>Tab-separated text, as copied from a spreadsheet (the seed's layout). No quoting.</summary>
    Tabulado = 1,

    /// <summary>
    /// Comma-separated values with RFC 4180 quoting (<c>"a, b"</c>, <c>""</c> for a quote, line breaks inside quotes).
    /// Numbers use a decimal point; a comma in a number (<c>"1,500"</c>) is rejected as ambiguous, never read as 1.5 or 1500.
    /// </summary>
    Csv = 2,

    /// <summary>
    /// Semicolon-separated values with the same quoting as <see cref="Csv"/>: what Excel writes where the list
    /// separator is <c>;</c>. Numbers use a decimal comma (<c>0,5</c>); a dot in a number is rejected as ambiguous.
    /// </summary>
    CsvPuntoYComa = 3,

    /// <summary>
    /// A workbook (<c>.xlsx</c>, <c>.xls</c>), read by the <c>Poa.Domain.Excel</c> package with the same layout recogniser;
    /// only reported in <see cref="ResultadoDeImportacion.Formato"/>, never accepted by <see cref="ImportadorDePoa"/> (which reads text).
    /// </summary>
    Libro = 4,
}
