using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Poa.Domain;
using Poa.Domain.Json;

namespace Poa.Cli;

/// <summary>The output formats of <c>poa evaluar</c>.</summary>
internal enum FormatoDeSalida
{
    Tabla,
    Json,
    Csv,
    Markdown,
}

/// <summary>An evaluation to print: the results of every plan at one corte and the roll-ups.</summary>
internal sealed class Evaluacion
{
    internal static readonly (Agrupacion Agrupacion, string Titulo, string Columna, string Json)[] Agrupaciones =
    [
        (Agrupacion.UnidadResponsable, "Resumen por unidad responsable", "Unidad responsable", "unidadResponsable"),
        (Agrupacion.Dependencia, "Resumen por dependencia", "Dependencia", "dependencia"),
        (Agrupacion.ProgramaPresupuestario, "Resumen por programa presupuestario", "Programa presupuestario", "programaPresupuestario"),
        (Agrupacion.EjeRector, "Resumen por eje rector", "Eje rector", "ejeRector"),
        (Agrupacion.ObjetivoEstrategico, "Resumen por objetivo estratégico", "Objetivo estratégico", "objetivoEstrategico"),
    ];

    private readonly EvaluadorDeSemaforo evaluador;

    internal Evaluacion(EvaluadorDeSemaforo evaluador, IReadOnlyList<AvancesDelPlan> avances, Corte corte)
    {
        this.evaluador = evaluador;
        Corte = corte;
        Planes = evaluador.Evaluar(avances, corte);
        Resumenes = Agrupaciones.Select(a => evaluador.Resumir(Planes, a.Agrupacion)).ToArray();
    }

    internal Corte Corte { get; }

    internal IReadOnlyList<ResultadoDePlan> Planes { get; }

    internal IReadOnlyList<IReadOnlyList<ResumenDeGrupo>> Resumenes { get; }

    /// <summary>The roll-ups of plan <paramref name="indice"/> alone, every grouping.</summary>
    internal IEnumerable<ResumenDeGrupo> ResumenesDe(int indice)
        => Agrupaciones.SelectMany(a => evaluador.Resumir([Planes[indice]], a.Agrupacion));

    internal IEnumerable<(ResultadoDePlan Plan, ResultadoDeActividad Resultado)> Todas
        => Planes.SelectMany(p => p.Resultados.Select(r => (p, r)));
}

/// <summary>Writes an <see cref="Evaluacion"/> in the four formats.</summary>
internal static class Informe
{
    private const string Verde = "\u001b[32m";
    private const string Amarillo = "\u001b[33m";
    private const string Rojo = "\u001b[31m";
    private const string Tenue = "\u001b[2m";
    private const string Normal = "\u001b[0m";
    private const int AnchoDeActividad = 48;

    private static readonly string[] NombresDeMes = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];

    internal static void Escribir(Evaluacion evaluacion, FormatoDeSalida formato, TextWriter salida, bool colorear)
    {
        switch (formato)
        {
            case FormatoDeSalida.Json:
                EscribirJson(evaluacion, salida);
                break;
            case FormatoDeSalida.Csv:
                EscribirCsv(evaluacion, salida);
                break;
            case FormatoDeSalida.Markdown:
                EscribirMarkdown(evaluacion, salida);
                break;
            default:
                EscribirTabla(evaluacion, salida, colorear);
                break;
        }
    }

    internal static string Resumen(Evaluacion evaluacion)
    {
        var todas = evaluacion.Todas.Select(t => t.Resultado).ToList();
        var verdes = todas.Count(r => r.Color == Color.Verde);
        var amarillos = todas.Count(r => r.Color == Color.Amarillo);
        var rojos = todas.Count(r => r.Color == Color.Rojo);
        var planes = evaluacion.Planes.Count;
        return $"Semáforo al corte {evaluacion.Corte}: {planes} {(planes == 1 ? "plan" : "planes")}, {todas.Count} actividades: "
            + $"{verdes} verde, {amarillos} amarillo, {rojos} rojo, {todas.Count - verdes - amarillos - rojos} sin color.";
    }

    private static void EscribirTabla(Evaluacion evaluacion, TextWriter salida, bool colorear)
    {
        salida.WriteLine(Resumen(evaluacion));
        foreach (var plan in evaluacion.Planes)
        {
            salida.WriteLine();
            salida.WriteLine($"{plan.Plan.UnidadResponsable.Nombre} · {plan.Plan.Dependencia.Nombre} · {plan.Plan.Ejercicio}");
            var filas = plan.Resultados.Select(r => new[]
            {
                r.Actividad.Numero.ToString(CultureInfo.InvariantCulture),
                Recortar(r.Actividad.Descripcion, AnchoDeActividad),
                r.Actividad.Meta.ToString(),
                Formato.Numero(Redondear(r.Programado)!.Value),
                Formato.Numero(Redondear(r.Realizado)!.Value),
                Formato.Porcentaje(r.CumplimientoRedondeado),
                Formato.Porcentaje(Redondear(r.AvanceAnual)),
                NombreDeColor(r.Color),
                Nota(r),
            }).ToList();
            var colores = plan.Resultados.Select(r => r.Color).ToList();
            Alinear(salida, ["No.", "Actividad", "Meta", "Programado", "Realizado", "Cumplimiento %", "Avance anual %", "Semáforo", "Nota"], [true, false, false, true, true, true, true, false, false], filas, 7, colores, colorear);
        }

        for (var g = 0; g < Evaluacion.Agrupaciones.Length; g++)
        {
            var (_, titulo, columna, _) = Evaluacion.Agrupaciones[g];
            var resumenes = evaluacion.Resumenes[g];
            salida.WriteLine();
            salida.WriteLine(titulo);
            var filas = resumenes.Select(r => new[]
            {
                Recortar(r.Nombre, 60),
                r.Actividades.ToString(CultureInfo.InvariantCulture),
                r.Verdes.ToString(CultureInfo.InvariantCulture),
                r.Amarillos.ToString(CultureInfo.InvariantCulture),
                r.Rojos.ToString(CultureInfo.InvariantCulture),
                r.SinColor.ToString(CultureInfo.InvariantCulture),
                Formato.Porcentaje(Redondear(r.PorcentajeVerde)),
                Formato.Porcentaje(Redondear(r.CumplimientoPromedio)),
                NombreDeColor(r.Color),
            }).ToList();
            Alinear(salida, [columna, "Actividades", "Verde", "Amarillo", "Rojo", "Sin color", "% en verde", "Cumplimiento promedio %", "Semáforo"], [false, true, true, true, true, true, true, true, false], filas, 8, resumenes.Select(r => r.Color).ToList(), colorear);
        }
    }

    private static void Alinear(TextWriter salida, string[] encabezados, bool[] derecha, List<string[]> filas, int columnaDeColor, List<Color?> colores, bool colorear)
    {
        var anchos = encabezados.Select((e, c) => Math.Max(e.Length, filas.Count == 0 ? 0 : filas.Max(f => f[c].Length))).ToArray();
        var ultima = encabezados.Length - 1;
        void Fila(string[] celdas, Color? color, bool encabezado)
        {
            var linea = new StringBuilder();
            for (var c = 0; c < celdas.Length; c++)
            {
                if (c > 0)
                {
                    linea.Append("  ");
                }

                var texto = c == ultima && !derecha[c] ? celdas[c] : derecha[c] ? celdas[c].PadLeft(anchos[c]) : celdas[c].PadRight(anchos[c]);
                if (colorear && !encabezado && c == columnaDeColor)
                {
                    linea.Append(CodigoDe(color)).Append(texto).Append(Normal);
                }
                else
                {
                    linea.Append(texto);
                }
            }

            salida.WriteLine(linea.ToString().TrimEnd());
        }

        Fila(encabezados, null, true);
        for (var i = 0; i < filas.Count; i++)
        {
            Fila(filas[i], colores[i], false);
        }
    }

    private static string CodigoDe(Color? color) => color switch
    {
        Color.Verde => Verde,
        Color.Amarillo => Amarillo,
        Color.Rojo => Rojo,
        _ => Tenue,
    };

    private static void EscribirMarkdown(Evaluacion evaluacion, TextWriter salida)
    {
        salida.WriteLine($"# Semáforo al corte {evaluacion.Corte}");
        salida.WriteLine();
        salida.WriteLine(Resumen(evaluacion));
        foreach (var plan in evaluacion.Planes)
        {
            salida.WriteLine();
            salida.WriteLine($"## {Md(plan.Plan.UnidadResponsable.Nombre)}");
            salida.WriteLine();
            salida.WriteLine($"{Md(plan.Plan.Dependencia.Nombre)}, ejercicio {plan.Plan.Ejercicio}.");
            salida.WriteLine();
            salida.WriteLine("| No. | Actividad | Meta | Programado | Realizado | Cumplimiento % | Avance anual % | Semáforo | Nota |");
            salida.WriteLine("| ---: | --- | --- | ---: | ---: | ---: | ---: | --- | --- |");
            foreach (var r in plan.Resultados)
            {
                salida.WriteLine($"| {r.Actividad.Numero.ToString(CultureInfo.InvariantCulture)} | {Md(r.Actividad.Descripcion)} | {Md(r.Actividad.Meta.ToString())} | {Formato.Numero(Redondear(r.Programado)!.Value)} | {Formato.Numero(Redondear(r.Realizado)!.Value)} | {Formato.Porcentaje(r.CumplimientoRedondeado)} | {Formato.Porcentaje(Redondear(r.AvanceAnual))} | {Marca(r.Color)} | {Md(Nota(r))} |");
            }
        }

        for (var g = 0; g < Evaluacion.Agrupaciones.Length; g++)
        {
            var (_, titulo, columna, _) = Evaluacion.Agrupaciones[g];
            salida.WriteLine();
            salida.WriteLine($"## {titulo}");
            salida.WriteLine();
            salida.WriteLine($"| {columna} | Actividades | Verde | Amarillo | Rojo | Sin color | % en verde | Cumplimiento promedio % | Semáforo |");
            salida.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            foreach (var r in evaluacion.Resumenes[g])
            {
                salida.WriteLine(FormattableString.Invariant($"| {Md(r.Nombre)} | {r.Actividades} | {r.Verdes} | {r.Amarillos} | {r.Rojos} | {r.SinColor} | {Formato.Porcentaje(Redondear(r.PorcentajeVerde))} | {Formato.Porcentaje(Redondear(r.CumplimientoPromedio))} | {Marca(r.Color)} |"));
            }
        }
    }

    private static void EscribirCsv(Evaluacion evaluacion, TextWriter salida)
    {
        salida.Write("unidad_responsable,dependencia,ejercicio,actividad,descripcion,programa_presupuestario,tipo,estado,programado,realizado,cumplimiento,avance_anual,color,meses_sin_reporte\r\n");
        foreach (var (plan, r) in evaluacion.Todas)
        {
            string[] campos =
            [
                plan.Plan.UnidadResponsable.Nombre,
                plan.Plan.Dependencia.Nombre,
                plan.Plan.Ejercicio.ToString(),
                r.Actividad.Numero.ToString(CultureInfo.InvariantCulture),
                r.Actividad.Descripcion,
                r.Actividad.Programa.Nombre,
                Formato.Tipo(r.Actividad.Tipo),
                Formato.Estado(r.Estado),
                Formato.Numero(Redondear(r.Programado)!.Value),
                Formato.Numero(Redondear(r.Realizado)!.Value),
                r.CumplimientoRedondeado is { } c ? Formato.Numero(c) : string.Empty,
                Redondear(r.AvanceAnual) is { } a ? Formato.Numero(a) : string.Empty,
                r.Color is { } color ? Formato.Color(color) : string.Empty,
                string.Join(";", r.MesesSinReporte.Select(m => m.ToString(CultureInfo.InvariantCulture))),
            ];
            salida.Write(string.Join(",", campos.Select(Csv.Campo)));
            salida.Write("\r\n");
        }
    }

    private static void EscribirJson(Evaluacion evaluacion, TextWriter salida)
    {
        using var memoria = new MemoryStream();
        using (var w = new Utf8JsonWriter(memoria, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("formato", "poa.evaluacion");
            w.WriteNumber("version", 1);
            w.WriteString("corte", evaluacion.Corte.ToString());
            w.WriteStartArray("actividades");
            foreach (var (plan, r) in evaluacion.Todas)
            {
                w.WriteStartObject();
                w.WriteString("unidadResponsable", plan.Plan.UnidadResponsable.Nombre);
                w.WriteString("dependencia", plan.Plan.Dependencia.Nombre);
                w.WriteNumber("ejercicio", plan.Plan.Ejercicio.Anio);
                w.WriteNumber("actividad", r.Actividad.Numero);
                w.WriteString("descripcion", r.Actividad.Descripcion);
                w.WriteString("programaPresupuestario", r.Actividad.Programa.Nombre);
                w.WriteString("ejeRector", r.Actividad.Alineacion.Eje.ToString());
                w.WriteString("objetivoEstrategico", r.Actividad.Alineacion.Objetivo.ToString());
                w.WriteString("tipo", Formato.Tipo(r.Actividad.Tipo));
                w.WriteString("estado", Formato.EstadoJson(r.Estado));
                w.WriteNumber("programado", r.Programado);
                w.WriteNumber("realizado", r.Realizado);
                Numero(w, "cumplimiento", r.Cumplimiento);
                Numero(w, "avanceAnual", r.AvanceAnual);
                if (r.Color is { } color)
                {
                    w.WriteString("color", Formato.Color(color));
                }
                else
                {
                    w.WriteNull("color");
                }

                Meses(w, "mesesProgramados", r.MesesProgramados, plan.Plan.Ejercicio);
                Meses(w, "mesesReportados", r.MesesReportados, plan.Plan.Ejercicio);
                Meses(w, "mesesSinReporte", r.MesesSinReporte, plan.Plan.Ejercicio);
                w.WriteStartArray("senales");
                foreach (SenalesDeEvaluacion senal in Enum.GetValues(typeof(SenalesDeEvaluacion)))
                {
                    if (senal != SenalesDeEvaluacion.Ninguna && r.Senales.HasFlag(senal))
                    {
                        w.WriteStringValue(Formato.Camel(senal.ToString()));
                    }
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();

            // The roll-ups over every plan, and one results document per plan, in the library's format (poa.resultados).
            var todos = evaluacion.Resumenes.SelectMany(r => r).ToList();
            using (var conResumenes = JsonDocument.Parse(PoaJson.SerializeResultadosToUtf8Bytes(evaluacion.Planes[0], todos)))
            {
                w.WritePropertyName("resumenes");
                conResumenes.RootElement.GetProperty("resumenes").WriteTo(w);
            }

            w.WriteStartArray("planes");
            for (var p = 0; p < evaluacion.Planes.Count; p++)
            {
                using var documento = JsonDocument.Parse(PoaJson.SerializeResultadosToUtf8Bytes(evaluacion.Planes[p], evaluacion.ResumenesDe(p)));
                documento.RootElement.WriteTo(w);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        salida.WriteLine(Encoding.UTF8.GetString(memoria.ToArray()));
    }

    private static void Numero(Utf8JsonWriter w, string nombre, decimal? valor)
    {
        if (valor is { } v)
        {
            w.WriteNumber(nombre, v);
        }
        else
        {
            w.WriteNull(nombre);
        }
    }

    private static void Meses(Utf8JsonWriter w, string nombre, ConjuntoDeMeses meses, EjercicioFiscal ejercicio)
    {
        w.WriteStartArray(nombre);
        foreach (var mes in meses)
        {
            w.WriteStringValue(FormattableString.Invariant($"{ejercicio.Anio:D4}-{mes:D2}"));
        }

        w.WriteEndArray();
    }

    private static decimal? Redondear(decimal? valor) => valor is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    private static string NombreDeColor(Color? color) => color is { } c ? Formato.Color(c) : "sin color";

    private static string Marca(Color? color) => color switch
    {
        Color.Verde => "🟢 verde",
        Color.Amarillo => "🟡 amarillo",
        Color.Rojo => "🔴 rojo",
        _ => "⚪ sin color",
    };

    private static string Nota(ResultadoDeActividad r)
    {
        var partes = new List<string>();
        switch (r.Estado)
        {
            case EstadoDeEvaluacion.SinMetaProgramada:
                partes.Add("sin meta programada");
                break;
            case EstadoDeEvaluacion.SinDatos:
                partes.Add("sin datos");
                break;
            case EstadoDeEvaluacion.Adelantada:
                partes.Add("adelantada");
                break;
        }

        if (!r.MesesSinReporte.EstaVacio)
        {
            partes.Add("sin reporte: " + string.Join(", ", r.MesesSinReporte.Select(m => NombresDeMes[m - 1])));
        }

        if (r.Senales.HasFlag(SenalesDeEvaluacion.Sobrecumplimiento))
        {
            partes.Add("sobrecumplimiento");
        }

        if (r.Senales.HasFlag(SenalesDeEvaluacion.ReporteSinProgramacion) && r.Estado != EstadoDeEvaluacion.Adelantada)
        {
            partes.Add("reporte en mes sin programación");
        }

        return string.Join("; ", partes);
    }

    private static string Recortar(string texto, int ancho) => texto.Length <= ancho ? texto : texto.Substring(0, ancho - 1).TrimEnd() + "…";

    private static string Md(string texto) => texto.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

/// <summary>Invariant number and name formatting for the reports.</summary>
internal static class Formato
{
    /// <summary>A number with a dot and no trailing zeros: <c>66.67</c>, <c>1500</c>.</summary>
    internal static string Numero(decimal valor) => valor.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A percent already rounded, with two decimals (<c>66.67</c>), or <c>—</c> when there is none.</summary>
    internal static string Porcentaje(decimal? valor) => valor is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    internal static string Color(Color color) => color switch
    {
        Domain.Color.Verde => "verde",
        Domain.Color.Amarillo => "amarillo",
        _ => "rojo",
    };

    internal static string Tipo(TipoDeMeta tipo) => tipo == TipoDeMeta.Porcentaje ? "porcentaje" : "acumulable";

    internal static string Estado(EstadoDeEvaluacion estado) => estado switch
    {
        EstadoDeEvaluacion.Evaluada => "evaluada",
        EstadoDeEvaluacion.SinMetaProgramada => "sin_meta_programada",
        EstadoDeEvaluacion.SinDatos => "sin_datos",
        _ => "adelantada",
    };

    internal static string EstadoJson(EstadoDeEvaluacion estado) => Camel(estado.ToString());

    internal static string Camel(string nombre) => char.ToLowerInvariant(nombre[0]) + nombre.Substring(1);
}
