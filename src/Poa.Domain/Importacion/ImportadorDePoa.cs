using System;
using System.IO;
using Poa.Domain.Internal;

namespace Poa.Domain.Importacion;

/// <summary>
/// Reads the tabular POA layout (tab-separated text copied from the spreadsheets, or the same table as
/// CSV; one or many POA blocks) into <see cref="Plan"/>s, with diagnostics (codes <c>POA100</c>–<c>POA199</c>)
/// for everything it tolerated, could not read or did not import. Bad content never throws.
/// See <c>docs/importacion.md</c>.
/// </summary>
public static class ImportadorDePoa
{
    /// <summary>Imports the text of a tabular POA file.</summary>
    /// <param name="texto">The whole text.</param>
    /// <param name="opciones">The options; <see cref="OpcionesDeImportacion.Predeterminadas"/> when null.</param>
    /// <returns>The plans read, in file order, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option has an undefined enum value.</exception>
    public static ResultadoDeImportacion Importar(string texto, OpcionesDeImportacion? opciones = null)
    {
        Preconditions.CheckNotNull(texto, nameof(texto));
        opciones ??= OpcionesDeImportacion.Predeterminadas;
        opciones.Verificar();
        return LectorDePoa.LeerTexto(texto, opciones);
    }

    /// <summary>Imports the text read to its end from <paramref name="lector"/>.</summary>
    /// <param name="lector">The reader of the whole text; it is read to its end, not closed.</param>
    /// <param name="opciones">The options; <see cref="OpcionesDeImportacion.Predeterminadas"/> when null.</param>
    /// <returns>The plans read, in file order, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lector"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option has an undefined enum value.</exception>
    /// <exception cref="IOException">The reader fails.</exception>
    public static ResultadoDeImportacion Importar(TextReader lector, OpcionesDeImportacion? opciones = null)
    {
        Preconditions.CheckNotNull(lector, nameof(lector));
        return Importar(lector.ReadToEnd(), opciones);
    }

    /// <summary>
    /// Imports the bytes of <paramref name="flujo"/>: UTF-8 (with or without byte order mark) or UTF-16
    /// with a byte order mark. A binary file gives <c>POA101</c>, bytes that are not UTF-8 give <c>POA102</c>.
    /// </summary>
    /// <param name="flujo">The file's bytes; the stream is read to its end, not closed.</param>
    /// <param name="opciones">The options; <see cref="OpcionesDeImportacion.Predeterminadas"/> when null.</param>
    /// <returns>The plans read, in file order, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flujo"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option has an undefined enum value.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static ResultadoDeImportacion Importar(Stream flujo, OpcionesDeImportacion? opciones = null)
    {
        Preconditions.CheckNotNull(flujo, nameof(flujo));
        opciones ??= OpcionesDeImportacion.Predeterminadas;
        opciones.Verificar();
        byte[] bytes;
        using (var memoria = new MemoryStream())
        {
            flujo.CopyTo(memoria);
            bytes = memoria.ToArray();
        }

        return Importar(bytes, opciones);
    }

    /// <summary>Imports a file's bytes; see <see cref="Importar(Stream, OpcionesDeImportacion?)"/>.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="opciones">The options; <see cref="OpcionesDeImportacion.Predeterminadas"/> when null.</param>
    /// <returns>The plans read, in file order, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option has an undefined enum value.</exception>
    public static ResultadoDeImportacion Importar(byte[] bytes, OpcionesDeImportacion? opciones = null)
    {
        Preconditions.CheckNotNull(bytes, nameof(bytes));
        opciones ??= OpcionesDeImportacion.Predeterminadas;
        opciones.Verificar();
        var texto = TextoDeArchivo.Decodificar(bytes, opciones.Archivo, out var fallo);
        return texto is null ? new([], [fallo!], opciones.Formato) : LectorDePoa.LeerTexto(texto, opciones);
    }
}
