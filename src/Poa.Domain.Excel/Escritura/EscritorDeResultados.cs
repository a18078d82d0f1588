using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Poa.Domain.Excel.Escritura;

/// <summary>
/// The results workbook: a summary sheet with the roll-ups (<see cref="EvaluadorDeSemaforo.Resumir(IEnumerable{ResultadoDePlan}, Agrupacion)"/>),
/// then one sheet per unidad responsable with one row per activity. Streamed: one row at a time, one reused row buffer.
/// </summary>
internal static class EscritorDeResultados
{
    /// <summary>The fill of verde (Excel's «Bueno»).</summary>
    internal static readonly System.Drawing.Color ColorDeVerde = System.Drawing.Color.FromArgb(198, 239, 206);

    /// <summary>The fill of amarillo (Excel's «Neutral»).</summary>
    internal static readonly System.Drawing.Color ColorDeAmarillo = System.Drawing.Color.FromArgb(255, 235, 156);

    /// <summary>The fill of rojo (Excel's «Incorrecto»).</summary>
    internal static readonly System.Drawing.Color ColorDeRojo = System.Drawing.Color.FromArgb(255, 199, 206);

    /// <summary>The summary sheet's name (a unidad of that name gets <c>Resumen (2)</c>).</summary>
    internal const string HojaDeResumen = "Resumen";

    /// <summary>The columns of an activity's row, in order.</summary>
    internal static readonly string[] ColumnasDeActividad =
    [
        "No.", "Actividad", "Meta", "Estado", "Programado", "Realizado", "Cumplimiento %", "Avance anual %", "Semáforo",
        "Numerador", "Denominador", "Meses sin reporte", "Observaciones", "Justificaciones",
    ];

    /// <summary>The roll-ups of the summary sheet, in order (the same as the CLI's text formats).</summary>
    private static readonly Agrupacion[] Agrupaciones =
        [Agrupacion.UnidadResponsable, Agrupacion.Dependencia, Agrupacion.ProgramaPresupuestario, Agrupacion.EjeRector, Agrupacion.ObjetivoEstrategico];

    private static readonly string[] ColumnasDeResumen =
        ["Actividades", "Verde", "Amarillo", "Rojo", "Sin color", "Con cumplimiento", "% en verde", "Cumplimiento promedio %", "Semáforo"];

    private static readonly string[] NombresDeMes = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];

    internal static async Task EscribirAsync(Stream destino, IReadOnlyList<ResultadoDePlan> resultados, EvaluadorDeSemaforo evaluador, CancellationToken cancelacion)
    {
        await using var libro = await Spreadsheet.CreateNewAsync(destino, cancellationToken: cancelacion).ConfigureAwait(false);
        var estilos = new Estilos(libro);
        var nombres = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { HojaDeResumen };
        await ResumenAsync(libro, estilos, resultados, evaluador, cancelacion).ConfigureAwait(false);

        // One sheet per unidad responsable (the key Resumir groups by), in order of first appearance.
        var porUnidad = new Dictionary<UnidadResponsable, List<ResultadoDePlan>>();
        var orden = new List<List<ResultadoDePlan>>();
        foreach (var plan in resultados)
        {
            if (!porUnidad.TryGetValue(plan.Plan.UnidadResponsable, out var lista))
            {
                porUnidad.Add(plan.Plan.UnidadResponsable, lista = []);
                orden.Add(lista);
            }

            lista.Add(plan);
        }

        var fila = new Cell[ColumnasDeActividad.Length];
        foreach (var planes in orden)
        {
            await libro.StartWorksheetAsync(EscritorDePlan.NombreDeHoja(planes[0].Plan.UnidadResponsable.Nombre, nombres), OpcionesDeUnidad(), cancelacion).ConfigureAwait(false);
            for (var p = 0; p < planes.Count; p++)
            {
                if (p > 0)
                {
                    await libro.AddRowAsync(Array.Empty<Cell>(), cancelacion).ConfigureAwait(false);
                }

                await PlanAsync(libro, estilos, planes[p], fila, cancelacion).ConfigureAwait(false);
            }
        }

        await libro.FinishAsync(cancelacion).ConfigureAwait(false);
    }

    private static WorksheetOptions OpcionesDeUnidad()
    {
        var opciones = new WorksheetOptions();
        opciones.Column(2).Width = 50;
        opciones.Column(3).Width = 18;
        opciones.Column(4).Width = 18;
        for (var c = 5; c <= 11; c++)
        {
            opciones.Column(c).Width = 13;
        }

        opciones.Column(12).Width = 18;
        opciones.Column(13).Width = 30;
        opciones.Column(14).Width = 50;
        return opciones;
    }

    private static async Task ResumenAsync(Spreadsheet libro, Estilos estilos, IReadOnlyList<ResultadoDePlan> resultados, EvaluadorDeSemaforo evaluador, CancellationToken cancelacion)
    {
        var opciones = new WorksheetOptions();
        opciones.Column(1).Width = 50;
        for (var c = 2; c <= ColumnasDeResumen.Length + 1; c++)
        {
            opciones.Column(c).Width = 14;
        }

        await libro.StartWorksheetAsync(HojaDeResumen, opciones, cancelacion).ConfigureAwait(false);
        var resumenes = Agrupaciones.Select(a => evaluador.Resumir(resultados, a)).ToList();

        // Every activity is in exactly one unidad responsable: the totals are the sums of that roll-up.
        var porUnidad = resumenes[0];
        int actividades = porUnidad.Sum(g => g.Actividades), verdes = porUnidad.Sum(g => g.Verdes), amarillos = porUnidad.Sum(g => g.Amarillos), rojos = porUnidad.Sum(g => g.Rojos);

        var cortes = string.Join(", ", resultados.Select(r => r.Corte.ToString()).Distinct(StringComparer.Ordinal));
        await libro.AddRowAsync([new Cell("Resultados del semáforo", estilos.Titulo)], cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync([new Cell("Corte", estilos.Negrita), new Cell(cortes)], cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync([new Cell("Planes", estilos.Negrita), new Cell(resultados.Count)], cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync([new Cell("Actividades", estilos.Negrita), new Cell(actividades)], cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync(
            [new Cell("Verde", estilos.Negrita), new Cell(verdes), new Cell("Amarillo", estilos.Negrita), new Cell(amarillos), new Cell("Rojo", estilos.Negrita), new Cell(rojos), new Cell("Sin color", estilos.Negrita), new Cell(actividades - verdes - amarillos - rojos)],
            cancelacion).ConfigureAwait(false);

        var fila = new Cell[ColumnasDeResumen.Length + 1];
        for (var i = 0; i < Agrupaciones.Length; i++)
        {
            var descripcion = ResumenDeGrupo.Describir(Agrupaciones[i]);
            var titulo = "Resumen por " + descripcion;
            var nombre = char.ToUpperInvariant(descripcion[0]) + descripcion.Substring(1);
            await libro.AddRowAsync(Array.Empty<Cell>(), cancelacion).ConfigureAwait(false);
            await libro.AddRowAsync([new Cell(titulo, estilos.Negrita)], cancelacion).ConfigureAwait(false);
            fila[0] = new Cell(nombre, estilos.Encabezado);
            for (var c = 0; c < ColumnasDeResumen.Length; c++)
            {
                fila[c + 1] = new Cell(ColumnasDeResumen[c], estilos.Encabezado);
            }

            await libro.AddRowAsync(fila, cancelacion).ConfigureAwait(false);
            foreach (var g in resumenes[i])
            {
                fila[0] = new Cell(g.Nombre);
                fila[1] = new Cell(g.Actividades);
                fila[2] = new Cell(g.Verdes);
                fila[3] = new Cell(g.Amarillos);
                fila[4] = new Cell(g.Rojos);
                fila[5] = new Cell(g.SinColor);
                fila[6] = new Cell(g.ConCumplimiento);
                fila[7] = new Cell(g.PorcentajeVerde, estilos.Porcentaje);
                fila[8] = new Cell(g.CumplimientoPromedio, estilos.Porcentaje);
                fila[9] = ColorDe(g.Color, estilos);
                await libro.AddRowAsync(fila, cancelacion).ConfigureAwait(false);
            }
        }
    }

    private static async Task PlanAsync(Spreadsheet libro, Estilos estilos, ResultadoDePlan plan, Cell[] fila, CancellationToken cancelacion)
    {
        var p = plan.Plan;
        await libro.AddRowAsync([new Cell("Resultados del semáforo · POA " + p.Ejercicio.Anio.ToString(CultureInfo.InvariantCulture), estilos.Titulo)], cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync([new Cell("Dependencia", estilos.Negrita), new Cell(p.Dependencia.Nombre)], cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync([new Cell("Unidad responsable", estilos.Negrita), new Cell(p.UnidadResponsable.Nombre)], cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync([new Cell("Corte", estilos.Negrita), new Cell(plan.Corte.ToString())], cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync(Array.Empty<Cell>(), cancelacion).ConfigureAwait(false);
        for (var i = 0; i < ColumnasDeActividad.Length; i++)
        {
            fila[i] = new Cell(ColumnasDeActividad[i], estilos.Encabezado);
        }

        await libro.AddRowAsync(fila, cancelacion).ConfigureAwait(false);
        for (var i = 0; i < plan.Resultados.Count; i++)
        {
            var r = plan.Resultados[i];
            var (numerador, denominador) = Variables(plan, i, r);
            fila[0] = new Cell(r.Actividad.Numero);
            fila[1] = new Cell(r.Actividad.Descripcion);
            fila[2] = new Cell(r.Actividad.Meta.ToString());
            fila[3] = new Cell(Estado(r.Estado));
            fila[4] = new Cell(r.Programado);
            fila[5] = new Cell(r.Realizado);
            fila[6] = new Cell(r.Cumplimiento, estilos.Porcentaje);
            fila[7] = new Cell(r.AvanceAnual, estilos.Porcentaje);
            fila[8] = ColorDe(r.Color, estilos);
            fila[9] = new Cell(numerador);
            fila[10] = new Cell(denominador);
            fila[11] = new Cell(Meses(r.MesesSinReporte));
            fila[12] = new Cell(Observaciones(r));
            fila[13] = Justificaciones(r, estilos);
            await libro.AddRowAsync(fila, cancelacion).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// ΣN and ΣD of the avances with numerador and denominador: over the months that made realizado when it is ΣN / ΣD × 100,
    /// else over every reported month up to the corte that carries them; both null when none does.
    /// </summary>
    private static (decimal? Numerador, decimal? Denominador) Variables(ResultadoDePlan plan, int indice, in ResultadoDeActividad r)
    {
        if (plan.Avances is not { } avances || r.Actividad.Tipo != TipoDeMeta.Porcentaje)
        {
            return (null, null);
        }

        var meses = r.Agregacion == AgregacionDeMeses.CocienteDeVariables ? r.MesesConsiderados : r.MesesReportados;
        decimal? n = null, d = null;
        foreach (var mes in meses)
        {
            if (avances.Celda(indice, mes - 1) is { TieneVariables: true } avance)
            {
                n = (n ?? 0m) + avance.Numerador!.Value;
                d = (d ?? 0m) + avance.Denominador!.Value;
            }
        }

        return (n, d);
    }

    private static Cell ColorDe(Color? color, Estilos estilos) => color switch
    {
        Color.Verde => new Cell("Verde", estilos.Verde),
        Color.Amarillo => new Cell("Amarillo", estilos.Amarillo),
        Color.Rojo => new Cell("Rojo", estilos.Rojo),
        _ => new Cell("Sin color"),
    };

    private static string Estado(EstadoDeEvaluacion estado) => estado switch
    {
        EstadoDeEvaluacion.Evaluada => "evaluada",
        EstadoDeEvaluacion.SinMetaProgramada => "sin meta programada",
        EstadoDeEvaluacion.SinDatos => "sin datos",
        _ => "adelantada",
    };

    private static string Meses(ConjuntoDeMeses meses)
    {
        if (meses.EstaVacio)
        {
            return string.Empty;
        }

        var texto = new StringBuilder();
        foreach (var mes in meses)
        {
            texto.Append(texto.Length == 0 ? string.Empty : ", ").Append(NombresDeMes[mes - 1]);
        }

        return texto.ToString();
    }

    private static string Observaciones(in ResultadoDeActividad r)
    {
        if (r.Senales == SenalesDeEvaluacion.Ninguna && !r.FaltaJustificacion)
        {
            return string.Empty;
        }

        var partes = new List<string>(3);
        if ((r.Senales & SenalesDeEvaluacion.Sobrecumplimiento) != 0)
        {
            partes.Add("sobrecumplimiento");
        }

        if ((r.Senales & SenalesDeEvaluacion.RealizadoCeroDescendente) != 0)
        {
            partes.Add("descendente con realizado 0");
        }

        if ((r.Senales & SenalesDeEvaluacion.ReporteSinProgramacion) != 0 && r.Estado != EstadoDeEvaluacion.Adelantada)
        {
            partes.Add("reporte en mes sin programación");
        }

        if (r.FaltaJustificacion && r.MesAJustificar is { } mes)
        {
            partes.Add("falta la justificación de " + mes.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        return string.Join("; ", partes);
    }

    /// <summary>Every justificación up to the corte, one per line: <c>2023-03: texto</c>.</summary>
    private static Cell Justificaciones(in ResultadoDeActividad r, Estilos estilos)
    {
        var lista = r.Justificaciones;
        return lista.Count == 0 ? new Cell(string.Empty) : new Cell(string.Join("\n", lista.Select(j => j.ToString())), estilos.Ajustado);
    }

    private sealed class Estilos
    {
        internal Estilos(Spreadsheet libro)
        {
            Titulo = libro.AddStyle(new Style { Font = { Bold = true, Size = 13 } });
            Negrita = libro.AddStyle(new Style { Font = { Bold = true } });
            Encabezado = libro.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = System.Drawing.Color.FromArgb(217, 225, 242) }, Alignment = { WrapText = true } });
            Porcentaje = libro.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.TwoDecimalPlaces) });
            Verde = libro.AddStyle(Semaforo(ColorDeVerde, System.Drawing.Color.FromArgb(0, 97, 0)));
            Amarillo = libro.AddStyle(Semaforo(ColorDeAmarillo, System.Drawing.Color.FromArgb(156, 87, 0)));
            Rojo = libro.AddStyle(Semaforo(ColorDeRojo, System.Drawing.Color.FromArgb(156, 0, 6)));
            Ajustado = libro.AddStyle(new Style { Alignment = { WrapText = true } });
        }

        internal StyleId Titulo { get; }

        internal StyleId Negrita { get; }

        internal StyleId Encabezado { get; }

        internal StyleId Porcentaje { get; }

        internal StyleId Verde { get; }

        internal StyleId Amarillo { get; }

        internal StyleId Rojo { get; }

        internal StyleId Ajustado { get; }

        private static Style Semaforo(System.Drawing.Color relleno, System.Drawing.Color letra)
            => new() { Fill = { Color = relleno }, Font = { Bold = true, Color = letra } };
    }
}
