using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;

namespace Poa.Domain.Reportes;

/// <summary>
/// Writes the report in parts, top to bottom: part 0 is the head, the header and the summary; then one part
/// per plan (its table of activities and the explanations); the last part is the footnote with the rules.
/// Parts let <see cref="ReporteHtml.EscribirAsync"/> hand the page over piece by piece.
/// </summary>
internal sealed class RedactorDelReporte(ModeloDelReporte modelo, OpcionesDeReporte opciones, LocalDate generadoEl)
{
    /// <summary>Up to this many unidades are named one by one in the header; more are counted (the summary table names them all).</summary>
    private const int UnidadesNombradas = 12;

    /// <summary>How many parts the report has.</summary>
    internal int Partes => modelo.Planes.Count + 2;

    /// <summary>A generous estimate of the report's length in characters, to size a buffer.</summary>
    internal int CapacidadEstimada => 16_384 + (modelo.Actividades * 900);

    private string Titulo => opciones.Titulo
        ?? "Semáforo del Programa Operativo Anual" + (modelo.Ejercicios.Count == 0 ? string.Empty : " " + string.Join(", ", modelo.Ejercicios.Select(e => e.ToString())));

    /// <summary>Writes part <paramref name="parte"/> (0..<see cref="Partes"/> − 1) to <paramref name="destino"/>.</summary>
    internal void EscribirParte(int parte, TextWriter destino)
    {
        var html = new EscritorHtml(destino);
        if (parte == 0)
        {
            Inicio(html);
            Encabezado(html);
            Resumen(html);
        }
        else if (parte <= modelo.Planes.Count)
        {
            Plan(html, parte - 1);
        }
        else
        {
            Reglas(html);
            html.Html("</body>\n</html>\n");
        }
    }

    private void Inicio(EscritorHtml html)
    {
        html.Html("<!DOCTYPE html>\n<html lang=\"es-MX\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Html("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Html("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Html("<meta name=\"generator\" content=\"Poa.Domain\">\n<title>").Plano(Titulo).Html(" · corte ").Html(Formato.Mes(modelo.Corte.Mes)).Html("</title>\n")
            .Html("<style>\n").Html(Estilos.Hoja).Html("</style>\n</head>\n<body>\n");
        Graficas.Definiciones(html, modelo.Bandas);
    }

    private void Encabezado(EscritorHtml html)
    {
        html.Html("<header>\n<h1>").Texto(Titulo).Html("</h1>\n<dl class=\"datos\">\n");
        html.Html(modelo.Ejercicios.Count == 1 ? "<dt>Ejercicio</dt><dd>" : "<dt>Ejercicios</dt><dd>")
            .Html(modelo.Ejercicios.Count == 0 ? "—" : string.Join(", ", modelo.Ejercicios.Select(e => e.ToString()))).Html("</dd>\n");
        html.Html("<dt>Corte</dt><dd>").Html(Formato.Mes(modelo.Corte.Mes));
        if (modelo.Ejercicios.Count == 1)
        {
            var contados = modelo.Corte.MesesContados(modelo.Ejercicios[0]);
            html.Html(contados switch
            {
                0 => " (ningún mes del ejercicio cuenta aún)",
                1 => " (cuenta enero)",
                _ => " (cuentan los meses de enero a " + Calendarizacion.NombreDeMes(contados) + ")",
            });
        }

        html.Html("</dd>\n");
        Nombres(html, modelo.PorDependencia, "Dependencia", "Dependencias", modelo.PorDependencia.Count);
        Nombres(html, modelo.PorUnidad, "Unidad responsable", "Unidades responsables", UnidadesNombradas);
        if (modelo.Reportes is not null)
        {
            html.Html("<dt>Reportes al</dt><dd>").Html(Formato.Fecha(generadoEl)).Html(" (cierre: ").Texto(opciones.ReglaDeCierre!.ToString()).Html(")</dd>\n");
        }

        html.Html("<dt>Generado el</dt><dd>").Html(Formato.Fecha(generadoEl)).Html("</dd>\n</dl>\n</header>\n<main>\n");
    }

    private static void Nombres(EscritorHtml html, IReadOnlyList<ResumenDeGrupo> grupos, string singular, string plural, int maximo)
    {
        html.Html("<dt>").Html(grupos.Count == 1 ? singular : plural).Html("</dt><dd>");
        if (grupos.Count == 0)
        {
            html.Html("ninguna");
        }
        else if (grupos.Count > maximo)
        {
            html.Html(Formato.Entero(grupos.Count)).Html(" (en el resumen por unidad responsable)");
        }
        else
        {
            for (var i = 0; i < grupos.Count; i++)
            {
                html.Html(i == 0 ? string.Empty : " · ").Texto(grupos[i].Nombre);
            }
        }

        html.Html("</dd>\n");
    }

    private void Resumen(EscritorHtml html)
    {
        html.Html("<section id=\"resumen\" aria-labelledby=\"t-resumen\">\n<h2 id=\"t-resumen\">Resumen</h2>\n");
        if (modelo.Actividades == 0)
        {
            html.Html("<p>No hay actividades en este reporte.</p>\n</section>\n");
            return;
        }

        html.Html("<div class=\"cuentas\">\n");
        Cuenta(html, "verde", Formato.Entero(modelo.Verdes), "Verde");
        Cuenta(html, "amarillo", Formato.Entero(modelo.Amarillos), "Amarillo");
        Cuenta(html, "rojo", Formato.Entero(modelo.Rojos), "Rojo");
        Cuenta(html, "sin-color", Formato.Entero(modelo.SinColor), "Sin color");
        Cuenta(html, "en-verde", modelo.PorcentajeVerde is { } p ? Formato.Porcentaje(p) : "—", "en verde");
        Cuenta(html, "sin-reporte", Formato.Entero(modelo.MesesSinReporte),
            (modelo.MesesSinReporte == 1 ? "mes sin reporte" : "meses sin reporte") + " en " + Formato.Cuenta(modelo.ActividadesConMesesSinReporte, "actividad", "actividades"));
        Cuenta(html, "alerta", Formato.Entero(modelo.ConAlerta), "con alerta temprana");
        Cuenta(html, "falta", Formato.Entero(modelo.SinJustificacion), modelo.SinJustificacion == 1 ? "justificación faltante" : "justificaciones faltantes");
        if (modelo.ReportesPorUnidad is { } reportes)
        {
            var vencidos = reportes.Sum(r => r.Vencidos);
            Cuenta(html, "vencidos", Formato.Entero(vencidos), (vencidos == 1 ? "reporte vencido" : "reportes vencidos") + " de " + Formato.Cuenta(reportes.Sum(r => r.Debidos), "debido", "debidos"));
        }

        html.Html("</div>\n");
        Graficas.Barra(html, modelo.Verdes, modelo.Amarillos, modelo.Rojos, modelo.SinColor, total: true);
        html.Html("\n");
        Grupos(html, "Por dependencia", "Dependencia", modelo.PorDependencia, enlazar: false);
        Grupos(html, "Por unidad responsable", "Unidad responsable", modelo.PorUnidad, enlazar: true);
        Grupos(html, "Por eje rector", "Eje rector", modelo.PorEje, enlazar: false);
        if (modelo.ReportesPorUnidad is { } porUnidad)
        {
            ReportesPorUnidad(html, porUnidad);
        }

        html.Html("</section>\n");
    }

    private static void Cuenta(EscritorHtml html, string clase, string valor, string etiqueta)
        => html.Html("<p class=\"cuenta ").Html(clase).Html("\"><strong>").Html(valor).Html("</strong>").Html(etiqueta).Html("</p>\n");

    private void Grupos(EscritorHtml html, string titulo, string grupo, IReadOnlyList<ResumenDeGrupo> grupos, bool enlazar)
    {
        html.Html("<div class=\"tabla\"><table class=\"grupos\"><caption>").Html(titulo).Html("</caption>\n<thead><tr><th scope=\"col\">").Html(grupo)
            .Html("</th><th scope=\"col\">Distribución</th><th scope=\"col\" class=\"n\">Actividades</th><th scope=\"col\" class=\"n\">Verde</th>")
            .Html("<th scope=\"col\" class=\"n\">Amarillo</th><th scope=\"col\" class=\"n\">Rojo</th><th scope=\"col\" class=\"n\">Sin color</th>")
            .Html("<th scope=\"col\" class=\"n\">En verde</th><th scope=\"col\" class=\"n\">Cumplimiento promedio</th><th scope=\"col\">Color del grupo</th>")
            .Html("<th scope=\"col\" class=\"n\">Meses sin reporte</th></tr></thead>\n<tbody>\n");
        foreach (var g in grupos)
        {
            html.Html("<tr><th scope=\"row\">");
            if (enlazar)
            {
                var plan = modelo.PrimerPlanDe(g.ClaveComo<UnidadResponsable>());
                html.Html("<a href=\"#u").Html((plan + 1).ToString(CultureInfo.InvariantCulture)).Html("\">").Texto(g.Nombre).Html("</a>");
            }
            else
            {
                html.Texto(g.Nombre);
            }

            html.Html("</th><td class=\"g\">");
            Graficas.Barra(html, g.Verdes, g.Amarillos, g.Rojos, g.SinColor);
            html.Html("</td><td class=\"n\">").Html(Formato.Entero(g.Actividades))
                .Html("</td><td class=\"n\">").Html(Formato.Entero(g.Verdes))
                .Html("</td><td class=\"n\">").Html(Formato.Entero(g.Amarillos))
                .Html("</td><td class=\"n\">").Html(Formato.Entero(g.Rojos))
                .Html("</td><td class=\"n\">").Html(Formato.Entero(g.SinColor))
                .Html("</td><td class=\"n\">").Html(g.PorcentajeVerde is { } verde ? Formato.Porcentaje(verde) : "—")
                .Html("</td><td class=\"n\">").Html(g.CumplimientoPromedio is { } promedio ? Formato.Porcentaje(promedio) : "—")
                .Html("</td><td>");
            ColumnasDeActividad.Chip(html, g.Color);
            html.Html("</td><td class=\"n\">").Html(Formato.Entero(modelo.MesesSinReporteDe(g))).Html("</td></tr>\n");
        }

        html.Html("</tbody></table></div>\n");
    }

    private void ReportesPorUnidad(EscritorHtml html, IReadOnlyList<ReportesDeUnidad> unidades)
    {
        html.Html("<div class=\"tabla\"><table class=\"reportes\"><caption>Reportes al ").Html(Formato.Fecha(generadoEl))
            .Html(" por unidad responsable</caption>\n<thead><tr><th scope=\"col\">Unidad responsable</th><th scope=\"col\" class=\"n\">Debidos</th>")
            .Html("<th scope=\"col\" class=\"n\">Reportados</th><th scope=\"col\" class=\"n\">Vencidos</th><th scope=\"col\" class=\"n\">Extemporáneos</th></tr></thead>\n<tbody>\n");
        foreach (var u in unidades)
        {
            html.Html("<tr><th scope=\"row\"><a href=\"#u").Html((u.PrimerPlan + 1).ToString(CultureInfo.InvariantCulture)).Html("\">").Texto(u.Unidad.Nombre).Html("</a>")
                .Html("</th><td class=\"n\">").Html(Formato.Entero(u.Debidos))
                .Html("</td><td class=\"n\">").Html(Formato.Entero(u.Reportados))
                .Html("</td><td class=\"n\">").Html(Formato.Entero(u.Vencidos))
                .Html("</td><td class=\"n\">").Html(Formato.Entero(u.Extemporaneos)).Html("</td></tr>\n");
        }

        html.Html("</tbody></table></div>\n");
    }

    private void Plan(EscritorHtml html, int p)
    {
        var resultado = modelo.Resultados[p];
        var avances = modelo.Planes[p];
        var plan = resultado.Plan;
        var id = (p + 1).ToString(CultureInfo.InvariantCulture);
        int verdes = 0, amarillos = 0, rojos = 0;
        foreach (var r in resultado.Resultados)
        {
            verdes += r.Color == Color.Verde ? 1 : 0;
            amarillos += r.Color == Color.Amarillo ? 1 : 0;
            rojos += r.Color == Color.Rojo ? 1 : 0;
        }

        var n = resultado.Resultados.Count;
        html.Html("<section class=\"unidad\" id=\"u").Html(id).Html("\" aria-labelledby=\"t-u").Html(id).Html("\">\n<h2 id=\"t-u").Html(id).Html("\">")
            .Texto(plan.UnidadResponsable.Nombre).Html("</h2>\n<p class=\"sub\">").Texto(plan.Dependencia.Nombre).Html(" · POA ").Html(plan.Ejercicio.ToString())
            .Html(" · ").Html(Formato.Cuenta(n, "actividad", "actividades")).Html(": ").Html(Formato.Entero(verdes)).Html(" verde, ")
            .Html(Formato.Entero(amarillos)).Html(" amarillo, ").Html(Formato.Entero(rojos)).Html(" rojo, ").Html(Formato.Entero(n - verdes - amarillos - rojos))
            .Html(" sin color</p>\n");
        if (modelo.Reportes?[p] is { } reportes)
        {
            html.Html("<p class=\"sub\">Reportes al ").Html(Formato.Fecha(generadoEl)).Html(": ").Html(Formato.Cuenta(reportes.Debidos, "debido", "debidos")).Html(", ")
                .Html(Formato.Cuenta(reportes.Reportados, "reportado", "reportados")).Html(", ").Html(Formato.Cuenta(reportes.Vencidos, "vencido", "vencidos")).Html(", ")
                .Html(Formato.Cuenta(reportes.Extemporaneos, "extemporáneo", "extemporáneos")).Html(".</p>\n");
        }

        if (n == 0)
        {
            html.Html("<p>El plan no tiene actividades.</p>\n</section>\n");
            return;
        }

        html.Html("<div class=\"tabla\"><table class=\"actividades\"><caption>Actividades al corte de ").Html(Formato.Mes(modelo.Corte.Mes)).Html("</caption>\n<thead><tr>");
        foreach (var columna in ColumnasDeActividad.Todas)
        {
            html.Html(columna.Numerica ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">").Html(columna.Encabezado).Html("</th>");
        }

        html.Html("</tr></thead>\n<tbody>\n");
        var contados = modelo.Corte.MesesContados(plan.Ejercicio);
        var filas = new FilaDeActividad[n];
        for (var i = 0; i < n; i++)
        {
            var r = resultado.Resultados[i];
            var serie = new ResultadoDeActividad[contados];
            for (var mes = 1; mes <= contados; mes++)
            {
                serie[mes - 1] = mes == contados ? r : modelo.Evaluador.EvaluarEnPosicion(avances, i, Corte.De(plan.Ejercicio.Mes(mes)));
            }

            var fila = filas[i] = new FilaDeActividad(p, i, avances, r, serie, modelo.IndiceDeBandas(r.Actividad.Semaforizacion));
            var atencion = Atencion.Requiere(fila);
            html.Html("<tr id=\"").Html(fila.Id).Html("\">");
            // A large report has tens of thousands of rows, so they are written lean: numeric cells are aligned by the
            // style sheet by position (Estilos.ColumnasNumericas), not by a class, and the cells' end tags, which HTML
            // makes optional, are left out.
            var primera = true;
            foreach (var columna in ColumnasDeActividad.Todas)
            {
                html.Html(primera ? "<th scope=\"row\">" : "<td>");
                columna.Celda(html, fila, atencion);
                primera = false;
            }

            html.Html("</tr>\n");
        }

        html.Html("</tbody></table></div>\n");
        if (plan.Modificaciones.Count > 0)
        {
            Modificaciones(html, p, plan);
        }

        if (modelo.Reportes?[p] is { } conReportes && (conReportes.Vencidos > 0 || conReportes.Extemporaneos > 0))
        {
            VencidosYExtemporaneos(html, filas, conReportes);
        }

        if (Atencion.Cuantas(filas) > 0)
        {
            html.Html("<h3>Requieren atención</h3>\n");
            foreach (var fila in filas)
            {
                if (Atencion.Requiere(fila))
                {
                    Atencion.Escribir(html, fila);
                }
            }
        }

        html.Html("</section>\n");
    }

    /// <summary>The plan's modificaciones de meta, in the order given: folio, activity (linked to its row), from when, what changed, why, and who authorised it.</summary>
    private static void Modificaciones(EscritorHtml html, int p, Plan plan)
    {
        html.Html("<div class=\"tabla\"><table class=\"modificaciones\"><caption>Modificaciones de meta</caption>\n<thead><tr><th scope=\"col\" class=\"n\">Folio</th>")
            .Html("<th scope=\"col\">Actividad</th><th scope=\"col\">Aplica desde</th><th scope=\"col\">Cambio</th><th scope=\"col\">Justificación</th><th scope=\"col\">Autorizada</th></tr></thead>\n<tbody>\n");
        foreach (var m in plan.Modificaciones)
        {
            html.Html("<tr><th scope=\"row\" class=\"n\">").Html(Formato.Entero(m.Folio)).Html("</th><td>");
            var posicion = -1;
            for (var i = 0; i < plan.Actividades.Count && posicion < 0; i++)
            {
                posicion = plan.Actividades[i].Numero == m.Actividad ? i : -1;
            }

            var numero = Formato.Entero(m.Actividad);
            if (posicion >= 0)
            {
                html.Html("<a href=\"#a").Html((p + 1).ToString(CultureInfo.InvariantCulture)).Html("-").Html((posicion + 1).ToString(CultureInfo.InvariantCulture)).Html("\">").Html(numero).Html("</a>");
            }
            else
            {
                html.Html(numero);
            }

            html.Html("</td><td>").Html(Formato.Mes(m.AplicaDesde)).Html("</td><td>");
            if (m.Meta is { } meta)
            {
                html.Html("meta ").Texto(ColumnasDeActividad.Meta(meta)).Html(m.Calendarizacion is null ? string.Empty : "; ");
            }

            html.Html(m.Calendarizacion is null ? string.Empty : "calendarización nueva desde " + Calendarizacion.NombreDeMes(m.AplicaDesde.Month))
                .Html("</td><td>").Texto(m.Justificacion).Html("</td><td>").Html(Formato.Fecha(m.AutorizadaEl));
            if (m.AutorizadaPor is { } por)
            {
                html.Html(" · ").Texto(por);
            }

            html.Html("</td></tr>\n");
        }

        html.Html("</tbody></table></div>\n");
    }

    /// <summary>The activities with vencidos or extemporáneos on the date, with their months (and, for a late one, when it closed and when it came).</summary>
    private void VencidosYExtemporaneos(EscritorHtml html, FilaDeActividad[] filas, ReportesDelPlan reportes)
    {
        var regla = reportes.Regla;
        html.Html("<h3>Reportes vencidos y extemporáneos</h3>\n<ul class=\"vencidos\">\n");
        for (var i = 0; i < filas.Length; i++)
        {
            var a = reportes.Actividades[i];
            if (a.Vencidos.EstaVacio && a.Extemporaneos.EstaVacio)
            {
                continue;
            }

            var fila = filas[i];
            html.Html("<li><a href=\"#").Html(fila.Id).Html("\">Actividad ").Html(Formato.Entero(fila.Actividad.Numero)).Html("</a>");
            if (!a.Vencidos.EstaVacio)
            {
                html.Html(" · <strong>").Html(a.Vencidos.Cantidad == 1 ? "vencido" : "vencidos").Html(":</strong> ").Html(a.Vencidos.ToString());
            }

            if (!a.Extemporaneos.EstaVacio)
            {
                html.Html(" · <strong>").Html(a.Extemporaneos.Cantidad == 1 ? "extemporáneo" : "extemporáneos").Html(":</strong> ");
                var primero = true;
                foreach (var mes in a.Extemporaneos)
                {
                    var cierre = regla.FechaDeCierre(reportes.Plan.Ejercicio.Mes(mes));
                    html.Html(primero ? string.Empty : ", ").Html(Calendarizacion.NombreDeMes(mes)).Html(" (cerró el ").Html(Formato.Fecha(cierre));
                    if (fila.Avances.EnPosicion(fila.Posicion, mes)?.FechaDeReporte is { } reportado)
                    {
                        html.Html(", reportado el ").Html(Formato.Fecha(reportado));
                    }

                    html.Html(")");
                    primero = false;
                }
            }

            html.Html("</li>\n");
        }

        html.Html("</ul>\n");
    }

    private void Reglas(EscritorHtml html)
    {
        var opcionesDeEvaluacion = modelo.Evaluador.Opciones;
        html.Html("</main>\n<footer class=\"reglas\" id=\"reglas\">\n<h2>Reglas aplicadas</h2>\n<ul>\n");
        for (var i = 0; i < modelo.Bandas.Count; i++)
        {
            html.Html("<li><strong>Bandas</strong> (").Html(Formato.Cuenta(modelo.UsosDeBandas[i], "actividad", "actividades")).Html("): ")
                .Texto(modelo.Bandas[i].ToString()).Html(". El color se decide con el cumplimiento exacto; los porcentajes se muestran redondeados a 2 decimales.</li>\n");
        }

        html.Html("<li><strong>Metas acumulables:</strong> cumplimiento = realizado ÷ programado × 100, con lo programado y lo realizado de enero al corte.</li>\n")
            .Html("<li><strong>Metas de porcentaje:</strong> el promedio de los cumplimientos de los meses programados; cuando todos traen numerador y denominador, ΣN ÷ ΣD × 100 contra la tasa programada media.</li>\n")
            .Html("<li><strong>Sentido descendente:</strong> ")
            .Html(opcionesDeEvaluacion.ConvencionDescendente == ConvencionDescendente.Simetrica
                ? "(2 − realizado ÷ programado) × 100 (convención simétrica)"
                : "programado ÷ realizado × 100; realizado 0 es cumplimiento pleno")
            .Html(". <strong>Regular:</strong> 100 − |realizado ÷ programado × 100 − 100|.</li>\n")
            .Html("<li><strong>Meses sin reporte:</strong> ")
            .Html(opcionesDeEvaluacion.MesesSinReporte == PoliticaDeMesesSinReporte.Excluir
                ? "un mes programado sin avance se deja fuera de lo programado y de lo realizado, y se lista."
                : "un mes programado sin avance cuenta como 0 realizado (sin reporte no hay avance), y se lista. Un 0 reportado es un reporte.")
            .Html("</li>\n")
            .Html("<li><strong>Avance anual</strong> = realizado ÷ meta anual × 100.</li>\n")
            .Html("<li><strong>Sin meta programada:</strong> nada programado hasta el corte; sin color. <strong>Adelantada:</strong> nada programado hasta el corte pero con avance; se califica con 100%.</li>\n");
        if (opcionesDeEvaluacion.LimiteDeSobrecumplimiento is { } limite)
        {
            html.Html("<li><strong>Sobrecumplimiento:</strong> se señala un cumplimiento mayor que ").Html(Formato.Porcentaje(limite)).Html("; no cambia su color.</li>\n");
        }

        html.Html("<li><strong>Plan evaluado:</strong> ")
            .Html(opcionesDeEvaluacion.Vista == VistaDelPlan.Vigente
                ? "el vigente, con las modificaciones de meta aplicadas desde su mes; bajo la meta y lo programado de una actividad modificada se muestran los del plan aprobado."
                : "el aprobado, sin las modificaciones de meta; bajo la meta y lo programado de una actividad modificada se muestran los del plan vigente.")
            .Html("</li>\n<li><strong>Alerta temprana</strong> (no cambia el color): en actividades ascendentes que acumulan (suma, último valor o máximo) y tienen meses programados por delante, cuando el ritmo requerido para alcanzar la meta vigente supera al observado en más de ")
            .Html(Formato.Decimal2(opcionesDeEvaluacion.FactorDeAlerta)).Html(" veces, o cuando los dos últimos meses programados no tienen avance.</li>\n")
            .Html("<li><strong>Justificación:</strong> la requiere una actividad en amarillo o rojo")
            .Html(opcionesDeEvaluacion.LimiteDeSobrecumplimiento is null ? string.Empty : ", o con sobrecumplimiento,")
            .Html(" en el avance de su último mes reportado hasta el corte (o del último mes contado si no reportó ninguno).</li>\n");
        if (modelo.Reportes is not null)
        {
            html.Html("<li><strong>Reportes al ").Html(Formato.Fecha(generadoEl)).Html(":</strong> un mes programado se debe cuando cierra (regla de cierre: ").Texto(opciones.ReglaDeCierre!.ToString())
                .Html("); está vencido si no tiene avance, y es extemporáneo si su avance se reportó después de la fecha de cierre.</li>\n");
        }

        html.Html("<li><strong>Grupos:</strong> «En verde» es la proporción de actividades en verde entre las que tienen color. El cumplimiento promedio ")
            .Html(opcionesDeEvaluacion.PromedioDeGrupo == PromedioDeGrupo.TopadoEn100
                ? "cuenta cada actividad hasta 100% (un sobrecumplimiento no oculta el rezago de otra)"
                : "usa los cumplimientos tal como son, sin tope")
            .Html("; su color sale de las bandas ").Texto(opcionesDeEvaluacion.SemaforizacionDeGrupos.ToString()).Html(".</li>\n")
            .Html("<li><strong>Tendencia:</strong> el cumplimiento al corte de cada mes, de enero al corte del reporte, sobre las bandas de la actividad (escala de 0% a ")
            .Html(Formato.Porcentaje(Graficas.Tope)).Html("; un valor mayor se dibuja en el borde superior y su cifra exacta está en el texto de la gráfica).</li>\n")
            .Html("</ul>\n<p>Generado con Poa.Domain el ").Html(Formato.Fecha(generadoEl)).Html(". Los textos de los planes se muestran tal como están en los archivos.</p>\n</footer>\n");
    }
}
