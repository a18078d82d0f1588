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
        return new ResultadoDePlan(avances.Plan, corte, resultados);
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
    /// the mean cumplimiento (capped at 100 per activity unless <see cref="OpcionesDeEvaluacion.PromedioDeGrupo"/> says otherwise)
    /// and the group's colour. Groups come in order of first appearance.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="resultados"/> or one of its items is null.</exception>
    public IReadOnlyList<ResumenDeGrupo> Resumir(IEnumerable<ResultadoDePlan> resultados, Agrupacion agrupacion)
    {
        Preconditions.CheckNotNull(resultados, nameof(resultados));
        if (agrupacion is < Agrupacion.UnidadResponsable or > Agrupacion.ObjetivoEstrategico)
        {
            throw new ArgumentOutOfRangeException(nameof(agrupacion), agrupacion, "Agrupación no definida.");
        }

        var grupos = new Dictionary<object, ResumenDeGrupo.Acumulador>();
        var orden = new List<ResumenDeGrupo.Acumulador>();
        foreach (var plan in resultados)
        {
            Preconditions.CheckNotNull(plan, nameof(resultados));
            foreach (var resultado in plan.Resultados)
            {
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

                acumulador.Agregar(resultado, Opciones.PromedioDeGrupo);
            }
        }

        var resumenes = new ResumenDeGrupo[orden.Count];
        for (var i = 0; i < orden.Count; i++)
        {
            resumenes[i] = orden[i].Crear(agrupacion, Opciones);
        }

        return resumenes;
    }

    private ResultadoDeActividad EvaluarIndice(AvancesDelPlan avances, int i, NodaTime.YearMonth corte, int contados)
    {
        var actividad = avances.Actividades[i];
        var calendario = actividad.Calendarizacion;
        var mascaraContados = (1 << contados) - 1;
        var reportados = avances.Reportados[i] & mascaraContados;
        var excluir = Opciones.MesesSinReporte == PoliticaDeMesesSinReporte.Excluir;
        var realizados = avances.Realizados;
        var b = i * Meses;
        var porcentaje = actividad.Tipo == TipoDeMeta.Porcentaje;

        int programados;
        decimal programado = 0m, realizado = 0m, sumaDeCumplimientos = 0m;
        var hayRealizado = false;
        var considerados = 0;
        var meses = 0;
        var senales = SenalesDeEvaluacion.Ninguna;
        var agregacion = AgregacionDeMeses.Suma;
        decimal? cumplimientoMensual = null;

        if (!porcentaje)
        {
            programados = calendario.Mascara & mascaraContados;
            considerados = excluir ? programados & reportados : programados;
            for (var m = 0; m < contados; m++)
            {
                var bit = 1 << m;
                if ((considerados & bit) != 0)
                {
                    programado += calendario.ValorSinVerificar(m);
                }

                if ((reportados & bit) != 0)
                {
                    var r = realizados[b + m];
                    realizado += r;
                    hayRealizado |= r > 0m;
                }
            }
        }
        else
        {
            // A programmed rate of 0% sets no target: such a month is treated as not programmed.
            programados = 0;
            for (var m = 0; m < contados; m++)
            {
                var bit = 1 << m;
                if ((calendario.Mascara & bit) != 0 && calendario.ValorSinVerificar(m) > 0m)
                {
                    programados |= bit;
                }
            }

            considerados = excluir ? programados & reportados : programados;
            var conVariables = avances.ConVariables[i] & reportados;
            var todosConVariables = considerados != 0 && (considerados & ~conVariables) == 0;
            decimal sumaN = 0m, sumaD = 0m;
            for (var m = 0; m < contados; m++)
            {
                var bit = 1 << m;
                var r = (reportados & bit) != 0 ? realizados[b + m] : 0m;
                if ((considerados & bit) != 0)
                {
                    var p = calendario.ValorSinVerificar(m);
                    programado += p;
                    meses++;
                    if (todosConVariables)
                    {
                        sumaN += avances.Numeradores[b + m];
                        sumaD += avances.Denominadores[b + m];
                    }
                    else
                    {
                        realizado += r;
                        sumaDeCumplimientos += Aplicar(actividad.Sentido, r, p, ref senales, out _);
                    }
                }
                else if ((reportados & bit) != 0)
                {
                    hayRealizado |= r > 0m;
                }
            }

            if (meses > 0)
            {
                programado /= meses;
                if (todosConVariables)
                {
                    agregacion = AgregacionDeMeses.CocienteDeVariables;
                    realizado = sumaN * 100m / sumaD;
                }
                else
                {
                    agregacion = AgregacionDeMeses.PromedioDeMeses;
                    realizado /= meses;
                    cumplimientoMensual = sumaDeCumplimientos / meses;
                }
            }
            else
            {
                // Nothing programmed counted: realizado is the mean of what was reported, if anything.
                var n = 0;
                for (var m = 0; m < contados; m++)
                {
                    if ((reportados & (1 << m)) != 0)
                    {
                        realizado += realizados[b + m];
                        n++;
                    }
                }

                realizado = n > 0 ? realizado / n : 0m;
            }
        }

        if ((programados & ~reportados) != 0)
        {
            senales |= SenalesDeEvaluacion.MesesSinReporte;
        }

        if ((reportados & ~(calendario.Mascara & mascaraContados)) != 0)
        {
            senales |= SenalesDeEvaluacion.ReporteSinProgramacion;
        }

        var politica = Opciones.MesesSinReporte;
        var sentido = actividad.Sentido;

        if (considerados == 0 || (!porcentaje && programado == 0m && sentido == Sentido.Ascendente))
        {
            EstadoDeEvaluacion estado;
            if (considerados == 0 && programados != 0)
            {
                estado = EstadoDeEvaluacion.SinDatos;
            }
            else if (sentido == Sentido.Ascendente && (hayRealizado || (!porcentaje && realizado > 0m)))
            {
                var color = actividad.Semaforizacion.Clasificar(100m);
                return new ResultadoDeActividad(actividad, corte, contados, EstadoDeEvaluacion.Adelantada, programado, realizado, 100m, color,
                    programados, reportados, considerados, FormulaDeCumplimiento.Ninguna, agregacion, senales, politica);
            }
            else
            {
                estado = EstadoDeEvaluacion.SinMetaProgramada;
            }

            return new ResultadoDeActividad(actividad, corte, contados, estado, programado, realizado, null, null,
                programados, reportados, considerados, FormulaDeCumplimiento.Ninguna, AgregacionDeMeses.Ninguna, senales, politica);
        }

        decimal cumplimiento;
        FormulaDeCumplimiento formula;
        if (cumplimientoMensual is { } promedio)
        {
            cumplimiento = promedio;
            formula = FormulaDe(sentido);
        }
        else if (programado == 0m)
        {
            // Descendente or regular with a programmed target of 0: meeting it exactly is full compliance.
            formula = FormulaDe(sentido);
            if (realizado == 0m)
            {
                cumplimiento = 100m;
                if (sentido == Sentido.Descendente)
                {
                    senales |= SenalesDeEvaluacion.RealizadoCeroDescendente;
                }
            }
            else
            {
                cumplimiento = 0m;
            }
        }
        else
        {
            cumplimiento = Aplicar(sentido, realizado, programado, ref senales, out formula);
        }

        if (Opciones.LimiteDeSobrecumplimiento is { } limite && cumplimiento > limite)
        {
            senales |= SenalesDeEvaluacion.Sobrecumplimiento;
        }

        return new ResultadoDeActividad(actividad, corte, contados, EstadoDeEvaluacion.Evaluada, programado, realizado, cumplimiento,
            actividad.Semaforizacion.Clasificar(cumplimiento), programados, reportados, considerados, formula, agregacion, senales, politica);
    }

    private FormulaDeCumplimiento FormulaDe(Sentido sentido) => sentido switch
    {
        Sentido.Ascendente => FormulaDeCumplimiento.RealizadoEntreProgramado,
        Sentido.Regular => FormulaDeCumplimiento.Regular,
        _ => Opciones.ConvencionDescendente == ConvencionDescendente.Simetrica
            ? FormulaDeCumplimiento.DescendenteSimetrica
            : FormulaDeCumplimiento.ProgramadoEntreRealizado,
    };

    /// <summary>The cumplimiento of realizado <paramref name="r"/> against programado <paramref name="p"/> (above 0) for a sentido.</summary>
    private decimal Aplicar(Sentido sentido, decimal r, decimal p, ref SenalesDeEvaluacion senales, out FormulaDeCumplimiento formula)
    {
        formula = FormulaDe(sentido);
        switch (formula)
        {
            case FormulaDeCumplimiento.RealizadoEntreProgramado:
                return r * 100m / p;
            case FormulaDeCumplimiento.Regular:
                var razon = (r * 100m / p) - 100m;
                return 100m - (razon < 0m ? -razon : razon);
            case FormulaDeCumplimiento.DescendenteSimetrica:
                if (r == 0m)
                {
                    senales |= SenalesDeEvaluacion.RealizadoCeroDescendente;
                }

                return 200m - (r * 100m / p);
            default:
                if (r == 0m)
                {
                    senales |= SenalesDeEvaluacion.RealizadoCeroDescendente;
                    return 100m;
                }

                return p * 100m / r;
        }
    }
}
