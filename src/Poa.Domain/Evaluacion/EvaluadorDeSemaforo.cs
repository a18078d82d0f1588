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

                acumulador.Agregar(resultado, plan, indice, Opciones.PromedioDeGrupo);
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
        var sentido = actividad.Sentido;
        var politica = Opciones.PoliticaPara(sentido);
        var excluir = politica == PoliticaDeMesesSinReporte.Excluir;
        var realizados = avances.Realizados;
        var b = i * Meses;
        var porcentaje = actividad.Tipo == TipoDeMeta.Porcentaje;
        var ascendente = sentido == Sentido.Ascendente;

        // Programmed months: a value in the calendar. For ascendente a programmed rate of 0% sets no target;
        // for descendente and regular a programmed 0 (count or rate) is a real target of zero.
        var programados = calendario.Mascara & mascaraContados;
        if (porcentaje && ascendente)
        {
            for (var m = 0; m < contados; m++)
            {
                if (calendario.ValorSinVerificar(m) == 0m)
                {
                    programados &= ~(1 << m);
                }
            }
        }

        var considerados = excluir ? programados & reportados : programados;
        decimal programado = 0m, programadoTotal = 0m, realizado = 0m;
        var hayRealizado = false;
        var senales = SenalesDeEvaluacion.Ninguna;
        var agregacion = AgregacionDeMeses.Suma;
        var formula = FormulaDe(sentido);
        decimal cumplimiento = 0m;

        for (var m = 0; m < contados; m++)
        {
            var bit = 1 << m;
            if ((programados & bit) != 0)
            {
                var p = calendario.ValorSinVerificar(m);
                programadoTotal += p;
                if ((considerados & bit) != 0)
                {
                    programado += p;
                }
            }

            if ((reportados & bit) != 0)
            {
                var r = realizados[b + m];
                hayRealizado |= r > 0m;
                if (!porcentaje)
                {
                    realizado += r;
                }
            }
        }

        if ((programados & ~reportados) != 0)
        {
            senales |= SenalesDeEvaluacion.MesesSinReporte;
        }

        if ((reportados & ~programados) != 0)
        {
            senales |= SenalesDeEvaluacion.ReporteSinProgramacion;
        }

        // Nothing to compare with: nothing programmed (for ascendente, nothing above 0), or every programmed month
        // excluded for lack of a report, or (ascendente) only zero targets left after the exclusion.
        if (programados == 0 || considerados == 0 || (ascendente && !porcentaje && programado == 0m))
        {
            var nadaProgramado = programados == 0 || (ascendente && !porcentaje && programadoTotal == 0m);
            if (nadaProgramado && ascendente && hayRealizado)
            {
                if (porcentaje)
                {
                    realizado = Promedio(realizados, b, reportados, contados);
                }

                var color = actividad.Semaforizacion.Clasificar(100m);
                return new ResultadoDeActividad(actividad, corte, contados, EstadoDeEvaluacion.Adelantada, programado, realizado, 100m, color,
                    programados, reportados, considerados, FormulaDeCumplimiento.Ninguna, agregacion, senales, politica);
            }

            if (porcentaje)
            {
                realizado = Promedio(realizados, b, reportados, contados);
            }

            return new ResultadoDeActividad(actividad, corte, contados, nadaProgramado ? EstadoDeEvaluacion.SinMetaProgramada : EstadoDeEvaluacion.SinDatos,
                programado, realizado, null, null, programados, reportados, considerados, FormulaDeCumplimiento.Ninguna, AgregacionDeMeses.Ninguna, senales, politica);
        }

        if (!porcentaje)
        {
            cumplimiento = Aplicar(formula, realizado, programado, ref senales);
        }
        else
        {
            var meses = Contar(considerados);
            var conVariables = avances.ConVariables[i] & reportados;
            programado /= meses;
            if ((considerados & ~conVariables) == 0)
            {
                // Every month counted carries numerador and denominador: ΣN / ΣD against the mean programmed rate.
                agregacion = AgregacionDeMeses.CocienteDeVariables;
                decimal sumaN = 0m, sumaD = 0m;
                for (var m = 0; m < contados; m++)
                {
                    if ((considerados & (1 << m)) != 0)
                    {
                        sumaN += avances.Numeradores[b + m];
                        sumaD += avances.Denominadores[b + m];
                    }
                }

                realizado = sumaN * 100m / sumaD;
                cumplimiento = Aplicar(formula, realizado, programado, ref senales);
            }
            else
            {
                // The mean of the monthly cumplimientos (a missing month counts 0 realized unless excluded).
                agregacion = AgregacionDeMeses.PromedioDeMeses;
                decimal suma = 0m;
                for (var m = 0; m < contados; m++)
                {
                    var bit = 1 << m;
                    if ((considerados & bit) != 0)
                    {
                        var r = (reportados & bit) != 0 ? realizados[b + m] : 0m;
                        realizado += r;
                        suma += Aplicar(formula, r, calendario.ValorSinVerificar(m), ref senales);
                    }
                }

                realizado /= meses;
                cumplimiento = suma / meses;
            }
        }

        // The colour is decided on the exact value: near a band limit (or the over-compliance limit) the decimal's
        // 28-digit rounding could decide it, so the exact fraction is computed and compared instead.
        var bandas = actividad.Semaforizacion;
        var limite = Opciones.LimiteDeSobrecumplimiento;
        Color colorFinal;
        Fraccion? exacto = null;
        if (bandas.CercaDeUnLimite(cumplimiento)
            || (limite is { } l && Math.Abs(cumplimiento - l) <= Semaforizacion.ToleranciaDeRedondeo))
        {
            exacto = CumplimientoExacto(avances, i, considerados, reportados, contados, agregacion, formula);
            colorFinal = bandas.Clasificar(exacto.Value, ref cumplimiento);
        }
        else
        {
            colorFinal = bandas.Clasificar(cumplimiento);
        }

        if (limite is { } tope && (exacto is { } e ? e.CompareTo(tope) > 0 : cumplimiento > tope))
        {
            senales |= SenalesDeEvaluacion.Sobrecumplimiento;
        }

        return new ResultadoDeActividad(actividad, corte, contados, EstadoDeEvaluacion.Evaluada, programado, realizado, cumplimiento,
            colorFinal, programados, reportados, considerados, formula, agregacion, senales, politica);
    }

    /// <summary>
    /// The exact cumplimiento of the activity at position <paramref name="i"/>, computed as a fraction from the same
    /// inputs and rules as the decimal one (same months, aggregation and formula). Only near a limit.
    /// </summary>
    internal static Fraccion CumplimientoExacto(AvancesDelPlan avances, int i, int considerados, int reportados, int contados, AgregacionDeMeses agregacion, FormulaDeCumplimiento formula)
    {
        var actividad = avances.Actividades[i];
        var calendario = actividad.Calendarizacion;
        var b = i * Meses;
        var meses = Contar(considerados);
        switch (agregacion)
        {
            case AgregacionDeMeses.PromedioDeMeses:
                // A rate reported with its variables is exactly N / D × 100 (its Realizado is that value rounded).
                var conVariables = avances.ConVariables[i];
                var suma = Fraccion.Cero;
                for (var m = 0; m < contados; m++)
                {
                    var bit = 1 << m;
                    if ((considerados & bit) != 0)
                    {
                        var r = (reportados & bit) == 0 ? Fraccion.Cero
                            : (conVariables & bit) != 0 ? Fraccion.De(avances.Numeradores[b + m]) * Fraccion.De(100) / Fraccion.De(avances.Denominadores[b + m])
                            : Fraccion.De(avances.Realizados[b + m]);
                        suma += AplicarExacto(formula, r, Fraccion.De(calendario.ValorSinVerificar(m)));
                    }
                }

                return suma / Fraccion.De(meses);
            case AgregacionDeMeses.CocienteDeVariables:
                decimal sumaN = 0m, sumaD = 0m, sumaP = 0m;
                for (var m = 0; m < contados; m++)
                {
                    if ((considerados & (1 << m)) != 0)
                    {
                        sumaN += avances.Numeradores[b + m];
                        sumaD += avances.Denominadores[b + m];
                        sumaP += calendario.ValorSinVerificar(m);
                    }
                }

                var tasa = Fraccion.De(sumaN) * Fraccion.De(100) / Fraccion.De(sumaD);
                return AplicarExacto(formula, tasa, Fraccion.De(sumaP) / Fraccion.De(meses));
            default:
                decimal programado = 0m, realizado = 0m;
                for (var m = 0; m < contados; m++)
                {
                    var bit = 1 << m;
                    if ((considerados & bit) != 0)
                    {
                        programado += calendario.ValorSinVerificar(m);
                    }

                    if ((reportados & bit) != 0)
                    {
                        realizado += avances.Realizados[b + m];
                    }
                }

                return AplicarExacto(formula, Fraccion.De(realizado), Fraccion.De(programado));
        }
    }

    private static decimal Promedio(decimal[] realizados, int b, int reportados, int contados)
    {
        decimal suma = 0m;
        var n = 0;
        for (var m = 0; m < contados; m++)
        {
            if ((reportados & (1 << m)) != 0)
            {
                suma += realizados[b + m];
                n++;
            }
        }

        return n > 0 ? suma / n : 0m;
    }

    private static int Contar(int mascara)
    {
        var n = 0;
        while (mascara != 0)
        {
            mascara &= mascara - 1;
            n++;
        }

        return n;
    }

    private FormulaDeCumplimiento FormulaDe(Sentido sentido) => sentido switch
    {
        Sentido.Ascendente => FormulaDeCumplimiento.RealizadoEntreProgramado,
        Sentido.Regular => FormulaDeCumplimiento.Regular,
        _ => Opciones.ConvencionDescendente == ConvencionDescendente.Simetrica
            ? FormulaDeCumplimiento.DescendenteSimetrica
            : FormulaDeCumplimiento.ProgramadoEntreRealizado,
    };

    /// <summary>
    /// The cumplimiento of realizado <paramref name="r"/> against programado <paramref name="p"/> by <paramref name="formula"/>.
    /// A programado of 0 is a real target of zero: realizado 0 meets it (100), anything above it does not (0).
    /// </summary>
    private static decimal Aplicar(FormulaDeCumplimiento formula, decimal r, decimal p, ref SenalesDeEvaluacion senales)
    {
        if (r == 0m && formula is FormulaDeCumplimiento.ProgramadoEntreRealizado or FormulaDeCumplimiento.DescendenteSimetrica)
        {
            senales |= SenalesDeEvaluacion.RealizadoCeroDescendente;
        }

        if (p == 0m)
        {
            return r == 0m ? 100m : 0m;
        }

        switch (formula)
        {
            case FormulaDeCumplimiento.RealizadoEntreProgramado:
                return r * 100m / p;
            case FormulaDeCumplimiento.Regular:
                var razon = (r * 100m / p) - 100m;
                return 100m - (razon < 0m ? -razon : razon);
            case FormulaDeCumplimiento.DescendenteSimetrica:
                return 200m - (r * 100m / p);
            default:
                return r == 0m ? 100m : p * 100m / r;
        }
    }

    /// <summary><see cref="Aplicar"/> on exact fractions.</summary>
    private static Fraccion AplicarExacto(FormulaDeCumplimiento formula, Fraccion r, Fraccion p)
    {
        var cien = Fraccion.De(100);
        if (p.EsCero)
        {
            return r.EsCero ? cien : Fraccion.Cero;
        }

        switch (formula)
        {
            case FormulaDeCumplimiento.RealizadoEntreProgramado:
                return r * cien / p;
            case FormulaDeCumplimiento.Regular:
                return cien - ((r * cien / p) - cien).Abs();
            case FormulaDeCumplimiento.DescendenteSimetrica:
                return Fraccion.De(200) - (r * cien / p);
            default:
                return r.EsCero ? cien : p * cien / r;
        }
    }
}
