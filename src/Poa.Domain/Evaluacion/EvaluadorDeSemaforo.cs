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
    /// <param name="opciones">How to evaluate (missing months, conventions, view, alert factor); <c>null</c> for the defaults.</param>
    public EvaluadorDeSemaforo(OpcionesDeEvaluacion? opciones = null) => Opciones = opciones ?? OpcionesDeEvaluacion.Predeterminadas;

    /// <summary>An evaluator with the default options.</summary>
    public static EvaluadorDeSemaforo Predeterminado { get; } = new();

    /// <summary>The options.</summary>
    public OpcionesDeEvaluacion Opciones { get; }

    /// <summary>Evaluates the activity numbered <paramref name="numeroDeActividad"/> at <paramref name="corte"/>.</summary>
    /// <param name="avances">The plan and what was reported.</param>
    /// <param name="numeroDeActividad">The number of the activity to evaluate.</param>
    /// <param name="corte">The cut-off month.</param>
    /// <returns>The result of that activity.</returns>
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
    /// <param name="avances">The plan and what was reported.</param>
    /// <param name="posicion">The 0-based position of the activity in the plan's order.</param>
    /// <param name="corte">The cut-off month.</param>
    /// <returns>The result of that activity.</returns>
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
    /// <param name="avances">The plan and what was reported.</param>
    /// <param name="corte">The cut-off month.</param>
    /// <param name="destino">Where the results are written, one per activity; at least as long as the plan's activities.</param>
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
    /// <param name="avances">The plan and what was reported.</param>
    /// <param name="corte">The cut-off month.</param>
    /// <returns>The result of every activity, in the plan's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="avances"/> is null.</exception>
    public ResultadoDePlan Evaluar(AvancesDelPlan avances, Corte corte)
    {
        Preconditions.CheckNotNull(avances, nameof(avances));
        var resultados = new ResultadoDeActividad[avances.Actividades.Length];
        Evaluar(avances, corte, resultados);
        return new ResultadoDePlan(avances.Plan, corte, resultados, avances);
    }

    /// <summary>
    /// Evaluates every activity of a plan on <paramref name="fecha"/>: at the corte the date gives under <paramref name="regla"/>
    /// (<see cref="Corte.Desde(NodaTime.LocalDate, ReglaDeCierre)"/>), with the <see cref="ResultadoDePlan.Reportes"/> of that date.
    /// </summary>
    /// <param name="avances">The plan and its avances.</param>
    /// <param name="fecha">The date (the caller's; the clock is never read).</param>
    /// <param name="regla">When a month closes.</param>
    /// <returns>The results, with reportes due, vencidos and extemporáneos.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="avances"/> or <paramref name="regla"/> is null.</exception>
    public ResultadoDePlan Evaluar(AvancesDelPlan avances, NodaTime.LocalDate fecha, ReglaDeCierre regla)
    {
        Preconditions.CheckNotNull(avances, nameof(avances));
        Preconditions.CheckNotNull(regla, nameof(regla));
        var corte = Corte.Desde(fecha, regla);
        var resultados = new ResultadoDeActividad[avances.Actividades.Length];
        Evaluar(avances, corte, resultados);
        return new ResultadoDePlan(avances.Plan, corte, resultados, avances, Reportes(avances, fecha, regla));
    }

    /// <summary>Evaluates many plans on <paramref name="fecha"/> under <paramref name="regla"/>, each with its reportes.</summary>
    /// <param name="planes">The plans and their avances.</param>
    /// <param name="fecha">The date (the caller's; the clock is never read).</param>
    /// <param name="regla">When a month closes.</param>
    /// <returns>One result per plan, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="planes"/>, one of its items or <paramref name="regla"/> is null.</exception>
    public IReadOnlyList<ResultadoDePlan> Evaluar(IEnumerable<AvancesDelPlan> planes, NodaTime.LocalDate fecha, ReglaDeCierre regla)
    {
        Preconditions.CheckNotNull(planes, nameof(planes));
        Preconditions.CheckNotNull(regla, nameof(regla));
        var resultados = new List<ResultadoDePlan>();
        foreach (var plan in planes)
        {
            resultados.Add(Evaluar(plan ?? throw new ArgumentNullException(nameof(planes), $"El plan en la posición {resultados.Count} es nulo."), fecha, regla));
        }

        return resultados;
    }

    /// <summary>
    /// The reportes of a plan on <paramref name="fecha"/> under <paramref name="regla"/>: per activity (in the view of
    /// <see cref="OpcionesDeEvaluacion.Vista"/>) the programmed months that have closed, those reported, the vencidos (closed
    /// without avance) and the extemporáneos (an avance whose <see cref="Avance.FechaDeReporte"/> is after the month's
    /// <see cref="ReglaDeCierre.FechaDeCierre"/>). Never reads the clock.
    /// </summary>
    /// <param name="avances">The plan and its avances.</param>
    /// <param name="fecha">The date of the picture.</param>
    /// <param name="regla">When a month closes.</param>
    /// <returns>The reportes per activity and in total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="avances"/> or <paramref name="regla"/> is null.</exception>
    public ReportesDelPlan Reportes(AvancesDelPlan avances, NodaTime.LocalDate fecha, ReglaDeCierre regla)
    {
        Preconditions.CheckNotNull(avances, nameof(avances));
        Preconditions.CheckNotNull(regla, nameof(regla));
        var ejercicio = avances.Plan.Ejercicio;
        var cerrados = (1 << Corte.Desde(fecha, regla).MesesContados(ejercicio)) - 1;
        var actividades = Opciones.Vista == VistaDelPlan.Aprobado ? avances.Actividades : avances.Vigentes;
        var reportes = new ReportesDeActividad[actividades.Length];
        for (var i = 0; i < actividades.Length; i++)
        {
            var debidos = actividades[i].Calendarizacion.Mascara & cerrados;
            int reportados = 0, extemporaneos = 0;
            for (var m = 0; m < Meses; m++)
            {
                if ((debidos & (1 << m)) == 0 || avances.Celda(i, m) is not { } avance)
                {
                    continue;
                }

                reportados |= 1 << m;
                if (avance.FechaDeReporte is { } f && f > regla.FechaDeCierre(ejercicio.Mes(m + 1)))
                {
                    extemporaneos |= 1 << m;
                }
            }

            reportes[i] = new ReportesDeActividad(actividades[i], debidos, reportados, extemporaneos);
        }

        return new ReportesDelPlan(avances, fecha, regla, reportes);
    }

    /// <summary>Evaluates many plans at <paramref name="corte"/>.</summary>
    /// <param name="planes">The avances of each plan.</param>
    /// <param name="corte">The cut-off month, the same for every plan.</param>
    /// <returns>One result per plan, in the order given.</returns>
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
    /// <param name="avances">The plan and what was reported.</param>
    /// <param name="numeroDeActividad">The number of the activity.</param>
    /// <param name="corte">The last month of the series.</param>
    /// <returns>The result of the activity at each month-end up to the corte.</returns>
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
    /// <param name="resultados">The results of the plans to roll up.</param>
    /// <param name="agrupacion">What to group by: unidad responsable, dependencia, programa, eje or objetivo.</param>
    /// <returns>One roll-up per group, in the order the groups first appear.</returns>
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
        // The view evaluated; without a modificación both are the same object and nothing extra is computed.
        var aprobada = avances.Actividades[i];
        var vigente = avances.Vigentes[i];
        var vista = Opciones.Vista;
        var actividad = vista == VistaDelPlan.Aprobado ? aprobada : vigente;
        var acumulacion = Acumulacion.De(actividad.Acumulacion);

        // Only closed periods count: a trimestral activity at corte mayo counts January..March.
        var contados = Periodos.UltimoCierre(actividad.Frecuencia, contadosAlCorte);
        var mascaraContados = (1 << contados) - 1;
        var reportados = avances.Reportados[i] & mascaraContados;
        var sentido = actividad.Sentido;
        var politica = Opciones.PoliticaPara(sentido);
        var ascendente = sentido == Sentido.Ascendente;
        var formula = FormulaDe(sentido);

        // Programmed months: a value in the calendar. For an ascendente rate a programmed 0% sets no target;
        // for descendente and regular a programmed 0 (count or rate) is a real target of zero.
        var programados = Programados(actividad.Calendarizacion, mascaraContados, ascendente && acumulacion.CeroNoEsMetaAscendente);
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

        var meses = new MesesDeActividad(avances, i, actividad.Calendarizacion, contados, considerados, reportados);
        var agregado = considerados == 0 ? default : acumulacion.Agregar(meses, formula, ref senales);
        EstadoDeEvaluacion estado;
        decimal realizado;
        decimal? cumplimiento = null;
        Color? color = null;
        var formulaUsada = FormulaDeCumplimiento.Ninguna;
        var agregacion = AgregacionDeMeses.Ninguna;

        // Nothing to compare with: nothing programmed (for ascendente, nothing above 0), or every programmed month left out
        // for lack of a report, or (ascendente) only targets of 0 left after leaving them out.
        if (considerados == 0 || (ascendente && agregado.Programado == 0m))
        {
            var nadaProgramado = programados == 0 || (ascendente && Total(actividad.Calendarizacion, programados) == 0m);
            realizado = acumulacion.RealizadoSinComparacion(meses);
            if (nadaProgramado && ascendente && HayRealizado(avances, i, reportados))
            {
                estado = EstadoDeEvaluacion.Adelantada;
                cumplimiento = 100m;
                color = actividad.Semaforizacion.Clasificar(100m);
                agregacion = agregado.Agregacion;
            }
            else
            {
                estado = nadaProgramado ? EstadoDeEvaluacion.SinMetaProgramada : EstadoDeEvaluacion.SinDatos;
            }
        }
        else
        {
            // The colour is decided on the exact value: near a band limit (or the over-compliance limit) the decimal's
            // 28-digit rounding could decide it, so the exact fraction is computed and compared instead.
            var valor = agregado.Cumplimiento;
            var bandas = actividad.Semaforizacion;
            var limite = Opciones.LimiteDeSobrecumplimiento;
            Fraccion? exacto = null;
            if (bandas.CercaDeUnLimite(valor)
                || (limite is { } l && Math.Abs(valor - l) <= Semaforizacion.ToleranciaDeRedondeo))
            {
                exacto = acumulacion.Exacto(meses, formula);
                color = bandas.Clasificar(exacto.Value, ref valor);
            }
            else
            {
                color = bandas.Clasificar(valor);
            }

            if (limite is { } tope && (exacto is { } e ? e.CompareTo(tope) > 0 : valor > tope))
            {
                senales |= SenalesDeEvaluacion.Sobrecumplimiento;
            }

            estado = EstadoDeEvaluacion.Evaluada;
            realizado = agregado.Realizado;
            cumplimiento = valor;
            formulaUsada = formula;
            agregacion = agregado.Agregacion;
        }

        // Programado of the other view, only when a modificación changed the activity.
        var programadoOtraVista = ReferenceEquals(aprobada, vigente)
            ? agregado.Programado
            : ProgramadoDe(vista == VistaDelPlan.Aprobado ? vigente : aprobada, avances, i, contados, reportados, politica, formula, ascendente);

        // The alerta temprana and the justificación are read from the result when asked: nothing more is computed here.
        return new ResultadoDeActividad(actividad, corte, contados, estado, agregado.Programado, realizado, cumplimiento,
            color, programados, reportados, considerados, formulaUsada, agregacion, senales, politica,
            avances, i, programadoOtraVista, Opciones);
    }

    /// <summary>The programmed months of <paramref name="calendario"/> among <paramref name="mascaraContados"/> (without the 0s when they set no target).</summary>
    private static int Programados(Calendarizacion calendario, int mascaraContados, bool sinCeros)
    {
        var programados = calendario.Mascara & mascaraContados;
        if (!sinCeros)
        {
            return programados;
        }

        for (var m = 0; (programados >> m) != 0; m++)
        {
            var bit = 1 << m;
            if ((programados & bit) != 0 && calendario.ValorSinVerificar(m) == 0m)
            {
                programados &= ~bit;
            }
        }

        return programados;
    }

    /// <summary>The total programmed in the months of <paramref name="mascara"/> (only when there is nothing to compare with).</summary>
    private static decimal Total(Calendarizacion calendario, int mascara)
    {
        var total = 0m;
        for (var m = 0; (mascara >> m) != 0; m++)
        {
            if ((mascara & (1 << m)) != 0)
            {
                total += calendario.ValorSinVerificar(m);
            }
        }

        return total;
    }

    /// <summary>Whether a month of <paramref name="reportados"/> has a realizado above 0 (only when there is nothing to compare with).</summary>
    private static bool HayRealizado(AvancesDelPlan avances, int i, int reportados)
    {
        for (var m = 0; (reportados >> m) != 0; m++)
        {
            if ((reportados & (1 << m)) != 0 && avances.Realizados[(i * Meses) + m] > 0m)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The programado to the corte of <paramref name="otra"/> (the other view of the activity at position <paramref name="i"/>), by the same rules.</summary>
    private static decimal ProgramadoDe(Actividad otra, AvancesDelPlan avances, int i, int contados, int reportados, PoliticaDeMesesSinReporte politica, FormulaDeCumplimiento formula, bool ascendente)
    {
        var acumulacion = Acumulacion.De(otra.Acumulacion);
        var programados = Programados(otra.Calendarizacion, (1 << contados) - 1, ascendente && acumulacion.CeroNoEsMetaAscendente);
        var considerados = politica == PoliticaDeMesesSinReporte.Excluir ? programados & reportados : programados;
        if (considerados == 0)
        {
            return 0m;
        }

        var senales = SenalesDeEvaluacion.Ninguna;
        return acumulacion.Agregar(new MesesDeActividad(avances, i, otra.Calendarizacion, contados, considerados, reportados), formula, ref senales).Programado;
    }

    /// <summary>The index (0..11) of the latest month in <paramref name="mascara"/>, or −1 when it is empty.</summary>
    internal static int UltimoMes(int mascara)
    {
        for (var m = Meses - 1; m >= 0; m--)
        {
            if ((mascara & (1 << m)) != 0)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// The exact cumplimiento of the activity at position <paramref name="i"/>, as a fraction, from the months a result
    /// counted and considered (the same inputs and rules as the decimal one). Only near a limit.
    /// </summary>
    internal static Fraccion CumplimientoExacto(AvancesDelPlan avances, int i, in ResultadoDeActividad resultado)
        => Acumulacion.De(resultado.Actividad.Acumulacion).Exacto(
            new MesesDeActividad(avances, i, resultado.Actividad.Calendarizacion, resultado.MesesContados.Cantidad, resultado.MesesConsiderados.Mascara, resultado.MesesReportados.Mascara),
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
