using NodaTime;
using static Poa.Domain.Tests.Evaluacion.Escenarios;

namespace Poa.Domain.Tests.Evaluacion;

public class AvancesDelPlanTests
{
    private static readonly Plan Plan = PlanDeUna("100% Porcentaje", Calendarizacion.Mensual(100m));
    private static readonly Plan PlanAcumulable = PlanDeUna("12 Reportes", Calendarizacion.Mensual(1m));

    [Fact]
    public void ActividadInexistente_MesFueraYDuplicado_SeListanTodos()
    {
        var ok = AvancesDelPlan.TryCreate(Plan, [
            Avance.Create(9, Mes(1), 1),
            Avance.Create(1, new YearMonth(2024, 1), 1),
            Avance.Create(1, Mes(3), 4),
            Avance.Create(1, Mes(3), 6),
        ], out _, out var diagnosticos);

        ok.Should().BeFalse();
        diagnosticos.Select(d => d.Codigo).Should().Equal("POA201", "POA202", "POA203");
        diagnosticos[0].Mensaje.Should().Contain("actividad 9");
        diagnosticos[2].Mensaje.Should().Contain("marzo de 2023").And.Contain("4").And.Contain("6");
    }

    [Fact]
    public void Create_ConProblemas_LanzaConTodosLosDiagnosticos()
    {
        var accion = () => AvancesDelPlan.Create(Plan, [Avance.Create(2, Mes(1), 1)]);
        accion.Should().Throw<AvancesInvalidosException>().Which.Diagnosticos.Should().ContainSingle(d => d.Codigo == "POA201");
    }

    [Fact]
    public void VariablesEnMetaAcumulable_EsError()
    {
        AvancesDelPlan.TryCreate(PlanAcumulable, [Avance.ConVariables(1, Mes(1), 1, 2)], out _, out var diagnosticos).Should().BeFalse();
        diagnosticos.Single().Codigo.Should().Be("POA205");
    }

    [Fact]
    public void ValorNegativoYDenominadorCero_SonErroresClaros()
    {
        FluentActions.Invoking(() => Avance.Create(3, Mes(2), -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*actividad 3*febrero de 2023*negativo*");
        FluentActions.Invoking(() => Avance.ConVariables(3, Mes(2), 1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*denominador*actividad 3*febrero de 2023*");
        FluentActions.Invoking(() => Avance.ConVariables(3, Mes(2), -1, 5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*numerador*");
    }

    [Fact]
    public void Buscar_DistingueCeroDeFaltante()
    {
        var avances = AvancesDelPlan.Create(PlanAcumulable, [Avance.Create(1, Mes(2), 0)]);
        avances.Buscar(1, 2)!.Realizado.Should().Be(0m);
        avances.Buscar(1, 3).Should().BeNull();
    }

    [Fact]
    public void ConVariables_RealizadoEsLaTasa()
    {
        var avance = Avance.ConVariables(1, Mes(1), 95, 100, "Faltaron 5", "https://ejemplo.mx");
        avance.Realizado.Should().Be(95m);
        avance.TieneVariables.Should().BeTrue();
        avance.ToString().Should().Be("Actividad 1, enero de 2023: 95% (95 de 100)");
        avance.Should().Be(Avance.ConVariables(1, Mes(1), 95, 100, "Faltaron 5", "https://ejemplo.mx"));
        (avance == Avance.Create(1, Mes(1), 95)).Should().BeFalse();
    }
}
