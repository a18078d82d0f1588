using System.Text;
using Poa.Domain.Json;
using Poa.Domain.Testing;
using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Json;

/// <summary><see cref="CampoDesconocido"/>: equality as the library writes the value, a text form that never throws.</summary>
public class CampoDesconocidoTests
{
    /// <summary>The unknown fields read from a plan document carrying <paramref name="campos"/> at its start.</summary>
    private static IReadOnlyList<CampoDesconocido> Leer(string campos)
    {
        var plan = PoaJson.Serialize(PlanesDeEjemplo.MejoraRegulatoria, new PoaJsonOpciones { Indentado = false });
        return PoaJson.DeserializeDocumentoDePlan("{" + campos + "," + plan.Substring(1)).CamposDesconocidos;
    }

    [Fact]
    public void Igualdad_CumpleElContrato_ComparandoElValorComoSeEscribe()
    {
        var compacto = Leer("\"x\":[1,{\"a\":\"é\"}]").Single();
        var espaciado = Leer("\"x\" : [ 1 ,\n { \"a\" : \"\\u00e9\" } ]").Single();

        Contratos.Igualdad(
            compacto,
            espaciado,
            Leer("\"y\":[1,{\"a\":\"é\"}]").Single(),
            Leer("\"x\":[1,{\"a\":\"e\"}]").Single(),
            Leer("\"x\":[1.0,{\"a\":\"é\"}]").Single());
        espaciado.Valor.GetRawText().Should().Contain("\\u00e9", "Valor is the value as read");
    }

    [Fact]
    public void Igualdad_DistingueElObjetoQueLoTiene()
    {
        var plan = PoaJson.Serialize(PlanesDeEjemplo.MejoraRegulatoria, new PoaJsonOpciones { Indentado = false });
        var enActividad = PoaJson.DeserializeDocumentoDePlan(plan.Replace("{\"numero\":1,", "{\"numero\":1,\"x\":1,", StringComparison.Ordinal)).CamposDesconocidos.Single();

        enActividad.Objeto.Should().Be("/actividades/0");
        enActividad.Should().NotBe(Leer("\"x\":1").Single());
    }

    [Fact]
    public void ToString_MuestraElValorCompacto()
    {
        Leer("\"origen\" : { \"sistema\" : \"tablero\" , \"version\" : [ 2 , 1 ] }").Single().ToString()
            .Should().Be("(documento) · origen = {\"sistema\":\"tablero\",\"version\":[2,1]}");
    }

    [Fact]
    public void CamposDesconocidos_SeEscribenIgualEnCadaEscritura()
    {
        var campos = "\"x\":\"\\u0000\\t\\ud83d\\ude00 \\\"<>&'\",\"y\":[1E400,-0,0.10,{\"\\u00e9\":null}]";
        var plan = PoaJson.Serialize(PlanesDeEjemplo.MejoraRegulatoria, new PoaJsonOpciones { Indentado = false });
        var documento = PoaJson.DeserializeDocumentoDePlan("{" + campos + "," + plan.Substring(1));

        var primera = PoaJson.SerializeToUtf8Bytes(documento);
        var segunda = PoaJson.SerializeToUtf8Bytes(PoaJson.DeserializeDocumentoDePlan(primera));

        segunda.Should().Equal(primera);
        Encoding.UTF8.GetString(primera).Should().Contain("1E400").And.Contain("0.10", "numbers of unknown fields are written as they were read");
        PoaJson.DeserializeDocumentoDePlan(segunda).CamposDesconocidos.Should().Equal(documento.CamposDesconocidos);
    }
}
