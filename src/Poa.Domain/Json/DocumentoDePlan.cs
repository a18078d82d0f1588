using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Poa.Domain.Internal;

namespace Poa.Domain.Json;

/// <summary>
/// A plan as read from a JSON document: the <see cref="Plan"/>, the format <see cref="Version"/> the document
/// declared, and every field this version of the library does not know (<see cref="CamposDesconocidos"/>), so
/// that a document written by a newer version survives read → write with nothing lost.
/// </summary>
/// <remarks>
/// <para>Read one with <see cref="PoaJson.DeserializeDocumentoDePlan(string, PoaJsonOpciones?)"/>; write it back with
/// <see cref="PoaJson.Serialize(DocumentoDePlan, PoaJsonOpciones?)"/>. Reading a bare <see cref="Plan"/> drops the unknown fields.</para>
/// <para>Immutable. Not equatable: compare the <see cref="Plan"/>s.</para>
/// </remarks>
[JsonConverter(typeof(PoaJsonConverterFactory))]
public sealed class DocumentoDePlan
{
    private readonly CampoDesconocido[] desconocidos;

    /// <summary>A document for <paramref name="plan"/> in the current version, with no unknown fields.</summary>
    /// <param name="plan">The plan.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public DocumentoDePlan(Plan plan)
        : this(plan, PoaJson.VersionDePlan, [])
    {
    }

    internal DocumentoDePlan(Plan plan, int version, IEnumerable<CampoDesconocido> desconocidos)
    {
        Plan = Preconditions.CheckNotNull(plan, nameof(plan));
        Version = version;
        this.desconocidos = desconocidos.ToArray();
    }

    /// <summary>The plan.</summary>
    public Plan Plan { get; }

    /// <summary>
    /// The format version the document declared (<see cref="PoaJson.VersionDePlan"/> for a new document). A document
    /// from a newer version is written back with its own version number, since its fields are kept.
    /// </summary>
    public int Version { get; }

    /// <summary>The fields this version does not know, in reading order, each with the JSON Pointer of its object.</summary>
    public IReadOnlyList<CampoDesconocido> CamposDesconocidos => desconocidos;

    /// <summary>
    /// The same document around another plan (e.g. after editing it), keeping version and unknown fields. Unknown fields
    /// of activities and signatories stay with their <em>position</em> (<c>/actividades/2</c>), so keep the order.
    /// </summary>
    /// <param name="plan">The plan the new document holds.</param>
    /// <returns>A new document with <paramref name="plan"/>, this version and these unknown fields.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public DocumentoDePlan ConPlan(Plan plan) => new(plan, Version, desconocidos);

    internal Extensiones? Extensiones => desconocidos.Length == 0 ? null : new Extensiones(desconocidos);

    /// <summary><c>poa.plan v1 · POA 2023 · ... · 2 campos desconocidos</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => $"{PoaJson.FormatoDePlan} v{Version} · {Plan} · {desconocidos.Length} campos desconocidos";
}
