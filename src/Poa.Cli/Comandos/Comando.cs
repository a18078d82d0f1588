using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace Poa.Cli.Comandos;

/// <summary>
/// One command of <c>poa</c>: its name, help and options are declared once (System.CommandLine builds the parsing, help,
/// errors and completion from them) and its action runs with a <see cref="Contexto"/>. Adding a command is adding one
/// type derived from this one: <see cref="Todos"/> finds it.
/// </summary>
internal abstract class Comando
{
    /// <summary>The name users type: <c>evaluar</c>.</summary>
    internal abstract string Nombre { get; }

    /// <summary>One sentence for the help.</summary>
    internal abstract string Descripcion { get; }

    /// <summary>The place in <c>poa --ayuda</c> (ascending).</summary>
    internal abstract int Orden { get; }

    /// <summary>Text shown after the options in the command's help: formats, examples, what the exit codes mean here.</summary>
    internal virtual string? Notas => null;

    /// <summary>One instance of every command of the assembly, in <see cref="Orden"/>.</summary>
    internal static IReadOnlyList<Comando> Todos()
        => typeof(Comando).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Comando)) && !t.IsAbstract)
            .Select(t => (Comando)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(c => c.Orden)
            .ToList();

    /// <summary>The System.CommandLine command, with this command's options and action.</summary>
    internal Command Crear(Contexto contexto)
    {
        var comando = new Command(Nombre, Descripcion);
        Declarar(comando);
        foreach (var argumento in comando.Arguments)
        {
            argumento.Validators.Add(Sugerencias.SinOpcionesDesconocidas);
        }

        comando.SetAction(resultado => Ejecutar(resultado, contexto));
        return comando;
    }

    /// <summary>Adds the command's arguments and options.</summary>
    protected abstract void Declarar(Command comando);

    /// <summary>Runs the command; returns the exit code. Throws the tool's errors (<see cref="ErrorDeUso"/>, <see cref="ErrorDeArchivo"/>...).</summary>
    protected abstract int Ejecutar(ParseResult resultado, Contexto contexto);
}
