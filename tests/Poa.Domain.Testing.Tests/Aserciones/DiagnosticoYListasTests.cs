using Xunit.Sdk;

namespace Poa.Domain.Testing.Tests.Aserciones;

/// <summary>What DiagnosticoAssertions and the list extensions gained: information, line and cell, the negative of ContenerDiagnostico.</summary>
public class DiagnosticoYListasTests
{
    private static string Falla(Action act) => act.Should().Throw<XunitException>().Which.Message;

    [Fact]
    public void SerInformacion_EstarEnLineaYEnCelda()
    {
        var info = new DescriptorDeDiagnostico("POA999", Severidad.Informacion, "Nota").Crear(new Ubicacion().EnTexto("poa.txt", 12, 5), "Una nota.");
        var enHoja = new DescriptorDeDiagnostico("POA998", Severidad.Error, "Celda").Crear(new Ubicacion().EnHoja("poa.xlsx", "Alumbrado", 12, 12), "Una celda.");

        info.Should().SerInformacion().And.EstarEnLinea(12);
        enHoja.Should().EstarEnCelda("L12");
        Falla(() => info.Should().SerError()).Should().StartWith("Se esperaba que info fuera un error, pero es «poa.txt:12:5");
        Falla(() => enHoja.Should().SerInformacion()).Should().StartWith("Se esperaba que enHoja fuera información, pero es «[poa.xlsx]Alumbrado!L12");
        Falla(() => info.Should().EstarEnLinea(3)).Should().StartWith("Se esperaba que info estuviera en la línea 3, pero es «poa.txt:12:5");
        Falla(() => enHoja.Should().EstarEnCelda("A1")).Should().StartWith("Se esperaba que enHoja estuviera en la celda A1, pero es «[poa.xlsx]Alumbrado!L12");
    }

    [Fact]
    public void NoContenerDiagnostico_PasaYFalla()
    {
        var diagnosticos = PlanesDeEjemplo.MejoraRegulatoria.Validar();

        diagnosticos.Should().NoContenerDiagnostico("POA010");
        Falla(() => diagnosticos.Should().NoContenerDiagnostico("POA001"))
            .Should().StartWith("Se esperaba que diagnosticos no contuvieran un diagnóstico POA001, pero contienen 1 diagnóstico POA001:" + Environment.NewLine + "  - plan «Dirección de Mejora Regulatoria», actividad 1, meta: error POA001");
    }
}
