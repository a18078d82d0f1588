using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Poa.Domain.Internal;

namespace Poa.Domain.Json;

/// <summary>
/// The JSON format of the library, a published contract (<c>docs/json.md</c>, schemas in <c>docs/schema/</c>):
/// reads and writes plans as documents marked <c>"formato": "poa.plan"</c> with a <c>"version"</c>.
/// </summary>
/// <remarks>
/// <para>Names are Spanish camelCase, enums are names, numbers are exact decimals, and nothing depends on the
/// current culture. Bad input throws <see cref="JsonException"/> whose message starts with the JSON path
/// (<c>$.actividades[2].meta.cantidad: se esperaba un número no negativo ...</c>) and whose
/// <see cref="JsonException.Path"/> is that path; the domain's own exception, if any, is the inner exception.</para>
/// <para>Inputs larger than <see cref="PoaJsonOpciones.TamanoMaximo"/> or nested deeper than
/// <see cref="PoaJsonOpciones.ProfundidadMaxima"/> are rejected (in JSON Lines, per line).</para>
/// <para>Input is UTF-8; a byte order mark at the start is skipped. A text or property name with bytes that are not UTF-8 (a
/// Latin-1 file), with an escaped half surrogate pair (<c>"\ud800"</c>), or a .NET string with a lone surrogate char, is a
/// <see cref="JsonException"/> with the path and the position, also inside fields this version does not know: whatever is
/// read can be written back, and read → write → read → write gives the same bytes.</para>
/// <para>Every type of the model also carries its converter (an internal one, named by a
/// <see cref="System.Text.Json.Serialization.JsonConverterAttribute"/> on the type), so <see cref="JsonSerializer"/> with
/// your own options and your own DTOs writes the same shapes with no set-up.</para>
/// </remarks>
public static class PoaJson
{
    /// <summary>The format marker of a plan document: <c>poa.plan</c>.</summary>
    public const string FormatoDePlan = Json.FormatoDePlan.Formato;

    /// <summary>
    /// The lowest version of the plan document this library writes: 1. A plan that uses a field of version 2 (tipo,
    /// frecuencia, línea base, peso, cerradoHasta, modificaciones) is written as version 2. Any version from 1 is read
    /// (newer ones keep their unknown fields).
    /// </summary>
    public const int VersionDePlan = Json.FormatoDePlan.Version;

    /// <summary>The format marker of an avances document: <c>poa.avances</c>.</summary>
    public const string FormatoDeAvances = Json.FormatoDeAvances.Formato;

    /// <summary>The lowest version of the avances document this library writes: 1; version 2 when an avance has a <c>fechaDeReporte</c>.</summary>
    public const int VersionDeAvances = Json.FormatoDeAvances.Version;

    /// <summary>
    /// The source-generated metadata of <see cref="Plan"/> (trimming and AOT safe), for
    /// <c>JsonSerializer.Serialize(plan, PoaJson.InfoDePlan)</c> or a framework that takes a <see cref="JsonTypeInfo{T}"/>.
    /// </summary>
    public static JsonTypeInfo<Plan> InfoDePlan => PoaJsonContext.Default.Plan;

    /// <summary>The source-generated metadata of <see cref="DocumentoDePlan"/> (trimming and AOT safe).</summary>
    public static JsonTypeInfo<DocumentoDePlan> InfoDeDocumentoDePlan => PoaJsonContext.Default.DocumentoDePlan;

    /// <summary>The source-generated metadata of <see cref="DocumentoDeAvances"/> (trimming and AOT safe).</summary>
    public static JsonTypeInfo<DocumentoDeAvances> InfoDeDocumentoDeAvances => PoaJsonContext.Default.DocumentoDeAvances;

    /// <summary>The source-generated metadata of <see cref="DocumentoDeResultados"/> (trimming and AOT safe).</summary>
    public static JsonTypeInfo<DocumentoDeResultados> InfoDeDocumentoDeResultados => PoaJsonContext.Default.DocumentoDeResultados;

    // ------------------------------------------------------------------ writing

    /// <summary>Writes <paramref name="plan"/> as a plan document.</summary>
    /// <param name="plan">The plan to write.</param>
    /// <param name="opciones">The layout of the text (indented or compact); <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The plan document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string Serialize(Plan plan, PoaJsonOpciones? opciones = null)
        => Encoding.UTF8.GetString(SerializeToUtf8Bytes(plan, opciones));

    /// <summary>Writes <paramref name="plan"/> as a plan document in UTF-8.</summary>
    /// <param name="plan">The plan to write.</param>
    /// <param name="opciones">The layout of the text (indented or compact); <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The plan document, in UTF-8 without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(Plan plan, PoaJsonOpciones? opciones = null)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        using var stream = new MemoryStream();
        Serialize(stream, plan, opciones);
        return stream.ToArray();
    }

    /// <summary>Writes <paramref name="plan"/> as a plan document in UTF-8 to <paramref name="destino"/> (left open).</summary>
    /// <param name="destino">The stream to write to; it is left open.</param>
    /// <param name="plan">The plan to write.</param>
    /// <param name="opciones">The layout of the text (indented or compact); <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream destino, Plan plan, PoaJsonOpciones? opciones = null)
    {
        Preconditions.CheckNotNull(destino, nameof(destino));
        Preconditions.CheckNotNull(plan, nameof(plan));
        using var writer = new Utf8JsonWriter(destino, OpcionesDeEscritura(opciones ?? PoaJsonOpciones.Predeterminadas, null));
        JsonSerializer.Serialize(writer, plan, PoaJsonContext.Default.Plan);
    }

    /// <summary>Writes a document back, with its unknown fields and its version (the current one, or the newer one it was read with).</summary>
    /// <param name="documento">The document to write.</param>
    /// <param name="opciones">The layout of the text (indented or compact); <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The plan document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documento"/> is null.</exception>
    public static string Serialize(DocumentoDePlan documento, PoaJsonOpciones? opciones = null)
        => Encoding.UTF8.GetString(SerializeToUtf8Bytes(documento, opciones));

    /// <summary>Writes a document back in UTF-8, with its unknown fields and its version.</summary>
    /// <param name="documento">The document to write.</param>
    /// <param name="opciones">The layout of the text (indented or compact); <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The plan document, in UTF-8 without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documento"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(DocumentoDePlan documento, PoaJsonOpciones? opciones = null)
    {
        return Escribir(Preconditions.CheckNotNull(documento, nameof(documento)), opciones, static (w, d) => JsonSerializer.Serialize(w, d, PoaJsonContext.Default.DocumentoDePlan));
    }

    /// <summary>
    /// Writes several plans as JSON Lines (<c>.jsonl</c>): one complete plan document per line, each ending in <c>\n</c>.
    /// </summary>
    /// <param name="destino">The stream to write to; it is left open.</param>
    /// <param name="planes">The plans, written in this order, one per line.</param>
    /// <exception cref="ArgumentNullException">An argument or a plan is null.</exception>
    public static void SerializePlanes(Stream destino, IEnumerable<Plan> planes)
    {
        Preconditions.CheckNotNull(destino, nameof(destino));
        Preconditions.CheckNotNull(planes, nameof(planes));
        using var writer = new Utf8JsonWriter(destino, OpcionesDeEscritura(PoaJsonOpciones.Predeterminadas, indentado: false));
        foreach (var plan in planes)
        {
            Preconditions.CheckNotNull(plan, nameof(planes));
            Json.FormatoDePlan.EscribirDocumento(writer, plan, VersionDePlan, null);
            writer.Flush();
            writer.Reset();
            destino.WriteByte((byte)'\n');
        }
    }

    /// <summary>Writes several documents as JSON Lines, each with its unknown fields.</summary>
    /// <param name="destino">The stream to write to; it is left open.</param>
    /// <param name="documentos">The documents, written in this order, one per line.</param>
    /// <exception cref="ArgumentNullException">An argument or a document is null.</exception>
    public static void SerializePlanes(Stream destino, IEnumerable<DocumentoDePlan> documentos)
    {
        Preconditions.CheckNotNull(destino, nameof(destino));
        Preconditions.CheckNotNull(documentos, nameof(documentos));
        using var writer = new Utf8JsonWriter(destino, OpcionesDeEscritura(PoaJsonOpciones.Predeterminadas, indentado: false));
        foreach (var documento in documentos)
        {
            Preconditions.CheckNotNull(documento, nameof(documentos));
            Json.FormatoDePlan.EscribirDocumento(writer, documento.Plan, Math.Max(documento.Version, VersionDePlan), documento.Extensiones);
            writer.Flush();
            writer.Reset();
            destino.WriteByte((byte)'\n');
        }
    }

    // ------------------------------------------------------------------ reading

    /// <summary>Reads a plan document; fields this version does not know are skipped (read a <see cref="DocumentoDePlan"/> to keep them).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="opciones">The limits on the input; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The plan read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid plan document, or exceeds the limits; the message names the path and what was expected.</exception>
    public static Plan DeserializePlan(string json, PoaJsonOpciones? opciones = null)
        => DeserializePlan(Utf8(json, opciones ?? PoaJsonOpciones.Predeterminadas), opciones);

    /// <summary>Reads a plan document from UTF-8.</summary>
    /// <param name="utf8Json">The JSON in UTF-8, with or without a byte order mark.</param>
    /// <param name="opciones">The limits on the input; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The plan read.</returns>
    /// <exception cref="JsonException">The data is not a valid plan document, or exceeds the limits.</exception>
    public static Plan DeserializePlan(ReadOnlySpan<byte> utf8Json, PoaJsonOpciones? opciones = null)
        => Leer(utf8Json, opciones ?? PoaJsonOpciones.Predeterminadas, conservar: false).Plan;

    /// <summary>Reads a plan document from a UTF-8 stream (read to its end, up to <see cref="PoaJsonOpciones.TamanoMaximo"/>).</summary>
    /// <param name="origen">The UTF-8 stream, read to its end; it is not closed.</param>
    /// <param name="opciones">The limits on the input; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The plan read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="origen"/> is null.</exception>
    /// <exception cref="JsonException">The data is not a valid plan document, or exceeds the limits.</exception>
    public static Plan DeserializePlan(Stream origen, PoaJsonOpciones? opciones = null)
        => DeserializePlan(LeerTodo(origen, opciones ?? PoaJsonOpciones.Predeterminadas), opciones);

    /// <summary>Reads a plan document keeping its version and every field this version does not know.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="opciones">The limits on the input; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The plan, the version the document declared and its unknown fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid plan document, or exceeds the limits.</exception>
    public static DocumentoDePlan DeserializeDocumentoDePlan(string json, PoaJsonOpciones? opciones = null)
        => DeserializeDocumentoDePlan(Utf8(json, opciones ?? PoaJsonOpciones.Predeterminadas), opciones);

    /// <summary>Reads a plan document from UTF-8 keeping its version and unknown fields.</summary>
    /// <param name="utf8Json">The JSON in UTF-8, with or without a byte order mark.</param>
    /// <param name="opciones">The limits on the input; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The plan, the version the document declared and its unknown fields.</returns>
    /// <exception cref="JsonException">The data is not a valid plan document, or exceeds the limits.</exception>
    public static DocumentoDePlan DeserializeDocumentoDePlan(ReadOnlySpan<byte> utf8Json, PoaJsonOpciones? opciones = null)
        => Leer(utf8Json, opciones ?? PoaJsonOpciones.Predeterminadas, conservar: true);

    /// <summary>Reads a plan document from a UTF-8 stream keeping its version and unknown fields.</summary>
    /// <param name="origen">The UTF-8 stream, read to its end; it is not closed.</param>
    /// <param name="opciones">The limits on the input; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The plan, the version the document declared and its unknown fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="origen"/> is null.</exception>
    /// <exception cref="JsonException">The data is not a valid plan document, or exceeds the limits.</exception>
    public static DocumentoDePlan DeserializeDocumentoDePlan(Stream origen, PoaJsonOpciones? opciones = null)
        => DeserializeDocumentoDePlan(LeerTodo(origen, opciones ?? PoaJsonOpciones.Predeterminadas), opciones);

    /// <summary>
    /// Reads a JSON Lines file of plan documents (one per line; blank lines ignored; a byte order mark at the start
    /// skipped), keeping each one's unknown fields. The limits of <paramref name="opciones"/> apply to each line, not to
    /// the whole input (a file of a thousand plans is read with the defaults); messages start with the line number.
    /// </summary>
    /// <param name="utf8JsonLines">The JSON Lines in UTF-8: one plan document per line.</param>
    /// <param name="opciones">The limits on each line; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The documents, in line order.</returns>
    /// <exception cref="JsonException">A line is not a valid plan document, or exceeds the limits.</exception>
    public static IReadOnlyList<DocumentoDePlan> DeserializePlanes(ReadOnlySpan<byte> utf8JsonLines, PoaJsonOpciones? opciones = null)
    {
        var lector = new LectorDeLineas(opciones ?? PoaJsonOpciones.Predeterminadas);
        var datos = SinBom(utf8JsonLines, out var bom);
        lector.Desplazamiento = bom;
        while (datos.Length > 0)
        {
            var fin = datos.IndexOf((byte)'\n');
            lector.Linea(fin < 0 ? datos : datos.Slice(0, fin));
            datos = fin < 0 ? default : datos.Slice(fin + 1);
        }

        return lector.Documentos;
    }

    /// <summary>
    /// Reads a JSON Lines stream of plan documents to its end, one line at a time: memory holds one line and the documents
    /// read, and <see cref="PoaJsonOpciones.TamanoMaximo"/> limits each line (not the whole stream).
    /// </summary>
    /// <param name="origen">The UTF-8 stream of JSON Lines, read to its end; it is not closed.</param>
    /// <param name="opciones">The limits on each line; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The documents, in line order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="origen"/> is null.</exception>
    /// <exception cref="JsonException">A line is not a valid plan document, or exceeds the limits.</exception>
    public static IReadOnlyList<DocumentoDePlan> DeserializePlanes(Stream origen, PoaJsonOpciones? opciones = null)
    {
        Preconditions.CheckNotNull(origen, nameof(origen));
        var lector = new LectorDeLineas(opciones ?? PoaJsonOpciones.Predeterminadas);
        var buffer = new byte[64 * 1024];
        int inicio = 0, fin = 0, revisado = 0;
        var primera = true;
        while (true)
        {
            if (fin == buffer.Length)
            {
                // Make room: drop the lines already read, or grow for a long line (at most about twice the limit of a line).
                if (inicio > 0)
                {
                    Buffer.BlockCopy(buffer, inicio, buffer, 0, fin - inicio);
                    (fin, revisado, inicio) = (fin - inicio, revisado - inicio, 0);
                }
                else
                {
                    Array.Resize(ref buffer, (int)Math.Min(2L * buffer.Length, MaximoDeUnArreglo));
                }
            }

            var leidos = origen.Read(buffer, fin, buffer.Length - fin);
            if (leidos == 0)
            {
                break;
            }

            fin += leidos;
            if (primera)
            {
                if (fin < 3)
                {
                    continue;
                }

                primera = false;
                _ = SinBom(buffer.AsSpan(0, fin), out var bom);
                inicio = revisado = lector.Desplazamiento = bom;
            }

            int salto;
            while ((salto = Array.IndexOf(buffer, (byte)'\n', revisado, fin - revisado)) >= 0)
            {
                lector.Linea(buffer.AsSpan(inicio, salto - inicio));
                inicio = revisado = salto + 1;
            }

            revisado = fin;
            lector.ComprobarLineaEnCurso(fin - inicio);
        }

        if (primera)
        {
            // Fewer than 3 bytes in all: nothing was read as a line yet.
            return DeserializePlanes(buffer.AsSpan(0, fin), opciones);
        }

        if (fin > inicio)
        {
            lector.Linea(buffer.AsSpan(inicio, fin - inicio));
        }

        return lector.Documentos;
    }

    /// <summary>The largest byte array .NET allocates (<c>Array.MaxLength</c>, which netstandard2.0 lacks).</summary>
    private const int MaximoDeUnArreglo = 0x7FFFFFC7;

    /// <summary>Reads the lines of a JSON Lines input one by one, with one reading context for all of them (its memos are shared).</summary>
    private sealed class LectorDeLineas
    {
        private readonly PoaJsonOpciones opciones;
        private readonly PoaJsonOpciones porLinea;
        private readonly ContextoDeLectura contexto = new(new Ruta(absoluta: true), conservar: true);
        private int linea;

        internal LectorDeLineas(PoaJsonOpciones opciones)
        {
            this.opciones = opciones;
            porLinea = new PoaJsonOpciones { TamanoMaximo = int.MaxValue, ProfundidadMaxima = opciones.ProfundidadMaxima };
        }

        internal List<DocumentoDePlan> Documentos { get; } = new();

        /// <summary>Bytes before the next line's data (a byte order mark), for positions in messages.</summary>
        internal int Desplazamiento { get; set; }

        /// <summary>Reads the next line (without its <c>\n</c>).</summary>
        internal void Linea(ReadOnlySpan<byte> contenido)
        {
            linea++;
            contexto.Reiniciar(linea);
            contexto.Desplazamiento = Desplazamiento;
            Desplazamiento = 0;
            ComprobarTamanoDeLinea(contenido.Length);
            if (!EsBlanco(contenido))
            {
                Documentos.Add(Leer(contenido, porLinea, LectorDeDocumentoDePlan, FormatoDePlan, contexto));
            }
        }

        /// <summary>Fails as soon as the line being read from a stream, not yet complete, exceeds the limit.</summary>
        internal void ComprobarLineaEnCurso(int tamano)
        {
            if (tamano > opciones.TamanoMaximo)
            {
                contexto.Reiniciar(linea + 1);
                ComprobarTamanoDeLinea(tamano);
            }
        }

        private void ComprobarTamanoDeLinea(int tamano)
        {
            if (tamano > opciones.TamanoMaximo)
            {
                throw LecturaJson.Error(
                    contexto,
                    $"la línea mide más de {opciones.TamanoMaximo.ToString(CultureInfo.InvariantCulture)} bytes, el máximo permitido por documento "
                    + "(PoaJsonOpciones.TamanoMaximo; en JSON Lines se aplica a cada línea).");
            }
        }
    }

    // ------------------------------------------------------------------ avances

    /// <summary>Writes the avances of a plan as an avances document (ejercicio and unidad responsable from the plan).</summary>
    /// <param name="avances">The plan and its avances.</param>
    /// <param name="opciones">The layout of the text (indented or compact); <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The avances document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="avances"/> is null.</exception>
    public static string SerializeAvances(AvancesDelPlan avances, PoaJsonOpciones? opciones = null)
        => Serialize(new DocumentoDeAvances(avances), opciones);

    /// <summary>Writes an avances document, with its unknown fields and version.</summary>
    /// <param name="documento">The document to write.</param>
    /// <param name="opciones">The layout of the text (indented or compact); <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The avances document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documento"/> is null.</exception>
    public static string Serialize(DocumentoDeAvances documento, PoaJsonOpciones? opciones = null)
        => Encoding.UTF8.GetString(SerializeToUtf8Bytes(documento, opciones));

    /// <summary>Writes an avances document in UTF-8, with its unknown fields and version.</summary>
    /// <param name="documento">The document to write.</param>
    /// <param name="opciones">The layout of the text (indented or compact); <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The avances document, in UTF-8 without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documento"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(DocumentoDeAvances documento, PoaJsonOpciones? opciones = null)
    {
        return Escribir(Preconditions.CheckNotNull(documento, nameof(documento)), opciones, static (w, d) => JsonSerializer.Serialize(w, d, PoaJsonContext.Default.DocumentoDeAvances));
    }

    /// <summary>Reads an avances document, keeping its version and unknown fields.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="opciones">The limits on the input; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The avances, the version the document declared and its unknown fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid avances document, or exceeds the limits.</exception>
    public static DocumentoDeAvances DeserializeAvances(string json, PoaJsonOpciones? opciones = null)
        => DeserializeAvances(Utf8(json, opciones ?? PoaJsonOpciones.Predeterminadas), opciones);

    /// <summary>Reads an avances document from UTF-8.</summary>
    /// <param name="utf8Json">The JSON in UTF-8, with or without a byte order mark.</param>
    /// <param name="opciones">The limits on the input; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The avances, the version the document declared and its unknown fields.</returns>
    /// <exception cref="JsonException">The data is not a valid avances document, or exceeds the limits.</exception>
    public static DocumentoDeAvances DeserializeAvances(ReadOnlySpan<byte> utf8Json, PoaJsonOpciones? opciones = null)
        => Leer(utf8Json, opciones ?? PoaJsonOpciones.Predeterminadas, Json.FormatoDeAvances.LeerDocumento, "poa.avances");

    /// <summary>Reads an avances document from a UTF-8 stream.</summary>
    /// <param name="origen">The UTF-8 stream, read to its end; it is not closed.</param>
    /// <param name="opciones">The limits on the input; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The avances, the version the document declared and its unknown fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="origen"/> is null.</exception>
    /// <exception cref="JsonException">The data is not a valid avances document, or exceeds the limits.</exception>
    public static DocumentoDeAvances DeserializeAvances(Stream origen, PoaJsonOpciones? opciones = null)
        => DeserializeAvances(LeerTodo(origen, opciones ?? PoaJsonOpciones.Predeterminadas), opciones);

    /// <summary>
    /// Reads an avances document and validates it against <paramref name="plan"/>: a document of another ejercicio (at
    /// <c>$.ejercicio</c>) or of another unidad responsable (at <c>$.unidadResponsable</c>, compared as
    /// <see cref="UnidadResponsable"/> compares names) fails, and so does an avance of an activity or month the plan does not
    /// have, a repeated one, or variables on an acumulable meta, with a <see cref="JsonException"/> at <c>$.avances</c> listing
    /// every problem (the <see cref="AvancesInvalidosException"/> is the inner exception).
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="plan">The plan the avances belong to.</param>
    /// <param name="opciones">The limits on the input; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The avances validated and indexed against <paramref name="plan"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The text is not a valid avances document, does not fit the plan, or exceeds the limits.</exception>
    public static AvancesDelPlan DeserializeAvances(string json, Plan plan, PoaJsonOpciones? opciones = null)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        var documento = DeserializeAvances(json, opciones);
        if (documento.Ejercicio != plan.Ejercicio)
        {
            throw new JsonException($"$.ejercicio: los avances son del ejercicio {documento.Ejercicio}, pero el plan es del {plan.Ejercicio}.", "$.ejercicio", null, null);
        }

        if (documento.EsDeOtraUnidad(plan) is { } otraUnidad)
        {
            throw new JsonException(
                $"$.unidadResponsable: los avances son de la unidad responsable «{documento.UnidadResponsable}», pero el plan es de «{plan.UnidadResponsable}» "
                + $"({otraUnidad.Codigo}; los nombres se comparan sin distinguir mayúsculas ni acentos).",
                "$.unidadResponsable",
                null,
                null,
                new AvancesInvalidosException([otraUnidad]));
        }

        try
        {
            return documento.ParaElPlan(plan);
        }
        catch (AvancesInvalidosException e)
        {
            var problemas = string.Join("; ", System.Linq.Enumerable.Select(e.Diagnosticos, d => d.ToString()));
            throw new JsonException($"$.avances: los avances no corresponden al plan: {problemas}", "$.avances", null, null, e);
        }
    }

    // ------------------------------------------------------------------ results

    /// <summary>The format marker of a results document: <c>poa.resultados</c> (read and written).</summary>
    public const string FormatoDeResultados = Json.FormatoDeResultados.Formato;

    /// <summary>The lowest version of the results document this library writes: 1; version 2 when something needs it (<see cref="DocumentoDeResultados.Desde"/>).</summary>
    public const int VersionDeResultados = Json.FormatoDeResultados.Version;

    /// <summary>
    /// Writes the evaluation of a plan at its corte as a results document: per activity (estado, programado, realizado,
    /// exact and rounded cumplimiento, avance anual, colour, band, formula, months as <c>yyyy-MM</c>, signals) and the
    /// roll-ups given in <paramref name="resumenes"/> (none by default). Same as writing <see cref="DocumentoDeResultados.Desde"/>.
    /// </summary>
    /// <param name="resultado">The evaluation of the plan.</param>
    /// <param name="resumenes">The roll-ups to include, in this order; <c>null</c> for none.</param>
    /// <param name="opciones">The layout of the text (indented or compact); <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The results document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resultado"/> is null.</exception>
    public static string SerializeResultados(ResultadoDePlan resultado, IEnumerable<ResumenDeGrupo>? resumenes = null, PoaJsonOpciones? opciones = null)
        => Encoding.UTF8.GetString(SerializeResultadosToUtf8Bytes(resultado, resumenes, opciones));

    /// <summary>Writes the evaluation of a plan as a results document in UTF-8.</summary>
    /// <param name="resultado">The evaluation of the plan.</param>
    /// <param name="resumenes">The roll-ups to include, in this order; <c>null</c> for none.</param>
    /// <param name="opciones">The layout of the text (indented or compact); <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The results document, in UTF-8 without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resultado"/> is null.</exception>
    public static byte[] SerializeResultadosToUtf8Bytes(ResultadoDePlan resultado, IEnumerable<ResumenDeGrupo>? resumenes = null, PoaJsonOpciones? opciones = null)
        => SerializeToUtf8Bytes(DocumentoDeResultados.Desde(resultado, resumenes), opciones);

    /// <summary>Writes a results document, with its unknown fields and its version (the current one, or the newer one it was read with).</summary>
    /// <param name="documento">The document to write.</param>
    /// <param name="opciones">The layout of the text (indented or compact); <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The results document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documento"/> is null.</exception>
    public static string Serialize(DocumentoDeResultados documento, PoaJsonOpciones? opciones = null)
        => Encoding.UTF8.GetString(SerializeToUtf8Bytes(documento, opciones));

    /// <summary>Writes a results document in UTF-8, with its unknown fields and its version.</summary>
    /// <param name="documento">The document to write.</param>
    /// <param name="opciones">The layout of the text (indented or compact); <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The results document, in UTF-8 without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documento"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(DocumentoDeResultados documento, PoaJsonOpciones? opciones = null)
    {
        return Escribir(Preconditions.CheckNotNull(documento, nameof(documento)), opciones, Json.FormatoDeResultados.EscribirDocumento);
    }

    /// <summary>
    /// Reads a results document (any version from 1; fields this version does not know are kept in
    /// <see cref="DocumentoDeResultados.CamposDesconocidos"/> and written back).
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="opciones">The limits on the input; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The document read, with its version and unknown fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid results document, or exceeds the limits; the message names the path and what was expected.</exception>
    public static DocumentoDeResultados DeserializeResultados(string json, PoaJsonOpciones? opciones = null)
        => DeserializeResultados(Utf8(json, opciones ?? PoaJsonOpciones.Predeterminadas), opciones);

    /// <summary>Reads a results document from UTF-8.</summary>
    /// <param name="utf8Json">The JSON in UTF-8, with or without a byte order mark.</param>
    /// <param name="opciones">The limits on the input; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The document read, with its version and unknown fields.</returns>
    /// <exception cref="JsonException">The data is not a valid results document, or exceeds the limits.</exception>
    public static DocumentoDeResultados DeserializeResultados(ReadOnlySpan<byte> utf8Json, PoaJsonOpciones? opciones = null)
        => Leer(utf8Json, opciones ?? PoaJsonOpciones.Predeterminadas, Json.FormatoDeResultados.LeerDocumento, Json.FormatoDeResultados.Formato);

    /// <summary>Reads a results document from a UTF-8 stream (read to its end, up to <see cref="PoaJsonOpciones.TamanoMaximo"/>).</summary>
    /// <param name="origen">The UTF-8 stream, read to its end; it is not closed.</param>
    /// <param name="opciones">The limits on the input; <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</param>
    /// <returns>The document read, with its version and unknown fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="origen"/> is null.</exception>
    /// <exception cref="JsonException">The data is not a valid results document, or exceeds the limits.</exception>
    public static DocumentoDeResultados DeserializeResultados(Stream origen, PoaJsonOpciones? opciones = null)
        => DeserializeResultados(LeerTodo(origen, opciones ?? PoaJsonOpciones.Predeterminadas), opciones);

    // ------------------------------------------------------------------ plumbing

    /// <summary>
    /// Reads one document in one pass straight from the bytes (not through <see cref="JsonSerializer"/>, which would scan the
    /// value once more before the converter runs and report syntax errors without their path).
    /// </summary>
    private static DocumentoDePlan Leer(ReadOnlySpan<byte> utf8Json, PoaJsonOpciones opciones, bool conservar)
        => Leer(utf8Json, opciones, LectorDeDocumentoDePlan, "poa.plan", new ContextoDeLectura(new Ruta(absoluta: true), conservar));

    private static readonly Lector<DocumentoDePlan> LectorDeDocumentoDePlan = static (ref Utf8JsonReader reader, ContextoDeLectura contexto) =>
    {
        var plan = Json.FormatoDePlan.LeerDocumento(ref reader, contexto, out var version);
        return new DocumentoDePlan(plan, version, (IEnumerable<CampoDesconocido>?)contexto.Desconocidos ?? []);
    };

    private static T Leer<T>(ReadOnlySpan<byte> utf8Json, PoaJsonOpciones opciones, Lector<T> lector, string formato)
        => Leer(utf8Json, opciones, lector, formato, new ContextoDeLectura(new Ruta(absoluta: true), conservar: true));

    private static T Leer<T>(ReadOnlySpan<byte> utf8Json, PoaJsonOpciones opciones, Lector<T> lector, string formato, ContextoDeLectura contexto)
    {
        ComprobarTamano(utf8Json.Length, opciones);
        utf8Json = SinBom(utf8Json, out var bom);
        contexto.Desplazamiento += bom;
        if (utf8Json.Length >= 2 && ((utf8Json[0] == 0xFF && utf8Json[1] == 0xFE) || (utf8Json[0] == 0xFE && utf8Json[1] == 0xFF)))
        {
            throw LecturaJson.Error(contexto, "el documento está en UTF-16 (empieza con su marca de orden de bytes): se espera UTF-8. Guárdelo como UTF-8.");
        }

        if (EsBlanco(utf8Json))
        {
            throw LecturaJson.Error(contexto, $"el documento está vacío: se esperaba un objeto JSON con \"formato\": \"{formato}\".");
        }

        var reader = new Utf8JsonReader(utf8Json, OpcionesDeLectura(opciones));
        LecturaJson.Avanzar(ref reader, contexto);
        T result;
        try
        {
            result = lector(ref reader, contexto);
        }
        catch (ArgumentException e)
        {
            throw LecturaJson.Error(contexto, e.Message, e);
        }
        catch (ArithmeticException e)
        {
            throw LecturaJson.Error(contexto, LecturaJson.FueraDeRango, e);
        }

        ComprobarFin(ref reader, contexto);
        return result;
    }

    /// <summary>Writes one document to a new UTF-8 byte array with the options' layout.</summary>
    private static byte[] Escribir<T>(T documento, PoaJsonOpciones? opciones, Action<Utf8JsonWriter, T> escribir)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, OpcionesDeEscritura(opciones ?? PoaJsonOpciones.Predeterminadas, null)))
        {
            escribir(writer, documento);
        }

        return stream.ToArray();
    }

    private static void ComprobarFin(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        bool mas;
        try
        {
            mas = reader.Read();
        }
        catch (JsonException e)
        {
            throw LecturaJson.Error(contexto, "hay contenido después del documento: " + e.Message, e);
        }

        if (mas)
        {
            throw LecturaJson.Error(contexto, "hay contenido después del documento: se esperaba un solo objeto JSON.");
        }
    }

    private static void ComprobarTamano(long tamano, PoaJsonOpciones opciones)
    {
        if (tamano > opciones.TamanoMaximo)
        {
            throw new JsonException(
                $"$: el documento mide más de {opciones.TamanoMaximo} bytes, el máximo permitido (PoaJsonOpciones.TamanoMaximo).",
                "$",
                null,
                null);
        }
    }

    private static bool EsBlanco(ReadOnlySpan<byte> datos)
    {
        foreach (var b in datos)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The data without the UTF-8 byte order mark (EF BB BF) that Windows editors put at the start of a file; <paramref name="bom"/> is its length, 3 or 0.</summary>
    private static ReadOnlySpan<byte> SinBom(ReadOnlySpan<byte> datos, out int bom)
    {
        bom = datos.Length >= 3 && datos[0] == 0xEF && datos[1] == 0xBB && datos[2] == 0xBF ? 3 : 0;
        return datos.Slice(bom);
    }

    private static readonly UTF8Encoding Utf8Estricto = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The UTF-8 of a document given as a .NET string. A lone surrogate char (half of a pair, e.g. a string cut in the
    /// middle of an emoji) is rejected with its line and column: <see cref="Encoding.UTF8"/> would silently write U+FFFD.
    /// </summary>
    private static byte[] Utf8(string json, PoaJsonOpciones opciones)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        ComprobarTamano(json.Length, opciones);
        try
        {
            return Utf8Estricto.GetBytes(json);
        }
        catch (EncoderFallbackException e)
        {
            var indice = Math.Max(0, Math.Min(e.Index, json.Length - 1));
            var linea = 1;
            var inicioDeLinea = 0;
            for (var i = 0; i < indice; i++)
            {
                if (json[i] == '\n')
                {
                    linea++;
                    inicioDeLinea = i + 1;
                }
            }

            throw new JsonException(
                $"$: el texto tiene medio par sustituto UTF-16 (U+{(int)json[indice]:X4}, sin su pareja) en la línea {linea.ToString(CultureInfo.InvariantCulture)}, "
                + $"columna {(indice - inicioDeLinea + 1).ToString(CultureInfo.InvariantCulture)}: no es ningún carácter y no puede leerse sin perderlo.",
                "$",
                linea - 1,
                Encoding.UTF8.GetByteCount(json.Substring(inicioDeLinea, indice - inicioDeLinea)),
                e);
        }
    }

    private static byte[] LeerTodo(Stream origen, PoaJsonOpciones opciones)
    {
        Preconditions.CheckNotNull(origen, nameof(origen));
        using var memoria = new MemoryStream();
        var buffer = new byte[81920];
        int leidos;
        while ((leidos = origen.Read(buffer, 0, buffer.Length)) > 0)
        {
            ComprobarTamano(memoria.Length + leidos, opciones);
            memoria.Write(buffer, 0, leidos);
        }

        return memoria.ToArray();
    }

    private static JsonReaderOptions OpcionesDeLectura(PoaJsonOpciones opciones) => new()
    {
        MaxDepth = opciones.ProfundidadMaxima,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private static JsonWriterOptions OpcionesDeEscritura(PoaJsonOpciones opciones, bool? indentado) => new()
    {
        Indented = indentado ?? opciones.Indentado,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER || NETSTANDARD2_0
        NewLine = "\n",
#endif
    };
}
