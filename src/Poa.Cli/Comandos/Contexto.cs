using System;
using System.IO;
using Poa.Cli.Salida;
using Spectre.Console;

namespace Poa.Cli.Comandos;

/// <summary>What a command runs with: the console, standard output guarded against write failures, and progress.</summary>
internal sealed class Contexto
{
    /// <summary>Above this many files, reading shows progress on standard error when it is a terminal.</summary>
    internal const int UmbralDeProgreso = 200;

    internal Contexto(Consola consola)
    {
        Consola = consola;
        Salida = new EscritorVigilado(consola.Salida);
    }

    internal Consola Consola { get; }

    /// <summary>Standard output; a failed write is an <see cref="ErrorDeSalida"/> (exit code 2).</summary>
    internal TextWriter Salida { get; }

    internal TextWriter Errores => Consola.Errores;

    /// <summary>
    /// Runs <paramref name="trabajo"/>, which calls the action it is given once per item done (from any thread); with more than
    /// <see cref="UmbralDeProgreso"/> items and standard error a terminal, a Spectre.Console progress bar shows on
    /// standard error meanwhile (and is cleared at the end). Nothing is shown otherwise.
    /// </summary>
    internal void ConProgreso(string tarea, int total, Action<Action> trabajo)
    {
        if (total <= UmbralDeProgreso || !Consola.ErroresEsTerminal)
        {
            trabajo(static () => { });
            return;
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Consola.Errores),
            Ansi = AnsiSupport.Yes,
            ColorSystem = Consola.SinColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Standard,
            Interactive = InteractionSupport.Yes,
        });
        terminal.Profile.Width = Consola.Ancho ?? 80;
        terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progreso =>
            {
                var paso = progreso.AddTask(tarea, maxValue: total);
                var candado = new object();
                trabajo(() =>
                {
                    lock (candado)
                    {
                        paso.Increment(1);
                    }
                });
            });
    }
}
