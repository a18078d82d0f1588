namespace Poa.Domain.Reportes;

/// <summary>
/// Which activities the report explains below their table, and what it says of each: every amarillo or rojo activity, and
/// every one with an alerta temprana or a missing justificación, with its explanation (<see cref="ResultadoDeActividad.Explicar"/>,
/// which states the modificaciones, the alert and the missing justificación too), its missing months and its justificaciones.
/// </summary>
internal static class Atencion
{
    /// <summary>Whether the activity gets an explanation.</summary>
    internal static bool Requiere(FilaDeActividad fila) => fila.Resultado.Color is Color.Amarillo or Color.Rojo || fila.TieneAlerta || fila.FaltaJustificacion;

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
        var justificaciones = r.Justificaciones;
        for (var i = 0; i < justificaciones.Count; i++)
        {
            // The same text in consecutive months is written once: «enero a junio de 2023: «…»».
            var desde = justificaciones[i];
            var hasta = desde.Mes.Month;
            while (i + 1 < justificaciones.Count && justificaciones[i + 1].Mes.Month == hasta + 1 && justificaciones[i + 1].Texto == desde.Texto)
            {
                hasta++;
                i++;
            }

            html.Html(desde.Mes == justificaciones[0].Mes ? string.Empty : "; ").Html(Formato.Meses(desde.Mes, hasta)).Html(": «").Texto(desde.Texto).Html("»");
        }

        if (justificaciones.Count == 0)
        {
            html.Html("no registrada");
        }

        if (fila.FaltaJustificacion && r.MesAJustificar is { } mes)
        {
            html.Html("; falta la del avance de ").Html(Formato.Mes(mes));
        }

        html.Html(".</p>\n</article>\n");
    }

    /// <summary>
    /// <see cref="ResultadoDeActividad.Explicar"/> without its opening sentence, which names the activity and the corte
    /// (<c>Actividad 3 «…», corte 2023-06 (meses contados: enero a junio). </c>): the heading above it, the row it links to
    /// and the page's header already say them, and a large report would repeat every description twice. Likewise without
    /// its closing sentence on a missing justificación (<c> Falta la justificación del desvío en el avance de abril de 2023.</c>),
    /// which the justificación's own line below says. When the explanation does not read that way, it is shown whole.
    /// </summary>
    internal static string Explicacion(in ResultadoDeActividad resultado)
    {
        var texto = resultado.Explicar();
        var inicio = "Actividad " + resultado.Actividad.Numero.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + " «" + resultado.Actividad.Descripcion + "», corte " + resultado.Corte.ToString() + " (";
        var desde = 0;
        if (texto.StartsWith(inicio, System.StringComparison.Ordinal))
        {
            var fin = texto.IndexOf("). ", inicio.Length, System.StringComparison.Ordinal);
            desde = fin < 0 ? 0 : fin + 3;
        }

        var hasta = texto.Length;
        if (resultado.FaltaJustificacion && resultado.MesAJustificar is { } mes)
        {
            var cola = FaltaLaJustificacion + Formato.Mes(mes) + ".";
            hasta -= texto.EndsWith(cola, System.StringComparison.Ordinal) && texto.Length - cola.Length > desde ? cola.Length : 0;
        }

        return texto.Substring(desde, hasta - desde);
    }

    /// <summary>How <see cref="ResultadoDeActividad.Explicar"/> says that a justificación is missing, up to the month.</summary>
    private const string FaltaLaJustificacion = " Falta la justificación del desvío en el avance de ";

    /// <summary>How many of a plan's rows get an explanation.</summary>
    internal static int Cuantas(FilaDeActividad[] filas)
    {
        var n = 0;
        foreach (var fila in filas)
        {
            if (Requiere(fila))
            {
                n++;
            }
        }

        return n;
    }
}
