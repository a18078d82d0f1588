using System.Globalization;
using System.Text;
using System.Text.Json;
using Poa.Domain.Json;
using Poa.Domain.Tests.Datos;
using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Json;

/// <summary>The entry point <see cref="PoaJson"/>: round trips, decimals, culture, limits, JSON Lines.</summary>
public class PoaJsonTests
{
    public static TheoryData<int> IndicesDelSeed => new() { 0, 1, 2, 3, 4, 5 };

    [Theory]
    [MemberData(nameof(IndicesDelSeed))]
    public void PlanDelSeed_IdaYVuelta_EsIgualYByteAByte(int indice)
    {
        var plan = PlanesDelSeed.Todos[indice];

        var json = PoaJson.SerializeToUtf8Bytes(plan);
        var leido = PoaJson.DeserializePlan(json);
        var otraVez = PoaJson.SerializeToUtf8Bytes(leido);

        leido.Should().Be(plan);
        otraVez.Should().Equal(json);
    }

    [Theory]
    [MemberData(nameof(IndicesDelSeed))]
    public void PlanDelSeed_IdaYVueltaCompacta_EsByteAByte(int indice)
    {
        var opciones = new PoaJsonOpciones { Indentado = false };
        var json = PoaJson.Serialize(PlanesDelSeed.Todos[indice], opciones);

        PoaJson.Serialize(PoaJson.DeserializePlan(json, opciones), opciones).Should().Be(json);
        json.Should().NotContain("\n");
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    public void ConOtraCultura_EscribeYLeeLoMismoQueInvariante(string cultura)
    {
        var plan = PlanConDecimales();
        var invariante = PoaJson.Serialize(plan);

        string escrito;
        Plan leido;
        using (new CulturaActual(cultura))
        {
            escrito = PoaJson.Serialize(plan);
            leido = PoaJson.DeserializePlan(escrito);
        }

        escrito.Should().Be(invariante);
        leido.Should().Be(plan);
        escrito.Should().Contain("\"cantidad\": 33.333333").And.Contain("0.1");
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("1500")]
    [InlineData("33.333333")]
    [InlineData("0")]
    [InlineData("0.000001")]
    [InlineData("1000000000000")]
    [InlineData("999999999999.999999")]
    public void Decimal_SeEscribeExactoYVuelve(string texto)
    {
        var valor = decimal.Parse(texto, CultureInfo.InvariantCulture);
        var plan = PlanConMeta(Meta.Create(valor, "Cuentas"));

        var json = PoaJson.Serialize(plan);

        json.Should().Contain($"\"cantidad\": {texto},");
        PoaJson.DeserializePlan(json).Actividades[0].Meta.Cantidad.Should().Be(valor);
    }

    [Theory]
    [InlineData("1.0", "1")]
    [InlineData("1500.00", "1500")]
    [InlineData("0.10", "0.1")]
    [InlineData("1E3", "1000")]
    [InlineData("2.5e-1", "0.25")]
    public void CerosFinales_SeNormalizanAlEscribir(string leido, string escrito)
    {
        var json = PoaJson.Serialize(PlanConMeta(Meta.Create(1m, "Cuentas"))).Replace("\"cantidad\": 1,", $"\"cantidad\": {leido},");

        var plan = PoaJson.DeserializePlan(json);

        PoaJson.Serialize(plan).Should().Contain($"\"cantidad\": {escrito},");
    }

    [Fact]
    public void Calendarizacion_VacioYCeroSonDistintos()
    {
        var plan = PlanConMeta(Meta.Create(2m, "Reportes"), Calendarizacion.De(enero: 0m, marzo: 2m));

        var json = PoaJson.Serialize(plan, new PoaJsonOpciones { Indentado = false });

        json.Should().Contain("\"calendarizacion\":[0,null,2,null,null,null,null,null,null,null,null,null]");
        var leida = PoaJson.DeserializePlan(json).Actividades[0].Calendarizacion;
        leida.EstaProgramado(1).Should().BeTrue();
        leida.EstaProgramado(2).Should().BeFalse();
    }

    [Fact]
    public void Texto_ConAcentos_SeEscribeSinEscapar()
    {
        var json = PoaJson.Serialize(PlanesDelSeed.Todos[0]);

        json.Should().Contain("Secretaría de Innovación y Gobierno Abierto").And.StartWith("{\n  \"formato\": \"poa.plan\",\n  \"version\": 1,");
    }

    [Fact]
    public void Semaforizacion_NoPredeterminada_SeEscribeCanonicaYVuelve()
    {
        var semaforo = Semaforizacion.Parse(">=90%", "<90% & >60%", "< = 60%");
        var plan = PlanConMeta(Meta.Create(1m, "Reporte"), semaforizacion: semaforo);

        var json = PoaJson.Serialize(plan);

        json.Should().Contain("\"verde\": \">= 90%\"").And.Contain("\"amarillo\": \"> 60% y < 90%\"").And.Contain("\"rojo\": \"<= 60%\"");
        PoaJson.DeserializePlan(json).Actividades[0].Semaforizacion.Should().Be(semaforo);
    }

    [Fact]
    public void Sentido_SeEscribeComoNombre()
    {
        var plan = PlanConMeta(Meta.Create(0m, "Incidentes"), sentido: Sentido.Descendente);

        var json = PoaJson.Serialize(plan);

        json.Should().Contain("\"sentido\": \"descendente\"");
        PoaJson.DeserializePlan(json.Replace("\"descendente\"", "\"DESCENDENTE\"")).Actividades[0].Sentido.Should().Be(Sentido.Descendente);
    }

    [Fact]
    public void DesdeStream_LeeYEscribe()
    {
        using var stream = new MemoryStream();
        PoaJson.Serialize(stream, PlanesDelSeed.Todos[2]);
        stream.Position = 0;

        PoaJson.DeserializePlan(stream).Should().Be(PlanesDelSeed.Todos[2]);
    }

    [Fact]
    public void LineasJson_VariosPlanes_IdaYVuelta()
    {
        using var stream = new MemoryStream();
        PoaJson.SerializePlanes(stream, PlanesDelSeed.Todos);
        var bytes = stream.ToArray();

        var leidos = PoaJson.DeserializePlanes(bytes);

        leidos.Select(d => d.Plan).Should().Equal(PlanesDelSeed.Todos);
        Encoding.UTF8.GetString(bytes).Split('\n').Should().HaveCount(7).And.Subject.Last().Should().BeEmpty();
        using var otro = new MemoryStream();
        PoaJson.SerializePlanes(otro, leidos);
        otro.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public void LineasJson_CamposDesconocidos_QuedanEnSuLineaYNoPasanALaSiguiente()
    {
        using var stream = new MemoryStream();
        PoaJson.SerializePlanes(stream, PlanesDelSeed.Todos.Take(3));
        var lineas = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        var texto = lineas[0] + "\n" + lineas[1].Replace("\"ejercicio\":2023", "\"ejercicio\":2023,\"origen\":\"tablero\"") + "\n" + lineas[2] + "\n";

        var leidos = PoaJson.DeserializePlanes(Encoding.UTF8.GetBytes(texto));

        leidos.Select(d => d.CamposDesconocidos.Count).Should().Equal(0, 1, 0);
        leidos[1].CamposDesconocidos[0].ToString().Should().Be("(documento) · origen = \"tablero\"");
        leidos.Select(d => d.Plan).Should().Equal(PlanesDelSeed.Todos.Take(3));
    }

    [Fact]
    public void LineasJson_ErrorEnUnaLinea_NombraLaLinea()
    {
        using var stream = new MemoryStream();
        PoaJson.SerializePlanes(stream, PlanesDelSeed.Todos.Take(2));
        var texto = Encoding.UTF8.GetString(stream.ToArray()).Replace("\"ejercicio\":2023", "\"ejercicio\":\"2023\"");
        var lineas = texto.Split('\n');
        var conError = lineas[0].Replace("\"ejercicio\":\"2023\"", "\"ejercicio\":2023") + "\n\n" + lineas[1] + "\n";

        var act = () => PoaJson.DeserializePlanes(Encoding.UTF8.GetBytes(conError));

        act.Should().Throw<JsonException>()
            .Where(e => e.Path == "$.ejercicio")
            .WithMessage("Línea 3, $.ejercicio: se esperaba un número entero (el año del ejercicio fiscal); se encontró el texto \"2023\".");
    }

    /// <summary>A plan of about 22 KB in JSON: 55 activities.</summary>
    private static Plan PlanGrande()
    {
        var builder = new Plan.Builder(2023, "Secretaría de Servicios Públicos", "Dirección de Parques y Jardines");
        for (var i = 1; i <= 55; i++)
        {
            builder.AgregarActividad(
                $"Mantener los parques y jardines del sector {i}",
                Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente"),
                new ProgramaPresupuestario("Parques y Jardines"),
                Meta.Create(12m, "Reportes"),
                Calendarizacion.De(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
                "Reporte fotográfico");
        }

        return builder.Build();
    }

    [Fact]
    public void LineasJson_MilPlanesDe22Megas_SeLeenConLosLimitesPredeterminados()
    {
        var plan = PlanGrande();
        using var stream = new MemoryStream();
        PoaJson.SerializePlanes(stream, Enumerable.Repeat(plan, 1000));
        var bytes = stream.ToArray();
        bytes.Length.Should().BeGreaterThan(22_000_000, "the file of the issue: 1,000 plans in 22 MB, more than the default limit of one document");

        var desdeBytes = PoaJson.DeserializePlanes(bytes);
        stream.Position = 0;
        var desdeStream = PoaJson.DeserializePlanes(stream);

        desdeBytes.Should().HaveCount(1000);
        desdeStream.Should().HaveCount(1000);
        desdeStream[999].Plan.Equals(plan).Should().BeTrue();
    }

    [Fact]
    public void LineasJson_UnaLineaMayorQueElMaximo_SeRechazaConSuNumeroDeLinea()
    {
        using var stream = new MemoryStream();
        PoaJson.SerializePlanes(stream, [PlanesDelSeed.Todos[0], PlanGrande(), PlanesDelSeed.Todos[1]]);
        var bytes = stream.ToArray();
        var opciones = new PoaJsonOpciones { TamanoMaximo = 20_000 };

        var desdeBytes = () => PoaJson.DeserializePlanes(bytes, opciones);
        var desdeStream = () => PoaJson.DeserializePlanes(new MemoryStream(bytes), opciones);

        desdeBytes.Should().ThrowExactly<JsonException>().Where(e => e.Path == "$")
            .WithMessage("Línea 2, $: la línea mide más de 20000 bytes, el máximo permitido por documento (PoaJsonOpciones.TamanoMaximo; en JSON Lines se aplica a cada línea).");
        desdeStream.Should().ThrowExactly<JsonException>().WithMessage("Línea 2, $: la línea mide más de 20000 bytes*");
        PoaJson.DeserializePlanes(bytes, new PoaJsonOpciones { TamanoMaximo = 64_000 }).Should().HaveCount(3);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void LineasJson_StreamQueEntregaPocosBytes_LeeLoMismoQueLosBytes(int porLectura)
    {
        using var stream = new MemoryStream();
        stream.Write([0xEF, 0xBB, 0xBF]);
        PoaJson.SerializePlanes(stream, PlanesDelSeed.Todos.Concat([PlanGrande(), PlanGrande()]));
        stream.Write("\r\n\n  \n"u8);
        PoaJson.SerializePlanes(stream, PlanesDelSeed.Todos.Take(1));
        var bytes = stream.ToArray()[..^1];

        var leidos = PoaJson.DeserializePlanes(new StreamEnTrozos(bytes, porLectura));

        leidos.Select(d => d.Plan).Should().Equal(PoaJson.DeserializePlanes(bytes).Select(d => d.Plan));
        leidos.Should().HaveCount(9);
    }

    /// <summary>A stream whose every read returns at most a few bytes, as a network stream may.</summary>
    private sealed class StreamEnTrozos(byte[] datos, int porLectura) : MemoryStream(datos)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, porLectura));
    }

    [Fact]
    public void Tamano_MayorQueElMaximo_SeRechazaAntesDeLeer()
    {
        var json = PoaJson.Serialize(PlanesDelSeed.Todos[0]);
        var opciones = new PoaJsonOpciones { TamanoMaximo = 100 };

        var act = () => PoaJson.DeserializePlan(json, opciones);
        var actStream = () => PoaJson.DeserializePlan(new MemoryStream(Encoding.UTF8.GetBytes(json)), opciones);

        act.Should().Throw<JsonException>().WithMessage("*más de 100 bytes*").Where(e => e.Path == "$");
        actStream.Should().Throw<JsonException>().WithMessage("*más de 100 bytes*");
    }

    [Fact]
    public void Profundidad_MayorQueLaMaxima_SeRechazaConRuta()
    {
        var anidado = new string('[', 40) + new string(']', 40);
        var json = PoaJson.Serialize(PlanesDelSeed.Todos[0]).Replace("\"formato\": \"poa.plan\",", $"\"extra\": {anidado}, \"formato\": \"poa.plan\",");

        var act = () => PoaJson.DeserializeDocumentoDePlan(json);

        var ruta = "$.extra" + string.Concat(Enumerable.Repeat("[0]", 30));
        act.Should().Throw<JsonException>().Where(e => e.Path == ruta).WithMessage(ruta + ": el texto no es JSON válido: *32*");
        PoaJson.DeserializeDocumentoDePlan(json, new PoaJsonOpciones { ProfundidadMaxima = 64 }).CamposDesconocidos.Should().ContainSingle();
    }

    [Fact]
    public void Opciones_FueraDeRango_Lanzan()
    {
        var opciones = new PoaJsonOpciones();
        ((Action)(() => opciones.TamanoMaximo = 0)).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => opciones.ProfundidadMaxima = 2)).Should().Throw<ArgumentOutOfRangeException>();
    }

    internal static Plan PlanConDecimales()
        => new Plan.Builder(2024, "Secretaría de Prueba", "Dirección de Prueba")
            .AgregarActividad("Porcentaje con decimales", Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente"), new ProgramaPresupuestario("Gobierno Digital"), Meta.Create(33.333333m, "Reportes"), Calendarizacion.De(enero: 0.1m, febrero: 1500m, marzo: 33.333333m))
            .Build();

    internal static Plan PlanConMeta(Meta meta, Calendarizacion? calendarizacion = null, Semaforizacion? semaforizacion = null, Sentido sentido = Sentido.Ascendente)
        => new Plan.Builder(2023, "Secretaría de Prueba", "Dirección de Prueba")
            .AgregarActividad("Actividad de prueba", Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente"), new ProgramaPresupuestario("Gobierno Digital"), meta, calendarizacion ?? Calendarizacion.De(enero: meta.Cantidad), "URL", semaforizacion, sentido)
            .Build();
}

public class PlanJsonV2Tests
{
    /// <summary>The plan of <see cref="FormatoVersion2Tests"/>, with every field of version 2.</summary>
    private static Plan PlanConCamposV2() => FormatoVersion2Tests.Plan();

    [Fact]
    public void CamposDeMetas_SeEscribenEnVersion2YSeLeenIguales()
    {
        var plan = PlanConCamposV2();

        var json = PoaJson.Serialize(plan);
        var compacto = System.Text.RegularExpressions.Regex.Replace(json, @"\s+(?=([^""]*""[^""]*"")*[^""]*$)", string.Empty);

        compacto.Should().Contain("\"version\":2").And.Contain("\"tipo\":\"ultimoValor\"").And.Contain("\"frecuencia\":\"trimestral\"")
            .And.Contain("\"lineaBase\":{\"valor\":2.5,\"anio\":2023}").And.Contain("\"peso\":3")
            .And.Contain(">= 60% y < 90% o > 110%");
        var leido = PoaJson.DeserializePlan(json);
        leido.Should().Be(plan);
        PoaJson.Serialize(leido).Should().Be(json);
    }

    [Theory]
    [InlineData("\"tipo\":\"acumulado\"", "tipo")]
    [InlineData("\"peso\":0", "peso")]
    [InlineData("\"lineaBase\":{\"valor\":1}", "lineaBase")]
    public void CampoDeVersion2_EnDocumentoVersion1_EsCampoDesconocidoQueSeConserva(string campo, string nombre)
    {
        var json = System.Text.RegularExpressions.Regex.Replace(PoaJson.Serialize(Datos.PlanesDelSeed.MejoraRegulatoria), "\"numero\":\\s*1,", "\"numero\": 1, " + campo + ",");

        var documento = PoaJson.DeserializeDocumentoDePlan(json);

        documento.Version.Should().Be(1);
        documento.Plan.Should().Be(Datos.PlanesDelSeed.MejoraRegulatoria);
        documento.CamposDesconocidos.Should().ContainSingle().Which.Should().Match<CampoDesconocido>(c => c.Objeto == "/actividades/0" && c.Nombre == nombre);
        var reescrito = PoaJson.Serialize(documento);
        reescrito.Should().MatchRegex("\"version\":\\s*1,");
        PoaJson.Serialize(PoaJson.DeserializeDocumentoDePlan(reescrito)).Should().Be(reescrito);
    }

    [Fact]
    public void Version_SeLeePrimeroAunqueVengaAlFinal()
    {
        var plan = PlanConCamposV2();
        var nodo = System.Text.Json.Nodes.JsonNode.Parse(PoaJson.Serialize(plan))!.AsObject();
        var version = nodo["version"]!.DeepClone();
        nodo.Remove("version");
        nodo.Add("version", version);

        PoaJson.DeserializePlan(nodo.ToJsonString()).Should().Be(plan);
    }

    [Fact]
    public void PlanSinCamposNuevos_SigueEnVersion1()
        => PoaJson.Serialize(Datos.PlanesDelSeed.MejoraRegulatoria).Should().MatchRegex("\"version\":\\s*1").And.NotContain("\"tipo\"");

    [Theory]
    [InlineData("\"tipo\":\"acumulado\"", "$.actividades[0].tipo")]
    [InlineData("\"frecuencia\":\"quincenal\"", "$.actividades[0].frecuencia")]
    [InlineData("\"peso\":0", "$.actividades[0].peso")]
    [InlineData("\"lineaBase\":{\"valor\":1}", "$.actividades[0].lineaBase")]
    public void CampoNuevoMalo_EsJsonExceptionConLaRuta(string campo, string ruta)
    {
        var json = System.Text.RegularExpressions.Regex.Replace(PoaJson.Serialize(Datos.PlanesDelSeed.MejoraRegulatoria), "\"numero\":\\s*1,", "\"numero\": 1, " + campo + ",")
            .Replace("\"version\": 1,", "\"version\": 2,");

        FluentActions.Invoking(() => PoaJson.DeserializePlan(json)).Should().Throw<System.Text.Json.JsonException>().Where(e => e.Message.Contains(ruta));
    }
}

public class CicloJsonV2Tests
{
    private static Plan PlanReprogramado()
        => new Plan.Builder(2024, "Secretaría de Prueba", "Dirección de Prueba")
            .AgregarActividad("Informes", "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Programa", "12 Informes", Calendarizacion.Mensual(1))
            .AgregarModificacion(Modificacion.Create(1, 1, new NodaTime.YearMonth(2024, 7), Meta.Parse("9 Informes"),
                Calendarizacion.Parse(";;;;;;0;0;1;1;0;1"), "Recorte presupuestal autorizado por el cabildo", new NodaTime.LocalDate(2024, 6, 28), "Tesorería"))
            .CerrarHasta(new NodaTime.YearMonth(2024, 6))
            .AgregarFirmante("Lic.", "Nombre", "Director")
            .Build();

    [Fact]
    public void ModificacionesYCerradoHasta_SeEscribenEnVersion2YSeLeenIguales()
    {
        var plan = PlanReprogramado();

        var json = PoaJson.Serialize(plan);

        json.Should().MatchRegex("\"version\":\\s*2").And.Contain("\"cerradoHasta\"").And.Contain("\"2024-06\"")
            .And.Contain("\"aplicaDesde\"").And.Contain("\"2024-06-28\"").And.Contain("Tesorería");
        var leido = PoaJson.DeserializePlan(json);
        leido.Should().Be(plan);
        leido.Modificaciones.Should().ContainSingle().Which.Should().Be(plan.Modificaciones[0]);
        leido.CerradoHasta.Should().Be(new NodaTime.YearMonth(2024, 6));
        PoaJson.Serialize(leido).Should().Be(json);
    }

    [Fact]
    public void FechaDeReporte_SeEscribeYSeLee()
    {
        var plan = PlanReprogramado();
        var avances = AvancesDelPlan.Create(plan, [Avance.Create(1, new NodaTime.YearMonth(2024, 1), 1, fechaDeReporte: new NodaTime.LocalDate(2024, 2, 12))]);

        var json = PoaJson.SerializeAvances(avances);

        json.Should().Contain("\"fechaDeReporte\"").And.Contain("\"2024-02-12\"").And.MatchRegex("\"version\":\\s*2");
        PoaJson.DeserializeAvances(json, plan).Avances.Single().FechaDeReporte.Should().Be(new NodaTime.LocalDate(2024, 2, 12));
    }

    [Theory]
    [InlineData("\"fechaDeReporte\": \"2024-13-01\"", "fechaDeReporte")]
    [InlineData("\"fechaDeReporte\": \"12/02/2024\"", "fechaDeReporte")]
    public void FechaMala_EsJsonExceptionConLaRuta(string campo, string ruta)
    {
        var plan = PlanReprogramado();
        var json = System.Text.RegularExpressions.Regex.Replace(
            PoaJson.SerializeAvances(AvancesDelPlan.Create(plan, [Avance.Create(1, new NodaTime.YearMonth(2024, 1), 1)])),
            "\"actividad\":\\s*1,", "\"actividad\": 1, " + campo + ",").Replace("\"version\": 1,", "\"version\": 2,");

        FluentActions.Invoking(() => PoaJson.DeserializeAvances(json, plan)).Should().Throw<System.Text.Json.JsonException>().Where(e => e.Message.Contains(ruta));
    }
}
