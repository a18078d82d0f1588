using Poa.Domain.Tests.Datos;
using static Poa.Domain.Tests.Evaluacion.Escenarios;

namespace Poa.Domain.Tests.Evaluacion;

public class EvaluadorDeSemaforoTests
{
    private static readonly EvaluadorDeSemaforo Evaluador = EvaluadorDeSemaforo.Predeterminado;

    [Fact]
    public void AudienciasPublicas_AMarzoCon18De24_Es75Amarillo()
    {
        var plan = PlanesDelSeed.ParticipacionCiudadana;
        var numero = Audiencias.Numero;
        var avances = AvancesDelPlan.Create(plan, [
            Avance.Create(numero, Mes(1), 4),
            Avance.Create(numero, Mes(2), 8),
            Avance.Create(numero, Mes(3), 6),
        ]);

        var r = Evaluador.Evaluar(avances, numero, Corte(3));

        r.Estado.Should().Be(EstadoDeEvaluacion.Evaluada);
        r.Programado.Should().Be(24m);
        r.Realizado.Should().Be(18m);
        r.Cumplimiento.Should().Be(75m);
        r.Color.Should().Be(Color.Amarillo);
        r.AvanceAnual.Should().Be(1800m / 102m);
        r.MesesSinReporte.EstaVacio.Should().BeTrue();
        r.Formula.Should().Be(FormulaDeCumplimiento.RealizadoEntreProgramado);
        r.BandaAplicada.Should().Be(Semaforizacion.Predeterminada.Amarillo);
    }

    [Theory]
    [InlineData("20", 80.0, Color.Verde)]
    [InlineData("19.99", 79.96, Color.Amarillo)]
    [InlineData("20.01", 80.04, Color.Verde)]
    [InlineData("12.5", 50.0, Color.Rojo)]
    [InlineData("12.51", 50.04, Color.Amarillo)]
    [InlineData("12.49", 49.96, Color.Rojo)]
    [InlineData("0", 0.0, Color.Rojo)]
    [InlineData("37.5", 150.0, Color.Verde)]
    public void Acumulable_Fronteras_DanElColorExacto(string realizado, double cumplimiento, Color color)
    {
        var plan = PlanDeUna("25 Reportes", Calendarizacion.De(enero: 10, marzo: 15));
        var r = Evaluador.Evaluar(Avances(plan, 0, null, decimal.Parse(realizado, System.Globalization.CultureInfo.InvariantCulture)), 1, Corte(3));

        r.Cumplimiento.Should().Be((decimal)cumplimiento);
        r.Color.Should().Be(color);
    }
}

public class CasosResueltosAManoTests
{
    private static readonly EvaluadorDeSemaforo Evaluador = EvaluadorDeSemaforo.Predeterminado;

    [Fact]
    public void NadaProgramadoNiReportado_SinMetaProgramadaSinColor()
    {
        var plan = PlanDeUna("1 Reporte", Calendarizacion.De(marzo: 1));
        var r = Evaluador.Evaluar(AvancesDelPlan.SinAvances(plan), 1, Corte(2));

        r.Estado.Should().Be(EstadoDeEvaluacion.SinMetaProgramada);
        r.Cumplimiento.Should().BeNull();
        r.Color.Should().BeNull();
        r.Programado.Should().Be(0m);
    }

    [Fact]
    public void NadaProgramadoPeroReportado_AdelantadaCon100Verde()
    {
        var plan = PlanDeUna("1 Reporte", Calendarizacion.De(marzo: 1));
        var r = Evaluador.Evaluar(Avances(plan, null, 1), 1, Corte(2));

        r.Estado.Should().Be(EstadoDeEvaluacion.Adelantada);
        r.Cumplimiento.Should().Be(100m);
        r.Color.Should().Be(Color.Verde);
        r.Senales.Should().HaveFlag(SenalesDeEvaluacion.ReporteSinProgramacion);
        r.AvanceAnual.Should().Be(100m);
    }

    [Fact]
    public void CeroReportado_NoEsReporteFaltante()
    {
        var plan = PlanDeUna("1 Reporte", Calendarizacion.De(marzo: 1));
        var conCero = Evaluador.Evaluar(Avances(plan, null, null, 0), 1, Corte(3));
        var sinReporte = Evaluador.Evaluar(AvancesDelPlan.SinAvances(plan), 1, Corte(3));

        conCero.Cumplimiento.Should().Be(0m);
        sinReporte.Cumplimiento.Should().Be(0m);
        conCero.MesesSinReporte.EstaVacio.Should().BeTrue();
        conCero.MesesReportados.Should().Equal(3);
        sinReporte.MesesSinReporte.Should().Equal(3);
        sinReporte.Senales.Should().HaveFlag(SenalesDeEvaluacion.MesesSinReporte);
        conCero.Should().NotBe(sinReporte);
    }

    [Fact]
    public void MesesSinReporte_CuentanComoCeroYSeListan()
    {
        // Audiencias: 4 + 10 + 10 to March; January 4 and March 10 reported, February missing → 14 / 24.
        var plan = PlanDeUna("102 Audiencias", Calendarizacion.De(4, 10, 10, 4, 10, 10, 10, 10, 10, 10, 10, 4));
        var r = Evaluador.Evaluar(Avances(plan, 4, null, 10), 1, Corte(3));

        r.Programado.Should().Be(24m);
        r.Realizado.Should().Be(14m);
        r.Cumplimiento.Should().Be(1400m / 24m);
        r.CumplimientoRedondeado.Should().Be(58.33m);
        r.Color.Should().Be(Color.Amarillo);
        r.MesesSinReporte.Should().Equal(2);
    }

    [Fact]
    public void MesesSinReporte_ExcluidosPorOpcion()
    {
        var plan = PlanDeUna("102 Audiencias", Calendarizacion.De(4, 10, 10, 4, 10, 10, 10, 10, 10, 10, 10, 4));
        var evaluador = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { MesesSinReporte = PoliticaDeMesesSinReporte.Excluir });
        var r = evaluador.Evaluar(Avances(plan, 4, null, 10), 1, Corte(3));

        r.Programado.Should().Be(14m);
        r.Realizado.Should().Be(14m);
        r.Cumplimiento.Should().Be(100m);
        r.MesesSinReporte.Should().Equal(2);
        r.MesesConsiderados.Should().Equal(1, 3);

        var sinDatos = evaluador.Evaluar(AvancesDelPlan.SinAvances(plan), 1, Corte(3));
        sinDatos.Estado.Should().Be(EstadoDeEvaluacion.SinDatos);
        sinDatos.Color.Should().BeNull();
    }

    [Fact]
    public void Sobrecumplimiento_SeConservaYSeSenalaConLimite()
    {
        var plan = PlanDeUna("10 Reportes", Calendarizacion.De(enero: 10));
        var r = Evaluador.Evaluar(Avances(plan, 15), 1, Corte(1));
        r.Cumplimiento.Should().Be(150m);
        r.Senales.Should().NotHaveFlag(SenalesDeEvaluacion.Sobrecumplimiento);

        var conLimite = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { LimiteDeSobrecumplimiento = 130m }).Evaluar(Avances(plan, 15), 1, Corte(1));
        conLimite.Cumplimiento.Should().Be(150m);
        conLimite.Color.Should().Be(Color.Verde);
        conLimite.Senales.Should().HaveFlag(SenalesDeEvaluacion.Sobrecumplimiento);
    }

    [Fact]
    public void Porcentaje_SinVariables_EsPromedioDeCumplimientosMensuales()
    {
        var plan = PlanDeUna("100% Porcentaje", Calendarizacion.Mensual(100m, 1, 11));
        var r = Evaluador.Evaluar(Avances(plan, 95, 100), 1, Corte(2));

        r.Agregacion.Should().Be(AgregacionDeMeses.PromedioDeMeses);
        r.Cumplimiento.Should().Be(97.5m);
        r.Programado.Should().Be(100m);
        r.Realizado.Should().Be(97.5m);
        r.Color.Should().Be(Color.Verde);
    }

    [Fact]
    public void Porcentaje_ConVariables_EsCocienteDeSumas()
    {
        var plan = PlanDeUna("100% Porcentaje", Calendarizacion.Mensual(100m, 1, 11));
        var avances = AvancesDelPlan.Create(plan, [Avance.ConVariables(1, Mes(1), 95, 100), Avance.ConVariables(1, Mes(2), 300, 300)]);
        var r = Evaluador.Evaluar(avances, 1, Corte(2));

        r.Agregacion.Should().Be(AgregacionDeMeses.CocienteDeVariables);
        r.Realizado.Should().Be(98.75m);
        r.Cumplimiento.Should().Be(98.75m);
    }

    [Fact]
    public void Porcentaje_DiciembreVacio_NoCuentaEnDiciembre()
    {
        var plan = PlanDeUna("100% Porcentaje", Calendarizacion.Mensual(100m, 1, 11));
        var todos = Enumerable.Range(1, 11).Select(m => (decimal?)100m).ToArray();
        var r = Evaluador.Evaluar(Avances(plan, todos), 1, Corte(12));

        r.MesesProgramados.Cantidad.Should().Be(11);
        r.Cumplimiento.Should().Be(100m);
        r.MesesSinReporte.EstaVacio.Should().BeTrue();
    }

    [Theory]
    [InlineData(ConvencionDescendente.ProgramadoEntreRealizado, "8", 125.0)]
    [InlineData(ConvencionDescendente.ProgramadoEntreRealizado, "20", 50.0)]
    [InlineData(ConvencionDescendente.ProgramadoEntreRealizado, "0", 100.0)]
    [InlineData(ConvencionDescendente.Simetrica, "8", 120.0)]
    [InlineData(ConvencionDescendente.Simetrica, "20", 0.0)]
    [InlineData(ConvencionDescendente.Simetrica, "0", 200.0)]
    public void Descendente_AmbasConvenciones(ConvencionDescendente convencion, string realizado, double cumplimiento)
    {
        var plan = PlanDeUna("10 Incidentes", Calendarizacion.De(enero: 10), Sentido.Descendente);
        var evaluador = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { ConvencionDescendente = convencion });
        var r = evaluador.Evaluar(Avances(plan, decimal.Parse(realizado, System.Globalization.CultureInfo.InvariantCulture)), 1, Corte(1));

        r.Cumplimiento.Should().Be((decimal)cumplimiento);
        (r.Senales.HasFlag(SenalesDeEvaluacion.RealizadoCeroDescendente)).Should().Be(realizado == "0");
    }

    [Theory]
    [InlineData("10", 100.0, Color.Verde)]
    [InlineData("12", 80.0, Color.Verde)]
    [InlineData("8", 80.0, Color.Verde)]
    [InlineData("15", 50.0, Color.Rojo)]
    [InlineData("5", 50.0, Color.Rojo)]
    [InlineData("13", 70.0, Color.Amarillo)]
    public void Regular_CaeDeAmbosLados(string realizado, double cumplimiento, Color color)
    {
        var plan = PlanDeUna("10 Días", Calendarizacion.De(enero: 10), Sentido.Regular);
        var r = Evaluador.Evaluar(Avances(plan, decimal.Parse(realizado, System.Globalization.CultureInfo.InvariantCulture)), 1, Corte(1));

        r.Cumplimiento.Should().Be((decimal)cumplimiento);
        r.Color.Should().Be(color);
        r.Formula.Should().Be(FormulaDeCumplimiento.Regular);
    }

    [Fact]
    public void CorteEnEneroYEnDiciembre()
    {
        var plan = PlanDeUna("102 Audiencias", Calendarizacion.De(4, 10, 10, 4, 10, 10, 10, 10, 10, 10, 10, 4));
        var avances = Avances(plan, 4, 10, 10, 4, 10, 10, 10, 10, 10, 10, 10, 4);

        var enero = Evaluador.Evaluar(avances, 1, Corte(1));
        enero.Programado.Should().Be(4m);
        enero.Cumplimiento.Should().Be(100m);
        enero.MesesContados.Should().Equal(1);

        var diciembre = Evaluador.Evaluar(avances, 1, Corte(12));
        diciembre.Programado.Should().Be(102m);
        diciembre.Realizado.Should().Be(102m);
        diciembre.AvanceAnual.Should().Be(100m);
        diciembre.Cumplimiento.Should().Be(100m);
    }

    [Fact]
    public void CorteFueraDelEjercicio_AntesNadaYDespuesTodo()
    {
        var plan = PlanDeUna("1 Reporte", Calendarizacion.De(enero: 1));
        var avances = Avances(plan, 1);
        Evaluador.Evaluar(avances, 1, Domain.Corte.De(new NodaTime.YearMonth(2022, 12))).Estado.Should().Be(EstadoDeEvaluacion.SinMetaProgramada);
        Evaluador.Evaluar(avances, 1, Domain.Corte.De(new NodaTime.YearMonth(2024, 5))).Cumplimiento.Should().Be(100m);
    }

    [Fact]
    public void Explicar_DiceReglaBandaYMesesFaltantes()
    {
        var plan = PlanDeUna("102 Audiencias", Calendarizacion.De(4, 10, 10, 4, 10, 10, 10, 10, 10, 10, 10, 4));
        var texto = Evaluador.Evaluar(Avances(plan, 4, null, 10), 1, Corte(3)).Explicar();

        texto.Should().Contain("R / P × 100").And.Contain("58.33%").And.Contain("amarillo").And.Contain("> 50% y < 80%").And.Contain("febrero");
    }

    [Fact]
    public void Serie_DaUnResultadoPorMes()
    {
        var plan = PlanDeUna("102 Audiencias", Calendarizacion.De(4, 10, 10, 4, 10, 10, 10, 10, 10, 10, 10, 4));
        var serie = Evaluador.Serie(Avances(plan, 4, 5, 10), 1, Corte(3));

        serie.Select(r => r.Cumplimiento).Should().Equal(100m, 900m / 14m, 1900m / 24m);
        serie.Select(r => r.Color).Should().Equal(Color.Verde, Color.Amarillo, Color.Amarillo);
    }

    [Fact]
    public void EvaluarEnSpan_NoAsignaMemoria()
    {
        var plan = PlanesDelSeed.ParticipacionCiudadana;
        var avances = AvancesDelPlan.SinAvances(plan);
        var destino = new ResultadoDeActividad[plan.Actividades.Count];
        Evaluador.Evaluar(avances, Corte(6), destino);
        var antes = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Evaluador.Evaluar(avances, Corte(6), destino);
        }

        (GC.GetAllocatedBytesForCurrentThread() - antes).Should().Be(0);
    }
}
