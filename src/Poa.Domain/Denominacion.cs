using System;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// Base of the named catalogue values of the domain (<see cref="Dependencia"/>,
/// <see cref="UnidadResponsable"/>, <see cref="ProgramaPresupuestario"/>).
/// </summary>
/// <remarks>
/// The name keeps the text as written (spaces normalized) for display. Equality, hashing and ordering
/// ignore case and accents, so <c>Participación Ciudadana</c> equals <c>PARTICIPACION CIUDADANA</c>:
/// roll-ups group what people mean, not how they typed it. Values of two different types are never equal.
/// The type cannot be derived from outside this library.
/// </remarks>
/// <typeparam name="TSelf">The concrete type.</typeparam>
public abstract class Denominacion<TSelf> : IEquatable<TSelf>, IComparable<TSelf>, IComparable
    where TSelf : Denominacion<TSelf>
{
    private protected Denominacion(string nombre, string paramName)
    {
        Nombre = Texto.NormalizarEspacios(Preconditions.CheckNotBlank(nombre, paramName));
        Clave = Texto.Clave(Nombre);
    }

    /// <summary>The name as written (spaces normalized).</summary>
    public string Nombre { get; }

    /// <summary>
    /// The comparison key that equality, hashing and ordering use: white space collapsed, the accents of the Spanish and
    /// Latin-1 letters removed (also when written decomposed), upper case (invariant): <c>DIRECCION DE PARTICIPACION
    /// CIUDADANA</c>. Store it beside the name for a unique index or a <c>WHERE</c> that compares names as the domain does.
    /// </summary>
    public string Clave { get; }

    /// <inheritdoc />
    public bool Equals(TSelf? other) => other is not null && string.Equals(Clave, other.Clave, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TSelf other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Clave);

    /// <summary>Orders by the comparison key (ordinal, without case or accents); null comes first.</summary>
    /// <param name="other">The other name, compared by its key; <c>null</c> comes first.</param>
    /// <returns>A negative number when this one comes first, 0 when they are equal, a positive number when <paramref name="other"/> comes first.</returns>
    public int CompareTo(TSelf? other) => other is null ? 1 : string.CompareOrdinal(Clave, other.Clave);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        TSelf other => CompareTo(other),
        _ => throw new ArgumentException($"Se esperaba un valor de tipo {typeof(TSelf).Name}.", nameof(obj)),
    };

    /// <summary>The name as written.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => Nombre;

    /// <summary>Equality, ignoring case and accents.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Denominacion<TSelf>? left, Denominacion<TSelf>? right)
        => left is null ? right is null : right is TSelf other && left.Equals(other);

    /// <summary>Inequality, ignoring case and accents.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Denominacion<TSelf>? left, Denominacion<TSelf>? right) => !(left == right);

    /// <summary>Ordering by comparison key; null comes first.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    public static bool operator <(Denominacion<TSelf>? left, Denominacion<TSelf>? right) => Comparar(left, right) < 0;

    /// <summary>Ordering by comparison key; null comes first.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> or equals it.</returns>
    public static bool operator <=(Denominacion<TSelf>? left, Denominacion<TSelf>? right) => Comparar(left, right) <= 0;

    /// <summary>Ordering by comparison key; null comes first.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    public static bool operator >(Denominacion<TSelf>? left, Denominacion<TSelf>? right) => Comparar(left, right) > 0;

    /// <summary>Ordering by comparison key; null comes first.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> or equals it.</returns>
    public static bool operator >=(Denominacion<TSelf>? left, Denominacion<TSelf>? right) => Comparar(left, right) >= 0;

    private static int Comparar(Denominacion<TSelf>? left, Denominacion<TSelf>? right)
        => left is null ? (right is null ? 0 : -1) : left.CompareTo(right as TSelf);
}

/// <summary>A <em>dependencia</em>: a secretaría of the municipal government, e.g. <c>Secretaría de Innovación y Gobierno Abierto</c>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed class Dependencia : Denominacion<Dependencia>
{
    /// <summary>Creates a dependencia from its name.</summary>
    /// <param name="nombre">The name of the secretaría, as written (spaces normalized).</param>
    /// <exception cref="ArgumentNullException"><paramref name="nombre"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> is blank.</exception>
    public Dependencia(string nombre)
        : base(nombre, nameof(nombre))
    {
    }
}

/// <summary>A <em>unidad responsable</em>: the directorate that owns a plan, e.g. <c>Dirección de Mejora Regulatoria</c>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed class UnidadResponsable : Denominacion<UnidadResponsable>
{
    /// <summary>Creates a unidad responsable from its name.</summary>
    /// <param name="nombre">The name of the directorate, as written (spaces normalized).</param>
    /// <exception cref="ArgumentNullException"><paramref name="nombre"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> is blank.</exception>
    public UnidadResponsable(string nombre)
        : base(nombre, nameof(nombre))
    {
    }
}

/// <summary>A <em>programa presupuestario</em>: the budget program that pays for an activity, e.g. <c>Gobierno Digital</c>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed class ProgramaPresupuestario : Denominacion<ProgramaPresupuestario>
{
    /// <summary>Creates a programa presupuestario from its name.</summary>
    /// <param name="nombre">The name of the budget program, as written (spaces normalized).</param>
    /// <exception cref="ArgumentNullException"><paramref name="nombre"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> is blank.</exception>
    public ProgramaPresupuestario(string nombre)
        : base(nombre, nameof(nombre))
    {
    }
}
