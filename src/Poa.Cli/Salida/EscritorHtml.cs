using System;
using NodaTime;
using Poa.Cli.Comandos;
using Poa.Domain.Reportes;

namespace Poa.Cli.Salida;

/// <summary>
/// <c>--formato html</c>: the library's self-contained semáforo report (<see cref="ReporteHtml"/>) on standard output, e.g.
/// <c>poa ejemplo --formato html &gt; reporte.html</c>. The date of generation is today's, the tool's (the library never reads the clock).
/// </summary>
internal sealed class EscritorHtml : IEscritorDeEvaluacion
{
    public string Nombre => "html";

    public string Descripcion => "el reporte del semáforo como una página HTML autocontenida (para verla, imprimirla o enviarla)";

    public int Orden => 4;

    public void Escribir(Evaluacion evaluacion, Contexto contexto)
        => ReporteHtml.Predeterminado.Escribir(contexto.Salida, evaluacion.Avances, evaluacion.Corte, LocalDate.FromDateTime(DateTime.Today));
}
