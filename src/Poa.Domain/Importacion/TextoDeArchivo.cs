using System;
using System.Globalization;
using System.Text;

namespace Poa.Domain.Importacion;

/// <summary>
/// Turns the bytes of an imported file into text: UTF-8 (with or without byte order mark) or UTF-16 with
/// one. A binary file (a NUL byte) gives <c>POA101</c>, bytes that are not UTF-8 give <c>POA102</c>; no
/// other encoding is guessed. Shared by <see cref="ImportadorDePoa"/> and <see cref="ImportadorDeAvances"/>.
/// </summary>
internal static class TextoDeArchivo
{
    private static readonly UTF8Encoding Utf8Estricto = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/>, or null and the diagnostic that says why there is none.</summary>
    internal static string? Decodificar(byte[] bytes, string? archivo, out Diagnostico? fallo)
    {
        fallo = null;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return encoding.GetString(bytes, 2, bytes.Length - 2);
        }

        var nulo = Array.IndexOf(bytes, (byte)0);
        if (nulo >= 0)
        {
            fallo = CatalogoDeDiagnosticos.ArchivoBinario.Crear(new Ubicacion(archivo: archivo, linea: LineaDeByte(bytes, nulo)),
                "El archivo contiene bytes nulos: no es texto, sino un archivo binario (¿un .xlsx?). Exporte la hoja como texto separado por tabuladores o CSV en UTF-8.");
            return null;
        }

        var inicio = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return Utf8Estricto.GetString(bytes, inicio, bytes.Length - inicio);
        }
        catch (DecoderFallbackException e)
        {
            var indice = inicio + Math.Max(0, e.Index);
            fallo = CatalogoDeDiagnosticos.CodificacionInvalida.Crear(new Ubicacion(archivo: archivo, linea: LineaDeByte(bytes, indice)),
                $"El byte 0x{bytes[Math.Min(indice, bytes.Length - 1)]:X2} (posición {indice.ToString(CultureInfo.InvariantCulture)}) no es UTF-8 válido. Guarde el archivo como UTF-8; no se adivina otra codificación.");
            return null;
        }
    }

    private static int LineaDeByte(byte[] bytes, int indice)
    {
        var linea = 1;
        for (var i = 0; i < indice && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                linea++;
            }
        }

        return linea;
    }
}
