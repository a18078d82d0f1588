using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Poa.Domain.Internal;

/// <summary>
/// The band notations of real documents turned into the symbol notation that <see cref="Banda"/> reads: unions with
/// <c>o</c>, ranges (<c>80% - 100%</c>, <c>51% a 79%</c>, <c>De 51% a 79%</c>, <c>Entre 51% y 79%</c>) and words
/// (<c>Mayor o igual a 80%</c>, <c>Mayor a 50% y menor a 80%</c>, <c>Menos de 50%</c>). Case and accents do not matter.
/// </summary>
internal static class Notaciones
{
    private const RegexOptions Opciones = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string N = @"(\d[\d.,]*)\s*%?";

    private static readonly Regex MayorOIgual = new(@"\b(mayor|superior)\s+o\s+igual\s+(a|que)\b", Opciones);
    private static readonly Regex MenorOIgual = new(@"\b(menor|inferior)\s+o\s+igual\s+(a|que)\b", Opciones);
    private static readonly Regex Union = new(@"\s+(o|ó|or|u)\s+", Opciones);
    private static readonly Regex Entre = new(@"^\s*entre\s+" + N + @"\s+(y|e|and)\s+" + N + @"\s*$", Opciones);
    private static readonly Regex DeA = new(@"^\s*(de|del|desde)\s+" + N + @"\s+(a|al|hasta)\s+" + N + @"\s*$", Opciones);
    private static readonly Regex Rango = new(@"^\s*" + N + @"\s*(\s(a|al|hasta)\s|-|–|—)\s*" + N + @"\s*$", Opciones);
    private static readonly Regex Mayor = new(@"\b(mayor|más|mas|superior)\s+(a|que|de)\b", Opciones);
    private static readonly Regex Menor = new(@"\b(menor|menos|inferior)\s+(a|que|de)\b", Opciones);
    private static readonly Regex Igual = new(@"\bigual\s+a\b", Opciones);
    private static readonly Regex Desde = new(@"\bdesde\b", Opciones);
    private static readonly Regex Hasta = new(@"\bhasta\b", Opciones);

    /// <summary>The intervals of a union, in the order written (a text without <c>o</c> is one part).</summary>
    internal static List<string> Partes(string texto)
    {
        var simbolos = MenorOIgual.Replace(MayorOIgual.Replace(texto, ">="), "<=");
        var partes = new List<string>();
        foreach (var parte in Union.Split(simbolos))
        {
            // Split keeps the captured separator word: skip it.
            if (Union.IsMatch(" " + parte + " ") && parte.Trim().Length <= 2)
            {
                continue;
            }

            if (parte.Trim().Length > 0)
            {
                partes.Add(parte.Trim());
            }
        }

        if (partes.Count == 0)
        {
            partes.Add(texto);
        }

        return partes;
    }

    /// <summary>One interval's words and range forms as symbols: <c>51% a 79%</c> → <c>&gt;= 51% y &lt;= 79%</c>.</summary>
    internal static string ASimbolos(string texto)
    {
        var m = Entre.Match(texto);
        if (m.Success)
        {
            return $">= {m.Groups[1].Value}% y <= {m.Groups[3].Value}%";
        }

        m = DeA.Match(texto);
        if (m.Success)
        {
            return $">= {m.Groups[2].Value}% y <= {m.Groups[4].Value}%";
        }

        m = Rango.Match(texto);
        if (m.Success)
        {
            return $">= {m.Groups[1].Value}% y <= {m.Groups[4].Value}%";
        }

        var s = MenorOIgual.Replace(MayorOIgual.Replace(texto, ">="), "<=");
        s = Igual.Replace(Menor.Replace(Mayor.Replace(s, ">"), "<"), "=");
        return Hasta.Replace(Desde.Replace(s, ">="), "<=");
    }
}
