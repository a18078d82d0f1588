using System;

namespace Poa.Domain;

/// <summary>
/// The options of the <see cref="EvaluadorDeSemaforo"/>. <see cref="Predeterminadas"/> follows the fixed
/// rules of the domain: missing reports count as 0 for ascendente activities (and are excluded for descendente and
/// regular ones), descendente is <c>P / R × 100</c>, no over-compliance limit, group means count each activity
/// between 0 and 100.
/// </summary>
/// <remarks>Immutable (init-only properties): <c>new OpcionesDeEvaluacion { MesesSinReporte = PoliticaDeMesesSinReporte.Excluir }</c>.</remarks>
public sealed class OpcionesDeEvaluacion
{
    private readonly decimal? limiteDeSobrecumplimiento;
    private readonly Semaforizacion semaforizacionDeGrupos = Semaforizacion.Predeterminada;
    private readonly VistaDelPlan vista;
    private readonly decimal factorDeAlerta = 1.25m;

    /// <summary>The default options.</summary>
    public static OpcionesDeEvaluacion Predeterminadas { get; } = new();

    /// <summary>
    /// How a programmed month without an avance counts for an <see cref="Sentido.Ascendente"/> activity;
    /// <see cref="PoliticaDeMesesSinReporte.ContarComoCero"/> by default (no report = no progress).
    /// </summary>
    /// <remarks>
    /// For <see cref="Sentido.Descendente"/> and <see cref="Sentido.Regular"/> activities a missing report is always
    /// excluded (<see cref="PoliticaDeMesesSinReporte.Excluir"/>): counted as 0 it would read as perfect, and a missing
    /// report never improves a score. <see cref="PoliticaPara"/> gives the policy of each sentido, so one evaluation
    /// (and one roll-up) covers a plan that mixes sentidos.
    /// </remarks>
    public PoliticaDeMesesSinReporte MesesSinReporte { get; init; }

    /// <summary>The policy for missing reports that applies to an activity of <paramref name="sentido"/>.</summary>
    /// <param name="sentido">The activity's sentido.</param>
    /// <returns><see cref="MesesSinReporte"/> for ascendente; <see cref="PoliticaDeMesesSinReporte.Excluir"/> for descendente and regular.</returns>
    public PoliticaDeMesesSinReporte PoliticaPara(Sentido sentido)
        => sentido == Sentido.Ascendente ? MesesSinReporte : PoliticaDeMesesSinReporte.Excluir;

    /// <summary>The formula for descendente indicators; <see cref="ConvencionDescendente.ProgramadoEntreRealizado"/> by default.</summary>
    public ConvencionDescendente ConvencionDescendente { get; init; }

    /// <summary>
    /// The optional upper band: a cumplimiento strictly above this percent is flagged
    /// <see cref="SenalesDeEvaluacion.Sobrecumplimiento"/> (e.g. 130). <c>null</c> (default) flags nothing.
    /// The cumplimiento and colour are never changed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 100.</exception>
    public decimal? LimiteDeSobrecumplimiento
    {
        get => limiteDeSobrecumplimiento;
        init
        {
            if (value is < 100m)
            {
                throw new ArgumentOutOfRangeException(nameof(LimiteDeSobrecumplimiento), value, "El límite de sobrecumplimiento debe ser al menos 100%.");
            }

            limiteDeSobrecumplimiento = value;
        }
    }

    /// <summary>How a group's mean cumplimiento treats values outside 0..100; <see cref="PromedioDeGrupo.TopadoEn100"/> by default.</summary>
    public PromedioDeGrupo PromedioDeGrupo { get; init; }

    /// <summary>
    /// Which view of each plan is evaluated: <see cref="VistaDelPlan.Vigente"/> (default: the modificaciones applied) or
    /// <see cref="VistaDelPlan.Aprobado"/>. Either way each result carries the meta and programado of both.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public VistaDelPlan Vista
    {
        get => vista;
        init => vista = value is VistaDelPlan.Vigente or VistaDelPlan.Aprobado
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Vista), value, "Vista del plan no definida.");
    }

    /// <summary>
    /// The factor of the alerta temprana: an activity gets an <see cref="ResultadoDeActividad.Alerta"/> when the pace
    /// required to reach its meta anual vigente exceeds the observed pace by more than this factor; 1.25 by default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 100.</exception>
    public decimal FactorDeAlerta
    {
        get => factorDeAlerta;
        init => factorDeAlerta = value is >= 1m and <= 100m
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FactorDeAlerta), value, "El factor de la alerta temprana debe estar entre 1 y 100.");
    }

    /// <summary>The bands that give a group's colour from its mean cumplimiento; <see cref="Semaforizacion.Predeterminada"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public Semaforizacion SemaforizacionDeGrupos
    {
        get => semaforizacionDeGrupos;
        init => semaforizacionDeGrupos = value ?? throw new ArgumentNullException(nameof(SemaforizacionDeGrupos));
    }
}
