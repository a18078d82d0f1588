using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Poa.Domain;

namespace Poa.Cli.Salida;

/// <summary>What kind of value a column holds; each writer decides how to show each kind.</summary>
internal enum TipoDeColumna
{
    /// <summary>Free text.</summary>
    Texto,

    /// <summary>A name from a fixed set, camelCase (<c>sinMetaProgramada</c>); CSV writes it snake_case.</summary>
    Clave,

    /// <summary>An integer.</summary>
    Entero,

    /// <summary>A quantity: exact in JSON, rounded to 2 decimals (away from zero) elsewhere.</summary>
    Cantidad,

    /// <summary>A percent that may be missing: exact or null in JSON, <c>66.67</c> or <c>—</c> in the tables.</summary>
    Porcentaje,

    /// <summary>A colour of the semáforo, or none.</summary>
    Color,

    /// <summary>Months of the ejercicio: <c>2023-05</c> in JSON, <c>5;6</c> in CSV, <c>may, jun</c> in the tables.</summary>
    Meses,

    /// <summary>A list of names from a fixed set, camelCase (the signals); CSV writes them snake_case.</summary>
    Lista,
}

/// <summary>Where a column shows.</summary>
[Flags]
internal enum Vista
{
    /// <summary>The human formats (tabla, markdown), where each plan is a section with its name above.</summary>
    Tabla = 1,

    /// <summary>The data formats (csv, json): every row carries everything.</summary>
    Datos = 2,

    /// <summary>Both.</summary>
    Ambas = Tabla | Datos,
}

/// <summary>A value of a cell, typed by its column's <see cref="TipoDeColumna"/>.</summary>
internal readonly record struct Valor(string? Texto = null, decimal? Numero = null, Color? Color = null, ConjuntoDeMeses Meses = default, int Anio = 0, IReadOnlyList<string>? Lista = null);

/// <summary>
/// One column of the output, described once for every format: its title for people, its key for data (JSON camelCase;
/// CSV snake_case), its kind, where it shows, and how to get its value from a row.
/// </summary>
/// <remarks><see cref="EnTablaSi"/>, when given, shows the column in the human formats only for the evaluations it accepts.</remarks>
internal sealed record Columna<T>(string Titulo, string Clave, TipoDeColumna Tipo, Vista Vista, Func<T, Valor> Leer, int AnchoMaximo = 0, Func<Evaluacion, bool>? EnTablaSi = null)
{
    /// <summary>Whether the tables align it to the right (numbers).</summary>
    internal bool Derecha => Tipo is TipoDeColumna.Entero or TipoDeColumna.Cantidad or TipoDeColumna.Porcentaje;
}

/// <summary>One activity's result with its plan and its position in the plan: a row of the activities table.</summary>
internal readonly record struct FilaDeActividad(ResultadoDePlan Plan, ResultadoDeActividad Resultado, int Indice)
{
    /// <summary>The rows of one plan, in its order.</summary>
    internal static IEnumerable<FilaDeActividad> De(ResultadoDePlan plan) => plan.Resultados.Select((r, i) => new FilaDeActividad(plan, r, i));

    /// <summary>The activity's reportes on the date of the evaluation, when it was evaluated with a date.</summary>
    internal ReportesDeActividad? Reportes => Plan.Reportes is { } reportes ? reportes.Actividades[Indice] : null;
}

/// <summary>The one column model of every output format (tabla, markdown, csv, json and the formats to come).</summary>
internal static class Columnas
{
    private static readonly string[] NombresDeMes = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];

    /// <summary>The columns of an activity's result, in order.</summary>
    internal static IReadOnlyList<Columna<FilaDeActividad>> DeActividad { get; } =
    [
        new("Unidad responsable", "unidadResponsable", TipoDeColumna.Texto, Vista.Datos, f => new(f.Plan.Plan.UnidadResponsable.Nombre)),
        new("Dependencia", "dependencia", TipoDeColumna.Texto, Vista.Datos, f => new(f.Plan.Plan.Dependencia.Nombre)),
        new("Ejercicio", "ejercicio", TipoDeColumna.Entero, Vista.Datos, f => new(Numero: f.Plan.Plan.Ejercicio.Anio)),
        new("No.", "actividad", TipoDeColumna.Entero, Vista.Ambas, f => new(Numero: f.Resultado.Actividad.Numero)),
        new("Actividad", "descripcion", TipoDeColumna.Texto, Vista.Ambas, f => new(f.Resultado.Actividad.Descripcion), AnchoMaximo: 48),
        new("Programa presupuestario", "programaPresupuestario", TipoDeColumna.Texto, Vista.Datos, f => new(f.Resultado.Actividad.Programa.Nombre)),
        new("Eje rector", "ejeRector", TipoDeColumna.Texto, Vista.Datos, f => new(f.Resultado.Actividad.Alineacion.Eje.ToString())),
        new("Objetivo estratégico", "objetivoEstrategico", TipoDeColumna.Texto, Vista.Datos, f => new(f.Resultado.Actividad.Alineacion.Objetivo.ToString())),
        new("Tipo", "tipo", TipoDeColumna.Clave, Vista.Datos, f => new(f.Resultado.Actividad.Tipo == TipoDeMeta.Porcentaje ? "porcentaje" : "acumulable")),
        new("Meta", "meta", TipoDeColumna.Texto, Vista.Ambas, f => new(f.Resultado.Actividad.Meta.ToString()), EnTablaSi: e => !e.HayMetasModificadas),
        new("Meta aprobada", "metaAprobada", TipoDeColumna.Texto, Vista.Tabla, MetaAprobada, EnTablaSi: e => e.HayMetasModificadas),
        new("Meta vigente", "metaVigente", TipoDeColumna.Texto, Vista.Tabla, MetaVigente, EnTablaSi: e => e.HayMetasModificadas),
        new("Estado", "estado", TipoDeColumna.Clave, Vista.Datos, f => new(Camel(f.Resultado.Estado.ToString()))),
        new("Programado", "programado", TipoDeColumna.Cantidad, Vista.Ambas, f => new(Numero: f.Resultado.Programado)),
        new("Realizado", "realizado", TipoDeColumna.Cantidad, Vista.Ambas, f => new(Numero: f.Resultado.Realizado)),
        new("Cumplimiento %", "cumplimiento", TipoDeColumna.Porcentaje, Vista.Ambas, f => new(Numero: f.Resultado.Cumplimiento)),
        new("Avance anual %", "avanceAnual", TipoDeColumna.Porcentaje, Vista.Ambas, f => new(Numero: f.Resultado.AvanceAnual)),
        new("Semáforo", "color", TipoDeColumna.Color, Vista.Ambas, f => new(Color: f.Resultado.Color)),
        new("Meses programados", "mesesProgramados", TipoDeColumna.Meses, Vista.Datos, f => new(Meses: f.Resultado.MesesProgramados, Anio: f.Plan.Plan.Ejercicio.Anio)),
        new("Meses reportados", "mesesReportados", TipoDeColumna.Meses, Vista.Datos, f => new(Meses: f.Resultado.MesesReportados, Anio: f.Plan.Plan.Ejercicio.Anio)),
        new("Meses sin reporte", "mesesSinReporte", TipoDeColumna.Meses, Vista.Datos, f => new(Meses: f.Resultado.MesesSinReporte, Anio: f.Plan.Plan.Ejercicio.Anio)),
        new("Señales", "senales", TipoDeColumna.Lista, Vista.Datos, f => new(Lista: Senales(f.Resultado.Senales))),
        new("Vista", "vista", TipoDeColumna.Clave, Vista.Datos, f => new(Camel(f.Resultado.Vista.ToString()))),
        new("Meta aprobada", "metaAprobada", TipoDeColumna.Texto, Vista.Datos, MetaAprobada),
        new("Meta vigente", "metaVigente", TipoDeColumna.Texto, Vista.Datos, MetaVigente),
        new("Programado aprobado", "programadoAprobado", TipoDeColumna.Cantidad, Vista.Datos, f => new(Numero: f.Resultado.ProgramadoAprobado)),
        new("Programado vigente", "programadoVigente", TipoDeColumna.Cantidad, Vista.Datos, f => new(Numero: f.Resultado.ProgramadoVigente)),
        new("Modificaciones", "modificaciones", TipoDeColumna.Entero, Vista.Datos, f => new(Numero: f.Resultado.Modificaciones.Count)),
        new("Alerta temprana", "alerta", TipoDeColumna.Lista, Vista.Datos, f => new(Lista: Alerta(f.Resultado))),
        new("Falta justificación", "faltaJustificacion", TipoDeColumna.Meses, Vista.Datos, f => new(Meses: MesAJustificar(f.Resultado), Anio: f.Plan.Plan.Ejercicio.Anio)),
        new("Vencidos", "vencidos", TipoDeColumna.Meses, Vista.Datos, f => new(Meses: f.Reportes?.Vencidos ?? default, Anio: f.Plan.Plan.Ejercicio.Anio)),
        new("Extemporáneos", "extemporaneos", TipoDeColumna.Meses, Vista.Datos, f => new(Meses: f.Reportes?.Extemporaneos ?? default, Anio: f.Plan.Plan.Ejercicio.Anio)),
        new("Nota", "nota", TipoDeColumna.Texto, Vista.Tabla, f => new(Nota(f))),
    ];

    /// <summary>The columns of a roll-up; <paramref name="tituloDelNombre"/> titles the group's name (<c>Unidad responsable</c>).</summary>
    internal static IReadOnlyList<Columna<ResumenDeGrupo>> DeResumen(string tituloDelNombre) =>
    [
        new("Agrupación", "agrupacion", TipoDeColumna.Clave, Vista.Datos, r => new(Camel(r.Agrupacion.ToString()))),
        new(tituloDelNombre, "nombre", TipoDeColumna.Texto, Vista.Ambas, r => new(r.Nombre), AnchoMaximo: 60),
        new("Actividades", "actividades", TipoDeColumna.Entero, Vista.Ambas, r => new(Numero: r.Actividades)),
        new("Verde", "verdes", TipoDeColumna.Entero, Vista.Ambas, r => new(Numero: r.Verdes)),
        new("Amarillo", "amarillos", TipoDeColumna.Entero, Vista.Ambas, r => new(Numero: r.Amarillos)),
        new("Rojo", "rojos", TipoDeColumna.Entero, Vista.Ambas, r => new(Numero: r.Rojos)),
        new("Sin color", "sinColor", TipoDeColumna.Entero, Vista.Ambas, r => new(Numero: r.SinColor)),
        new("Con cumplimiento", "conCumplimiento", TipoDeColumna.Entero, Vista.Datos, r => new(Numero: r.ConCumplimiento)),
        new("% en verde", "porcentajeVerde", TipoDeColumna.Porcentaje, Vista.Ambas, r => new(Numero: r.PorcentajeVerde)),
        new("Cumplimiento promedio %", "cumplimientoPromedio", TipoDeColumna.Porcentaje, Vista.Ambas, r => new(Numero: r.CumplimientoPromedio)),
        new("Semáforo", "color", TipoDeColumna.Color, Vista.Ambas, r => new(Color: r.Color)),
        new("Promedio", "promedio", TipoDeColumna.Clave, Vista.Datos, r => new(Camel(r.Promedio.ToString()))),
    ];

    /// <summary>The reportes of each plan (one unidad responsable) on the date of the evaluation.</summary>
    internal static IReadOnlyList<Columna<ReportesDelPlan>> DeReportes { get; } =
    [
        new("Unidad responsable", "unidadResponsable", TipoDeColumna.Texto, Vista.Ambas, r => new(r.UnidadResponsable.Nombre), AnchoMaximo: 60),
        new("Ejercicio", "ejercicio", TipoDeColumna.Entero, Vista.Ambas, r => new(Numero: r.Plan.Ejercicio.Anio)),
        new("Debidos", "debidos", TipoDeColumna.Entero, Vista.Ambas, r => new(Numero: r.Debidos)),
        new("Reportados", "reportados", TipoDeColumna.Entero, Vista.Ambas, r => new(Numero: r.Reportados)),
        new("Vencidos", "vencidos", TipoDeColumna.Entero, Vista.Ambas, r => new(Numero: r.Vencidos)),
        new("Extemporáneos", "extemporaneos", TipoDeColumna.Entero, Vista.Ambas, r => new(Numero: r.Extemporaneos)),
    ];

    /// <summary>The columns of <paramref name="vista"/>.</summary>
    internal static IReadOnlyList<Columna<T>> En<T>(this IReadOnlyList<Columna<T>> columnas, Vista vista) => columnas.Where(c => (c.Vista & vista) != 0).ToList();

    /// <summary>The columns of the human formats for <paramref name="evaluacion"/> (those whose <see cref="Columna{T}.EnTablaSi"/> accepts it).</summary>
    internal static IReadOnlyList<Columna<T>> EnTabla<T>(this IReadOnlyList<Columna<T>> columnas, Evaluacion evaluacion)
        => columnas.Where(c => (c.Vista & Vista.Tabla) != 0 && (c.EnTablaSi is null || c.EnTablaSi(evaluacion))).ToList();

    /// <summary>The name of a colour: <c>verde</c>.</summary>
    internal static string NombreDe(Color color) => color switch
    {
        Color.Verde => "verde",
        Color.Amarillo => "amarillo",
        _ => "rojo",
    };

    /// <summary>A number rounded to 2 decimals, away from zero, without trailing zeros: <c>66.67</c>, <c>1500</c>.</summary>
    internal static string Numero(decimal valor)
        => Math.Round(valor, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A percent with two decimals (<c>66.67</c>), or <c>—</c>.</summary>
    internal static string Porcentaje(decimal? valor)
        => valor is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) : "—";

    /// <summary><c>may, jun</c>.</summary>
    internal static string MesesCortos(ConjuntoDeMeses meses) => string.Join(", ", meses.Select(m => NombresDeMes[m - 1]));

    /// <summary><c>SinMetaProgramada</c> → <c>sinMetaProgramada</c>.</summary>
    internal static string Camel(string nombre) => nombre.Length == 0 ? nombre : char.ToLowerInvariant(nombre[0]) + nombre.Substring(1);

    /// <summary><c>sinMetaProgramada</c> → <c>sin_meta_programada</c>.</summary>
    internal static string Serpiente(string nombre)
    {
        var texto = new System.Text.StringBuilder(nombre.Length + 4);
        foreach (var c in nombre)
        {
            if (char.IsUpper(c))
            {
                texto.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                texto.Append(c);
            }
        }

        return texto.ToString();
    }

    private static readonly (SenalesDeEvaluacion Senal, string Nombre)[] NombresDeSenales = Enum.GetValues(typeof(SenalesDeEvaluacion))
        .Cast<SenalesDeEvaluacion>()
        .Where(s => s != SenalesDeEvaluacion.Ninguna)
        .Select(s => (s, Camel(s.ToString())))
        .ToArray();

    // The names of each combination of signals, made once (a handful of flags: every row shares these arrays).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<SenalesDeEvaluacion, string[]> ListasDeSenales = new();

    private static string[] Senales(SenalesDeEvaluacion senales)
        => ListasDeSenales.GetOrAdd(senales, static s => NombresDeSenales.Where(n => (s & n.Senal) == n.Senal).Select(n => n.Nombre).ToArray());

    private static Valor MetaAprobada(FilaDeActividad f) => new(f.Resultado.MetaAprobada?.ToString());

    private static Valor MetaVigente(FilaDeActividad f) => new(f.Resultado.MetaVigente?.ToString());

    private static readonly string[] SinAlerta = [];
    private static readonly string[] AlertaPorRitmo = ["porRitmo"];
    private static readonly string[] AlertaPorMeses = ["porMesesSinAvance"];
    private static readonly string[] AlertaPorAmbos = ["porRitmo", "porMesesSinAvance"];

    /// <summary>The reasons of the alerta temprana: <c>porRitmo</c>, <c>porMesesSinAvance</c>; none without alert.</summary>
    private static string[] Alerta(ResultadoDeActividad r) => r.Alerta is not { } alerta
        ? SinAlerta
        : alerta.PorRitmo ? (alerta.PorMesesSinAvance ? AlertaPorAmbos : AlertaPorRitmo) : (alerta.PorMesesSinAvance ? AlertaPorMeses : SinAlerta);

    /// <summary>The month whose avance lacks the justificación the activity needs, or none.</summary>
    private static ConjuntoDeMeses MesAJustificar(ResultadoDeActividad r)
        => r.FaltaJustificacion && r.MesAJustificar is { } mes ? ConjuntoDeMeses.De(mes.Month) : default;

    private static string Nota(FilaDeActividad f)
    {
        var r = f.Resultado;
        var partes = new List<string>(3);
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
            partes.Add("sin reporte: " + MesesCortos(r.MesesSinReporte));
        }

        if (r.Senales.HasFlag(SenalesDeEvaluacion.Sobrecumplimiento))
        {
            partes.Add("sobrecumplimiento");
        }

        if (r.Senales.HasFlag(SenalesDeEvaluacion.ReporteSinProgramacion) && r.Estado != EstadoDeEvaluacion.Adelantada)
        {
            partes.Add("reporte en mes sin programación");
        }

        if (r.TieneAlerta)
        {
            partes.Add("alerta temprana");
        }

        var sinJustificar = MesAJustificar(r);
        if (!sinJustificar.EstaVacio)
        {
            partes.Add("falta justificación: " + MesesCortos(sinJustificar));
        }

        if (f.Reportes is { } reportes)
        {
            if (!reportes.Vencidos.EstaVacio)
            {
                partes.Add((reportes.Vencidos.Cantidad == 1 ? "vencido: " : "vencidos: ") + MesesCortos(reportes.Vencidos));
            }

            if (!reportes.Extemporaneos.EstaVacio)
            {
                partes.Add((reportes.Extemporaneos.Cantidad == 1 ? "extemporáneo: " : "extemporáneos: ") + MesesCortos(reportes.Extemporaneos));
            }
        }

        return string.Join("; ", partes);
    }
}
