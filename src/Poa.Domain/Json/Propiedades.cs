using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using static Poa.Domain.Json.LecturaJson;

namespace Poa.Domain.Json;

/// <summary>Reads the value of one property (the reader is on the value) into the state of the object being read.</summary>
internal delegate void LectorDePropiedad<TEstado>(ref Utf8JsonReader reader, ContextoDeLectura contexto, ref TEstado estado)
    where TEstado : struct;

/// <summary>Writes one property of <paramref name="valor"/>: its <paramref name="nombre"/> and its value.</summary>
internal delegate void EscritorDePropiedad<in T>(Utf8JsonWriter writer, JsonEncodedText nombre, T valor, Lugar lugar);

/// <summary>
/// Where an object is being written: the version of the document, and the unknown fields to put back with the JSON
/// Pointer of the object (null pointer: none to put back, and no pointer strings are built).
/// </summary>
internal readonly struct Lugar
{
    private readonly Extensiones? extensiones;
    private readonly string? puntero;

    private Lugar(int version, Extensiones? extensiones, string? puntero)
    {
        Version = version;
        this.extensiones = extensiones;
        this.puntero = puntero;
    }

    /// <summary>The version of the document being written: properties introduced later are not written.</summary>
    internal int Version { get; }

    /// <summary>The place of a document of <paramref name="version"/> with its unknown fields (may be null).</summary>
    internal static Lugar Documento(int version, Extensiones? extensiones) => new(version, extensiones, extensiones is null ? null : string.Empty);

    /// <summary>A value standing alone (a converter's <c>Write</c>): every property, no unknown fields.</summary>
    internal static Lugar Suelto => new(int.MaxValue, null, null);

    /// <summary>The place of the object in property <paramref name="nombre"/>.</summary>
    internal Lugar En(string nombre) => puntero is null ? new(Version, null, null) : new(Version, extensiones, puntero + "/" + nombre);

    /// <summary>The place of element <paramref name="indice"/> of the array at this place.</summary>
    internal Lugar En(int indice)
        => puntero is null ? this : new(Version, extensiones, puntero + "/" + indice.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes the unknown fields read at this place, as properties of the object being written.</summary>
    internal void EscribirDesconocidos(Utf8JsonWriter writer)
    {
        if (puntero is not null)
        {
            extensiones!.Escribir(writer, puntero);
        }
    }
}

/// <summary>
/// One property of a JSON object, described once: its name, how it is read and written, whether it is required, and the
/// version of the format that introduced it (<see cref="Objeto{TEstado, T}"/>).
/// </summary>
internal sealed class Propiedad<TEstado, T>
    where TEstado : struct
{
    internal Propiedad(string nombre, LectorDePropiedad<TEstado> leer, EscritorDePropiedad<T> escribir, string? obligatoria, Func<T, bool>? presente, int version)
    {
        Nombre = nombre;
        Utf8 = Encoding.UTF8.GetBytes(nombre);
        Codificado = JsonEncodedText.Encode(nombre);
        Leer = leer;
        Escribir = escribir;
        Obligatoria = obligatoria;
        Presente = presente;
        Version = version;
    }

    internal string Nombre { get; }

    internal byte[] Utf8 { get; }

    internal JsonEncodedText Codificado { get; }

    internal LectorDePropiedad<TEstado> Leer { get; }

    internal EscritorDePropiedad<T> Escribir { get; }

    /// <summary>For a required property, what is expected (for the message when it is missing); null when optional.</summary>
    internal string? Obligatoria { get; }

    /// <summary>For an optional property, whether a value has it (it is written only then); null: always written.</summary>
    internal Func<T, bool>? Presente { get; }

    /// <summary>The version of the format that introduced the property: a document of an older version does not know it.</summary>
    internal int Version { get; }

    /// <summary>Besides its own version, the version the value needs for what it holds (a plan: that of its activities).</summary>
    internal Func<T, int>? VersionAnidada { get; set; }
}

/// <summary>
/// The table of the properties of one JSON object (an activity, a meta, a plan document...): one row per property, used
/// both to read (one pass over <see cref="Utf8JsonReader"/>, names matched on the UTF-8 bytes, repeated properties and
/// missing required ones reported with their path, unknown ones kept or skipped) and to write (in table order, then the
/// unknown fields read at the same place). Adding a field is one row.
/// </summary>
/// <typeparam name="TEstado">What a read collects before the value is built (a struct, so reading allocates nothing for it).</typeparam>
/// <typeparam name="T">The value written.</typeparam>
internal sealed class Objeto<TEstado, T>
    where TEstado : struct
{
    private readonly string que;
    private Propiedad<TEstado, T>[] propiedades = [];
    private long obligatorias;

    /// <param name="que">What the object is, for «se esperaba un objeto (…)».</param>
    internal Objeto(string que) => this.que = que;

    /// <summary>Adds a required property; <paramref name="esperado"/> says what it holds (for the message when it is missing).</summary>
    internal Objeto<TEstado, T> Obligatoria(string nombre, string esperado, LectorDePropiedad<TEstado> leer, EscritorDePropiedad<T> escribir, int version = 1)
        => Agregar(new Propiedad<TEstado, T>(nombre, leer, escribir, esperado, null, version));

    /// <summary>Adds an optional property, written only when <paramref name="presente"/> (always when null).</summary>
    internal Objeto<TEstado, T> Opcional(string nombre, LectorDePropiedad<TEstado> leer, EscritorDePropiedad<T> escribir, Func<T, bool>? presente = null, int version = 1)
        => Agregar(new Propiedad<TEstado, T>(nombre, leer, escribir, null, presente, version));

    /// <summary>Says that the last property added holds values that may need a newer version (<see cref="VersionPara"/>).</summary>
    internal Objeto<TEstado, T> ConVersionAnidada(Func<T, int> version)
    {
        propiedades[propiedades.Length - 1].VersionAnidada = version;
        return this;
    }

    private Objeto<TEstado, T> Agregar(Propiedad<TEstado, T> propiedad)
    {
        if (propiedades.Length == 63)
        {
            throw new InvalidOperationException("Un objeto admite hasta 63 propiedades.");
        }

        if (propiedad.Obligatoria is not null)
        {
            obligatorias |= 1L << propiedades.Length;
        }

        Array.Resize(ref propiedades, propiedades.Length + 1);
        propiedades[propiedades.Length - 1] = propiedad;
        return this;
    }

    /// <summary>
    /// Reads the object the reader is on into <paramref name="estado"/>; the reader ends on its <c>}</c>. Properties of a
    /// version newer than the document's (<see cref="ContextoDeLectura.Version"/>) are unknown fields there.
    /// </summary>
    /// <returns>The properties seen, one bit per row.</returns>
    internal long Leer(ref Utf8JsonReader reader, ContextoDeLectura contexto, ref TEstado estado)
    {
        EsperarObjeto(ref reader, contexto, que);
        var filas = propiedades;
        var ruta = contexto.Ruta;
        var version = contexto.Version;
        long vistas = 0;
        var siguiente = 0;
        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            var i = Buscar(ref reader, filas, siguiente);
            if (i < 0 || filas[i].Version > version)
            {
                Desconocida(ref reader, contexto);
            }
            else
            {
                var fila = filas[i];
                var bit = 1L << i;
                if ((vistas & bit) != 0)
                {
                    throw Error(contexto, $"la propiedad «{fila.Nombre}» aparece más de una vez.");
                }

                vistas |= bit;
                ruta.Entrar(fila.Nombre);
                Avanzar(ref reader, contexto);
                fila.Leer(ref reader, contexto, ref estado);
                ruta.Salir();
                siguiente = i + 1;
            }

            Avanzar(ref reader, contexto);
        }

        if ((obligatorias & ~vistas) != 0)
        {
            Faltante(vistas, contexto);
        }

        return vistas;
    }

    /// <summary>The row of the property name the reader is on, trying first the row after the last one read (documents follow the table's order).</summary>
    private static int Buscar(ref Utf8JsonReader reader, Propiedad<TEstado, T>[] filas, int siguiente)
    {
        if (siguiente < filas.Length && reader.ValueTextEquals(filas[siguiente].Utf8))
        {
            return siguiente;
        }

        for (var i = 0; i < filas.Length; i++)
        {
            if (i != siguiente && reader.ValueTextEquals(filas[i].Utf8))
            {
                return i;
            }
        }

        return -1;
    }

    private void Faltante(long vistas, ContextoDeLectura contexto)
    {
        for (var i = 0; i < propiedades.Length; i++)
        {
            var fila = propiedades[i];
            if (fila.Obligatoria is not null && (vistas & (1L << i)) == 0 && fila.Version <= contexto.Version)
            {
                throw Error(contexto, $"falta la propiedad obligatoria «{fila.Nombre}» ({fila.Obligatoria}).");
            }
        }
    }

    /// <summary>Writes <paramref name="valor"/> as an object: its properties in table order (those of the place's version), then the unknown fields read there.</summary>
    internal void Escribir(Utf8JsonWriter writer, T valor, Lugar lugar)
    {
        writer.WriteStartObject();
        foreach (var fila in propiedades)
        {
            if (fila.Version <= lugar.Version && (fila.Presente is null || fila.Presente(valor)))
            {
                fila.Escribir(writer, fila.Codificado, valor, lugar);
            }
        }

        lugar.EscribirDesconocidos(writer);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The version <paramref name="valor"/> needs: the newest version of an optional property it has (and of what its
    /// properties hold), at least 1. Written as the document's version, so that a value without anything new stays readable
    /// by consumers of the older version.
    /// </summary>
    internal int VersionPara(T valor)
    {
        var version = 1;
        foreach (var fila in propiedades)
        {
            if (fila.Version > version && fila.Presente is not null && fila.Presente(valor))
            {
                version = fila.Version;
            }

            if (fila.VersionAnidada is { } anidada)
            {
                version = Math.Max(version, anidada(valor));
            }
        }

        return version;
    }
}
