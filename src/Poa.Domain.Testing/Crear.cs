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
    /// <returns>A builder with the <see cref="ValoresPorOmision"/>; change what the test is about.</returns>
    public static PlanBuilder UnPlan() => new();

    /// <summary>A builder that starts from <paramref name="plan"/>, to change one thing in it.</summary>
    /// <param name="plan">The plan to start from: its activities, signatories, modificaciones and <c>CerradoHasta</c> are kept.</param>
    /// <returns>A builder that builds a plan equal to <paramref name="plan"/> until a method changes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static PlanBuilder UnPlan(Plan plan) => new(ActividadBuilder.NoNulo(plan, nameof(plan)));

    /// <summary>A builder of a valid activity: 12 Reportes, one a month.</summary>
    /// <returns>A builder with the <see cref="ValoresPorOmision"/>; change what the test is about.</returns>
    public static ActividadBuilder UnaActividad() => new();

    /// <summary>A builder that starts from <paramref name="actividad"/> (keeping its number), to change one thing in it.</summary>
    /// <param name="actividad">The activity to start from, with every value it has (number, tipo, frecuencia, línea base, peso...).</param>
    /// <returns>A builder that builds an activity equal to <paramref name="actividad"/> until a method changes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actividad"/> is null.</exception>
    public static ActividadBuilder UnaActividad(Actividad actividad) => new(ActividadBuilder.NoNulo(actividad, nameof(actividad)));

    /// <summary>An acumulable meta, <c>12 Reportes</c> by default.</summary>
    /// <param name="cantidad">The quantity of the meta anual, 0 or more (12 by default).</param>
    /// <param name="unidad">The unidad de medida (<c>Reportes</c> by default); <c>Porcentaje</c> makes a percentage meta.</param>
    /// <returns>The meta, e.g. <c>12 Reportes</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cantidad"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unidad"/> is null or blank.</exception>
    public static Meta UnaMeta(decimal cantidad = 12m, string unidad = ValoresPorOmision.Unidad) => Meta.Create(cantidad, unidad);

    /// <summary>A percentage meta, <c>100% Porcentaje</c> by default.</summary>
    /// <param name="porcentaje">The rate to sustain, in percent, 0 or more (100 by default).</param>
    /// <returns>The meta, e.g. <c>100% Porcentaje</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="porcentaje"/> is negative.</exception>
    public static Meta UnaMetaDePorcentaje(decimal porcentaje = 100m) => Meta.Porcentaje(porcentaje);

    /// <summary>An alineación, <c>V. Ciudad abierta</c> / <c>5.1 Monterrey abierto e inteligente</c> by default.</summary>
    /// <param name="eje">The eje rector as a POA writes it: roman numeral, a dot and the name.</param>
    /// <param name="objetivo">The objetivo estratégico as a POA writes it: its number (the first part the eje's numeral) and name.</param>
    /// <returns>The alineación.</returns>
    /// <exception cref="FormatException">A text cannot be read.</exception>
    public static Alineacion UnaAlineacion(string eje = ValoresPorOmision.Eje, string objetivo = ValoresPorOmision.Objetivo)
        => Alineacion.Parse(eje, objetivo);

    /// <summary>
    /// A semaforización with verde from <paramref name="verdeDesde"/>% (inclusive), rojo up to
    /// <paramref name="rojoHasta"/>% (inclusive) and amarillo between: the seed's 80 / 50 by default.
    /// </summary>
    /// <param name="verdeDesde">The cumplimiento from which the colour is verde, in percent (80 by default).</param>
    /// <param name="rojoHasta">The cumplimiento up to which the colour is rojo, in percent, below <paramref name="verdeDesde"/> (50 by default).</param>
    /// <returns>The three bands.</returns>
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
    /// <param name="titulo">The title before the name, e.g. <c>Lic.</c>; <c>null</c> for none.</param>
    /// <param name="nombre">The full name (made up by default).</param>
    /// <param name="cargo">The position, e.g. <c>Directora de Gobierno Digital</c>.</param>
    /// <returns>The signatory.</returns>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> or <paramref name="cargo"/> is blank.</exception>
    public static Firmante UnFirmante(
        string? titulo = ValoresPorOmision.TituloDelFirmante,
        string nombre = ValoresPorOmision.NombreDelFirmante,
        string cargo = ValoresPorOmision.CargoDelFirmante)
        => new(titulo, nombre, cargo);

    /// <summary>A builder of the avances of <paramref name="plan"/>, starting with none reported.</summary>
    /// <param name="plan">The plan the avances are of; months are of its ejercicio.</param>
    /// <returns>A builder with no avance reported.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static AvancesBuilder UnosAvances(Plan plan) => new(ActividadBuilder.NoNulo(plan, nameof(plan)), []);

    /// <summary>
    /// A NodaTime <see cref="NodaTime.Testing.FakeClock"/> at the start of <paramref name="fecha"/> in <paramref name="zona"/>
    /// (<c>America/Monterrey</c> by default), for code that takes an <see cref="NodaTime.IClock"/> and derives the corte
    /// with <see cref="Corte.Desde(NodaTime.Instant, ReglaDeCierre)"/>.
    /// </summary>
    /// <param name="fecha">The day the clock shows, at 00:00 in <paramref name="zona"/>.</param>
    /// <param name="zona">The time zone of that midnight; <c>null</c> for <see cref="ZonaDeMonterrey"/>.</param>
    /// <returns>A clock that stays at that instant until the test advances it (<c>AdvanceDays</c>...).</returns>
    public static NodaTime.Testing.FakeClock UnReloj(NodaTime.LocalDate fecha, NodaTime.DateTimeZone? zona = null)
        => new((zona ?? ZonaDeMonterrey).AtStartOfDay(fecha).ToInstant());

    /// <summary>The <c>America/Monterrey</c> time zone of the TZDB.</summary>
    public static NodaTime.DateTimeZone ZonaDeMonterrey => NodaTime.DateTimeZoneProviders.Tzdb["America/Monterrey"];
}
