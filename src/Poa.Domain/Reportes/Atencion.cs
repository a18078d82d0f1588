namespace Poa.Domain.Reportes;

/// <summary>
/// Which activities the report explains below their table, and what it says of each: today every amarillo or
/// rojo activity, with its explanation (<see cref="ResultadoDeActividad.Explicar"/>), its missing months and its
/// justificaciones. An alert of the reporting cycle (early warning, over-compliance, missing justificación) is one
/// more condition in <see cref="Requiere"/> and one more part in <see cref="Escribir"/>.
/// </summary>
internal static class Atencion
{
    /// <summary>Whether the activity gets an explanation.</summary>
    internal static bool Requiere(in ResultadoDeActividad resultado) => resultado.Color is Color.Amarillo or Color.Rojo;

    /// <summary>The explanation of one activity: <c>&lt;article class="obs rojo" id="o1-3"&gt;</c>.</summary>
    internal static void Escribir(EscritorHtml html, FilaDeActividad fila)
    {
        var r = fila.Resultado;
        var clase = Formato.Clase(r.Color);
        html.Html("<article class=\"obs ").Html(clase).Html("\" id=\"").Html(fila.IdDeObservacion).Html("\"><h4><a href=\"#").Html(fila.Id).Html("\">Actividad ")
            .Html(Formato.Entero(fila.Actividad.Numero)).Html("</a> ");
        ColumnasDeActividad.Chip(html, r.Color);
        html.Html("</h4>\n<p>");
        Explicacion(html, r);
        html.Html("</p>\n");
        if (!r.MesesSinReporte.EstaVacio)
        {
            html.Html("<p><strong>Meses sin reporte:</strong> ").Html(r.MesesSinReporte.ToString()).Html(".</p>\n");
        }

        html.Html("<p><strong>Justificación:</strong> ");
        var hay = false;
        var meses = r.MesesContados.Cantidad;
        for (var mes = 1; mes <= meses; mes++)
        {
            if (fila.Avances.EnPosicion(fila.Posicion, mes) is { Justificacion: { } justificacion } avance)
            {
                html.Html(hay ? "; " : string.Empty).Html(Formato.Mes(avance.Mes)).Html(": «").Texto(justificacion).Html("»");
                hay = true;
            }
        }

        html.Html(hay ? ".</p>\n" : "no registrada.</p>\n").Html("</article>\n");
    }

    /// <summary>
    /// <see cref="ResultadoDeActividad.Explicar"/>, with the activity's description (the user's text inside it)
    /// written on its own, so that a right-to-left description is isolated from the rest of the sentence.
    /// </summary>
    private static void Explicacion(EscritorHtml html, in ResultadoDeActividad resultado)
    {
        var texto = resultado.Explicar();
        var descripcion = "«" + resultado.Actividad.Descripcion + "»";
        var i = texto.IndexOf(descripcion, System.StringComparison.Ordinal);
        if (i < 0)
        {
            html.Texto(texto);
            return;
        }

        html.Plano(texto.Substring(0, i)).Html("«").Texto(resultado.Actividad.Descripcion).Html("»").Texto(texto.Substring(i + descripcion.Length));
    }

    /// <summary>How many activities of a plan's results get an explanation.</summary>
    internal static int Cuantas(ResultadoDePlan plan)
    {
        var n = 0;
        foreach (var r in plan.Resultados)
        {
            if (Requiere(r))
            {
                n++;
            }
        }

        return n;
    }
}
