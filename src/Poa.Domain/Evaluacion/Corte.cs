using System;
using System.Globalization;
using NodaTime;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The cut-off (<em>corte</em>) of an evaluation: the last month that counts. Months 1..corte of the
/// ejercicio are evaluated. It always comes from the caller (a month, or a date or instant plus a
/// <see cref="ReglaDeCierre"/>); the library never reads the clock.
/// </summary>
/// <remarks>
/// <para>A corte before the ejercicio counts no month (every activity is then <em>sin meta programada</em>);
/// a corte after it counts all twelve.</para>
/// <para><c>default</c> is the corte of January of year 1 (it counts no month of any real ejercicio).
/// Equality and ordering compare the month.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public readonly struct Corte : IEquatable<Corte>, IComparable<Corte>
{
    private Corte(YearMonth mes) => Mes = mes;

    /// <summary>The last month that counts.</summary>
    public YearMonth Mes { get; }

    /// <summary>The corte at the end of <paramref name="mes"/> (ISO calendar).</summary>
    /// <param name="mes">The month whose end is the corte.</param>
    /// <returns>The corte.</returns>
    /// <exception cref="ArgumentException"><paramref name="mes"/> is not in the ISO calendar.</exception>
    public static Corte De(YearMonth mes)
    {
        Preconditions.CheckArgument(mes.Calendar == CalendarSystem.Iso, nameof(mes), "El corte debe estar en el calendario ISO.");
        return new Corte(mes);
    }

    /// <summary>The corte at the end of month <paramref name="mes"/> (1..12) of <paramref name="ejercicio"/>.</summary>
    /// <param name="ejercicio">The ejercicio fiscal.</param>
    /// <param name="mes">The month of that ejercicio, 1 to 12, whose end is the corte.</param>
    /// <returns>The corte.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> is not 1..12.</exception>
    public static Corte De(EjercicioFiscal ejercicio, int mes) => new(ejercicio.Mes(mes));

    /// <summary>
    /// The corte on <paramref name="fecha"/> under <paramref name="regla"/>: the last month that has closed
    /// (a month counts once <see cref="ReglaDeCierre.Dias"/> days have passed after its end).
    /// </summary>
    /// <param name="fecha">The date of the evaluation (the clock is never read).</param>
    /// <param name="regla">When a month closes.</param>
    /// <returns>The corte at the last month closed on <paramref name="fecha"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regla"/> is null.</exception>
    public static Corte Desde(LocalDate fecha, ReglaDeCierre regla)
    {
        Preconditions.CheckNotNull(regla, nameof(regla));
        return new Corte(regla.UltimoMesCerrado(fecha));
    }

    /// <summary>The corte at <paramref name="instante"/>: its date in <see cref="ReglaDeCierre.Zona"/>, then <see cref="Desde(LocalDate, ReglaDeCierre)"/>.</summary>
    /// <param name="instante">The instant of the evaluation, e.g. from an <c>IClock</c>; read in the rule's time zone.</param>
    /// <param name="regla">When a month closes, and in which time zone.</param>
    /// <returns>The corte at the last month closed at <paramref name="instante"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regla"/> is null.</exception>
    public static Corte Desde(Instant instante, ReglaDeCierre regla)
    {
        Preconditions.CheckNotNull(regla, nameof(regla));
        return Desde(instante.InZone(regla.Zona).Date, regla);
    }

    /// <summary>How many months of <paramref name="ejercicio"/> count at this corte: 0..12.</summary>
    /// <param name="ejercicio">The ejercicio fiscal evaluated.</param>
    /// <returns>0 when the corte is before the ejercicio, 12 when after it, else the month of the corte.</returns>
    public int MesesContados(EjercicioFiscal ejercicio)
        => Mes.Year < ejercicio.Anio ? 0 : Mes.Year > ejercicio.Anio ? Calendarizacion.Meses : Mes.Month;

    /// <summary><c>2023-03</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => Mes.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(Corte other) => Mes.Equals(other.Mes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Corte other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Mes.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Corte other) => Mes.CompareTo(other.Mes);

    /// <summary>Equality of the month.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Corte left, Corte right) => left.Equals(right);

    /// <summary>Inequality of the month.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Corte left, Corte right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is an earlier month.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    public static bool operator <(Corte left, Corte right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is an earlier or the same month.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> or equals it.</returns>
    public static bool operator <=(Corte left, Corte right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is a later month.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    public static bool operator >(Corte left, Corte right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is a later or the same month.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> or equals it.</returns>
    public static bool operator >=(Corte left, Corte right) => left.CompareTo(right) >= 0;
}
