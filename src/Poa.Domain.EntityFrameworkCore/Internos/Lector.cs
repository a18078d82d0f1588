using System;

namespace Poa.Domain.EntityFrameworkCore.Internos;

/// <summary>
/// Turns the domain's exception for a stored value into a <see cref="RegistroInvalidoException"/> that names the
/// table, the row and the column.
/// </summary>
/// <param name="tabla">The table, e.g. <c>poa_actividades</c>.</param>
/// <param name="fila">The row, in Spanish: <c>plan 7, 2023 «Dirección de Mejora Regulatoria», posición 3</c>.</param>
internal readonly struct Lector(string tabla, string fila)
{
    /// <summary>Reads a value from one or more columns (<c>meta_cantidad</c>, <c>eje_numero y eje_nombre</c>).</summary>
    /// <exception cref="RegistroInvalidoException">The domain rejects the value.</exception>
    internal T Leer<T>(string columnas, Func<T> leer)
    {
        try
        {
            return leer();
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new RegistroInvalidoException($"Registro inválido en {tabla} ({fila}), {columnas}: {e.Message}", e);
        }
    }
}
