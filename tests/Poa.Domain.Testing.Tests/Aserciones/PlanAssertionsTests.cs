using Xunit.Sdk;

namespace Poa.Domain.Testing.Tests.Aserciones;

public class PlanAssertionsTests
{
    [Fact]
    public void SerValido_PlanPorOmision_Pasa()
    {
        Plan plan = Crear.UnPlan();

        plan.Should().SerValido().And.NoTenerDiagnosticos();
    }

    [Fact]
    public void SerValido_PlanConError_FallaListandoLosErrores()
    {
        var plan = PlanesDeEjemplo.MejoraRegulatoria;

        Action act = () => plan.Should().SerValido("lo vamos a publicar");

        var mensaje = act.Should().Throw<XunitException>().Which.Message;
        mensaje.Should().Be(
            "Se esperaba que plan fuera válido porque lo vamos a publicar, pero tiene 1 error:" + Environment.NewLine +
            "  - plan «Dirección de Mejora Regulatoria», actividad 1, meta: error POA001: La meta anual es 3 Reuniones, pero la calendarización suma 2 (1 + 1): deben coincidir.");
    }
}
