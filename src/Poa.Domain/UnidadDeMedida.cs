using System;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The unit of measure of a meta (<em>unidad de medida</em>): what the meta counts, such as
/// <c>Reporte</c>, <c>Cuentas</c> or <c>Porcentaje</c>, and its <see cref="TipoDeMeta"/>.
/// </summary>
/// <remarks>
/// <para>The name keeps the text as the user wrote it (for display); equality, hashing and ordering
/// ignore case, repeated spaces and accents, so <c>Reporte</c>, <c>REPORTE</c> and <c>Répórte</c> are equal.</para>
/// <para>Synonyms normalize: <c>Porcentual</c>, <c>Porcentaje</c>, <c>%</c> and <c>Por ciento</c> are
/// the same unit, of kind <see cref="TipoDeMeta.Porcentaje"/>. Every other name is
/// <see cref="TipoDeMeta.Acumulable"/>.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed class UnidadDeMedida : IEquatable<UnidadDeMedida>, IComparable<UnidadDeMedida>, IComparable
{
    private const string ClavePorcentaje = "PORCENTAJE";

    /// <summary>The canonical percentage unit, written <c>Porcentaje</c>.</summary>
    public static UnidadDeMedida Porcentaje { get; } = new("Porcentaje");

    private UnidadDeMedida(string nombre)
    {
        Nombre = Texto.NormalizarEspacios(nombre);
        var clave = Texto.Clave(Nombre);
        Tipo = EsSinonimoDePorcentaje(clave) ? TipoDeMeta.Porcentaje : TipoDeMeta.Acumulable;
        Clave = Tipo == TipoDeMeta.Porcentaje ? ClavePorcentaje : clave;
    }

    /// <summary>The name as written by the user (spaces normalized), e.g. <c>Porcentual</c>.</summary>
    public string Nombre { get; }

    /// <summary>Whether values in this unit add up (<see cref="TipoDeMeta.Acumulable"/>) or are rates (<see cref="TipoDeMeta.Porcentaje"/>).</summary>
    public TipoDeMeta Tipo { get; }

    /// <summary>Whether this is a percentage unit.</summary>
    public bool EsPorcentaje => Tipo == TipoDeMeta.Porcentaje;

    /// <summary>The comparison key: upper case, without accents, synonyms unified.</summary>
    internal string Clave { get; }

    /// <summary>Creates a unit from its name; the kind follows from the name.</summary>
    /// <param name="nombre">The name, e.g. <c>Reporte</c> or <c>Porcentual</c>.</param>
    /// <returns>The unidad de medida.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nombre"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> is empty or blank.</exception>
    public static UnidadDeMedida Create(string nombre) => new(Preconditions.CheckNotBlank(nombre, nameof(nombre)));

    /// <summary>Parses a unit name; the same as <see cref="Create"/> but throws <see cref="FormatException"/> on blank text.</summary>
    /// <param name="texto">The text to read, as a POA writes it.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="texto"/> is empty or blank.</exception>
    public static UnidadDeMedida Parse(string texto)
    {
        Preconditions.CheckNotNull(texto, nameof(texto));
        return TryParse(texto, out var result)
            ? result
            : throw new FormatException("La unidad de medida no puede estar vacía.");
    }

    /// <summary>Tries to parse a unit name.</summary>
    /// <param name="texto">The text to read, as a POA writes it; may be null.</param>
    /// <param name="result">When this returns <c>true</c>, the value read; otherwise the default value.</param>
    /// <returns><c>true</c> when the text was read; <c>false</c> when it was not (bad text never throws here).</returns>
    public static bool TryParse(string? texto, out UnidadDeMedida result)
    {
        if (string.IsNullOrWhiteSpace(texto))
        {
            result = Porcentaje;
            return false;
        }

        result = new UnidadDeMedida(texto!);
        return true;
    }

    private static bool EsSinonimoDePorcentaje(string clave)
        => clave is ClavePorcentaje or "PORCENTUAL" or "%" or "POR CIENTO" or "PORCIENTO" or "PORCENTAJES";

    /// <inheritdoc />
    public bool Equals(UnidadDeMedida? other) => other is not null && string.Equals(Clave, other.Clave, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnidadDeMedida);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Clave);

    /// <summary>Orders units by their comparison key (ordinal, without accents or case); null comes first.</summary>
    /// <param name="other">The UnidadDeMedida to compare this one with.</param>
    /// <returns>A negative number when this one comes first, 0 when they are equal, a positive number when <paramref name="other"/> comes first.</returns>
    public int CompareTo(UnidadDeMedida? other) => other is null ? 1 : string.CompareOrdinal(Clave, other.Clave);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        UnidadDeMedida other => CompareTo(other),
        _ => throw new ArgumentException($"Se esperaba una {nameof(UnidadDeMedida)}.", nameof(obj)),
    };

    /// <summary>The name as written, e.g. <c>Cuentas</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => Nombre;

    /// <summary>Equality (ignoring case, accents and synonyms).</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(UnidadDeMedida? left, UnidadDeMedida? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality (ignoring case, accents and synonyms).</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(UnidadDeMedida? left, UnidadDeMedida? right) => !(left == right);

    /// <summary>Ordering by comparison key.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    public static bool operator <(UnidadDeMedida? left, UnidadDeMedida? right) => Comparar(left, right) < 0;

    /// <summary>Ordering by comparison key.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> or equals it.</returns>
    public static bool operator <=(UnidadDeMedida? left, UnidadDeMedida? right) => Comparar(left, right) <= 0;

    /// <summary>Ordering by comparison key.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    public static bool operator >(UnidadDeMedida? left, UnidadDeMedida? right) => Comparar(left, right) > 0;

    /// <summary>Ordering by comparison key.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> or equals it.</returns>
    public static bool operator >=(UnidadDeMedida? left, UnidadDeMedida? right) => Comparar(left, right) >= 0;

    private static int Comparar(UnidadDeMedida? left, UnidadDeMedida? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
