using System;

namespace Poa.Cli;

/// <summary>A progress line on stderr (<c>\r</c> updates), only when stderr is a terminal and the work is long.</summary>
internal sealed class Progreso : IDisposable
{
    private readonly Consola consola;
    private readonly string tarea;
    private readonly int total;
    private readonly bool activo;
    private int hechos;
    private int ultimoPorcentaje = -1;

    internal Progreso(Consola consola, string tarea, int total, bool largo)
    {
        this.consola = consola;
        this.tarea = tarea;
        this.total = total;
        activo = largo && consola.ErroresEsTerminal;
    }

    internal void Avanzar()
    {
        hechos++;
        if (!activo)
        {
            return;
        }

        var porcentaje = (int)(hechos * 100L / Math.Max(1, total));
        if (porcentaje != ultimoPorcentaje)
        {
            ultimoPorcentaje = porcentaje;
            consola.Errores.Write(FormattableString.Invariant($"\r{tarea}: {hechos}/{total} ({porcentaje} %)"));
        }
    }

    public void Dispose()
    {
        if (activo && hechos > 0)
        {
            consola.Errores.Write("\r" + new string(' ', tarea.Length + 30) + "\r");
        }
    }
}
