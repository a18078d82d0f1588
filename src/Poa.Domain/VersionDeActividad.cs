using System;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// One step of the history of an activity (<see cref="Plan.Historial"/>): the approved version, or a modificación and the
/// activity as it stood after it.
/// </summary>
/// <remarks>Immutable; equality compares the modificación, the activity and whether it was applied.</remarks>
public sealed class VersionDeActividad : IEquatable<VersionDeActividad>
{
    internal VersionDeActividad(Modificacion? modificacion, Actividad actividad, bool aplicada)
    {
        Modificacion = modificacion;
        Actividad = actividad;
        Aplicada = aplicada;
    }

    /// <summary>The modificación of this step, or <c>null</c> for the approved version.</summary>
    public Modificacion? Modificacion { get; }

    /// <summary>The activity as it stood after this step.</summary>
    public Actividad Actividad { get; }

    /// <summary>Whether this is the approved version.</summary>
    public bool EsAprobada => Modificacion is null;

    /// <summary>
    /// Whether the modificación was applied (always <c>true</c> for the approved version). One whose <c>aplicaDesde</c> is outside
    /// the ejercicio or whose meta has another unit is not applied, and <see cref="Plan.Validar()"/> reports it.
    /// </summary>
    public bool Aplicada { get; }

    /// <summary><c>Aprobada: 3. Realizar ... (12 Reportes)</c> or <c>Folio 1 · ...: 3. Realizar ... (15 Reportes)</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
        => (Modificacion is null ? "Aprobada" : Modificacion.ToString() + (Aplicada ? string.Empty : " (no aplicada)")) + ": " + Actividad;

    /// <inheritdoc />
    public bool Equals(VersionDeActividad? other)
        => other is not null && Modificacion == other.Modificacion && Actividad.Equals(other.Actividad) && Aplicada == other.Aplicada;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as VersionDeActividad);

    /// <inheritdoc />
    public override int GetHashCode() => Hash.Combine(Hash.Combine(Hash.Seed, Modificacion), Actividad);

    /// <summary>Equality of every property.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(VersionDeActividad? left, VersionDeActividad? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of any property.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(VersionDeActividad? left, VersionDeActividad? right) => !(left == right);
}
