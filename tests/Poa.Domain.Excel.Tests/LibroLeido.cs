using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ExcelDataReader;

namespace Poa.Domain.Excel.Tests;

/// <summary>
/// A written workbook read back for the tests: every sheet's values with ExcelDataReader (as an office's reader sees them), and
/// each cell's fill colour from the package's own XML (ExcelDataReader does not expose fills).
/// </summary>
internal sealed class LibroLeido
{
    private static readonly XNamespace Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private LibroLeido(List<(string Nombre, List<object?[]> Filas)> hojas, Dictionary<string, List<List<string?>>> rellenos)
    {
        Hojas = hojas;
        Rellenos = rellenos;
    }

    /// <summary>The sheets in order, each with its rows of values.</summary>
    internal List<(string Nombre, List<object?[]> Filas)> Hojas { get; }

    /// <summary>Per sheet name, per row, per cell: the fill colour as <c>RRGGBB</c>, or null.</summary>
    private Dictionary<string, List<List<string?>>> Rellenos { get; }

    internal List<object?[]> Hoja(string nombre) => Hojas.Single(h => h.Nombre == nombre).Filas;

    /// <summary>The fill of the cell at row <paramref name="fila"/> and column <paramref name="columna"/> (0-based), or null.</summary>
    internal string? Relleno(string hoja, int fila, int columna)
    {
        var filas = Rellenos[hoja];
        return fila < filas.Count && columna < filas[fila].Count ? filas[fila][columna] : null;
    }

    internal static LibroLeido Leer(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var hojas = new List<(string, List<object?[]>)>();
        using (var lector = ExcelReaderFactory.CreateReader(new MemoryStream(bytes)))
        {
            do
            {
                var filas = new List<object?[]>();
                while (lector.Read())
                {
                    var valores = new object?[lector.FieldCount];
                    for (var i = 0; i < valores.Length; i++)
                    {
                        valores[i] = lector.GetValue(i);
                    }

                    filas.Add(valores);
                }

                hojas.Add((lector.Name, filas));
            }
            while (lector.NextResult());
        }

        return new LibroLeido(hojas, LeerRellenos(bytes, hojas.Select(h => h.Item1).ToList()));
    }

    private static Dictionary<string, List<List<string?>>> LeerRellenos(byte[] bytes, List<string> nombres)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        XDocument Parte(string ruta)
        {
            using var flujo = zip.GetEntry(ruta)!.Open();
            return XDocument.Load(flujo);
        }

        var estilos = Parte("xl/styles.xml").Root!;
        var rellenos = estilos.Element(Ns + "fills")!.Elements(Ns + "fill")
            .Select(f => f.Element(Ns + "patternFill")?.Element(Ns + "fgColor")?.Attribute("rgb")?.Value is { } rgb ? rgb[^6..] : null)
            .ToList();
        var formatos = estilos.Element(Ns + "cellXfs")!.Elements(Ns + "xf")
            .Select(x => rellenos[(int?)x.Attribute("fillId") ?? 0])
            .ToList();

        // The sheets in workbook order, each to its part through the relationships.
        var relaciones = Parte("xl/_rels/workbook.xml.rels").Root!.Elements()
            .ToDictionary(r => r.Attribute("Id")!.Value, r => r.Attribute("Target")!.Value);
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var resultado = new Dictionary<string, List<List<string?>>>();
        foreach (var hoja in Parte("xl/workbook.xml").Root!.Element(Ns + "sheets")!.Elements(Ns + "sheet"))
        {
            var destino = relaciones[hoja.Attribute(r + "id")!.Value].TrimStart('/');
            var parte = Parte(destino.StartsWith("xl/", StringComparison.Ordinal) ? destino : "xl/" + destino);
            var filas = new List<List<string?>>();
            foreach (var fila in parte.Descendants(Ns + "row"))
            {
                var numero = (int?)fila.Attribute("r") ?? filas.Count + 1;
                while (filas.Count < numero - 1)
                {
                    filas.Add([]);
                }

                var celdas = new List<string?>();
                foreach (var celda in fila.Elements(Ns + "c"))
                {
                    if (celda.Attribute("r")?.Value is { } referencia)
                    {
                        var columna = Columna(referencia);
                        while (celdas.Count < columna)
                        {
                            celdas.Add(null);
                        }
                    }

                    celdas.Add(formatos[(int?)celda.Attribute("s") ?? 0]);
                }

                filas.Add(celdas);
            }

            resultado[hoja.Attribute("name")!.Value] = filas;
        }

        nombres.Should().Equal(resultado.Keys);
        return resultado;
    }

    private static int Columna(string referencia)
    {
        var columna = 0;
        foreach (var c in referencia.TakeWhile(char.IsLetter))
        {
            columna = (columna * 26) + (c - 'A' + 1);
        }

        return columna - 1;
    }
}
