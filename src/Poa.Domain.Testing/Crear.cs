using System;

namespace Poa.Domain.Testing;

/// <summary>
/// Where a test starts: <c>Crear.UnPlan()</c>, <c>Crear.UnaActividad()</c>, <c>Crear.UnaMeta()</c>... Each gives
/// a valid value with the <see cref="ValoresPorOmision"/>, so the test writes only what matters to it.
/// </summary>
/// <example>
/// <code>
/// Plan plan = Crear.UnPlan()
///     .ConActividad(a => a.Mensual(1, "Reportes"))
///     .ConActividad(a => a.ConMeta(3, "Reuniones").ConCalendarizacion(Calendarizacion.De(enero: 1, abril: 1)));
/// plan.Should().TenerDiagnostico("POA001");
/// </code>
/// </example>
public static class Crear
{
    /// <summary>A builder of a valid plan: one activity, one signatory, no diagnostic.</summary>
    public static PlanBuilder UnPlan() => new();

    /// <summary>A builder that starts from <paramref name="plan"/>, to change one thing in it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static PlanBuilder UnPlan(Plan plan) => new(ActividadBuilder.NoNulo(plan, nameof(plan)));

    /// <summary>A builder of a valid activity: 12 Reportes, one a month.</summary>
    public static ActividadBuilder UnaActividad() => new();

    /// <summary>A builder that starts from <paramref name="actividad"/> (keeping its number), to change one thing in it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="actividad"/> is null.</exception>
    public static ActividadBuilder UnaActividad(Actividad actividad) => new(ActividadBuilder.NoNulo(actividad, nameof(actividad)));

    /// <summary>An acumulable meta, <c>12 Reportes</c> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cantidad"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unidad"/> is null or blank.</exception>
    public static Meta UnaMeta(decimal cantidad = 12m, string unidad = ValoresPorOmision.Unidad) => Meta.Create(cantidad, unidad);

    /// <summary>A percentage meta, <c>100% Porcentaje</c> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="porcentaje"/> is negative.</exception>
    public static Meta UnaMetaDePorcentaje(decimal porcentaje = 100m) => Meta.Porcentaje(porcentaje);

    /// <summary>An alineación, <c>V. Ciudad abierta</c> / <c>5.1 Monterrey abierto e inteligente</c> by default.</summary>
    /// <exception cref="FormatException">A text cannot be read.</exception>
    public static Alineacion UnaAlineacion(string eje = ValoresPorOmision.Eje, string objetivo = ValoresPorOmision.Objetivo)
        => Alineacion.Parse(eje, objetivo);

    /// <summary>
    /// A semaforización with verde from <paramref name="verdeDesde"/>% (inclusive), rojo up to
    /// <paramref name="rojoHasta"/>% (inclusive) and amarillo between: the seed's 80 / 50 by default.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="rojoHasta"/> is not below <paramref name="verdeDesde"/>, or a limit is negative.</exception>
    public static Semaforizacion UnaSemaforizacion(decimal verdeDesde = 80m, decimal rojoHasta = 50m)
    {
        if (rojoHasta < 0m || rojoHasta >= verdeDesde)
        {
            throw new ArgumentException($"El rojo llega hasta {rojoHasta}% y el verde empieza en {verdeDesde}%: el rojo debe acabar antes del verde y no ser negativo.", nameof(rojoHasta));
        }

        return Semaforizacion.Create(
            Banda.Desde(Color.Verde, verdeDesde),
            Banda.Entre(Color.Amarillo, rojoHasta, verdeDesde),
            Banda.Hasta(Color.Rojo, rojoHasta));
    }

    /// <summary>A signatory, made up: <c>Lic. Ana Martínez Garza, Directora de Gobierno Digital</c> by default.</summary>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> or <paramref name="cargo"/> is blank.</exception>
    public static Firmante UnFirmante(
        string? titulo = ValoresPorOmision.TituloDelFirmante,
        string nombre = ValoresPorOmision.NombreDelFirmante,
        string cargo = ValoresPorOmision.CargoDelFirmante)
        => new(titulo, nombre, cargo);

    /// <summary>A builder of the avances of <paramref name="plan"/>, starting with none reported.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static AvancesBuilder UnosAvances(Plan plan) => new(ActividadBuilder.NoNulo(plan, nameof(plan)), []);

    /// <summary>
    /// A NodaTime <see cref="NodaTime.Testing.FakeClock"/> at the start of <paramref name="fecha"/> in <paramref name="zona"/>
    /// (<c>America/Monterrey</c> by default), for code that takes an <see cref="NodaTime.IClock"/> and derives the corte
    /// with <see cref="Corte.Desde(NodaTime.Instant, ReglaDeCierre)"/>.
    /// </summary>
    public static NodaTime.Testing.FakeClock UnReloj(NodaTime.LocalDate fecha, NodaTime.DateTimeZone? zona = null)
        => new((zona ?? ZonaDeMonterrey).AtStartOfDay(fecha).ToInstant());

    /// <summary>The <c>America/Monterrey</c> time zone of the TZDB.</summary>
    public static NodaTime.DateTimeZone ZonaDeMonterrey => NodaTime.DateTimeZoneProviders.Tzdb["America/Monterrey"];
}
