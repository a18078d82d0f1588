using System;
using System.Globalization;

namespace Poa.Domain.Internal;

/// <summary>Number formatting and parsing helpers that never read the current culture.</summary>
internal static class Numeros
{
    private static readonly string[] RomanSymbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
    private static readonly int[] RomanValues = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];

    internal const int MaximoRomano = 3999;

    /// <summary>Formats a decimal without trailing zeros ("100", "0.5"), with the given provider.</summary>
    internal static string Formatear(decimal value, IFormatProvider? provider)
        => (value / 1.000000000000000000000000000000000m).ToString(provider ?? CultureInfo.InvariantCulture);

    internal static string ARomano(int value)
    {
        Preconditions.CheckRange(value, nameof(value), 1, MaximoRomano);
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < RomanValues.Length; i++)
        {
            while (value >= RomanValues[i])
            {
                result.Append(RomanSymbols[i]);
                value -= RomanValues[i];
            }
        }

        return result.ToString();
    }

    /// <summary>Parses a canonical upper- or lower-case roman numeral (1..3999); "IIII" or "VX" are rejected.</summary>
    internal static bool TryParseRomano(string text, out int value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 15)
        {
            return false;
        }

        var upper = text.ToUpperInvariant();
        var position = 0;
        for (var i = 0; i < RomanValues.Length && position < upper.Length; i++)
        {
            var symbol = RomanSymbols[i];
            var repeats = 0;
            while (string.CompareOrdinal(upper, position, symbol, 0, symbol.Length) == 0)
            {
                value += RomanValues[i];
                position += symbol.Length;
                repeats++;
                if (repeats > 3)
                {
                    return false;
                }
            }
        }

        if (position != upper.Length || value < 1)
        {
            value = 0;
            return false;
        }

        // Reject non-canonical forms such as "IIII", "VV" or "IVI" by formatting back.
        if (!string.Equals(ARomano(value), upper, StringComparison.Ordinal))
        {
            value = 0;
            return false;
        }

        return true;
    }
}
