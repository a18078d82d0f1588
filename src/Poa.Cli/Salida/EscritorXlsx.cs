using System.IO;
using Poa.Cli.Comandos;
using Poa.Domain.Excel;

namespace Poa.Cli.Salida;

/// <summary>A format written to a file (<c>--salida</c>), never to standard output: a binary format such as a workbook.</summary>
internal interface IEscritorDeArchivo
{
    /// <summary>What the file usually ends with (<c>.xlsx</c>), for the messages.</summary>
    string Extension { get; }

    /// <summary>Writes <paramref name="evaluacion"/> to <paramref name="destino"/>.</summary>
    void Escribir(Evaluacion evaluacion, Stream destino);
}

/// <summary>
/// <c>--formato xlsx --salida resultados.xlsx</c>: the results as an Excel workbook (<see cref="LibroDePoa.EscribirResultadosAsync"/>):
/// a summary sheet with the roll-ups and one sheet per unidad responsable, the colour as a cell fill and as its name.
/// </summary>
internal sealed class EscritorXlsx : IEscritorDeEvaluacion, IEscritorDeArchivo
{
    public string Nombre => "xlsx";

    public string Descripcion => "un libro de Excel (requiere --salida): una hoja de resumen y una por unidad responsable, con el color como relleno y como texto";

    public int Orden => 5;

    public string Extension => ".xlsx";

    /// <summary>Never called: <see cref="ArchivoDeSalida.Verificar"/> asks for <c>--salida</c> first.</summary>
    public void Escribir(Evaluacion evaluacion, Contexto contexto) => throw ArchivoDeSalida.FaltaSalida(this);

    public void Escribir(Evaluacion evaluacion, Stream destino)
        => LibroDePoa.EscribirResultadosAsync(destino, evaluacion.Planes, evaluacion.Evaluador).GetAwaiter().GetResult();
}
