using System.Collections.Generic;
using System.Linq;
using Poa.Domain;

namespace Poa.Cli.Salida;

/// <summary>A roll-up of every plan by one grouping, with its titles.</summary>
internal sealed record GrupoDeResumen(Agrupacion Agrupacion, string Titulo, string TituloDelNombre, IReadOnlyList<ResumenDeGrupo> Resumenes);

/// <summary>What every output format writes: the library's results of every plan at one corte, and the roll-ups.</summary>
internal sealed class Evaluacion
{
    private static readonly (Agrupacion Agrupacion, string Titulo, string Nombre)[] Agrupaciones =
    [
        (Agrupacion.UnidadResponsable, "Resumen por unidad responsable", "Unidad responsable"),
        (Agrupacion.Dependencia, "Resumen por dependencia", "Dependencia"),
        (Agrupacion.ProgramaPresupuestario, "Resumen por programa presupuestario", "Programa presupuestario"),
        (Agrupacion.EjeRector, "Resumen por eje rector", "Eje rector"),
        (Agrupacion.ObjetivoEstrategico, "Resumen por objetivo estratégico", "Objetivo estratégico"),
    ];

    private readonly EvaluadorDeSemaforo evaluador;

    internal Evaluacion(EvaluadorDeSemaforo evaluador, IReadOnlyList<AvancesDelPlan> avances, Corte corte)
    {
        this.evaluador = evaluador;
        Avances = avances;
        Corte = corte;
        Planes = evaluador.Evaluar(avances, corte);
        Grupos = Agrupaciones.Select(a => new GrupoDeResumen(a.Agrupacion, a.Titulo, a.Nombre, evaluador.Resumir(Planes, a.Agrupacion))).ToList();
    }

    internal Corte Corte { get; }

    /// <summary>The evaluator that made the results and roll-ups (for writers that roll up in their own way, such as the workbook).</summary>
    internal EvaluadorDeSemaforo Evaluador => evaluador;

    /// <summary>The avances evaluated (for writers that evaluate again in their own way, such as the HTML report).</summary>
    internal IReadOnlyList<AvancesDelPlan> Avances { get; }

    internal IReadOnlyList<ResultadoDePlan> Planes { get; }

    /// <summary>The roll-ups over every plan, one per grouping.</summary>
    internal IReadOnlyList<GrupoDeResumen> Grupos { get; }

    /// <summary>Every activity of every plan, in order.</summary>
    internal IEnumerable<FilaDeActividad> Actividades => Planes.SelectMany(p => p.Resultados.Select(r => new FilaDeActividad(p, r)));

    /// <summary>The roll-ups of plan <paramref name="plan"/> alone, every grouping.</summary>
    internal IEnumerable<ResumenDeGrupo> ResumenesDe(ResultadoDePlan plan) => Agrupaciones.SelectMany(a => evaluador.Resumir([plan], a.Agrupacion));

    /// <summary><c>Semáforo al corte 2023-06: 6 planes, 34 actividades: 17 verde, 7 amarillo, 8 rojo, 2 sin color.</c></summary>
    internal string Resumen()
    {
        int actividades = 0, verdes = 0, amarillos = 0, rojos = 0;
        foreach (var plan in Planes)
        {
            foreach (var r in plan.Resultados)
            {
                actividades++;
                verdes += r.Color == Color.Verde ? 1 : 0;
                amarillos += r.Color == Color.Amarillo ? 1 : 0;
                rojos += r.Color == Color.Rojo ? 1 : 0;
            }
        }

        return $"Semáforo al corte {Corte}: {Planes.Count} {(Planes.Count == 1 ? "plan" : "planes")}, {actividades} {(actividades == 1 ? "actividad" : "actividades")}: "
            + $"{verdes} verde, {amarillos} amarillo, {rojos} rojo, {actividades - verdes - amarillos - rojos} sin color.";
    }
}
