using Xunit.Sdk;

namespace Poa.Domain.Testing.Tests.Aserciones;

public class PlanAssertionsTests
{
    private static readonly string NL = Environment.NewLine;

    private static string Falla(Action act) => act.Should().Throw<XunitException>().Which.Message;

    [Fact]
    public void SerValido_PlanPorOmision_Pasa()
    {
        Plan plan = Crear.UnPlan();

        plan.Should().SerValido().And.NoTenerDiagnosticos();
    }

    [Fact]
    public void SerValido_ConSoloAdvertencias_Pasa()
    {
        Plan plan = Crear.UnPlan().SinFirmantes();

        plan.Should().SerValido().And.TenerDiagnostico("POA010");
    }

    [Fact]
    public void SerValido_PlanConError_FallaListandoLosErroresConRazonEnEspanol()
    {
        var plan = PlanesDeEjemplo.MejoraRegulatoria;

        Falla(() => plan.Should().SerValido("lo vamos a publicar")).Should().Be(
            "Se esperaba que plan fuera válido porque lo vamos a publicar, pero tiene 1 error:" + NL +
            "  - plan «Dirección de Mejora Regulatoria», actividad 1, meta: error POA001: La meta anual es 3 Reuniones, pero la calendarización suma 2 (1 + 1): deben coincidir.");
    }

    [Fact]
    public void SerValido_RazonQueYaDicePorque_NoLoRepite()
    {
        var plan = PlanesDeEjemplo.MejoraRegulatoria;

        Falla(() => plan.Should().SerValido("porque lo vamos a {0}", "publicar"))
            .Should().StartWith("Se esperaba que plan fuera válido porque lo vamos a publicar, pero");
    }

    [Fact]
    public void SerValido_PlanNulo_FallaDiciendoQueEsNulo()
    {
        Plan plan = null!;

        Falla(() => plan.Should().SerValido()).Should().Be("Se esperaba que plan fuera válido, pero es nulo.");
    }

    [Fact]
    public void NoSerValido_PlanConError_Pasa()
    {
        PlanesDeEjemplo.MejoraRegulatoria.Should().NoSerValido();
    }

    [Fact]
    public void NoSerValido_PlanValido_Falla()
    {
        Plan plan = Crear.UnPlan();

        Falla(() => plan.Should().NoSerValido())
            .Should().Be("Se esperaba que plan no fuera válido, pero la validación no encuentra ningún error. Sus diagnósticos:" + NL + "  (ninguno)");
    }

    [Fact]
    public void NoTenerDiagnosticos_ConUnaAdvertencia_FallaNombrandola()
    {
        Plan plan = Crear.UnPlan().SinFirmantes();

        Falla(() => plan.Should().NoTenerDiagnosticos())
            .Should().StartWith("Se esperaba que plan no tuviera diagnósticos, pero tiene 1 diagnóstico:" + NL + "  - ")
            .And.Contain("advertencia POA010");
    }

    [Fact]
    public void TenerDiagnostico_Presente_PasaYDaElDiagnostico()
    {
        PlanesDeEjemplo.ParticipacionCiudadana.Should().TenerDiagnostico("POA001")
            .Which.Ubicacion.Actividad.Should().Be(2);
    }

    [Fact]
    public void TenerDiagnostico_PorDescriptor_Pasa()
    {
        PlanesDeEjemplo.MejoraRegulatoria.Should().TenerDiagnostico(CatalogoDeDiagnosticos.MetaDistintaDeCalendarizacion);
    }

    [Fact]
    public void TenerDiagnostico_Ausente_FallaListandoLosQueHay()
    {
        var plan = PlanesDeEjemplo.MejoraRegulatoria;

        var mensaje = Falla(() => plan.Should().TenerDiagnostico("POA004"));

        mensaje.Should().StartWith("Se esperaba que plan tuviera un diagnóstico POA004, pero sus diagnósticos son:" + NL + "  - ")
            .And.Contain("error POA001: La meta anual es 3 Reuniones");
    }

    [Fact]
    public void TenerDiagnostico_PlanSinDiagnosticos_FallaDiciendoQueNoTieneNinguno()
    {
        Plan plan = Crear.UnPlan();

        Falla(() => plan.Should().TenerDiagnostico("POA001", "la meta no coincide"))
            .Should().Be("Se esperaba que plan tuviera un diagnóstico POA001 porque la meta no coincide, pero no tiene ninguno");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void TenerDiagnostico_CodigoVacio_Lanza(string codigo)
    {
        Action act = () => PlanesDeEjemplo.MejoraRegulatoria.Should().TenerDiagnostico(codigo);

        act.Should().Throw<ArgumentException>().WithParameterName("codigo");
    }

    [Fact]
    public void TenerDiagnosticoEnActividad_EnLaActividadCorrecta_Pasa()
    {
        PlanesDeEjemplo.ParticipacionCiudadana.Should().TenerDiagnosticoEnActividad("POA001", 3);
    }

    [Fact]
    public void TenerDiagnosticoEnActividad_EnOtraActividad_FallaNombrandoLaActividad()
    {
        var plan = PlanesDeEjemplo.ParticipacionCiudadana;

        Falla(() => plan.Should().TenerDiagnosticoEnActividad("POA001", 1))
            .Should().StartWith("Se esperaba que plan tuviera un diagnóstico POA001 en la actividad 1, pero sus diagnósticos son:");
    }

    [Fact]
    public void NoTenerDiagnostico_Ausente_Pasa()
    {
        PlanesDeEjemplo.MejoraRegulatoria.Should().NoTenerDiagnostico("POA004");
    }

    [Fact]
    public void NoTenerDiagnostico_Presente_FallaListandoLosDeEseCodigo()
    {
        var plan = PlanesDeEjemplo.ParticipacionCiudadana;

        var mensaje = Falla(() => plan.Should().NoTenerDiagnostico("POA001"));

        mensaje.Should().StartWith("Se esperaba que plan no tuviera un diagnóstico POA001, pero tiene 2 diagnósticos POA001:")
            .And.Contain("actividad 2").And.Contain("actividad 3");
    }

    [Fact]
    public void SerEquivalenteA_MismoContenidoOtraInstancia_Pasa()
    {
        Plan copia = Crear.UnPlan(PlanesDeEjemplo.GobiernoDigital);

        copia.Should().NotBeSameAs(PlanesDeEjemplo.GobiernoDigital);
        copia.Should().SerEquivalenteA(PlanesDeEjemplo.GobiernoDigital);
    }

    [Fact]
    public void SerEquivalenteA_UnaMetaDistinta_FallaConRutaYAmbosValores()
    {
        var esperado = PlanesDeEjemplo.MejoraRegulatoria;
        Plan real = Crear.UnPlan(esperado).ModificarActividad(2, a => a.ConMeta(26, "Procesos"));

        Falla(() => real.Should().SerEquivalenteA(esperado)).Should().Be(
            "Se esperaba que real fuera equivalente a «POA 2023 · Dirección de Mejora Regulatoria (Secretaría de Innovación y Gobierno Abierto) · 4 actividades»," +
            " pero difiere en 1 valor:" + NL +
            "  - actividades[1].meta: se esperaba «27 Procesos», pero es «26 Procesos»");
    }

    [Fact]
    public void SerEquivalenteA_VariasDiferencias_LasListaTodas()
    {
        Plan esperado = Crear.UnPlan().ConActividades(2);
        Plan real = Crear.UnPlan()
            .ConEjercicio(2024)
            .ConActividad(a => a.ConDescripcion("Actividad 1").ConCalendarizacion(Calendarizacion.Mensual(1).Con(3, null)))
            .ConFirmante("Mtra.", "Otra Persona", "Directora");

        var mensaje = Falla(() => real.Should().SerEquivalenteA(esperado, "se importó del mismo archivo"));

        mensaje.Should().Contain("porque se importó del mismo archivo, pero difiere en 4 valores:")
            .And.Contain("  - ejercicio: se esperaba «2023», pero es «2024»")
            .And.Contain("  - actividades[0].calendarizacion.mes03: se esperaba «1», pero es (vacío)")
            .And.Contain("  - actividades[1]: se esperaba «2. Actividad 2 (12 Reportes)», pero es (no existe)")
            .And.Contain("  - firmantes[0]: se esperaba «Lic. Ana Martínez Garza, Directora de Gobierno Digital», pero es «Mtra. Otra Persona, Directora»");
    }

    [Fact]
    public void SerEquivalenteA_MasDeVeinteDiferencias_DiceCuantasMas()
    {
        Plan esperado = Crear.UnPlan().ConActividad(a => a.Mensual(1, "Reportes"));
        Plan real = Crear.UnPlan().ConActividad(a => a.Mensual(2, "Reportes").ConDescripcion("Otra").ConPrograma("Otro").ConMediosDeVerificacion("Otro").ConSentido(Sentido.Descendente)
            .ConAlineacion("IV. Ciudad Humana", "4.11 Igualdad sustantiva").ConSemaforizacion(Crear.UnaSemaforizacion(90, 60)));

        var mensaje = Falla(() => real.Should().SerEquivalenteA(esperado));

        mensaje.Should().Contain("difiere en 22 valores:").And.EndWith(NL + "  ... y 2 más");
    }

    [Fact]
    public void SerEquivalenteA_DentroDeUnAssertionScope_JuntaLasFallas()
    {
        Plan plan = Crear.UnPlan().SinFirmantes();

        Action act = () =>
        {
            using var scope = new FluentAssertions.Execution.AssertionScope();
            plan.Should().TenerDiagnostico("POA001");
            plan.Should().TenerDiagnostico("POA002");
        };

        var mensaje = Falla(act);
        mensaje.Should().Contain("POA001").And.Contain("POA002");
    }

    [Fact]
    public void SerEquivalenteA_EsperadoNulo_Lanza()
    {
        Action act = () => PlanesDeEjemplo.GobiernoDigital.Should().SerEquivalenteA(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("esperado");
    }
}
