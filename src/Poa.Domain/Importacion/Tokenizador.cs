using System.Text;

namespace Poa.Domain.Importacion;

/// <summary>Splits the text into rows of cells, tab-separated or CSV (RFC 4180, with a comma or a semicolon), counting lines.</summary>
internal sealed class Tokenizador : IFuenteDeFilas
{
    private readonly string texto;
    private readonly bool csv;
    private readonly char separador;
    private int posicion;
    private int linea = 1;

    /// <param name="texto">The text.</param>
    /// <param name="separador">The CSV separator (<c>,</c> or <c>;</c>); null for tab-separated text without quoting.</param>
    internal Tokenizador(string texto, char? separador)
    {
        this.texto = texto;
        csv = separador is not null;
        this.separador = separador ?? '\t';

        // Skip a byte order mark left in the text.
        if (texto.Length > 0 && texto[0] == '\uFEFF')
        {
            posicion = 1;
        }
    }

    /// <summary>Whether a CSV quote was left open at the end of the text; the line where it opened.</summary>
    internal int? LineaDeComillaAbierta { get; private set; }

    /// <inheritdoc />
    public bool Siguiente(Fila fila)
    {
        if (posicion >= texto.Length)
        {
            return false;
        }

        fila.Limpiar(linea);
        if (csv)
        {
            LeerCsv(fila);
        }
        else
        {
            LeerTabulado(fila);
        }

        return true;
    }

    private void LeerTabulado(Fila fila)
    {
        var inicioDeLinea = posicion;
        var fin = texto.IndexOf('\n', posicion);
        var siguiente = fin < 0 ? texto.Length : fin + 1;
        if (fin < 0)
        {
            fin = texto.Length;
        }

        if (fin > posicion && texto[fin - 1] == '\r')
        {
            fin--;
        }

        var inicio = posicion;
        while (true)
        {
            var tab = texto.IndexOf('\t', inicio, fin - inicio);
            if (tab < 0)
            {
                fila.Agregar(inicio, fin - inicio, inicio - inicioDeLinea + 1, null);
                break;
            }

            fila.Agregar(inicio, tab - inicio, inicio - inicioDeLinea + 1, null);
            inicio = tab + 1;
        }

        posicion = siguiente;
        linea++;
    }

    private void LeerCsv(Fila fila)
    {
        var inicioDeLinea = posicion;
        var lineaDeFila = linea;
        while (true)
        {
            var inicio = posicion;
            var columna = posicion - inicioDeLinea + 1;
            if (posicion < texto.Length && texto[posicion] == '"')
            {
                // Quoted field: up to the closing quote; "" is one quote; line breaks are part of the value.
                posicion++;
                StringBuilder? escapado = null;
                var desde = posicion;
                var cerrado = false;
                while (posicion < texto.Length)
                {
                    var c = texto[posicion];
                    if (c == '"')
                    {
                        if (posicion + 1 < texto.Length && texto[posicion + 1] == '"')
                        {
                            escapado ??= new StringBuilder();
                            escapado.Append(texto, desde, posicion - desde + 1);
                            posicion += 2;
                            desde = posicion;
                            continue;
                        }

                        cerrado = true;
                        break;
                    }

                    if (c == '\n')
                    {
                        linea++;
                        escapado ??= new StringBuilder();
                    }

                    posicion++;
                }

                if (!cerrado)
                {
                    LineaDeComillaAbierta ??= lineaDeFila;
                }

                if (escapado is not null)
                {
                    escapado.Append(texto, desde, posicion - desde);
                    fila.Agregar(inicio, 0, columna, escapado.ToString().Replace("\r\n", "\n"));
                }
                else
                {
                    fila.Agregar(desde, posicion - desde, columna, null);
                }

                if (cerrado)
                {
                    posicion++;
                }

                // Anything between the closing quote and the separator is kept out (RFC 4180 allows nothing there).
                while (posicion < texto.Length && !EsFinDeCelda(texto[posicion]))
                {
                    posicion++;
                }
            }
            else
            {
                while (posicion < texto.Length && !EsFinDeCelda(texto[posicion]))
                {
                    posicion++;
                }

                fila.Agregar(inicio, posicion - inicio, columna, null);
            }

            if (posicion >= texto.Length)
            {
                linea++;
                return;
            }

            var corte = texto[posicion];
            posicion++;
            if (corte == separador)
            {
                continue;
            }

            if (corte == '\r' && posicion < texto.Length && texto[posicion] == '\n')
            {
                posicion++;
            }

            linea++;
            return;
        }
    }

    private bool EsFinDeCelda(char c) => c == separador || c == '\n' || c == '\r';
}
