using Xunit.Sdk;

namespace Poa.Domain.Testing.Tests.Aserciones;

public class ResumenDeGrupoAssertionsTests
{
    private static string Falla(Action act) => act.Should().Throw<XunitException>().Which.Message;

    private static IReadOnlyList<ResumenDeGrupo> PorUnidad()
    {
        var resultados = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte);
        return EvaluadorDeSemaforo.Predeterminado.Resumir(resultados, Agrupacion.UnidadResponsable);
    }

    [Fact]
    public void ContenerGrupo_Existente_DaElGrupo()
    {
        var resumenes = PorUnidad();

        resumenes.Should().ContenerGrupo("Dirección de Enlace Municipal").Which.Should()
            .TenerConteos(verdes: 3, amarillos: 2, rojos: 1)
            .And.TenerCumplimientoPromedio(73.07m, precision: 0.01m);
    }

    [Fact]
    public void ContenerGrupo_Inexistente_FallaListandoLosGrupos()
    {
        var resumenes = PorUnidad();

        Falla(() => resumenes.Should().ContenerGrupo("Dirección de Alumbrado"))
            .Should().StartWith("Se esperaba que resumenes contuvieran el grupo «Dirección de Alumbrado», pero sus grupos son:")
            .And.Contain("Dirección de Enlace Municipal · 6 actividades");
    }

    [Fact]
    public void Colores_DelGrupo_PasanYFallan()
    {
        var enlace = PorUnidad().Single(g => g.Nombre == "Dirección de Enlace Municipal");

        enlace.Should().SerAmarillo().And.NoTenerColor(Color.Verde).And.TenerColor(Color.Amarillo);
        Falla(() => enlace.Should().SerVerde("todo se entregó"))
            .Should().StartWith("Se esperaba que enlace fuera verde porque todo se entregó, pero es amarillo (cumplimiento promedio 73.07%; 3 verdes, 2 amarillos, 1 rojo y 0 sin color; ");
        Falla(() => enlace.Should().SerRojo()).Should().StartWith("Se esperaba que enlace fuera rojo, pero es amarillo");
        Falla(() => enlace.Should().NoTenerColor()).Should().StartWith("Se esperaba que enlace no tuviera color, pero es amarillo");
        Falla(() => enlace.Should().NoTenerColor(Color.Amarillo)).Should().StartWith("Se esperaba que enlace no fuera amarillo, pero es amarillo");
    }

    [Fact]
    public void TenerConteos_Distintos_FallaConLosQueHay()
    {
        var enlace = PorUnidad().Single(g => g.Nombre == "Dirección de Enlace Municipal");

        Falla(() => enlace.Should().TenerConteos(6, 0, 0))
            .Should().StartWith("Se esperaba que enlace tuviera 6 verdes, 0 amarillos, 0 rojos y 0 sin color, pero es amarillo (cumplimiento promedio 73.07%; 3 verdes, 2 amarillos, 1 rojo y 0 sin color;");
    }

    [Fact]
    public void TenerCumplimientoPromedio_Exacto_MuestraElRedondeadoYElExacto()
    {
        var enlace = PorUnidad().Single(g => g.Nombre == "Dirección de Enlace Municipal");

        Falla(() => enlace.Should().TenerCumplimientoPromedio(73.07m))
            .Should().MatchRegex(@"^Se esperaba que enlace tuviera un cumplimiento promedio de 73\.07%, pero es amarillo \(cumplimiento promedio 73\.07% \(exactamente 73\.06\d+%\);");
        ((Action)(() => enlace.Should().TenerCumplimientoPromedio(70, precision: -1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void GrupoSinColor_NoTenerColor_Pasa()
    {
        Plan plan = Crear.UnPlan().ConActividad(a => a.ConProgramacion(Calendarizacion.De(diciembre: 1), "Informes"));
        var resultado = Crear.UnosAvances(plan).Evaluar(corte: 6);

        var resumen = EvaluadorDeSemaforo.Predeterminado.Resumir([resultado], Agrupacion.UnidadResponsable).Single();

        resumen.Should().NoTenerColor().And.TenerConteos(0, 0, 0, sinColor: 1);
    }
}
