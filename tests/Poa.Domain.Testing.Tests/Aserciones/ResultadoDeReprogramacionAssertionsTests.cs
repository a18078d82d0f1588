using NodaTime;
using Xunit.Sdk;

namespace Poa.Domain.Testing.Tests.Aserciones;

public class ResultadoDeReprogramacionAssertionsTests
{
    private static string Falla(Action act) => act.Should().Throw<XunitException>().Which.Message;

    private static Modificacion TerceraReunion(int mes, LocalDate autorizadaEl)
        => Modificacion.Create(1, 1, new YearMonth(2023, mes), null, Calendarizacion.De(octubre: 1), "Tercera reunión en octubre.", autorizadaEl);

    [Fact]
    public void SerAceptada_UnaModificacionValida_PasaYDaElPlanNuevo()
    {
        var plan = PlanesDeEjemplo.MejoraRegulatoria;

        plan.Reprogramar(TerceraReunion(7, new LocalDate(2023, 6, 28))).Should().SerAceptada()
            .Which.Should().TenerModificaciones(1).And.NoTenerDiagnostico("POA001");
    }

    [Fact]
    public void SerRechazada_EnUnMesCerrado_PasaConSuDiagnostico()
    {
        var plan = PlanesDeEjemplo.MejoraRegulatoria.ConCerradoHasta(new YearMonth(2023, 8));

        plan.Reprogramar(TerceraReunion(7, new LocalDate(2023, 6, 28))).Should().SerRechazada()
            .And.TenerErrores().And.TenerDiagnostico(CatalogoDeDiagnosticos.NuevaModificacionEnMesCerrado.Codigo);
    }

    [Fact]
    public void SerAceptada_Rechazada_FallaListandoPorQue()
    {
        var plan = PlanesDeEjemplo.MejoraRegulatoria.ConCerradoHasta(new YearMonth(2023, 8));
        var resultado = plan.Reprogramar(TerceraReunion(7, new LocalDate(2023, 6, 28)));

        Falla(() => resultado.Should().SerAceptada("el cabildo la aprobó"))
            .Should().StartWith("Se esperaba que resultado de «")
            .And.Contain("» fuera aceptada porque el cabildo la aprobó, pero se rechazó. Sus diagnósticos:")
            .And.Contain(CatalogoDeDiagnosticos.NuevaModificacionEnMesCerrado.Codigo);
    }

    [Fact]
    public void SerRechazada_Aceptada_Falla()
    {
        var resultado = PlanesDeEjemplo.MejoraRegulatoria.Reprogramar(TerceraReunion(7, new LocalDate(2023, 6, 28)));

        Falla(() => resultado.Should().SerRechazada()).Should().Contain("fuera rechazada, pero se aceptó.");
        Falla(() => resultado.Should().TenerErrores()).Should().Contain("tuviera errores, pero no tiene ninguno.");
    }

    [Fact]
    public void Nula_FallaDiciendoQueEsNula()
    {
        ResultadoDeReprogramacion resultado = null!;

        Falla(() => resultado.Should().SerAceptada()).Should().Be("Se esperaba que resultado fuera aceptada, pero es nula.");
    }
}
