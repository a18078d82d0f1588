using System;
using System.Collections.Generic;

namespace Poa.Cli;

/// <summary>Thrown for wrong usage: unknown command or option, missing value. Exit code 2.</summary>
internal sealed class ErrorDeUso(string mensaje) : Exception(mensaje);

/// <summary>Thrown when an input file cannot be read at all (missing, binary, empty). Exit code 2.</summary>
internal sealed class ErrorDeArchivo(string archivo, string mensaje) : Exception(mensaje)
{
    internal string Archivo { get; } = archivo;
}

/// <summary>Thrown when a readable file has bad content; each line is one problem, with file and place. Exit code 1.</summary>
internal sealed class ErrorDeContenido : Exception
{
    internal ErrorDeContenido(string linea)
        : this([linea])
    {
    }

    internal ErrorDeContenido(IReadOnlyList<string> lineas)
        : base(string.Join("\n", lineas)) => Lineas = lineas;

    internal IReadOnlyList<string> Lineas { get; }
}

/// <summary>
/// A small, strict command-line parser: positional arguments, <c>--opcion valor</c>, <c>--opcion=valor</c>
/// and flags. Unknown options are errors, so a typo never passes silently.
/// </summary>
internal sealed class Argumentos
{
    private readonly Dictionary<string, string?> opciones = new(StringComparer.Ordinal);
    private readonly List<string> posicionales = [];

    private Argumentos()
    {
    }

    internal IReadOnlyList<string> Posicionales => posicionales;

    /// <summary>Parses <paramref name="args"/>; <paramref name="conValor"/> and <paramref name="banderas"/> are the allowed option names (with <c>--</c>).</summary>
    internal static Argumentos Leer(IReadOnlyList<string> args, string comando, IReadOnlyCollection<string> conValor, IReadOnlyCollection<string> banderas)
    {
        var result = new Argumentos();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                for (i++; i < args.Count; i++)
                {
                    result.posicionales.Add(args[i]);
                }

                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                result.posicionales.Add(arg);
                continue;
            }

            var igual = arg.IndexOf('=', StringComparison.Ordinal);
            var nombre = igual < 0 ? arg : arg.Substring(0, igual);
            if (Contiene(banderas, nombre))
            {
                if (igual >= 0)
                {
                    throw new ErrorDeUso($"la opción {nombre} de «poa {comando}» no lleva valor.");
                }

                result.opciones[nombre] = null;
                continue;
            }

            if (!Contiene(conValor, nombre))
            {
                throw new ErrorDeUso($"opción desconocida {nombre} para «poa {comando}». Use «poa {comando} --ayuda».");
            }

            string valor;
            if (igual >= 0)
            {
                valor = arg.Substring(igual + 1);
            }
            else if (i + 1 < args.Count)
            {
                valor = args[++i];
            }
            else
            {
                throw new ErrorDeUso($"la opción {nombre} de «poa {comando}» necesita un valor.");
            }

            if (result.opciones.ContainsKey(nombre))
            {
                throw new ErrorDeUso($"la opción {nombre} de «poa {comando}» aparece más de una vez.");
            }

            result.opciones[nombre] = valor;
        }

        return result;
    }

    internal bool Tiene(string nombre) => opciones.ContainsKey(nombre);

    internal string? Valor(string nombre) => opciones.TryGetValue(nombre, out var valor) ? valor : null;

    private static bool Contiene(IReadOnlyCollection<string> nombres, string nombre)
    {
        foreach (var n in nombres)
        {
            if (string.Equals(n, nombre, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
