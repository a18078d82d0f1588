using NodaTime;
using static Poa.Domain.Tests.Evaluacion.Escenarios;

namespace Poa.Domain.Tests.Ciclo;

/// <summary>The justificación rule of the cycle on <see cref="ResultadoDeActividad"/> and <see cref="ResultadoDePlan.Diagnosticos"/>.</summary>
public class JustificacionesTests
{
    private static readonly EvaluadorDeSemaforo Evaluador = EvaluadorDeSemaforo.Predeterminado;

    private static readonly Plan Plan = PlanDeUna("120 Reportes", Calendarizacion.Mensual(10));

    private static ResultadoDePlan Evaluar(int corte, EvaluadorDeSemaforo? evaluador = null, params Avance[] avances)
        => (evaluador ?? Evaluador).Evaluar(AvancesDelPlan.Create(Plan, avances), Corte(corte));

    [Fact]
    public void Verde_NoRequiereJustificacion()
    {
        var r = Evaluar(2, null, Avance.Create(1, Mes(1), 10), Avance.Create(1, Mes(2), 10)).Resultados[0];

        (r.RequiereJustificacion, r.FaltaJustificacion).Should().Be((false, false));
    }

    [Fact]
    public void Amarillo_ConJustificacionEnElUltimoMesReportado_NoFalta_YSeListanTodas()
    {
        var r = Evaluar(3, null,
            Avance.Create(1, Mes(1), 10, "Arranque lento."),
            Avance.Create(1, Mes(2), 6),
            Avance.Create(1, Mes(3), 6, "Faltó personal."),
            Avance.Create(1, Mes(4), 6, "Después del corte.")).Resultados[0];

        r.Color.Should().Be(Color.Amarillo);
        r.RequiereJustificacion.Should().BeTrue();
        r.FaltaJustificacion.Should().BeFalse();
        r.MesAJustificar.Should().Be(Mes(3));
        r.Justificaciones.Should().Equal(new JustificacionDeAvance(Mes(1), "Arranque lento."), new JustificacionDeAvance(Mes(3), "Faltó personal."));
    }

    [Fact]
    public void Rojo_ConJustificacionSoloEnUnMesAnterior_Falta()
    {
        var plan = Evaluar(3, null, Avance.Create(1, Mes(1), 2, "Faltó personal."), Avance.Create(1, Mes(2), 2), Avance.Create(1, Mes(3), 2));
        var r = plan.Resultados[0];

        r.Color.Should().Be(Color.Rojo);
        r.FaltaJustificacion.Should().BeTrue();
        r.MesAJustificar.Should().Be(Mes(3));
        var d = plan.Diagnosticos.Should().ContainSingle().Subject;
        d.Codigo.Should().Be("POA250");
        d.Ubicacion.Should().Be(new Ubicacion("Dirección de Prueba", 1, "avances[2023-03].justificacion"));
        d.Mensaje.Should().Be("La actividad 1 está en rojo (20%) al corte 2023-03 y el avance de marzo de 2023 no trae justificación.");
    }

    [Fact]
    public void Rojo_SinNingunAvance_PideLaJustificacionEnElUltimoMesContado()
    {
        var plan = Evaluar(2);
        var r = plan.Resultados[0];

        r.MesAJustificar.Should().Be(Mes(2));
        r.Explicar().Should().EndWith("Falta la justificación del desvío en el avance de febrero de 2023.");
        plan.Diagnosticos.Should().ContainSingle().Which.Mensaje.Should()
            .Be("La actividad 1 está en rojo (0%) al corte 2023-02 y no tiene ningún avance hasta el corte; el avance de febrero de 2023 debe traer la justificación.");
    }

    [Fact]
    public void Sobrecumplimiento_SoloRequiereJustificacionConLimite()
    {
        Avance[] avances = [Avance.Create(1, Mes(1), 15)];
        Evaluar(1, null, avances).Resultados[0].RequiereJustificacion.Should().BeFalse("150% es verde y no hay límite");

        var conLimite = Evaluar(1, new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { LimiteDeSobrecumplimiento = 130m }), avances);
        conLimite.Resultados[0].FaltaJustificacion.Should().BeTrue();
        conLimite.Diagnosticos.Should().ContainSingle().Which.Mensaje.Should()
            .Be("La actividad 1 supera el límite de sobrecumplimiento (150%) al corte 2023-01 y el avance de enero de 2023 no trae justificación.");
    }

    [Fact]
    public void SinMetaProgramada_NoRequiereNada()
    {
        var plan = PlanDeUna("12 Reportes", Calendarizacion.De(diciembre: 12));
        var r = Evaluador.Evaluar(AvancesDelPlan.SinAvances(plan), Corte(6));

        r.Resultados[0].RequiereJustificacion.Should().BeFalse();
        r.Diagnosticos.Should().BeEmpty();
        r.Reportes.Should().BeNull("se evaluó con un corte, no con una fecha");
    }

    [Fact]
    public void ResultadoPorDefecto_NoTieneNadaDelCiclo()
    {
        var r = default(ResultadoDeActividad);

        r.Justificaciones.Should().BeEmpty();
        r.MesAJustificar.Should().BeNull();
        r.Alerta.Should().BeNull();
        r.Modificaciones.Should().BeEmpty();
        (r.ActividadAprobada, r.ActividadVigente, r.MetaAprobada, r.MetaVigente).Should().Be((null, null, null, null));
        r.TieneModificaciones.Should().BeFalse();
    }

    [Fact]
    public void JustificacionDeAvance_Igualdad_YTexto()
    {
        var a = new JustificacionDeAvance(new YearMonth(2024, 6), "Lluvias.");

        Infraestructura.Contratos.Igualdad(a, new JustificacionDeAvance(new YearMonth(2024, 6), "Lluvias."),
            new JustificacionDeAvance(new YearMonth(2024, 7), "Lluvias."), new JustificacionDeAvance(new YearMonth(2024, 6), "lluvias."));
        a.ToString().Should().Be("2024-06: Lluvias.");
        default(JustificacionDeAvance).Texto.Should().BeEmpty();
    }
}
