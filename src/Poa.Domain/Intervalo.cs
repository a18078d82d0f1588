using System;
using System.Globalization;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// One interval of cumplimiento (percent) inside a <see cref="Banda"/>: <c>&gt;= 80%</c>, <c>&gt; 50% y &lt; 80%</c>,
/// <c>&lt;= 50%</c>. A band is one interval or a union of them (<c>&gt; 70% y &lt; 90% o &gt; 110%</c>).
/// </summary>
/// <remarks>A missing <see cref="Minimo"/> is unbounded below, a missing <see cref="Maximo"/> unbounded above; <c>default</c> is every value.
/// Equality compares the bounds and whether each belongs.</remarks>
public readonly struct Intervalo : IEquatable<Intervalo>
{
    internal Intervalo(decimal? minimo, bool incluyeMinimo, decimal? maximo, bool incluyeMaximo)
    {
        Minimo = minimo;
        IncluyeMinimo = minimo.HasValue && incluyeMinimo;
        Maximo = maximo;
        IncluyeMaximo = maximo.HasValue && incluyeMaximo;
    }

    /// <summary>The lower bound in percent, or <c>null</c> when unbounded below.</summary>
    public decimal? Minimo { get; }

    /// <summary>Whether <see cref="Minimo"/> belongs to the interval (<c>&gt;=</c>) or not (<c>&gt;</c>).</summary>
    public bool IncluyeMinimo { get; }

    /// <summary>The upper bound in percent, or <c>null</c> when unbounded above.</summary>
    public decimal? Maximo { get; }

    /// <summary>Whether <see cref="Maximo"/> belongs to the interval (<c>&lt;=</c>) or not (<c>&lt;</c>).</summary>
    public bool IncluyeMaximo { get; }

    /// <summary>Whether <paramref name="cumplimiento"/> (percent) falls in this interval.</summary>
    /// <param name="cumplimiento">A cumplimiento in percent.</param>
    /// <returns>Whether it is within the bounds.</returns>
    public bool Contiene(decimal cumplimiento)
        => !(Minimo is { } minimo && (cumplimiento < minimo || (cumplimiento == minimo && !IncluyeMinimo)))
           && !(Maximo is { } maximo && (cumplimiento > maximo || (cumplimiento == maximo && !IncluyeMaximo)));

    /// <summary>Whether the exact value falls in this interval (by cross-multiplication).</summary>
    internal bool Contiene(Fraccion cumplimiento)
    {
        if (Minimo is { } minimo)
        {
            var c = cumplimiento.CompareTo(minimo);
            if (c < 0 || (c == 0 && !IncluyeMinimo))
            {
                return false;
            }
        }

        if (Maximo is { } maximo)
        {
            var c = cumplimiento.CompareTo(maximo);
            if (c > 0 || (c == 0 && !IncluyeMaximo))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether this interval lies wholly below <paramref name="otro"/> (no value in common, this one first).</summary>
    internal bool AntesDe(Intervalo otro)
        => Maximo is { } maximo && otro.Minimo is { } minimo && (maximo < minimo || (maximo == minimo && !(IncluyeMaximo && otro.IncluyeMinimo)));

    /// <summary>The canonical notation: <c>&gt;= 80%</c>, <c>&gt; 50% y &lt; 80%</c>, <c>&lt;= 50%</c>, <c>= 100%</c>; no bounds is <c>cualquier valor</c>.</summary>
    /// <returns>The notation.</returns>
    public override string ToString()
    {
        static string Num(decimal value) => Numeros.Formatear(value, CultureInfo.InvariantCulture) + "%";

        if (Minimo is { } min && Maximo is { } max)
        {
            return min == max
                ? "= " + Num(min)
                : (IncluyeMinimo ? ">= " : "> ") + Num(min) + " y " + (IncluyeMaximo ? "<= " : "< ") + Num(max);
        }

        if (Minimo is { } soloMin)
        {
            return (IncluyeMinimo ? ">= " : "> ") + Num(soloMin);
        }

        return Maximo is { } soloMax ? (IncluyeMaximo ? "<= " : "< ") + Num(soloMax) : "cualquier valor";
    }

    /// <inheritdoc />
    public bool Equals(Intervalo other)
        => Minimo == other.Minimo && IncluyeMinimo == other.IncluyeMinimo && Maximo == other.Maximo && IncluyeMaximo == other.IncluyeMaximo;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Intervalo other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
        => Hash.Combine(Hash.Combine(Hash.Combine(Hash.Combine(Hash.Seed, Minimo), IncluyeMinimo ? 1 : 0), Maximo), IncluyeMaximo ? 1 : 0);

    /// <summary>Equality of bounds.</summary>
    /// <param name="left">An interval.</param>
    /// <param name="right">An interval.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Intervalo left, Intervalo right) => left.Equals(right);

    /// <summary>Inequality of bounds.</summary>
    /// <param name="left">An interval.</param>
    /// <param name="right">An interval.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Intervalo left, Intervalo right) => !left.Equals(right);
}
