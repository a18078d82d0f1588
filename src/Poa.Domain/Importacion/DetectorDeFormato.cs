using System;

namespace Poa.Domain.Importacion;

/// <summary>What kind of text a tabular POA file is: its separator (<see cref="FormatoTabular.Automatico"/>) and whether it is text at all.</summary>
internal static class DetectorDeFormato
{
    /// <summary>The rule of <see cref="FormatoTabular.Automatico"/>, on the first 64 KiB (documented in docs/importacion.md).</summary>
    internal static FormatoTabular Detectar(string texto)
    {
        var limite = Math.Min(texto.Length, 64 * 1024);
        if (texto.IndexOf('\t', 0, limite) >= 0)
        {
            return FormatoTabular.Tabulado;
        }

        int comas = 0, puntosYComa = 0;
        for (var i = 0; i < limite; i++)
        {
            var c = texto[i];
            if (c == ',')
            {
                comas++;
            }
            else if (c == ';')
            {
                puntosYComa++;
            }
        }

        if (comas == 0 || puntosYComa == 0)
        {
            return puntosYComa > 0 ? FormatoTabular.CsvPuntoYComa : comas > 0 ? FormatoTabular.Csv : FormatoTabular.Tabulado;
        }

        // Both: the header row decides (the separator that splits a row into more known labels); then the frequency.
        var prefijo = limite == texto.Length ? texto : texto.Substring(0, limite);
        var porComa = MaximoDeEtiquetas(prefijo, ',');
        var porPuntoYComa = MaximoDeEtiquetas(prefijo, ';');
        if (porComa != porPuntoYComa)
        {
            return porPuntoYComa > porComa ? FormatoTabular.CsvPuntoYComa : FormatoTabular.Csv;
        }

        return puntosYComa > comas ? FormatoTabular.CsvPuntoYComa : FormatoTabular.Csv;
    }

    /// <summary>The cell separator of a format: null for tab-separated text.</summary>
    internal static char? Separador(FormatoTabular formato) => formato switch
    {
        FormatoTabular.Csv => ',',
        FormatoTabular.CsvPuntoYComa => ';',
        _ => null,
    };

    /// <summary>Whether the text is a binary file decoded as text: a NUL anywhere, or more than four control characters in the first 8 KiB.</summary>
    /// <param name="texto">The decoded text.</param>
    /// <param name="linea">The line of the first NUL or of the fifth control character; 1 otherwise.</param>
    internal static bool EsBinario(string texto, out int linea)
    {
        linea = 1;
        var limite = Math.Min(texto.Length, 8 * 1024);
        var controles = 0;
        for (var i = 0; i < limite; i++)
        {
            var c = texto[i];
            if (c == '\n')
            {
                linea++;
            }
            else if (c == '\0' || (c < ' ' && c is not ('\t' or '\r' or '\f' or '\v' or '\u001A') && ++controles > 4))
            {
                return true;
            }
        }

        linea = 1;
        return texto.IndexOf('\0') >= 0;
    }

    private static int MaximoDeEtiquetas(string texto, char separador)
    {
        var tokenizador = new Tokenizador(texto, separador);
        var fila = new Fila(texto);
        var maximo = 0;
        while (tokenizador.Siguiente(fila))
        {
            maximo = Math.Max(maximo, Encabezado.EtiquetasConocidas(fila));
        }

        return maximo;
    }
}
