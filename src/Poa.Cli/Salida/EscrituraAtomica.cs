using System;
using System.Collections.Generic;
using System.IO;

namespace Poa.Cli.Salida;

/// <summary>
/// Writes a set of files all or nothing: each one first under a temporary name beside its place, then, when every one
/// was written, moved into place. A failure (a full disk, no permission) removes the temporary files and leaves what was
/// there before untouched.
/// </summary>
internal static class EscrituraAtomica
{
    /// <summary>Writes every file; <paramref name="reemplazar"/> allows replacing existing files.</summary>
    /// <exception cref="ErrorDeArchivo">A file could not be written; nothing was moved into place.</exception>
    internal static void Escribir(IReadOnlyList<(string Ruta, string Nombre, byte[] Contenido)> archivos, bool reemplazar)
    {
        var escritos = new List<(string, string, Action<Stream>)>(archivos.Count);
        foreach (var (ruta, nombre, contenido) in archivos)
        {
            escritos.Add((ruta, nombre, flujo => flujo.Write(contenido)));
        }

        Escribir(escritos, reemplazar);
    }

    /// <summary>
    /// Writes every file, each streamed by its <c>Escribir</c> into its temporary file (a large output is never held in
    /// memory); <paramref name="reemplazar"/> allows replacing existing files.
    /// </summary>
    /// <exception cref="ErrorDeArchivo">A file could not be written; nothing was moved into place.</exception>
    internal static void Escribir(IReadOnlyList<(string Ruta, string Nombre, Action<Stream> Escribir)> archivos, bool reemplazar)
    {
        var temporales = new List<string>(archivos.Count);
        try
        {
            foreach (var (ruta, nombre, escribir) in archivos)
            {
                var temporal = Path.Combine(Path.GetDirectoryName(ruta)!, "." + Path.GetFileName(ruta) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
                temporales.Add(temporal);
                try
                {
                    using var flujo = new FileStream(temporal, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                    escribir(flujo);
                    flujo.Flush(flushToDisk: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ErrorDeSalida)
                {
                    throw new ErrorDeArchivo(nombre, "no se pudo escribir: " + Entrada.Archivos.Motivo(e));
                }
            }

            for (var i = 0; i < archivos.Count; i++)
            {
                try
                {
                    File.Move(temporales[i], archivos[i].Ruta, reemplazar);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new ErrorDeArchivo(archivos[i].Nombre, (File.Exists(archivos[i].Ruta) && !reemplazar ? "ya existe (use --sobrescribir): " : "no se pudo escribir: ") + Entrada.Archivos.Motivo(e));
                }

                temporales[i] = string.Empty;
            }
        }
        finally
        {
            foreach (var temporal in temporales)
            {
                if (temporal.Length == 0)
                {
                    continue;
                }

                try
                {
                    File.Delete(temporal);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Nothing more can be done about a temporary file that cannot be removed.
                }
            }
        }
    }
}
