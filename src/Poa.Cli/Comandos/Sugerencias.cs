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

    /// <summary>
    /// <c>; ¿quiso decir «--avances»?</c> when a known name differs from what was typed in one short stretch (at most
    /// two characters added, missing, changed or swapped: «evaluarr», «--avance», «--fromato»), else a period.
    /// </summary>
    internal static string Sugerencia(string escrito, IReadOnlyList<string> conocidos)
    {
        var mejor = conocidos
            .Select(c => (Nombre: c, Diferencia: Diferencia(escrito.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Diferencia <= 2)
            .OrderBy(c => c.Diferencia)
            .Select(c => c.Nombre)
            .FirstOrDefault();
        return mejor is null ? "." : $"; ¿quiso decir «{mejor}»?";
    }

    /// <summary>How many characters of the longer text are outside the common beginning and end of both.</summary>
    private static int Diferencia(string a, string b)
    {
        var inicio = 0;
        while (inicio < a.Length && inicio < b.Length && a[inicio] == b[inicio])
        {
            inicio++;
        }

        var fin = 0;
        while (fin < a.Length - inicio && fin < b.Length - inicio && a[a.Length - 1 - fin] == b[b.Length - 1 - fin])
        {
            fin++;
        }

        return Math.Max(a.Length, b.Length) - inicio - fin;
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
}
