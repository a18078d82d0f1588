using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;
using Poa.Domain.Internal;

namespace Poa.Domain.Json;

/// <summary>
/// The evaluation of a plan at a corte as read from (or written to) a JSON document <c>"formato": "poa.resultados"</c>:
/// the plan's identity, one <see cref="ResultadoLeido"/> per activity, the roll-ups (<see cref="ResumenLeido"/>), the
/// declared <see cref="Version"/> and every field this version does not know (<see cref="CamposDesconocidos"/>).
/// </summary>
/// <remarks>
/// <para>A read model for consumers of results (a dashboard receiving them from another system): it holds the values as
/// the document states them and does not need the plan. Build one from the evaluator with
/// <see cref="Desde(ResultadoDePlan, IEnumerable{ResumenDeGrupo}?)"/>; read one with
/// <see cref="PoaJson.DeserializeResultados(string, PoaJsonOpciones?)"/>; write it with
/// <see cref="PoaJson.Serialize(DocumentoDeResultados, PoaJsonOpciones?)"/> (read → write is byte for byte).</para>
/// <para>Immutable, with full equality: unknown fields compare as <see cref="CampoDesconocido"/> does (by object, name and the
/// value as written), object by object (in each object the same fields in the same order; the order between objects is not
/// part of what is written), so a document equals what it reads back after being written.</para>
/// </remarks>
[JsonConverter(typeof(PoaJsonConverterFactory))]
public sealed class DocumentoDeResultados : IEquatable<DocumentoDeResultados>
{
    private readonly ResultadoLeido[] actividades;
    private readonly ResumenLeido[] resumenes;
    private readonly CampoDesconocido[] desconocidos;

    internal DocumentoDeResultados(
        int version,
        EjercicioFiscal ejercicio,
        YearMonth corte,
        Dependencia dependencia,
        UnidadResponsable unidadResponsable,
        IEnumerable<ResultadoLeido> actividades,
        IEnumerable<ResumenLeido> resumenes,
        IEnumerable<CampoDesconocido> desconocidos,
        ReportesLeidos? reportes = null)
    {
        Version = version;
        Reportes = reportes;
        Ejercicio = ejercicio;
        Corte = corte;
        Dependencia = dependencia;
        UnidadResponsable = unidadResponsable;
        this.actividades = actividades.ToArray();
        this.resumenes = resumenes.ToArray();
        this.desconocidos = desconocidos.ToArray();
    }

    /// <summary>
    /// The document for <paramref name="resultado"/> (every activity of the plan, at its corte) and the roll-ups in
    /// <paramref name="resumenes"/> (none by default), in the version it needs: version 1 when nothing needs version 2,
    /// so that version-1 consumers keep working; version 2, with every field of version 2 for every activity and roll-up,
    /// when some activity has an explicit tipo, a frecuencia other than mensual, a línea base, modificaciones,
    /// justificaciones, an alerta or a missing justificación, or was evaluated against the approved plan, when a roll-up
    /// used a mode other than the mean, or when the result was evaluated on a date (<see cref="ResultadoDePlan.Reportes"/>).
    /// </summary>
    /// <param name="resultado">The evaluation of a plan at a corte.</param>
    /// <param name="resumenes">The roll-ups to include, or null for none.</param>
    /// <returns>The document, with no unknown fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resultado"/> or a roll-up is null.</exception>
    public static DocumentoDeResultados Desde(ResultadoDePlan resultado, IEnumerable<ResumenDeGrupo>? resumenes = null)
    {
        Preconditions.CheckNotNull(resultado, nameof(resultado));
        var plan = resultado.Plan;
        var grupos = new List<ResumenDeGrupo>();
        foreach (var resumen in resumenes ?? [])
        {
            grupos.Add(Preconditions.CheckNotNull(resumen, nameof(resumenes)));
        }

        var version2 = resultado.Reportes is not null || grupos.Exists(g => g.Modo != ModoDeResumen.Promedio);
        foreach (var r in resultado.Resultados)
        {
            version2 = version2 || ResultadoLeido.NecesitaVersion2(r);
        }

        var leidos = new List<ResultadoLeido>(resultado.Resultados.Count);
        foreach (var r in resultado.Resultados)
        {
            leidos.Add(ResultadoLeido.Desde(r, version2));
        }

        return new DocumentoDeResultados(
            version2 ? 2 : PoaJson.VersionDeResultados,
            plan.Ejercicio,
            resultado.Corte.Mes,
            plan.Dependencia,
            plan.UnidadResponsable,
            leidos,
            grupos.ConvertAll(g => ResumenLeido.Desde(g, version2)),
            [],
            resultado.Reportes is { } reportes ? ReportesLeidos.Desde(reportes) : null);
    }

    /// <summary>The format version the document declared; a newer one is written back with its own number.</summary>
    public int Version { get; }

    /// <summary>The fiscal year of the plan.</summary>
    public EjercicioFiscal Ejercicio { get; }

    /// <summary>The month of the corte (the last month evaluated).</summary>
    public YearMonth Corte { get; }

    /// <summary>The plan's dependencia.</summary>
    public Dependencia Dependencia { get; }

    /// <summary>The plan's unidad responsable.</summary>
    public UnidadResponsable UnidadResponsable { get; }

    /// <summary>The result of each activity, in document order.</summary>
    public IReadOnlyList<ResultadoLeido> Actividades => actividades;

    /// <summary>The roll-ups, in document order (possibly none).</summary>
    public IReadOnlyList<ResumenLeido> Resumenes => resumenes;

    /// <summary>
    /// Version 2: the summary of the unidad's reportes (due, reported, vencidos, extemporáneos) when the result was
    /// evaluated on a date; null otherwise, and in a version-1 document.
    /// </summary>
    public ReportesLeidos? Reportes { get; }

    /// <summary>The fields this version does not know, each with the JSON Pointer of its object (<c>/actividades/3</c>, <c>/resumenes/0</c>).</summary>
    public IReadOnlyList<CampoDesconocido> CamposDesconocidos => desconocidos;

    internal Extensiones? Extensiones => desconocidos.Length == 0 ? null : new Extensiones(desconocidos);

    /// <summary>The result of activity <paramref name="numero"/>, or null when the document has none.</summary>
    /// <param name="numero">The activity number.</param>
    /// <returns>The result of that activity, or <c>null</c>.</returns>
    public ResultadoLeido? Actividad(int numero)
    {
        foreach (var r in actividades)
        {
            if (r.Numero == numero)
            {
                return r;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(DocumentoDeResultados? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (Version != other.Version || Ejercicio != other.Ejercicio || Corte != other.Corte
            || !Dependencia.Equals(other.Dependencia) || !UnidadResponsable.Equals(other.UnidadResponsable)
            || !actividades.SequenceEqual(other.actividades) || !resumenes.SequenceEqual(other.resumenes) || !Equals(Reportes, other.Reportes))
        {
            return false;
        }

        // Unknown fields compare as the library writes them (CampoDesconocido's equality), not as the raw text read, and
        // object by object: the compact document read and the indented one written from it are equal.
        return CampoDesconocido.MismosCampos(desconocidos, other.desconocidos);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentoDeResultados);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = Hash.Combine(Hash.Seed, Version);
        hash = Hash.Combine(hash, Ejercicio);
        hash = Hash.Combine(hash, Corte);
        hash = Hash.Combine(hash, actividades.Length);
        return actividades.Length == 0 ? hash : Hash.Combine(hash, actividades[0]);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(DocumentoDeResultados? left, DocumentoDeResultados? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(DocumentoDeResultados? left, DocumentoDeResultados? right) => !(left == right);

    /// <summary><c>poa.resultados v1 · 2023 · corte 2023-06 · Dirección de Enlace Municipal · 6 actividades</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
        => $"{PoaJson.FormatoDeResultados} v{Version} · {Ejercicio} · corte {FormatoDeAvances.TextoDeMes(Corte)} · {UnidadResponsable} · {actividades.Length} actividades";
}

/// <summary>
/// The result of one activity as stated by a results document: what the evaluator computed
/// (<see cref="ResultadoDeActividad"/>), without the <see cref="Actividad"/> object.
/// </summary>
/// <remarks>Immutable, with full equality over every field.</remarks>
public sealed class ResultadoLeido : IEquatable<ResultadoLeido>
{
    internal ResultadoLeido(
        int numero,
        string? descripcion,
        EstadoDeEvaluacion estado,
        decimal programado,
        decimal realizado,
        decimal? cumplimiento,
        decimal? cumplimientoRedondeado,
        decimal? avanceAnual,
        Color? color,
        Banda? bandaAplicada,
        FormulaDeCumplimiento formula,
        AgregacionDeMeses agregacion,
        PoliticaDeMesesSinReporte politicaDeMesesSinReporte,
        ConjuntoDeMeses mesesProgramados,
        ConjuntoDeMeses mesesReportados,
        ConjuntoDeMeses mesesSinReporte,
        ConjuntoDeMeses mesesConsiderados,
        SenalesDeEvaluacion senales,
        in CamposDeVersion2 v2 = default)
    {
        Tipo = v2.Tipo;
        Frecuencia = v2.Frecuencia;
        PeriodosContados = v2.PeriodosContados;
        LineaBase = v2.LineaBase;
        CambioContraLineaBase = v2.CambioContraLineaBase;
        Vista = v2.Vista;
        MetaAprobada = v2.MetaAprobada;
        MetaVigente = v2.MetaVigente;
        ProgramadoAprobado = v2.ProgramadoAprobado;
        Justificaciones = v2.Justificaciones ?? [];
        Alerta = v2.Alerta;
        JustificacionFaltante = v2.JustificacionFaltante;
        Numero = numero;
        Descripcion = descripcion;
        Estado = estado;
        Programado = programado;
        Realizado = realizado;
        Cumplimiento = cumplimiento;
        CumplimientoRedondeado = cumplimientoRedondeado;
        AvanceAnual = avanceAnual;
        Color = color;
        BandaAplicada = bandaAplicada;
        Formula = formula;
        Agregacion = agregacion;
        PoliticaDeMesesSinReporte = politicaDeMesesSinReporte;
        MesesProgramados = mesesProgramados;
        MesesReportados = mesesReportados;
        MesesSinReporte = mesesSinReporte;
        MesesConsiderados = mesesConsiderados;
        Senales = senales;
    }

    /// <summary>The read model of an evaluator's result, with the fields of version 2 (<see cref="Tipo"/>, <see cref="Alerta"/>...).</summary>
    /// <param name="resultado">The evaluator's result of one activity.</param>
    /// <returns>The read model.</returns>
    public static ResultadoLeido Desde(in ResultadoDeActividad resultado) => Desde(resultado, version2: true);

    /// <summary>Whether a result has something only version 2 of the document can say.</summary>
    internal static bool NecesitaVersion2(in ResultadoDeActividad r)
        => r.Actividad.AcumulacionExplicita.HasValue || r.Actividad.Frecuencia != Poa.Domain.Frecuencia.Mensual || r.Actividad.LineaBase is not null
           || r.TieneModificaciones || r.Vista != VistaDelPlan.Vigente || r.Justificaciones.Count > 0 || r.TieneAlerta || r.FaltaJustificacion;

    /// <summary>The read model, with the fields of version 2 only when <paramref name="version2"/>.</summary>
    internal static ResultadoLeido Desde(in ResultadoDeActividad resultado, bool version2)
        => new(
            resultado.Actividad.Numero,
            resultado.Actividad.Descripcion,
            resultado.Estado,
            resultado.Programado,
            resultado.Realizado,
            resultado.Cumplimiento,
            resultado.CumplimientoRedondeado,
            resultado.AvanceAnual,
            resultado.Color,
            resultado.BandaAplicada,
            resultado.Formula,
            resultado.Agregacion,
            resultado.PoliticaDeMesesSinReporte,
            resultado.MesesProgramados,
            resultado.MesesReportados,
            resultado.MesesSinReporte,
            resultado.MesesConsiderados,
            resultado.Senales,
            version2 ? CamposDeVersion2.Desde(resultado) : default);

    /// <summary>The activity's number.</summary>
    public int Numero { get; }

    /// <summary>The activity's description, when the document gives it.</summary>
    public string? Descripcion { get; }

    /// <summary>Whether the activity could be evaluated.</summary>
    public EstadoDeEvaluacion Estado { get; }

    /// <summary>What was programmed up to the corte (aggregated as <see cref="Agregacion"/> says).</summary>
    public decimal Programado { get; }

    /// <summary>What was reported up to the corte.</summary>
    public decimal Realizado { get; }

    /// <summary>The exact cumplimiento in percent, or null when there is none.</summary>
    public decimal? Cumplimiento { get; }

    /// <summary>The cumplimiento rounded as shown in reports, or null.</summary>
    public decimal? CumplimientoRedondeado { get; }

    /// <summary>The progress against the whole year's meta, in percent, or null.</summary>
    public decimal? AvanceAnual { get; }

    /// <summary>The semáforo colour, or null when there is none.</summary>
    public Color? Color { get; }

    /// <summary>The band the cumplimiento fell in (of <see cref="Color"/>), or null.</summary>
    public Banda? BandaAplicada { get; }

    /// <summary>The formula used for the cumplimiento.</summary>
    public FormulaDeCumplimiento Formula { get; }

    /// <summary>How the months were aggregated.</summary>
    public AgregacionDeMeses Agregacion { get; }

    /// <summary>How months without a report were treated.</summary>
    public PoliticaDeMesesSinReporte PoliticaDeMesesSinReporte { get; }

    /// <summary>The months with something programmed, up to the corte.</summary>
    public ConjuntoDeMeses MesesProgramados { get; }

    /// <summary>The months with a report.</summary>
    public ConjuntoDeMeses MesesReportados { get; }

    /// <summary>The programmed months without a report.</summary>
    public ConjuntoDeMeses MesesSinReporte { get; }

    /// <summary>The months that entered the cumplimiento.</summary>
    public ConjuntoDeMeses MesesConsiderados { get; }

    /// <summary>The signals raised by the evaluation.</summary>
    public SenalesDeEvaluacion Senales { get; }

    /// <summary>Version 2: the tipo de acumulación that applied (explicit or from the unit); null in a version-1 document.</summary>
    public TipoDeAcumulacion? Tipo { get; }

    /// <summary>Version 2: the activity's frecuencia; null in a version-1 document.</summary>
    public Frecuencia? Frecuencia { get; }

    /// <summary>Version 2: the closing months of the periods counted at the corte; null in a version-1 document.</summary>
    public ConjuntoDeMeses? PeriodosContados { get; }

    /// <summary>Version 2: the activity's línea base, or null (none, or a version-1 document).</summary>
    public LineaBase? LineaBase { get; }

    /// <summary>Version 2: realizado − línea base, when there is a línea base and a result to compare; else null.</summary>
    public decimal? CambioContraLineaBase { get; }

    /// <summary>Version 2: the view of the plan evaluated (vigente or aprobado); null in a version-1 document.</summary>
    public VistaDelPlan? Vista { get; }

    /// <summary>Version 2: the meta anual of the approved plan; null in a version-1 document.</summary>
    public Meta? MetaAprobada { get; }

    /// <summary>Version 2: the meta anual vigente (with the modificaciones); null in a version-1 document.</summary>
    public Meta? MetaVigente { get; }

    /// <summary>Version 2: what the approved plan programmed up to the corte; null in a version-1 document.</summary>
    public decimal? ProgramadoAprobado { get; }

    /// <summary>Version 2: every justificación of the avances up to the corte, with its month; empty when none (and in a version-1 document).</summary>
    public IReadOnlyList<JustificacionDeAvance> Justificaciones { get; }

    /// <summary>Version 2: the alerta temprana with its numbers, or null when there is none (and in a version-1 document).</summary>
    public AlertaTemprana? Alerta { get; }

    /// <summary>
    /// Version 2: the month whose avance lacks the justificación the activity needs at this corte (diagnostic
    /// <c>POA250</c>), or null when none is missing (and in a version-1 document).
    /// </summary>
    public YearMonth? JustificacionFaltante { get; }

    /// <inheritdoc />
    public bool Equals(ResultadoLeido? other)
        => other is not null
           && Numero == other.Numero
           && string.Equals(Descripcion, other.Descripcion, StringComparison.Ordinal)
           && Estado == other.Estado
           && Programado == other.Programado
           && Realizado == other.Realizado
           && Cumplimiento == other.Cumplimiento
           && CumplimientoRedondeado == other.CumplimientoRedondeado
           && AvanceAnual == other.AvanceAnual
           && Color == other.Color
           && Equals(BandaAplicada, other.BandaAplicada)
           && Formula == other.Formula
           && Agregacion == other.Agregacion
           && PoliticaDeMesesSinReporte == other.PoliticaDeMesesSinReporte
           && MesesProgramados == other.MesesProgramados
           && MesesReportados == other.MesesReportados
           && MesesSinReporte == other.MesesSinReporte
           && MesesConsiderados == other.MesesConsiderados
           && Senales == other.Senales
           && Tipo == other.Tipo
           && Frecuencia == other.Frecuencia
           && PeriodosContados == other.PeriodosContados
           && Equals(LineaBase, other.LineaBase)
           && CambioContraLineaBase == other.CambioContraLineaBase
           && Vista == other.Vista
           && Equals(MetaAprobada, other.MetaAprobada)
           && Equals(MetaVigente, other.MetaVigente)
           && ProgramadoAprobado == other.ProgramadoAprobado
           && Justificaciones.SequenceEqual(other.Justificaciones)
           && Nullable.Equals(Alerta, other.Alerta)
           && JustificacionFaltante == other.JustificacionFaltante;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResultadoLeido);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = Hash.Combine(Hash.Seed, Numero);
        hash = Hash.Combine(hash, (int)Estado);
        hash = Hash.Combine(hash, Realizado);
        hash = Hash.Combine(hash, Cumplimiento);
        hash = Hash.Combine(hash, Color);
        return Hash.Combine(hash, (int)Senales);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(ResultadoLeido? left, ResultadoLeido? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(ResultadoLeido? left, ResultadoLeido? right) => !(left == right);

    /// <summary><c>Actividad 2 · evaluada · 66.67% · amarillo</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
        => $"Actividad {Numero} · {FormatoDeResultados.Nombre(Estado)}"
           + (CumplimientoRedondeado is { } c ? " · " + Numeros.Formatear(c, System.Globalization.CultureInfo.InvariantCulture) + "%" : string.Empty)
           + (Color is { } color ? " · " + FormatoDePlan.NombreDe(color) : string.Empty);
}

/// <summary>A roll-up as stated by a results document (<see cref="ResumenDeGrupo"/> without its key object).</summary>
/// <remarks>Immutable, with full equality over every field.</remarks>
public sealed class ResumenLeido : IEquatable<ResumenLeido>
{
    internal ResumenLeido(
        Agrupacion agrupacion,
        string nombre,
        int actividades,
        int verdes,
        int amarillos,
        int rojos,
        int conCumplimiento,
        decimal? porcentajeVerde,
        decimal? cumplimientoPromedio,
        Color? color,
        PromedioDeGrupo promedio,
        ModoDeResumen? modo = null)
    {
        Modo = modo;
        Agrupacion = agrupacion;
        Nombre = nombre;
        Actividades = actividades;
        Verdes = verdes;
        Amarillos = amarillos;
        Rojos = rojos;
        ConCumplimiento = conCumplimiento;
        PorcentajeVerde = porcentajeVerde;
        CumplimientoPromedio = cumplimientoPromedio;
        Color = color;
        Promedio = promedio;
    }

    /// <summary>The read model of an evaluator's roll-up, with its <see cref="Modo"/> (version 2).</summary>
    /// <param name="resumen">The roll-up.</param>
    /// <returns>The read model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resumen"/> is null.</exception>
    public static ResumenLeido Desde(ResumenDeGrupo resumen) => Desde(resumen, version2: true);

    /// <summary>The read model, with the mode only when <paramref name="version2"/>.</summary>
    internal static ResumenLeido Desde(ResumenDeGrupo resumen, bool version2)
    {
        Preconditions.CheckNotNull(resumen, nameof(resumen));
        return new(
            resumen.Agrupacion,
            resumen.Nombre,
            resumen.Actividades,
            resumen.Verdes,
            resumen.Amarillos,
            resumen.Rojos,
            resumen.ConCumplimiento,
            resumen.PorcentajeVerde,
            resumen.CumplimientoPromedio,
            resumen.Color,
            resumen.Promedio,
            version2 ? resumen.Modo : null);
    }

    /// <summary>What the activities were grouped by.</summary>
    public Agrupacion Agrupacion { get; }

    /// <summary>The group's name (the unidad, programa, eje... as text).</summary>
    public string Nombre { get; }

    /// <summary>The number of activities in the group.</summary>
    public int Actividades { get; }

    /// <summary>Activities in green.</summary>
    public int Verdes { get; }

    /// <summary>Activities in yellow.</summary>
    public int Amarillos { get; }

    /// <summary>Activities in red.</summary>
    public int Rojos { get; }

    /// <summary>Activities without a colour.</summary>
    public int SinColor => Actividades - Verdes - Amarillos - Rojos;

    /// <summary>Activities with a cumplimiento (those that entered the mean).</summary>
    public int ConCumplimiento { get; }

    /// <summary>The share of coloured activities that are green, in percent, or null when none has a colour.</summary>
    public decimal? PorcentajeVerde { get; }

    /// <summary>The mean cumplimiento, or null.</summary>
    public decimal? CumplimientoPromedio { get; }

    /// <summary>The group's colour, or null.</summary>
    public Color? Color { get; }

    /// <summary>How the mean was taken.</summary>
    public PromedioDeGrupo Promedio { get; }

    /// <summary>Version 2: how the group's figure and colour were made; null in a version-1 document.</summary>
    public ModoDeResumen? Modo { get; }

    /// <inheritdoc />
    public bool Equals(ResumenLeido? other)
        => other is not null
           && Agrupacion == other.Agrupacion
           && string.Equals(Nombre, other.Nombre, StringComparison.Ordinal)
           && Actividades == other.Actividades
           && Verdes == other.Verdes
           && Amarillos == other.Amarillos
           && Rojos == other.Rojos
           && ConCumplimiento == other.ConCumplimiento
           && PorcentajeVerde == other.PorcentajeVerde
           && CumplimientoPromedio == other.CumplimientoPromedio
           && Color == other.Color
           && Promedio == other.Promedio
           && Modo == other.Modo;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResumenLeido);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = Hash.Combine(Hash.Seed, (int)Agrupacion);
        hash = Hash.Combine(hash, StringComparer.Ordinal.GetHashCode(Nombre));
        hash = Hash.Combine(hash, Actividades);
        hash = Hash.Combine(hash, Verdes);
        return Hash.Combine(hash, CumplimientoPromedio);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(ResumenLeido? left, ResumenLeido? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(ResumenLeido? left, ResumenLeido? right) => !(left == right);

    /// <summary><c>unidadResponsable · Dirección de Enlace Municipal · 6 actividades · amarillo</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
        => $"{FormatoDeResultados.Nombre(Agrupacion)} · {Nombre} · {Actividades} actividades"
           + (Color is { } color ? " · " + FormatoDePlan.NombreDe(color) : string.Empty);
}

/// <summary>
/// The summary of a unidad's reportes as stated by a results document (version 2): on <see cref="Fecha"/>, the programmed
/// months due, those reported, the vencidos and the extemporáneos (<see cref="ReportesDelPlan"/> without its plan).
/// </summary>
/// <remarks>Immutable, with full equality over every field.</remarks>
public sealed class ReportesLeidos : IEquatable<ReportesLeidos>
{
    internal ReportesLeidos(LocalDate fecha, YearMonth ultimoMesCerrado, int debidos, int reportados, int vencidos, int extemporaneos)
    {
        Fecha = fecha;
        UltimoMesCerrado = ultimoMesCerrado;
        Debidos = debidos;
        Reportados = reportados;
        Vencidos = vencidos;
        Extemporaneos = extemporaneos;
    }

    /// <summary>The read model of a plan's reportes.</summary>
    /// <param name="reportes">The reportes of a plan on a date.</param>
    /// <returns>The read model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reportes"/> is null.</exception>
    public static ReportesLeidos Desde(ReportesDelPlan reportes)
    {
        Preconditions.CheckNotNull(reportes, nameof(reportes));
        return new(reportes.Fecha, reportes.UltimoMesCerrado, reportes.Debidos, reportes.Reportados, reportes.Vencidos, reportes.Extemporaneos);
    }

    /// <summary>The date of the picture.</summary>
    public LocalDate Fecha { get; }

    /// <summary>The last month closed on <see cref="Fecha"/> under the closing rule.</summary>
    public YearMonth UltimoMesCerrado { get; }

    /// <summary>Programmed months due (closed), over every activity.</summary>
    public int Debidos { get; }

    /// <summary>Due months with an avance.</summary>
    public int Reportados { get; }

    /// <summary>Due months without avance (<see cref="Debidos"/> − <see cref="Reportados"/>).</summary>
    public int Vencidos { get; }

    /// <summary>Due months whose avance was reported after the month's closing date.</summary>
    public int Extemporaneos { get; }

    /// <inheritdoc />
    public bool Equals(ReportesLeidos? other)
        => other is not null && Fecha == other.Fecha && UltimoMesCerrado == other.UltimoMesCerrado && Debidos == other.Debidos
           && Reportados == other.Reportados && Vencidos == other.Vencidos && Extemporaneos == other.Extemporaneos;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportesLeidos);

    /// <inheritdoc />
    public override int GetHashCode() => Hash.Combine(Hash.Combine(Hash.Combine(Hash.Seed, Fecha.GetHashCode()), Debidos), Vencidos);

    /// <summary>Equality.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(ReportesLeidos? left, ReportesLeidos? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(ReportesLeidos? left, ReportesLeidos? right) => !(left == right);

    /// <summary><c>al 2024-07-10: 12 debidos, 10 reportados, 2 vencidos, 1 extemporáneos</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
        => $"al {FormatoDeAvances.TextoDeFecha(Fecha)}: {Debidos} debidos, {Reportados} reportados, {Vencidos} vencidos, {Extemporaneos} extemporáneos";
}

/// <summary>What version 2 of the results document adds per activity (null or empty in a version-1 document).</summary>
internal struct CamposDeVersion2
{
    internal TipoDeAcumulacion? Tipo;
    internal Frecuencia? Frecuencia;
    internal ConjuntoDeMeses? PeriodosContados;
    internal LineaBase? LineaBase;
    internal decimal? CambioContraLineaBase;
    internal VistaDelPlan? Vista;
    internal Meta? MetaAprobada;
    internal Meta? MetaVigente;
    internal decimal? ProgramadoAprobado;
    internal IReadOnlyList<JustificacionDeAvance>? Justificaciones;
    internal AlertaTemprana? Alerta;
    internal YearMonth? JustificacionFaltante;

    internal static CamposDeVersion2 Desde(in ResultadoDeActividad r) => new()
    {
        Tipo = r.Actividad.Acumulacion,
        Frecuencia = r.Actividad.Frecuencia,
        PeriodosContados = r.PeriodosContados,
        LineaBase = r.Actividad.LineaBase,
        CambioContraLineaBase = r.CambioContraLineaBase,
        Vista = r.Vista,
        MetaAprobada = r.MetaAprobada ?? r.Actividad.Meta,
        MetaVigente = r.MetaVigente ?? r.Actividad.Meta,
        ProgramadoAprobado = r.ProgramadoAprobado,
        Justificaciones = r.Justificaciones,
        Alerta = r.Alerta,
        JustificacionFaltante = r.FaltaJustificacion ? r.MesAJustificar : null,
    };
}
