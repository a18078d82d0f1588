namespace Poa.Domain.Testing.Tests.Datos;

public class PlanesDeEjemploTests
{
    [Fact]
    public void Todos_SonLosSeisPlanesDelSeedCon34Actividades()
    {
        PlanesDeEjemplo.Todos.Should().HaveCount(6);
        PlanesDeEjemplo.Todos.Sum(p => p.Actividades.Count).Should().Be(34);
        PlanesDeEjemplo.Todos.Should().OnlyContain(p => p.Ejercicio == new EjercicioFiscal(2023));
        PlanesDeEjemplo.Todos.Select(p => p.UnidadResponsable.Nombre).Should().Equal(
            "Dirección General de Gobierno Digital y Soporte Tecnológico",
            "Gobierno Digital",
            "Dirección de Soporte e infraestructura",
            "Dirección de Participación Ciudadana",
            "Dirección de Mejora Regulatoria",
            "Dirección de Enlace Municipal");
    }

    [Fact]
    public void Propiedades_SonLosMismosObjetosQueTodos()
    {
        new[]
        {
            PlanesDeEjemplo.GobiernoDigitalYSoporte, PlanesDeEjemplo.GobiernoDigital, PlanesDeEjemplo.SoporteEInfraestructura,
            PlanesDeEjemplo.ParticipacionCiudadana, PlanesDeEjemplo.MejoraRegulatoria, PlanesDeEjemplo.EnlaceMunicipal,
        }.Should().Equal(PlanesDeEjemplo.Todos, (a, b) => ReferenceEquals(a, b));
    }

    [Fact]
    public void Validacion_SoloLasTresMetasQueNoCoincidenConSuCalendario()
    {
        PlanesDeEjemplo.GobiernoDigitalYSoporte.Should().NoTenerDiagnosticos();
        PlanesDeEjemplo.GobiernoDigital.Should().NoTenerDiagnosticos();
        PlanesDeEjemplo.SoporteEInfraestructura.Should().NoTenerDiagnosticos();
        PlanesDeEjemplo.EnlaceMunicipal.Should().NoTenerDiagnosticos();
        PlanesDeEjemplo.ParticipacionCiudadana.Should().TenerDiagnosticoEnActividad("POA001", 2).And.TenerDiagnosticoEnActividad("POA001", 3);
        PlanesDeEjemplo.MejoraRegulatoria.Should().TenerDiagnosticoEnActividad("POA001", 1);
    }
}
