using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Poa.Domain.Reportes;

/// <summary>
/// Everything the report shows, evaluated once: the results of every plan, the roll-ups by dependencia,
/// unidad responsable and eje rector (the evaluator's own <see cref="EvaluadorDeSemaforo.Resumir(System.Collections.Generic.IEnumerable{ResultadoDePlan}, Agrupacion)"/>), the
/// missing reports per group, the facts of the reporting cycle (alerts, missing justificaciones, modificaciones and, with a
/// closing rule, the reportes of every plan on the date), and the distinct semaforizaciones (one set of bands per sparkline drawing).
/// </summary>
internal sealed class ModeloDelReporte
{
    private readonly Dictionary<object, int> mesesSinReporte = [];
    private readonly Dictionary<Semaforizacion, int> indiceDeBandas = [];
    private readonly Dictionary<UnidadResponsable, int> primerPlanDeUnidad = [];

    internal ModeloDelReporte(IReadOnlyList<AvancesDelPlan> planes, Corte corte, EvaluadorDeSemaforo evaluador, LocalDate fecha, ReglaDeCierre? regla)
    {
        Planes = planes;
        Corte = corte;
        Evaluador = evaluador;
        Fecha = fecha;
        Resultados = evaluador.Evaluar(planes, corte);
        PorDependencia = evaluador.Resumir(Resultados, Agrupacion.Dependencia);
        PorUnidad = evaluador.Resumir(Resultados, Agrupacion.UnidadResponsable);
        PorEje = evaluador.Resumir(Resultados, Agrupacion.EjeRector);
        var bandas = new List<Semaforizacion>();
        var usos = new List<int>();
        for (var p = 0; p < Resultados.Count; p++)
        {
            var plan = Resultados[p].Plan;
            if (!primerPlanDeUnidad.ContainsKey(plan.UnidadResponsable))
            {
                primerPlanDeUnidad.Add(plan.UnidadResponsable, p);
            }

            foreach (var r in Resultados[p].Resultados)
            {
                Actividades++;
                switch (r.Color)
                {
                    case Color.Verde:
                        Verdes++;
                        break;
                    case Color.Amarillo:
                        Amarillos++;
                        break;
                    case Color.Rojo:
                        Rojos++;
                        break;
                }

                ConAlerta += r.TieneAlerta ? 1 : 0;
                SinJustificacion += r.FaltaJustificacion ? 1 : 0;
                ConModificaciones += r.TieneModificaciones ? 1 : 0;
                var faltantes = r.MesesSinReporte.Cantidad;
                if (faltantes > 0)
                {
                    MesesSinReporte += faltantes;
                    ActividadesConMesesSinReporte++;
                    Sumar(plan.Dependencia, faltantes);
                    Sumar(plan.UnidadResponsable, faltantes);
                    Sumar(r.Actividad.Alineacion.Eje, faltantes);
                }

                var semaforizacion = r.Actividad.Semaforizacion;
                if (indiceDeBandas.TryGetValue(semaforizacion, out var i))
                {
                    usos[i]++;
                }
                else
                {
                    indiceDeBandas.Add(semaforizacion, bandas.Count);
                    bandas.Add(semaforizacion);
                    usos.Add(1);
                }
            }
        }

        Bandas = bandas;
        UsosDeBandas = usos;
        if (regla is not null)
        {
            var reportes = new ReportesDelPlan[planes.Count];
            for (var p = 0; p < planes.Count; p++)
            {
                reportes[p] = evaluador.Reportes(planes[p], fecha, regla);
            }

            Reportes = reportes;
            ReportesPorUnidad = ReportesDeCadaUnidad(reportes);
        }

        Ejercicios = planes.Select(p => p.Plan.Ejercicio).Distinct().OrderBy(e => e).ToList();
    }

    internal IReadOnlyList<AvancesDelPlan> Planes { get; }

    internal Corte Corte { get; }

    internal EvaluadorDeSemaforo Evaluador { get; }

    internal IReadOnlyList<ResultadoDePlan> Resultados { get; }

    internal IReadOnlyList<ResumenDeGrupo> PorDependencia { get; }

    internal IReadOnlyList<ResumenDeGrupo> PorUnidad { get; }

    internal IReadOnlyList<ResumenDeGrupo> PorEje { get; }

    internal IReadOnlyList<EjercicioFiscal> Ejercicios { get; }

    /// <summary>The date of generation, and of the reportes when there is a closing rule.</summary>
    internal LocalDate Fecha { get; }

    /// <summary>The reportes of each plan on <see cref="Fecha"/> (in the order of <see cref="Planes"/>); <c>null</c> without a closing rule.</summary>
    internal IReadOnlyList<ReportesDelPlan>? Reportes { get; }

    /// <summary>The reportes summed per unidad responsable, in order of first appearance; <c>null</c> without a closing rule.</summary>
    internal IReadOnlyList<ReportesDeUnidad>? ReportesPorUnidad { get; }

    /// <summary>Activities with an alerta temprana.</summary>
    internal int ConAlerta { get; }

    /// <summary>Activities that need a justificación and lack it.</summary>
    internal int SinJustificacion { get; }

    /// <summary>Activities changed by a modificación.</summary>
    internal int ConModificaciones { get; }

    /// <summary>The distinct semaforizaciones of the activities, in order of first use.</summary>
    internal IReadOnlyList<Semaforizacion> Bandas { get; }

    /// <summary>How many activities use each of <see cref="Bandas"/>.</summary>
    internal IReadOnlyList<int> UsosDeBandas { get; }

    internal int Actividades { get; }

    internal int Verdes { get; }

    internal int Amarillos { get; }

    internal int Rojos { get; }

    internal int SinColor => Actividades - Verdes - Amarillos - Rojos;

    /// <summary>Programmed months up to the corte without an avance, over every activity.</summary>
    internal int MesesSinReporte { get; }

    internal int ActividadesConMesesSinReporte { get; }

    /// <summary>The share in green over the activities with a colour, as <see cref="ResumenDeGrupo.PorcentajeVerde"/>.</summary>
    internal decimal? PorcentajeVerde => Verdes + Amarillos + Rojos == 0 ? null : Verdes * 100m / (Verdes + Amarillos + Rojos);

    /// <summary>The missing reports (programmed months without avance) of a group's activities.</summary>
    internal int MesesSinReporteDe(ResumenDeGrupo grupo) => mesesSinReporte.TryGetValue(grupo.Clave, out var n) ? n : 0;

    /// <summary>The index in <see cref="Bandas"/> of an activity's semaforización.</summary>
    internal int IndiceDeBandas(Semaforizacion semaforizacion) => indiceDeBandas[semaforizacion];

    /// <summary>The position (0-based) of the first plan of a unidad responsable.</summary>
    internal int PrimerPlanDe(UnidadResponsable unidad) => primerPlanDeUnidad[unidad];

    private List<ReportesDeUnidad> ReportesDeCadaUnidad(ReportesDelPlan[] reportes)
    {
        var porUnidad = new List<ReportesDeUnidad>();
        var indice = new Dictionary<UnidadResponsable, int>();
        foreach (var r in reportes)
        {
            if (!indice.TryGetValue(r.UnidadResponsable, out var i))
            {
                i = porUnidad.Count;
                indice.Add(r.UnidadResponsable, i);
                porUnidad.Add(new ReportesDeUnidad(r.UnidadResponsable, PrimerPlanDe(r.UnidadResponsable)));
            }

            porUnidad[i].Sumar(r);
        }

        return porUnidad;
    }

    private void Sumar(object clave, int n) => mesesSinReporte[clave] = (mesesSinReporte.TryGetValue(clave, out var antes) ? antes : 0) + n;
}

/// <summary>The reportes of one unidad responsable: the sums over its plans.</summary>
internal sealed class ReportesDeUnidad(UnidadResponsable unidad, int primerPlan)
{
    internal UnidadResponsable Unidad { get; } = unidad;

    /// <summary>The position (0-based) of the unidad's first plan, whose section the summary links to.</summary>
    internal int PrimerPlan { get; } = primerPlan;

    internal int Debidos { get; private set; }

    internal int Reportados { get; private set; }

    internal int Vencidos { get; private set; }

    internal int Extemporaneos { get; private set; }

    internal void Sumar(ReportesDelPlan reportes)
    {
        Debidos += reportes.Debidos;
        Reportados += reportes.Reportados;
        Vencidos += reportes.Vencidos;
        Extemporaneos += reportes.Extemporaneos;
    }
}
