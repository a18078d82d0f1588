using System;
using System.Globalization;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// An axis of the Plan Municipal de Desarrollo (<em>eje rector</em>): a roman numeral and a name,
/// written <c>V. Ciudad abierta</c>.
/// </summary>
/// <remarks>
/// Equality and ordering use the number first, then the name ignoring case and accents.
/// The name keeps the text as written, for display.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed class EjeRector : IEquatable<EjeRector>, IComparable<EjeRector>, IComparable
{
    private EjeRector(int numero, string nombre)
    {
        Numero = numero;
        Nombre = nombre;
        Clave = Texto.Clave(nombre);
    }

    /// <summary>The number of the axis (the roman numeral's value): 5 for <c>V</c>.</summary>
    public int Numero { get; }

    /// <summary>The roman numeral, upper case: <c>V</c>.</summary>
    public string NumeroRomano => Numeros.ARomano(Numero);

    /// <summary>The name as written: <c>Ciudad abierta</c>.</summary>
    public string Nombre { get; }

    internal string Clave { get; }

    /// <summary>Creates an axis from its number and name.</summary>
    /// <param name="numero">The number, 1..3999 (written as a roman numeral).</param>
    /// <param name="nombre">The name.</param>
    /// <returns>The eje rector.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numero"/> is not 1..3999.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="nombre"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> is blank.</exception>
    public static EjeRector Create(int numero, string nombre)
        => new(
            Preconditions.CheckRange(numero, nameof(numero), 1, Numeros.MaximoRomano),
            Texto.NormalizarEspacios(Preconditions.CheckNotBlank(nombre, nameof(nombre))));

    /// <summary>Parses <c>V. Ciudad abierta</c> (also <c>V Ciudad abierta</c>, <c>V.- Ciudad abierta</c>, lower-case numerals).</summary>
    /// <param name="texto">The text to read, as a POA writes it.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a numeral followed by a name; the message says why.</exception>
    public static EjeRector Parse(string texto)
    {
        Preconditions.CheckNotNull(texto, nameof(texto));
        return TryParse(texto, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse <c>V. Ciudad abierta</c>.</summary>
    /// <param name="texto">The text to read, as a POA writes it; may be null.</param>
    /// <param name="result">When this returns <c>true</c>, the value read; otherwise the default value.</param>
    /// <returns><c>true</c> when the text was read; <c>false</c> when it was not (bad text never throws here).</returns>
    public static bool TryParse(string? texto, out EjeRector result) => TryParse(texto, out result, out _);

    internal static bool TryParse(string? texto, out EjeRector result, out string error)
    {
        result = null!;
        var normalizado = texto is null ? string.Empty : Texto.NormalizarEspacios(texto);
        var fin = 0;
        while (fin < normalizado.Length && "IVXLCDMivxlcdm".IndexOf(normalizado[fin]) >= 0)
        {
            fin++;
        }

        var romano = normalizado.Substring(0, fin);
        var resto = normalizado.Substring(fin).TrimStart('.', '-', ')', ' ');
        var separado = fin < normalizado.Length && ".-) ".IndexOf(normalizado[fin]) >= 0;
        if (fin == 0 || !Numeros.TryParseRomano(romano, out var numero) || (fin < normalizado.Length && !separado))
        {
            error = $"«{normalizado}» no es un eje rector: se espera un número romano y un nombre, como «V. Ciudad abierta».";
            return false;
        }

        if (resto.Length == 0)
        {
            error = $"«{normalizado}» no es un eje rector: falta el nombre después del número romano, como en «V. Ciudad abierta».";
            return false;
        }

        result = new EjeRector(numero, resto);
        error = string.Empty;
        return true;
    }

    /// <summary>The canonical form: <c>V. Ciudad abierta</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => NumeroRomano + ". " + Nombre;

    /// <inheritdoc />
    public bool Equals(EjeRector? other) => other is not null && Numero == other.Numero && string.Equals(Clave, other.Clave, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EjeRector);

    /// <inheritdoc />
    public override int GetHashCode() => Hash.Combine(Hash.Combine(Hash.Seed, Numero), StringComparer.Ordinal.GetHashCode(Clave));

    /// <summary>Orders by number, then by name (ignoring case and accents); null comes first.</summary>
    /// <param name="other">The EjeRector to compare this one with.</param>
    /// <returns>A negative number when this one comes first, 0 when they are equal, a positive number when <paramref name="other"/> comes first.</returns>
    public int CompareTo(EjeRector? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byNumber = Numero.CompareTo(other.Numero);
        return byNumber != 0 ? byNumber : string.CompareOrdinal(Clave, other.Clave);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        EjeRector other => CompareTo(other),
        _ => throw new ArgumentException($"Se esperaba un {nameof(EjeRector)}.", nameof(obj)),
    };

    /// <summary>Equality of number and name.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(EjeRector? left, EjeRector? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of number or name.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(EjeRector? left, EjeRector? right) => !(left == right);

    /// <summary>Ordering by number, then name.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    public static bool operator <(EjeRector? left, EjeRector? right) => Comparar(left, right) < 0;

    /// <summary>Ordering by number, then name.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> or equals it.</returns>
    public static bool operator <=(EjeRector? left, EjeRector? right) => Comparar(left, right) <= 0;

    /// <summary>Ordering by number, then name.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    public static bool operator >(EjeRector? left, EjeRector? right) => Comparar(left, right) > 0;

    /// <summary>Ordering by number, then name.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> or equals it.</returns>
    public static bool operator >=(EjeRector? left, EjeRector? right) => Comparar(left, right) >= 0;

    private static int Comparar(EjeRector? left, EjeRector? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
