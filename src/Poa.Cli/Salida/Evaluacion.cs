using System.Collections.Generic;
using System.Linq;
using NodaTime;
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
        : this(evaluador, avances, corte, evaluador.Evaluar(avances, corte), null, null)
    {
    }

    /// <summary>The evaluation on <paramref name="fecha"/>: at the corte the date gives under <paramref name="regla"/>, with each plan's reportes.</summary>
    internal Evaluacion(EvaluadorDeSemaforo evaluador, IReadOnlyList<AvancesDelPlan> avances, LocalDate fecha, ReglaDeCierre regla)
        : this(evaluador, avances, Corte.Desde(fecha, regla), evaluador.Evaluar(avances, fecha, regla), fecha, regla)
    {
    }

    private Evaluacion(EvaluadorDeSemaforo evaluador, IReadOnlyList<AvancesDelPlan> avances, Corte corte, IReadOnlyList<ResultadoDePlan> planes, LocalDate? fecha, ReglaDeCierre? regla)
    {
        this.evaluador = evaluador;
        Avances = avances;
        Corte = corte;
        Fecha = fecha;
        Regla = regla;
        Planes = planes;
        Grupos = Agrupaciones.Select(a => new GrupoDeResumen(a.Agrupacion, a.Titulo, a.Nombre, evaluador.Resumir(Planes, a.Agrupacion))).ToList();
        HayMetasModificadas = planes.Any(p => p.Resultados.Any(r => r.TieneModificaciones && r.MetaAprobada != r.MetaVigente));
    }

    internal Corte Corte { get; }

    /// <summary>The date of the evaluation (<c>--fecha</c>), or none when only a corte was given.</summary>
    internal LocalDate? Fecha { get; }

    /// <summary>The closing rule of <see cref="Fecha"/>.</summary>
    internal ReglaDeCierre? Regla { get; }

    /// <summary>The view evaluated (<c>--contra</c>).</summary>
    internal VistaDelPlan Vista => evaluador.Opciones.Vista;

    /// <summary>Whether some activity's meta vigente differs from its meta aprobada: then the tables show both.</summary>
    internal bool HayMetasModificadas { get; }

    /// <summary>The reportes of each plan on <see cref="Fecha"/>; empty without a date.</summary>
    internal IEnumerable<ReportesDelPlan> Reportes => Planes.Where(p => p.Reportes is not null).Select(p => p.Reportes!);

    /// <summary><c>Reportes al 2024-07-06 con la regla de cierre de 5 días después del fin de mes (America/Mexico_City)</c>, or null without a date.</summary>
    internal string? TituloDeReportes => Fecha is { } fecha ? $"Reportes al {FormatoDeFecha(fecha)} con la regla de cierre de {Regla}" : null;

    /// <summary><c>2024-07-06</c>.</summary>
    internal static string FormatoDeFecha(LocalDate fecha) => NodaTime.Text.LocalDatePattern.Iso.Format(fecha);

    /// <summary>The evaluator that made the results and roll-ups (for writers that roll up in their own way, such as the workbook).</summary>
    internal EvaluadorDeSemaforo Evaluador => evaluador;

    /// <summary>The avances evaluated (for writers that evaluate again in their own way, such as the HTML report).</summary>
    internal IReadOnlyList<AvancesDelPlan> Avances { get; }

    internal IReadOnlyList<ResultadoDePlan> Planes { get; }

    /// <summary>The roll-ups over every plan, one per grouping.</summary>
    internal IReadOnlyList<GrupoDeResumen> Grupos { get; }

    /// <summary>Every activity of every plan, in order.</summary>
    internal IEnumerable<FilaDeActividad> Actividades => Planes.SelectMany(FilaDeActividad.De);

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

        var cuando = Fecha is { } fecha ? $"al {FormatoDeFecha(fecha)} (corte {Corte})" : $"al corte {Corte}";
        var contra = Vista == VistaDelPlan.Aprobado ? ", contra el plan aprobado" : string.Empty;
        return $"Semáforo {cuando}{contra}: {Planes.Count} {(Planes.Count == 1 ? "plan" : "planes")}, {actividades} {(actividades == 1 ? "actividad" : "actividades")}: "
            + $"{verdes} verde, {amarillos} amarillo, {rojos} rojo, {actividades - verdes - amarillos - rojos} sin color.";
    }
}
