using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// A strategic objective of the Plan Municipal de Desarrollo (<em>objetivo estratégico</em>): a dotted
/// number and a name, written <c>5.1 Monterrey abierto e inteligente</c>. The first component of the
/// number is the number of its <see cref="EjeRector"/>.
/// </summary>
/// <remarks>
/// Equality and ordering use the number numerically component by component (<c>4.2</c> &lt; <c>4.11</c>),
/// then the name ignoring case and accents. The name keeps the text as written.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed class ObjetivoEstrategico : IEquatable<ObjetivoEstrategico>, IComparable<ObjetivoEstrategico>, IComparable
{
    private readonly int[] componentes;

    private ObjetivoEstrategico(int[] componentes, string nombre)
    {
        this.componentes = componentes;
        Nombre = nombre;
        Clave = Texto.Clave(nombre);
    }

    /// <summary>The number as text: <c>5.1</c>.</summary>
    public string Numero => string.Join(".", componentes.Select(c => c.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The components of the number: <c>[5, 1]</c> for <c>5.1</c>.</summary>
    public IReadOnlyList<int> Componentes => componentes.ToArray();

    /// <summary>The number of the axis this objective belongs to: the first component (5 for <c>5.1</c>).</summary>
    public int NumeroDeEje => componentes[0];

    /// <summary>The name as written: <c>Monterrey abierto e inteligente</c>.</summary>
    public string Nombre { get; }

    internal string Clave { get; }

    /// <summary>Creates an objective from its number (<c>"5.1"</c>) and name.</summary>
    /// <param name="numero">The objetivo's number, e.g. <c>5.1</c>; its first part is the eje's numeral.</param>
    /// <param name="nombre">The objetivo's name.</param>
    /// <returns>The objetivo estratégico.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The number is not positive integers separated by dots, or the name is blank.</exception>
    public static ObjetivoEstrategico Create(string numero, string nombre)
    {
        Preconditions.CheckNotNull(numero, nameof(numero));
        var limpio = Texto.NormalizarEspacios(Preconditions.CheckNotBlank(nombre, nameof(nombre)));
        if (!TryParseNumero(numero.Trim(), out var componentes))
        {
            throw new ArgumentException($"«{numero}» no es un número de objetivo: se esperan enteros positivos separados por puntos, como «5.1».", nameof(numero));
        }

        return new ObjetivoEstrategico(componentes, limpio);
    }

    /// <summary>Parses <c>5.1 Monterrey abierto e inteligente</c> (a trailing dot after the number is accepted).</summary>
    /// <param name="texto">The text to read, as a POA writes it.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a dotted number followed by a name; the message says why.</exception>
    public static ObjetivoEstrategico Parse(string texto)
    {
        Preconditions.CheckNotNull(texto, nameof(texto));
        return TryParse(texto, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse <c>5.1 Monterrey abierto e inteligente</c>.</summary>
    /// <param name="texto">The text to read, as a POA writes it; may be null.</param>
    /// <param name="result">When this returns <c>true</c>, the value read; otherwise the default value.</param>
    /// <returns><c>true</c> when the text was read; <c>false</c> when it was not (bad text never throws here).</returns>
    public static bool TryParse(string? texto, out ObjetivoEstrategico result) => TryParse(texto, out result, out _);

    internal static bool TryParse(string? texto, out ObjetivoEstrategico result, out string error)
    {
        result = null!;
        var normalizado = texto is null ? string.Empty : Texto.NormalizarEspacios(texto);
        var fin = 0;
        while (fin < normalizado.Length && (char.IsDigit(normalizado[fin]) || normalizado[fin] == '.'))
        {
            fin++;
        }

        var numero = normalizado.Substring(0, fin).TrimEnd('.');
        var nombre = normalizado.Substring(fin).TrimStart('-', ')', ' ');
        if (!TryParseNumero(numero, out var componentes))
        {
            error = $"«{normalizado}» no es un objetivo estratégico: se espera un número con puntos y un nombre, como «5.1 Monterrey abierto e inteligente».";
            return false;
        }

        if (nombre.Length == 0)
        {
            error = $"«{normalizado}» no es un objetivo estratégico: falta el nombre después del número.";
            return false;
        }

        result = new ObjetivoEstrategico(componentes, nombre);
        error = string.Empty;
        return true;
    }

    private static bool TryParseNumero(string numero, out int[] componentes)
    {
        componentes = [];
        if (numero.Length == 0)
        {
            return false;
        }

        var partes = numero.Split('.');
        var result = new int[partes.Length];
        for (var i = 0; i < partes.Length; i++)
        {
            if (!int.TryParse(partes[i], NumberStyles.None, CultureInfo.InvariantCulture, out var valor) || valor < 1)
            {
                return false;
            }

            result[i] = valor;
        }

        componentes = result;
        return true;
    }

    /// <summary>The canonical form: <c>5.1 Monterrey abierto e inteligente</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => Numero + " " + Nombre;

    /// <inheritdoc />
    public bool Equals(ObjetivoEstrategico? other)
        => other is not null && componentes.SequenceEqual(other.componentes) && string.Equals(Clave, other.Clave, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ObjetivoEstrategico);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = Hash.Seed;
        foreach (var componente in componentes)
        {
            hash = Hash.Combine(hash, componente);
        }

        return Hash.Combine(hash, StringComparer.Ordinal.GetHashCode(Clave));
    }

    /// <summary>Orders by number (numerically, component by component), then by name; null comes first.</summary>
    /// <param name="other">The ObjetivoEstrategico to compare this one with.</param>
    /// <returns>A negative number when this one comes first, 0 when they are equal, a positive number when <paramref name="other"/> comes first.</returns>
    public int CompareTo(ObjetivoEstrategico? other)
    {
        if (other is null)
        {
            return 1;
        }

        var length = Math.Min(componentes.Length, other.componentes.Length);
        for (var i = 0; i < length; i++)
        {
            var byComponent = componentes[i].CompareTo(other.componentes[i]);
            if (byComponent != 0)
            {
                return byComponent;
            }
        }

        var byLength = componentes.Length.CompareTo(other.componentes.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(Clave, other.Clave);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ObjetivoEstrategico other => CompareTo(other),
        _ => throw new ArgumentException($"Se esperaba un {nameof(ObjetivoEstrategico)}.", nameof(obj)),
    };

    /// <summary>Equality of number and name.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(ObjetivoEstrategico? left, ObjetivoEstrategico? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of number or name.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(ObjetivoEstrategico? left, ObjetivoEstrategico? right) => !(left == right);

    /// <summary>Ordering by number, then name.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    public static bool operator <(ObjetivoEstrategico? left, ObjetivoEstrategico? right) => Comparar(left, right) < 0;

    /// <summary>Ordering by number, then name.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> or equals it.</returns>
    public static bool operator <=(ObjetivoEstrategico? left, ObjetivoEstrategico? right) => Comparar(left, right) <= 0;

    /// <summary>Ordering by number, then name.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    public static bool operator >(ObjetivoEstrategico? left, ObjetivoEstrategico? right) => Comparar(left, right) > 0;

    /// <summary>Ordering by number, then name.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> or equals it.</returns>
    public static bool operator >=(ObjetivoEstrategico? left, ObjetivoEstrategico? right) => Comparar(left, right) >= 0;

    private static int Comparar(ObjetivoEstrategico? left, ObjetivoEstrategico? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
