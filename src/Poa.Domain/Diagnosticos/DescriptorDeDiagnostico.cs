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
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Diagnostico Crear(Ubicacion ubicacion, string mensaje) => new(this, ubicacion, mensaje);

    /// <summary><c>POA001 (Error): La meta anual no coincide con la calendarización</c>.</summary>
    public override string ToString() => $"{Codigo} ({Severidad}): {Titulo}";

    /// <summary>Descriptors are equal when their codes are equal.</summary>
    public bool Equals(DescriptorDeDiagnostico? other) => other is not null && string.Equals(Codigo, other.Codigo, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DescriptorDeDiagnostico);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Codigo);

    /// <summary>Equality by code.</summary>
    public static bool operator ==(DescriptorDeDiagnostico? left, DescriptorDeDiagnostico? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by code.</summary>
    public static bool operator !=(DescriptorDeDiagnostico? left, DescriptorDeDiagnostico? right) => !(left == right);
}
