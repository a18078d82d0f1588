using System;

namespace Poa.Domain.Reportes;

/// <summary>
/// The options of a <see cref="ReporteHtml"/>: the title, the evaluator whose rules the report applies
/// (and states in its footnote), and the closing rule that adds the reportes vencidos. <see cref="Predeterminadas"/>:
/// the default title, <see cref="EvaluadorDeSemaforo.Predeterminado"/> and no closing rule.
/// </summary>
/// <remarks>Immutable (init-only properties): <c>new OpcionesDeReporte { Titulo = "Semáforo del segundo trimestre" }</c>.</remarks>
public sealed class OpcionesDeReporte
{
    private readonly EvaluadorDeSemaforo evaluador = EvaluadorDeSemaforo.Predeterminado;
    private readonly string? titulo;

    /// <summary>The default options.</summary>
    public static OpcionesDeReporte Predeterminadas { get; } = new();

    /// <summary>
    /// The title of the report (the page's heading and <c>&lt;title&gt;</c>), or <c>null</c> for
    /// <c>Semáforo del Programa Operativo Anual 2023</c> (with the ejercicios of the plans).
    /// It is HTML-encoded like every other text.
    /// </summary>
    /// <exception cref="ArgumentException">The value is empty or blank.</exception>
    public string? Titulo
    {
        get => titulo;
        init
        {
            if (value is not null && value.Trim().Length == 0)
            {
                throw new ArgumentException("El título del reporte no puede estar vacío; use null para el título predeterminado.", nameof(Titulo));
            }

            titulo = value?.Trim();
        }
    }

    /// <summary>The evaluator whose options (missing reports, descendente convention, group mean and bands) decide the results; <see cref="EvaluadorDeSemaforo.Predeterminado"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public EvaluadorDeSemaforo Evaluador
    {
        get => evaluador;
        init => evaluador = value ?? throw new ArgumentNullException(nameof(Evaluador));
    }

    /// <summary>
    /// The closing rule of the avances (<see cref="Domain.ReglaDeCierre"/>: when a month closes and its avance is due), or
    /// <c>null</c> (the default) for none. With a rule the report also shows, <strong>on its date of generation</strong>, the
    /// reportes of every unidad responsable: programmed months due, reported, vencidos and extemporáneos
    /// (<see cref="EvaluadorDeSemaforo.Reportes(AvancesDelPlan, NodaTime.LocalDate, Domain.ReglaDeCierre)"/>), and which
    /// activities have vencidos or extemporáneos. The date is the caller's: the report never reads the clock.
    /// </summary>
    public ReglaDeCierre? ReglaDeCierre { get; init; }
}
