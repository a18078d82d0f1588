using System.Text.Json.Serialization;

namespace Poa.Domain.Json;

/// <summary>
/// The source-generated metadata behind <see cref="PoaJson"/> (trimming and AOT safe). Internal: a public context
/// would put generated members, different per target framework, into the public API. Each type's contract lives in
/// its converter, attached to the type, so the generated code only wires the converters in.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Plan))]
[JsonSerializable(typeof(DocumentoDePlan))]
[JsonSerializable(typeof(DocumentoDeAvances))]
internal sealed partial class PoaJsonContext : JsonSerializerContext
{
}
