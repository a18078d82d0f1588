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
        IEnumerable<CampoDesconocido> desconocidos)
    {
        Version = version;
        Ejercicio = ejercicio;
        Corte = corte;
        Dependencia = dependencia;
        UnidadResponsable = unidadResponsable;
        this.actividades = actividades.ToArray();
        this.resumenes = resumenes.ToArray();
        this.desconocidos = desconocidos.ToArray();
    }

    /// <summary>
    /// The document of the current version for <paramref name="resultado"/> (every activity of the plan, at its corte)
    /// and the roll-ups in <paramref name="resumenes"/> (none by default).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="resultado"/> or a roll-up is null.</exception>
    public static DocumentoDeResultados Desde(ResultadoDePlan resultado, IEnumerable<ResumenDeGrupo>? resumenes = null)
    {
        Preconditions.CheckNotNull(resultado, nameof(resultado));
        var plan = resultado.Plan;
        var leidos = new List<ResultadoLeido>(resultado.Resultados.Count);
        foreach (var r in resultado.Resultados)
        {
            leidos.Add(ResultadoLeido.Desde(r));
        }

        var grupos = new List<ResumenLeido>();
        foreach (var resumen in resumenes ?? [])
        {
            grupos.Add(ResumenLeido.Desde(Preconditions.CheckNotNull(resumen, nameof(resumenes))));
        }

        return new DocumentoDeResultados(
            PoaJson.VersionDeResultados,
            plan.Ejercicio,
            resultado.Corte.Mes,
            plan.Dependencia,
            plan.UnidadResponsable,
            leidos,
            grupos,
            []);
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

    /// <summary>The fields this version does not know, each with the JSON Pointer of its object (<c>/actividades/3</c>, <c>/resumenes/0</c>).</summary>
    public IReadOnlyList<CampoDesconocido> CamposDesconocidos => desconocidos;

    internal Extensiones? Extensiones => desconocidos.Length == 0 ? null : new Extensiones(desconocidos);

    /// <summary>The result of activity <paramref name="numero"/>, or null when the document has none.</summary>
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
            || !actividades.SequenceEqual(other.actividades) || !resumenes.SequenceEqual(other.resumenes))
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
    public static bool operator ==(DocumentoDeResultados? left, DocumentoDeResultados? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(DocumentoDeResultados? left, DocumentoDeResultados? right) => !(left == right);

    /// <summary><c>poa.resultados v1 · 2023 · corte 2023-06 · Dirección de Enlace Municipal · 6 actividades</c>.</summary>
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
        SenalesDeEvaluacion senales)
    {
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

    /// <summary>The read model of an evaluator's result.</summary>
    public static ResultadoLeido Desde(in ResultadoDeActividad resultado)
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
            resultado.Senales);

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
           && Senales == other.Senales;

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
    public static bool operator ==(ResultadoLeido? left, ResultadoLeido? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ResultadoLeido? left, ResultadoLeido? right) => !(left == right);

    /// <summary><c>Actividad 2 · evaluada · 66.67% · amarillo</c>.</summary>
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
        PromedioDeGrupo promedio)
    {
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

    /// <summary>The read model of an evaluator's roll-up.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="resumen"/> is null.</exception>
    public static ResumenLeido Desde(ResumenDeGrupo resumen)
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
            resumen.Promedio);
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
           && Promedio == other.Promedio;

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
    public static bool operator ==(ResumenLeido? left, ResumenLeido? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ResumenLeido? left, ResumenLeido? right) => !(left == right);

    /// <summary><c>unidadResponsable · Dirección de Enlace Municipal · 6 actividades · amarillo</c>.</summary>
    public override string ToString()
        => $"{FormatoDeResultados.Nombre(Agrupacion)} · {Nombre} · {Actividades} actividades"
           + (Color is { } color ? " · " + FormatoDePlan.NombreDe(color) : string.Empty);
}
