using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The fiscal year (<em>ejercicio fiscal</em>) of a plan: a calendar year, January to December.
/// </summary>
/// <remarks>
/// Immutable value. Equality and ordering follow the year. <c>default(EjercicioFiscal)</c> is the
/// year 2000 (the type stores the offset from 2000), so an uninitialized value is still valid.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public readonly struct EjercicioFiscal : IEquatable<EjercicioFiscal>, IComparable<EjercicioFiscal>, IComparable, IFormattable
{
    /// <summary>The smallest supported year.</summary>
    public const int AnioMinimo = 1900;

    /// <summary>The largest supported year.</summary>
    public const int AnioMaximo = 9999;

    private const int Base = 2000;
    private readonly int offset;

    /// <summary>Creates the fiscal year <paramref name="anio"/>.</summary>
    /// <param name="anio">The calendar year, from <see cref="AnioMinimo"/> to <see cref="AnioMaximo"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="anio"/> is outside the supported range.</exception>
    public EjercicioFiscal(int anio)
    {
        Preconditions.CheckRange(anio, nameof(anio), AnioMinimo, AnioMaximo);
        offset = anio - Base;
    }

    /// <summary>The calendar year, e.g. 2023.</summary>
    public int Anio => offset + Base;

    /// <summary>The first day of the year (1 January).</summary>
    public LocalDate Inicio => new(Anio, 1, 1);

    /// <summary>The last day of the year (31 December).</summary>
    public LocalDate Fin => new(Anio, 12, 31);

    /// <summary>The twelve months of the year, January first.</summary>
    public IEnumerable<YearMonth> Meses
    {
        get
        {
            for (var mes = 1; mes <= 12; mes++)
            {
                yield return new YearMonth(Anio, mes);
            }
        }
    }

    /// <summary>The month <paramref name="numero"/> (1 = January .. 12 = December) of this year.</summary>
    /// <param name="numero">The month, 1 (enero) to 12 (diciembre).</param>
    /// <returns>That month of the ejercicio's year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numero"/> is not 1..12.</exception>
    public YearMonth Mes(int numero) => new(Anio, Preconditions.CheckRange(numero, nameof(numero), 1, 12));

    /// <summary>Whether <paramref name="mes"/> belongs to this year.</summary>
    /// <param name="mes">A month (ISO calendar).</param>
    /// <returns><c>true</c> when the month is in the ejercicio's year.</returns>
    public bool Contiene(YearMonth mes) => mes.Year == Anio && mes.Calendar == CalendarSystem.Iso;

    /// <summary>Whether <paramref name="fecha"/> falls in this year.</summary>
    /// <param name="fecha">A date (ISO calendar).</param>
    /// <returns><c>true</c> when the date is in the ejercicio's year.</returns>
    public bool Contiene(LocalDate fecha) => fecha.Year == Anio && fecha.Calendar == CalendarSystem.Iso;

    /// <summary>The number (1..12) of <paramref name="mes"/> inside this year.</summary>
    /// <param name="mes">A month of the ejercicio's year.</param>
    /// <returns>Its number, 1 to 12.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> belongs to another year.</exception>
    public int NumeroDeMes(YearMonth mes)
    {
        if (!Contiene(mes))
        {
            throw new ArgumentOutOfRangeException(
                nameof(mes),
                mes.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                $"El mes {mes.ToString("yyyy-MM", CultureInfo.InvariantCulture)} no pertenece al ejercicio fiscal {Anio}.");
        }

        return mes.Month;
    }

    /// <summary>Parses a year written with four digits ("2023"); culture-invariant.</summary>
    /// <param name="texto">The text to read, as a POA writes it.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a supported year.</exception>
    public static EjercicioFiscal Parse(string texto)
    {
        Preconditions.CheckNotNull(texto, nameof(texto));
        return TryParse(texto, out var result)
            ? result
            : throw new FormatException($"«{texto}» no es un ejercicio fiscal válido: se espera un año de {AnioMinimo} a {AnioMaximo}, como «2023».");
    }

    /// <summary>Tries to parse a year written with four digits ("2023"); culture-invariant.</summary>
    /// <param name="texto">The text to read, as a POA writes it; may be null.</param>
    /// <param name="result">When this returns <c>true</c>, the value read; otherwise the default value.</param>
    /// <returns><c>true</c> when the text was read; <c>false</c> when it was not (bad text never throws here).</returns>
    public static bool TryParse(string? texto, out EjercicioFiscal result)
    {
        result = default;
        if (texto is null
            || !int.TryParse(texto.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var anio)
            || anio < AnioMinimo
            || anio > AnioMaximo)
        {
            return false;
        }

        result = new EjercicioFiscal(anio);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(EjercicioFiscal other) => offset == other.offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EjercicioFiscal other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => offset;

    /// <inheritdoc />
    public int CompareTo(EjercicioFiscal other) => offset.CompareTo(other.offset);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        EjercicioFiscal other => CompareTo(other),
        _ => throw new ArgumentException($"Se esperaba un {nameof(EjercicioFiscal)}.", nameof(obj)),
    };

    /// <summary>The year with four digits, e.g. "2023".</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => Anio.ToString(CultureInfo.InvariantCulture);

    /// <summary>The year, formatted with <paramref name="format"/> as an <see cref="int"/>.</summary>
    /// <param name="format">A numeric format for the year, as <see cref="int.ToString(string, IFormatProvider)"/> takes it; <c>null</c> for the plain year.</param>
    /// <param name="formatProvider">The culture of the digits; <c>null</c> for the invariant culture.</param>
    /// <returns>The year, e.g. <c>2023</c> with the default format.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
        => Anio.ToString(format, formatProvider ?? CultureInfo.InvariantCulture);

    /// <summary>Equality of two years.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(EjercicioFiscal left, EjercicioFiscal right) => left.Equals(right);

    /// <summary>Inequality of two years.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(EjercicioFiscal left, EjercicioFiscal right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is an earlier year.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    public static bool operator <(EjercicioFiscal left, EjercicioFiscal right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is the same or an earlier year.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> or equals it.</returns>
    public static bool operator <=(EjercicioFiscal left, EjercicioFiscal right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is a later year.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    public static bool operator >(EjercicioFiscal left, EjercicioFiscal right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is the same or a later year.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> or equals it.</returns>
    public static bool operator >=(EjercicioFiscal left, EjercicioFiscal right) => left.CompareTo(right) >= 0;
}
