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

#if NET8_0_OR_GREATER
        // Vectorized: no white space other than ' ' and no two spaces in a row. A search for all of OtrosEspacios at once
        // is slow (they span the whole BMP, so SearchValues falls back to a probabilistic map); these searches for a range
        // or a few values are fast, and only a text with a character of U+2000–U+205F (dashes, curly quotes) is looked at
        // once more.
        var span = System.MemoryExtensions.AsSpan(texto);
        return System.MemoryExtensions.IndexOfAnyInRange(span, '\t', '\r') < 0
            && System.MemoryExtensions.IndexOfAny(span, EspaciosSueltos) < 0
            && (System.MemoryExtensions.IndexOfAnyInRange(span, '\u2000', '\u205F') < 0 || System.MemoryExtensions.IndexOfAny(span, OtrosEspacios) < 0)
            && System.MemoryExtensions.IndexOf(span, "  ", System.StringComparison.Ordinal) < 0;
#else
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
#endif
    }

#if NET8_0_OR_GREATER
    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts, except ' '.</summary>
    private static readonly System.Buffers.SearchValues<char> OtrosEspacios = System.Buffers.SearchValues.Create(
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>The white space characters outside U+0009–U+000D, U+0020 and U+2000–U+205F.</summary>
    private static readonly System.Buffers.SearchValues<char> EspaciosSueltos = System.Buffers.SearchValues.Create("\u0085\u00A0\u1680\u3000");
#endif

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
