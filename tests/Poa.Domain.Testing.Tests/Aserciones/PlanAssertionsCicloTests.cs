using Xunit.Sdk;

namespace Poa.Domain.Testing.Tests.Aserciones;

/// <summary>PlanAssertions: equality forms, activities approved and vigentes, modificaciones; straight from a builder.</summary>
public class PlanAssertionsCicloTests
{
    private static readonly string NL = Environment.NewLine;

    private static string Falla(Action act) => act.Should().Throw<XunitException>().Which.Message;

    [Fact]
    public void DesdeElConstructor_SinVariableIntermedia_Compila()
    {
        Crear.UnPlan().Should().SerValido().And.NoTenerDiagnosticos();
        Crear.UnPlan().SinFirmantes().Should().TenerDiagnostico("POA010");
    }

    [Fact]
    public void BeYNotBe_ComparanValores()
    {
        Plan copia = Crear.UnPlan(PlanesDeEjemplo.MejoraRegulatoria);
        Plan otro = Crear.UnPlan(PlanesDeEjemplo.MejoraRegulatoria).ModificarActividad(2, a => a.ConMeta(26, "Procesos"));

        copia.Should().Be(PlanesDeEjemplo.MejoraRegulatoria).And.NotBe(otro);
        ((Plan)null!).Should().Be(null).And.BeNull();
        copia.Should().NotBe(null);
    }

    [Fact]
    public void Be_OtroPlan_FallaListandoLasDiferencias()
    {
        Plan otro = Crear.UnPlan(PlanesDeEjemplo.MejoraRegulatoria).ModificarActividad(2, a => a.ConMeta(26, "Procesos"));

        Falla(() => otro.Should().Be(PlanesDeEjemplo.MejoraRegulatoria))
            .Should().EndWith("pero difiere en 1 valor:" + NL + "  - actividades[1].meta: se esperaba «27 Procesos», pero es «26 Procesos»");
    }

    [Fact]
    public void NotBeYNoSerEquivalenteA_MismosValores_Fallan()
    {
        Plan copia = Crear.UnPlan(PlanesDeEjemplo.MejoraRegulatoria);

        Falla(() => copia.Should().NoSerEquivalenteA(PlanesDeEjemplo.MejoraRegulatoria, "se cambió una meta"))
            .Should().Be("Se esperaba que copia no fuera equivalente a «POA 2023 · Dirección de Mejora Regulatoria (Secretaría de Innovación y Gobierno Abierto) · 4 actividades» porque se cambió una meta, pero tiene los mismos valores en todo.");
        Falla(() => copia.Should().NotBe(PlanesDeEjemplo.MejoraRegulatoria)).Should().EndWith("pero tiene los mismos valores en todo.");
        Falla(() => copia.Should().Be(null)).Should().StartWith("Se esperaba que copia fuera nulo, pero es «POA 2023");
        Falla(() => ((Plan)null!).Should().NotBe(null)).Should().Be("Se esperaba que ((Plan)null!) no fuera nulo, pero lo es.");
    }

    [Fact]
    public void TenerActividad_DaLaAprobadaYTenerActividadVigente_LaReprogramada()
    {
        var plan = PlanesDeEjemplo.MejoraRegulatoriaReprogramada;

        plan.Should().TenerModificaciones(2)
            .And.TenerActividad(2).Which.Should().TenerMeta(Crear.UnaMeta(27, "Procesos"));
        plan.Should().TenerActividadVigente(2).Which.Should().TenerMeta(Crear.UnaMeta(30, "Procesos"));
    }

    [Fact]
    public void TenerActividad_Inexistente_FallaListandoLasQueHay()
    {
        var plan = PlanesDeEjemplo.MejoraRegulatoria;

        Falla(() => plan.Should().TenerActividadVigente(5))
            .Should().StartWith("Se esperaba que plan tuviera la actividad 5, pero sus actividades son:" + NL + "  - 1. Coordinar las reuniones");
        Falla(() => plan.Should().TenerActividad(5)).Should().StartWith("Se esperaba que plan tuviera la actividad 5, pero");
    }

    [Fact]
    public void TenerModificaciones_OtraCantidad_FallaListandolas()
    {
        var plan = PlanesDeEjemplo.MejoraRegulatoriaReprogramada;

        Falla(() => plan.Should().TenerModificaciones(1))
            .Should().StartWith("Se esperaba que plan tuviera 1 modificación, pero tiene 2 modificaciones:" + NL + "  - ");
        PlanesDeEjemplo.MejoraRegulatoria.Should().TenerModificaciones(0);
    }

    [Fact]
    public void SerEquivalenteA_OtrasModificaciones_LasNombraConSuRuta()
    {
        var reprogramado = PlanesDeEjemplo.MejoraRegulatoriaReprogramada;

        Falla(() => reprogramado.Should().SerEquivalenteA(PlanesDeEjemplo.MejoraRegulatoria))
            .Should().Contain("pero difiere en 3 valores:" + NL + "  - modificaciones[0]: se esperaba (no existe), pero es «")
            .And.Contain(NL + "  - modificaciones[1]: se esperaba (no existe), pero es «")
            .And.EndWith(NL + "  - cerradoHasta: se esperaba (nulo), pero es «2023-08»");
    }
}
