using System;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// A finding about a plan or an input file: a stable code, a severity, a Spanish message and where it is.
/// Validation returns diagnostics instead of throwing, like compiler warnings.
/// </summary>
/// <remarks>Equality compares code, severity, message and location.</remarks>
public sealed class Diagnostico : IEquatable<Diagnostico>
{
    internal Diagnostico(DescriptorDeDiagnostico descriptor, Ubicacion ubicacion, string mensaje)
    {
        Descriptor = Preconditions.CheckNotNull(descriptor, nameof(descriptor));
        Ubicacion = Preconditions.CheckNotNull(ubicacion, nameof(ubicacion));
        Mensaje = Preconditions.CheckNotNull(mensaje, nameof(mensaje));
    }

    /// <summary>The kind of diagnostic.</summary>
    public DescriptorDeDiagnostico Descriptor { get; }

    /// <summary>The stable code, e.g. <c>POA001</c>.</summary>
    public string Codigo => Descriptor.Codigo;

    /// <summary>The severity.</summary>
    public Severidad Severidad => Descriptor.Severidad;

    /// <summary>The Spanish message: what is wrong, with the values involved.</summary>
    public string Mensaje { get; }

    /// <summary>Where it is.</summary>
    public Ubicacion Ubicacion { get; }

    /// <summary>Whether the severity is <see cref="Severidad.Error"/>.</summary>
    public bool EsError => Severidad == Severidad.Error;

    /// <summary>One line, compiler style: <c>poa.txt:12:5, actividad 2: error POA001: mensaje</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
    {
        var donde = Ubicacion.ToString();
        var severidad = Severidad switch
        {
            Severidad.Error => "error",
            Severidad.Advertencia => "advertencia",
            _ => "información",
        };
        return (donde.Length == 0 ? string.Empty : donde + ": ") + severidad + " " + Codigo + ": " + Mensaje;
    }

    /// <inheritdoc />
    public bool Equals(Diagnostico? other)
        => other is not null
           && Descriptor.Equals(other.Descriptor)
           && Severidad == other.Severidad
           && string.Equals(Mensaje, other.Mensaje, StringComparison.Ordinal)
           && Ubicacion.Equals(other.Ubicacion);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Diagnostico);

    /// <inheritdoc />
    public override int GetHashCode()
        => Hash.Combine(Hash.Combine(Hash.Combine(Hash.Seed, Descriptor), StringComparer.Ordinal.GetHashCode(Mensaje)), Ubicacion);

    /// <summary>Equality of every part.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Diagnostico? left, Diagnostico? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of any part.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Diagnostico? left, Diagnostico? right) => !(left == right);
}
