namespace Poa.Domain.Testing.Tests.Datos;

/// <summary>The two sample plans outside the seed: reprogrammed and trimestral.</summary>
public class PlanesDeEjemploDelCicloTests
{
    [Fact]
    public void MejoraRegulatoriaReprogramada_ConservaLaAprobadaYSuVigenteEsValida()
    {
        var plan = PlanesDeEjemplo.MejoraRegulatoriaReprogramada;

        plan.Actividades.Should().Equal(PlanesDeEjemplo.MejoraRegulatoria.Actividades);
        plan.Should().TenerModificaciones(2).And.NoTenerDiagnosticos();
        plan.Should().TenerActividadVigente(1).Which.Calendarizacion.Total.Should().Be(3);
        plan.Should().TenerActividadVigente(2).Which.Should().TenerMeta(Crear.UnaMeta(30, "Procesos"));
        plan.CerradoHasta.Should().Be(new NodaTime.YearMonth(2023, 8));
        PlanesDeEjemplo.MejoraRegulatoria.Should().TenerDiagnostico("POA001");
    }

    [Fact]
    public void Trimestral_EsValidoYCubreTipoFrecuenciaLineaBaseYPeso()
    {
        var plan = PlanesDeEjemplo.Trimestral;

        plan.Should().NoTenerDiagnosticos();
        plan.Actividades.Should().OnlyContain(a => a.Frecuencia == Frecuencia.Trimestral);
        plan.Should().TenerActividad(1).Which.Should().TenerAcumulacion(TipoDeAcumulacion.Suma);
        plan.Should().TenerActividad(2).Which.Should().TenerAcumulacion(TipoDeAcumulacion.UltimoValor);
        plan.Actividades[1].LineaBase.Should().Be(LineaBase.Create(45, 2022));
        plan.Should().TenerActividad(3).Which.Should().TenerAcumulacion(TipoDeAcumulacion.Promedio).And.TenerPeso(2);
        PlanesDeEjemplo.Todos.Should().NotContain(plan).And.NotContain(PlanesDeEjemplo.MejoraRegulatoriaReprogramada);
    }
}
