using System;
using System.Text;

namespace Poa.Domain.Importacion;

/// <summary>
/// One row of the table as the tokenizer found it: cells are slices of the source text (start and
/// length, already trimmed), or, for CSV fields with escaped quotes, their own string. Reused from
/// row to row so that reading does not allocate per cell.
/// </summary>
internal sealed class Fila
{
    private int[] inicios = new int[32];
    private int[] longitudes = new int[32];
    private int[] columnas = new int[32];
    private string?[] textos = new string?[32];

    internal Fila(string fuente)
    {
        Fuente = fuente;
    }

    internal string Fuente { get; }

    /// <summary>The line (from 1) where the row starts.</summary>
    internal int Linea { get; set; }

    /// <summary>The number of cells, trailing empty ones included.</summary>
    internal int Cantidad { get; private set; }

    internal void Limpiar(int linea)
    {
        Linea = linea;
        Cantidad = 0;
    }

    internal void Agregar(int inicio, int longitud, int columna, string? texto)
    {
        if (Cantidad == inicios.Length)
        {
            Array.Resize(ref inicios, Cantidad * 2);
            Array.Resize(ref longitudes, Cantidad * 2);
            Array.Resize(ref columnas, Cantidad * 2);
            Array.Resize(ref textos, Cantidad * 2);
        }

        if (texto is null)
        {
            // Trim spaces (and no-break spaces) around the cell.
            while (longitud > 0 && EsEspacio(Fuente[inicio]))
            {
                inicio++;
                longitud--;
            }

            while (longitud > 0 && EsEspacio(Fuente[inicio + longitud - 1]))
            {
                longitud--;
            }
        }
        else
        {
            texto = texto.Trim();
            longitud = texto.Length;
        }

        inicios[Cantidad] = inicio;
        longitudes[Cantidad] = longitud;
        columnas[Cantidad] = columna;
        textos[Cantidad] = texto;
        Cantidad++;
    }

    /// <summary>Sets the text of cell <paramref name="indice"/>, adding empty cells before it when the row is shorter (a value merged down).</summary>
    internal void Poner(int indice, int columna, string texto)
    {
        while (Cantidad <= indice)
        {
            Agregar(0, 0, Cantidad + 1, string.Empty);
        }

        texto = texto.Trim();
        inicios[indice] = 0;
        longitudes[indice] = texto.Length;
        columnas[indice] = columna;
        textos[indice] = texto;
    }

    internal bool Vacia(int indice) => indice < 0 || indice >= Cantidad || longitudes[indice] == 0;

    internal int Longitud(int indice) => indice < 0 || indice >= Cantidad ? 0 : longitudes[indice];

    /// <summary>The character column (from 1) where the cell starts, in the row's first line.</summary>
    internal int Columna(int indice) => indice >= 0 && indice < Cantidad ? columnas[indice] : (Cantidad == 0 ? 1 : columnas[Cantidad - 1] + 1);

    internal char Primero(int indice) => Vacia(indice) ? '\0' : textos[indice] is { } t ? t[0] : Fuente[inicios[indice]];

    /// <summary>The cell's trimmed text without copying it (empty when the cell is missing).</summary>
    internal ReadOnlySpan<char> Texto(int indice)
        => Vacia(indice) ? ReadOnlySpan<char>.Empty : textos[indice] is { } t ? t.AsSpan() : Fuente.AsSpan(inicios[indice], longitudes[indice]);

    internal char Caracter(int indice, int posicion) => textos[indice] is { } t ? t[posicion] : Fuente[inicios[indice] + posicion];

    /// <summary>The cell's trimmed text, empty when the cell is missing.</summary>
    internal string Celda(int indice)
    {
        if (Vacia(indice))
        {
            return string.Empty;
        }

        return textos[indice] ?? Fuente.Substring(inicios[indice], longitudes[indice]);
    }

    /// <summary>The cell's text, reusing <paramref name="anterior"/> when equal, so that repeated values are one string.</summary>
    internal string Celda(int indice, ref string? anterior)
    {
        if (Vacia(indice))
        {
            return string.Empty;
        }

        if (anterior is not null && Igual(indice, anterior))
        {
            return anterior;
        }

        anterior = Celda(indice);
        return anterior;
    }

    internal bool Igual(int indice, string texto)
    {
        var longitud = Longitud(indice);
        if (longitud != texto.Length)
        {
            return false;
        }

        return textos[indice] is { } t
            ? string.Equals(t, texto, StringComparison.Ordinal)
            : string.CompareOrdinal(Fuente, inicios[indice], texto, 0, longitud) == 0;
    }

    internal bool EstaVacia()
    {
        for (var i = 0; i < Cantidad; i++)
        {
            if (longitudes[i] != 0)
            {
                return false;
            }
        }

        return true;
    }

    internal int NoVacias()
    {
        var n = 0;
        for (var i = 0; i < Cantidad; i++)
        {
            if (longitudes[i] != 0)
            {
                n++;
            }
        }

        return n;
    }

    internal int PrimeraNoVacia()
    {
        for (var i = 0; i < Cantidad; i++)
        {
            if (longitudes[i] != 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The raw cells for a message: <c>[1: «1» | 2: «Texto» | 5: «100%»]</c>, non-empty ones only, numbered from <paramref name="desde"/> as 1.</summary>
    internal string Crudo(int desde = 0)
    {
        var builder = new StringBuilder();
        builder.Append('[');
        var primera = true;
        for (var i = Math.Max(0, desde); i < Cantidad; i++)
        {
            if (Vacia(i))
            {
                continue;
            }

            if (!primera)
            {
                builder.Append(" | ");
            }

            primera = false;
            builder.Append(Numero(i - Math.Max(0, desde) + 1)).Append(": «").Append(Recortar(Celda(i))).Append('»');
        }

        return builder.Append(']').ToString();
    }

    private static string Recortar(string texto) => texto.Length <= 60 ? texto : texto.Substring(0, 57) + "...";

    private static string Numero(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static bool EsEspacio(char c) => c is ' ' or '\u00A0' or '\u202F' or '\v' or '\f' or '\r' or '\n' || (c > 127 && char.IsWhiteSpace(c));
}
