using Poa.Domain.Tests.Datos;
using static Poa.Domain.Tests.Evaluacion.Escenarios;

namespace Poa.Domain.Tests.Evaluacion;

public class ResumenDeGrupoTests
{
    private static Plan DosActividades()
        => new Plan.Builder(2023, "Secretaría de Prueba", "Dirección de Prueba")
            .AgregarActividad("Una", "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Programa A", "10 Reportes", Calendarizacion.De(enero: 10))
            .AgregarActividad("Otra", "IV. Ciudad Humana", "4.11 Igualdad sustantiva", "Programa A", "10 Reportes", Calendarizacion.De(enero: 10))
            .AgregarActividad("Tercera", "IV. Ciudad Humana", "4.11 Igualdad sustantiva", "Programa B", "10 Reportes", Calendarizacion.De(marzo: 10))
            .Build();

    [Fact]
    public void Promedio_TopadoEn100_ElSobrecumplimientoNoTapaElRezago()
    {
        var plan = DosActividades();
        var avances = AvancesDelPlan.Create(plan, [Avance.Create(1, Mes(1), 20), Avance.Create(2, Mes(1), 4)]);
        var resultado = EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, Corte(1));

        var grupo = EvaluadorDeSemaforo.Predeterminado.Resumir([resultado], Agrupacion.UnidadResponsable).Single();
        grupo.Actividades.Should().Be(3);
        grupo.Verdes.Should().Be(1);
        grupo.Rojos.Should().Be(1);
        grupo.SinColor.Should().Be(1);
        grupo.PorcentajeVerde.Should().Be(50m);
        grupo.CumplimientoPromedio.Should().Be(70m); // (100 + 40) / 2, the 200% capped
        grupo.Color.Should().Be(Color.Amarillo);

        var sinTope = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { PromedioDeGrupo = PromedioDeGrupo.SinTope }).Resumir([resultado], Agrupacion.UnidadResponsable).Single();
        sinTope.CumplimientoPromedio.Should().Be(120m);
        sinTope.Color.Should().Be(Color.Verde);
    }

    [Fact]
    public void PorEjeYPrograma_SeparaLosGrupos()
    {
        var plan = DosActividades();
        var resultado = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDelPlan.SinAvances(plan), Corte(3));

        EvaluadorDeSemaforo.Predeterminado.Resumir([resultado], Agrupacion.EjeRector).Select(g => g.Actividades).Should().Equal(1, 2);
        EvaluadorDeSemaforo.Predeterminado.Resumir([resultado], Agrupacion.ProgramaPresupuestario).Select(g => g.Nombre).Should().Equal("Programa A", "Programa B");
        EvaluadorDeSemaforo.Predeterminado.Resumir([resultado], Agrupacion.ObjetivoEstrategico).Select(g => (g.Nombre, g.Actividades))
            .Should().Equal(("5.1 Monterrey abierto e inteligente", 1), ("4.11 Igualdad sustantiva", 2));
    }

    [Fact]
    public void PlanesDelSeed_PorDependencia_UnSoloGrupo()
    {
        var resultados = EvaluadorDeSemaforo.Predeterminado.Evaluar(PlanesDelSeed.Todos.Select(AvancesDelPlan.SinAvances), Corte(6));
        var grupo = EvaluadorDeSemaforo.Predeterminado.Resumir(resultados, Agrupacion.Dependencia).Single();
        grupo.Actividades.Should().Be(34);
        grupo.Verdes.Should().Be(0);
        EvaluadorDeSemaforo.Predeterminado.Resumir(resultados, Agrupacion.UnidadResponsable).Should().HaveCount(6);
    }
}
