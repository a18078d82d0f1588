using System;
using System.Collections.Generic;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// Computes the semáforo: for each activity at a corte, programado, realizado, cumplimiento, avance anual and
/// colour; for plans and groups of plans, the roll-ups. Follows the fixed rules of <c>docs/semaforo.md</c>.
/// </summary>
/// <remarks>
/// <para>Thread-safe and stateless apart from its <see cref="Opciones"/>. Never reads the clock: the
/// <see cref="Corte"/> comes from the caller.</para>
/// <para>Evaluating one activity allocates nothing (<see cref="ResultadoDeActividad"/> is a value);
/// <see cref="Evaluar(AvancesDelPlan, Corte, Span{ResultadoDeActividad})"/> evaluates a plan into a caller's buffer.</para>
/// </remarks>
public sealed class EvaluadorDeSemaforo
{
    private const int Meses = Calendarizacion.Meses;

    /// <summary>Creates an evaluator with <paramref name="opciones"/> (<see cref="OpcionesDeEvaluacion.Predeterminadas"/> when null).</summary>
    public EvaluadorDeSemaforo(OpcionesDeEvaluacion? opciones = null) => Opciones = opciones ?? OpcionesDeEvaluacion.Predeterminadas;

    /// <summary>An evaluator with the default options.</summary>
    public static EvaluadorDeSemaforo Predeterminado { get; } = new();

    /// <summary>The options.</summary>
    public OpcionesDeEvaluacion Opciones { get; }

    /// <summary>Evaluates the activity numbered <paramref name="numeroDeActividad"/> at <paramref name="corte"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="avances"/> is null.</exception>
    /// <exception cref="ArgumentException">The plan has no activity with that number.</exception>
    public ResultadoDeActividad Evaluar(AvancesDelPlan avances, int numeroDeActividad, Corte corte)
    {
        Preconditions.CheckNotNull(avances, nameof(avances));
        var i = avances.IndiceDe(numeroDeActividad);
        if (i < 0)
        {
            throw new ArgumentException($"El plan de {avances.Plan.UnidadResponsable} no tiene la actividad {numeroDeActividad}.", nameof(numeroDeActividad));
        }

        return EvaluarIndice(avances, i, corte.Mes, corte.MesesContados(avances.Plan.Ejercicio));
    }

    /// <summary>Evaluates the activity at position <paramref name="posicion"/> (0-based, in the plan's order) at <paramref name="corte"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="avances"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="posicion"/> is not a position of the plan.</exception>
    public ResultadoDeActividad EvaluarEnPosicion(AvancesDelPlan avances, int posicion, Corte corte)
    {
        Preconditions.CheckNotNull(avances, nameof(avances));
        Preconditions.CheckRange(posicion, nameof(posicion), 0, avances.Actividades.Length - 1);
        return EvaluarIndice(avances, posicion, corte.Mes, corte.MesesContados(avances.Plan.Ejercicio));
    }

    /// <summary>Evaluates every activity of a plan into <paramref name="destino"/>, in the plan's order, without allocating.</summary>
    /// <returns>The number of results written (the number of activities).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="avances"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destino"/> is shorter than the plan's activities.</exception>
    public int Evaluar(AvancesDelPlan avances, Corte corte, Span<ResultadoDeActividad> destino)
    {
        Preconditions.CheckNotNull(avances, nameof(avances));
        var n = avances.Actividades.Length;
        if (destino.Length < n)
        {
            throw new ArgumentException($"El destino tiene {destino.Length} lugares; el plan tiene {n} actividades.", nameof(destino));
        }

        var contados = corte.MesesContados(avances.Plan.Ejercicio);
        for (var i = 0; i < n; i++)
        {
            destino[i] = EvaluarIndice(avances, i, corte.Mes, contados);
        }

        return n;
    }

    /// <summary>Evaluates every activity of a plan at <paramref name="corte"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="avances"/> is null.</exception>
    public ResultadoDePlan Evaluar(AvancesDelPlan avances, Corte corte)
    {
        Preconditions.CheckNotNull(avances, nameof(avances));
        var resultados = new ResultadoDeActividad[avances.Actividades.Length];
        Evaluar(avances, corte, resultados);
        return new ResultadoDePlan(avances.Plan, corte, resultados, avances);
    }

    /// <summary>Evaluates many plans at <paramref name="corte"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="planes"/> or one of its items is null.</exception>
    public IReadOnlyList<ResultadoDePlan> Evaluar(IEnumerable<AvancesDelPlan> planes, Corte corte)
    {
        Preconditions.CheckNotNull(planes, nameof(planes));
        var resultados = new List<ResultadoDePlan>();
        foreach (var plan in planes)
        {
            resultados.Add(Evaluar(plan ?? throw new ArgumentNullException(nameof(planes), $"El plan en la posición {resultados.Count} es nulo."), corte));
        }

        return resultados;
    }

    /// <summary>
    /// The month-by-month series of an activity: its result at each corte from January to <paramref name="corte"/>
    /// (one element per month of the ejercicio up to the corte; empty when the corte is before the ejercicio).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="avances"/> is null.</exception>
    /// <exception cref="ArgumentException">The plan has no activity with that number.</exception>
    public IReadOnlyList<ResultadoDeActividad> Serie(AvancesDelPlan avances, int numeroDeActividad, Corte corte)
    {
        Preconditions.CheckNotNull(avances, nameof(avances));
        var i = avances.IndiceDe(numeroDeActividad);
        if (i < 0)
        {
            throw new ArgumentException($"El plan de {avances.Plan.UnidadResponsable} no tiene la actividad {numeroDeActividad}.", nameof(numeroDeActividad));
        }

        var ejercicio = avances.Plan.Ejercicio;
        var contados = corte.MesesContados(ejercicio);
        var serie = new ResultadoDeActividad[contados];
        for (var mes = 1; mes <= contados; mes++)
        {
            serie[mes - 1] = EvaluarIndice(avances, i, ejercicio.Mes(mes), mes);
        }

        return serie;
    }

    /// <summary>
    /// Rolls up results by <paramref name="agrupacion"/>: per group the counts per colour, the share in green,
    /// the mean cumplimiento (each activity counted between 0 and 100 unless <see cref="OpcionesDeEvaluacion.PromedioDeGrupo"/> says otherwise)
    /// and the group's colour. Groups come in order of first appearance; every number of a group is the same whatever the
    /// order of its plans and activities (the mean is summed exactly, and near a band limit the colour is decided on the
    /// exact mean of the activities' exact cumplimientos).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="resultados"/> or one of its items is null.</exception>
    public IReadOnlyList<ResumenDeGrupo> Resumir(IEnumerable<ResultadoDePlan> resultados, Agrupacion agrupacion)
        => Resumir(resultados, agrupacion, ModoDeResumen.Promedio);

    /// <summary>
    /// Rolls up results by <paramref name="agrupacion"/> and gives each group its colour by <paramref name="modo"/>: the mean
    /// (<see cref="ModoDeResumen.Promedio"/>), the mean weighted by each activity's <see cref="Actividad.Peso"/>, the worst
    /// colour of its activities, or its share in green. Each group says which mode it used (<see cref="ResumenDeGrupo.Modo"/>).
    /// </summary>
    /// <param name="resultados">The plans evaluated.</param>
    /// <param name="agrupacion">The dimension to group by.</param>
    /// <param name="modo">How a group's figure and colour are made.</param>
    /// <returns>One roll-up per group, in order of first appearance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resultados"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="agrupacion"/> or <paramref name="modo"/> is not defined.</exception>
    public IReadOnlyList<ResumenDeGrupo> Resumir(IEnumerable<ResultadoDePlan> resultados, Agrupacion agrupacion, ModoDeResumen modo)
    {
        Preconditions.CheckNotNull(resultados, nameof(resultados));
        if (agrupacion is < Agrupacion.UnidadResponsable or > Agrupacion.ObjetivoEstrategico)
        {
            throw new ArgumentOutOfRangeException(nameof(agrupacion), agrupacion, "Agrupación no definida.");
        }

        if (modo is < ModoDeResumen.Promedio or > ModoDeResumen.PorcentajeEnVerde)
        {
            throw new ArgumentOutOfRangeException(nameof(modo), modo, "Modo de resumen no definido.");
        }

        var grupos = new Dictionary<object, ResumenDeGrupo.Acumulador>();
        var orden = new List<ResumenDeGrupo.Acumulador>();
        foreach (var plan in resultados)
        {
            Preconditions.CheckNotNull(plan, nameof(resultados));
            for (var indice = 0; indice < plan.Resultados.Count; indice++)
            {
                var resultado = plan.Resultados[indice];
                object clave = agrupacion switch
                {
                    Agrupacion.UnidadResponsable => plan.Plan.UnidadResponsable,
                    Agrupacion.Dependencia => plan.Plan.Dependencia,
                    Agrupacion.ProgramaPresupuestario => resultado.Actividad.Programa,
                    Agrupacion.EjeRector => resultado.Actividad.Alineacion.Eje,
                    _ => resultado.Actividad.Alineacion.Objetivo,
                };
                if (!grupos.TryGetValue(clave, out var acumulador))
                {
                    acumulador = new ResumenDeGrupo.Acumulador(clave);
                    grupos.Add(clave, acumulador);
                    orden.Add(acumulador);
                }

                acumulador.Agregar(resultado, plan, indice);
            }
        }

        var resumenes = new ResumenDeGrupo[orden.Count];
        for (var i = 0; i < orden.Count; i++)
        {
            resumenes[i] = orden[i].Crear(agrupacion, Opciones, modo);
        }

        return resumenes;
    }

    private ResultadoDeActividad EvaluarIndice(AvancesDelPlan avances, int i, NodaTime.YearMonth corte, int contadosAlCorte)
    {
        var actividad = avances.Actividades[i];
        var calendario = actividad.Calendarizacion;
        var acumulacion = Acumulacion.De(actividad.Acumulacion);

        // Only closed periods count: a trimestral activity at corte mayo counts January..March.
        var contados = Periodos.UltimoCierre(actividad.Frecuencia, contadosAlCorte);
        var mascaraContados = (1 << contados) - 1;
        var reportados = avances.Reportados[i] & mascaraContados;
        var sentido = actividad.Sentido;
        var politica = Opciones.PoliticaPara(sentido);
        var ascendente = sentido == Sentido.Ascendente;

        // Programmed months: a value in the calendar. For an ascendente rate a programmed 0% sets no target;
        // for descendente and regular a programmed 0 (count or rate) is a real target of zero.
        var programados = calendario.Mascara & mascaraContados;
        decimal programadoTotal = 0m;
        var hayRealizado = false;
        for (var m = 0; m < contados; m++)
        {
            var bit = 1 << m;
            if ((programados & bit) != 0)
            {
                var p = calendario.ValorSinVerificar(m);
                if (p == 0m && ascendente && acumulacion.CeroNoEsMetaAscendente)
                {
                    programados &= ~bit;
                }

                programadoTotal += p;
            }

            if ((reportados & bit) != 0)
            {
                hayRealizado |= avances.Realizados[(i * Meses) + m] > 0m;
            }
        }

        var considerados = politica == PoliticaDeMesesSinReporte.Excluir ? programados & reportados : programados;
        var senales = SenalesDeEvaluacion.Ninguna;
        if ((programados & ~reportados) != 0)
        {
            senales |= SenalesDeEvaluacion.MesesSinReporte;
        }

        if ((reportados & ~programados) != 0)
        {
            senales |= SenalesDeEvaluacion.ReporteSinProgramacion;
        }

        var meses = new MesesDeActividad(avances, i, contados, considerados, reportados);
        var formula = FormulaDe(sentido);
        var agregado = considerados == 0 ? default : acumulacion.Agregar(meses, formula, ref senales);

        // Nothing to compare with: nothing programmed (for ascendente, nothing above 0), or every programmed month left out
        // for lack of a report, or (ascendente) only targets of 0 left after leaving them out.
        if (considerados == 0 || (ascendente && agregado.Programado == 0m))
        {
            var nadaProgramado = programados == 0 || (ascendente && programadoTotal == 0m);
            var realizado = acumulacion.RealizadoSinComparacion(meses);
            if (nadaProgramado && ascendente && hayRealizado)
            {
                return new ResultadoDeActividad(actividad, corte, contados, EstadoDeEvaluacion.Adelantada, agregado.Programado, realizado, 100m,
                    actividad.Semaforizacion.Clasificar(100m), programados, reportados, considerados, FormulaDeCumplimiento.Ninguna, agregado.Agregacion, senales, politica);
            }

            return new ResultadoDeActividad(actividad, corte, contados, nadaProgramado ? EstadoDeEvaluacion.SinMetaProgramada : EstadoDeEvaluacion.SinDatos,
                agregado.Programado, realizado, null, null, programados, reportados, considerados, FormulaDeCumplimiento.Ninguna, AgregacionDeMeses.Ninguna, senales, politica);
        }

        // The colour is decided on the exact value: near a band limit (or the over-compliance limit) the decimal's
        // 28-digit rounding could decide it, so the exact fraction is computed and compared instead.
        var cumplimiento = agregado.Cumplimiento;
        var bandas = actividad.Semaforizacion;
        var limite = Opciones.LimiteDeSobrecumplimiento;
        Color color;
        Fraccion? exacto = null;
        if (bandas.CercaDeUnLimite(cumplimiento)
            || (limite is { } l && Math.Abs(cumplimiento - l) <= Semaforizacion.ToleranciaDeRedondeo))
        {
            exacto = acumulacion.Exacto(meses, formula);
            color = bandas.Clasificar(exacto.Value, ref cumplimiento);
        }
        else
        {
            color = bandas.Clasificar(cumplimiento);
        }

        if (limite is { } tope && (exacto is { } e ? e.CompareTo(tope) > 0 : cumplimiento > tope))
        {
            senales |= SenalesDeEvaluacion.Sobrecumplimiento;
        }

        return new ResultadoDeActividad(actividad, corte, contados, EstadoDeEvaluacion.Evaluada, agregado.Programado, agregado.Realizado, cumplimiento,
            color, programados, reportados, considerados, formula, agregado.Agregacion, senales, politica);
    }

    /// <summary>
    /// The exact cumplimiento of the activity at position <paramref name="i"/>, as a fraction, from the months a result
    /// counted and considered (the same inputs and rules as the decimal one). Only near a limit.
    /// </summary>
    internal static Fraccion CumplimientoExacto(AvancesDelPlan avances, int i, in ResultadoDeActividad resultado)
        => Acumulacion.De(avances.Actividades[i].Acumulacion).Exacto(
            new MesesDeActividad(avances, i, resultado.MesesContados.Cantidad, resultado.MesesConsiderados.Mascara, resultado.MesesReportados.Mascara),
            resultado.Formula);

    private FormulaDeCumplimiento FormulaDe(Sentido sentido) => sentido switch
    {
        Sentido.Ascendente => FormulaDeCumplimiento.RealizadoEntreProgramado,
        Sentido.Regular => FormulaDeCumplimiento.Regular,
        _ => Opciones.ConvencionDescendente == ConvencionDescendente.Simetrica
            ? FormulaDeCumplimiento.DescendenteSimetrica
            : FormulaDeCumplimiento.ProgramadoEntreRealizado,
    };
}
