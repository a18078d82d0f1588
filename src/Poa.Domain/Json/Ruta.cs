using System;
using System.Globalization;
using System.Text;

namespace Poa.Domain.Json;

/// <summary>
/// The location being read, kept as a stack of segments (property names and array indexes) so that an
/// error can name its JSON path (<c>$.actividades[2].meta.cantidad</c>) and unknown fields their
/// JSON Pointer (<c>/actividades/2/meta</c>). Pushing and popping does not allocate.
/// </summary>
internal sealed class Ruta
{
    private string?[] nombres = new string?[16];
    private int[] indices = new int[16];
    private int cuenta;

    /// <summary>Creates an empty path; <paramref name="prefijo"/> goes before it in messages (e.g. <c>línea 3, </c>).</summary>
    internal Ruta(bool absoluta = true, string prefijo = "")
    {
        EsAbsoluta = absoluta;
        this.prefijo = prefijo;
    }

    /// <summary>Whether the path starts at the root of the document (and may be given as <see cref="System.Text.Json.JsonException.Path"/>).</summary>
    internal bool EsAbsoluta { get; }

    private readonly string prefijo;

    /// <summary>What goes before the path in messages: the given prefix, or <c>Línea n, </c> while reading JSON Lines.</summary>
    internal string Prefijo => Linea > 0 ? $"Línea {Linea.ToString(CultureInfo.InvariantCulture)}, " : prefijo;

    /// <summary>The line of a JSON Lines input being read (1-based), or 0.</summary>
    internal int Linea { get; private set; }

    /// <summary>Empties the path for the next document of the same input, at line <paramref name="linea"/>.</summary>
    internal void Reiniciar(int linea)
    {
        cuenta = 0;
        Linea = linea;
    }

    internal void Entrar(string nombre)
    {
        Crecer();
        nombres[cuenta] = nombre;
        cuenta++;
    }

    internal void Entrar(int indice)
    {
        Crecer();
        nombres[cuenta] = null;
        indices[cuenta] = indice;
        cuenta++;
    }

    internal void Salir() => cuenta--;

    /// <summary>The JSON path, e.g. <c>$.actividades[2].meta</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder("$");
        for (var i = 0; i < cuenta; i++)
        {
            if (nombres[i] is { } nombre)
            {
                if (EsIdentificador(nombre))
                {
                    builder.Append('.').Append(nombre);
                }
                else
                {
                    builder.Append("['").Append(nombre.Replace("'", "\\'")).Append("']");
                }
            }
            else
            {
                builder.Append('[').Append(indices[i].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return builder.ToString();
    }

    /// <summary>The JSON Pointer (RFC 6901) of the current object: <c>""</c> for the root, <c>/actividades/2</c>.</summary>
    internal string Puntero()
    {
        if (cuenta == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < cuenta; i++)
        {
            builder.Append('/');
            if (nombres[i] is { } nombre)
            {
                builder.Append(nombre.Replace("~", "~0").Replace("/", "~1"));
            }
            else
            {
                builder.Append(indices[i].ToString(CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static bool EsIdentificador(string nombre)
    {
        if (nombre.Length == 0)
        {
            return false;
        }

        foreach (var c in nombre)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private void Crecer()
    {
        if (cuenta == nombres.Length)
        {
            Array.Resize(ref nombres, cuenta * 2);
            Array.Resize(ref indices, cuenta * 2);
        }
    }
}
