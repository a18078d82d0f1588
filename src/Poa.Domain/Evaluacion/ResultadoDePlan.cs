using System.Collections.Generic;
using System.Globalization;

namespace Poa.Domain;

/// <summary>The evaluation of every activity of one plan at a corte, in the plan's order.</summary>
/// <remarks>Immutable. No value equality (compare <see cref="Resultados"/>).</remarks>
public sealed class ResultadoDePlan
{
    private readonly ResultadoDeActividad[] resultados;
    private IReadOnlyList<Diagnostico>? diagnosticos;

    internal ResultadoDePlan(Plan plan, Corte corte, ResultadoDeActividad[] resultados, AvancesDelPlan? avances = null, ReportesDelPlan? reportes = null)
    {
        Avances = avances;
        Plan = plan;
        Corte = corte;
        this.resultados = resultados;
        Reportes = reportes;
    }

    /// <summary>The avances evaluated, when the evaluator made this result (for the exact roll-up near a limit).</summary>
    internal AvancesDelPlan? Avances { get; }

    /// <summary>The plan evaluated.</summary>
    public Plan Plan { get; }

    /// <summary>The corte.</summary>
    public Corte Corte { get; }

    /// <summary>One result per activity, in the plan's order.</summary>
    public IReadOnlyList<ResultadoDeActividad> Resultados => resultados;

    /// <summary>
    /// The reportes (due, reported, vencidos, extemporáneos) on the date of the evaluation, when it was evaluated with a date
    /// and a <see cref="ReglaDeCierre"/>; otherwise <c>null</c>.
    /// </summary>
    public ReportesDelPlan? Reportes { get; }

    /// <summary>
    /// The findings of the cycle at this corte: one <c>POA250</c> per activity whose justificación is missing (with unidad,
    /// activity and month), then, when evaluated with a date, the vencidos (<c>POA251</c>) and extemporáneos (<c>POA252</c>)
    /// of <see cref="Reportes"/>. Warnings and information: they never stop an evaluation.
    /// </summary>
    public IReadOnlyList<Diagnostico> Diagnosticos => diagnosticos ??= CrearDiagnosticos();

    /// <summary><c>POA 2023 · Dirección ... · corte 2023-03 · 4 actividades</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => $"{Plan} · corte {Corte}";

    private List<Diagnostico> CrearDiagnosticos()
    {
        var lista = new List<Diagnostico>();
        var unidad = Plan.UnidadResponsable.Nombre;
        foreach (var r in resultados)
        {
            if (!r.FaltaJustificacion || r.MesAJustificar is not { } mes)
            {
                continue;
            }

            var motivo = r.Color is Color.Amarillo or Color.Rojo
                ? $"está en {r.Color.ToString()!.ToLowerInvariant()} ({Internal.Numeros.Formatear(r.CumplimientoRedondeado!.Value, CultureInfo.InvariantCulture)}%)"
                : $"supera el límite de sobrecumplimiento ({Internal.Numeros.Formatear(r.CumplimientoRedondeado!.Value, CultureInfo.InvariantCulture)}%)";
            var avance = r.MesesReportados.EstaVacio
                ? $"no tiene ningún avance hasta el corte; el avance de {Avance.Describir(mes)} debe traer la justificación"
                : $"el avance de {Avance.Describir(mes)} no trae justificación";
            lista.Add(CatalogoDeDiagnosticos.JustificacionFaltante.Crear(
                new Ubicacion(unidad, r.Actividad.Numero, $"avances[{mes.ToString("yyyy-MM", CultureInfo.InvariantCulture)}].justificacion"),
                $"La actividad {r.Actividad.Numero.ToString(CultureInfo.InvariantCulture)} {motivo} al corte {Corte} y {avance}."));
        }

        if (Reportes is not null)
        {
            lista.AddRange(Reportes.Diagnosticos);
        }

        return lista;
    }
}
