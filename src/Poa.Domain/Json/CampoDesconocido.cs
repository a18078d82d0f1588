using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Poa.Domain.Internal;

namespace Poa.Domain.Json;

/// <summary>
/// A field this version of the library does not know, found while reading a document (typically written by
/// a newer version): where it was, its name and its value, kept so that writing the document back loses nothing.
/// </summary>
/// <remarks>
/// <para>Immutable. <see cref="Valor"/> is a detached copy, independent of the input buffer. Every text in it is valid
/// (the readers reject a document with bytes that are not UTF-8 or an escaped half surrogate pair), so the field can
/// always be written back.</para>
/// <para>Equality compares the object, the name (ordinally) and the value as the library writes it (compact, with its
/// escaping): two fields that write the same bytes are equal, whatever the spacing or escaping of the text they were read
/// from (<c>[1, 2]</c> and <c>[1,2]</c>, <c>"\u0078"</c> and <c>"x"</c>). Numbers compare as written (<c>1.0</c> is not
/// <c>1</c>), since they are written back as they were read.</para>
/// </remarks>
public sealed class CampoDesconocido : IEquatable<CampoDesconocido>
{
    private string? compacto;

    internal CampoDesconocido(string objeto, string nombre, JsonElement valor)
    {
        Objeto = Preconditions.CheckNotNull(objeto, nameof(objeto));
        Nombre = Preconditions.CheckNotNull(nombre, nameof(nombre));
        Valor = valor.Clone();
    }

    /// <summary>
    /// The JSON Pointer (RFC 6901) of the object that holds the field: <c>""</c> for the document itself,
    /// <c>/actividades/2</c>, <c>/actividades/2/meta</c>, <c>/firmantes/0</c>. Array positions are positions in the document.
    /// </summary>
    public string Objeto { get; }

    /// <summary>The property name.</summary>
    public string Nombre { get; }

    /// <summary>The value, as read.</summary>
    public JsonElement Valor { get; }

    /// <summary>The value as the library writes it, compact: what equality compares and <see cref="ToString"/> shows.</summary>
    internal string Compacto => compacto ??= Compactar(Valor);

    /// <inheritdoc />
    public bool Equals(CampoDesconocido? other)
        => other is not null
           && string.Equals(Objeto, other.Objeto, StringComparison.Ordinal)
           && string.Equals(Nombre, other.Nombre, StringComparison.Ordinal)
           && string.Equals(Compacto, other.Compacto, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CampoDesconocido);

    /// <inheritdoc />
    public override int GetHashCode()
        => Hash.Combine(Hash.Combine(Hash.Combine(Hash.Seed, StringComparer.Ordinal.GetHashCode(Objeto)), StringComparer.Ordinal.GetHashCode(Nombre)), StringComparer.Ordinal.GetHashCode(Compacto));

    /// <summary>Equality.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(CampoDesconocido? left, CampoDesconocido? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(CampoDesconocido? left, CampoDesconocido? right) => !(left == right);

    /// <summary><c>/actividades/2 · prioridad = "alta"</c> (the value compact, as the library writes it).</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => (Objeto.Length == 0 ? "(documento)" : Objeto) + " · " + Nombre + " = " + Compacto;

    /// <summary>
    /// Whether two documents carry the same unknown fields: in each object the same fields in the same order. The order
    /// between objects is not compared: each object's fields are written inside it, so it does not change what is written
    /// (a document-level field read first is written last, after the activities).
    /// </summary>
    internal static bool MismosCampos(IReadOnlyList<CampoDesconocido> a, IReadOnlyList<CampoDesconocido> b)
        => a.Count == b.Count
           && (a.Count == 0
               || a.OrderBy(c => c.Objeto, StringComparer.Ordinal).SequenceEqual(b.OrderBy(c => c.Objeto, StringComparer.Ordinal)));

    private static string Compactar(JsonElement valor)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            valor.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
