using System;
using System.Collections.Generic;
using System.Globalization;
using ExcelDataReader;
using Poa.Domain.Importacion;

namespace Poa.Domain.Excel.Lectura;

/// <summary>
/// The row source of one sheet: streams its rows (never the whole sheet in memory) as typed cells turned into the text the
/// recogniser reads: numbers invariant, a percent-formatted cell as <c>90%</c>, a date shown as a month as the month's name,
/// an error value as its text plus <c>POA148</c>. A value merged down over several rows is repeated in each of them. For a sheet of
/// avances (<see cref="FechasComoMes"/> false) a date shown without its day is <c>AAAA-MM</c> and one with it <c>AAAA-MM-DD</c>.
/// Columns keep their sheet number (A = 1), so diagnostics name the cell.
/// </summary>
internal sealed class FuenteDeHoja : IFuenteDeFilas
{
    private static readonly string[] Meses =
        ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre"];

    private readonly IExcelDataReader reader;
    private readonly Action<DescriptorDeDiagnostico, int, int?, string> reportar;
    private readonly int maximoDeFilas;
    private readonly IReadOnlyDictionary<long, string>? sinValor;
    private readonly List<(int DesdeFila, int HastaFila, int DesdeColumna, int HastaColumna)> combinadas = [];
    private readonly Dictionary<(int Fila, int Columna), string> arrastre = [];

    /// <summary>A source over the current sheet of <paramref name="reader"/>.</summary>
    /// <param name="reader">The reader, at the start of a sheet.</param>
    /// <param name="reportar">Where a cell's diagnostic goes: descriptor, row, column (A = 1) and message.</param>
    /// <param name="maximoDeFilas">The most rows read (<see cref="OpcionesDeLibro.MaximoDeFilasPorHoja"/>).</param>
    /// <param name="sinValor">The cells the reader gives as empty though they hold an error value or a formula without value (<see cref="CeldasSinValor"/>).</param>
    /// <param name="fechasComoMes">A date shown as a month is the month's name (a header of a POA) rather than <c>AAAA-MM</c>.</param>
    internal FuenteDeHoja(IExcelDataReader reader, Action<DescriptorDeDiagnostico, int, int?, string> reportar, int maximoDeFilas, IReadOnlyDictionary<long, string>? sinValor, bool fechasComoMes = true)
    {
        this.reader = reader;
        this.reportar = reportar;
        this.maximoDeFilas = maximoDeFilas;
        this.sinValor = sinValor;
        FechasComoMes = fechasComoMes;
        foreach (var rango in reader.MergeCells ?? [])
        {
            if (rango.ToRow > rango.FromRow)
            {
                combinadas.Add((rango.FromRow, rango.ToRow, rango.FromColumn, rango.ToColumn));
            }
        }
    }

    /// <summary>Whether a date shown as a month reads as the month's name (<c>Marzo</c>, a header) or as <c>AAAA-MM</c> (avances).</summary>
    internal bool FechasComoMes { get; }

    /// <summary>The rows read so far.</summary>
    internal int Filas { get; private set; }

    /// <summary>Whether reading stopped at <see cref="OpcionesDeLibro.MaximoDeFilasPorHoja"/>.</summary>
    internal bool Excedida { get; private set; }

    public bool Siguiente(Fila fila)
    {
        if (Filas >= maximoDeFilas)
        {
            Excedida = reader.Read();
            return false;
        }

        if (!reader.Read())
        {
            return false;
        }

        var indice = Filas; // 0-based row of the sheet
        Filas++;
        fila.Limpiar(Filas);
        var ultima = -1;
        if (textos.Length < reader.FieldCount)
        {
            Array.Resize(ref textos, reader.FieldCount);
        }

        for (var i = 0; i < reader.FieldCount; i++)
        {
            var texto = Texto(i);
            if (texto.Length == 0 && sinValor is not null && sinValor.TryGetValue(CeldasSinValor.Clave(indice, i), out var especial))
            {
                texto = especial;
                if (texto[0] == '=')
                {
                    reportar(CatalogoDeDiagnosticos.CeldaConError, Filas, i + 1,
                        $"La celda tiene la fórmula «{texto}» sin su valor calculado (el libro se guardó sin calcular): ábralo en Excel y guárdelo de nuevo. Si la celda es de una actividad, la actividad no se importa.");
                }
            }

            textos[i] = texto;
            if (texto.Length > 0)
            {
                ultima = i;
                if (texto[0] == '#' && EsError(texto))
                {
                    reportar(CatalogoDeDiagnosticos.CeldaConError, Filas, i + 1,
                        $"La celda tiene el valor de error «{texto}» (una fórmula que no pudo calcularse): corrija la fórmula en el libro. Si la celda es de una actividad, la actividad no se importa.");
                }
            }
        }

        for (var i = 0; i <= ultima; i++)
        {
            fila.Agregar(0, 0, i + 1, textos[i]);
        }

        if (combinadas.Count > 0)
        {
            Arrastrar(fila, indice);
        }

        return true;
    }

    /// <summary>The top value of a range merged down is repeated in the rows below it (a merged Eje Rector over several activities).</summary>
    private void Arrastrar(Fila fila, int indice)
    {
        foreach (var (desdeFila, hastaFila, desdeColumna, _) in combinadas)
        {
            if (indice == desdeFila)
            {
                arrastre[(hastaFila, desdeColumna)] = fila.Celda(desdeColumna);
            }
        }

        if (arrastre.Count == 0)
        {
            return;
        }

        List<(int, int)>? terminadas = null;
        foreach (var par in arrastre)
        {
            var (hasta, columna) = par.Key;
            var desde = -1;
            foreach (var r in combinadas)
            {
                if (r.HastaFila == hasta && r.DesdeColumna == columna)
                {
                    desde = r.DesdeFila;
                    break;
                }
            }

            if (indice > desde && indice <= hasta && fila.Vacia(columna))
            {
                fila.Poner(columna, columna + 1, par.Value);
            }

            if (indice >= hasta)
            {
                (terminadas ??= []).Add(par.Key);
            }
        }

        foreach (var clave in terminadas ?? [])
        {
            arrastre.Remove(clave);
        }
    }

    private string[] textos = new string[32];

    private string Texto(int i)
    {
        object? valor;
        try
        {
            valor = reader.GetValue(i);
        }
        catch (InvalidCastException)
        {
            valor = null;
        }

        switch (valor)
        {
            case null:
                return string.Empty;
            case string s:
                return s;
            case double d:
                return Numero(d, reader.GetNumberFormatString(i));
            case int n:
                return n.ToString(CultureInfo.InvariantCulture);
            case bool b:
                return b ? "VERDADERO" : "FALSO";
            case DateTime fecha:
                var formato = reader.GetNumberFormatString(i) ?? string.Empty;
                var comoMes = formato.IndexOf('d') < 0 && formato.IndexOf('m') >= 0;
                return !comoMes ? fecha.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : !FechasComoMes ? fecha.ToString("yyyy-MM", CultureInfo.InvariantCulture)
                    : fecha.Day == 1 ? Meses[fecha.Month - 1] : fecha.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case TimeSpan t:
                return t.ToString("c", CultureInfo.InvariantCulture);
            default:
                return Convert.ToString(valor, CultureInfo.InvariantCulture) ?? string.Empty;
        }
    }

    private static bool EsError(string s) => s is "#¡ERROR!" or "#GETTING_DATA" or "#SPILL!" or "#CALC!" or "#REF!" or "#DIV/0!" or "#N/A" or "#VALUE!" or "#NAME?" or "#NUM!" or "#NULL!" or "#¡REF!" or "#¡DIV/0!" or "#¡VALOR!" or "#¿NOMBRE?" or "#¡NUM!" or "#¡NULO!";

    /// <summary>A number as the recogniser reads it: shortest invariant form; a percent-formatted cell ×100 with <c>%</c>.</summary>
    internal static string Numero(double d, string? formato)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            return d.ToString(CultureInfo.InvariantCulture);
        }

        if (!decimal.TryParse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var valor))
        {
            return d.ToString("R", CultureInfo.InvariantCulture); // beyond decimal: the number reader rejects it with its bound
        }

        var porcentaje = formato is not null && formato.IndexOf('%') >= 0;
        if (porcentaje)
        {
            valor *= 100m;
        }

        valor /= 1.000000000000000000000000000000000m; // drop trailing zeros
        var texto = valor.ToString(CultureInfo.InvariantCulture);
        return porcentaje ? texto + "%" : texto;
    }
}
