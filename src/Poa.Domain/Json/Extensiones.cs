using System.Collections.Generic;
using System.Text.Json;

namespace Poa.Domain.Json;

/// <summary>The unknown fields of a document grouped by the JSON Pointer of their object, in reading order, for writing them back.</summary>
internal sealed class Extensiones
{
    private readonly Dictionary<string, List<CampoDesconocido>> porObjeto = new(System.StringComparer.Ordinal);

    internal Extensiones(IEnumerable<CampoDesconocido> campos)
    {
        foreach (var campo in campos)
        {
            if (!porObjeto.TryGetValue(campo.Objeto, out var lista))
            {
                lista = new List<CampoDesconocido>();
                porObjeto.Add(campo.Objeto, lista);
            }

            lista.Add(campo);
        }
    }

    /// <summary>Writes, as properties of the object being written, the unknown fields read at <paramref name="puntero"/>.</summary>
    internal void Escribir(Utf8JsonWriter writer, string puntero)
    {
        if (porObjeto.TryGetValue(puntero, out var campos))
        {
            foreach (var campo in campos)
            {
                writer.WritePropertyName(campo.Nombre);
                campo.Valor.WriteTo(writer);
            }
        }
    }
}
