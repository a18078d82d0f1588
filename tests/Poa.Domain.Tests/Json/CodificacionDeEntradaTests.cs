using System.Text;
using System.Text.Json;
using Poa.Domain.Json;
using Poa.Domain.Testing;

namespace Poa.Domain.Tests.Json;

/// <summary>
/// The text encoding of what every <see cref="PoaJson"/> reader (and every converter) is given: bytes that are not UTF-8
/// (a Latin-1 file), escaped halves of a surrogate pair (<c>"\ud800"</c>) in values, property names and unknown fields,
/// lone surrogates in a .NET string, a UTF-8 byte order mark, a UTF-16 file. Never an <see cref="InvalidOperationException"/>:
/// a <see cref="JsonException"/> with the path and a Spanish message, or the document read.
/// </summary>
public class CodificacionDeEntradaTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The three documents of the format, compact, as bytes (the dependencia or unidad holds «í»/«ó» for the Latin-1 case).</summary>
    public static TheoryData<string> Documentos => new() { "plan", "avances", "resultados" };

    /// <summary>Every reader of a document of that kind, from bytes: span, stream, JSON Lines (plans) and JsonSerializer.</summary>
    private static IEnumerable<(string Nombre, Func<byte[], object?> Leer)> Lectores(string documento) => documento switch
    {
        "plan" =>
        [
            ("DeserializePlan(bytes)", b => PoaJson.DeserializePlan(b)),
            ("DeserializePlan(stream)", b => PoaJson.DeserializePlan(new MemoryStream(b))),
            ("DeserializeDocumentoDePlan(bytes)", b => PoaJson.DeserializeDocumentoDePlan(b)),
            ("DeserializeDocumentoDePlan(stream)", b => PoaJson.DeserializeDocumentoDePlan(new MemoryStream(b))),
            ("DeserializePlanes(bytes)", b => PoaJson.DeserializePlanes(b)),
            ("DeserializePlanes(stream)", b => PoaJson.DeserializePlanes(new MemoryStream(b))),
            ("JsonSerializer Plan", b => JsonSerializer.Deserialize(b, PoaJson.InfoDePlan)),
            ("JsonSerializer DocumentoDePlan", b => JsonSerializer.Deserialize(b, PoaJson.InfoDeDocumentoDePlan)),
        ],
        "avances" =>
        [
            ("DeserializeAvances(bytes)", b => PoaJson.DeserializeAvances(b)),
            ("DeserializeAvances(stream)", b => PoaJson.DeserializeAvances(new MemoryStream(b))),
            ("JsonSerializer DocumentoDeAvances", b => JsonSerializer.Deserialize(b, PoaJson.InfoDeDocumentoDeAvances)),
        ],
        _ =>
        [
            ("DeserializeResultados(bytes)", b => PoaJson.DeserializeResultados(b)),
            ("DeserializeResultados(stream)", b => PoaJson.DeserializeResultados(new MemoryStream(b))),
            ("JsonSerializer DocumentoDeResultados", b => JsonSerializer.Deserialize(b, PoaJson.InfoDeDocumentoDeResultados)),
        ],
    };

    /// <summary>Every reader of a document of that kind, from a .NET string.</summary>
    private static IEnumerable<(string Nombre, Func<string, object?> Leer)> LectoresDeTexto(string documento) => documento switch
    {
        "plan" =>
        [
            ("DeserializePlan(string)", t => PoaJson.DeserializePlan(t)),
            ("DeserializeDocumentoDePlan(string)", t => PoaJson.DeserializeDocumentoDePlan(t)),
            ("JsonSerializer Plan", t => JsonSerializer.Deserialize(t, PoaJson.InfoDePlan)),
        ],
        "avances" =>
        [
            ("DeserializeAvances(string)", t => PoaJson.DeserializeAvances(t)),
            ("DeserializeAvances(string, plan)", t => PoaJson.DeserializeAvances(t, AvancesDeEjemplo.EnlaceMunicipal.Plan)),
        ],
        _ => [("DeserializeResultados(string)", t => PoaJson.DeserializeResultados(t))],
    };

    private static string Texto(string documento) => documento switch
    {
        "plan" => PoaJson.Serialize(PlanesDeEjemplo.EnlaceMunicipal, new PoaJsonOpciones { Indentado = false }),
        "avances" => PoaJson.SerializeAvances(AvancesDeEjemplo.EnlaceMunicipal, new PoaJsonOpciones { Indentado = false }),
        _ => PoaJson.SerializeResultados(
            EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.EnlaceMunicipal, AvancesDeEjemplo.Corte),
            opciones: new PoaJsonOpciones { Indentado = false }),
    };

    /// <summary>The document with an unknown field first: <c>{"x": ..., "formato": ...</c>.</summary>
    private static string ConCampo(string documento, string campo) => "{" + campo + "," + Texto(documento).Substring(1);

    private static byte[] Utf8(string texto) => Encoding.UTF8.GetBytes(texto);

    /// <summary>Replaces the first occurrence of <paramref name="ascii"/> in <paramref name="bytes"/> by the bytes given.</summary>
    private static byte[] Reemplazar(byte[] bytes, string ascii, params byte[] por)
    {
        var buscado = Encoding.ASCII.GetBytes(ascii);
        var i = bytes.AsSpan().IndexOf(buscado);
        i.Should().BeGreaterThanOrEqualTo(0, "the document must contain «{0}»", ascii);
        return [.. bytes.Take(i), .. por, .. bytes.Skip(i + buscado.Length)];
    }

    /// <summary>
    /// Every reader of <paramref name="documento"/> fails on <paramref name="bytes"/> with a JsonException at <paramref name="ruta"/>
    /// whose message is <c>ruta: mensaje</c> (<c>Línea 1, ruta: mensaje</c> for JSON Lines; without the byte position under JsonSerializer).
    /// </summary>
    private static void TodosFallan(string documento, byte[] bytes, string ruta, string mensaje)
    {
        foreach (var (nombre, leer) in Lectores(documento))
        {
            var act = () => leer(bytes);
            var linea = nombre.StartsWith("DeserializePlanes", StringComparison.Ordinal) ? "Línea 1, " : string.Empty;
            if (nombre.StartsWith("JsonSerializer", StringComparison.Ordinal))
            {
                // Under JsonSerializer the reader may see only a window of a stream: the path, what is wrong, no byte position.
                act.Should().ThrowExactly<JsonException>(nombre)
                    .Where(e => e.Path == ruta && !e.Message.Contains("posición", StringComparison.Ordinal), nombre)
                    .WithMessage(ruta + ": " + (mensaje.Contains("sustituto", StringComparison.Ordinal) ? "*medio par sustituto*" : "*no es UTF-8 válido*"), nombre);
                continue;
            }

            act.Should().ThrowExactly<JsonException>(nombre)
                .Where(e => e.Path == ruta, nombre)
                .WithMessage(linea + ruta + ": " + mensaje, nombre);
        }
    }

    [Theory]
    [MemberData(nameof(Documentos))]
    public void EscapeDeSustitutoSolo_EnUnValor_EsJsonExceptionConRuta(string documento)
    {
        var bytes = Utf8(Texto(documento).Replace("\"formato\":\"", "\"formato\":\"\\ud800", StringComparison.Ordinal));

        TodosFallan(documento, bytes, "$.formato", "el texto que empieza en la posición * tiene un escape de medio par sustituto UTF-16 (\\uD800 a \\uDFFF sin su pareja)*");
    }

    [Theory]
    [MemberData(nameof(Documentos))]
    public void EscapeDeSustitutoSolo_EnElNombreDeUnaPropiedad_EsJsonException(string documento)
    {
        var bytes = Utf8(ConCampo(documento, "\"\\udc00\":1"));

        TodosFallan(documento, bytes, "$", "el nombre de una propiedad que empieza en la posición 2 * tiene un escape de medio par sustituto*");
    }

    [Theory]
    [MemberData(nameof(Documentos))]
    public void EscapeDeSustitutoSolo_EnUnCampoDesconocido_SeRechazaAlLeer(string documento)
    {
        // Kept, it could not be written back: Serialize would throw. It is rejected when read instead.
        var bytes = Utf8(ConCampo(documento, "\"x\":{\"y\":[\"ok\",\"\\ud800\"]}"));

        TodosFallan(documento, bytes, "$.x.y[1]", "el texto que empieza en la posición 17 (en bytes, contando desde 0) tiene un escape de medio par sustituto*");
    }

    [Theory]
    [MemberData(nameof(Documentos))]
    public void ByteQueNoEsUtf8_EnUnValor_EsJsonExceptionConRutaYPosicion(string documento)
    {
        var bytes = Reemplazar(Utf8(Texto(documento)), "poa.", (byte)'p', 0xFF, (byte)'a', (byte)'.');

        TodosFallan(documento, bytes, "$.formato", "el texto no es UTF-8 válido: el byte 0xFF (posición 13 en bytes, contando desde 0) no forma un carácter. ¿Se guardó el archivo en Latin-1 o Windows-1252? Guárdelo como UTF-8.");
    }

    [Theory]
    [MemberData(nameof(Documentos))]
    public void ByteQueNoEsUtf8_EnUnCampoDesconocido_SeRechazaAlLeer(string documento)
    {
        // Kept, it would be written as U+FFFD and the bytes would change from one write to the next.
        var bytes = Reemplazar(Utf8(ConCampo(documento, "\"x\":[\"abc\"]")), "abc", 0x61, 0xFF, 0x63);

        TodosFallan(documento, bytes, "$.x[0]", "el texto no es UTF-8 válido: el byte 0xFF (posición 8 en bytes*");
    }

    [Theory]
    [MemberData(nameof(Documentos))]
    public void ByteQueNoEsUtf8_EnElNombreDeUnCampoDesconocido_EsJsonException(string documento)
    {
        var bytes = Reemplazar(Utf8(ConCampo(documento, "\"abc\":1")), "abc", 0x61, 0xC3, 0x28);

        TodosFallan(documento, bytes, "$", "el nombre de una propiedad no es UTF-8 válido: el byte 0xC3 (posición 3 en bytes*");
    }

    [Theory]
    [MemberData(nameof(Documentos))]
    public void ArchivoEnLatin1_EsJsonExceptionQueLoDice(string documento)
    {
        var latin1 = Encoding.Latin1.GetBytes(Texto(documento));

        TodosFallan(documento, latin1, documento == "avances" ? "$.unidadResponsable" : "$.dependencia", "el texto no es UTF-8 válido: el byte 0x*Latin-1*");
    }

    [Theory]
    [MemberData(nameof(Documentos))]
    public void SustitutoSoloEnUnTextoDeNet_EsJsonExceptionConLineaYColumna_NoUnCaracterDeReemplazo(string documento)
    {
        // Encoding.UTF8 would silently write U+FFFD for the lone '\uD800' char: data lost without a word.
        var texto = Texto(documento).Replace("\"formato\":\"", "\"formato\":\"\uD800", StringComparison.Ordinal);

        foreach (var (nombre, leer) in LectoresDeTexto(documento).Where(l => !l.Nombre.StartsWith("JsonSerializer", StringComparison.Ordinal)))
        {
            var act = () => leer(texto);
            act.Should().ThrowExactly<JsonException>(nombre)
                .Where(e => e.Path == "$" && e.LineNumber == 0 && e.BytePositionInLine == 12)
                .WithMessage("$: el texto tiene medio par sustituto UTF-16 (U+D800, sin su pareja) en la línea 1, columna 13: *");
        }
    }

    [Theory]
    [MemberData(nameof(Documentos))]
    public void MarcaDeOrdenDeBytesUtf8_SeAcepta(string documento)
    {
        var texto = Texto(documento);
        var conBom = Bom.Concat(Utf8(texto)).ToArray();

        foreach (var (nombre, leer) in Lectores(documento).Where(l => !l.Nombre.StartsWith("JsonSerializer", StringComparison.Ordinal)))
        {
            var act = () => leer(conBom);
            act.Should().NotThrow(nombre);
        }

        foreach (var (nombre, leer) in LectoresDeTexto(documento).Where(l => !l.Nombre.StartsWith("JsonSerializer", StringComparison.Ordinal)))
        {
            var act = () => leer("\uFEFF" + texto);
            act.Should().NotThrow(nombre);
        }
    }

    [Fact]
    public void MarcaDeOrdenDeBytes_EnUnPlan_DaElMismoPlanYLaMismaEscritura()
    {
        var json = PoaJson.SerializeToUtf8Bytes(PlanesDeEjemplo.MejoraRegulatoria);

        var leido = PoaJson.DeserializeDocumentoDePlan(Bom.Concat(json).ToArray());

        leido.Plan.Equals(PlanesDeEjemplo.MejoraRegulatoria).Should().BeTrue();
        PoaJson.SerializeToUtf8Bytes(leido).Should().Equal(json, "the mark is not data: it is not written back");
    }

    [Fact]
    public void MarcaDeOrdenDeBytes_SolaOConEspacios_EsUnDocumentoVacio()
    {
        var act = () => PoaJson.DeserializePlan(Bom.Concat(Utf8("  \n")).ToArray());

        act.Should().ThrowExactly<JsonException>().WithMessage("$: el documento está vacío*");
        PoaJson.DeserializePlanes(Bom).Should().BeEmpty();
        PoaJson.DeserializePlanes(new MemoryStream(Bom)).Should().BeEmpty();
    }

    [Fact]
    public void ErrorDespuesDeLaMarca_DaLaPosicionEnElArchivo()
    {
        var bytes = Reemplazar(Bom.Concat(Utf8(Texto("plan"))).ToArray(), "poa.", (byte)'p', 0xFF, (byte)'a', (byte)'.');

        var act = () => PoaJson.DeserializePlan(bytes);

        act.Should().ThrowExactly<JsonException>().WithMessage("*el byte 0xFF (posición 16 en bytes*", "the 3 bytes of the mark count");
    }

    [Fact]
    public void ArchivoEnUtf16_EsJsonExceptionQueLoDice()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Texto("plan"))).ToArray();

        var act = () => PoaJson.DeserializePlan(utf16);

        act.Should().ThrowExactly<JsonException>().Where(e => e.Path == "$").WithMessage("$: el documento está en UTF-16*se espera UTF-8*");
    }

    [Fact]
    public void LineasJson_ByteInvalidoEnLaSegundaLinea_NombraLineaYPosicionEnLaLinea()
    {
        var primera = Texto("plan");
        var bytes = Bom.Concat(Utf8(primera + "\n")).Concat(Reemplazar(Utf8(primera), "poa.", (byte)'p', 0xFF, (byte)'a', (byte)'.')).ToArray();

        var desdeBytes = () => PoaJson.DeserializePlanes(bytes);
        var desdeStream = () => PoaJson.DeserializePlanes(new MemoryStream(bytes));

        desdeBytes.Should().ThrowExactly<JsonException>().WithMessage("Línea 2, $.formato: el texto no es UTF-8 válido: el byte 0xFF (posición 13 en bytes*");
        desdeStream.Should().ThrowExactly<JsonException>().WithMessage("Línea 2, $.formato: el texto no es UTF-8 válido: el byte 0xFF (posición 13 en bytes*");
    }

    [Fact]
    public void ConJsonSerializerDesdeUnStream_ByteQueNoEsUtf8_JsonExceptionConRutaSinPosicion()
    {
        // The reader of a converter may see only a window of the stream: a byte position would be wrong, so none is given.
        var bytes = Reemplazar(Utf8(Texto("plan")), "poa.", (byte)'p', 0xFF, (byte)'a', (byte)'.');
        var opciones = new JsonSerializerOptions { DefaultBufferSize = 16 };

        var act = () => JsonSerializer.Deserialize<Plan>(new MemoryStream(bytes), opciones);

        act.Should().ThrowExactly<JsonException>()
            .Where(e => e.Path == "$.formato" && !e.Message.Contains("posición", StringComparison.Ordinal))
            .WithMessage("$.formato: el texto no es UTF-8 válido: el byte 0xFF no forma un carácter.*");
    }

    [Fact]
    public void EscapesValidos_SeLeenComoSiempre()
    {
        // A valid surrogate pair escaped (an emoji), an escaped quote and an escaped property name are text like any other.
        var texto = Texto("plan")
            .Replace("\"formato\"", "\"form\\u0061to\"", StringComparison.Ordinal)
            .Replace("\"dependencia\":\"Secretaría", "\"dependencia\":\"Secretaría \\ud83d\\ude00 \\\"A\\\"", StringComparison.Ordinal);

        var plan = PoaJson.DeserializePlan(texto);

        plan.Dependencia.Nombre.Should().StartWith("Secretaría \U0001F600 \"A\"");
    }
}
