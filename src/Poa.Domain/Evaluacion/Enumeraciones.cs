using System;

namespace Poa.Domain;

/// <summary>The state of the evaluation of one activity at a corte.</summary>
public enum EstadoDeEvaluacion
{
    /// <summary>Something was programmed up to the corte: there is a cumplimiento and a colour.</summary>
    Evaluada = 0,

    /// <summary>Nothing programmed up to the corte and nothing reported (or no target to compare with): no colour (<em>sin meta programada</em>).</summary>
    SinMetaProgramada = 1,

    /// <summary>
    /// Something was programmed, but the programmed months left out for lack of a report leave nothing to compare with
    /// (every programmed month excluded, or only targets of 0 left for an ascendente activity): no colour (<em>sin datos</em>).
    /// A month left out never makes an activity look ahead of schedule.
    /// </summary>
    SinDatos = 2,

    /// <summary>Nothing programmed up to the corte but progress reported (ascendente): ahead of schedule, scored as 100%.</summary>
    Adelantada = 3,
}

/// <summary>How a programmed month without an avance counts.</summary>
public enum PoliticaDeMesesSinReporte
{
    /// <summary>Default: it counts as 0 realized (no report = no progress); the month is listed.</summary>
    ContarComoCero = 0,

    /// <summary>It is left out of both programado and realizado; the month is still listed.</summary>
    Excluir = 1,
}

/// <summary>The formula for a <see cref="Sentido.Descendente"/> indicator (less is better).</summary>
public enum ConvencionDescendente
{
    /// <summary>Default: <c>programado / realizado × 100</c> (state systems, many KPI tools). Realizado 0 gives 100 (full compliance), flagged.</summary>
    ProgramadoEntreRealizado = 0,

    /// <summary><c>(2 − realizado / programado) × 100</c>, symmetric around 100. Realizado 0 gives 200, flagged.</summary>
    Simetrica = 1,
}

/// <summary>How the mean cumplimiento of a group treats values outside 0..100.</summary>
public enum PromedioDeGrupo
{
    /// <summary>
    /// Default: each activity counts between 0 and 100 in the mean (capped at 100 and raised to 0), so one activity's
    /// over-compliance cannot hide another's shortfall, and one negative score (symmetric descendente or regular
    /// formula) cannot sink a whole group. (JSON name <c>topadoEn100</c>, kept for compatibility.)
    /// </summary>
    TopadoEn100 = 0,

    /// <summary>The plain mean of the cumplimientos as they are (over-compliance and negative scores included).</summary>
    SinTope = 1,
}

/// <summary>How a roll-up makes a group's figure and colour (<see cref="EvaluadorDeSemaforo.Resumir(System.Collections.Generic.IEnumerable{ResultadoDePlan}, Agrupacion, ModoDeResumen)"/>).</summary>
public enum ModoDeResumen
{
    /// <summary>Default: the mean cumplimiento (each activity counted as <see cref="PromedioDeGrupo"/> says), coloured by the group bands.</summary>
    Promedio = 0,

    /// <summary>The mean weighted by each activity's <see cref="Actividad.Peso"/>, coloured by the group bands.</summary>
    PromedioPonderado = 1,

    /// <summary>The worst colour of the group's activities (rojo before amarillo before verde).</summary>
    PeorColor = 2,

    /// <summary>The share of the activities with colour that are verde, in percent, coloured by the group bands.</summary>
    PorcentajeEnVerde = 3,
}

/// <summary>The formula that gave a cumplimiento.</summary>
public enum FormulaDeCumplimiento
{
    /// <summary>No formula: the activity has no cumplimiento or was scored by a rule (ahead of schedule).</summary>
    Ninguna = 0,

    /// <summary>Ascendente: <c>R / P × 100</c>.</summary>
    RealizadoEntreProgramado = 1,

    /// <summary>Descendente (default convention): <c>P / R × 100</c>.</summary>
    ProgramadoEntreRealizado = 2,

    /// <summary>Descendente (symmetric convention): <c>(2 − R / P) × 100</c>.</summary>
    DescendenteSimetrica = 3,

    /// <summary>Regular: <c>100 − |R / P × 100 − 100|</c>, falling off on both sides of the target.</summary>
    Regular = 4,
}

/// <summary>How programado and realizado were aggregated over the months up to the corte.</summary>
public enum AgregacionDeMeses
{
    /// <summary>No months were aggregated.</summary>
    Ninguna = 0,

    /// <summary><see cref="TipoDeAcumulacion.Suma"/>: sums of the programmed and reported values.</summary>
    Suma = 1,

    /// <summary>Porcentaje without variables in every month: the mean of the monthly cumplimientos.</summary>
    PromedioDeMeses = 2,

    /// <summary>Porcentaje with numerador and denominador in every month: ΣN / ΣD against the mean programmed rate.</summary>
    CocienteDeVariables = 3,

    /// <summary><see cref="TipoDeAcumulacion.UltimoValor"/>: the last programmed value against the last reported one.</summary>
    UltimoValor = 4,

    /// <summary><see cref="TipoDeAcumulacion.Maximo"/>: the highest programmed value against the highest reported one.</summary>
    Maximo = 5,
}

/// <summary>Facts about an evaluation that an analyst should see (a combination of flags).</summary>
[Flags]
public enum SenalesDeEvaluacion
{
    /// <summary>Nothing to flag.</summary>
    Ninguna = 0,

    /// <summary>Some programmed month up to the corte has no avance.</summary>
    MesesSinReporte = 1,

    /// <summary>The cumplimiento is above the over-compliance limit of the options.</summary>
    Sobrecumplimiento = 2,

    /// <summary>Descendente with realizado 0: the convention's value was used (full compliance).</summary>
    RealizadoCeroDescendente = 4,

    /// <summary>Some avance up to the corte is in a month with nothing programmed (for an ascendente rate, a month programmed at 0%).</summary>
    ReporteSinProgramacion = 8,
}

/// <summary>The dimension by which results are grouped in a roll-up.</summary>
public enum Agrupacion
{
    /// <summary>By the plan's unidad responsable.</summary>
    UnidadResponsable = 0,

    /// <summary>By the plan's dependencia.</summary>
    Dependencia = 1,

    /// <summary>By the activity's programa presupuestario.</summary>
    ProgramaPresupuestario = 2,

    /// <summary>By the activity's eje rector.</summary>
    EjeRector = 3,

    /// <summary>By the activity's objetivo estratégico.</summary>
    ObjetivoEstrategico = 4,
}
