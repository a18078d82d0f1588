using System;
using System.Text.Json;
using Poa.Domain.Internal;

namespace Poa.Domain.Json;

/// <summary>
/// A field this version of the library does not know, found while reading a document (typically written by
/// a newer version): where it was, its name and its value, kept so that writing the document back loses nothing.
/// </summary>
/// <remarks>Immutable. <see cref="Valor"/> is a detached copy, independent of the input buffer.</remarks>
public sealed class CampoDesconocido
{
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

    /// <summary><c>/actividades/2 · prioridad = "alta"</c>.</summary>
    public override string ToString() => (Objeto.Length == 0 ? "(documento)" : Objeto) + " · " + Nombre + " = " + Valor.GetRawText();
}
