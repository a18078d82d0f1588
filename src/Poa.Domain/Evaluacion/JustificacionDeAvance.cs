using System;
using System.Globalization;
using NodaTime;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>The justificación of one avance, with its month (<see cref="ResultadoDeActividad.Justificaciones"/>).</summary>
/// <remarks>A value; <c>default</c> has an empty text. Equality compares the month and the text ordinally.</remarks>
public readonly struct JustificacionDeAvance : IEquatable<JustificacionDeAvance>
{
    private readonly string? texto;

    /// <summary>Creates a justificación of <paramref name="mes"/>.</summary>
    /// <param name="mes">The month of the avance.</param>
    /// <param name="texto">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    public JustificacionDeAvance(YearMonth mes, string texto)
    {
        Mes = mes;
        this.texto = Preconditions.CheckNotNull(texto, nameof(texto));
    }

    /// <summary>The month of the avance.</summary>
    public YearMonth Mes { get; }

    /// <summary>The text of the justificación.</summary>
    public string Texto => texto ?? string.Empty;

    /// <summary><c>2024-06: Lluvias atrasaron las obras.</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => Mes.ToString("yyyy-MM", CultureInfo.InvariantCulture) + ": " + Texto;

    /// <inheritdoc />
    public bool Equals(JustificacionDeAvance other) => Mes == other.Mes && string.Equals(Texto, other.Texto, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JustificacionDeAvance other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Hash.Combine(Hash.Combine(Hash.Seed, Mes.GetHashCode()), StringComparer.Ordinal.GetHashCode(Texto));

    /// <summary>Equality of month and text.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(JustificacionDeAvance left, JustificacionDeAvance right) => left.Equals(right);

    /// <summary>Inequality of month or text.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(JustificacionDeAvance left, JustificacionDeAvance right) => !left.Equals(right);
}
