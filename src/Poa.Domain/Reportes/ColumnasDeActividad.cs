using System;
using System.Collections.Generic;

namespace Poa.Domain.Reportes;

/// <summary>
/// The columns of the table of activities, described once each: header, alignment, and how to write the cell.
/// A new column is one more entry of <see cref="Todas"/>; the table's markup never changes. An activity changed by a
/// modificación shows, below its meta and programado, those of the other view of the plan (<c>aprobada 120 Luminarias</c>);
/// the colour's cell marks an alerta temprana and a missing justificación beside the chip.
/// </summary>
internal static class ColumnasDeActividad
{
    /// <summary>The columns, left to right. The first is the row's header (<c>&lt;th scope="row"&gt;</c>).</summary>
    internal static IReadOnlyList<ColumnaDeActividad> Todas { get; } =
    [
        new("No.", numerica: true, (html, fila, atencion) =>
        {
            var numero = Formato.Entero(fila.Actividad.Numero);
            if (atencion)
            {
                html.Html("<a href=\"#").Html(fila.IdDeObservacion).Html("\">").Html(numero).Html("</a>");
            }
            else
            {
                html.Html(numero);
            }
        }),
        new("Actividad", numerica: false, (html, fila, _) => html.Texto(fila.Actividad.Descripcion)),
        new("Meta anual", numerica: true, (html, fila, _) =>
        {
            html.Texto(Meta(fila.Actividad.Meta));
            if (fila.Resultado.TieneModificaciones)
            {
                var r = fila.Resultado;
                var otra = r.Vista == VistaDelPlan.Vigente ? r.MetaAprobada! : r.MetaVigente!;
                html.Html("<span class=\"otra\">").Html(r.Vista == VistaDelPlan.Vigente ? "aprobada " : "vigente ").Texto(Meta(otra)).Html("</span>");
            }
        }),
        new("Programado", numerica: true, (html, fila, _) =>
        {
            var r = fila.Resultado;
            html.Html(Valor(fila.Actividad, r.Programado));
            if (r.TieneModificaciones)
            {
                var vigente = r.Vista == VistaDelPlan.Vigente;
                html.Html("<span class=\"otra\">").Html(vigente ? "aprobado " : "vigente ")
                    .Html(Valor(fila.Actividad, vigente ? r.ProgramadoAprobado : r.ProgramadoVigente)).Html("</span>");
            }
        }),
        new("Realizado", numerica: true, (html, fila, _) => html.Html(Valor(fila.Actividad, fila.Resultado.Realizado))),
        new("Cumplimiento", numerica: true, (html, fila, _) => html.Html(Cumplimiento(fila.Resultado))),
        new("Avance anual", numerica: true, (html, fila, _) => html.Html(fila.Resultado.AvanceAnual is { } a ? Formato.Porcentaje(a) : "—")),
        new("Color", numerica: false, (html, fila, _) =>
        {
            Chip(html, fila.Resultado.Color);
            Marcas(html, fila);
        }),
        new("Tendencia", numerica: false, (html, fila, _) => Graficas.Tendencia(html, fila.Serie, fila.Bandas)),
    ];

    /// <summary>The colour as a chip with its name (never colour alone): <c>&lt;span class="chip rojo"&gt;Rojo&lt;/span&gt;</c>.</summary>
    internal static void Chip(EscritorHtml html, Color? color)
        => html.Html("<span class=\"chip ").Html(Formato.Clase(color)).Html("\">").Html(Formato.Nombre(color)).Html("</span>");

    /// <summary>
    /// The facts of the reporting cycle beside a chip, as words (never a sign alone), in short markup (a large report has
    /// thousands): <c>&lt;em class="alerta"&gt;Alerta temprana&lt;/em&gt;</c>, <c>&lt;em class="falta"&gt;Sin justificación&lt;/em&gt;</c>.
    /// </summary>
    internal static void Marcas(EscritorHtml html, FilaDeActividad fila)
    {
        if (fila.TieneAlerta)
        {
            html.Html(" <em class=\"alerta\">Alerta temprana</em>");
        }

        if (fila.FaltaJustificacion)
        {
            html.Html(" <em class=\"falta\">Sin justificación</em>");
        }
    }

    /// <summary><c>1,500 Cuentas</c>, <c>100% Porcentaje</c>.</summary>
    internal static string Meta(Meta meta)
        => (meta.Tipo == TipoDeMeta.Porcentaje ? Formato.Porcentaje(meta.Cantidad) : Formato.Cantidad(meta.Cantidad)) + " " + meta.Unidad.Nombre;

    /// <summary>A programado or realizado: a quantity for an acumulable meta, a rate for a porcentaje meta.</summary>
    private static string Valor(Actividad actividad, decimal valor)
        => actividad.Tipo == TipoDeMeta.Porcentaje ? Formato.Porcentaje(valor) : Formato.Cantidad(valor);

    private static string Cumplimiento(ResultadoDeActividad resultado) => resultado.Estado switch
    {
        EstadoDeEvaluacion.SinMetaProgramada => "sin meta programada",
        EstadoDeEvaluacion.SinDatos => "sin datos",
        EstadoDeEvaluacion.Adelantada => Formato.Porcentaje(resultado.Cumplimiento!.Value) + " (adelantada)",
        _ => Formato.Porcentaje(resultado.Cumplimiento!.Value),
    };
}

/// <summary>One column of the table of activities.</summary>
/// <param name="encabezado">The header text.</param>
/// <param name="numerica">Whether the column holds numbers (right-aligned).</param>
/// <param name="celda">Writes the cell's content for a row; the flag says whether the row has an explanation below the table.</param>
internal sealed class ColumnaDeActividad(string encabezado, bool numerica, Action<EscritorHtml, FilaDeActividad, bool> celda)
{
    internal string Encabezado { get; } = encabezado;

    internal bool Numerica { get; } = numerica;

    internal Action<EscritorHtml, FilaDeActividad, bool> Celda { get; } = celda;
}
