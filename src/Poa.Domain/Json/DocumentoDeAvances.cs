using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Poa.Domain.Internal;

namespace Poa.Domain.Json;

/// <summary>
/// A set of avances as read from (or written to) a JSON document <c>"formato": "poa.avances"</c>: the ejercicio they
/// belong to, optionally the unidad responsable, the avances, the declared <see cref="Version"/> and every field this
/// version does not know (<see cref="CamposDesconocidos"/>), so nothing is lost on read → write.
/// </summary>
/// <remarks>
/// <para>The document is not tied to a plan object; <see cref="ParaElPlan(Plan)"/> validates the avances against one
/// (<see cref="AvancesDelPlan.Create(Plan, IEnumerable{Avance})"/>).</para>
/// <para>Immutable. Not equatable: compare the <see cref="Avances"/>.</para>
/// </remarks>
[JsonConverter(typeof(PoaJsonConverterFactory))]
public sealed class DocumentoDeAvances
{
    private readonly Avance[] avances;
    private readonly CampoDesconocido[] desconocidos;

    /// <summary>A document of the current version with the avances of <paramref name="avances"/>'s plan (ejercicio and unidad responsable from the plan).</summary>
    /// <param name="avances">The plan and its avances.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="avances"/> is null.</exception>
    public DocumentoDeAvances(AvancesDelPlan avances)
        : this(
            Preconditions.CheckNotNull(avances, nameof(avances)).Plan.Ejercicio,
            avances.Plan.UnidadResponsable,
            avances.Avances,
            PoaJson.VersionDeAvances,
            [])
    {
    }

    /// <summary>A document of the current version with <paramref name="avances"/> of <paramref name="ejercicio"/>.</summary>
    /// <param name="ejercicio">The fiscal year every avance belongs to.</param>
    /// <param name="unidadResponsable">The directorate the avances are of, or <c>null</c> to leave it out of the document.</param>
    /// <param name="avances">The avances, in the order they are written.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="avances"/> or one of them is null.</exception>
    /// <exception cref="System.ArgumentException">An avance is of a month outside <paramref name="ejercicio"/>.</exception>
    public DocumentoDeAvances(EjercicioFiscal ejercicio, UnidadResponsable? unidadResponsable, IEnumerable<Avance> avances)
        : this(ejercicio, unidadResponsable, avances, PoaJson.VersionDeAvances, [])
    {
        foreach (var avance in this.avances)
        {
            Preconditions.CheckArgument(
                ejercicio.Contiene(avance.Mes),
                nameof(avances),
                $"El avance «{avance}» no pertenece al ejercicio {ejercicio}.");
        }
    }

    internal DocumentoDeAvances(EjercicioFiscal ejercicio, UnidadResponsable? unidadResponsable, IEnumerable<Avance> avances, int version, IEnumerable<CampoDesconocido> desconocidos)
    {
        Ejercicio = ejercicio;
        UnidadResponsable = unidadResponsable;
        this.avances = Preconditions.CheckNotNull(avances, nameof(avances)).ToArray();
        foreach (var avance in this.avances)
        {
            Preconditions.CheckNotNull(avance, nameof(avances));
        }

        Version = version;
        this.desconocidos = desconocidos.ToArray();
    }

    /// <summary>The fiscal year of every avance.</summary>
    public EjercicioFiscal Ejercicio { get; }

    /// <summary>The unidad responsable, when the document names it (informative).</summary>
    public UnidadResponsable? UnidadResponsable { get; }

    /// <summary>The avances, in document order.</summary>
    public IReadOnlyList<Avance> Avances => avances;

    /// <summary>The format version the document declared; a newer one is written back with its own number.</summary>
    public int Version { get; }

    /// <summary>The fields this version does not know, each with the JSON Pointer of its object (<c>/avances/3</c>).</summary>
    public IReadOnlyList<CampoDesconocido> CamposDesconocidos => desconocidos;

    /// <summary>
    /// Validates and indexes the avances against <paramref name="plan"/>. When the document names a
    /// <see cref="UnidadResponsable"/>, it must be the plan's (compared as <see cref="Poa.Domain.UnidadResponsable"/> compares
    /// names: ignoring case and accents), otherwise the avances are another unit's even if their numbers fit (<c>POA210</c>).
    /// </summary>
    /// <param name="plan">The plan the avances belong to.</param>
    /// <returns>The avances validated and indexed against <paramref name="plan"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="AvancesInvalidosException">The avances are of another unit, or an avance does not fit the plan; the exception lists every problem.</exception>
    public AvancesDelPlan ParaElPlan(Plan plan)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        if (EsDeOtraUnidad(plan) is not { } otraUnidad)
        {
            return AvancesDelPlan.Create(plan, avances);
        }

        var problemas = new List<Diagnostico> { otraUnidad };
        if (!AvancesDelPlan.TryCreate(plan, avances, out _, out var otros))
        {
            problemas.AddRange(otros);
        }

        throw new AvancesInvalidosException(problemas);
    }

    /// <summary>The <c>POA210</c> diagnostic when the document names a unidad responsable other than <paramref name="plan"/>'s; null otherwise.</summary>
    internal Diagnostico? EsDeOtraUnidad(Plan plan)
        => UnidadResponsable is null || UnidadResponsable.Equals(plan.UnidadResponsable)
            ? null
            : CatalogoDeDiagnosticos.AvancesDeOtraUnidad.Crear(
                new Ubicacion(plan.UnidadResponsable.Nombre, propiedad: "unidadResponsable"),
                $"Los avances son de la unidad responsable «{UnidadResponsable}», pero el plan es de «{plan.UnidadResponsable}».");

    internal Extensiones? Extensiones => desconocidos.Length == 0 ? null : new Extensiones(desconocidos);

    /// <summary><c>poa.avances v1 · 2023 · 12 avances</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => $"{PoaJson.FormatoDeAvances} v{Version} · {Ejercicio} · {avances.Length} avances";
}
