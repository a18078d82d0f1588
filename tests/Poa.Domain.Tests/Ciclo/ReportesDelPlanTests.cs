using NodaTime;
using static Poa.Domain.Tests.Ciclo.CicloDeEjemplo;

namespace Poa.Domain.Tests.Ciclo;

public class ReportesDelPlanTests
{
    private static readonly EvaluadorDeSemaforo Evaluador = EvaluadorDeSemaforo.Predeterminado;

    private static Plan Informes(Frecuencia frecuencia = Frecuencia.Mensual)
        => new Plan.Builder(2024, "Secretaría de Servicios Públicos", "Dirección de Alumbrado y Bacheo")
            .AgregarActividad("Elaborar los informes trimestrales de avance", Alineacion.Parse("III. Ciudad funcional", "3.2 Servicios públicos de calidad"),
                new ProgramaPresupuestario("Alumbrado Público"), Meta.Parse("4 Informes"), Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1),
                frecuencia: frecuencia)
            .Build();

    [Fact]
    public void ElDiaDeCierre_EsATiempo_ElSiguiente_Extemporaneo()
    {
        var plan = Informes();
        var aTiempo = Evaluador.Reportes(AvancesDelPlan.Create(plan, [Avance.Create(1, Mes(3), 1, fechaDeReporte: Dia(4, 5))]), Dia(4, 10), Regla);
        var tarde = Evaluador.Reportes(AvancesDelPlan.Create(plan, [Avance.Create(1, Mes(3), 1, fechaDeReporte: Dia(4, 6))]), Dia(4, 10), Regla);

        aTiempo.Actividades[0].Extemporaneos.EstaVacio.Should().BeTrue();
        tarde.Actividades[0].Extemporaneos.Should().Equal(3);
        tarde.Diagnosticos.Should().ContainSingle().Which.ToString().Should()
            .Be("plan «Dirección de Alumbrado y Bacheo», actividad 1, avances: información POA252: La actividad 1 reportó fuera de plazo: marzo (cerró el 2024-04-05, reportado el 2024-04-06).");
    }

    [Fact]
    public void UnAvanceSinFecha_NuncaEsExtemporaneo()
    {
        var reportes = Evaluador.Reportes(AvancesDelPlan.Create(Informes(), [Avance.Create(1, Mes(3), 1)]), Dia(12, 1), Regla);

        (reportes.Debidos, reportes.Reportados, reportes.Vencidos, reportes.Extemporaneos).Should().Be((3, 1, 2, 0));
        reportes.Actividades[0].Vencidos.Should().Equal(6, 9);
        reportes.Diagnosticos.Should().ContainSingle().Which.Mensaje.Should()
            .Be("La actividad 1 no tiene avance de junio y septiembre, ya cerrados al 2024-12-01 con la regla de cierre de 5 días después del fin de mes (America/Monterrey).");
        reportes.ToString().Should().Be("Dirección de Alumbrado y Bacheo al 2024-12-01: 3 debidos, 1 reportados, 2 vencidos, 0 extemporáneos");
    }

    [Fact]
    public void SoloSeDeben_LosMesesProgramadosYaCerrados()
    {
        var reportes = Evaluador.Reportes(AvancesDelPlan.SinAvances(Informes(Frecuencia.Trimestral)), Dia(8, 20), Regla);

        reportes.Actividades[0].Debidos.Should().Equal(3, 6);
        reportes.UltimoMesCerrado.Should().Be(Mes(7));
    }

    [Theory]
    [InlineData("2023-12-31", 0)]
    [InlineData("2024-01-05", 0)]
    [InlineData("2024-04-06", 1)]
    [InlineData("2026-03-01", 4)]
    public void LaFecha_DecideQueMesesYaSeDeben(string fecha, int debidos)
    {
        var dia = NodaTime.Text.LocalDatePattern.Iso.Parse(fecha).Value;

        Evaluador.Reportes(AvancesDelPlan.SinAvances(Informes()), dia, Regla).Debidos.Should().Be(debidos);
    }

    [Fact]
    public void LaVista_DecideElCalendarioDeLoDebido()
    {
        var mover = Modificacion.Create(1, 1, Mes(6), null, Calendarizacion.De(julio: 1, septiembre: 1, diciembre: 1), "Se recorre el informe.", Dia(6, 1));
        var plan = Informes().Reprogramar(mover).Plan;
        var avances = AvancesDelPlan.SinAvances(plan);

        Evaluador.Reportes(avances, Dia(8, 10), Regla).Actividades[0].Debidos.Should().Equal(3, 7);
        new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { Vista = VistaDelPlan.Aprobado })
            .Reportes(avances, Dia(8, 10), Regla).Actividades[0].Debidos.Should().Equal(3, 6);
    }

    [Fact]
    public void EvaluarConFecha_VariosPlanes_CadaUnoConSusReportes()
    {
        var planes = Evaluador.Evaluar([ConocidosEl(CicloDeEjemplo.Aprobado, Dia(7, 6)), AvancesDelPlan.SinAvances(Informes())], Dia(7, 6), Regla);

        planes.Select(p => p.Reportes!.Vencidos).Should().Equal(1, 2);
        planes.Should().AllSatisfy(p => p.Corte.Should().Be(Corte.De(Mes(6))));
    }

    [Fact]
    public void Nulos_LanzanArgumentNullException()
    {
        var avances = AvancesDelPlan.SinAvances(Informes());

        FluentActions.Invoking(() => Evaluador.Reportes(null!, Dia(1, 1), Regla)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Evaluador.Reportes(avances, Dia(1, 1), null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Evaluador.Evaluar(avances, Dia(1, 1), null!)).Should().Throw<ArgumentNullException>();
    }
}
