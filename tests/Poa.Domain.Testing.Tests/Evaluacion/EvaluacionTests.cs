using NodaTime;
using Xunit.Sdk;

namespace Poa.Domain.Testing.Tests.Evaluacion;

public class AvancesBuilderTests
{
    [Fact]
    public void DoceReportesUnoAlMes_SieteAJulio_EsVerde()
    {
        Plan plan = Crear.UnPlan().ConActividad(a => a.Mensual(1, "Reportes"));

        var resultado = Crear.UnosAvances(plan).Mensual(actividad: 1, realizado: 1, hastaMes: 7).Evaluar(actividad: 1, corte: 7);

        resultado.Should().SerVerde().And.TenerCumplimiento(100);
        resultado.AvanceAnual.Should().BeApproximately(58.33m, 0.01m);
    }

    [Fact]
    public void ComoLoProgramado_DaCienPorCiento()
    {
        var avances = Crear.UnosAvances(PlanesDeEjemplo.ParticipacionCiudadana).ComoLoProgramado(4, hastaMes: 9);

        avances.Evaluar(4, 9).Should().SerVerde().And.TenerCumplimiento(100);
        avances.Build().Avances.Should().HaveCount(9);
    }

    [Fact]
    public void ConVariables_UsaLaSumaDeNumeradoresYDenominadores()
    {
        Plan plan = Crear.UnPlan().ConActividad(a => a.DePorcentaje());

        var resultado = Crear.UnosAvances(plan).ConVariables(1, 1, 95, 100).ConVariables(1, 2, 300, 300).Evaluar(1, 2);

        resultado.Should().TenerCumplimiento(98.75m);
    }

    [Fact]
    public void DesdeEnero_UnValorPorMes_DesdeEnero()
    {
        Plan plan = Crear.UnPlan().ConActividad(a => a.Mensual(1, "Reportes"));

        var avances = Crear.UnosAvances(plan).DesdeEnero(1, 1, 0, 2).Build();

        avances.Avances.Select(a => (a.Mes.Month, a.Realizado)).Should().Equal((1, 1m), (2, 0m), (3, 2m));
        avances.Buscar(1, 4).Should().BeNull("un mes que no se dio queda sin reporte");
    }

    [Fact]
    public void DesdeEnero_MasDeDoceValores_Lanza()
    {
        Action act = () => Crear.UnosAvances(Crear.UnPlan()).DesdeEnero(1, new decimal[13]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("realizados").WithMessage("*más de 12 valores*");
    }

    [Fact]
    public void AvanceDeActividadInexistente_LanzaAlConstruir()
    {
        Action act = () => Crear.UnosAvances(Crear.UnPlan()).Con(2, 1, 1).Build();

        act.Should().Throw<AvancesInvalidosException>();
    }

    [Fact]
    public void MesFueraDeRango_Lanza()
    {
        ((Action)(() => Crear.UnosAvances(Crear.UnPlan()).Mensual(1, 1, hastaMes: 13))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => Crear.UnosAvances(Crear.UnPlan()).ComoLoProgramado(9, 3))).Should().Throw<ArgumentException>().WithParameterName("actividad");
    }

    [Fact]
    public void UnReloj_DaElCorteDeLaReglaDeCierre()
    {
        var reloj = Crear.UnReloj(new LocalDate(2023, 7, 5));
        var regla = ReglaDeCierre.Create(10, Crear.ZonaDeMonterrey);

        Corte.Desde(reloj.GetCurrentInstant(), regla).Should().Be(Corte.De(new EjercicioFiscal(2023), 5));
        reloj.AdvanceDays(6);
        Corte.Desde(reloj.GetCurrentInstant(), regla).Should().Be(Corte.De(new EjercicioFiscal(2023), 6));
    }
}

public class ResultadoDeActividadAssertionsTests
{
    private static ResultadoDeActividad Evaluar(AvancesDelPlan avances, int actividad)
        => EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, actividad, AvancesDeEjemplo.Corte);

    [Fact]
    public void AvancesDeEjemplo_EnlaceMunicipal_DanLosColoresDocumentados()
    {
        var avances = AvancesDeEjemplo.EnlaceMunicipal;

        Evaluar(avances, 1).Should().SerVerde().And.TenerCumplimiento(98.41m, precision: 0.01m);
        Evaluar(avances, 2).Should().SerAmarillo().And.TenerCumplimiento(66.67m, 0.01m);
        Evaluar(avances, 3).Should().SerVerde().And.TenerCumplimiento(80);
        Evaluar(avances, 4).Should().SerRojo().And.TenerCumplimiento(33.33m, 0.01m);
        Evaluar(avances, 5).Should().SerAmarillo().And.TenerCumplimiento(60);
        Evaluar(avances, 6).Should().SerVerde().And.TenerCumplimiento(100);
    }

    [Fact]
    public void AvancesDeEjemplo_MejoraRegulatoria_DanLosColoresDocumentados()
    {
        var avances = AvancesDeEjemplo.MejoraRegulatoria;

        Evaluar(avances, 1).Should().SerVerde();
        Evaluar(avances, 2).Should().NoTenerColor().And.TenerEstado(EstadoDeEvaluacion.SinMetaProgramada);
        Evaluar(avances, 3).Should().SerRojo().And.TenerCumplimiento(0);
        Evaluar(avances, 4).Should().SerRojo().And.TenerCumplimiento(50);
    }

    [Fact]
    public void SerVerde_EsAmarillo_FallaConColorCumplimientoYExplicacion()
    {
        var resultado = Evaluar(AvancesDeEjemplo.EnlaceMunicipal, 5);

        var mensaje = ((Action)(() => resultado.Should().SerVerde("la dependencia dice que va al día"))).Should().Throw<XunitException>().Which.Message;

        mensaje.Should().StartWith("Se esperaba que resultado fuera verde porque la dependencia dice que va al día, pero es amarillo (cumplimiento 60%, Evaluada). Actividad 5 «Promover campañas");
    }

    [Fact]
    public void CadaColor_FallaCuandoNoEs()
    {
        var verde = Evaluar(AvancesDeEjemplo.EnlaceMunicipal, 6);
        var sinColor = Evaluar(AvancesDeEjemplo.MejoraRegulatoria, 2);

        ((Action)(() => verde.Should().SerAmarillo())).Should().Throw<XunitException>().WithMessage("*fuera amarillo, pero es verde (cumplimiento 100%*");
        ((Action)(() => verde.Should().SerRojo())).Should().Throw<XunitException>().WithMessage("*fuera rojo, pero es verde*");
        ((Action)(() => verde.Should().NoTenerColor())).Should().Throw<XunitException>().WithMessage("*no tuviera color, pero es verde*");
        ((Action)(() => sinColor.Should().SerVerde())).Should().Throw<XunitException>().WithMessage("*fuera verde, pero es sin color (sin cumplimiento, SinMetaProgramada)*");
        ((Action)(() => verde.Should().TenerEstado(EstadoDeEvaluacion.Adelantada))).Should().Throw<XunitException>().WithMessage("*tuviera el estado Adelantada, pero*");
    }

    [Fact]
    public void TenerCumplimiento_FueraDeLaPrecision_Falla()
    {
        var resultado = Evaluar(AvancesDeEjemplo.EnlaceMunicipal, 2);

        ((Action)(() => resultado.Should().TenerCumplimiento(66.67m))).Should().Throw<XunitException>()
            .WithMessage("Se esperaba que resultado tuviera un cumplimiento de 66.67%, pero es amarillo (cumplimiento 66.67% (exactamente 66.666666666666666666666666667%), Evaluada)*");
        ((Action)(() => resultado.Should().TenerCumplimiento(66, precision: 0.5m))).Should().Throw<XunitException>()
            .WithMessage("*un cumplimiento de 66% ± 0.5, pero*");
        ((Action)(() => resultado.Should().TenerCumplimiento(66, precision: -1))).Should().Throw<ArgumentOutOfRangeException>();
    }
}

/// <summary>What ResultadoDeActividadAssertions gained: negative forms, alerts, justificaciones, metas aprobada and vigente, Be/NotBe.</summary>
public class ResultadoDeActividadAssertionsCicloTests
{
    private static string Falla(Action act) => act.Should().Throw<XunitException>().Which.Message;

    private static ResultadoDeActividad Luminarias(string? justificacion = null)
    {
        Plan plan = Crear.UnPlan().ConActividad(a => a.Mensual(10, "Luminarias"));
        return Crear.UnosAvances(plan).DesdeEnero(1, 10, 10, 8, 6, 5).Con(1, 6, 3, justificacion).Evaluar(1, corte: 6);
    }

    [Fact]
    public void FormasNegativas_PasanYFallan()
    {
        var resultado = Luminarias();

        resultado.Should().NoSerVerde().And.NoSerRojo().And.NoTenerColor(Color.Verde).And.NoTenerEstado(EstadoDeEvaluacion.Adelantada);
        Falla(() => resultado.Should().NoSerAmarillo()).Should().StartWith("Se esperaba que resultado no fuera amarillo, pero es amarillo (cumplimiento 70%, Evaluada). ");
        Falla(() => resultado.Should().NoTenerEstado(EstadoDeEvaluacion.Evaluada)).Should().StartWith("Se esperaba que resultado no tuviera el estado Evaluada, pero es amarillo");
    }

    [Fact]
    public void TenerAlerta_DaLaAlertaConSusNumeros()
    {
        Luminarias().Should().TenerAlerta().Which.RitmoRequerido.Should().Be(13);
    }

    [Fact]
    public void TenerAlertaYNoTenerAlerta_Fallan()
    {
        var conAlerta = Luminarias();
        Plan plan = Crear.UnPlan();
        var alDia = Crear.UnosAvances(plan).Mensual(1, 1, hastaMes: 6).Evaluar(1, 6);

        alDia.Should().NoTenerAlerta();
        Falla(() => alDia.Should().TenerAlerta()).Should().StartWith("Se esperaba que alDia tuviera una alerta temprana, pero es verde (cumplimiento 100%, Evaluada). ");
        Falla(() => conAlerta.Should().NoTenerAlerta()).Should().StartWith("Se esperaba que conAlerta no tuviera una alerta temprana, pero es amarillo")
            .And.Contain("ritmo requerido 13");
    }

    [Fact]
    public void JustificacionFaltante_PasaYFalla()
    {
        var sin = Luminarias();
        var con = Luminarias("El proveedor entregó tarde.");

        sin.Should().TenerJustificacionFaltante();
        con.Should().NoTenerJustificacionFaltante();
        Falla(() => con.Should().TenerJustificacionFaltante()).Should().StartWith("Se esperaba que con le faltara una justificación, pero es amarillo (cumplimiento 70%, Evaluada). ");
        Falla(() => sin.Should().NoTenerJustificacionFaltante()).Should().StartWith("Se esperaba que sin no le faltara una justificación, pero es amarillo");
    }

    [Fact]
    public void MetaAprobadaYVigente_DeUnPlanReprogramado()
    {
        var avances = Crear.UnosAvances(PlanesDeEjemplo.MejoraRegulatoriaReprogramada).Con(2, 12, 30);

        var resultado = avances.Evaluar(2, corte: 12);

        resultado.Should().TenerMetaAprobada(Crear.UnaMeta(27, "Procesos")).And.TenerMetaVigente(Crear.UnaMeta(30, "Procesos")).And.SerVerde();
        Falla(() => resultado.Should().TenerMetaVigente(Crear.UnaMeta(27, "Procesos")))
            .Should().StartWith("Se esperaba que resultado tuviera la meta vigente «27 Procesos», pero es verde (cumplimiento 100%, Evaluada, meta aprobada «27 Procesos», meta vigente «30 Procesos»). ");
    }

    [Fact]
    public void BeYNotBe_ComparanTodoElResultado()
    {
        var avances = AvancesDeEjemplo.EnlaceMunicipal;
        var uno = EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, 2, AvancesDeEjemplo.Corte);
        var igual = EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, 2, AvancesDeEjemplo.Corte);
        var otro = EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, 3, AvancesDeEjemplo.Corte);

        uno.Should().Be(igual).And.NotBe(otro);
        Falla(() => uno.Should().NotBe(igual)).Should().StartWith("Se esperaba que uno no fuera igual a «2 · 2023-06 · Evaluada · 66.67% · Amarillo», pero es amarillo (cumplimiento 66.67%, Evaluada). ");
        Falla(() => uno.Should().Be(otro)).Should().StartWith("Se esperaba que uno fuera igual a «");
    }
}
