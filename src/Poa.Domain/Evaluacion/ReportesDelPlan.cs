using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The reportes of one activity on a date under a <see cref="ReglaDeCierre"/>: the programmed months that have closed
/// (<see cref="Debidos"/>), those with an avance (<see cref="Reportados"/>), those without (<see cref="Vencidos"/>), and the
/// avances reported after their month's closing date (<see cref="Extemporaneos"/>).
/// </summary>
/// <remarks>A value; <c>default</c> has no activity. Equality compares the activity and the four sets.</remarks>
public readonly struct ReportesDeActividad : IEquatable<ReportesDeActividad>
{
    internal ReportesDeActividad(Actividad actividad, int debidos, int reportados, int extemporaneos)
    {
        Actividad = actividad;
        Debidos = new ConjuntoDeMeses(debidos);
        Reportados = new ConjuntoDeMeses(reportados);
        Extemporaneos = new ConjuntoDeMeses(extemporaneos);
    }

    /// <summary>The activity (as in the view evaluated).</summary>
    public Actividad Actividad { get; }

    /// <summary>The programmed months (a value in the calendar, 0 included) that have closed on the date.</summary>
    public ConjuntoDeMeses Debidos { get; }

    /// <summary>The months of <see cref="Debidos"/> with an avance.</summary>
    public ConjuntoDeMeses Reportados { get; }

    /// <summary>The months of <see cref="Debidos"/> without avance on the date (<em>vencidos</em>).</summary>
    public ConjuntoDeMeses Vencidos => new(Debidos.Mascara & ~Reportados.Mascara);

    /// <summary>The months of <see cref="Reportados"/> whose avance's <see cref="Avance.FechaDeReporte"/> is after the month's closing date.</summary>
    public ConjuntoDeMeses Extemporaneos { get; }

    /// <summary><c>3 · debidos: enero, febrero · vencidos: febrero · extemporáneos: —</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
        => Actividad is null
            ? "Sin reportes"
            : $"{Actividad.Numero.ToString(CultureInfo.InvariantCulture)} · debidos: {Debidos} · vencidos: {Vencidos} · extemporáneos: {Extemporaneos}";

    /// <inheritdoc />
    public bool Equals(ReportesDeActividad other)
        => Equals(Actividad, other.Actividad) && Debidos == other.Debidos && Reportados == other.Reportados && Extemporaneos == other.Extemporaneos;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportesDeActividad other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Hash.Combine(Hash.Combine(Hash.Seed, Actividad?.Numero ?? 0), Debidos.Mascara);

    /// <summary>Equality of the activity and the sets.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(ReportesDeActividad left, ReportesDeActividad right) => left.Equals(right);

    /// <summary>Inequality of the activity or a set.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(ReportesDeActividad left, ReportesDeActividad right) => !left.Equals(right);
}

/// <summary>
/// The reportes of one plan (one unidad responsable) on a date under a <see cref="ReglaDeCierre"/>: per activity and in total,
/// the programmed months due, reported, vencidos and extemporáneos. Made by
/// <see cref="EvaluadorDeSemaforo.Reportes(AvancesDelPlan, LocalDate, ReglaDeCierre)"/>; the clock is never read.
/// </summary>
/// <remarks>
/// <para>A month is due once it has closed on <see cref="Fecha"/> (<see cref="ReglaDeCierre.EstaCerrado"/>); the avances given are
/// the ones known on that date (an avance without <see cref="Avance.FechaDeReporte"/> is never extemporáneo).</para>
/// <para>Immutable. No value equality (compare <see cref="Actividades"/>).</para>
/// </remarks>
public sealed class ReportesDelPlan
{
    private readonly ReportesDeActividad[] actividades;
    private readonly AvancesDelPlan avances;
    private IReadOnlyList<Diagnostico>? diagnosticos;

    internal ReportesDelPlan(AvancesDelPlan avances, LocalDate fecha, ReglaDeCierre regla, ReportesDeActividad[] actividades)
    {
        this.avances = avances;
        Plan = avances.Plan;
        Fecha = fecha;
        Regla = regla;
        this.actividades = actividades;
        foreach (var a in actividades)
        {
            Debidos += a.Debidos.Cantidad;
            Reportados += a.Reportados.Cantidad;
            Vencidos += a.Vencidos.Cantidad;
            Extemporaneos += a.Extemporaneos.Cantidad;
        }
    }

    /// <summary>The plan.</summary>
    public Plan Plan { get; }

    /// <summary>The unidad responsable whose reportes these are.</summary>
    public UnidadResponsable UnidadResponsable => Plan.UnidadResponsable;

    /// <summary>The date of the picture.</summary>
    public LocalDate Fecha { get; }

    /// <summary>The closing rule.</summary>
    public ReglaDeCierre Regla { get; }

    /// <summary>The last month closed on <see cref="Fecha"/>.</summary>
    public YearMonth UltimoMesCerrado => Regla.UltimoMesCerrado(Fecha);

    /// <summary>One entry per activity, in the plan's order.</summary>
    public IReadOnlyList<ReportesDeActividad> Actividades => actividades;

    /// <summary>Programmed months due (closed), over every activity.</summary>
    public int Debidos { get; }

    /// <summary>Due months with an avance.</summary>
    public int Reportados { get; }

    /// <summary>Due months without avance.</summary>
    public int Vencidos { get; }

    /// <summary>Due months whose avance was reported after the month's closing date.</summary>
    public int Extemporaneos { get; }

    /// <summary>One <c>POA251</c> per activity with vencidos and one <c>POA252</c> per activity with extemporáneos, naming the months.</summary>
    public IReadOnlyList<Diagnostico> Diagnosticos => diagnosticos ??= CrearDiagnosticos();

    /// <summary><c>Dirección ... al 2024-07-10: 12 debidos, 10 reportados, 2 vencidos, 1 extemporáneo</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
        => $"{UnidadResponsable} al {Fecha.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {Debidos} debidos, {Reportados} reportados, {Vencidos} vencidos, {Extemporaneos} extemporáneos";

    private List<Diagnostico> CrearDiagnosticos()
    {
        var lista = new List<Diagnostico>();
        var unidad = Plan.UnidadResponsable.Nombre;
        var fecha = Fecha.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var i = 0; i < actividades.Length; i++)
        {
            var a = actividades[i];
            var numero = a.Actividad.Numero;
            if (!a.Vencidos.EstaVacio)
            {
                lista.Add(CatalogoDeDiagnosticos.ReporteVencido.Crear(
                    new Ubicacion(unidad, numero, "avances"),
                    $"La actividad {numero.ToString(CultureInfo.InvariantCulture)} no tiene avance de {Meses(a.Vencidos)}, ya cerrado{(a.Vencidos.Cantidad == 1 ? string.Empty : "s")} al {fecha} con la regla de cierre de {Regla}."));
            }

            if (!a.Extemporaneos.EstaVacio)
            {
                var detalle = string.Join(", ", a.Extemporaneos.AsEnumerable().Select(m =>
                {
                    var mes = Plan.Ejercicio.Mes(m);
                    var reportado = avances.Celda(i, m - 1)?.FechaDeReporte?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    return $"{Calendarizacion.NombreDeMes(m)} (cerró el {Regla.FechaDeCierre(mes).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, reportado el {reportado})";
                }));
                lista.Add(CatalogoDeDiagnosticos.ReporteExtemporaneo.Crear(
                    new Ubicacion(unidad, numero, "avances"),
                    $"La actividad {numero.ToString(CultureInfo.InvariantCulture)} reportó fuera de plazo: {detalle}."));
            }
        }

        return lista;
    }

    private static string Meses(ConjuntoDeMeses meses)
    {
        var nombres = meses.AsEnumerable().Select(Calendarizacion.NombreDeMes).ToList();
        return nombres.Count == 1 ? nombres[0] : string.Join(", ", nombres.Take(nombres.Count - 1)) + " y " + nombres[nombres.Count - 1];
    }
}
