using NodaTime;
using Xunit.Sdk;

namespace Poa.Domain.Testing.Tests.Aserciones;

public class ResultadoDePlanAssertionsTests
{
    private static readonly string NL = Environment.NewLine;

    private static string Falla(Action act) => act.Should().Throw<XunitException>().Which.Message;

    // Actividad 1: 120 Luminarias, 10 a month; 42 of 60 by June (70%, amarillo), June without justificación, pace 7 against 13.
    // Actividad 2: 12 Reportes, all six delivered (verde).
    private static ResultadoDePlan Luminarias(string? justificacion = null)
    {
        Plan plan = Crear.UnPlan()
            .ConActividad(a => a.Mensual(10, "Luminarias"))
            .ConActividad(a => a.Mensual(1, "Reportes"));
        return Crear.UnosAvances(plan)
            .DesdeEnero(1, 10, 10, 8, 6, 5)
            .Con(1, 6, 3, justificacion)
            .Mensual(2, 1, hastaMes: 6)
            .Evaluar(corte: 6);
    }

    [Fact]
    public void TenerColores_Conteos_Pasa()
    {
        Luminarias().Should().TenerColores(verdes: 1, amarillos: 1, rojos: 0);
    }

    [Fact]
    public void TenerColores_OtrosConteos_FallaListandoCadaActividad()
    {
        var resultado = Luminarias("El proveedor entregó tarde.");

        Falla(() => resultado.Should().TenerColores(2, 0, 0)).Should().Be(
            "Se esperaba que resultado tuviera 2 verdes, 0 amarillos, 0 rojos y 0 sin color, pero tiene 1 verde, 1 amarillo, 0 rojos y 0 sin color:" + NL +
            "  - 1. amarillo (70%), alerta: ritmo observado 7 (42 ÷ 6 meses programados), ritmo requerido 13 (78 ÷ 6 meses programados restantes)" + NL +
            "  - 2. verde (100%)");
    }

    [Fact]
    public void TenerActividad_Existente_DaSuResultado()
    {
        Luminarias().Should().TenerActividad(1).Which.Should().SerAmarillo().And.TenerCumplimiento(70);
    }

    [Fact]
    public void TenerActividad_Inexistente_FallaListandoLasQueHay()
    {
        var resultado = Luminarias();

        Falla(() => resultado.Should().TenerActividad(7))
            .Should().StartWith("Se esperaba que resultado tuviera la actividad 7, pero sus actividades son:" + NL + "  - 1. amarillo (70%)");
    }

    [Fact]
    public void TenerJustificacionFaltante_SinJustificacion_PasaYTieneSuDiagnostico()
    {
        Luminarias().Should().TenerJustificacionFaltante(1)
            .And.TenerDiagnosticoEnActividad("POA250", 1).Which.Should().SerAdvertencia();
    }

    [Fact]
    public void TenerJustificacionFaltante_EnUnaActividadVerde_Falla()
    {
        var resultado = Luminarias();

        Falla(() => resultado.Should().TenerJustificacionFaltante(2))
            .Should().StartWith("Se esperaba que resultado le faltara la justificación a la actividad 2, pero no la tiene. Sus actividades son:");
    }

    [Fact]
    public void NoTenerJustificacionesFaltantes_ConJustificacion_Pasa()
    {
        Luminarias("El proveedor entregó tarde.").Should().NoTenerJustificacionesFaltantes().And.NoTenerDiagnosticos();
    }

    [Fact]
    public void NoTenerJustificacionesFaltantes_SinJustificacion_FallaNombrandoLaActividad()
    {
        var resultado = Luminarias();

        Falla(() => resultado.Should().NoTenerJustificacionesFaltantes("se entregó a tiempo"))
            .Should().StartWith("Se esperaba que resultado no le faltaran justificaciones porque se entregó a tiempo, pero tiene 1 justificación faltante:" + NL + "  - 1. amarillo (70%)")
            .And.EndWith(", falta la justificación");
    }

    [Fact]
    public void TenerAlerta_RitmoInsuficiente_Pasa()
    {
        Luminarias().Should().TenerAlerta(1);
    }

    [Fact]
    public void TenerAlerta_SinAlerta_Falla()
    {
        var resultado = Luminarias();

        Falla(() => resultado.Should().TenerAlerta(2)).Should().StartWith("Se esperaba que resultado tuviera una alerta temprana en la actividad 2, pero no la tiene.");
        Falla(() => resultado.Should().TenerAlerta(9)).Should().StartWith("Se esperaba que resultado tuviera una alerta temprana en la actividad 9, pero el plan no tiene esa actividad.");
    }

    [Fact]
    public void NoTenerAlertas_ConAlerta_FallaConSusNumeros()
    {
        var resultado = Luminarias();

        Falla(() => resultado.Should().NoTenerAlertas())
            .Should().Contain("pero tiene 1 alerta:" + NL + "  - 1. amarillo (70%), alerta: ritmo observado 7 (42 ÷ 6 meses programados)");
    }

    [Fact]
    public void NoTenerAlertas_TodoAlDia_Pasa()
    {
        Plan plan = Crear.UnPlan();

        Crear.UnosAvances(plan).Mensual(1, 1, hastaMes: 6).Evaluar(corte: 6).Should().NoTenerAlertas().And.TenerColores(1, 0, 0);
    }

    [Fact]
    public void TenerDiagnostico_VencidoConFechaYRegla_Pasa()
    {
        Plan plan = Crear.UnPlan();
        var regla = ReglaDeCierre.Create(5, Crear.ZonaDeMonterrey);

        var resultado = Crear.UnosAvances(plan)
            .Mensual(1, 1, hastaMes: 5)
            .Evaluar(new LocalDate(2023, 7, 6), regla);

        resultado.Should().TenerDiagnostico("POA251").Which.Should().TenerMensajeQueContiene("junio");
        resultado.Should().NoTenerDiagnostico("POA252");
    }

    [Fact]
    public void TenerDiagnostico_Ausente_FallaListandoLosQueHay()
    {
        var resultado = Luminarias();

        Falla(() => resultado.Should().TenerDiagnostico("POA251"))
            .Should().StartWith("Se esperaba que resultado tuviera un diagnóstico POA251, pero sus diagnósticos son:" + NL + "  - ")
            .And.Contain("POA250");
    }

    [Fact]
    public void NoTenerDiagnosticos_ConUnaJustificacionFaltante_Falla()
    {
        var resultado = Luminarias();

        Falla(() => resultado.Should().NoTenerDiagnosticos())
            .Should().StartWith("Se esperaba que resultado no tuviera diagnósticos, pero tiene 1 diagnóstico:" + NL + "  - ");
        Falla(() => resultado.Should().NoTenerDiagnostico("POA250"))
            .Should().StartWith("Se esperaba que resultado no tuviera un diagnóstico POA250, pero tiene 1 diagnóstico POA250:");
    }

    [Fact]
    public void ResultadoNulo_FallaDiciendoQueEsNulo()
    {
        ResultadoDePlan resultado = null!;

        Falla(() => resultado.Should().TenerColores(1, 0, 0)).Should().Be("Se esperaba que resultado tuviera 1 verde, 0 amarillos, 0 rojos y 0 sin color, pero es nulo.");
        Falla(() => resultado.Should().NoTenerErrores()).Should().Be("Se esperaba que resultado no tuviera errores, pero es nulo.");
    }
}
