using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Poa.Domain.Excel.Escritura;

namespace Poa.Domain.Excel;

public static partial class LibroDePoa
{
    /// <summary>
    /// Writes the plans as a workbook in the layout offices keep (one sheet per plan: title block, two header rows with merges,
    /// bands, optional columns, calendar, signatures), streaming; reading it back with <see cref="Importar(Stream, OpcionesDeLibro?)"/>
    /// gives equal plans (the <see cref="Sentido"/> is not a column: it comes back <see cref="Sentido.Ascendente"/>).
    /// </summary>
    /// <param name="destino">Where to write; not closed.</param>
    /// <param name="planes">The plans.</param>
    /// <param name="cancelacion">Cancels the write.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static Task EscribirAsync(Stream destino, IEnumerable<Plan> planes, CancellationToken cancelacion = default)
    {
        if (destino is null)
        {
            throw new ArgumentNullException(nameof(destino));
        }

        if (planes is null)
        {
            throw new ArgumentNullException(nameof(planes));
        }

        return EscritorDePlan.EscribirAsync(destino, planes, cancelacion);
    }

    /// <summary>
    /// Writes an empty POA workbook (<em>plantilla</em>) in the same layout, for an office to fill in: the title block with the
    /// dependencia, unidad and ejercicio, both header rows, and lists to choose, in the 200 activity rows, the tipo de
    /// acumulación, the frecuencia and, when <paramref name="alineaciones"/> are given (e.g. last year's plan, or the Plan
    /// Municipal de Desarrollo), the eje rector and the objetivo estratégico. The lists live in a second sheet,
    /// <c>Catálogos</c>, that the reader skips (<c>POA147</c>, information).
    /// </summary>
    /// <param name="destino">Where to write; not closed.</param>
    /// <param name="dependencia">The dependencia.</param>
    /// <param name="unidadResponsable">The unidad responsable.</param>
    /// <param name="ejercicio">The ejercicio fiscal.</param>
    /// <param name="alineaciones">The known ejes and objetivos (repeats are listed once, in order of first appearance); none when null.</param>
    /// <param name="cancelacion">Cancels the write.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destino"/>, or an item of <paramref name="alineaciones"/>, is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dependencia"/> or <paramref name="unidadResponsable"/> is null or blank.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static Task EscribirPlantillaAsync(Stream destino, string dependencia, string unidadResponsable, EjercicioFiscal ejercicio, IEnumerable<Alineacion>? alineaciones = null, CancellationToken cancelacion = default)
    {
        if (destino is null)
        {
            throw new ArgumentNullException(nameof(destino));
        }

        if (string.IsNullOrWhiteSpace(dependencia))
        {
            throw new ArgumentException("La dependencia no puede estar vacía.", nameof(dependencia));
        }

        if (string.IsNullOrWhiteSpace(unidadResponsable))
        {
            throw new ArgumentException("La unidad responsable no puede estar vacía.", nameof(unidadResponsable));
        }

        var lista = new List<Alineacion>();
        foreach (var alineacion in alineaciones ?? [])
        {
            lista.Add(alineacion ?? throw new ArgumentNullException(nameof(alineaciones), "Una alineación de la lista es nula."));
        }

        return EscritorDePlan.EscribirPlantillaAsync(destino, dependencia, unidadResponsable, ejercicio, lista, cancelacion);
    }

    /// <summary>
    /// Writes the results of an evaluation as a workbook, streaming: a sheet <c>Resumen</c> with the totals and the roll-ups by
    /// unidad responsable, dependencia, programa presupuestario, eje rector and objetivo estratégico
    /// (<see cref="EvaluadorDeSemaforo.Resumir(IEnumerable{ResultadoDePlan}, Agrupacion)"/> of <paramref name="evaluador"/>), then one
    /// sheet per unidad responsable (valid, unique names of at most 31 characters) with each activity's programado, realizado,
    /// cumplimiento, avance anual, colour (a cell fill <em>and</em> its name as text), ΣN and ΣD of the avances with numerador and
    /// denominador, months without report, observations and justificaciones. Percentages are numbers (75 for 75%) shown with two
    /// decimals; Excel keeps 15 significant digits (the JSON results keep the exact values).
    /// </summary>
    /// <param name="destino">Where to write; not closed.</param>
    /// <param name="resultados">The results of the plans, as <see cref="EvaluadorDeSemaforo.Evaluar(IEnumerable{AvancesDelPlan}, Corte)"/> gives them.</param>
    /// <param name="evaluador">The evaluator whose options make the roll-ups (its group bands and mean policy); <see cref="EvaluadorDeSemaforo.Predeterminado"/> when null.</param>
    /// <param name="cancelacion">Cancels the write.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destino"/>, <paramref name="resultados"/> or one of its items is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static Task EscribirResultadosAsync(Stream destino, IEnumerable<ResultadoDePlan> resultados, EvaluadorDeSemaforo? evaluador = null, CancellationToken cancelacion = default)
    {
        if (destino is null)
        {
            throw new ArgumentNullException(nameof(destino));
        }

        if (resultados is null)
        {
            throw new ArgumentNullException(nameof(resultados));
        }

        var lista = new List<ResultadoDePlan>();
        foreach (var resultado in resultados)
        {
            lista.Add(resultado ?? throw new ArgumentNullException(nameof(resultados), "Un resultado de la lista es nulo."));
        }

        return EscritorDeResultados.EscribirAsync(destino, lista, evaluador ?? EvaluadorDeSemaforo.Predeterminado, cancelacion);
    }
}
