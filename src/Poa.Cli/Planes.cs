using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Poa.Domain;
using Poa.Domain.Json;

namespace Poa.Cli;

/// <summary>Reads and writes plan files in the library's JSON format (<c>poa.plan</c>; <c>.jsonl</c>: one plan per line).</summary>
internal static class Planes
{
    /// <summary>Above this many files, reading shows progress on stderr (when stderr is a terminal).</summary>
    internal const int UmbralDeProgreso = 200;

    /// <summary>Reads every file; a file that cannot be read stops at once (exit 2), bad content is collected (exit 1).</summary>
    internal static List<(Plan Plan, string Archivo)> LeerVarios(Consola consola, IReadOnlyList<string> archivos)
    {
        var planes = new List<(Plan, string)>();
        var errores = new List<string>();
        using var progreso = new Progreso(consola, "Leyendo planes", archivos.Count, archivos.Count > UmbralDeProgreso);
        foreach (var archivo in archivos)
        {
            try
            {
                planes.AddRange(Leer(consola, archivo).Select(p => (p, archivo)));
            }
            catch (ErrorDeContenido e)
            {
                errores.AddRange(e.Lineas);
            }

            progreso.Avanzar();
        }

        return errores.Count > 0 ? throw new ErrorDeContenido(errores) : planes;
    }

    /// <summary>The plans of one file: a <c>poa.plan</c> document, or JSON Lines of them when the name ends in <c>.jsonl</c>.</summary>
    internal static IReadOnlyList<Plan> Leer(Consola consola, string archivo)
    {
        var bytes = Archivos.LeerBytes(consola, archivo);
        var texto = Archivos.Decodificar(bytes, archivo);
        try
        {
            if (archivo.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                return PoaJson.DeserializePlanes(Encoding.UTF8.GetBytes(texto)).Select(d => d.Plan).ToList();
            }

            return [PoaJson.DeserializePlan(texto)];
        }
        catch (JsonException e)
        {
            throw new ErrorDeContenido($"{archivo}: error: {PrimeraLinea(e.Message)}");
        }
    }

    /// <summary>The plan as an indented <c>poa.plan</c> document.</summary>
    internal static byte[] Escribir(Plan plan) => PoaJson.SerializeToUtf8Bytes(plan);

    /// <summary>A file name for the plan: its unidad responsable without accents, lower case, words joined by <c>-</c>.</summary>
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
        return (nombre.Length == 0 ? "plan" : nombre) + "-" + plan.Ejercicio.Anio.ToString(CultureInfo.InvariantCulture);
    }

    internal static string PrimeraLinea(string mensaje) => mensaje.Split('\n')[0].TrimEnd();
}
