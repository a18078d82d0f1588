using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Poa.Domain.Internal;

namespace Poa.Domain.Json;

/// <summary>What a read carries along: where it is, and where to keep the fields this version does not know (null: skip them).</summary>
internal sealed class ContextoDeLectura
{
    private List<CampoDesconocido>? desconocidos;

    internal ContextoDeLectura(Ruta ruta, List<CampoDesconocido>? desconocidos)
        : this(ruta, desconocidos is not null)
    {
        this.desconocidos = desconocidos;
    }

    /// <summary>A context that keeps unknown fields when <paramref name="conservar"/>, creating their list only when one appears.</summary>
    internal ContextoDeLectura(Ruta ruta, bool conservar)
    {
        Ruta = ruta;
        Conservar = conservar;
    }

    internal Ruta Ruta { get; }

    /// <summary>
    /// Bytes of the input before the data the reader sees (a byte order mark skipped), added to byte positions in messages;
    /// negative when positions are not known (a converter under <see cref="JsonSerializer"/>, whose reader may see only a
    /// window of a stream): messages then give the path alone.
    /// </summary>
    internal int Desplazamiento { get; set; }

    /// <summary>Whether unknown fields are kept (otherwise skipped).</summary>
    internal bool Conservar { get; }

    /// <summary>The unknown fields kept so far; null when none (or when they are skipped).</summary>
    internal List<CampoDesconocido>? Desconocidos => desconocidos;

    /// <summary>Keeps an unknown field.</summary>
    internal void AgregarDesconocido(CampoDesconocido campo) => (desconocidos ??= new List<CampoDesconocido>()).Add(campo);

    /// <summary>
    /// Prepares the context for the next document of the same input (a JSON Lines file): empty path, no unknown fields.
    /// The memos stay: values are immutable, so documents may share them.
    /// </summary>
    internal void Reiniciar(int linea)
    {
        Ruta.Reiniciar(linea);
        Desplazamiento = 0;
        Version = int.MaxValue;
        desconocidos = null;
    }

    /// <summary>
    /// The version of the document being read, read before its other properties (<see cref="LecturaJson.VersionDeclarada"/>):
    /// properties introduced by a later version are unknown fields in it. <see cref="int.MaxValue"/> (every property known)
    /// for a value read standing alone.
    /// </summary>
    internal int Version { get; set; } = int.MaxValue;

    /// <summary>The axes read (activities of a plan repeat the same few values): reused when the bytes are the same.</summary>
    internal Memo<EjeRector> Ejes { get; } = new();

    /// <summary>The objectives read.</summary>
    internal Memo<ObjetivoEstrategico> Objetivos { get; } = new();

    /// <summary>The programas read.</summary>
    internal Memo<ProgramaPresupuestario> Programas { get; } = new();

    /// <summary>The units read.</summary>
    internal Memo<UnidadDeMedida> Unidades { get; } = new();

    /// <summary>The last alineación read: reused by the next activity when its eje and objetivo are the same values.</summary>
    internal Alineacion? UltimaAlineacion { get; set; }

    /// <summary>The dependencias read (the plans of one file repeat a few).</summary>
    internal Memo<Dependencia> Dependencias { get; } = new();

    /// <summary>The unidades responsables read.</summary>
    internal Memo<UnidadResponsable> UnidadesResponsables { get; } = new();

    /// <summary>A context for a converter called by <see cref="JsonSerializer"/>: absolute only when the value is the whole document.</summary>
    internal static ContextoDeLectura ParaConvertidor(ref Utf8JsonReader reader)
        => new(new Ruta(absoluta: reader.CurrentDepth == 0), null) { Desplazamiento = -1 };
}

/// <summary>
/// Values read before for one kind of text, keyed by their raw UTF-8 bytes: a plan's activities repeat the same axes,
/// objectives, programas and units, and the plans of one file their dependencias, so each distinct text is parsed once
/// per read and the immutable values are shared. A direct-mapped cache whose slot is chosen by a hash of the bytes: a
/// lookup costs one comparison whatever the number of distinct texts. It starts with 8 slots (created at the first value,
/// so a read that never repeats a text pays little) and doubles, up to <see cref="CapacidadMaxima"/>, when two texts land
/// on the same slot; beyond that a collision only costs a parse again. Memory stays bounded.
/// </summary>
internal sealed class Memo<T>
    where T : class
{
    private const int CapacidadInicial = 8;
    private const int CapacidadMaxima = 64;
    private Entrada[]? entradas;

    /// <summary>A value read before, when the reader is on a string with exactly the same raw bytes.</summary>
    internal T? Buscar(ref Utf8JsonReader reader)
    {
        if (entradas is not { } tabla || reader.TokenType != JsonTokenType.String || reader.HasValueSequence)
        {
            return null;
        }

        var bytes = reader.ValueSpan;
        ref var entrada = ref tabla[Hash(bytes) & (tabla.Length - 1)];
        return entrada.Clave is { } clave && bytes.SequenceEqual(clave) ? entrada.Valor : null;
    }

    /// <summary>Remembers <paramref name="nuevo"/> for the string the reader is on.</summary>
    internal T Guardar(ref Utf8JsonReader reader, T nuevo)
    {
        if (reader.HasValueSequence)
        {
            return nuevo;
        }

        var bytes = reader.ValueSpan;
        var hash = Hash(bytes);
        var tabla = entradas ??= new Entrada[CapacidadInicial];
        if (tabla[hash & (tabla.Length - 1)].Clave is not null && tabla.Length < CapacidadMaxima)
        {
            tabla = entradas = Crecer(tabla);
        }

        tabla[hash & (tabla.Length - 1)] = new Entrada(bytes.ToArray(), nuevo);
        return nuevo;
    }

    private static Entrada[] Crecer(Entrada[] tabla)
    {
        var nueva = new Entrada[tabla.Length * 2];
        foreach (var entrada in tabla)
        {
            if (entrada.Clave is { } clave)
            {
                nueva[Hash(clave) & (nueva.Length - 1)] = entrada;
            }
        }

        return nueva;
    }

    /// <summary>A hash of the length and of the bytes at both ends and in the middle (names differ there), not of every byte.</summary>
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var n = bytes.Length;
        var h = (uint)n * 0x9E3779B1u;
        for (var i = 0; i < 4 && i < n; i++)
        {
            h = (h ^ bytes[i]) * 0x01000193u;
            h = (h ^ bytes[n - 1 - i]) * 0x01000193u;
        }

        if (n > 0)
        {
            h = (h ^ bytes[n / 2]) * 0x01000193u;
        }

        return (int)(h ^ (h >> 15));
    }

    private readonly struct Entrada
    {
        internal Entrada(byte[] clave, T valor)
        {
            Clave = clave;
            Valor = valor;
        }

        internal byte[]? Clave { get; }

        internal T? Valor { get; }
    }
}

/// <summary>Reads one element of an array (<see cref="LecturaJson.LeerArreglo{TEstado}"/>) into <paramref name="estado"/>.</summary>
internal delegate void LectorDeElemento<in TEstado>(ref Utf8JsonReader reader, ContextoDeLectura contexto, TEstado estado, int indice);

/// <summary>The JSON names of an enum's members (camelCase, culture-free), computed once; <c>Ninguna</c> of a flags enum excluded.</summary>
internal static class NombresDe<T>
    where T : struct, Enum
{
    internal static readonly (string Nombre, T Valor)[] Nombres = Calcular();

    private static (string Nombre, T Valor)[] Calcular()
    {
        var lista = new List<(string, T)>();
        var banderas = typeof(T).IsDefined(typeof(FlagsAttribute), false);
        foreach (T valor in Enum.GetValues(typeof(T)))
        {
            if (banderas && Convert.ToInt64(valor, System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                continue;
            }

            lista.Add((FormatoDeResultados.Nombre(valor), valor));
        }

        return lista.ToArray();
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

    /// <summary>
    /// The message when the values read make the model's arithmetic overflow (a rate of 1 over 0.0000000000000000000000000001):
    /// an <see cref="ArithmeticException"/> of the model becomes a <see cref="JsonException"/> at the value being read.
    /// </summary>
    internal const string FueraDeRango = "los números de este valor dan un resultado fuera del rango de un decimal de .NET (±7.9 × 10^28, 28 decimales).";

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

        // Only an escaped property name needs a look (rare): the common case costs two field reads, no call.
        if (reader.ValueIsEscaped && reader.TokenType == JsonTokenType.PropertyName)
        {
            ComprobarNombre(ref reader, contexto);
        }
    }

    /// <summary>
    /// Checks the escapes of the property name the reader is on, when it has any (rare: the reader sets a flag): a <c>\u</c>
    /// escape of half a surrogate pair (<c>"\ud800"</c>) is not a character, and System.Text.Json would throw an
    /// <see cref="InvalidOperationException"/> from every later comparison of the name. (Texts are checked where they are
    /// read, <see cref="Cadena"/> and <see cref="TextoEs(ref Utf8JsonReader, ContextoDeLectura, ReadOnlySpan{byte})"/>, so
    /// that the path names the element of an array.)
    /// </summary>
    private static void ComprobarNombre(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var largo = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var prestado = largo > 256 ? ArrayPool<char>.Shared.Rent(largo) : null;
        try
        {
            // Unescaped text is never longer, in UTF-16 code units, than its escaped UTF-8 bytes.
            Span<char> destino = prestado is null ? stackalloc char[256] : prestado;
            reader.CopyString(destino);
        }
        catch (InvalidOperationException e)
        {
            throw TextoInvalido(ref reader, contexto, e);
        }
        finally
        {
            if (prestado is not null)
            {
                ArrayPool<char>.Shared.Return(prestado);
            }
        }
    }

    /// <summary>
    /// Whether the text the reader is on is <paramref name="utf8"/> (<see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/>),
    /// with an escaped half surrogate pair turned into the <see cref="JsonException"/> that says so.
    /// </summary>
    internal static bool TextoEs(ref Utf8JsonReader reader, ContextoDeLectura contexto, ReadOnlySpan<byte> utf8)
        => reader.ValueIsEscaped ? TextoEscapadoEs(ref reader, contexto, utf8) : reader.ValueTextEquals(utf8);

    /// <summary>The comparison of an escaped text, which unescapes it and so may find an escaped half surrogate pair.</summary>
    private static bool TextoEscapadoEs(ref Utf8JsonReader reader, ContextoDeLectura contexto, ReadOnlySpan<byte> utf8)
    {
        try
        {
            return reader.ValueTextEquals(utf8);
        }
        catch (InvalidOperationException e)
        {
            throw TextoInvalido(ref reader, contexto, e);
        }
    }

    /// <summary>Whether the text the reader is on is <paramref name="texto"/>; see <see cref="TextoEs(ref Utf8JsonReader, ContextoDeLectura, ReadOnlySpan{byte})"/>.</summary>
    internal static bool TextoEs(ref Utf8JsonReader reader, ContextoDeLectura contexto, string texto)
    {
        try
        {
            return reader.ValueTextEquals(texto);
        }
        catch (InvalidOperationException e)
        {
            throw TextoInvalido(ref reader, contexto, e);
        }
    }

    /// <summary>
    /// The text of the string or property name the reader is on; bytes that are not UTF-8 (a Latin-1 file) or an escaped
    /// half surrogate pair become a <see cref="JsonException"/> with the path instead of System.Text.Json's
    /// <see cref="InvalidOperationException"/>.
    /// </summary>
    internal static string Cadena(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw TextoInvalido(ref reader, contexto, e);
        }
    }

    /// <summary>The error for a text that is not valid UTF-8 or has an escaped lone surrogate: which byte, or which escape.</summary>
    private static JsonException TextoInvalido(ref Utf8JsonReader reader, ContextoDeLectura contexto, InvalidOperationException e)
    {
        var que = reader.TokenType == JsonTokenType.PropertyName ? "el nombre de una propiedad" : "el texto";
        var bytes = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        int indice;
        try
        {
            _ = Utf8Estricto.GetCharCount(bytes);
            indice = -1;
        }
        catch (System.Text.DecoderFallbackException d)
        {
            indice = Math.Min(Math.Max(0, d.Index), bytes.Length - 1);
        }

        // The token starts at its opening quote; its content one byte later.
        var conocida = contexto.Desplazamiento >= 0;
        var inicio = contexto.Desplazamiento + reader.TokenStartIndex + 1;
        if (indice < 0)
        {
            var donde = conocida ? $" que empieza en la posición {inicio.ToString(CultureInfo.InvariantCulture)} (en bytes, contando desde 0)" : string.Empty;
            return Error(
                contexto,
                $"{que}{donde} tiene un escape de medio par sustituto UTF-16 (\\uD800 a \\uDFFF sin su pareja), que no es ningún carácter.",
                e);
        }

        var posicion = conocida ? $" (posición {(inicio + indice).ToString(CultureInfo.InvariantCulture)} en bytes, contando desde 0)" : string.Empty;
        return Error(
            contexto,
            $"{que} no es UTF-8 válido: el byte 0x{bytes[indice].ToString("X2", CultureInfo.InvariantCulture)}{posicion} "
            + "no forma un carácter. ¿Se guardó el archivo en Latin-1 o Windows-1252? Guárdelo como UTF-8.",
            e);
    }

    private static readonly System.Text.UTF8Encoding Utf8Estricto = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Walks the value the reader is on (its first token) to its last token, checking that every text and property name
    /// in it is a valid string (<see cref="Cadena"/>): a value this version does not know is kept or skipped, but never
    /// with bytes that could not be written back as they were read.
    /// </summary>
    private static void Recorrer(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var ruta = contexto.Ruta;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                _ = Cadena(ref reader, contexto);
                break;
            case JsonTokenType.StartObject:
                Avanzar(ref reader, contexto);
                while (reader.TokenType == JsonTokenType.PropertyName)
                {
                    ruta.Entrar(Cadena(ref reader, contexto));
                    Avanzar(ref reader, contexto);
                    Recorrer(ref reader, contexto);
                    ruta.Salir();
                    Avanzar(ref reader, contexto);
                }

                break;
            case JsonTokenType.StartArray:
                Avanzar(ref reader, contexto);
                for (var i = 0; reader.TokenType != JsonTokenType.EndArray; i++)
                {
                    ruta.Entrar(i);
                    Recorrer(ref reader, contexto);
                    ruta.Salir();
                    Avanzar(ref reader, contexto);
                }

                break;
        }
    }

    /// <summary>
    /// A property this version does not know: kept in the context (with the JSON Pointer of its object) or skipped. Either
    /// way its value is checked (<see cref="Recorrer"/>), so the plan and the document readers accept the same inputs.
    /// </summary>
    internal static void Desconocida(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var nombre = Cadena(ref reader, contexto);
        var puntero = contexto.Conservar ? contexto.Ruta.Puntero() : null;
        contexto.Ruta.Entrar(nombre);
        Avanzar(ref reader, contexto);
        var inicio = reader;
        Recorrer(ref reader, contexto);
        if (contexto.Conservar)
        {
            // The value was read once already, so it is complete and valid: parsing it again from its start cannot fail.
            contexto.AgregarDesconocido(new CampoDesconocido(puntero!, nombre, JsonElement.ParseValue(ref inicio)));
        }

        contexto.Ruta.Salir();
    }

    /// <summary>
    /// The <c>version</c> the object the reader is on declares, wherever it stands in it, read on a copy of the reader (the
    /// reader itself does not move): usually the second property, so this costs a few tokens. <see cref="int.MaxValue"/>
    /// when there is none or it is not a valid version: the read itself then reports the error with its path.
    /// </summary>
    internal static int VersionDeclarada(Utf8JsonReader copia)
    {
        try
        {
            if (copia.TokenType != JsonTokenType.StartObject)
            {
                return int.MaxValue;
            }

            var profundidad = copia.CurrentDepth;
            while (copia.Read() && copia.CurrentDepth > profundidad)
            {
                if (copia.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                var esVersion = copia.ValueTextEquals("version"u8);
                if (!copia.Read())
                {
                    break;
                }

                if (esVersion)
                {
                    return copia.TokenType == JsonTokenType.Number && copia.TryGetInt32(out var version) && version >= 1 ? version : int.MaxValue;
                }

                copia.Skip();
            }
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
        }

        return int.MaxValue;
    }

    /// <summary>Checks that the reader is on the start of an object.</summary>
    internal static void EsperarObjeto(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(contexto, $"se esperaba un objeto ({que}); se encontró {Describir(ref reader, contexto)}.");
        }
    }

    /// <summary>Checks that the reader is on the start of an array.</summary>
    internal static void EsperarArreglo(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(contexto, $"se esperaba un arreglo ({que}); se encontró {Describir(ref reader, contexto)}.");
        }
    }

    /// <summary>Reads a string value.</summary>
    internal static string LeerTexto(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error(contexto, $"se esperaba un texto ({que}); se encontró {Describir(ref reader, contexto)}.");
        }

        return Cadena(ref reader, contexto);
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
            throw Error(contexto, $"se esperaba un número ({que}); se encontró {Describir(ref reader, contexto)}.");
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

    /// <summary>
    /// Reads a JSON number that enters the model (a meta, a month, an avance): not negative, at most <paramref name="maximo"/>
    /// (10^12 by default), with at most 6 decimals (<c>docs/json.md</c>, «Límites»). Exponents are read exactly
    /// (<c>1E3</c>); <c>1e27</c> or <c>1e-27</c> is an error naming the path, never an overflow or a silent rounding.
    /// </summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="contexto">Where the reader is.</param>
    /// <param name="que">What the value is, for messages: «la cantidad de la meta».</param>
    /// <param name="maximo">The largest magnitude.</param>
    /// <param name="positivo">When the value must be above 0, what it is in that message («el denominador»); null when 0 is allowed.</param>
    internal static decimal LeerCantidad(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que, decimal maximo = Limites.MaximaCantidad, string? positivo = null)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Error(contexto, $"se esperaba un número ({que}); se encontró {Describir(ref reader, contexto)}.");
        }

        // Most values are small integers ("1", "100", "1500"): the integer parser is the fast path.
        if (reader.TryGetInt64(out var entero) && entero >= (positivo is null ? 0 : 1) && entero <= maximo)
        {
            return entero;
        }

        var leido = LeerNumero(ref reader, maximo);
        if (positivo is not null && (leido.Negativo || (leido.Ok && leido.Valor == 0m)))
        {
            throw Error(contexto, $"se esperaba un número mayor que cero ({positivo}); se recibió {Crudo(ref reader)}.");
        }

        if (leido.Negativo)
        {
            throw Error(contexto, $"se esperaba un número no negativo ({que}); se recibió {Crudo(ref reader)}.");
        }

        if (!leido.Ok)
        {
            var crudo = Crudo(ref reader);
            throw Error(contexto, $"el número {crudo} ({que}) {LectorDeNumeros.Explicar(leido, crudo, '.', maximo)}");
        }

        return leido.Valor;
    }

    /// <summary>The current JSON number token read by the <see cref="LectorDeNumeros"/> (exponent allowed), without allocating for short numbers.</summary>
    private static NumeroLeido LeerNumero(ref Utf8JsonReader reader, decimal maximo)
    {
        var bytes = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        var caracteres = bytes.Length <= 64 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            caracteres[i] = (char)bytes[i]; // a number token is ASCII
        }

        return LectorDeNumeros.Leer(caracteres, '.', maximo, exponente: true);
    }

    /// <summary>Reads a JSON number that must be an integer in [<paramref name="minimo"/>, <paramref name="maximo"/>].</summary>
    internal static int LeerEntero(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que, int minimo, int maximo)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Error(contexto, $"se esperaba un número entero ({que}); se encontró {Describir(ref reader, contexto)}.");
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

    /// <summary>Reads an array, calling <paramref name="elemento"/> for each element with its index on the path; the reader ends on the <c>]</c>.</summary>
    internal static void LeerArreglo<TEstado>(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que, TEstado estado, LectorDeElemento<TEstado> elemento)
    {
        EsperarArreglo(ref reader, contexto, que);
        Avanzar(ref reader, contexto);
        var indice = 0;
        while (reader.TokenType != JsonTokenType.EndArray)
        {
            contexto.Ruta.Entrar(indice);
            elemento(ref reader, contexto, estado, indice);
            contexto.Ruta.Salir();
            indice++;
            Avanzar(ref reader, contexto);
        }
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    internal static bool LeerBooleano(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que)
        => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Error(contexto, $"se esperaba true o false ({que}); se encontró {Describir(ref reader, contexto)}."),
        };

    /// <summary>Reads a JSON number that may be <c>null</c>, as an exact decimal.</summary>
    internal static decimal? LeerDecimalONulo(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que)
        => reader.TokenType == JsonTokenType.Null ? null : LeerDecimal(ref reader, contexto, que + ", o null");

    /// <summary>Reads the camelCase name of a member of <typeparamref name="T"/> (<c>"sinMetaProgramada"</c>); exact case.</summary>
    internal static T LeerNombre<T>(ref Utf8JsonReader reader, ContextoDeLectura contexto, string que)
        where T : struct, Enum
    {
        var nombres = NombresDe<T>.Nombres;
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var (nombre, valor) in nombres)
            {
                if (TextoEs(ref reader, contexto, nombre))
                {
                    return valor;
                }
            }
        }

        // The list of expected names is built only for the error message, never on the success path.
        var esperado = $"{que}: " + string.Join(", ", System.Linq.Enumerable.Select(nombres, n => "\"" + n.Nombre + "\""));
        throw reader.TokenType != JsonTokenType.String
            ? Error(contexto, $"se esperaba un texto ({esperado}); se encontró {Describir(ref reader, contexto)}.")
            : Error(contexto, $"se esperaba {esperado}; se encontró {Describir(ref reader, contexto)}.");
    }

    /// <summary>
    /// Reads one of three names, compared on the UTF-8 bytes first and then ignoring case; <paramref name="esperado"/>
    /// describes them for the error message.
    /// </summary>
    internal static T LeerUnoDeTres<T>(
        ref Utf8JsonReader reader,
        ContextoDeLectura contexto,
        string esperado,
        (byte[] Utf8, string Nombre, T Valor) primero,
        (byte[] Utf8, string Nombre, T Valor) segundo,
        (byte[] Utf8, string Nombre, T Valor) tercero)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (TextoEs(ref reader, contexto, primero.Utf8))
            {
                return primero.Valor;
            }

            if (TextoEs(ref reader, contexto, segundo.Utf8))
            {
                return segundo.Valor;
            }

            if (TextoEs(ref reader, contexto, tercero.Utf8))
            {
                return tercero.Valor;
            }
        }

        var texto = LeerTexto(ref reader, contexto, esperado);
        foreach (var (_, nombre, valor) in new[] { primero, segundo, tercero })
        {
            if (string.Equals(texto, nombre, StringComparison.OrdinalIgnoreCase))
            {
                return valor;
            }
        }

        throw Error(contexto, $"se esperaba {esperado}; se encontró \"{texto}\".");
    }

    /// <summary>Fails when a required property was not seen.</summary>
    internal static void Exigir(long vistas, long bit, ContextoDeLectura contexto, string nombre, string que)
    {
        if ((vistas & bit) == 0)
        {
            throw Error(contexto, $"falta la propiedad obligatoria «{nombre}» ({que}).");
        }
    }

    /// <summary>
    /// What token the reader is on, in words, for messages. A text that cannot be decoded throws the error that says why
    /// (<see cref="Cadena"/>) instead: that is the first thing wrong with it.
    /// </summary>
    internal static string Describir(ref Utf8JsonReader reader, ContextoDeLectura contexto) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "un objeto",
        JsonTokenType.StartArray => "un arreglo",
        JsonTokenType.String => $"el texto \"{Recortar(Cadena(ref reader, contexto))}\"",
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
