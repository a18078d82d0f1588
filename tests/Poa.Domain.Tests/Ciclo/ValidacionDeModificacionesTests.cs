using NodaTime;
using static Poa.Domain.Tests.Ciclo.CicloDeEjemplo;

namespace Poa.Domain.Tests.Ciclo;

/// <summary>One test per code POA030–POA041 on the plan of <see cref="CicloDeEjemplo"/>.</summary>
public class ValidacionDeModificacionesTests
{
    private static Plan Con(YearMonth? cerradoHasta, params Modificacion[] modificaciones)
        => new(CicloDeEjemplo.Aprobado.Ejercicio, CicloDeEjemplo.Aprobado.Dependencia, CicloDeEjemplo.Aprobado.UnidadResponsable,
            CicloDeEjemplo.Aprobado.Actividades, CicloDeEjemplo.Aprobado.Firmantes, modificaciones, cerradoHasta);

    private static Modificacion Informes(int folio, int desde, Calendarizacion calendario, LocalDate autorizada, string justificacion = "Ajuste del calendario.", int actividad = 2, Meta? meta = null)
        => Modificacion.Create(folio, actividad, Mes(desde), meta, calendario, justificacion, autorizada);

    private static readonly Calendarizacion DeJulio = Calendarizacion.De(octubre: 1, diciembre: 1);

    private static IEnumerable<string> Codigos(Plan plan, ReglaDeCierre? regla = null) => plan.Validar(regla).Select(d => d.Codigo);

    [Fact]
    public void UnaModificacionValida_NoDaDiagnosticos()
    {
        Con(Mes(6), Folio1, Folio2).Validar().Should().BeEmpty();
    }

    [Fact]
    public void ActividadInexistente_POA030_NoSeAplica()
    {
        var plan = Con(null, Informes(1, 7, DeJulio, Dia(7, 1), actividad: 9));

        var d = plan.Validar().Should().ContainSingle().Subject;
        d.Codigo.Should().Be("POA030");
        d.Ubicacion.Should().Be(new Ubicacion("Dirección de Alumbrado y Bacheo", 9, "modificaciones[0].actividad"));
        plan.ActividadesVigentes.Should().Equal(plan.Actividades);
        plan.TieneModificacionesAplicadas.Should().BeFalse();
    }

    [Fact]
    public void JustificacionEnBlanco_POA031()
    {
        var d = Con(null, Informes(1, 7, DeJulio, Dia(7, 1), justificacion: " ")).Validar().Should().ContainSingle().Subject;

        d.Codigo.Should().Be("POA031");
        d.Ubicacion.Propiedad.Should().Be("modificaciones[0].justificacion");
        d.Mensaje.Should().Be("La modificación con folio 1 no tiene justificación: toda modificación de meta se justifica.");
    }

    [Fact]
    public void FolioRepetido_POA032_YFueraDeOrden_POA033_YFaltante_POA034()
    {
        Codigos(Con(null, Folio1, Informes(1, 7, DeJulio, Dia(7, 8)))).Should().Equal("POA032");
        Codigos(Con(null, Informes(2, 7, DeJulio, Dia(7, 8)), Folio1)).Should().Equal("POA033", "POA034");
        var faltan = Con(null, Folio1, Informes(4, 7, DeJulio, Dia(7, 8))).Validar();
        faltan.Should().ContainSingle().Which.Mensaje.Should().Be("Faltan los folios 2 y 3: después del folio 1 viene el 4.");
        faltan[0].Severidad.Should().Be(Severidad.Advertencia);
    }

    [Fact]
    public void ValorAntesDeAplicaDesde_POA035_ElMesBloqueadoNoCambia()
    {
        var plan = Con(null, Informes(1, 7, Calendarizacion.De(marzo: 5, octubre: 1, diciembre: 1), Dia(7, 1)));

        var d = plan.Validar().Should().ContainSingle().Subject;
        d.Codigo.Should().Be("POA035");
        d.Mensaje.Should().Be("La modificación con folio 1 aplica desde julio de 2024, pero su calendarización trae valores en marzo: los meses anteriores están bloqueados y no se modifican.");
        plan.ActividadVigente(2)!.Calendarizacion.Should().Be(Calendarizacion.De(marzo: 1, junio: 1, octubre: 1, diciembre: 1));
    }

    [Fact]
    public void AplicaDesdeFueraDelEjercicio_POA036_NoSeAplica()
    {
        var plan = Con(null, Modificacion.Create(1, 2, new YearMonth(2025, 1), null, DeJulio, "Ajuste.", Dia(7, 1)));

        Codigos(plan).Should().Equal("POA036");
        plan.TieneModificacionesAplicadas.Should().BeFalse();
    }

    [Fact]
    public void AplicaDesdeUnMesCerradoAlAutorizarse_POA037_ConYSinReglaDeCierre()
    {
        // Authorised on 3 July for June: June ended, so without a rule it is closed...
        var plan = Con(null, Informes(1, 6, Calendarizacion.De(junio: 0, julio: 1, septiembre: 1, diciembre: 1), Dia(7, 3)));
        var d = plan.Validar().Should().ContainSingle().Subject;
        d.Codigo.Should().Be("POA037");
        d.Mensaje.Should().Be("La modificación con folio 1 aplica desde junio de 2024, pero se autorizó el 2024-07-03, cuando junio de 2024 ya estaba cerrado (el primer mes abierto era julio de 2024): una modificación no cambia meses cerrados.");

        // ...but with 5 days of grace June is still open on 3 July (it closes after 5 July), and on 6 July it is not.
        plan.Validar(Regla).Should().BeEmpty();
        Codigos(Con(null, Informes(1, 6, Calendarizacion.De(junio: 0, julio: 1, septiembre: 1, diciembre: 1), Dia(7, 6))), Regla).Should().Equal("POA037");
    }

    [Fact]
    public void CerradoHasta_SoloReportaLaModificacionAutorizadaDespuesDelCierre_POA038()
    {
        var aTiempo = Informes(1, 6, Calendarizacion.De(junio: 0, julio: 1, septiembre: 1, diciembre: 1), Dia(7, 3));

        // Valid when authorised (3 July, June open with 5 days): closing up to June later never invalidates it.
        Con(Mes(6), aTiempo).Validar(Regla).Should().BeEmpty();
        Con(Mes(9), aTiempo).Validar(Regla).Should().BeEmpty();

        // Authorised on 8 July for June, with the plan closed up to June: POA038 (not also POA037).
        var tarde = Informes(1, 6, Calendarizacion.De(junio: 0, julio: 1, septiembre: 1, diciembre: 1), Dia(7, 8));
        Codigos(Con(Mes(6), tarde), Regla).Should().Equal("POA038");
        Codigos(Con(Mes(5), tarde), Regla).Should().Equal("POA037");
    }

    [Fact]
    public void MetaConOtraUnidad_POA039_NoSeAplica()
    {
        var plan = Con(null, Informes(1, 7, DeJulio, Dia(7, 1), meta: Meta.Parse("3 Reportes")));

        Codigos(plan).Should().Equal("POA039");
        plan.ActividadVigente(2).Should().BeSameAs(plan.ActividadAprobada(2));
        plan.Historial(2)[1].Aplicada.Should().BeFalse();
    }

    [Fact]
    public void AutorizadaAntesQueElFolioAnterior_POA041()
    {
        var segundo = Modificacion.Create(2, 2, Mes(7), null, DeJulio, "Ajuste.", Dia(7, 1));

        var d = Con(null, Folio1, segundo).Validar().Should().ContainSingle().Subject;
        d.Codigo.Should().Be("POA041");
        d.Severidad.Should().Be(Severidad.Advertencia);
    }

    [Fact]
    public void LaVigenteRompeLaRegladeLaSuma_POA001_DiceQueEsElPlanVigente()
    {
        var plan = Con(null, Modificacion.Create(1, 1, Mes(7), null, Calendarizacion.Mensual(8, 7, 12), "Menos material.", Dia(7, 1)));

        var d = plan.Validar().Should().ContainSingle().Subject;
        d.Codigo.Should().Be("POA001");
        d.Mensaje.Should().Be("La meta anual es 120 Luminarias, pero la calendarización suma 108 (10 + 10 + 10 + 10 + 10 + 10 + 8 + 8 + 8 + 8 + 8 + 8): deben coincidir (plan vigente, con la modificación de folio 1).");
    }

    [Fact]
    public void MuchasModificaciones_SeValidanEnTiempoLineal()
    {
        // 50,000 folios (a bad or hostile file): quadratic checks would take minutes; building, validating and adding one more take seconds.
        var muchas = Enumerable.Range(1, 50_000)
            .Select(f => Modificacion.Create(f, 1, Mes(7), null, Calendarizacion.Mensual(f % 2 == 0 ? 10 : 9, 7, 12), "Ajuste.", Dia(7, 1)))
            .ToArray();
        var reloj = System.Diagnostics.Stopwatch.StartNew();

        var plan = Con(null, muchas);
        var diagnosticos = plan.Validar();
        plan.Reprogramar(Modificacion.Create(50_001, 2, Mes(7), null, DeJulio, "Ajuste.", Dia(7, 1))).Aceptada.Should().BeTrue();

        reloj.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        diagnosticos.Should().BeEmpty("el último folio deja 10 al mes, como lo aprobado");
        plan.Historial(1).Should().HaveCount(50_001);
    }

    [Fact]
    public void UnaModificacionQueArreglaLaSuma_QuitaElPOA001DelAprobado()
    {
        var roto = CicloDeEjemplo.Aprobado.Actividades[1].ConMeta(Meta.Parse("5 Informes"));
        var plan = new Plan(CicloDeEjemplo.Aprobado.Ejercicio, CicloDeEjemplo.Aprobado.Dependencia, CicloDeEjemplo.Aprobado.UnidadResponsable,
            [CicloDeEjemplo.Aprobado.Actividades[0], roto, CicloDeEjemplo.Aprobado.Actividades[2]], CicloDeEjemplo.Aprobado.Firmantes);
        Codigos(plan).Should().Equal("POA001");

        var arreglado = new Plan(plan.Ejercicio, plan.Dependencia, plan.UnidadResponsable, plan.Actividades, plan.Firmantes,
            [Informes(1, 7, Calendarizacion.De(septiembre: 2, diciembre: 1), Dia(7, 1))]);
        arreglado.Validar().Should().BeEmpty("la regla de la suma aplica al plan vigente");
    }
}
