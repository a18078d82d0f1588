using System;

namespace Poa.Domain;

/// <summary>
/// Thrown when two quantities of different units are compared or combined, e.g. a meta of
/// <c>Reporte</c> with one of <c>Cuentas</c>. The library never converts between units.
/// </summary>
public sealed class UnidadesIncompatiblesException : InvalidOperationException
{
    /// <summary>Creates the exception for the two units that do not match.</summary>
    /// <param name="izquierda">The unit of the first operand.</param>
    /// <param name="derecha">The unit of the second operand.</param>
    public UnidadesIncompatiblesException(UnidadDeMedida izquierda, UnidadDeMedida derecha)
        : base($"No se pueden comparar metas de unidades distintas: «{izquierda?.Nombre}» y «{derecha?.Nombre}».")
    {
        Izquierda = izquierda!;
        Derecha = derecha!;
    }

    /// <summary>The unit of the first operand.</summary>
    public UnidadDeMedida Izquierda { get; }

    /// <summary>The unit of the second operand.</summary>
    public UnidadDeMedida Derecha { get; }
}
