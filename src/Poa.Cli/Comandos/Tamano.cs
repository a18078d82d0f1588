using System;
using System.Globalization;

namespace Poa.Cli.Comandos;

/// <summary>Sizes as people type them for <c>--limite-json</c>: <c>64M</c>, <c>64MB</c>, <c>64MiB</c>, <c>1G</c>, <c>500k</c> or bytes (binary multiples).</summary>
internal static class Tamano
{
    /// <summary>Reads a size from 1 byte to 2 GiB − 1; false for anything else.</summary>
    internal static bool TryParse(string texto, out int bytes)
    {
        bytes = 0;
        var t = texto.Trim().ToUpperInvariant();
        long factor = 1;
        foreach (var (sufijo, valor) in new (string, long)[] { ("KIB", 1L << 10), ("MIB", 1L << 20), ("GIB", 1L << 30), ("KB", 1L << 10), ("MB", 1L << 20), ("GB", 1L << 30), ("K", 1L << 10), ("M", 1L << 20), ("G", 1L << 30), ("B", 1) })
        {
            if (t.EndsWith(sufijo, StringComparison.Ordinal))
            {
                factor = valor;
                t = t.Substring(0, t.Length - sufijo.Length).TrimEnd();
                break;
            }
        }

        if (t.Length is 0 or > 10 || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var numero))
        {
            return false;
        }

        var total = numero * factor;
        if (total is < 1 or > int.MaxValue)
        {
            return false;
        }

        bytes = (int)total;
        return true;
    }

    /// <summary><c>16 MiB</c>, <c>1.5 KiB</c>, <c>300 bytes</c>.</summary>
    internal static string Texto(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("0.#", CultureInfo.InvariantCulture) + " GiB",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB",
        >= 1L << 10 => (bytes / (double)(1L << 10)).ToString("0.#", CultureInfo.InvariantCulture) + " KiB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };

    /// <summary>A round value for <c>--limite-json</c> that reads <paramref name="bytes"/>: <c>32M</c>.</summary>
    internal static string Sugerencia(long bytes)
    {
        var megas = Math.Max(1, (bytes + (1L << 20) - 1) >> 20);
        var potencia = 1L;
        while (potencia < megas)
        {
            potencia <<= 1;
        }

        return potencia >= 1024 ? (potencia / 1024).ToString(CultureInfo.InvariantCulture) + "G" : potencia.ToString(CultureInfo.InvariantCulture) + "M";
    }
}
