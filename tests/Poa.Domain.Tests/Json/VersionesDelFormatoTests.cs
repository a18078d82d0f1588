using System.Text;
using System.Text.Json.Nodes;
using Poa.Domain.Json;
using Poa.Domain.Tests.Datos;

namespace Poa.Domain.Tests.Json;

/// <summary>
/// One fixture per version of the plan document, plus a document "from the future" (version 2, with fields this
/// version does not know): reading older versions keeps working and nothing is lost on read → write.
/// </summary>
public class VersionesDelFormatoTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures");

    [Fact]
    public void Version1_SeLeeComoElPlanDelSeedYSeReescribeByteAByte()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures, "plan.v1.json"));

        var documento = PoaJson.DeserializeDocumentoDePlan(bytes);

        documento.Version.Should().Be(1);
        documento.CamposDesconocidos.Should().BeEmpty();
        documento.Plan.Should().Be(PlanesDelSeed.Todos[0]);
        PoaJson.SerializeToUtf8Bytes(documento.Plan).Should().Equal(bytes);
    }

    [Fact]
    public void Version2DelFuturo_ConservaCadaCampoDesconocidoYSeReescribeByteAByte()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures, "plan.v2-futuro.json"));

        var documento = PoaJson.DeserializeDocumentoDePlan(bytes);

        documento.Version.Should().Be(2);
        documento.Plan.Should().Be(PlanesDelSeed.Todos[0]);
        documento.CamposDesconocidos.Select(c => c.Objeto + "#" + c.Nombre).Should().Equal(
            "/actividades/0/alineacion#ods",
            "/actividades/0/meta#lineaBase",
            "/actividades/0/semaforizacion#sobrecumplimiento",
            "/actividades/0#prioridad",
            "/actividades/1#responsable",
            "/firmantes/2#correo",
            "#clave",
            "#presupuesto");
        PoaJson.SerializeToUtf8Bytes(documento).Should().Equal(bytes);
    }

    [Fact]
    public void Version2DelFuturo_LeidoComoPlan_PierdeSoloLoDesconocido()
    {
        var plan = PoaJson.DeserializePlan(File.ReadAllText(Path.Combine(Fixtures, "plan.v2-futuro.json")));

        plan.Should().Be(PlanesDelSeed.Todos[0]);
        PoaJson.Serialize(plan).Should().NotContain("presupuesto").And.Contain("\"version\": 1,");
    }

    [Fact]
    public void DocumentoEditado_ConPlan_ConservaLosCamposPorPosicion()
    {
        var documento = PoaJson.DeserializeDocumentoDePlan(File.ReadAllText(Path.Combine(Fixtures, "plan.v2-futuro.json")));
        var editado = new Plan(
            documento.Plan.Ejercicio,
            documento.Plan.Dependencia,
            new UnidadResponsable("Dirección Renombrada"),
            documento.Plan.Actividades,
            documento.Plan.Firmantes);

        var json = JsonNode.Parse(PoaJson.Serialize(documento.ConPlan(editado)))!;

        json["unidadResponsable"]!.GetValue<string>().Should().Be("Dirección Renombrada");
        json["presupuesto"]!["monto"]!.ToJsonString().Should().Be("1250000.5");
        json["actividades"]![1]!["responsable"]!["extension"]!.GetValue<int>().Should().Be(1234);
        json["version"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public void DocumentoNuevo_NoTieneCamposDesconocidosYEsVersionActual()
    {
        var documento = new DocumentoDePlan(PlanesDelSeed.Todos[1]);

        documento.Version.Should().Be(PoaJson.VersionDePlan);
        PoaJson.Serialize(documento).Should().Be(PoaJson.Serialize(PlanesDelSeed.Todos[1]));
        documento.ToString().Should().StartWith("poa.plan v1 · POA 2023");
    }

    [Fact]
    public void CamposEnOtroOrden_SeLeenIgual()
    {
        var nodo = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures, "plan.v1.json")))!.AsObject();
        var invertido = new JsonObject(nodo.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

        PoaJson.DeserializePlan(Encoding.UTF8.GetBytes(invertido.ToJsonString())).Should().Be(PlanesDelSeed.Todos[0]);
    }

    [Fact]
    public void CamposOpcionalesAusentes_TomanSusValoresPorOmision()
    {
        const string Json = """
            {"formato":"poa.plan","version":1,"ejercicio":2023,"dependencia":"Secretaría","unidadResponsable":"Dirección",
             "actividades":[{"numero":1,"descripcion":"Hacer","alineacion":{"eje":"V. Ciudad abierta","objetivo":"5.1 Monterrey"},
             "programa":"Gobierno Digital","meta":{"cantidad":1,"unidad":"Reporte"},"calendarizacion":[1,null,null,null,null,null,null,null,null,null,null,null]}]}
            """;

        var plan = PoaJson.DeserializePlan(Json);

        plan.Firmantes.Should().BeEmpty();
        var actividad = plan.Actividades.Single();
        actividad.Semaforizacion.Should().BeSameAs(Semaforizacion.Predeterminada);
        actividad.Sentido.Should().Be(Sentido.Ascendente);
        actividad.MediosDeVerificacion.Should().BeEmpty();
    }
}
