namespace Poa.Domain.Importacion;

/// <summary>How the cells of a tabular POA file are separated.</summary>
public enum FormatoTabular
{
    /// <summary>Decide from the text: tab-separated if the first 64 KiB contain a tab, otherwise CSV if they contain a comma.</summary>
    Automatico = 0,

    /// <summary>Tab-separated text, as copied from a spreadsheet (the seed's layout). No quoting.</summary>
    Tabulado = 1,

    /// <summary>Comma-separated values with RFC 4180 quoting (<c>"a, b"</c>, <c>""</c> for a quote, line breaks inside quotes).</summary>
    Csv = 2,
}
