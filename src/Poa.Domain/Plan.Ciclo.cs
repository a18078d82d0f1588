using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Poa.Domain.Internal;

namespace Poa.Domain;

public sealed partial class Plan
{
    private readonly Modificacion[] modificaciones;

    // The vigente activities, position by position; the same array as the approved ones when no modificación applies,
    // and the same object as the approved activity where none applies to it (so the evaluator computes nothing extra).
    private readonly Actividad[] vigentes;
    private Plan? vigente;

    /// <summary>The modificaciones de meta (reprogramaciones), in folio order as given; applied in folio order by the vigente view.</summary>
    public IReadOnlyList<Modificacion> Modificaciones => modificaciones;

    /// <summary>
    /// The last month closed for <em>new</em> modificaciones, or <c>null</c>: <see cref="Reprogramar"/> refuses one whose
    /// <see cref="Modificacion.AplicaDesde"/> is at or before it. A stored modificación is reported only when it was authorised
    /// after its month had closed (each one is checked against its own date).
    /// </summary>
    public YearMonth? CerradoHasta { get; }

    /// <summary>
    /// The vigente activities, in the plan's order: each approved activity with its modificaciones applied in folio order
    /// (a later one overrides an earlier one from its own <see cref="Modificacion.AplicaDesde"/> on). An activity without
    /// modificación is the approved object itself.
    /// </summary>
    /// <remarks>
    /// Not applied (and reported by <see cref="Validar()"/>): a modificación of an activity the plan does not have, one whose
    /// <see cref="Modificacion.AplicaDesde"/> is outside the ejercicio, one whose meta has another unit of measure. The calendar
    /// cells before <see cref="Modificacion.AplicaDesde"/> are never applied: locked months keep their values.
    /// </remarks>
    public IReadOnlyList<Actividad> ActividadesVigentes => vigentes;

    /// <summary>Whether some modificación changes some activity (the vigente view differs from the approved one).</summary>
    public bool TieneModificacionesAplicadas => !ReferenceEquals(vigentes, actividades);

    /// <summary>The folio the next modificación gets: the highest folio plus one (1 for the first).</summary>
    public int SiguienteFolio => modificaciones.Length == 0 ? 1 : modificaciones.Max(m => m.Folio) + 1;

    /// <summary>
    /// The vigente plan: the same plan with <see cref="ActividadesVigentes"/> as its activities and no modificaciones
    /// (they are applied); the plan itself when it has none.
    /// </summary>
    public Plan Vigente => modificaciones.Length == 0
        ? this
        : vigente ??= new Plan(Ejercicio, Dependencia, UnidadResponsable, vigentes, firmantes, null, CerradoHasta);

    internal Actividad[] VigentesInternas => vigentes;

    /// <summary>The activity numbered <paramref name="numero"/> as approved (the first with that number), or <c>null</c>.</summary>
    /// <param name="numero">The activity number.</param>
    /// <returns>The approved activity, or <c>null</c>.</returns>
    public Actividad? ActividadAprobada(int numero) => BuscarActividad(numero);

    /// <summary>The activity numbered <paramref name="numero"/> as vigente (modificaciones applied), or <c>null</c>.</summary>
    /// <param name="numero">The activity number.</param>
    /// <returns>The vigente activity, or <c>null</c>.</returns>
    public Actividad? ActividadVigente(int numero)
    {
        for (var i = 0; i < actividades.Length; i++)
        {
            if (actividades[i].Numero == numero)
            {
                return vigentes[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The history of the activity numbered <paramref name="numero"/>: the approved version first, then one version per
    /// modificación of it in folio order, each with the activity as it stood after it; empty when the plan has no such activity.
    /// </summary>
    /// <param name="numero">The activity number.</param>
    /// <returns>The versions, oldest first; the last one equals <see cref="ActividadVigente"/>.</returns>
    public IReadOnlyList<VersionDeActividad> Historial(int numero)
    {
        var aprobada = BuscarActividad(numero);
        if (aprobada is null)
        {
            return [];
        }

        var versiones = new List<VersionDeActividad> { new(null, aprobada, true) };
        var actual = aprobada;
        foreach (var modificacion in EnOrdenDeFolio(modificaciones))
        {
            if (modificacion.Actividad != numero)
            {
                continue;
            }

            var aplicada = Aplicable(modificacion, Ejercicio, aprobada, out var desde);
            if (aplicada)
            {
                actual = modificacion.AplicarA(actual, desde);
            }

            versiones.Add(new VersionDeActividad(modificacion, actual, aplicada));
        }

        return versiones;
    }

    /// <summary>A copy with another <see cref="CerradoHasta"/> month (<c>null</c>: none).</summary>
    /// <param name="mes">The last month closed for new modificaciones, or <c>null</c>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="mes"/> is not in the ISO calendar.</exception>
    public Plan ConCerradoHasta(YearMonth? mes) => new(Ejercicio, Dependencia, UnidadResponsable, actividades, firmantes, modificaciones, mes);

    /// <summary>
    /// Adds one modificación, immutably: the new plan when it is accepted, with the diagnostics of the modificación and of the
    /// vigente activity it leaves (warnings included). It is refused — the result keeps this plan — when its
    /// <see cref="Modificacion.AplicaDesde"/> is at or before <see cref="CerradoHasta"/> (<c>POA040</c>) or when it gives an error:
    /// an unknown activity, a blank justificación, a folio out of order or repeated, a change to a month before
    /// <c>aplicaDesde</c>, an <c>aplicaDesde</c> already closed on its date, or a vigente activity that breaks a rule of
    /// <see cref="Validar()"/> (the sum rule, <c>POA001</c>...). Errors the plan already had elsewhere do not refuse it.
    /// </summary>
    /// <param name="modificacion">The modificación; <see cref="SiguienteFolio"/> is its expected folio.</param>
    /// <param name="reglaDeCierre">When a month closes (for the date check); <c>null</c>: when it ends.</param>
    /// <returns>Whether it was accepted, the plan, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modificacion"/> is null.</exception>
    public ResultadoDeReprogramacion Reprogramar(Modificacion modificacion, ReglaDeCierre? reglaDeCierre = null)
    {
        Preconditions.CheckNotNull(modificacion, nameof(modificacion));
        var nuevo = new Plan(Ejercicio, Dependencia, UnidadResponsable, actividades, firmantes, [.. modificaciones, modificacion], CerradoHasta);
        var diagnosticos = ValidadorDePlan.ValidarNuevaModificacion(nuevo, reglaDeCierre);
        var aceptada = !diagnosticos.Any(d => d.EsError);
        return new ResultadoDeReprogramacion(aceptada, aceptada ? nuevo : this, modificacion, diagnosticos);
    }

    /// <summary>The modificaciones in the order they are applied: by folio, and as given among equal folios.</summary>
    internal static IEnumerable<Modificacion> EnOrdenDeFolio(IReadOnlyList<Modificacion> modificaciones)
        => modificaciones.Count < 2 ? modificaciones : modificaciones.OrderBy(m => m.Folio);

    /// <summary>
    /// Whether <paramref name="modificacion"/> can be applied to <paramref name="aprobada"/>: its first month is inside the
    /// ejercicio (<paramref name="desde"/>, 1..12) and its meta, if any, has the approved meta's unit.
    /// </summary>
    internal static bool Aplicable(Modificacion modificacion, EjercicioFiscal ejercicio, Actividad aprobada, out int desde)
    {
        desde = modificacion.AplicaDesde.Month;
        return ejercicio.Contiene(modificacion.AplicaDesde)
               && (modificacion.Meta is not { } meta || meta.Unidad.Equals(aprobada.Meta.Unidad));
    }

    private static Actividad[] AplicarModificaciones(EjercicioFiscal ejercicio, Actividad[] actividades, Modificacion[] modificaciones)
    {
        if (modificaciones.Length == 0)
        {
            return actividades;
        }

        // The first activity with each number (a plan may repeat one: POA005), indexed once.
        var posiciones = new Dictionary<int, int>();
        for (var i = actividades.Length - 1; i >= 0; i--)
        {
            posiciones[actividades[i].Numero] = i;
        }

        Actividad[]? vigentes = null;
        foreach (var modificacion in EnOrdenDeFolio(modificaciones))
        {
            if (!posiciones.TryGetValue(modificacion.Actividad, out var i) || !Aplicable(modificacion, ejercicio, actividades[i], out var desde))
            {
                continue;
            }

            vigentes ??= (Actividad[])actividades.Clone();
            vigentes[i] = modificacion.AplicarA(vigentes[i], desde);
        }

        return vigentes ?? actividades;
    }
}
