using System;
using System.Globalization;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The <em>línea base</em> of an indicator: the value it had (in the meta's unit) in a reference year, e.g. 120 accounts
/// in 2023. Results give the change of the realizado against it.
/// </summary>
/// <remarks>Immutable; equality compares the value numerically (120 = 120.0) and the year.</remarks>
public sealed class LineaBase : IEquatable<LineaBase>
{
    private LineaBase(decimal valor, int anio)
    {
        Valor = valor;
        Anio = anio;
    }

    /// <summary>The value, in the meta's unit (a percent for a rate).</summary>
    public decimal Valor { get; }

    /// <summary>The year the value was measured.</summary>
    public int Anio { get; }

    /// <summary>Creates a línea base.</summary>
    /// <param name="valor">The value, not negative, in the meta's unit.</param>
    /// <param name="anio">The year, from <see cref="EjercicioFiscal.AnioMinimo"/> to <see cref="EjercicioFiscal.AnioMaximo"/>.</param>
    /// <returns>The línea base.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valor"/> is negative, above 10^12 or has more than 6 decimals, or <paramref name="anio"/> is out of range.</exception>
    public static LineaBase Create(decimal valor, int anio)
    {
        Preconditions.CheckNotNegative(valor, nameof(valor));
        Limites.Comprobar(valor, nameof(valor), "la línea base");
        Preconditions.CheckRange(anio, nameof(anio), EjercicioFiscal.AnioMinimo, EjercicioFiscal.AnioMaximo);
        return new LineaBase(valor, anio);
    }

    /// <summary><c>120 (2023)</c>.</summary>
    /// <returns>The value and the year.</returns>
    public override string ToString() => Numeros.Formatear(Valor, CultureInfo.InvariantCulture) + " (" + Anio.ToString(CultureInfo.InvariantCulture) + ")";

    /// <inheritdoc />
    public bool Equals(LineaBase? other) => other is not null && Valor == other.Valor && Anio == other.Anio;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LineaBase);

    /// <inheritdoc />
    public override int GetHashCode() => Hash.Combine(Hash.Combine(Hash.Seed, Valor.GetHashCode()), Anio);

    /// <summary>Equality of value and year.</summary>
    /// <param name="left">A línea base or null.</param>
    /// <param name="right">A línea base or null.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(LineaBase? left, LineaBase? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of value or year.</summary>
    /// <param name="left">A línea base or null.</param>
    /// <param name="right">A línea base or null.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(LineaBase? left, LineaBase? right) => !(left == right);
}
