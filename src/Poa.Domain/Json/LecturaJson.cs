using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Poa.Domain.Json;

/// <summary>What a read carries along: where it is, and where to keep the fields this version does not know (null: skip them).</summary>
internal sealed class ContextoDeLectura
{
    internal ContextoDeLectura(Ruta ruta, List<CampoDesconocido>? desconocidos)
    {
        Ruta = ruta;
        Desconocidos = desconocidos;
    }

    internal Ruta Ruta { get; }

    internal List<CampoDesconocido>? Desconocidos { get; }

    /// <summary>The last axis read (activities of a plan repeat the same few values): reused when the bytes are the same.</summary>
    internal Memo<EjeRector> Ejes { get; } = new();

    /// <summary>The last objective read.</summary>
    internal Memo<ObjetivoEstrategico> Objetivos { get; } = new();

    /// <summary>The last programa read.</summary>
    internal Memo<ProgramaPresupuestario> Programas { get; } = new();

    /// <summary>The last unit read.</summary>
    internal Memo<UnidadDeMedida> Unidades { get; } = new();

    /// <summary>A context for a converter called by <see cref="JsonSerializer"/>: absolute only when the value is the whole document.</summary>
    internal static ContextoDeLectura ParaConvertidor(ref Utf8JsonReader reader)
        => new(new Ruta(absoluta: reader.CurrentDepth == 0), null);
}

/// <summary>
/// The last value read for one kind of text, keyed by its raw UTF-8 bytes: a plan's activities repeat the same axis,
/// objective, programa and unit, and immutable values can be shared, so each distinct text is parsed once per read.
/// </summary>
internal sealed class Memo<T>
    where T : class
{
    private byte[]? clave;
    private T? valor;

    /// <summary>The value read last, when the reader is on a string with exactly the same raw bytes.</summary>
    internal T? Buscar(ref Utf8JsonReader reader)
        => clave is not null && reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && reader.ValueSpan.SequenceEqual(clave)
            ? valor
            : null;

    /// <summary>Remembers <paramref name="nuevo"/> for the string the reader is on.</summary>
    internal T Guardar(ref Utf8JsonReader reader, T nuevo)
    {
        if (!reader.HasValueSequence)
        {
            clave = reader.ValueSpan.ToArray();
            valor = nuevo;
        }

        return nuevo;
    }
}

/// <summary>Reading helpers: every failure becomes a <see cref="JsonException"/> that names the JSON path and what was expected, in Spanish.</summary>
internal static class LecturaJson
{
    /// <summary>Builds the error: the message starts with the path; <see cref="JsonException.Path"/> is set when the path is absolute.</summary>
    internal static JsonException Error(ContextoDeLectura contexto, string mensaje, Exception? interna = null)
    {
        var ruta = contexto.Ruta;
        var textoRuta = ruta.ToString();
        var completo = ruta.EsAbsoluta
            ? $"{ruta.Prefijo}{textoRuta}: {mensaje}"
            : $"{ruta.Prefijo}{textoRuta} (relativa al valor leído): {mensaje}";
        return ruta.EsAbsoluta
            ? new JsonException(completo, textoRuta, null, null, interna)
            : new JsonException(completo, interna);
    }

    /// <summary>Advances the reader; a syntax error or the end of the data becomes a Spanish <see cref="JsonException"/> with the path.</summary>
    internal static void Avanzar(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        bool leido;
        try
        {
            leido = reader.Read();
        }
        catch (JsonException e)
        {
            throw Error(contexto, "el texto no es JSON válido: " + e.Message, e);
        }

        if (!leido)
        {
            throw Error(contexto, "el documento termina antes de tiempo: falta cerrar un objeto o un arreglo.");
        }
    }

    /// <summary>Skips the current value (the reader is on its first token).</summary>
    internal static void Saltar(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        bool saltado;
        try
        {
            saltado = reader.TrySkip();
        }
        catch (JsonException e)
        {
            throw Error(contexto, "el texto no es JSON válido: " + e.Message, e);
        }

        if (!saltado)
        {
            throw Error(contexto, "el documento termina antes de tiempo: falta cerrar un objeto o un arreglo.");
        }
    }

    /// <summary>A property this version does not know: kept in the context (with the JSON Pointer of its object) or skipped.</summary>
    internal static void Desconocida(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var nombre = reader.GetString()!;
        var puntero = contexto.Desconocidos is null ? null : contexto.Ruta.Puntero();
        contexto.Ruta.Entrar(nombre);
        Avanzar(ref reader, contexto);
        if (contexto.Desconocidos is null)
        {
            Saltar(ref reader, contexto);
        }
        else
        {
            JsonElement valor;
            try
            {
                valor = JsonElement.ParseValue(ref reader);
            }
            catch (JsonException e)
            {
                throw Error(contexto, "el texto no es JSON válido: " + e.Message, e);
            }

            contexto.Desconocidos.Add(new CampoDesconocido(puntero!, nombre, valor));
        }

        contexto.Ruta.Salir();
    }

    /// <summary>Checks that the reader is on the start of an object.</summary>
    internal static void EsperarObjeto(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(contexto, $"se esperaba un objeto ({que}); se encontró {Describir(ref reader)}.");
        }
    }

    /// <summary>Checks that the reader is on the start of an array.</summary>
    internal static void EsperarArreglo(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(contexto, $"se esperaba un arreglo ({que}); se encontró {Describir(ref reader)}.");
        }
    }

    /// <summary>Reads a string value.</summary>
    internal static string LeerTexto(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error(contexto, $"se esperaba un texto ({que}); se encontró {Describir(ref reader)}.");
        }

        return reader.GetString()!;
    }

    /// <summary>Reads a string value that may be <c>null</c>.</summary>
    internal static string? LeerTextoONulo(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que)
        => reader.TokenType == JsonTokenType.Null ? null : LeerTexto(ref reader, contexto, que);

    /// <summary>Reads a text that must not be blank.</summary>
    internal static string LeerTextoNoVacio(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que)
    {
        var texto = LeerTexto(ref reader, contexto, que);
        if (string.IsNullOrWhiteSpace(texto))
        {
            throw Error(contexto, $"se esperaba un texto no vacío ({que}).");
        }

        return texto;
    }

    /// <summary>Reads a JSON number as an exact decimal.</summary>
    internal static decimal LeerDecimal(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Error(contexto, $"se esperaba un número ({que}); se encontró {Describir(ref reader)}.");
        }

        // Most values are small integers ("1", "100", "1500"): the integer parser is much faster and gives the same decimal.
        if (reader.TryGetInt64(out var entero))
        {
            return entero;
        }

        if (!reader.TryGetDecimal(out var valor))
        {
            throw Error(contexto, $"el número {Crudo(ref reader)} ({que}) no cabe en un decimal de .NET.");
        }

        return valor;
    }

    /// <summary>Reads a JSON number that must be a non-negative decimal.</summary>
    internal static decimal LeerDecimalNoNegativo(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que)
    {
        var valor = LeerDecimal(ref reader, contexto, que);
        if (valor < 0m)
        {
            throw Error(contexto, $"se esperaba un número no negativo ({que}); se recibió {Crudo(ref reader)}.");
        }

        return valor;
    }

    /// <summary>Reads a JSON number that must be an integer in [<paramref name="minimo"/>, <paramref name="maximo"/>].</summary>
    internal static int LeerEntero(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que, int minimo, int maximo)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Error(contexto, $"se esperaba un número entero ({que}); se encontró {Describir(ref reader)}.");
        }

        if (!reader.TryGetInt32(out var valor))
        {
            throw Error(contexto, $"se esperaba un número entero ({que}); se encontró {Crudo(ref reader)}.");
        }

        if (valor < minimo || valor > maximo)
        {
            var rango = maximo == int.MaxValue ? $"desde {minimo}" : $"de {minimo} a {maximo}";
            throw Error(contexto, $"se esperaba un entero {rango} ({que}); se recibió {valor}.");
        }

        return valor;
    }

    /// <summary>Marks a property as seen; a repeated property is an error (JSON allows it, a contract should not).</summary>
    internal static void Marcar(ref int vistas, int bit, ContextoDeLectura contexto, string nombre)
    {
        if ((vistas & bit) != 0)
        {
            throw Error(contexto, $"la propiedad «{nombre}» aparece más de una vez.");
        }

        vistas |= bit;
    }

    /// <summary>Fails when a required property was not seen.</summary>
    internal static void Exigir(int vistas, int bit, ContextoDeLectura contexto, string nombre, string que)
    {
        if ((vistas & bit) == 0)
        {
            throw Error(contexto, $"falta la propiedad obligatoria «{nombre}» ({que}).");
        }
    }

    /// <summary>What token the reader is on, in words, for messages.</summary>
    internal static string Describir(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "un objeto",
        JsonTokenType.StartArray => "un arreglo",
        JsonTokenType.String => $"el texto \"{Recortar(reader.GetString() ?? string.Empty)}\"",
        JsonTokenType.Number => $"el número {Crudo(ref reader)}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => reader.TokenType.ToString(),
    };

    private static string Crudo(ref Utf8JsonReader reader)
    {
        var bytes = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        return Recortar(System.Text.Encoding.UTF8.GetString(bytes));
    }

    private static string Recortar(string texto) => texto.Length <= 60 ? texto : texto.Substring(0, 57) + "...";
}
