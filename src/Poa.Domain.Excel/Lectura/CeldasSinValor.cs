using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Xml;

namespace Poa.Domain.Excel.Lectura;

/// <summary>
/// The cells ExcelDataReader 3.6.0 reads as empty though they are not: error values (<c>t="e"</c>: <c>#DIV/0!</c>, <c>#N/A</c>) and
/// formulas saved without their value. Found in the sheets' XML, by sheet name, so that they are diagnosed instead of read as
/// nothing programmed. A sheet's XML is streamed twice at most: a fast byte search, then an XML pass only where one may be.
/// </summary>
internal static class CeldasSinValor
{
    private const int Columnas = 16384; // Excel's XFD

    /// <summary>The key of a cell of row <paramref name="fila"/> and column <paramref name="columna"/> (both from 0).</summary>
    internal static long Clave(int fila, int columna) => ((long)fila * Columnas) + columna;

    /// <summary>For each sheet with such cells, its cells: an error value's text, or <c>=</c> and the formula of one without value.</summary>
    internal static Dictionary<string, Dictionary<long, string>> Buscar(ZipArchive zip)
    {
        var resultado = new Dictionary<string, Dictionary<long, string>>(StringComparer.Ordinal);
        var libro = zip.GetEntry("xl/workbook.xml");
        var relaciones = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (libro is null || relaciones is null)
        {
            return resultado;
        }

        var destinos = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var xml = XmlReader.Create(relaciones.Open(), Ajustes))
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } destino)
                {
                    destinos[id] = destino.StartsWith("/", StringComparison.Ordinal) ? destino.Substring(1) : "xl/" + destino;
                }
            }
        }

        var hojas = new List<(string Nombre, string Parte)>();
        using (var xml = XmlReader.Create(libro.Open(), Ajustes))
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.GetAttribute("name") is { } nombre
                    && xml.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships") is { } id && destinos.TryGetValue(id, out var parte))
                {
                    hojas.Add((nombre, parte));
                }
            }
        }

        foreach (var (nombre, parte) in hojas)
        {
            if (zip.GetEntry(parte) is not { } entrada || !PuedeTener(entrada))
            {
                continue;
            }

            var celdas = Leer(entrada);
            if (celdas.Count > 0)
            {
                resultado[nombre] = celdas;
            }
        }

        return resultado;
    }

    private static readonly XmlReaderSettings Ajustes = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    private static readonly byte[] Error = "t=\"e\""u8.ToArray();
    private static readonly byte[] Formula = "<f"u8.ToArray();

    /// <summary>Whether the part holds <c>t="e"</c> or <c>&lt;f</c> at all (a vectorised search over 64 KiB chunks).</summary>
    private static bool PuedeTener(ZipArchiveEntry entrada)
    {
        using var flujo = entrada.Open();
        var bufer = new byte[64 * 1024];
        const int Solape = 5;
        var conservados = 0;
        int leidos;
        while ((leidos = flujo.Read(bufer, conservados, bufer.Length - conservados)) > 0)
        {
            var datos = new ReadOnlySpan<byte>(bufer, 0, conservados + leidos);
            if (datos.IndexOf(Error) >= 0 || datos.IndexOf(Formula) >= 0)
            {
                return true;
            }

            conservados = Math.Min(Solape, datos.Length);
            datos.Slice(datos.Length - conservados).CopyTo(bufer);
        }

        return false;
    }

    private static Dictionary<long, string> Leer(ZipArchiveEntry entrada)
    {
        var celdas = new Dictionary<long, string>();
        using var xml = XmlReader.Create(entrada.Open(), Ajustes);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c" || xml.GetAttribute("r") is not { } referencia)
            {
                continue;
            }

            var esError = xml.GetAttribute("t") == "e";
            string? formula = null, valor = null;
            if (!xml.IsEmptyElement)
            {
                // ReadElementContentAsString moves past the element: the next node is read only when nothing was consumed.
                var profundidad = xml.Depth;
                xml.Read();
                while (!xml.EOF && xml.Depth > profundidad)
                {
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "f" or "v")
                    {
                        var nombre = xml.LocalName;
                        var contenido = xml.IsEmptyElement ? string.Empty : null;
                        if (contenido is null)
                        {
                            contenido = xml.ReadElementContentAsString();
                        }
                        else
                        {
                            xml.Read();
                        }

                        if (nombre == "f")
                        {
                            formula = contenido;
                        }
                        else
                        {
                            valor = contenido;
                        }

                        continue;
                    }

                    xml.Read();
                }
            }

            string? texto = esError ? (string.IsNullOrEmpty(valor) ? "#¡ERROR!" : valor)
                : formula is not null && string.IsNullOrEmpty(valor) ? "=" + formula : null;
            if (texto is not null && Posicion(referencia) is { } posicion)
            {
                celdas[Clave(posicion.Fila, posicion.Columna)] = texto;
            }
        }

        return celdas;
    }

    /// <summary>Row and column (from 0) of an A1 reference.</summary>
    private static (int Fila, int Columna)? Posicion(string referencia)
    {
        int i = 0, columna = 0, fila = 0;
        while (i < referencia.Length && referencia[i] is >= 'A' and <= 'Z')
        {
            columna = (columna * 26) + (referencia[i++] - 'A' + 1);
        }

        if (i == 0 || i == referencia.Length || columna > Columnas)
        {
            return null;
        }

        for (; i < referencia.Length; i++)
        {
            if (referencia[i] is < '0' or > '9' || fila > 10_000_000)
            {
                return null;
            }

            fila = (fila * 10) + (referencia[i] - '0');
        }

        return fila == 0 ? null : (fila - 1, columna - 1);
    }
}
