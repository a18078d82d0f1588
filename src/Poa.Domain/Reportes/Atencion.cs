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
        html.Html("</h4>\n<p>").Texto(Explicacion(r)).Html("</p>\n");
        if (!r.MesesSinReporte.EstaVacio)
        {
            html.Html("<p><strong>Meses sin reporte:</strong> ").Html(r.MesesSinReporte.ToString()).Html(".</p>\n");
        }

        html.Html("<p><strong>Justificación:</strong> ");
        var hay = false;
        var meses = r.MesesContados.Cantidad;
        for (var mes = 1; mes <= meses; mes++)
        {
            if (fila.Avances.EnPosicion(fila.Posicion, mes) is not { Justificacion: { } justificacion } avance)
            {
                continue;
            }

            // The same text in consecutive months is written once: «enero a junio de 2023: «…»».
            var hasta = mes;
            while (hasta < meses && fila.Avances.EnPosicion(fila.Posicion, hasta + 1)?.Justificacion == justificacion)
            {
                hasta++;
            }

            html.Html(hay ? "; " : string.Empty).Html(Formato.Meses(avance.Mes, hasta)).Html(": «").Texto(justificacion).Html("»");
            hay = true;
            mes = hasta;
        }

        html.Html(hay ? ".</p>\n" : "no registrada.</p>\n").Html("</article>\n");
    }

    /// <summary>
    /// <see cref="ResultadoDeActividad.Explicar"/> without its opening sentence, which names the activity and the corte
    /// (<c>Actividad 3 «…», corte 2023-06 (meses contados: enero a junio). </c>): the heading above it, the row it links to
    /// and the page's header already say them, and a large report would repeat every description twice. When the
    /// explanation does not start that way, it is shown whole.
    /// </summary>
    internal static string Explicacion(in ResultadoDeActividad resultado)
    {
        var texto = resultado.Explicar();
        var inicio = "Actividad " + resultado.Actividad.Numero.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + " «" + resultado.Actividad.Descripcion + "», corte " + resultado.Corte.ToString() + " (";
        if (!texto.StartsWith(inicio, System.StringComparison.Ordinal))
        {
            return texto;
        }

        var fin = texto.IndexOf("). ", inicio.Length, System.StringComparison.Ordinal);
        return fin < 0 ? texto : texto.Substring(fin + 3);
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
