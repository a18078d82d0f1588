using System.IO.Compression;
using System.Text;

namespace Poa.Domain.Excel.Tests;

/// <summary>
/// The smallest <c>.xlsx</c> written by hand, part by part, for what SpreadCheetah cannot write: error cells (<c>t="e"</c>) and
/// formulas with or without a cached value. The sheet is given as the XML of its rows, readable in the test.
/// </summary>
internal static class LibroCrudo
{
    internal static byte[] Crear(string nombreDeHoja, string filasXml)
    {
        using var memoria = new MemoryStream();
        using (var zip = new ZipArchive(memoria, ZipArchiveMode.Create, leaveOpen: true))
        {
            Parte(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Parte(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Parte(zip, "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + $"<sheets><sheet name=\"{nombreDeHoja}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Parte(zip, "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Parte(zip, "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + $"<sheetData>{filasXml}</sheetData></worksheet>");
        }

        return memoria.ToArray();
    }

    /// <summary>A text cell (inline string).</summary>
    internal static string Texto(string referencia, string texto) => $"<c r=\"{referencia}\" t=\"inlineStr\"><is><t>{texto}</t></is></c>";

    /// <summary>A number cell.</summary>
    internal static string Numero(string referencia, string numero) => $"<c r=\"{referencia}\"><v>{numero}</v></c>";

    /// <summary>A row of cells.</summary>
    internal static string Fila(int numero, params string[] celdas) => $"<row r=\"{numero}\">{string.Concat(celdas)}</row>";

    private static void Parte(ZipArchive zip, string nombre, string xml)
    {
        using var flujo = zip.CreateEntry(nombre).Open();
        var bytes = Encoding.UTF8.GetBytes(xml);
        flujo.Write(bytes, 0, bytes.Length);
    }
}
