using System;
using NodaTime;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// When a month closes for evaluation: a month counts once <see cref="Dias"/> full days have passed
/// after its end, in the time zone <see cref="Zona"/>. With 5 days, January counts from 6 February
/// (1..5 February are the five days after its end); with 0 days, from 1 February.
/// </summary>
/// <remarks>Equality compares the days and the zone id.</remarks>
public sealed class ReglaDeCierre : IEquatable<ReglaDeCierre>
{
    private ReglaDeCierre(int dias, DateTimeZone zona)
    {
        Dias = dias;
        Zona = zona;
    }

    /// <summary>The days that must pass after a month ends before it counts (0 or more).</summary>
    public int Dias { get; }

    /// <summary>The time zone in which an <see cref="Instant"/> becomes a date, e.g. <c>America/Monterrey</c>.</summary>
    public DateTimeZone Zona { get; }

    /// <summary>Creates a rule.</summary>
    /// <param name="dias">Days after a month ends until it closes for reporting, 0 or more.</param>
    /// <param name="zona">The time zone the days are counted in, e.g. <c>America/Monterrey</c>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dias"/> is negative or above 366.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zona"/> is null.</exception>
    public static ReglaDeCierre Create(int dias, DateTimeZone zona)
        => new(Preconditions.CheckRange(dias, nameof(dias), 0, 366), Preconditions.CheckNotNull(zona, nameof(zona)));

    /// <summary>The last month closed on <paramref name="fecha"/>: the latest month M with <c>fecha ≥ (first day after M) + Dias</c>.</summary>
    /// <param name="fecha">The date looked at.</param>
    /// <returns>The last month already closed on that date.</returns>
    public YearMonth UltimoMesCerrado(LocalDate fecha)
    {
        // Month M is closed when fecha >= first day of M+1 plus Dias, i.e. fecha - Dias >= first day of M+1.
        var referencia = fecha.PlusDays(-Dias);
        var anterior = referencia.ToYearMonth().OnDayOfMonth(1).PlusMonths(-1);
        return anterior.ToYearMonth();
    }

    /// <summary>
    /// The last day on which <paramref name="mes"/> is still open: its last day plus <see cref="Dias"/> days. An avance of
    /// the month reported on or before this date is on time; after it, <em>extemporáneo</em>. From the next day the month
    /// is closed (<see cref="UltimoMesCerrado"/>).
    /// </summary>
    /// <param name="mes">The month.</param>
    /// <returns>With 5 days, 5 February for January; with 0 days, 31 January.</returns>
    public LocalDate FechaDeCierre(YearMonth mes) => mes.OnDayOfMonth(1).PlusMonths(1).PlusDays(Dias - 1);

    /// <summary>The first month still open on <paramref name="fecha"/>: the month after <see cref="UltimoMesCerrado"/>.</summary>
    /// <param name="fecha">The date.</param>
    /// <returns>With 5 days, on 3 July June (June closes after 5 July); with 0 days, on 3 July July.</returns>
    public YearMonth PrimerMesAbierto(LocalDate fecha) => UltimoMesCerrado(fecha).OnDayOfMonth(1).PlusMonths(1).ToYearMonth();

    /// <summary>Whether <paramref name="mes"/> has closed on <paramref name="fecha"/> (the date is after <see cref="FechaDeCierre"/>).</summary>
    /// <param name="mes">The month.</param>
    /// <param name="fecha">The date.</param>
    /// <returns><c>true</c> when the month has closed.</returns>
    public bool EstaCerrado(YearMonth mes, LocalDate fecha) => fecha > FechaDeCierre(mes);

    /// <summary>The rule with no days of grace: a month closes when it ends (used when no rule is given).</summary>
    internal static ReglaDeCierre FinDeMes { get; } = new(0, DateTimeZone.Utc);

    /// <summary><c>5 días después del fin de mes (America/Monterrey)</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => $"{Dias} días después del fin de mes ({Zona.Id})";

    /// <inheritdoc />
    public bool Equals(ReglaDeCierre? other) => other is not null && Dias == other.Dias && string.Equals(Zona.Id, other.Zona.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReglaDeCierre);

    /// <inheritdoc />
    public override int GetHashCode() => Hash.Combine(Hash.Combine(Hash.Seed, Dias), StringComparer.Ordinal.GetHashCode(Zona.Id));

    /// <summary>Equality of days and zone.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(ReglaDeCierre? left, ReglaDeCierre? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of days or zone.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(ReglaDeCierre? left, ReglaDeCierre? right) => !(left == right);
}
