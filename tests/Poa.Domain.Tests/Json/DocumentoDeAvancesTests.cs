using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using NodaTime;
using Poa.Domain.Json;
using Poa.Domain.Tests.Datos;
using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Json;

/// <summary>The avances document <c>poa.avances</c>: fixtures per version, months as <c>yyyy-MM</c>, malformed documents, schema.</summary>
public class DocumentoDeAvancesTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures");

    public static TheoryData<string, string, string> Malformados => new()
    {
        { "01-mes-13.json", "$.avances[1].mes", "$.avances[1].mes: «2023-13» no es un mes válido: no existe el mes 13 (se esperan 01 a 12)." },
        { "02-mes-sin-guion.json", "$.avances[0].mes", "$.avances[0].mes: se esperaba un mes en formato ISO \"aaaa-MM\", como \"2023-03\"; se encontró \"202301\"." },
        { "03-mes-de-otro-ejercicio.json", "$.avances[3].mes", "$.avances[3].mes: el mes 2024-02 no pertenece al ejercicio 2023." },
        { "04-realizado-negativo.json", "$.avances[2].realizado", "$.avances[2].realizado: se esperaba un número no negativo (el valor realizado); se recibió -1." },
        { "05-denominador-cero.json", "$.avances[0].denominador", "$.avances[0].denominador: se esperaba un número mayor que cero (el denominador); se recibió 0." },
        { "06-realizado-y-variables.json", "$.avances[0]", "$.avances[0]: un avance lleva «realizado» o bien «numerador» y «denominador», no ambos." },
        { "07-sin-realizado.json", "$.avances[2]", "$.avances[2]: falta la propiedad obligatoria «realizado» (el valor realizado, o «numerador» y «denominador»)." },
        { "08-numerador-sin-denominador.json", "$.avances[1]", "$.avances[1]: falta la propiedad obligatoria «denominador» (con «numerador» va «denominador»)." },
        { "09-formato-de-plan.json", "$.formato", "$.formato: se esperaba el marcador de formato \"poa.avances\"; se encontró el texto \"poa.plan\"." },
        { "10-sin-ejercicio.json", "$", "$: falta la propiedad obligatoria «ejercicio» (el año del ejercicio fiscal, como 2023)." },
    };

    [Fact]
    public void Version1_SeLeeContraElPlanYSeReescribeByteAByte()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures, "avances.v1.json"));

        var documento = PoaJson.DeserializeAvances(bytes);
        var avances = PoaJson.DeserializeAvances(File.ReadAllText(Path.Combine(Fixtures, "avances.v1.json")), PlanesDelSeed.EnlaceMunicipal);

        documento.Version.Should().Be(1);
        documento.Ejercicio.Should().Be(new EjercicioFiscal(2023));
        documento.UnidadResponsable.Should().Be(PlanesDelSeed.EnlaceMunicipal.UnidadResponsable);
        documento.Avances.Should().HaveCount(5);
        documento.Avances[0].Should().Be(Avance.ConVariables(1, new YearMonth(2023, 1), 95m, 100m, "Cinco solicitudes llegaron el último día hábil del mes."));
        documento.Avances[3].Realizado.Should().Be(0m, "un 0 reportado es un avance, no su ausencia");
        documento.Avances[4].Realizado.Should().Be(33.333333m);
        avances.Avances.Should().Equal(documento.Avances);
        PoaJson.SerializeToUtf8Bytes(documento).Should().Equal(bytes);
        PoaJson.SerializeAvances(avances).Should().Be(File.ReadAllText(Path.Combine(Fixtures, "avances.v1.json")));
    }

    [Fact]
    public void Version2DelFuturo_ConservaLosCamposDesconocidos()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures, "avances.v2-futuro.json"));

        var documento = PoaJson.DeserializeAvances(bytes);

        documento.Version.Should().Be(2);
        documento.CamposDesconocidos.Select(c => c.Objeto + "#" + c.Nombre).Should().Equal("/avances/0#capturadoPor", "/avances/2#archivos", "#corteDeCaptura");
        PoaJson.SerializeToUtf8Bytes(documento).Should().Equal(bytes);
    }

    [Fact]
    public void AvancesQueNoCorrespondenAlPlan_JsonExceptionConLosProblemas()
    {
        var json = File.ReadAllText(Path.Combine(Fixtures, "avances.v1.json")).Replace("\"actividad\": 3,", "\"actividad\": 30,");

        var act = () => PoaJson.DeserializeAvances(json, PlanesDelSeed.EnlaceMunicipal);

        act.Should().Throw<JsonException>().Where(e => e.Path == "$.avances" && e.InnerException is AvancesInvalidosException)
            .WithMessage("$.avances: los avances no corresponden al plan: *30*");
    }

    [Fact]
    public void AvancesDeOtroEjercicio_JsonException()
    {
        var json = File.ReadAllText(Path.Combine(Fixtures, "avances.v1.json")).Replace("2023", "2024");

        var act = () => PoaJson.DeserializeAvances(json, PlanesDelSeed.EnlaceMunicipal);

        act.Should().Throw<JsonException>().Where(e => e.Path == "$.ejercicio");
    }

    /// <summary>A plan of «Dirección de Parques y Jardines» with activities 1 and 2, January to March.</summary>
    private static Plan PlanDe(string unidad)
        => new Plan.Builder(2023, "Secretaría de Servicios Públicos", unidad)
            .AgregarActividad("Podar árboles", "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Servicios Públicos", "30 Árboles", Calendarizacion.De(enero: 10, febrero: 10, marzo: 10))
            .AgregarActividad("Rehabilitar luminarias", "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Servicios Públicos", "3 Luminarias", Calendarizacion.De(enero: 1, febrero: 1, marzo: 1))
            .Build();

    private static string AvancesDe(string unidad)
        => PoaJson.SerializeAvances(AvancesDelPlan.Create(PlanDe(unidad), [Avance.Create(1, new YearMonth(2023, 1), 10), Avance.Create(2, new YearMonth(2023, 2), 1)]));

    [Fact]
    public void AvancesDeOtraUnidadResponsable_AunqueLosNumerosEncajen_JsonExceptionEnUnidadResponsable()
    {
        var json = AvancesDe("Dirección de Alumbrado Público");

        var act = () => PoaJson.DeserializeAvances(json, PlanDe("Dirección de Parques y Jardines"));

        act.Should().ThrowExactly<JsonException>()
            .Where(e => e.Path == "$.unidadResponsable")
            .Where(e => e.InnerException is AvancesInvalidosException && ((AvancesInvalidosException)e.InnerException).Diagnosticos.Single().Codigo == "POA210")
            .WithMessage("$.unidadResponsable: los avances son de la unidad responsable «Dirección de Alumbrado Público», pero el plan es de «Dirección de Parques y Jardines» (POA210; *).");
    }

    [Theory]
    [InlineData("DIRECCIÓN DE PARQUES Y JARDINES")]
    [InlineData("Direccion de parques y jardines")]
    [InlineData("Direccio\u0301n de Parques  y Jardines")]
    public void AvancesDeLaMismaUnidadEscritaDistinto_SeAceptan(string unidad)
    {
        var json = AvancesDe(unidad);
        var plan = PlanDe("Dirección de Parques y Jardines");

        var avances = PoaJson.DeserializeAvances(json, plan);

        avances.Avances.Should().HaveCount(2);
        PoaJson.DeserializeAvances(json).ParaElPlan(plan).Avances.Should().Equal(avances.Avances);
    }

    [Fact]
    public void AvancesSinUnidadResponsable_SeAceptanParaCualquierPlan()
    {
        var json = AvancesDe("Dirección de Alumbrado Público").Replace("  \"unidadResponsable\": \"Dirección de Alumbrado Público\",\n", string.Empty, StringComparison.Ordinal);
        json.Should().NotContain("unidadResponsable");

        PoaJson.DeserializeAvances(json, PlanDe("Dirección de Parques y Jardines")).Avances.Should().HaveCount(2);
    }

    [Fact]
    public void ParaElPlan_DeOtraUnidad_Poa210JuntoConLosDemasProblemas()
    {
        var documento = PoaJson.DeserializeAvances(AvancesDe("Dirección de Alumbrado Público").Replace("\"actividad\": 2", "\"actividad\": 9", StringComparison.Ordinal));

        var act = () => documento.ParaElPlan(PlanDe("Dirección de Parques y Jardines"));

        act.Should().ThrowExactly<AvancesInvalidosException>().Which.Diagnosticos.Select(d => d.Codigo).Should().Equal("POA210", "POA201");
        var diagnostico = act.Should().Throw<AvancesInvalidosException>().Which.Diagnosticos[0];
        diagnostico.Ubicacion.Propiedad.Should().Be("unidadResponsable");
        diagnostico.Mensaje.Should().Be("Los avances son de la unidad responsable «Dirección de Alumbrado Público», pero el plan es de «Dirección de Parques y Jardines».");
    }

    [Theory]
    [MemberData(nameof(Malformados))]
    public void DocumentoMalformado_LanzaJsonExceptionConRutaYMensaje(string archivo, string ruta, string mensaje)
    {
        var texto = File.ReadAllText(Path.Combine(Fixtures, "malformados-avances", archivo));

        var act = () => PoaJson.DeserializeAvances(texto);

        act.Should().ThrowExactly<JsonException>().Where(e => e.Path == ruta).WithMessage(mensaje);
    }

    [Theory]
    [InlineData("avances.v1.json")]
    [InlineData("avances.v2-futuro.json")]
    public async System.Threading.Tasks.Task Fixture_CumpleElEsquema(string archivo)
    {
        var esquema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Json", "Esquemas", "poa.avances.v1.schema.json"));

        esquema.Validate(File.ReadAllText(Path.Combine(Fixtures, archivo))).Select(e => e.ToString()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("01-mes-13.json")]
    [InlineData("02-mes-sin-guion.json")]
    [InlineData("04-realizado-negativo.json")]
    [InlineData("06-realizado-y-variables.json")]
    [InlineData("07-sin-realizado.json")]
    [InlineData("10-sin-ejercicio.json")]
    public async System.Threading.Tasks.Task Malformado_NoCumpleElEsquema(string archivo)
    {
        var esquema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Json", "Esquemas", "poa.avances.v1.schema.json"));

        esquema.Validate(File.ReadAllText(Path.Combine(Fixtures, "malformados-avances", archivo))).Should().NotBeEmpty();
    }

    [Fact]
    public void ConCulturaAlemana_EscribeYLeeIgual()
    {
        var documento = PoaJson.DeserializeAvances(File.ReadAllBytes(Path.Combine(Fixtures, "avances.v1.json")));
        var invariante = PoaJson.Serialize(documento);

        using (new CulturaActual("de-DE"))
        {
            PoaJson.Serialize(documento).Should().Be(invariante);
            PoaJson.DeserializeAvances(invariante).Avances.Should().Equal(documento.Avances);
        }
    }

    [Fact]
    public void AvanceYCorte_ConJsonSerializer()
    {
        var avance = Avance.Create(2, new YearMonth(2023, 3), 1.50m, "con retraso");

        var json = JsonSerializer.Serialize(avance);

        json.Should().Be("{\"actividad\":2,\"mes\":\"2023-03\",\"realizado\":1.5,\"justificacion\":\"con retraso\"}");
        JsonSerializer.Deserialize<Avance>(json).Should().Be(avance);
        JsonSerializer.Serialize(Corte.De(new YearMonth(2023, 6))).Should().Be("\"2023-06\"");
        JsonSerializer.Deserialize<Corte>("\"2023-06\"").Should().Be(Corte.De(new YearMonth(2023, 6)));
        var act = () => JsonSerializer.Deserialize<Corte>("\"2023-13\"");
        act.Should().Throw<JsonException>().WithMessage("*no existe el mes 13*");
    }

    [Fact]
    public void DocumentoNuevo_DeAvancesFueraDelEjercicio_Lanza()
    {
        var act = () => new DocumentoDeAvances(new EjercicioFiscal(2023), null, [Avance.Create(1, new YearMonth(2024, 1), 1m)]);

        act.Should().Throw<ArgumentException>();
    }
}
