using Xunit.Sdk;

namespace Poa.Domain.Testing.Tests.Aserciones;

/// <summary>ActividadAssertions: equality forms and what the metas issue added (meta, acumulación, frecuencia, peso).</summary>
public class ActividadAssertionsMetasTests
{
    private static string Falla(Action act) => act.Should().Throw<XunitException>().Which.Message;

    [Fact]
    public void DesdeElConstructor_TipoFrecuenciaYPeso_Pasan()
    {
        Crear.UnaActividad().Trimestral(1, "Informes").ConPeso(2).Should()
            .TenerFrecuencia(Frecuencia.Trimestral)
            .And.TenerAcumulacion(TipoDeAcumulacion.Suma)
            .And.TenerMeta(Crear.UnaMeta(4, "Informes"))
            .And.TenerPeso(2);
        Crear.UnaActividad().DePorcentaje().Should().TenerAcumulacion(TipoDeAcumulacion.Promedio);
    }

    [Fact]
    public void TenerAcumulacion_Otra_FallaDiciendoSiEsLaDeSuUnidad()
    {
        Actividad actividad = Crear.UnaActividad();

        Falla(() => actividad.Should().TenerAcumulacion(TipoDeAcumulacion.UltimoValor))
            .Should().Be("Se esperaba que actividad tuviera la acumulación UltimoValor, pero es Suma (la de su unidad): «1. Elaborar el reporte mensual de seguimiento (12 Reportes)».");
    }

    [Fact]
    public void TenerFrecuenciaMetaYPeso_Otros_Fallan()
    {
        Actividad actividad = Crear.UnaActividad();

        Falla(() => actividad.Should().TenerFrecuencia(Frecuencia.Trimestral)).Should().StartWith("Se esperaba que actividad tuviera la frecuencia Trimestral, pero es Mensual: «1.");
        Falla(() => actividad.Should().TenerMeta(Crear.UnaMeta(4, "Informes"))).Should().StartWith("Se esperaba que actividad tuviera la meta «4 Informes», pero es «12 Reportes»: ");
        Falla(() => actividad.Should().TenerPeso(2.5m)).Should().StartWith("Se esperaba que actividad tuviera el peso 2.5, pero es 1: ");
    }

    [Fact]
    public void BeNotBeYNoSerEquivalenteA()
    {
        Actividad una = Crear.UnaActividad();
        Actividad otra = Crear.UnaActividad().ConPeso(3);

        una.Should().Be(Crear.UnaActividad()).And.NotBe(otra).And.NoSerEquivalenteA(otra).And.NotBe(null);
        Falla(() => una.Should().Be(otra)).Should().EndWith("pero difiere en 1 valor:" + Environment.NewLine + "  - peso: se esperaba «3», pero es «1»");
        Falla(() => una.Should().NoSerEquivalenteA(Crear.UnaActividad()))
            .Should().Be("Se esperaba que una no fuera equivalente a «1. Elaborar el reporte mensual de seguimiento (12 Reportes)», pero tiene los mismos valores en todo: «1. Elaborar el reporte mensual de seguimiento (12 Reportes)».");
        Falla(() => una.Should().Be(null)).Should().StartWith("Se esperaba que una fuera nula, pero es «1.");
    }

    [Fact]
    public void ActividadNula_FallaDiciendoQueEsNula()
    {
        Actividad actividad = null!;

        Falla(() => actividad.Should().TenerFrecuencia(Frecuencia.Mensual)).Should().Be("Se esperaba que actividad tuviera la frecuencia Mensual, pero es nula.");
    }
}
