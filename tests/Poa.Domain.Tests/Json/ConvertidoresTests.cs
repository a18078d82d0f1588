using System.Text.Json;
using System.Text.Json.Serialization;
using Poa.Domain.Json;
using Poa.Domain.Tests.Datos;
using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Json;

/// <summary>A user's DTO that holds model values, serialized with the user's own options or own source-generated context.</summary>
public sealed record ReporteDeUsuario(
    string Titulo,
    Meta Meta,
    Calendarizacion Calendarizacion,
    Semaforizacion Semaforizacion,
    EjercicioFiscal Ejercicio,
    Sentido Sentido,
    Color Color,
    Alineacion Alineacion,
    UnidadResponsable Unidad,
    Banda Banda,
    Firmante Firmante,
    Actividad Actividad,
    Plan Plan);

[JsonSerializable(typeof(ReporteDeUsuario))]
internal sealed partial class ContextoDeUsuario : JsonSerializerContext
{
}

/// <summary>The per-type converters attached to the model: they work with any options, in a user's DTO, and with source generation.</summary>
public class ConvertidoresTests
{
    private static readonly JsonSerializerOptions OpcionesDelUsuario = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void DtoDelUsuario_ConSusOpciones_IdaYVuelta()
    {
        var reporte = Reporte();

        var json = JsonSerializer.Serialize(reporte, OpcionesDelUsuario);
        var leido = JsonSerializer.Deserialize<ReporteDeUsuario>(json, OpcionesDelUsuario)!;

        leido.Should().Be(reporte);
        json.Should().Contain("\"meta\":{\"cantidad\":1500,\"unidad\":\"Cuentas\"}")
            .And.Contain("\"ejercicio\":2023")
            .And.Contain("\"sentido\":\"descendente\"")
            .And.Contain("\"color\":\"amarillo\"")
            .And.Contain("\"banda\":{\"color\":\"verde\",\"notacion\":\">= 80%\"}")
            .And.Contain("\"calendarizacion\":[null,null,null,null,null,null,null,1500,null,null,null,null]");
    }

    [Fact]
    public void DtoDelUsuario_ConContextoGenerado_IdaYVuelta()
    {
        var reporte = Reporte();

        var json = JsonSerializer.Serialize(reporte, ContextoDeUsuario.Default.ReporteDeUsuario);

        JsonSerializer.Deserialize(json, ContextoDeUsuario.Default.ReporteDeUsuario).Should().Be(reporte);
        json.Should().Be(JsonSerializer.Serialize(reporte, new JsonSerializerOptions()));
    }

    [Fact]
    public void ErrorDentroDeUnDtoDelUsuario_NombraLaRutaRelativaYLaDelDocumento()
    {
        var json = JsonSerializer.Serialize(Reporte(), OpcionesDelUsuario).Replace("\"cantidad\":1500,", "\"cantidad\":-3,");

        var act = () => JsonSerializer.Deserialize<ReporteDeUsuario>(json, OpcionesDelUsuario);

        act.Should().Throw<JsonException>()
            .Where(e => e.Path == "$.meta")
            .WithMessage("$.cantidad (relativa al valor leído): se esperaba un número no negativo (la cantidad de la meta); se recibió -3.");
    }

    [Fact]
    public void ValorSuelto_ErrorDeDominio_EsJsonExceptionConLaExcepcionOriginal()
    {
        var act = () => JsonSerializer.Deserialize<Semaforizacion>("""{"verde":">= 80%","amarillo":"> 40% y < 80%","rojo":"<= 50%"}""");

        act.Should().Throw<JsonException>().Where(e => e.Path == "$").WithMessage("$: Las bandas se traslapan*");
    }

    [Theory]
    [InlineData("\"V. Ciudad abierta\"", true)]
    [InlineData("\"Ciudad abierta\"", false)]
    [InlineData("5", false)]
    public void EjeRector_ComoTexto(string json, bool valido)
    {
        var act = () => JsonSerializer.Deserialize<EjeRector>(json);

        if (valido)
        {
            act().Should().Be(EjeRector.Create(5, "Ciudad abierta"));
        }
        else
        {
            act.Should().Throw<JsonException>().Where(e => e.Path == "$");
        }
    }

    [Theory]
    [InlineData("\"verde\"", Color.Verde)]
    [InlineData("\"AMARILLO\"", Color.Amarillo)]
    [InlineData("\"Rojo\"", Color.Rojo)]
    public void Color_SeLeePorNombreSinImportarMayusculas(string json, Color esperado)
        => JsonSerializer.Deserialize<Color>(json).Should().Be(esperado);

    [Theory]
    [InlineData("0")]
    [InlineData("\"azul\"")]
    [InlineData("null")]
    public void Color_ConNumeroONombreDesconocido_Falla(string json)
    {
        var act = () => JsonSerializer.Deserialize<Color>(json);

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Plan_ConJsonSerializer_EsElMismoDocumentoQuePoaJson()
    {
        var plan = PlanesDelSeed.Todos[3];

        var json = JsonSerializer.Serialize(plan, PoaJson.InfoDePlan);

        // Same document; only the escaping of non-ASCII text differs (JsonSerializer's default encoder escapes "í" as "\u00ED").
        System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(json),
            System.Text.Json.Nodes.JsonNode.Parse(PoaJson.Serialize(plan))).Should().BeTrue();
        JsonSerializer.Deserialize(json, PoaJson.InfoDePlan).Should().Be(plan);
        JsonSerializer.Deserialize<Plan>(json).Should().Be(plan);
    }

    [Fact]
    public void DocumentoDePlan_ConJsonSerializer_ConservaLosCamposDesconocidos()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures", "plan.v2-futuro.json"));

        var documento = JsonSerializer.Deserialize(json, PoaJson.InfoDeDocumentoDePlan)!;

        documento.CamposDesconocidos.Should().HaveCount(8);
        JsonSerializer.Serialize(documento, PoaJson.InfoDeDocumentoDePlan).Should().Contain("\"presupuesto\":");
    }

    [Fact]
    public void ConCulturaAlemana_LosConvertidoresNoCambian()
    {
        var invariante = JsonSerializer.Serialize(Reporte(), OpcionesDelUsuario);

        using (new CulturaActual("de-DE"))
        {
            var json = JsonSerializer.Serialize(Reporte(), OpcionesDelUsuario);
            json.Should().Be(invariante);
            JsonSerializer.Deserialize<ReporteDeUsuario>(json, OpcionesDelUsuario).Should().Be(Reporte());
        }
    }

    private static ReporteDeUsuario Reporte()
    {
        var plan = PlanesDelSeed.Todos[0];
        var actividad = plan.Actividades[1];
        return new ReporteDeUsuario(
            "Cuentas creadas",
            actividad.Meta,
            actividad.Calendarizacion,
            Semaforizacion.Parse(">= 90%", "> 60% y < 90%", "<= 60%"),
            plan.Ejercicio,
            Sentido.Descendente,
            Color.Amarillo,
            actividad.Alineacion,
            plan.UnidadResponsable,
            Banda.Desde(Color.Verde, 80m),
            plan.Firmantes[0],
            actividad,
            plan);
    }
}

/// <summary>The converters are internal behind one public factory named by each type's <c>[JsonConverter]</c> attribute.</summary>
public class PoaJsonConverterFactoryTests
{
    private static readonly Type[] TiposConForma = typeof(Plan).Assembly.GetTypes()
        .Where(t => t.GetCustomAttributes(typeof(JsonConverterAttribute), false).Length > 0)
        .ToArray();

    [Fact]
    public void ElUnicoConvertidorPublico_EsLaFabrica()
        => typeof(Plan).Assembly.GetExportedTypes().Where(t => typeof(JsonConverter).IsAssignableFrom(t))
            .Should().Equal(typeof(PoaJsonConverterFactory));

    [Fact]
    public void CadaTipoConAtributo_NombraLaFabricaYLaFabricaLoConvierte()
    {
        var fabrica = new PoaJsonConverterFactory();

        TiposConForma.Should().HaveCount(22);
        foreach (var tipo in TiposConForma)
        {
            ((JsonConverterAttribute)tipo.GetCustomAttributes(typeof(JsonConverterAttribute), false)[0]).ConverterType.Should().Be(typeof(PoaJsonConverterFactory));
            fabrica.CanConvert(tipo).Should().BeTrue(tipo.Name);
            fabrica.CreateConverter(tipo, JsonSerializerOptions.Default).CanConvert(tipo).Should().BeTrue(tipo.Name);
        }
    }

    [Fact]
    public void TipoAjeno_NoSeConvierte()
    {
        var fabrica = new PoaJsonConverterFactory();

        fabrica.CanConvert(typeof(string)).Should().BeFalse();
        FluentActions.Invoking(() => fabrica.CreateConverter(typeof(string), JsonSerializerOptions.Default)).Should().Throw<NotSupportedException>();
    }
}
