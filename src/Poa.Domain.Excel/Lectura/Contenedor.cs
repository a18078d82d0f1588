namespace Poa.Domain.Excel.Lectura;

internal enum TipoDeContenedor
{
    Otro,
    Zip,
    Ole2,
    Texto,
}

/// <summary>What a file is by its first bytes, never by its extension.</summary>
internal static class Contenedor
{
    internal static TipoDeContenedor De(byte[] bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && bytes[2] is 3 or 5 or 7 && bytes[3] is 4 or 6 or 8)
        {
            return TipoDeContenedor.Zip;
        }

        if (bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0 && bytes[4] == 0xA1 && bytes[5] == 0xB1 && bytes[6] == 0x1A && bytes[7] == 0xE1)
        {
            return TipoDeContenedor.Ole2;
        }

        // Text: no NUL and few control characters in the first 4 KiB (a CSV or tab-separated file renamed .xlsx).
        var limite = bytes.Length < 4096 ? bytes.Length : 4096;
        var controles = 0;
        for (var i = 0; i < limite; i++)
        {
            var b = bytes[i];
            if (b == 0 || (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C) && ++controles > 4))
            {
                return TipoDeContenedor.Otro;
            }
        }

        return TipoDeContenedor.Texto;
    }
}
