using NodaTime;
using static Poa.Domain.Tests.Ciclo.CicloDeEjemplo;

namespace Poa.Domain.Tests.Ciclo;

/// <summary>
/// The year of <see cref="CicloDeEjemplo"/> worked by hand: approve, report, reprogram in July, report late, evaluate at
/// several dates against both views. Every number below was computed on paper first (docs/ciclo.md shows the same tables).
/// </summary>
public class CicloAnualTests
{
    private static readonly EvaluadorDeSemaforo Vigente = EvaluadorDeSemaforo.Predeterminado;
    private static readonly EvaluadorDeSemaforo Aprobado = new(new OpcionesDeEvaluacion { Vista = VistaDelPlan.Aprobado });

    /// <summary>The plan after July: cerrado hasta junio, folios 1 and 2 added through Reprogramar.</summary>
    private static Plan Reprogramado()
    {
        var primero = CicloDeEjemplo.Aprobado.ConCerradoHasta(Mes(6)).Reprogramar(Folio1, Regla);
        primero.Aceptada.Should().BeTrue();
        var segundo = primero.Plan.Reprogramar(Folio2, Regla);
        segundo.Aceptada.Should().BeTrue();
        return segundo.Plan;
    }

    [Fact]
    public void Julio6_ConElPlanAprobado_CorteJunio_ColoresAlertasYJustificaciones()
    {
        var fecha = Dia(7, 6);
        var plan = CicloDeEjemplo.Aprobado;
        var r = Vigente.Evaluar(ConocidosEl(plan, fecha), fecha, Regla);

        r.Corte.Should().Be(Corte.De(Mes(6)));

        // 1 · luminarias: P 60, R 10+10+8+6+5+3 = 42, 70% amarillo, justified in June.
        var luminarias = r.Resultados[0];
        luminarias.Programado.Should().Be(60m);
        luminarias.Realizado.Should().Be(42m);
        luminarias.Cumplimiento.Should().Be(70m);
        luminarias.Color.Should().Be(Color.Amarillo);
        luminarias.RequiereJustificacion.Should().BeTrue();
        luminarias.FaltaJustificacion.Should().BeFalse();
        luminarias.Justificaciones.Should().Equal(new JustificacionDeAvance(Mes(6), "El proveedor entregó tarde las luminarias LED."));

        // Pace: 42 in 6 programmed months = 7 a month; (120 − 42) / 6 = 13 needed: 13 > 1.25 × 7.
        var alerta = luminarias.Alerta!.Value;
        alerta.RitmoObservado.Should().Be(7m);
        alerta.RitmoRequerido.Should().Be(13m);
        alerta.Faltante.Should().Be(78m);
        (alerta.MesesProgramadosContados, alerta.MesesProgramadosRestantes).Should().Be((6, 6));
        alerta.PorRitmo.Should().BeTrue();
        alerta.PorMesesSinAvance.Should().BeFalse();

        // 2 · informes: P 2 (marzo, junio), R 1: 50%, rojo; the latest avance (marzo) has no justificación.
        var informes = r.Resultados[1];
        informes.Cumplimiento.Should().Be(50m);
        informes.Color.Should().Be(Color.Rojo);
        informes.FaltaJustificacion.Should().BeTrue();
        informes.MesAJustificar.Should().Be(Mes(3));
        informes.Alerta!.Value.RitmoObservado.Should().Be(0.5m);
        informes.Alerta!.Value.RitmoRequerido.Should().Be(1.5m);

        // 3 · bacheo: ΣN / ΣD = 1053 / 1070 = 98.41%, verde; a rate never gets an alerta temprana.
        var bacheo = r.Resultados[2];
        bacheo.Cumplimiento.Should().BeApproximately(98.411214953271m, 0.000000000001m);
        bacheo.Color.Should().Be(Color.Verde);
        bacheo.TieneAlerta.Should().BeFalse();

        // Reportes on 6 July (June closed on 5 July): informes of June vencido, luminarias of May extemporáneo (12 June > 5 June).
        var reportes = r.Reportes!;
        (reportes.Debidos, reportes.Reportados, reportes.Vencidos, reportes.Extemporaneos).Should().Be((14, 13, 1, 1));
        reportes.Actividades[0].Extemporaneos.Should().Equal(5);
        reportes.Actividades[1].Debidos.Should().Equal(3, 6);
        reportes.Actividades[1].Vencidos.Should().Equal(6);
        reportes.Actividades[2].Reportados.Should().Equal(1, 2, 3, 4, 5, 6);

        r.Diagnosticos.Select(d => $"{d.Codigo} {d.Ubicacion.Actividad}").Should().Equal("POA250 2", "POA252 1", "POA251 2");
        r.Diagnosticos[0].Ubicacion.Propiedad.Should().Be("avances[2024-03].justificacion");
        r.Diagnosticos[0].Mensaje.Should().Be("La actividad 2 está en rojo (50%) al corte 2024-06 y el avance de marzo de 2024 no trae justificación.");
        r.Diagnosticos[2].Mensaje.Should().Contain("junio").And.Contain("2024-07-06");
        r.Diagnosticos[1].Mensaje.Should().Contain("mayo (cerró el 2024-06-05, reportado el 2024-06-12)");
    }

    [Fact]
    public void Julio8_Reprogramar_AceptaLosFolios1y2_RechazaUnMesCerradoYUnaSumaRota()
    {
        var cerrado = CicloDeEjemplo.Aprobado.ConCerradoHasta(Mes(6));
        var primero = cerrado.Reprogramar(Folio1, Regla);
        primero.Aceptada.Should().BeTrue();
        primero.Diagnosticos.Should().BeEmpty();
        primero.Plan.Modificaciones.Should().Equal(Folio1);
        cerrado.Modificaciones.Should().BeEmpty("el plan aprobado nunca se sobrescribe");

        // June has closed and the plan is cerrado hasta junio: moving June's informe is refused, the plan unchanged.
        var junio = Modificacion.Create(2, 2, Mes(6), null, Calendarizacion.De(julio: 1, septiembre: 1, diciembre: 1), "Mover el informe de junio a julio.", Dia(7, 8));
        var rechazo = primero.Plan.Reprogramar(junio, Regla);
        rechazo.Aceptada.Should().BeFalse();
        rechazo.Plan.Should().BeSameAs(primero.Plan);
        rechazo.Diagnosticos.Select(d => d.Codigo).Should().Equal("POA040", "POA038");

        // Luminarias back to 10 from August leaves a vigente of 60 + 5 + 50 = 115 against a meta of 90: the sum rule refuses it.
        var suma = Modificacion.Create(2, 1, Mes(8), null, Calendarizacion.Mensual(10, 8, 12), "Llega el resto del material.", Dia(7, 8));
        var rota = primero.Plan.Reprogramar(suma, Regla);
        rota.Aceptada.Should().BeFalse();
        rota.Diagnosticos.Should().ContainSingle().Which.Codigo.Should().Be("POA001");
        rota.Diagnosticos[0].Mensaje.Should().EndWith("(plan vigente, con las modificaciones de folio 1 y 2).");

        var segundo = primero.Plan.Reprogramar(Folio2, Regla);
        segundo.Aceptada.Should().BeTrue();
        segundo.Plan.Validar(Regla).Should().BeEmpty();
        segundo.Plan.Validar().Should().BeEmpty();
        segundo.Plan.SiguienteFolio.Should().Be(3);
    }

    [Fact]
    public void Julio8_ElPlanReprogramado_VistasEHistorial()
    {
        var plan = Reprogramado();

        plan.ActividadAprobada(1)!.Meta.Should().Be(Meta.Parse("120 Luminarias"));
        plan.ActividadVigente(1)!.Meta.Should().Be(Meta.Parse("90 Luminarias"));
        plan.ActividadVigente(1)!.Calendarizacion.Should().Be(Calendarizacion.Parse("10;10;10;10;10;10;5;5;5;5;5;5"));
        plan.ActividadVigente(2).Should().BeSameAs(plan.ActividadAprobada(2), "sin modificación, la vigente es la aprobada");
        plan.ActividadVigente(3)!.Calendarizacion.Should().Be(Calendarizacion.Parse("100;100;100;100;100;100;90;90;90;90;90;90"));
        plan.Vigente.Actividades.Should().Equal(plan.ActividadesVigentes);
        plan.Vigente.Modificaciones.Should().BeEmpty();

        var historial = plan.Historial(1);
        historial.Select(v => v.EsAprobada).Should().Equal(true, false);
        historial[1].Modificacion.Should().Be(Folio1);
        historial[1].Actividad.Should().Be(plan.ActividadVigente(1));
        plan.Historial(2).Should().ContainSingle().Which.Actividad.Should().BeSameAs(plan.ActividadAprobada(2));
        plan.Historial(9).Should().BeEmpty();
    }

    [Fact]
    public void Julio8_CorteJunio_MetaAprobadaYVigente_SinAlertaAlRitmoExactoDelFactor()
    {
        var fecha = Dia(7, 8);
        var plan = Reprogramado();
        var luminarias = Vigente.Evaluar(ConocidosEl(plan, fecha), fecha, Regla).Resultados[0];

        luminarias.TieneModificaciones.Should().BeTrue();
        luminarias.MetaAprobada.Should().Be(Meta.Parse("120 Luminarias"));
        luminarias.MetaVigente.Should().Be(Meta.Parse("90 Luminarias"));
        (luminarias.ProgramadoAprobado, luminarias.ProgramadoVigente).Should().Be((60m, 60m), "los meses cerrados no cambian");
        luminarias.AvanceAnualAprobado.Should().Be(35m);
        luminarias.AvanceAnualVigente!.Value.Should().BeApproximately(46.6666666667m, 0.0000000001m);
        luminarias.Cumplimiento.Should().Be(70m);

        // (90 − 42) / 6 = 8 needed against 7 observed: 8 = 8.75? no — 48 × 6 = 288 is not above 1.25 × 42 × 6 = 315: no alert.
        luminarias.TieneAlerta.Should().BeFalse();
        luminarias.Alerta.Should().BeNull();
    }

    [Fact]
    public void Octubre10_CorteSeptiembre_ContraElVigente()
    {
        var fecha = Dia(10, 10);
        var plan = Reprogramado();
        var r = Vigente.Evaluar(ConocidosEl(plan, fecha), fecha, Regla);
        r.Corte.Should().Be(Corte.De(Mes(9)));

        // 1 · luminarias: P 60 + 5 + 5 + 5 = 75, R 42 + 7 + 6 + 7 = 62: 248/3 = 82.67%, verde.
        var luminarias = r.Resultados[0];
        (luminarias.Programado, luminarias.Realizado).Should().Be((75m, 62m));
        luminarias.Cumplimiento!.Value.Should().BeApproximately(82.666666666667m, 0.000000000001m);
        luminarias.Color.Should().Be(Color.Verde);
        luminarias.ProgramadoAprobado.Should().Be(90m);
        luminarias.FaltaJustificacion.Should().BeFalse();

        // Verde to date, but 28 in the 3 months left (9.33 a month) against 62 / 9 = 6.89 observed: 252 > 232.5.
        var alerta = luminarias.Alerta!.Value;
        alerta.Faltante.Should().Be(28m);
        (alerta.MesesProgramadosContados, alerta.MesesProgramadosRestantes).Should().Be((9, 3));
        alerta.PorRitmo.Should().BeTrue();
        luminarias.Explicar().Should()
            .Contain("Evaluada contra el plan vigente (modificaciones de folio 1): meta aprobada 120 Luminarias, meta vigente 90 Luminarias; programado aprobado 90, programado vigente 75")
            .And.Contain("Alerta temprana: ritmo observado 6.89 (62 ÷ 9 meses programados), ritmo requerido 9.33 (28 ÷ 3 meses programados restantes)");

        // 2 · informes: 3 of 3, verde; 1 left in 1 month against 1 a month observed: no alert.
        var informes = r.Resultados[1];
        (informes.Cumplimiento, informes.Color, informes.TieneAlerta).Should().Be((100m, Color.Verde, false));
        informes.Justificaciones.Should().Equal(new JustificacionDeAvance(Mes(6), "Se esperó el cierre contable del trimestre."));

        // 3 · bacheo: ΣN / ΣD = 1308 / 1370 against the mean rate 870 / 9: exactly 392400 / 3973 = 98.77%, verde.
        var bacheo = r.Resultados[2];
        bacheo.Cumplimiento!.Value.Should().BeApproximately(98.766675056632m, 0.000000000001m);
        bacheo.MetaAprobada.Should().Be(Meta.Parse("100% Porcentaje"));
        bacheo.MetaVigente.Should().Be(Meta.Parse("95% Porcentaje"));
        bacheo.ProgramadoAprobado.Should().Be(100m);

        // Everything reported; late: luminarias mayo and agosto, informes junio (20 July > 5 July).
        var reportes = r.Reportes!;
        (reportes.Debidos, reportes.Reportados, reportes.Vencidos, reportes.Extemporaneos).Should().Be((21, 21, 0, 3));
        reportes.Actividades[0].Extemporaneos.Should().Equal(5, 8);
        reportes.Actividades[1].Extemporaneos.Should().Equal(6);
        r.Diagnosticos.Select(d => d.Codigo).Should().Equal("POA252", "POA252");
    }

    [Fact]
    public void Octubre10_CorteSeptiembre_ContraElAprobado()
    {
        var fecha = Dia(10, 10);
        var plan = Reprogramado();
        var r = Aprobado.Evaluar(ConocidosEl(plan, fecha), fecha, Regla);

        // Against the approved 10 a month: P 90, R 62, 68.89%, amarillo, and the September avance has no justificación.
        var luminarias = r.Resultados[0];
        luminarias.Vista.Should().Be(VistaDelPlan.Aprobado);
        luminarias.Actividad.Should().BeSameAs(plan.ActividadAprobada(1));
        (luminarias.Programado, luminarias.ProgramadoVigente).Should().Be((90m, 75m));
        luminarias.Color.Should().Be(Color.Amarillo);
        luminarias.FaltaJustificacion.Should().BeTrue();
        luminarias.MesAJustificar.Should().Be(Mes(9));
        luminarias.TieneAlerta.Should().BeTrue("la alerta mide lo que falta de la meta vigente, en cualquier vista");
        luminarias.Explicar().Should().Contain("Evaluada contra el plan aprobado (modificaciones de folio 1)")
            .And.Contain("Falta la justificación del desvío en el avance de septiembre de 2024.");

        var bacheo = r.Resultados[2];
        bacheo.Programado.Should().Be(100m);
        bacheo.Cumplimiento!.Value.Should().BeApproximately(95.474452554745m, 0.000000000001m);

        r.Diagnosticos.Select(d => $"{d.Codigo} {d.Ubicacion.Actividad}").Should().Equal("POA250 1", "POA252 1", "POA252 2");
        r.Diagnosticos[0].Mensaje.Should().Be("La actividad 1 está en amarillo (68.89%) al corte 2024-09 y el avance de septiembre de 2024 no trae justificación.");
    }

    [Fact]
    public void Enero2025_CorteDiciembre_OctubreANoviembreSinReporte_SonVencidos()
    {
        var fecha = new LocalDate(2025, 1, 10);
        var plan = Reprogramado();
        var r = Vigente.Evaluar(ConocidosEl(plan, fecha), fecha, Regla);

        r.Corte.Should().Be(Corte.De(Mes(12)));
        var reportes = r.Reportes!;
        (reportes.Debidos, reportes.Reportados, reportes.Vencidos, reportes.Extemporaneos).Should().Be((28, 21, 7, 3));
        reportes.Actividades[0].Vencidos.Should().Equal(10, 11, 12);
        reportes.Actividades[1].Vencidos.Should().Equal(12);

        // Luminarias: 62 of 90, amarillo, the September avance unjustified; no month ahead, so no alerta temprana.
        var luminarias = r.Resultados[0];
        luminarias.Cumplimiento!.Value.Should().BeApproximately(68.888888888889m, 0.000000000001m);
        luminarias.TieneAlerta.Should().BeFalse();
        luminarias.MesAJustificar.Should().Be(Mes(9));
        r.Diagnosticos.Select(d => d.Codigo).Should().Contain("POA251").And.Contain("POA250");
    }

    [Fact]
    public void LaSerieDelAnio_ContraAmbasVistas_SoloDifiereDesdeJulio()
    {
        var plan = Reprogramado();
        var avances = ConocidosEl(plan, Dia(10, 10));
        var vigente = Vigente.Serie(avances, 1, Corte.De(Mes(9)));
        var aprobado = Aprobado.Serie(avances, 1, Corte.De(Mes(9)));

        vigente.Select(r => r.Programado).Should().Equal(10m, 20m, 30m, 40m, 50m, 60m, 65m, 70m, 75m);
        aprobado.Select(r => r.Programado).Should().Equal(10m, 20m, 30m, 40m, 50m, 60m, 70m, 80m, 90m);
        vigente.Take(6).Select(r => r.Cumplimiento).Should().Equal(aprobado.Take(6).Select(r => r.Cumplimiento));
    }
}
