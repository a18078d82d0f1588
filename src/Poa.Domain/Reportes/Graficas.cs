using System;
using System.Collections.Generic;
using System.Globalization;

namespace Poa.Domain.Reportes;

/// <summary>
/// The inline SVG drawings: the stacked bar of a group's colours, and the sparkline of an activity's
/// month-by-month cumplimiento over its bands. Every drawing is an image with a <c>&lt;title&gt;</c> that says
/// in words what it shows; colours come from CSS classes, never from the drawing alone.
/// </summary>
internal static class Graficas
{
    /// <summary>The top of a sparkline's scale, in percent; higher values are drawn on the top edge.</summary>
    internal const decimal Tope = 120m;

    private const decimal Alto = 36m;
    private const decimal Margen = 2m;

    /// <summary>The vertical position of <paramref name="cumplimiento"/> in a sparkline (0% at the bottom, <see cref="Tope"/> at the top).</summary>
    internal static decimal Y(decimal cumplimiento)
    {
        var v = cumplimiento < 0m ? 0m : cumplimiento > Tope ? Tope : cumplimiento;
        return Margen + ((Tope - v) * (Alto - (2 * Margen)) / Tope);
    }

    /// <summary>The horizontal position of month 1..12 in a sparkline (the whole year is drawn, so the line ends at the corte).</summary>
    internal static int X(int mes) => 5 + (10 * (mes - 1));

    /// <summary>
    /// One hidden <c>&lt;svg&gt;</c> with the bands of every distinct semaforización as <c>&lt;g id="s0"&gt;</c>...,
    /// each a tinted area per band and a dashed line at each threshold; every sparkline draws its set with
    /// <c>&lt;use href="#s0"/&gt;</c> (a reference inside the page, no request).
    /// </summary>
    internal static void Definiciones(EscritorHtml html, IReadOnlyList<Semaforizacion> bandas)
    {
        html.Html("<svg class=\"defs\" aria-hidden=\"true\" focusable=\"false\"><defs>");
        for (var i = 0; i < bandas.Count; i++)
        {
            html.Html("<g id=\"s").Html(i.ToString(CultureInfo.InvariantCulture)).Html("\">");
            var umbrales = new List<decimal>();
            foreach (var banda in bandas[i].Bandas)
            {
                var bajo = Math.Max(banda.Minimo ?? 0m, 0m);
                var alto = Math.Min(banda.Maximo ?? Tope, Tope);
                if (alto <= bajo)
                {
                    continue;
                }

                var y = Y(alto);
                html.Html("<rect class=\"").Html(ClaseDeBanda(banda.Color)).Html("\" x=\"0\" y=\"").Html(Formato.Coordenada(y))
                    .Html("\" width=\"120\" height=\"").Html(Formato.Coordenada(Y(bajo) - y)).Html("\"/>");
                foreach (var limite in new[] { banda.Minimo, banda.Maximo })
                {
                    if (limite is > 0m and < Tope && !umbrales.Contains(limite.Value))
                    {
                        umbrales.Add(limite.Value);
                    }
                }
            }

            foreach (var umbral in umbrales)
            {
                var y = Formato.Coordenada(Y(umbral));
                html.Html("<line class=\"u\" x1=\"0\" x2=\"120\" y1=\"").Html(y).Html("\" y2=\"").Html(y).Html("\"/>");
            }

            html.Html("</g>");
        }

        html.Html("</defs></svg>\n");
    }

    /// <summary>
    /// The sparkline of <paramref name="serie"/> (the result at each corte from January on) over the bands
    /// <c>#s{bandas}</c>: a line through the months with a cumplimiento, broken where a month has none, and a dot on the last value.
    /// </summary>
    internal static void Tendencia(EscritorHtml html, ResultadoDeActividad[] serie, int bandas)
    {
        // No viewBox: the style sheet makes it 120 × 36 CSS pixels, one unit per pixel.
        html.Html("<svg class=\"sl\" role=\"img\"><title>");
        if (serie.Length == 0)
        {
            html.Html("Cumplimiento mensual: ningún mes contado aún");
        }
        else
        {
            // Every month's value, compactly: «Cumplimiento mensual (%), ene a jun: 100, 100, 66.67, 50, 40, 33.33».
            html.Html("Cumplimiento mensual (%), ").Html(serie.Length == 1 ? Formato.Abreviatura(1) : "ene a " + Formato.Abreviatura(serie.Length)).Html(": ");
            for (var m = 0; m < serie.Length; m++)
            {
                html.Html(m == 0 ? string.Empty : ", ").Html(serie[m].Cumplimiento is { } c ? Formato.Decimal2(c) : "sin dato");
            }
        }

        html.Html("</title><use href=\"#s").Html(bandas.ToString(CultureInfo.InvariantCulture)).Html("\"/>");
        var abierta = false;
        var ultimo = -1;
        for (var m = 0; m < serie.Length; m++)
        {
            if (serie[m].Cumplimiento is not { } c)
            {
                if (abierta)
                {
                    html.Html("\"/>");
                    abierta = false;
                }

                continue;
            }

            html.Html(abierta ? " " : "<polyline points=\"").Html(X(m + 1).ToString(CultureInfo.InvariantCulture)).Html(",").Html(Punto(Y(c)));
            abierta = true;
            ultimo = m;
        }

        if (abierta)
        {
            html.Html("\"/>");
        }

        if (ultimo >= 0)
        {
            html.Html("<circle cx=\"").Html(X(ultimo + 1).ToString(CultureInfo.InvariantCulture)).Html("\" cy=\"")
                .Html(Punto(Y(serie[ultimo].Cumplimiento!.Value))).Html("\" r=\"2.5\"/>");
        }

        html.Html("</svg>");
    }

    /// <summary>The stacked bar of a group: verde, amarillo, rojo and sin color in proportion to their counts.</summary>
    internal static void Barra(EscritorHtml html, int verdes, int amarillos, int rojos, int sinColor, bool total = false)
    {
        var actividades = verdes + amarillos + rojos + sinColor;
        html.Html(total ? "<svg class=\"barra total\"" : "<svg class=\"barra\"").Html(" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\"><title>")
            .Html(Formato.Entero(verdes)).Html(" verde, ").Html(Formato.Entero(amarillos)).Html(" amarillo, ").Html(Formato.Entero(rojos)).Html(" rojo, ")
            .Html(Formato.Entero(sinColor)).Html(" sin color, de ").Html(Formato.Cuenta(actividades, "actividad", "actividades")).Html("</title>");
        var acumuladas = 0;
        Segmento(html, "fv", verdes, ref acumuladas, actividades);
        Segmento(html, "fa", amarillos, ref acumuladas, actividades);
        Segmento(html, "fr", rojos, ref acumuladas, actividades);
        Segmento(html, "fs", sinColor, ref acumuladas, actividades);
        html.Html("</svg>");
    }

    private static void Segmento(EscritorHtml html, string clase, int n, ref int acumuladas, int actividades)
    {
        if (n == 0 || actividades == 0)
        {
            return;
        }

        // Both edges from the running total, so that rounding never leaves a gap between segments.
        var x = Math.Round(acumuladas * 100m / actividades, 2, MidpointRounding.AwayFromZero);
        acumuladas += n;
        var fin = Math.Round(acumuladas * 100m / actividades, 2, MidpointRounding.AwayFromZero);
        html.Html("<rect class=\"").Html(clase).Html("\" x=\"").Html(Formato.Coordenada(x)).Html("\" width=\"").Html(Formato.Coordenada(fin - x)).Html("\" height=\"10\"/>");
    }

    /// <summary>A sparkline's vertical position with one decimal: a tenth of a pixel is finer than the eye sees.</summary>
    internal static string Punto(decimal y) => Math.Round(y, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    private static string ClaseDeBanda(Color color) => color switch
    {
        Color.Verde => "bv",
        Color.Amarillo => "ba",
        _ => "br",
    };
}
