using Xunit.Sdk;

namespace Poa.Domain.Testing.Tests.Aserciones;

public class ActividadAssertionsTests
{
    private static readonly string NL = Environment.NewLine;

    [Fact]
    public void SerEquivalenteA_IgualContenido_Pasa()
    {
        Actividad a = Crear.UnaActividad().Mensual(1, "Reportes");
        Actividad b = Crear.UnaActividad();

        a.Should().SerEquivalenteA(b);
    }

    [Fact]
    public void SerEquivalenteA_OtroMes_FallaConElMes()
    {
        Actividad esperada = Crear.UnaActividad();
        Actividad actividad = Crear.UnaActividad().ConCalendarizacion(Calendarizacion.Mensual(1).Con(12, 2));

        var mensaje = ((Action)(() => actividad.Should().SerEquivalenteA(esperada))).Should().Throw<XunitException>().Which.Message;

        mensaje.Should().Be(
            "Se esperaba que actividad fuera equivalente a «1. Elaborar el reporte mensual de seguimiento (12 Reportes)», pero difiere en 1 valor:" + NL +
            "  - calendarizacion.mes12: se esperaba «1», pero es «2»");
    }

    [Fact]
    public void SerEquivalenteA_Nula_FallaDiciendoQueEsNula()
    {
        Actividad actividad = null!;

        ((Action)(() => actividad.Should().SerEquivalenteA(Crear.UnaActividad())))
            .Should().Throw<XunitException>().WithMessage("*pero es nula.");
    }
}

public class DiagnosticoAssertionsTests
{
    private static Diagnostico Poa001 => PlanesDeEjemplo.MejoraRegulatoria.Validar().Single();

    [Fact]
    public void Afirmaciones_DeUnDiagnosticoReal_Pasan()
    {
        Poa001.Should().TenerCodigo("POA001").And.SerError().And.EstarEnActividad(1).And.EstarEnPropiedad("meta")
            .And.TenerMensajeQueContiene("suma 2");
    }

    [Fact]
    public void TenerCodigo_OtroCodigo_FallaMostrandoElDiagnostico()
    {
        var diagnostico = Poa001;

        ((Action)(() => diagnostico.Should().TenerCodigo("POA002"))).Should().Throw<XunitException>()
            .Which.Message.Should().StartWith("Se esperaba que diagnostico tuviera el código POA002, pero es «plan «Dirección de Mejora Regulatoria», actividad 1, meta: error POA001:");
    }

    [Fact]
    public void SerAdvertencia_EsError_Falla()
    {
        var diagnostico = Poa001;

        ((Action)(() => diagnostico.Should().SerAdvertencia())).Should().Throw<XunitException>()
            .WithMessage("Se esperaba que diagnostico fuera una advertencia, pero es «*error POA001*");
    }

    [Fact]
    public void EstarEnActividad_OtraActividad_Falla()
    {
        var diagnostico = Poa001;

        ((Action)(() => diagnostico.Should().EstarEnActividad(2, "es la de los procesos"))).Should().Throw<XunitException>()
            .WithMessage("Se esperaba que diagnostico estuviera en la actividad 2 porque es la de los procesos, pero es «*actividad 1*");
    }

    [Fact]
    public void EstarEnPropiedadYMensaje_Distintos_Fallan()
    {
        var diagnostico = Poa001;

        ((Action)(() => diagnostico.Should().EstarEnPropiedad("calendarizacion"))).Should().Throw<XunitException>()
            .WithMessage("*estuviera en la propiedad «calendarizacion», pero es*");
        ((Action)(() => diagnostico.Should().TenerMensajeQueContiene("suma 3"))).Should().Throw<XunitException>()
            .WithMessage("*tuviera un mensaje que contiene «suma 3», pero es*");
    }

    [Fact]
    public void SerError_EsAdvertencia_Falla()
    {
        Plan plan = Crear.UnPlan().SinFirmantes();
        var advertencia = plan.Validar().Single();

        advertencia.Should().SerAdvertencia();
        ((Action)(() => advertencia.Should().SerError())).Should().Throw<XunitException>().WithMessage("*fuera un error, pero es «*advertencia POA010*");
    }

    [Fact]
    public void ListaDeDiagnosticos_ContenerDiagnostico_PasaYFalla()
    {
        var diagnosticos = PlanesDeEjemplo.Todos.SelectMany(p => p.Validar()).ToList();

        diagnosticos.Should().ContenerDiagnostico("POA001").Which.Ubicacion.Actividad.Should().Be(2);
        ((Action)(() => diagnosticos.Should().ContenerDiagnostico("POA009"))).Should().Throw<XunitException>()
            .WithMessage("Se esperaba que diagnosticos contuvieran un diagnóstico POA009, pero contiene:*POA001*");
        var vacia = new List<Diagnostico>();
        ((Action)(() => vacia.Should().ContenerDiagnostico("POA009"))).Should().Throw<XunitException>()
            .WithMessage("*pero la lista está vacía.");
    }

    [Fact]
    public void ListaDeDiagnosticos_NoContenerErrores_PasaYFalla()
    {
        Plan valido = Crear.UnPlan().SinFirmantes();
        valido.Validar().Should().NoContenerErrores().And.HaveCount(1);

        var diagnosticos = PlanesDeEjemplo.ParticipacionCiudadana.Validar();
        ((Action)(() => diagnosticos.Should().NoContenerErrores())).Should().Throw<XunitException>()
            .WithMessage("Se esperaba que diagnosticos no contuvieran errores, pero contienen 2 errores:*actividad 2*actividad 3*");
    }
}
