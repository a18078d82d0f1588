using System;

namespace Poa.Domain;

/// <summary>
/// The options of the <see cref="EvaluadorDeSemaforo"/>. <see cref="Predeterminadas"/> follows the fixed
/// rules of the domain: missing reports count as 0, descendente is <c>P / R × 100</c>, no over-compliance
/// limit, group means cap each activity at 100.
/// </summary>
/// <remarks>Immutable (init-only properties): <c>new OpcionesDeEvaluacion { MesesSinReporte = PoliticaDeMesesSinReporte.Excluir }</c>.</remarks>
public sealed class OpcionesDeEvaluacion
{
    private readonly decimal? limiteDeSobrecumplimiento;
    private readonly Semaforizacion semaforizacionDeGrupos = Semaforizacion.Predeterminada;

    /// <summary>The default options.</summary>
    public static OpcionesDeEvaluacion Predeterminadas { get; } = new();

    /// <summary>How a programmed month without an avance counts; <see cref="PoliticaDeMesesSinReporte.ContarComoCero"/> by default.</summary>
    public PoliticaDeMesesSinReporte MesesSinReporte { get; init; }

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

    /// <summary>How a group's mean cumplimiento treats over-compliance; <see cref="PromedioDeGrupo.TopadoEn100"/> by default.</summary>
    public PromedioDeGrupo PromedioDeGrupo { get; init; }

    /// <summary>The bands that give a group's colour from its mean cumplimiento; <see cref="Semaforizacion.Predeterminada"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public Semaforizacion SemaforizacionDeGrupos
    {
        get => semaforizacionDeGrupos;
        init => semaforizacionDeGrupos = value ?? throw new ArgumentNullException(nameof(SemaforizacionDeGrupos));
    }
}
