using Poa.Cli.Comandos;
using Poa.Domain.Reportes;

namespace Poa.Cli.Salida;

/// <summary>
/// <c>--formato html</c>: the library's self-contained semáforo report (<see cref="ReporteHtml"/>) on standard output, e.g.
/// <c>poa ejemplo --formato html &gt; reporte.html</c>. The date of generation is that of <c>--fecha</c>, else today in America/Mexico_City (the tool reads the clock, the library never does).
/// </summary>
internal sealed class EscritorHtml : IEscritorDeEvaluacion
{
    public string Nombre => "html";

    public string Descripcion => "el reporte del semáforo como una página HTML autocontenida (para verla, imprimirla o enviarla)";

    public int Orden => 4;

    /// <remarks>
    /// The report is made with the evaluation's own evaluator (so <c>--contra aprobado</c> reports the approved plan) and, when
    /// <c>--fecha</c> was given, on that date with its closing rule (the reportes due, vencidos and extemporáneos).
    /// </remarks>
    public void Escribir(Evaluacion evaluacion, Contexto contexto)
    {
        var opciones = new OpcionesDeReporte { Evaluador = evaluacion.Evaluador, ReglaDeCierre = evaluacion.Regla };
        new ReporteHtml(opciones).Escribir(contexto.Salida, evaluacion.Avances, evaluacion.Corte, evaluacion.Fecha ?? FechaDada.Hoy(OpcionesDelCiclo.Predeterminada));
    }
}
