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
