using System;
using System.Collections.Generic;
using System.Linq;
using Poa.Cli.Comandos;

namespace Poa.Cli.Salida;

/// <summary>
/// One output format of an evaluation (<c>--formato</c>): a writer over the one column model (<see cref="Columnas"/>),
/// fed from the library's results. Adding a format is adding one type that implements this: <see cref="Escritores.Todos"/> finds it,
/// and <c>--formato</c>, its help and its completions list it.
/// </summary>
internal interface IEscritorDeEvaluacion
{
    /// <summary>What users type after <c>--formato</c>.</summary>
    string Nombre { get; }

    /// <summary>One line for the help.</summary>
    string Descripcion { get; }

    /// <summary>The place in the help's list (ascending); the first is the default.</summary>
    int Orden { get; }

    /// <summary>Writes <paramref name="evaluacion"/> to standard output.</summary>
    void Escribir(Evaluacion evaluacion, Contexto contexto);
}

/// <summary>The registry of output formats.</summary>
internal static class Escritores
{
    private static readonly Lazy<IReadOnlyList<IEscritorDeEvaluacion>> todos = new(() => typeof(IEscritorDeEvaluacion).Assembly.GetTypes()
        .Where(t => typeof(IEscritorDeEvaluacion).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .Select(t => (IEscritorDeEvaluacion)Activator.CreateInstance(t, nonPublic: true)!)
        .OrderBy(e => e.Orden)
        .ToList());

    /// <summary>Every format, the default first.</summary>
    internal static IReadOnlyList<IEscritorDeEvaluacion> Todos => todos.Value;

    /// <summary><c>--formato</c>, with every format of the registry.</summary>
    internal static OpcionDeValores<IEscritorDeEvaluacion> Opcion()
    {
        var valores = Todos.Select(e => new ValorDeOpcion<IEscritorDeEvaluacion>(e.Nombre, e, e.Descripcion)).ToList();
        return new OpcionDeValores<IEscritorDeEvaluacion>("--formato", "Cómo se escribe el resultado (en la salida estándar, o en el archivo de --salida):", valores);
    }
}
