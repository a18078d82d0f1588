using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Poa.Domain;
using Poa.Domain.Json;

using Poa.Cli.Comandos;

namespace Poa.Cli.Entrada;

/// <summary>A plan with the file it came from (and the line, for JSON Lines).</summary>
internal readonly record struct PlanLeido(Plan Plan, string Archivo);

/// <summary>Reads and names plan files in the library's JSON format (<c>poa.plan</c>; <c>.jsonl</c>: one plan per line).</summary>
internal static class Planes
{
    /// <summary>The extensions of plan files taken from a folder.</summary>
    internal static readonly string[] Extensiones = [".json", ".jsonl"];

    /// <summary>
    /// The plans of every file named (files, folders, patterns). A file that cannot be read stops at once (exit 2);
    /// bad content is collected, one line per problem, and thrown at the end as <see cref="ErrorDeContenido"/> (exit 1).
    /// </summary>
    internal static List<PlanLeido> LeerTodos(Contexto contexto, IReadOnlyList<string> archivos, PoaJsonOpciones opciones)
    {
        var leidos = new (List<Plan> Planes, List<string> Errores)[archivos.Count];
        var fallas = new Exception?[archivos.Count];
        contexto.ConProgreso("Leyendo planes", archivos.Count, avanzar =>
        {
            // Files are independent: read on every core, kept in the order given; the first unreadable file (in that order) stops the run.
            System.Threading.Tasks.Parallel.For(0, archivos.Count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = archivos.Count < 8 ? 1 : Environment.ProcessorCount }, i =>
            {
                try
                {
                    leidos[i] = Leer(contexto.Consola, archivos[i], opciones);
                }
                catch (ErrorDeArchivo e)
                {
                    fallas[i] = e;
                }

                avanzar();
            });
        });

        if (Array.Find(fallas, f => f is not null) is { } falla)
        {
            throw falla;
        }

        var planes = new List<PlanLeido>(archivos.Count);
        var errores = new List<string>();
        for (var i = 0; i < archivos.Count; i++)
        {
            foreach (var plan in leidos[i].Planes)
            {
                planes.Add(new PlanLeido(plan, archivos[i]));
            }

            errores.AddRange(leidos[i].Errores);
        }

        return errores.Count > 0 ? throw new ErrorDeContenido(errores) : planes;
    }

    /// <summary>
    /// The plans of one file: a <c>poa.plan</c> document, or JSON Lines of them when the name ends in <c>.jsonl</c> (the size
    /// limit applies to each line). Bad content is returned as lines <c>archivo[:línea]: error: $.ruta: ...</c>.
    /// </summary>
    /// <exception cref="ErrorDeArchivo">The file cannot be read as text.</exception>
    internal static (List<Plan> Planes, List<string> Errores) Leer(Consola consola, string archivo, PoaJsonOpciones opciones)
    {
        var bytes = Archivos.LeerTexto(consola, archivo);
        var utf8 = AUtf8SinMarca(bytes);
        var planes = new List<Plan>();
        var errores = new List<string>();
        if (!archivo.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            if (Documento(utf8, opciones, archivo, errores) is { } plan)
            {
                planes.Add(plan);
            }

            return (planes, errores);
        }

        var linea = 0;
        while (!utf8.IsEmpty)
        {
            linea++;
            var fin = utf8.IndexOf((byte)'\n');
            var contenido = fin < 0 ? utf8 : utf8.Slice(0, fin);
            utf8 = fin < 0 ? default : utf8.Slice(fin + 1);
            if (!contenido.Trim(" \t\r"u8).IsEmpty && Documento(contenido, opciones, archivo + ":" + linea.ToString(CultureInfo.InvariantCulture), errores) is { } plan)
            {
                planes.Add(plan);
            }
        }

        return (planes, errores);
    }

    private static Plan? Documento(ReadOnlySpan<byte> utf8, PoaJsonOpciones opciones, string donde, List<string> errores)
    {
        if (utf8.Length > opciones.TamanoMaximo)
        {
            errores.Add($"{donde}: error: el documento mide {Tamano.Texto(utf8.Length)}, más que el límite de {Tamano.Texto(opciones.TamanoMaximo)}; léalo con --limite-json {Tamano.Sugerencia(utf8.Length)}.");
            return null;
        }

        try
        {
            return PoaJson.DeserializePlan(utf8, opciones);
        }
        catch (JsonException e)
        {
            errores.Add($"{donde}: error: {PrimeraLinea(e.Message)}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // What the JSON reader lets through besides JsonException is still bad content.
            errores.Add($"{donde}: error: el documento no se pudo leer: {PrimeraLinea(e.Message)}");
        }

        return null;
    }

    /// <summary>UTF-8 without byte order mark (a UTF-16 file is converted).</summary>
    private static ReadOnlySpan<byte> AUtf8SinMarca(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var texto = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
            bytes = Encoding.UTF8.GetBytes(texto);
        }

        ReadOnlySpan<byte> utf8 = bytes;
        while (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            utf8 = utf8.Slice(3);
        }

        return utf8;
    }

    /// <summary>The plan as an indented <c>poa.plan</c> document.</summary>
    internal static byte[] Escribir(Plan plan) => PoaJson.SerializeToUtf8Bytes(plan);

    /// <summary>A file name for the plan: its unidad responsable without accents, lower case, words joined by <c>-</c>, and the year.</summary>
    internal static string NombreDeArchivo(Plan plan)
    {
        var normalizado = plan.UnidadResponsable.Nombre.Normalize(NormalizationForm.FormD);
        var texto = new StringBuilder();
        foreach (var c in normalizado)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                texto.Append(char.ToLowerInvariant(c));
            }
            else if (texto.Length > 0 && texto[^1] != '-')
            {
                texto.Append('-');
            }
        }

        var nombre = texto.ToString().Trim('-');
        if (nombre.Length > 100)
        {
            nombre = nombre.Substring(0, 100).TrimEnd('-');
        }

        return (nombre.Length == 0 ? "plan" : nombre) + "-" + plan.Ejercicio.Anio.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The first line of an exception's message, without the « (Parameter 'x')» that .NET appends.</summary>
    internal static string PrimeraLinea(string mensaje)
    {
        var linea = mensaje.Split('\n')[0];
        var corte = linea.IndexOf(" (Parameter", StringComparison.Ordinal);
        return (corte >= 0 ? linea.Substring(0, corte) : linea).TrimEnd();
    }
}
