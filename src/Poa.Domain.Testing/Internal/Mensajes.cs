using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;

namespace Poa.Domain.Testing.Internal;

/// <summary>Spanish failure messages for FluentAssertions.</summary>
internal static class Mensajes
{
    /// <summary>How many lines of a list a message shows before it says how many more there are.</summary>
    internal const int LineasMaximas = 20;

    /// <summary>
    /// The reason in Spanish: FluentAssertions' own <c>BecauseOf</c> prefixes the English word
    /// <em>because</em>, so the reason is written here: <c>" porque ..."</c>, unless it already starts
    /// with <c>porque</c> (or <c>because</c>, left as written).
    /// </summary>
    internal static string Razon(string because, object[] becauseArgs)
    {
        if (string.IsNullOrWhiteSpace(because))
        {
            return string.Empty;
        }

        var texto = becauseArgs is { Length: > 0 }
            ? string.Format(CultureInfo.InvariantCulture, because, becauseArgs)
            : because;
        texto = texto.Trim();
        return texto.StartsWith("porque", StringComparison.OrdinalIgnoreCase)
               || texto.StartsWith("because", StringComparison.OrdinalIgnoreCase)
            ? " " + texto
            : " porque " + texto;
    }

    /// <summary>The token in a message that becomes the subject: the caller's expression (e.g. <c>plan</c>) or a default.</summary>
    internal const string Sujeto = "@sujeto";

    /// <summary>
    /// Fails when <paramref name="condicion"/> is false, with <paramref name="mensaje"/>: its data is escaped
    /// for FluentAssertions' formatter and <see cref="Sujeto"/> becomes the caller's expression, or
    /// <paramref name="sujetoPorOmision"/> when it cannot be found.
    /// </summary>
    [CustomAssertion]
    internal static void Verificar(bool condicion, string sujetoPorOmision, string mensaje)
    {
        if (condicion)
        {
            return;
        }

        var scope = Execute.Assertion;
        var sujeto = scope.Context?.Value;
        if (string.IsNullOrEmpty(sujeto))
        {
            sujeto = scope.CallerIdentity;
        }

        if (string.IsNullOrEmpty(sujeto) || sujeto == "object")
        {
            sujeto = sujetoPorOmision;
        }

        // The subject is put in here rather than through FluentAssertions' {context:...}: its default
        // text may hold only ASCII letters, and Spanish needs accents ("el diagnóstico").
        scope.ForCondition(false).FailWith(Escapar(mensaje.Replace(Sujeto, sujeto)));
    }

    /// <summary>Doubles braces so FluentAssertions does not read data as placeholders.</summary>
    internal static string Escapar(string texto) => texto.Replace("{", "{{").Replace("}", "}}");

    /// <summary>A decimal without trailing zeros, invariant: <c>12</c>, <c>97.5</c>.</summary>
    internal static string Numero(decimal valor)
    {
        var texto = valor.ToString(CultureInfo.InvariantCulture);
        if (texto.IndexOf('.') >= 0)
        {
            texto = texto.TrimEnd('0').TrimEnd('.');
        }

        return texto;
    }

    /// <summary>
    /// A percentage as people read it: rounded to 2 decimals, half away from zero, without trailing zeros:
    /// <c>66.67%</c>, <c>80%</c>. The exact value, where it matters, is given by <see cref="PorcentajeExacto"/>.
    /// </summary>
    internal static string Porcentaje(decimal valor) => Numero(Math.Round(valor, 2, MidpointRounding.AwayFromZero)) + "%";

    /// <summary>
    /// <see cref="Porcentaje"/>, and the exact value after it when the rounding hides digits:
    /// <c>66.67% (exactamente 66.666666666666666666666666667%)</c>; <c>80%</c> alone.
    /// </summary>
    internal static string PorcentajeExacto(decimal valor)
    {
        var redondeado = Porcentaje(valor);
        var exacto = Numero(valor) + "%";
        return redondeado == exacto ? redondeado : redondeado + " (exactamente " + exacto + ")";
    }

    /// <summary>The colour as a message says it: <c>verde</c>, <c>amarillo</c>, <c>rojo</c>, <c>sin color</c>.</summary>
    internal static string Color(Color? color) => color switch
    {
        null => "sin color",
        Domain.Color.Verde => "verde",
        Domain.Color.Amarillo => "amarillo",
        Domain.Color.Rojo => "rojo",
        { } otro => otro.ToString(),
    };

    /// <summary>
    /// Fails with <c>Se esperaba que ... {esperado}, pero es nulo.</c> when <paramref name="sujeto"/> is null
    /// (<paramref name="nula"/>: <c>nula</c> for a feminine subject); returns whether it is not.
    /// </summary>
    [CustomAssertion]
    internal static bool NoNulo([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] object? sujeto, string sujetoPorOmision, string esperado, string nula = "nulo")
    {
        Verificar(sujeto is not null, sujetoPorOmision, $"Se esperaba que {Sujeto} {esperado}, pero es {nula}.");
        return sujeto is not null;
    }

    /// <summary><c>1 error</c>, <c>3 errores</c>.</summary>
    internal static string Contar(int n, string singular, string plural)
        => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural);

    /// <summary>A quoted value: <c>«12 Reportes»</c>; <c>(nulo)</c> for null.</summary>
    internal static string Citar(object? valor) => valor switch
    {
        null => "(nulo)",
        decimal d => "«" + Numero(d) + "»",
        IFormattable f => "«" + f.ToString(null, CultureInfo.InvariantCulture) + "»",
        _ => "«" + valor + "»",
    };

    /// <summary>One line per item, indented, at most <see cref="LineasMaximas"/>, then how many more.</summary>
    internal static string Lista(IEnumerable<string> lineas)
    {
        var todas = lineas.ToList();
        if (todas.Count == 0)
        {
            return Environment.NewLine + "  (ninguno)";
        }

        var texto = string.Concat(todas.Take(LineasMaximas).Select(l => Environment.NewLine + "  - " + l));
        if (todas.Count > LineasMaximas)
        {
            texto += Environment.NewLine + "  ... y " + (todas.Count - LineasMaximas).ToString(CultureInfo.InvariantCulture) + " más";
        }

        return texto;
    }
}
