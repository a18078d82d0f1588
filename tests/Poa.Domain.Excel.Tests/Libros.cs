using System.Globalization;
using System.Threading.Tasks;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Poa.Domain.Excel.Tests;

/// <summary>
/// Workbooks written in the tests with SpreadCheetah, from rows of values: a <see cref="string"/> is text, a number is a number,
/// a <see cref="DateTime"/> a date shown as <c>mmm-yy</c>, a <see cref="Porcentaje"/> a percent-formatted number, a <see cref="Formula"/>
/// a formula with its cached value, null an empty cell.
/// </summary>
internal static class Libros
{
    /// <summary>A number in a cell formatted <c>0%</c>: 0.9 shows as 90%.</summary>
    internal readonly record struct Porcentaje(double Fraccion);

    /// <summary>A formula and the value Excel cached for it.</summary>
    internal readonly record struct Formula(string Texto, double Valor);

    internal sealed record Hoja(string Nombre, IReadOnlyList<object?[]> Filas, bool Oculta = false, int? ColumnaOculta = null);

    internal static async Task<byte[]> CrearAsync(params Hoja[] hojas)
    {
        using var memoria = new MemoryStream();
        await using (var libro = await Spreadsheet.CreateNewAsync(memoria))
        {
            var porcentaje = libro.AddStyle(new Style { Format = NumberFormat.Custom("0%") });
            var mes = libro.AddStyle(new Style { Format = NumberFormat.Custom("mmm-yy") });
            foreach (var hoja in hojas)
            {
                var opciones = new WorksheetOptions();
                if (hoja.Oculta)
                {
                    opciones.Visibility = WorksheetVisibility.Hidden;
                }

                if (hoja.ColumnaOculta is { } columna)
                {
                    opciones.Column(columna).Width = 8; // ExcelDataReader 3.6 needs a width on <col>
                    opciones.Column(columna).Hidden = true;
                }

                await libro.StartWorksheetAsync(hoja.Nombre, opciones);
                foreach (var fila in hoja.Filas)
                {
                    await libro.AddRowAsync(fila.Select(v => Celda(v, porcentaje, mes)).ToArray());
                }
            }

            await libro.FinishAsync();
        }

        return memoria.ToArray();
    }

    private static Cell Celda(object? valor, StyleId porcentaje, StyleId mes) => valor switch
    {
        null => new Cell(string.Empty),
        string s => new Cell(s),
        int n => new Cell(n),
        double d => new Cell(d),
        decimal m => new Cell(m),
        DateTime f => new Cell(f, mes),
        Porcentaje p => new Cell(p.Fraccion, porcentaje),
        Formula f => new Cell(new SpreadCheetah.Formula(f.Texto), f.Valor),
        _ => throw new ArgumentException("Valor de celda no previsto: " + valor.GetType().Name, nameof(valor)),
    };

    /// <summary>A CSV line split into cells: integers and decimals as numbers, <c>AAAA-MM</c> as a date, the rest as text.</summary>
    internal static object?[] Tipadas(string linea)
        => linea.Split(',').Select(c => (object?)(c.Length == 0 ? null
            : int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : decimal.TryParse(c, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d
            : DateTime.TryParseExact(c, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ? f
            : c)).ToArray();
}
