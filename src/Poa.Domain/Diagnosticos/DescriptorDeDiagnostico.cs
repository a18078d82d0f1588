using System;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The definition of a kind of diagnostic: a stable code (<c>POA001</c>), its severity and a short
/// Spanish title. Codes never change meaning once released; the catalogue is in <c>docs/diagnosticos.md</c>.
/// </summary>
public sealed class DescriptorDeDiagnostico : IEquatable<DescriptorDeDiagnostico>
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="codigo">The stable code, e.g. <c>POA001</c>.</param>
    /// <param name="severidad">Error, advertencia or información.</param>
    /// <param name="titulo">A short Spanish title for the catalogue.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public DescriptorDeDiagnostico(string codigo, Severidad severidad, string titulo)
    {
        Codigo = Preconditions.CheckNotBlank(codigo, nameof(codigo));
        Severidad = severidad;
        Titulo = Preconditions.CheckNotBlank(titulo, nameof(titulo));
    }

    /// <summary>The stable code, e.g. <c>POA001</c>.</summary>
    public string Codigo { get; }

    /// <summary>The severity of every diagnostic of this kind.</summary>
    public Severidad Severidad { get; }

    /// <summary>A short Spanish title, e.g. <c>La meta anual no coincide con la calendarización</c>.</summary>
    public string Titulo { get; }

    /// <summary>Creates a diagnostic of this kind.</summary>
    /// <param name="ubicacion">Where the finding is (plan, activity, property; file and line or cell).</param>
    /// <param name="mensaje">The Spanish message, saying what was found and what is expected.</param>
    /// <returns>The diagnostic, with this code and severity.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Diagnostico Crear(Ubicacion ubicacion, string mensaje) => new(this, ubicacion, mensaje);

    /// <summary><c>POA001 (Error): La meta anual no coincide con la calendarización</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => $"{Codigo} ({Severidad}): {Titulo}";

    /// <summary>Descriptors are equal when their codes are equal.</summary>
    /// <param name="other">The descriptor to compare with, or <c>null</c>.</param>
    /// <returns><c>true</c> when both have the same code.</returns>
    public bool Equals(DescriptorDeDiagnostico? other) => other is not null && string.Equals(Codigo, other.Codigo, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DescriptorDeDiagnostico);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Codigo);

    /// <summary>Equality by code.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(DescriptorDeDiagnostico? left, DescriptorDeDiagnostico? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by code.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(DescriptorDeDiagnostico? left, DescriptorDeDiagnostico? right) => !(left == right);
}
