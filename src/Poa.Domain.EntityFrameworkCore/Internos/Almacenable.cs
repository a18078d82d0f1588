using System;

namespace Poa.Domain.EntityFrameworkCore.Internos;

/// <summary>
/// The check that a decimal fits the columns (<see cref="OpcionesDeMapeo.Precision"/>, <see cref="OpcionesDeMapeo.Escala"/>)
/// before anything is written: a database rounds extra decimal places silently (PostgreSQL's <c>numeric(20, 6)</c>
/// does), so a value that would not come back equal is refused with a message that says what and where.
/// </summary>
internal static class Almacenable
{
    private static readonly decimal Limite = Pow10(OpcionesDeMapeo.Precision - OpcionesDeMapeo.Escala);

    /// <summary>Returns <paramref name="valor"/>, or throws when the columns cannot hold it exactly.</summary>
    /// <param name="valor">The value to store.</param>
    /// <param name="donde">Where it comes from, in Spanish: <c>la meta de la actividad 3 del plan 2023 «…»</c>.</param>
    /// <param name="parametro">The parameter name for the exception.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value has more than <see cref="OpcionesDeMapeo.Escala"/> decimal places or too many digits.</exception>
    internal static decimal Verificar(decimal valor, string donde, string parametro)
    {
        if (decimal.Round(valor, OpcionesDeMapeo.Escala) != valor)
        {
            throw new ArgumentOutOfRangeException(
                parametro,
                valor,
                $"No se puede guardar {donde}: {Formato.Numero(valor)} tiene más de {OpcionesDeMapeo.Escala} decimales, y la base de datos lo redondearía.");
        }

        if (Math.Abs(valor) >= Limite)
        {
            throw new ArgumentOutOfRangeException(
                parametro,
                valor,
                $"No se puede guardar {donde}: {Formato.Numero(valor)} tiene más de {OpcionesDeMapeo.Precision - OpcionesDeMapeo.Escala} dígitos enteros, que es lo que guardan las columnas.");
        }

        return valor;
    }

    /// <summary>The same as <see cref="Verificar(decimal, string, string)"/> for an optional value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value does not fit.</exception>
    internal static decimal? Verificar(decimal? valor, string donde, string parametro)
        => valor is { } v ? Verificar(v, donde, parametro) : null;

    private static decimal Pow10(int exponente)
    {
        var resultado = 1m;
        for (var i = 0; i < exponente; i++)
        {
            resultado *= 10m;
        }

        return resultado;
    }
}
