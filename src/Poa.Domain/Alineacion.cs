using System;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The <em>alineación</em> of an activity to the Plan Municipal de Desarrollo: an <see cref="EjeRector"/>
/// and an <see cref="ObjetivoEstrategico"/>.
/// </summary>
/// <remarks>
/// An alineación whose objective does not belong to its axis (<c>4.11</c> under <c>V.</c>) can be created,
/// because real files contain them; <see cref="EsCoherente"/> is false and plan validation reports it (POA004).
/// Equality compares both parts.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed class Alineacion : IEquatable<Alineacion>
{
    private Alineacion(EjeRector eje, ObjetivoEstrategico objetivo)
    {
        Eje = eje;
        Objetivo = objetivo;
    }

    /// <summary>The axis.</summary>
    public EjeRector Eje { get; }

    /// <summary>The objective.</summary>
    public ObjetivoEstrategico Objetivo { get; }

    /// <summary>Whether the objective's first number is the axis' numeral (<c>5.1</c> under <c>V.</c>).</summary>
    public bool EsCoherente => Objetivo.NumeroDeEje == Eje.Numero;

    /// <summary>Creates an alineación.</summary>
    /// <param name="eje">The eje rector of the Plan Municipal de Desarrollo.</param>
    /// <param name="objetivo">The objetivo estratégico; its first number should be the eje's numeral (validation reports it otherwise).</param>
    /// <returns>The alineación.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Alineacion Create(EjeRector eje, ObjetivoEstrategico objetivo)
        => new(Preconditions.CheckNotNull(eje, nameof(eje)), Preconditions.CheckNotNull(objetivo, nameof(objetivo)));

    /// <summary>Parses the two cells of a POA table: <c>Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente")</c>.</summary>
    /// <returns>The value read.</returns>
    /// <param name="eje">The eje rector as a POA writes it: roman numeral, a dot and the name (<c>V. Ciudad abierta</c>).</param>
    /// <param name="objetivo">The objetivo estratégico as a POA writes it: its number and name (<c>5.1 Monterrey abierto e inteligente</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">A cell cannot be parsed; the message says which and why.</exception>
    public static Alineacion Parse(string eje, string objetivo)
        => new(EjeRector.Parse(eje), ObjetivoEstrategico.Parse(objetivo));

    /// <summary><c>V. Ciudad abierta / 5.1 Monterrey abierto e inteligente</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => Eje + " / " + Objetivo;

    /// <inheritdoc />
    public bool Equals(Alineacion? other) => other is not null && Eje.Equals(other.Eje) && Objetivo.Equals(other.Objetivo);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Alineacion);

    /// <inheritdoc />
    public override int GetHashCode() => Hash.Combine(Hash.Combine(Hash.Seed, Eje), Objetivo);

    /// <summary>Equality of both parts.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Alineacion? left, Alineacion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of either part.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Alineacion? left, Alineacion? right) => !(left == right);
}
