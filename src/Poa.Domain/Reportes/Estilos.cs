namespace Poa.Domain.Reportes;

/// <summary>
/// The colours of the report and its one inline style sheet. The chips' text on their background meets WCAG AA
/// (contrast at least 4.5:1; a test computes it); colours print (<c>print-color-adjust: exact</c>).
/// </summary>
internal static class Estilos
{
    internal const string FondoVerde = "#1E7B34";
    internal const string TextoVerde = "#FFFFFF";
    internal const string FondoAmarillo = "#F5C518";
    internal const string TextoAmarillo = "#1A1A1A";
    internal const string FondoRojo = "#C62828";
    internal const string TextoRojo = "#FFFFFF";
    internal const string FondoSinColor = "#E0E0E0";
    internal const string TextoSinColor = "#1A1A1A";

    /// <summary>The text and border of the marks of the cycle (<c>Alerta temprana</c>, <c>Sin justificación</c>) on white: contrast 8.3:1 (8.0:1 on an explanation's #FAFAFA).</summary>
    internal const string TextoMarca = "#7A3E00";

    /// <summary>The light tints of the bands behind a sparkline.</summary>
    internal const string BandaVerde = "#DDF0E1";
    internal const string BandaAmarilla = "#FFF3C4";
    internal const string BandaRoja = "#FBE0E0";

    /// <summary>
    /// The style sheet: system fonts only (nothing to download), tables that scroll sideways in a narrow window,
    /// and for print A4 landscape, repeated table headers, no row or explanation split across pages. The numeric
    /// columns of the table of activities are aligned by position (<see cref="ColumnasNumericas"/>), so that no
    /// cell of the 36,000 rows of a large report carries a class.
    /// </summary>
    internal static readonly string Hoja = ColumnasNumericas() +
        "*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
        + "body{margin:0;padding:16px 24px;font:14px/1.4 system-ui,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,\"Liberation Sans\",\"DejaVu Sans\",sans-serif;color:#1A1A1A;background:#FFF}\n"
        + "h1{font-size:1.6em;margin:0 0 .4em}h2{font-size:1.3em;margin:1.4em 0 .4em;padding-bottom:.2em;border-bottom:2px solid #CCC}\n"
        + "h3{font-size:1.05em;margin:1.1em 0 .4em}h4{font-size:1em;margin:0 0 .3em}a{color:#0B4F9C}\n"
        + ".datos{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em;margin:0}.datos dt{font-weight:600;color:#444}.datos dd{margin:0}\n"
        + ".sub{margin:0 0 .4em;color:#444}\n"
        + ".cuentas{display:flex;flex-wrap:wrap;gap:8px;margin:.6em 0}.cuenta{min-width:8.5em;margin:0;padding:.45em .8em;border-radius:6px;border:1px solid #BBB}.cuenta strong{display:block;font-size:1.6em;line-height:1.2}\n"
        + ".chip{display:inline-block;padding:.1em .6em;border-radius:1em;font-weight:600;font-size:.9em;white-space:nowrap}\n"
        + ".verde.chip,.verde.cuenta{background:" + FondoVerde + ";color:" + TextoVerde + ";border-color:" + FondoVerde + "}"
        + ".amarillo.chip,.amarillo.cuenta{background:" + FondoAmarillo + ";color:" + TextoAmarillo + ";border-color:" + FondoAmarillo + "}"
        + ".rojo.chip,.rojo.cuenta{background:" + FondoRojo + ";color:" + TextoRojo + ";border-color:" + FondoRojo + "}"
        + ".sin-color.chip,.sin-color.cuenta{background:" + FondoSinColor + ";color:" + TextoSinColor + ";border-color:" + FondoSinColor + "}\n"
        + ".tabla{overflow-x:auto}table{border-collapse:collapse;width:100%;margin:.3em 0 1em}caption{text-align:left;font-weight:600;font-size:1.05em;padding:.3em 0}\n"
        + "th,td{border-bottom:1px solid #DDD;padding:.3em .5em;text-align:left;vertical-align:top}thead th{background:#F0F0F0;border-bottom:2px solid #BBB}\n"
        + ".n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}.g{min-width:8em;width:14%}.grupos tbody th{min-width:11em}.actividades td:nth-child(2){min-width:16em}\n"
        + "svg.sl{display:block;width:120px;height:36px;overflow:hidden}svg.barra{display:block;width:100%;min-width:120px;height:14px}svg.total{height:22px;margin:.4em 0}\n"
        + ".defs{position:absolute;width:0;height:0;overflow:hidden}\n"
        + ".fv{fill:" + FondoVerde + "}.fa{fill:" + FondoAmarillo + "}.fr{fill:" + FondoRojo + "}.fs{fill:#9E9E9E}\n"
        + ".bv{fill:" + BandaVerde + "}.ba{fill:" + BandaAmarilla + "}.br{fill:" + BandaRoja + "}.u{stroke:#666;stroke-width:.6;stroke-dasharray:2 2}\n"
        + ".sl polyline{fill:none;stroke:#1A1A1A;stroke-width:1.4}.sl circle{fill:#1A1A1A}\n"
        + ".otra{display:block;font-size:.85em;color:#555}em.alerta,em.falta{display:inline-block;margin:.15em 0 0 .3em;font-style:normal;padding:0 .5em;border:1px solid " + TextoMarca + ";border-radius:1em;color:" + TextoMarca + ";font-size:.8em;font-weight:600;white-space:nowrap}\n"
        + ".obs{margin:.5em 0;padding:.4em .8em;border-left:5px solid #999;background:#FAFAFA}.obs.verde{border-color:" + FondoVerde + "}.obs.amarillo{border-color:" + FondoAmarillo + "}.obs.rojo{border-color:" + FondoRojo + "}.obs p{margin:.2em 0}\n"
        + ".reglas{margin-top:2em;font-size:.9em;color:#333}.reglas li{margin:.2em 0}\n"
        + "@media (max-width:700px){body{padding:8px;font-size:13px}.datos{grid-template-columns:1fr}.datos dt{margin-top:.3em}.cuenta{min-width:7em}}\n"
        + "@page{size:A4 landscape;margin:10mm}\n"
        + "@media print{body{padding:0;font-size:9pt}.tabla{overflow:visible}a{color:inherit;text-decoration:none}thead{display:table-header-group}"
        + "tr,.obs,.cuenta,svg{break-inside:avoid;page-break-inside:avoid}h2,h3,h4{break-after:avoid;page-break-after:avoid}}\n";

    /// <summary>
    /// <c>.actividades tbody th,.actividades td:nth-child(3),…{text-align:right;…}</c>: the numeric columns of
    /// <see cref="ColumnasDeActividad.Todas"/>, by position.
    /// </summary>
    private static string ColumnasNumericas()
    {
        var selectores = new System.Collections.Generic.List<string>();
        for (var i = 0; i < ColumnasDeActividad.Todas.Count; i++)
        {
            if (ColumnasDeActividad.Todas[i].Numerica)
            {
                selectores.Add(i == 0 ? ".actividades tbody th" : ".actividades td:nth-child(" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
            }
        }

        return string.Join(",", selectores) + "{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}\n";
    }
}
