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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numero"/> is not 1..12.</exception>
    public YearMonth Mes(int numero) => new(Anio, Preconditions.CheckRange(numero, nameof(numero), 1, 12));

    /// <summary>Whether <paramref name="mes"/> belongs to this year.</summary>
    public bool Contiene(YearMonth mes) => mes.Year == Anio && mes.Calendar == CalendarSystem.Iso;

    /// <summary>Whether <paramref name="fecha"/> falls in this year.</summary>
    public bool Contiene(LocalDate fecha) => fecha.Year == Anio && fecha.Calendar == CalendarSystem.Iso;

    /// <summary>The number (1..12) of <paramref name="mes"/> inside this year.</summary>
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
    public override string ToString() => Anio.ToString(CultureInfo.InvariantCulture);

    /// <summary>The year, formatted with <paramref name="format"/> as an <see cref="int"/>.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
        => Anio.ToString(format, formatProvider ?? CultureInfo.InvariantCulture);

    /// <summary>Equality of two years.</summary>
    public static bool operator ==(EjercicioFiscal left, EjercicioFiscal right) => left.Equals(right);

    /// <summary>Inequality of two years.</summary>
    public static bool operator !=(EjercicioFiscal left, EjercicioFiscal right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is an earlier year.</summary>
    public static bool operator <(EjercicioFiscal left, EjercicioFiscal right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is the same or an earlier year.</summary>
    public static bool operator <=(EjercicioFiscal left, EjercicioFiscal right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is a later year.</summary>
    public static bool operator >(EjercicioFiscal left, EjercicioFiscal right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is the same or a later year.</summary>
    public static bool operator >=(EjercicioFiscal left, EjercicioFiscal right) => left.CompareTo(right) >= 0;
}
