using System.Text.Json;
using Poa.Domain.Json;

namespace Poa.Domain.Tests.Json;

/// <summary>
/// The corpus of malformed plan documents (<c>Json/Fixtures/malformados</c>): each one fails with a <see cref="JsonException"/>
/// whose path and Spanish message say where and what was expected; never another exception type.
/// </summary>
public class DocumentosMalformadosTests
{
    /// <summary>File, expected <see cref="JsonException.Path"/>, expected message (<c>*</c> where the reader's own detail follows).</summary>
    public static TheoryData<string, string, string> Corpus => new()
    {
        { "01-vacio.json", "$", "$: el documento está vacío: se esperaba un objeto JSON con \"formato\": \"poa.plan\"." },
        { "02-no-es-json.json", "$", "$: el texto no es JSON válido: *" },
        { "03-raiz-arreglo.json", "$", "$: se esperaba un objeto (un documento de plan con \"formato\": \"poa.plan\"); se encontró un arreglo." },
        { "04-raiz-null.json", "$", "$: se esperaba un objeto (un documento de plan con \"formato\": \"poa.plan\"); se encontró null." },
        { "05-sin-formato.json", "$", "$: falta la propiedad obligatoria «formato» (el marcador \"poa.plan\")." },
        { "06-formato-ajeno.json", "$.formato", "$.formato: se esperaba el marcador de formato \"poa.plan\"; se encontró el texto \"poa.avances\"." },
        { "07-sin-version.json", "$", "$: falta la propiedad obligatoria «version» (la versión del formato, un entero desde 1)." },
        { "08-version-texto.json", "$.version", "$.version: se esperaba un número entero (la versión del formato); se encontró el texto \"1\"." },
        { "09-version-cero.json", "$.version", "$.version: se esperaba un entero desde 1 (la versión del formato); se recibió 0." },
        { "10-version-decimal.json", "$.version", "$.version: se esperaba un número entero (la versión del formato); se encontró 1.5." },
        { "11-ejercicio-fuera-de-rango.json", "$.ejercicio", "$.ejercicio: se esperaba un entero de 1900 a 9999 (el año del ejercicio fiscal); se recibió 1800." },
        { "12-sin-dependencia.json", "$", "$: falta la propiedad obligatoria «dependencia» (el nombre de la secretaría)." },
        { "13-dependencia-en-blanco.json", "$.dependencia", "$.dependencia: se esperaba un texto no vacío (el nombre de la dependencia)." },
        { "14-unidad-responsable-numero.json", "$.unidadResponsable", "$.unidadResponsable: se esperaba un texto (el nombre de la unidad responsable); se encontró el número 5." },
        { "15-actividades-objeto.json", "$.actividades", "$.actividades: se esperaba un arreglo (las actividades del plan); se encontró un objeto." },
        { "16-actividad-null.json", "$.actividades[0]", "$.actividades[0]: se esperaba un objeto (una actividad); se encontró null." },
        { "17-actividad-sin-numero.json", "$.actividades[0]", "$.actividades[0]: falta la propiedad obligatoria «numero» (el número de la actividad, un entero de 1 a 9999)." },
        { "18-numero-cero.json", "$.actividades[0].numero", "$.actividades[0].numero: se esperaba un entero de 1 a 9999 (el número de la actividad); se recibió 0." },
        { "19-numero-repetido.json", "$.actividades[1]", "$.actividades[1]: la propiedad «numero» aparece más de una vez." },
        { "20-descripcion-vacia.json", "$.actividades[1].descripcion", "$.actividades[1].descripcion: se esperaba un texto no vacío (la descripción de la actividad)." },
        { "21-eje-sin-romano.json", "$.actividades[0].alineacion.eje", "$.actividades[0].alineacion.eje: «Ciudad abierta» no es un eje rector: se espera un número romano y un nombre, como «V. Ciudad abierta»." },
        { "22-objetivo-sin-numero.json", "$.actividades[0].alineacion.objetivo", "$.actividades[0].alineacion.objetivo: «Monterrey abierto e inteligente» no es un objetivo estratégico: se espera un número con puntos y un nombre, como «5.1 Monterrey abierto e inteligente»." },
        { "23-alineacion-como-texto.json", "$.actividades[0].alineacion", "$.actividades[0].alineacion: se esperaba un objeto (una alineación con \"eje\" y \"objetivo\"); se encontró el texto \"V. Ciudad abierta / 5.1 Monterrey abierto e inteligente\"." },
        { "24-meta-negativa.json", "$.actividades[0].meta.cantidad", "$.actividades[0].meta.cantidad: se esperaba un número no negativo (la cantidad de la meta); se recibió -1." },
        { "25-meta-como-texto.json", "$.actividades[0].meta.cantidad", "$.actividades[0].meta.cantidad: se esperaba un número (la cantidad de la meta); se encontró el texto \"1500\"." },
        { "26-meta-sin-unidad.json", "$.actividades[0].meta", "$.actividades[0].meta: falta la propiedad obligatoria «unidad» (la unidad de medida, como \"Cuentas\" o \"Porcentaje\")." },
        { "27-meta-demasiado-grande.json", "$.actividades[0].meta.cantidad", "$.actividades[0].meta.cantidad: el número 1e30 (la cantidad de la meta) excede el máximo admitido, 1000000000000 (10^12)." },
        { "28-calendario-mes-13.json", "$.actividades[0].calendarizacion[12]", "$.actividades[0].calendarizacion[12]: la calendarización tiene 12 meses; sobra el elemento 13 (no existe el mes 13)." },
        { "29-calendario-11-meses.json", "$.actividades[0].calendarizacion", "$.actividades[0].calendarizacion: la calendarización tiene 12 meses, de enero a diciembre (null donde no hay nada programado); se recibieron 11." },
        { "30-calendario-negativo.json", "$.actividades[0].calendarizacion[2]", "$.actividades[0].calendarizacion[2]: se esperaba un número no negativo (lo programado en marzo (mes 3), o null); se recibió -5." },
        { "31-calendario-texto.json", "$.actividades[1].calendarizacion[7]", "$.actividades[1].calendarizacion[7]: se esperaba un número (lo programado en agosto (mes 8), o null); se encontró el texto \"1500\"." },
        { "32-calendario-objeto.json", "$.actividades[0].calendarizacion", "$.actividades[0].calendarizacion: se esperaba un arreglo (la calendarización: 12 valores, de enero a diciembre, null donde no hay nada programado); se encontró un objeto." },
        { "33-banda-ilegible.json", "$.actividades[0].semaforizacion.verde", "$.actividades[0].semaforizacion.verde: «mucho» en «mucho» no es una condición válida: se espera un operador (>=, >, <=, <, =) y un porcentaje, como «>= 80%»." },
        { "34-bandas-traslapadas.json", "$.actividades[0].semaforizacion", "$.actividades[0].semaforizacion: Las bandas se traslapan: un cumplimiento de 45% cae en las bandas amarilla y roja." },
        { "35-bandas-con-hueco.json", "$.actividades[1].semaforizacion", "$.actividades[1].semaforizacion: Las bandas dejan un hueco: un cumplimiento de 80% no cae en ninguna banda." },
        { "36-banda-faltante.json", "$.actividades[0].semaforizacion", "$.actividades[0].semaforizacion: falta la propiedad obligatoria «rojo» (la banda roja, como \"<= 50%\")." },
        { "37-sentido-desconocido.json", "$.actividades[0].sentido", "$.actividades[0].sentido: se esperaba el sentido: \"ascendente\", \"descendente\" o \"regular\"; se encontró \"lateral\"." },
        { "38-sentido-numero.json", "$.actividades[0].sentido", "$.actividades[0].sentido: se esperaba un texto (el sentido: \"ascendente\", \"descendente\" o \"regular\"); se encontró el número 1." },
        { "39-firmante-sin-cargo.json", "$.firmantes[1]", "$.firmantes[1]: falta la propiedad obligatoria «cargo» (el cargo del firmante)." },
        { "40-titulo-numero.json", "$.firmantes[0].titulo", "$.firmantes[0].titulo: se esperaba un texto (el título, como \"Lic.\", o null); se encontró el número 3." },
        { "41-coma-final.json", "$", "$: el texto no es JSON válido: *" },
        { "42-contenido-despues.json", "$", "$: hay contenido después del documento: *" },
        { "43-truncado.json", "$.actividades[0].calendarizacion", "$.actividades[0].calendarizacion: el texto no es JSON válido: *" },
        { "44-comentario.json", "$", "$: el texto no es JSON válido: *" },
        { "45-profundidad-excesiva.json", RutaProfunda, RutaProfunda + ": el texto no es JSON válido: *" },
    };

    /// <summary>Where the reader stops in <c>45-profundidad-excesiva.json</c>: the unknown field's value is walked, so the path goes down to the level too deep.</summary>
    private static readonly string RutaProfunda = "$.x" + string.Concat(Enumerable.Repeat("[0]", 30));

    [Theory]
    [MemberData(nameof(Corpus))]
    public void DocumentoMalformado_LanzaJsonExceptionConRutaYMensaje(string archivo, string ruta, string mensaje)
    {
        var bytes = File.ReadAllBytes(Ruta(archivo));

        var act = () => PoaJson.DeserializePlan(bytes);

        act.Should().ThrowExactly<JsonException>().Where(e => e.Path == ruta).WithMessage(mensaje);
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void DocumentoMalformado_ComoDocumentoYComoTexto_FallaIgual(string archivo, string ruta, string mensaje)
    {
        var texto = File.ReadAllText(Ruta(archivo));

        var act = () => PoaJson.DeserializeDocumentoDePlan(texto);

        act.Should().ThrowExactly<JsonException>().Where(e => e.Path == ruta).WithMessage(mensaje);
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void DocumentoMalformado_ConJsonSerializer_LanzaJsonException(string archivo, string ruta, string mensaje)
    {
        _ = ruta;
        _ = mensaje;
        var bytes = File.ReadAllBytes(Ruta(archivo));

        var act = () => JsonSerializer.Deserialize(bytes, PoaJson.InfoDePlan);

        if (archivo.Contains("raiz-null", StringComparison.Ordinal))
        {
            act().Should().BeNull("JsonSerializer lee null como null");
            return;
        }

        if (archivo.Contains("profundidad", StringComparison.Ordinal))
        {
            act.Should().NotThrow("el límite de profundidad de JsonSerializer es el de sus opciones (64), no el de PoaJsonOpciones (32)");
            return;
        }

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Corpus_TieneAlMenosTreintaDocumentosYTodosEstanEnLaTabla()
    {
        var archivos = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures", "malformados")).Select(Path.GetFileName).ToList();

        archivos.Should().HaveCountGreaterThanOrEqualTo(30);
        archivos.Should().BeEquivalentTo(Corpus.Select(fila => (string)fila[0]));
    }

    private static string Ruta(string archivo) => Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures", "malformados", archivo);
}
