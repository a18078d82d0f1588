using System.Collections.Generic;
using System.Linq;

namespace Poa.Domain.Reportes;

/// <summary>
/// Everything the report shows, evaluated once: the results of every plan, the roll-ups by dependencia,
/// unidad responsable and eje rector (the evaluator's own <see cref="EvaluadorDeSemaforo.Resumir(System.Collections.Generic.IEnumerable{ResultadoDePlan}, Agrupacion)"/>), the
/// missing reports per group, and the distinct semaforizaciones (one set of bands per sparkline drawing).
/// </summary>
internal sealed class ModeloDelReporte
{
    private readonly Dictionary<object, int> mesesSinReporte = [];
    private readonly Dictionary<Semaforizacion, int> indiceDeBandas = [];
    private readonly Dictionary<UnidadResponsable, int> primerPlanDeUnidad = [];

    internal ModeloDelReporte(IReadOnlyList<AvancesDelPlan> planes, Corte corte, EvaluadorDeSemaforo evaluador)
    {
        Planes = planes;
        Corte = corte;
        Evaluador = evaluador;
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

    private void Sumar(object clave, int n) => mesesSinReporte[clave] = (mesesSinReporte.TryGetValue(clave, out var antes) ? antes : 0) + n;
}
