using System.Collections.Generic;
using System.Text;

namespace Poa.Cli;

/// <summary>A CSV cell with where it starts in the file (line and column from 1).</summary>
internal readonly record struct Celda(string Texto, int Linea, int Columna);

/// <summary>RFC 4180 CSV: comma-separated, double quotes around a cell that holds a comma, a quote or a line break.</summary>
internal static class Csv
{
    /// <summary>Splits <paramref name="texto"/> into records of cells; blank lines are skipped. Throws <see cref="ErrorDeContenido"/> on an unclosed quote.</summary>
    internal static List<List<Celda>> Leer(string texto, string archivo)
    {
        var registros = new List<List<Celda>>();
        var actual = new List<Celda>();
        var celda = new StringBuilder();
        int linea = 1, columna = 1, lineaCelda = 1, columnaCelda = 1;
        var i = 0;
        if (texto.Length > 0 && texto[0] == '\uFEFF')
        {
            i = 1;
        }

        var enComillas = false;
        var conComillas = false;
        for (; i < texto.Length; i++)
        {
            var c = texto[i];
            if (enComillas)
            {
                if (c == '"')
                {
                    if (i + 1 < texto.Length && texto[i + 1] == '"')
                    {
                        celda.Append('"');
                        i++;
                        columna += 2;
                        continue;
                    }

                    enComillas = false;
                    columna++;
                    continue;
                }

                celda.Append(c);
                if (c == '\n')
                {
                    linea++;
                    columna = 1;
                }
                else
                {
                    columna++;
                }

                continue;
            }

            switch (c)
            {
                case '"' when celda.Length == 0 && !conComillas:
                    enComillas = true;
                    conComillas = true;
                    columna++;
                    break;
                case ',':
                    actual.Add(new Celda(celda.ToString(), lineaCelda, columnaCelda));
                    celda.Clear();
                    conComillas = false;
                    columna++;
                    lineaCelda = linea;
                    columnaCelda = columna;
                    break;
                case '\r':
                    break;
                case '\n':
                    actual.Add(new Celda(celda.ToString(), lineaCelda, columnaCelda));
                    celda.Clear();
                    conComillas = false;
                    Terminar(registros, actual);
                    actual = [];
                    linea++;
                    columna = 1;
                    lineaCelda = linea;
                    columnaCelda = 1;
                    break;
                default:
                    celda.Append(c);
                    columna++;
                    break;
            }
        }

        if (enComillas)
        {
            throw new ErrorDeContenido($"{archivo}:{lineaCelda}:{columnaCelda}: comillas sin cerrar.");
        }

        actual.Add(new Celda(celda.ToString(), lineaCelda, columnaCelda));
        Terminar(registros, actual);
        return registros;
    }

    private static void Terminar(List<List<Celda>> registros, List<Celda> registro)
    {
        if (registro.Count == 1 && registro[0].Texto.Trim().Length == 0)
        {
            return;
        }

        registros.Add(registro);
    }

    /// <summary>A cell quoted when it needs to be (comma, quote, line break, or leading/trailing space).</summary>
    internal static string Campo(string texto)
    {
        var necesita = texto.IndexOfAny([',', '"', '\n', '\r']) >= 0 || (texto.Length > 0 && (texto[0] == ' ' || texto[^1] == ' '));
        return necesita ? "\"" + texto.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"" : texto;
    }
}
