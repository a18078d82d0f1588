using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
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
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option has an undefined enum value.</exception>
    public static ResultadoDeImportacion Importar(string texto, OpcionesDeImportacion? opciones = null)
    {
        Preconditions.CheckNotNull(texto, nameof(texto));
        opciones ??= OpcionesDeImportacion.Predeterminadas;
        opciones.Verificar();
        return new LectorDePoa(texto, opciones).Leer();
    }

    /// <summary>Imports the text read to its end from <paramref name="lector"/>.</summary>
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
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option has an undefined enum value.</exception>
    public static ResultadoDeImportacion Importar(byte[] bytes, OpcionesDeImportacion? opciones = null)
    {
        Preconditions.CheckNotNull(bytes, nameof(bytes));
        opciones ??= OpcionesDeImportacion.Predeterminadas;
        opciones.Verificar();
        string texto;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            texto = encoding.GetString(bytes, 2, bytes.Length - 2);
        }
        else
        {
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                return Fallo(CatalogoDeDiagnosticos.ArchivoBinario, opciones, LineaDeByte(bytes, Array.IndexOf(bytes, (byte)0)),
                    "El archivo contiene bytes nulos: no es texto, sino un archivo binario (¿un .xlsx?). Exporte la hoja como texto separado por tabuladores o CSV en UTF-8.");
            }

            var inicio = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try
            {
                texto = new UTF8Encoding(false, true).GetString(bytes, inicio, bytes.Length - inicio);
            }
            catch (DecoderFallbackException e)
            {
                var indice = inicio + Math.Max(0, e.Index);
                return Fallo(CatalogoDeDiagnosticos.CodificacionInvalida, opciones, LineaDeByte(bytes, indice),
                    $"El byte 0x{bytes[Math.Min(indice, bytes.Length - 1)]:X2} (posición {indice.ToString(CultureInfo.InvariantCulture)}) no es UTF-8 válido. Guarde el archivo como UTF-8; no se adivina otra codificación.");
            }
        }

        return new LectorDePoa(texto, opciones).Leer();
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

    private static ResultadoDeImportacion Fallo(DescriptorDeDiagnostico descriptor, OpcionesDeImportacion opciones, int linea, string mensaje)
        => new([], [descriptor.Crear(new Ubicacion(archivo: opciones.Archivo, linea: linea), mensaje)], opciones.Formato);
}
