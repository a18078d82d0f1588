using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using static Poa.Domain.Json.LecturaJson;

namespace Poa.Domain.Json;

/// <summary>The state of a document being read: its declared version.</summary>
internal interface IEstadoDeDocumento
{
    int Version { get; set; }
}

/// <summary>The state of a document that names who is responsible for a plan (plan and results documents).</summary>
internal interface IConResponsables
{
    Dependencia? Dependencia { get; set; }

    UnidadResponsable? Unidad { get; set; }
}

/// <summary>Rows that several documents share (<see cref="Objeto{TEstado, T}"/>): the header, the fiscal year, who is responsible.</summary>
internal static class Comunes
{
    /// <summary>The rows <c>formato</c> (which must be <paramref name="formato"/>) and <c>version</c> (written as the place's version) every document starts with.</summary>
    internal static Objeto<TEstado, T> Encabezado<TEstado, T>(this Objeto<TEstado, T> objeto, string formato)
        where TEstado : struct, IEstadoDeDocumento
    {
        var utf8 = Encoding.UTF8.GetBytes(formato);
        var codificado = JsonEncodedText.Encode(formato);
        return objeto
            .Obligatoria(
                "formato",
                $"el marcador \"{formato}\"",
                (ref Utf8JsonReader r, ContextoDeLectura c, ref TEstado _) =>
                {
                    if (r.TokenType != JsonTokenType.String || !TextoEs(ref r, c, utf8))
                    {
                        throw Error(c, $"se esperaba el marcador de formato \"{formato}\"; se encontró {Describir(ref r, c)}.");
                    }
                },
                (w, n, _, _) => w.WriteString(n, codificado))
            .Obligatoria(
                "version",
                "la versión del formato, un entero desde 1",
                static (ref Utf8JsonReader r, ContextoDeLectura c, ref TEstado e) => e.Version = LeerEntero(ref r, c, "la versión del formato", 1, int.MaxValue),
                static (w, n, _, l) => w.WriteNumber(n, l.Version));
    }

    /// <summary>The rows <c>dependencia</c> and <c>unidadResponsable</c>, required texts.</summary>
    internal static Objeto<TEstado, T> Responsables<TEstado, T>(this Objeto<TEstado, T> objeto, Func<T, Dependencia> dependencia, Func<T, UnidadResponsable> unidad)
        where TEstado : struct, IConResponsables
        => objeto
            .Obligatoria(
                "dependencia",
                "el nombre de la secretaría",
                static (ref Utf8JsonReader r, ContextoDeLectura c, ref TEstado e) => e.Dependencia = c.Dependencias.Buscar(ref r) ?? c.Dependencias.Guardar(ref r, new Dependencia(LeerTextoNoVacio(ref r, c, "el nombre de la dependencia"))),
                (w, n, v, _) => w.WriteString(n, dependencia(v).Nombre))
            .Obligatoria(
                "unidadResponsable",
                "el nombre de la dirección",
                static (ref Utf8JsonReader r, ContextoDeLectura c, ref TEstado e) => e.Unidad = c.UnidadesResponsables.Buscar(ref r) ?? c.UnidadesResponsables.Guardar(ref r, new UnidadResponsable(LeerTextoNoVacio(ref r, c, "el nombre de la unidad responsable"))),
                (w, n, v, _) => w.WriteString(n, unidad(v).Nombre));

    /// <summary>Reads an array of values read by <paramref name="elemento"/> (each with its index on the path) into a new list.</summary>
    internal static List<TElemento> LeerLista<TElemento>(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que, Lector<TElemento> elemento)
    {
        var lista = new List<TElemento>();
        LeerArreglo(ref reader, contexto, que, (lista, elemento), static (ref Utf8JsonReader r, ContextoDeLectura c, (List<TElemento> Lista, Lector<TElemento> Elemento) e, int _) => e.Lista.Add(e.Elemento(ref r, c)));
        return lista;
    }

    /// <summary>Writes the property <paramref name="nombre"/> as an array of <paramref name="valores"/>, each written by <paramref name="elemento"/> at its place.</summary>
    internal static void EscribirLista<TElemento>(Utf8JsonWriter writer, JsonEncodedText nombre, IReadOnlyList<TElemento> valores, Lugar lugar, Action<Utf8JsonWriter, TElemento, Lugar> elemento)
    {
        writer.WritePropertyName(nombre);
        writer.WriteStartArray();
        for (var i = 0; i < valores.Count; i++)
        {
            elemento(writer, valores[i], lugar.En(i));
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the property as a number without trailing zeros, or <c>null</c>.</summary>
    internal static void NumeroONulo(Utf8JsonWriter writer, JsonEncodedText nombre, decimal? valor)
    {
        if (valor is { } v)
        {
            writer.WriteNumber(nombre, FormatoDePlan.Canonico(v));
        }
        else
        {
            writer.WriteNull(nombre);
        }
    }

    /// <summary>Writes the property as a colour name, or <c>null</c>.</summary>
    internal static void ColorONulo(Utf8JsonWriter writer, JsonEncodedText nombre, Color? color)
    {
        if (color is { } c)
        {
            writer.WriteString(nombre, FormatoDePlan.NombreDe(c));
        }
        else
        {
            writer.WriteNull(nombre);
        }
    }
}
