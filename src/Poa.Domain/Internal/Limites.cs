using System;
using System.Globalization;

namespace Poa.Domain.Internal;

/// <summary>
/// The bounds of every number that enters the model (<c>docs/modelo.md</c>, «Límites»). Every point of entry —
/// factories, text parsers, JSON, the importer — rejects what is outside, so that no computation downstream
/// (evaluation, validation, JSON writing) can overflow a <see cref="decimal"/> and no work grows with a number's value.
/// </summary>
/// <remarks>
/// Why these values: a quantity of at most 10^12 with at most 6 decimals has at most 19 digits; twelve months of it
/// sum to 1.2×10^13; the largest cumplimiento is then 1.2×10^13 × 100 ÷ 10^-6 = 1.2×10^21, far below
/// <see cref="decimal.MaxValue"/> (7.9×10^28), with room for the roll-ups to add millions of them.
/// </remarks>
internal static class Limites
{
    /// <summary>The largest quantity: a meta, a programmed value, a realizado, a numerador or a denominador (10^12).</summary>
    internal const decimal MaximaCantidad = 1_000_000_000_000m;

    /// <summary>The largest threshold of a band, in percent (10^6 %).</summary>
    internal const decimal MaximoUmbral = 1_000_000m;

    /// <summary>The most decimal places of a number entered (trailing zeros do not count: <c>1.50</c> has one).</summary>
    internal const int MaximoDeDecimales = 6;

    /// <summary>The largest activity number.</summary>
    internal const int MaximoNumeroDeActividad = 9999;

    /// <summary>The smallest positive quantity, 10^-6 (from <see cref="MaximoDeDecimales"/>).</summary>
    internal const decimal MinimaCantidadPositiva = 0.000001m;

    /// <summary>How messages write <paramref name="maximo"/>: <c>1000000000000 (10^12)</c>.</summary>
    internal static string Texto(decimal maximo)
        => maximo == MaximaCantidad ? "1000000000000 (10^12)"
            : maximo == MaximoUmbral ? "1000000 (10^6)"
            : Numeros.Formatear(maximo, CultureInfo.InvariantCulture);

    /// <summary>
    /// Null when |<paramref name="valor"/>| is at most <paramref name="maximo"/> with at most six decimals; otherwise why not,
    /// as a predicate in Spanish: «excede el máximo admitido, 1000000000000 (10^12)» or «tiene 7 decimales, más de los 6 admitidos».
    /// </summary>
    internal static string? Motivo(decimal valor, decimal maximo)
    {
        var magnitud = valor < 0m ? -valor : valor;
        if (magnitud > maximo)
        {
            return ExcedeElMaximo(maximo);
        }

#if NET7_0_OR_GREATER
        // The common case, read from the representation: a scale of 6 or less has at most 6 decimals.
        if (valor.Scale <= MaximoDeDecimales)
        {
            return null;
        }
#endif

        // |valor| <= 10^12, so the product stays far inside decimal's range and is exact (1.5000000 has scale 7, 1 decimal).
        var escalado = magnitud * 1_000_000m;
        return escalado == decimal.Truncate(escalado) ? null : DemasiadosDecimales(Decimales(valor));
    }

    /// <summary>«excede el máximo admitido, 1000000000000 (10^12)».</summary>
    internal static string ExcedeElMaximo(decimal maximo) => "excede el máximo admitido, " + Texto(maximo);

    /// <summary>«tiene 7 decimales, más de los 6 admitidos».</summary>
    internal static string DemasiadosDecimales(int decimales)
        => $"tiene {decimales.ToString(CultureInfo.InvariantCulture)} decimales, más de los {MaximoDeDecimales} admitidos";

    /// <summary>
    /// Checks the magnitude and decimals of a value given to a factory (the sign is the caller's to check): at most
    /// <paramref name="maximo"/>, at most six decimals; the message starts with <paramref name="sujeto"/>
    /// (e.g. «La cantidad de la meta») and quotes the value.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the bounds.</exception>
    internal static decimal Comprobar(decimal valor, string paramName, string sujeto, decimal maximo = MaximaCantidad)
        => Motivo(valor, maximo) is { } motivo ? throw Fuera(paramName, valor, sujeto, motivo) : valor;

    /// <summary>The exception for a value outside the bounds: «{sujeto} {motivo}; se recibió {valor}.» (build the subject only on failure).</summary>
    internal static ArgumentOutOfRangeException Fuera(string paramName, decimal valor, string sujeto, string motivo)
        => new(paramName, valor, $"{sujeto} {motivo}; se recibió {Numeros.Formatear(valor, CultureInfo.InvariantCulture)}.");

    /// <summary>Checks an activity number: 1 to <see cref="MaximoNumeroDeActividad"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is outside 1..9999.</exception>
    internal static int ComprobarNumeroDeActividad(int numero, string paramName)
    {
        if (numero is < 1 or > MaximoNumeroDeActividad)
        {
            throw new ArgumentOutOfRangeException(paramName, numero, MensajeDeNumeroDeActividad(numero.ToString(CultureInfo.InvariantCulture)));
        }

        return numero;
    }

    /// <summary>«El número de actividad debe ser un entero de 1 a 9999; se recibió 10000000.»</summary>
    internal static string MensajeDeNumeroDeActividad(string recibido)
        => $"El número de actividad debe ser un entero de 1 a {MaximoNumeroDeActividad}; se recibió {recibido}.";

    /// <summary>The decimal places of <paramref name="valor"/> without trailing zeros (<c>1.50</c> → 1).</summary>
    internal static int Decimales(decimal valor)
        => (decimal.GetBits(valor / 1.000000000000000000000000000000000m)[3] >> 16) & 0xFF;
}
