using Poa.Domain.Tests.Infraestructura;
using static Poa.Domain.Tests.Evaluacion.Escenarios;

namespace Poa.Domain.Tests.Ciclo;

public class AlertaTempranaTests
{
    private static readonly EvaluadorDeSemaforo Evaluador = EvaluadorDeSemaforo.Predeterminado;

    private static ResultadoDeActividad Evaluar(Plan plan, int corte, EvaluadorDeSemaforo? evaluador = null, params decimal?[] avances)
        => (evaluador ?? Evaluador).Evaluar(Avances(plan, avances), 1, Corte(corte));

    [Fact]
    public void Suma_RitmoRequeridoExactamenteElFactor_NoAlerta_YUnPocoMas_Alerta()
    {
        // Meta 90, 10 a month to June then 5: R 42 at June; (90 − 42) / 6 = 8 against 42 / 6 = 7: 8 / 7 < 1.25.
        var plan = PlanDeUna("90 Reportes", Calendarizacion.Parse("10;10;10;10;10;10;5;5;5;5;5;5"));
        Evaluar(plan, 6, null, 10, 10, 8, 6, 5, 3).Alerta.Should().BeNull();

        // With factor 1.1: 48 × 6 = 288 > 1.1 × 42 × 6 = 277.2.
        var estricto = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { FactorDeAlerta = 1.1m });
        var alerta = Evaluar(plan, 6, estricto, 10, 10, 8, 6, 5, 3).Alerta!.Value;
        alerta.PorRitmo.Should().BeTrue();
        (alerta.RitmoObservado, alerta.RitmoRequerido).Should().Be((7m, 8m));

        // Exactly at the factor: 48 in 6 months = 8 observed, (108 − 48) / 6 = 10 required = 1.25 × 8: no alert; 108.06 alerts.
        Evaluar(PlanDeUna("108 Reportes", Calendarizacion.Mensual(9)), 6, null, 8, 8, 8, 8, 8, 8).Alerta.Should().BeNull();
        var apenas = Evaluar(PlanDeUna("108.06 Reportes", Calendarizacion.Mensual(9.005m)), 6, null, 8, 8, 8, 8, 8, 8).Alerta!.Value;
        (apenas.RitmoObservado, apenas.RitmoRequerido).Should().Be((8m, 10.01m));
    }

    [Fact]
    public void DosMesesProgramadosSinAvance_AlertaAunqueElRitmoAlcance()
    {
        var plan = PlanDeUna("120 Reportes", Calendarizacion.Mensual(10));

        var alerta = Evaluar(plan, 5, null, 30, 30, 30).Alerta!.Value;

        alerta.PorMesesSinAvance.Should().BeTrue();
        alerta.PorRitmo.Should().BeFalse("30 × 5 = 150 no supera 1.25 × 90 × 7 = 787.5");
        alerta.ToString().Should().Be("ritmo observado 18 (90 ÷ 5 meses programados), ritmo requerido 4.29 (30 ÷ 7 meses programados restantes); sin avance en los dos últimos meses programados");
    }

    [Fact]
    public void UnSoloMesSinAvance_NoEsAlertaPorMeses()
    {
        var plan = PlanDeUna("120 Reportes", Calendarizacion.Mensual(10));

        Evaluar(plan, 5, null, 30, 30, 30, 30).Alerta.Should().BeNull();
    }

    [Fact]
    public void UltimoValor_ComparaElNivelReportadoConElQueFalta()
    {
        var plan = new Plan.Builder(2023, "Secretaría de Prueba", "Dirección de Prueba")
            .AgregarActividad("Kilómetros de red operando", Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente"),
                new ProgramaPresupuestario("Agua"), Meta.Parse("60 Kilómetros"), Calendarizacion.De(marzo: 10, junio: 20, septiembre: 40, diciembre: 60),
                acumulacion: TipoDeAcumulacion.UltimoValor)
            .Build();

        var alerta = Evaluar(plan, 6, null, null, null, 10, null, null, 15).Alerta!.Value;

        (alerta.Realizado, alerta.Faltante, alerta.RitmoObservado, alerta.RitmoRequerido).Should().Be((15m, 45m, 7.5m, 22.5m));
        alerta.PorRitmo.Should().BeTrue();
    }

    [Fact]
    public void SinAlerta_ParaTasasDescendentesNadaPorDelanteMetaAlcanzadaONadaContadoAun()
    {
        Evaluar(PlanDeUna("100% Porcentaje", Calendarizacion.Mensual(100)), 6, null, 0, 0, 0, 0, 0, 0).TieneAlerta.Should().BeFalse("una tasa se sostiene, no se acumula");
        Evaluar(PlanDeUna("120 Incidentes", Calendarizacion.Mensual(10), Sentido.Descendente), 6, null, 0, 0, 0, 0, 0, 0).TieneAlerta.Should().BeFalse();
        Evaluar(PlanDeUna("120 Reportes", Calendarizacion.Mensual(10)), 12, null, 1).TieneAlerta.Should().BeFalse("no queda ningún mes programado");
        Evaluar(PlanDeUna("120 Reportes", Calendarizacion.Mensual(10)), 3, null, 120).TieneAlerta.Should().BeFalse("la meta ya se alcanzó");
        Evaluar(PlanDeUna("12 Reportes", Calendarizacion.De(diciembre: 12)), 6).TieneAlerta.Should().BeFalse("nada programado hasta el corte");
    }

    [Fact]
    public void FactorDeAlerta_FueraDe1A100_Lanza()
    {
        var bajo = () => new OpcionesDeEvaluacion { FactorDeAlerta = 0.9m };
        var alto = () => new OpcionesDeEvaluacion { FactorDeAlerta = 101m };

        bajo.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("FactorDeAlerta");
        alto.Should().Throw<ArgumentOutOfRangeException>();
        OpcionesDeEvaluacion.Predeterminadas.FactorDeAlerta.Should().Be(1.25m);
    }

    [Fact]
    public void Igualdad_ComparaCadaValor()
    {
        var plan = PlanDeUna("120 Reportes", Calendarizacion.Mensual(10));
        var a = Evaluar(plan, 5, null, 30, 30, 30).Alerta!.Value;
        var b = Evaluar(plan, 5, null, 30, 30, 30).Alerta!.Value;
        var otra = Evaluar(plan, 5, null, 10, 10, 10).Alerta!.Value;

        Contratos.Igualdad(a, b, otra, default);
    }
}
