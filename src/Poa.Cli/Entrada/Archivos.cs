using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Unicode;

namespace Poa.Cli.Entrada;

/// <summary>
/// Reads input files and expands what the user named (a file, a folder, a pattern such as <c>planes/*.json</c>),
/// turning every way a file can be unreadable into an <see cref="ErrorDeArchivo"/> (exit code 2).
/// </summary>
internal static class Archivos
{
    /// <summary>
    /// The files named by <paramref name="entradas"/>, in order and each once: a file as given; a folder, its files whose extension
    /// is one of <paramref name="extensiones"/> (not recursive, by name); a name with <c>*</c> or <c>?</c>, the files that match it.
    /// </summary>
    /// <exception cref="ErrorDeArchivo">A name that is neither a file nor a folder, a folder without such files, or a pattern that matches nothing.</exception>
    internal static IReadOnlyList<string> Expandir(Consola consola, IEnumerable<string> entradas, IReadOnlyList<string> extensiones)
    {
        var archivos = new List<string>();
        foreach (var entrada in entradas)
        {
            var completa = consola.Ruta(entrada);
            if (Directory.Exists(completa))
            {
                var hallados = Listar(completa, "*", extensiones);
                if (hallados.Count == 0)
                {
                    throw new ErrorDeArchivo(entrada, $"la carpeta no tiene archivos {string.Join(", ", extensiones)}.");
                }

                archivos.AddRange(hallados.Select(h => Path.Combine(entrada, h)));
                continue;
            }

            var nombre = Path.GetFileName(entrada);
            if (nombre.IndexOfAny(['*', '?']) >= 0 && !File.Exists(completa))
            {
                var carpeta = Path.GetDirectoryName(entrada) ?? string.Empty;
                var completaDeCarpeta = consola.Ruta(carpeta.Length == 0 ? "." : carpeta);
                var hallados = Directory.Exists(completaDeCarpeta) ? Listar(completaDeCarpeta, nombre, null) : [];
                if (hallados.Count == 0)
                {
                    throw new ErrorDeArchivo(entrada, "ningún archivo coincide con el patrón.");
                }

                archivos.AddRange(hallados.Select(h => carpeta.Length == 0 ? h : Path.Combine(carpeta, h)));
                continue;
            }

            archivos.Add(entrada);
        }

        // A file named twice (a folder and a pattern over it) is read once.
        var vistos = new HashSet<string>(StringComparer.Ordinal);
        return archivos.Where(a => vistos.Add(consola.Ruta(a))).ToList();
    }

    private static List<string> Listar(string carpeta, string patron, IReadOnlyList<string>? extensiones)
    {
        try
        {
            return Directory.EnumerateFiles(carpeta, patron)
                .Select(Path.GetFileName)
                .Where(n => n is not null && (extensiones is null || extensiones.Any(e => n.EndsWith(e, StringComparison.OrdinalIgnoreCase))))
                .Select(n => n!)
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ErrorDeArchivo(carpeta, "no se pudo leer la carpeta: " + Motivo(e));
        }
    }

    /// <summary>
    /// The bytes of <paramref name="ruta"/>, checked to be text: a missing file or folder, a folder, no permission, an empty
    /// or blank file, a binary file (NUL bytes) or bytes that are not UTF-8 (without a UTF-16 byte order mark) throw.
    /// </summary>
    /// <exception cref="ErrorDeArchivo">The file cannot be read as text.</exception>
    internal static byte[] LeerTexto(Consola consola, string ruta) => VerificarTexto(ruta, LeerBytes(consola, ruta));

    /// <summary>The bytes of <paramref name="ruta"/> as they are (a workbook, or text to check with <see cref="VerificarTexto"/>).</summary>
    /// <exception cref="ErrorDeArchivo">A missing file or folder, a folder, no permission, a failed read.</exception>
    internal static byte[] LeerBytes(Consola consola, string ruta)
    {
        try
        {
            var completa = consola.Ruta(ruta);
            if (Directory.Exists(completa))
            {
                throw new ErrorDeArchivo(ruta, "es una carpeta, no un archivo.");
            }

            return File.ReadAllBytes(completa);
        }
        catch (FileNotFoundException)
        {
            throw new ErrorDeArchivo(ruta, "no existe el archivo.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new ErrorDeArchivo(ruta, "no existe la carpeta del archivo.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new ErrorDeArchivo(ruta, "no hay permiso para leer el archivo.");
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            throw new ErrorDeArchivo(ruta, "no se pudo leer el archivo: " + Motivo(e));
        }
    }

    /// <summary><paramref name="bytes"/> when they are text (see <see cref="LeerTexto"/>).</summary>
    /// <exception cref="ErrorDeArchivo">Empty, blank, binary or not UTF-8.</exception>
    internal static byte[] VerificarTexto(string ruta, byte[] bytes)
    {
        if (EsBlanco(bytes))
        {
            throw new ErrorDeArchivo(ruta, "el archivo está vacío.");
        }

        var utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (!utf16 && Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new ErrorDeArchivo(ruta, "no es un archivo de texto (parece binario).");
        }

        if (!utf16 && !Utf8.IsValid(bytes))
        {
            throw new ErrorDeArchivo(ruta, "no es texto UTF-8 (¿es binario o de otra codificación? Guárdelo como UTF-8).");
        }

        return bytes;
    }

    /// <summary>
    /// The bytes of every file, read on every core (the files are independent), checked as <see cref="LeerTexto"/> does; in
    /// the order given, and the first unreadable one in that order stops the run.
    /// </summary>
    /// <exception cref="ErrorDeArchivo">A file cannot be read as text.</exception>
    internal static byte[][] LeerTextos(Consola consola, IReadOnlyList<string> rutas)
    {
        var bytes = new byte[rutas.Count][];
        var fallas = new ErrorDeArchivo?[rutas.Count];
        System.Threading.Tasks.Parallel.For(0, rutas.Count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = rutas.Count < 8 ? 1 : Environment.ProcessorCount }, i =>
        {
            try
            {
                bytes[i] = LeerTexto(consola, rutas[i]);
            }
            catch (ErrorDeArchivo e)
            {
                fallas[i] = e;
            }
        });

        return Array.Find(fallas, f => f is not null) is { } falla ? throw falla : bytes;
    }

    /// <summary>What the system said, without the « : 'ruta'» that .NET appends (the line already starts with the file).</summary>
    internal static string Motivo(Exception e)
    {
        var mensaje = e.Message;
        var corte = mensaje.LastIndexOf(" : '", StringComparison.Ordinal);
        return corte > 0 && mensaje.EndsWith('\'') ? mensaje.Substring(0, corte) : mensaje;
    }

    /// <summary>Only spaces, line breaks and byte order marks.</summary>
    private static bool EsBlanco(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            if (b == 0xEF && i + 2 < bytes.Length && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF)
            {
                i += 2;
                continue;
            }

            return false;
        }

        return true;
    }
}
