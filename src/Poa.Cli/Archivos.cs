using System;
using System.IO;
using System.Text;

namespace Poa.Cli;

/// <summary>Reads input files, turning every way a file can be unreadable into an <see cref="ErrorDeArchivo"/> (exit code 2).</summary>
internal static class Archivos
{
    private static readonly UTF8Encoding Utf8Estricto = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The bytes of <paramref name="ruta"/> (relative to the console's directory); missing, unreadable, empty or binary files throw.</summary>
    internal static byte[] LeerBytes(Consola consola, string ruta)
    {
        byte[] bytes;
        try
        {
            var completa = consola.Ruta(ruta);
            if (Directory.Exists(completa))
            {
                throw new ErrorDeArchivo(ruta, "es un directorio, no un archivo.");
            }

            bytes = File.ReadAllBytes(completa);
        }
        catch (FileNotFoundException)
        {
            throw new ErrorDeArchivo(ruta, "no existe el archivo.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new ErrorDeArchivo(ruta, "no existe el directorio del archivo.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new ErrorDeArchivo(ruta, "no hay permiso para leer el archivo.");
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            throw new ErrorDeArchivo(ruta, "no se pudo leer el archivo: " + e.Message);
        }

        if (bytes.Length == 0)
        {
            throw new ErrorDeArchivo(ruta, "el archivo está vacío.");
        }

        return bytes;
    }

    /// <summary>The text of <paramref name="ruta"/>: UTF-8 (with or without byte order mark) or UTF-16 with one; binary or blank files throw.</summary>
    internal static string LeerTexto(Consola consola, string ruta) => Decodificar(LeerBytes(consola, ruta), ruta);

    /// <summary>Decodes a file's bytes; see <see cref="LeerTexto"/>.</summary>
    internal static string Decodificar(byte[] bytes, string ruta)
    {
        string texto;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            texto = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
        }
        else
        {
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                throw new ErrorDeArchivo(ruta, "no es un archivo de texto (parece binario).");
            }

            try
            {
                var inicio = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                texto = Utf8Estricto.GetString(bytes, inicio, bytes.Length - inicio);
            }
            catch (DecoderFallbackException)
            {
                throw new ErrorDeArchivo(ruta, "no es texto UTF-8 (¿es binario o de otra codificación?).");
            }
        }

        if (texto.Trim().Length == 0)
        {
            throw new ErrorDeArchivo(ruta, "el archivo está vacío.");
        }

        return texto;
    }
}
