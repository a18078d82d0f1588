using System.Text;

namespace Poa.Domain.Internal;

/// <summary>
/// Culture-free text helpers. Comparison keys fold case and Spanish diacritics with a fixed table,
/// so the result is the same on every machine, culture and globalization mode. Decomposed text (NFD: a letter
/// followed by a combining mark, as macOS file names and some editors write it) gets the same key as precomposed
/// text without <see cref="string.Normalize()"/>, which needs ICU and does nothing in globalization-invariant mode.
/// </summary>
internal static class Texto
{
    /// <summary>Collapses runs of white space into one space and trims the ends.</summary>
    internal static string NormalizarEspacios(string texto)
    {
        if (EstaNormalizado(texto))
        {
            return texto;
        }

        var builder = new StringBuilder(texto.Length);
        var pendingSpace = false;
        foreach (var c in texto)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="texto"/> has no leading, trailing or repeated white space and no white space other than ' ' (the common case: no copy).</summary>
    private static bool EstaNormalizado(string texto)
    {
        if (texto.Length == 0)
        {
            return true;
        }

        if (texto[0] == ' ' || texto[texto.Length - 1] == ' ')
        {
            return false;
        }

        var anteriorEspacio = false;
        foreach (var c in texto)
        {
            if (c == ' ')
            {
                if (anteriorEspacio)
                {
                    return false;
                }

                anteriorEspacio = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                return false;
            }
            else
            {
                anteriorEspacio = false;
            }
        }

        return true;
    }

    /// <summary>
    /// The comparison key of a text: spaces normalized, upper case (invariant), diacritics removed
    /// (<c>á é í ó ú ü ñ</c> and their upper-case forms, plus the other Latin-1 accented letters), and combining
    /// diacritical marks (U+0300–U+036F) dropped, so that <c>e</c> + U+0301 (NFD) gives the key of <c>é</c> (NFC).
    /// </summary>
    internal static string Clave(string texto)
    {
        var normalizado = NormalizarEspacios(texto);
        var builder = new StringBuilder(normalizado.Length);
        foreach (var c in normalizado)
        {
            if (!EsMarcaCombinante(c))
            {
                builder.Append(char.ToUpperInvariant(SinDiacritico(c)));
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="c"/> is a combining diacritical mark (U+0300–U+036F: acute, grave, tilde, diaeresis...).</summary>
    private static bool EsMarcaCombinante(char c) => c is >= '\u0300' and <= '\u036F';

    private static char SinDiacritico(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'Á' or 'À' or 'Â' or 'Ä' or 'Ã' or 'Å' => 'A',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'É' or 'È' or 'Ê' or 'Ë' => 'E',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'Í' or 'Ì' or 'Î' or 'Ï' => 'I',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'Ó' or 'Ò' or 'Ô' or 'Ö' or 'Õ' => 'O',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'Ú' or 'Ù' or 'Û' or 'Ü' => 'U',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ç' => 'c',
        'Ç' => 'C',
        _ => c,
    };
}
