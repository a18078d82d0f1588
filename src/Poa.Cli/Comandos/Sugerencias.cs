using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace Poa.Cli.Comandos;

/// <summary>«¿Quiso decir...?» for a mistyped command or option.</summary>
internal static class Sugerencias
{
    /// <summary><c>opción desconocida «--avance»; ¿quiso decir «--avances»?</c></summary>
    internal static string OpcionDesconocida(string token, CommandResult comando)
        => $"opción desconocida «{token}»{Sugerencia(token.Split('=')[0], OpcionesDe(comando).ToList())}";

    /// <summary><c>; ¿quiso decir «--avances»?</c> when a known name is within two edits (or starts the same way), else a period.</summary>
    internal static string Sugerencia(string escrito, IReadOnlyList<string> conocidos)
    {
        var mejor = conocidos
            .Select(c => (Nombre: c, Distancia: Distancia(escrito.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distancia <= 2 || (escrito.Length >= 3 && c.Nombre.StartsWith(escrito, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.Distancia)
            .Select(c => c.Nombre)
            .FirstOrDefault();
        return mejor is null ? "." : $"; ¿quiso decir «{mejor}»?";
    }

    /// <summary>
    /// A check for a command's arguments: a value that starts with <c>-</c> is a mistyped option, not a file
    /// (<c>poa evaluar plan.json --avance a.csv</c>); a file whose name starts so is named <c>./-archivo</c>.
    /// </summary>
    internal static void SinOpcionesDesconocidas(ArgumentResult resultado)
    {
        foreach (var token in resultado.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-' && resultado.Parent is CommandResult comando)
            {
                resultado.AddError(OpcionDesconocida(token.Value, comando));
            }
        }
    }

    private static IEnumerable<string> OpcionesDe(CommandResult resultado)
    {
        foreach (var opcion in resultado.Command.Options)
        {
            yield return opcion.Name;
            foreach (var alias in opcion.Aliases)
            {
                yield return alias;
            }
        }

        for (var padre = resultado.Parent as CommandResult; padre is not null; padre = padre.Parent as CommandResult)
        {
            foreach (var opcion in padre.Command.Options.Where(o => o.Recursive))
            {
                yield return opcion.Name;
            }
        }
    }

    private static int Distancia(string a, string b)
    {
        var previa = new int[b.Length + 1];
        var actual = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previa[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            actual[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                actual[j] = Math.Min(Math.Min(actual[j - 1] + 1, previa[j] + 1), previa[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previa, actual) = (actual, previa);
        }

        return previa[b.Length];
    }
}
