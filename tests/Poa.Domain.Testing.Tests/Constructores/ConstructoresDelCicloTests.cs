using NodaTime;

namespace Poa.Domain.Testing.Tests.Constructores;

/// <summary>The builders' new values: tipo, frecuencia, línea base, peso, modificaciones, cerradoHasta, fecha de reporte.</summary>
public class ConstructoresDelCicloTests
{
    [Fact]
    public void Trimestral_EsValidaConValoresEnLosCierresDeTrimestre()
    {
        Plan plan = Crear.UnPlan().ConActividad(a => a.Trimestral(2, "Informes"));
        var actividad = plan.Actividades[0];

        plan.Should().NoTenerDiagnosticos();
        actividad.Should().TenerFrecuencia(Frecuencia.Trimestral).And.TenerMeta(Crear.UnaMeta(8, "Informes"));
        actividad.Calendarizacion.MesesProgramados.Should().Equal(3, 6, 9, 12);
    }

    [Theory]
    [InlineData(Frecuencia.Mensual, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData(Frecuencia.Bimestral, new[] { 2, 4, 6, 8, 10, 12 })]
    [InlineData(Frecuencia.Cuatrimestral, new[] { 4, 8, 12 })]
    [InlineData(Frecuencia.Semestral, new[] { 6, 12 })]
    [InlineData(Frecuencia.Anual, new[] { 12 })]
    public void PorPeriodo_ProgramaElMesDeCierreDeCadaPeriodo(Frecuencia frecuencia, int[] meses)
    {
        Plan plan = Crear.UnPlan().ConActividad(a => a.PorPeriodo(frecuencia, 1, "Informes"));

        plan.Should().NoTenerDiagnosticos();
        plan.Actividades[0].Calendarizacion.MesesProgramados.Should().Equal(meses);
    }

    [Fact]
    public void ConFrecuencia_SinCalendarioDeCierres_LoReportaLaValidacion()
    {
        Plan plan = Crear.UnPlan().ConActividad(a => a.ConFrecuencia(Frecuencia.Trimestral));

        plan.Should().TenerDiagnosticoEnActividad(CatalogoDeDiagnosticos.ValorFueraDelCierreDelPeriodo.Codigo, 1);
    }

    [Fact]
    public void ConAcumulacionLineaBaseYPeso_QuedanEnLaActividad()
    {
        Actividad actividad = Crear.UnaActividad()
            .ConProgramacion(Calendarizacion.De(marzo: 60, junio: 80, septiembre: 100, diciembre: 120), "Conjuntos")
            .ConMeta(120, "Conjuntos")
            .ConAcumulacion(TipoDeAcumulacion.UltimoValor)
            .ConLineaBase(45, 2022)
            .ConPeso(2);

        actividad.Should().TenerAcumulacion(TipoDeAcumulacion.UltimoValor).And.TenerPeso(2);
        actividad.LineaBase.Should().Be(LineaBase.Create(45, 2022));
        Crear.UnaActividad(actividad).Build().Should().SerEquivalenteA(actividad);
        Crear.UnaActividad(actividad).ConAcumulacion(null).ConLineaBase(null).Should().TenerAcumulacion(TipoDeAcumulacion.Suma);
    }

    [Fact]
    public void ValoresFueraDeRango_LanzanNombrandoElParametro()
    {
        var a = Crear.UnaActividad();

        ((Action)(() => a.ConPeso(0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => a.ConFrecuencia((Frecuencia)9))).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("valor");
        ((Action)(() => a.ConAcumulacion((TipoDeAcumulacion)9))).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("valor");
        ((Action)(() => a.Trimestral(-1, "Informes"))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => a.PorPeriodo((Frecuencia)9, 1, "Informes"))).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("frecuencia");
    }

    [Fact]
    public void ConModificacion_PorOmisionEsValidaYCambiaLaVigente()
    {
        Plan plan = Crear.UnPlan()
            .ConActividad(a => a.Mensual(10, "Luminarias"))
            .ConModificacion(1, aplicaDesde: 7, meta: Crear.UnaMeta(90, "Luminarias"), calendarizacion: Calendarizacion.Mensual(5, 7, 12));

        plan.Should().NoTenerDiagnosticos().And.TenerModificaciones(1);
        plan.Modificaciones[0].Should().Be(Modificacion.Create(1, 1, new YearMonth(2023, 7), Crear.UnaMeta(90, "Luminarias"),
            Calendarizacion.Mensual(5, 7, 12), ValoresPorOmision.JustificacionDeModificacion, new LocalDate(2023, 7, 1)));
        plan.Should().TenerActividadVigente(1).Which.Should().TenerMeta(Crear.UnaMeta(90, "Luminarias"));
    }

    [Fact]
    public void ConModificacion_FoliosEnOrdenYCerradoHasta()
    {
        Plan plan = Crear.UnPlan()
            .ConModificacion(1, 7, calendarizacion: Calendarizacion.Mensual(1, 7, 12))
            .ConModificacion(1, 9, calendarizacion: Calendarizacion.Mensual(1, 9, 12), justificacion: "Otra vez.", autorizadaEl: new LocalDate(2023, 8, 20))
            .CerradoHasta(8);

        plan.Modificaciones.Select(m => m.Folio).Should().Equal(1, 2);
        plan.Modificaciones[1].AutorizadaEl.Should().Be(new LocalDate(2023, 8, 20));
        plan.CerradoHasta.Should().Be(new YearMonth(2023, 8));
        Crear.UnPlan(plan).Build().Should().SerEquivalenteA(plan);
        Crear.UnPlan(plan).CerradoHasta(null).Build().CerradoHasta.Should().BeNull();
    }

    [Fact]
    public void ConModificacionEnUnMesBloqueado_LoReportaLaValidacion()
    {
        Plan plan = Crear.UnPlan().ConModificacion(1, 7, calendarizacion: Calendarizacion.Mensual(1, 6, 12));

        plan.Should().TenerDiagnostico(CatalogoDeDiagnosticos.ModificacionDeMesBloqueado.Codigo);
    }

    [Fact]
    public void ConFechaDeReporte_TardeEsExtemporaneo()
    {
        Plan plan = Crear.UnPlan();
        var regla = ReglaDeCierre.Create(5, Crear.ZonaDeMonterrey);

        var resultado = Crear.UnosAvances(plan)
            .Mensual(1, 1, hastaMes: 5)
            .ConFechaDeReporte(1, 6, 1, new LocalDate(2023, 7, 20))
            .Evaluar(new LocalDate(2023, 7, 21), regla);

        resultado.Should().TenerDiagnosticoEnActividad("POA252", 1).And.NoTenerDiagnostico("POA251");
        resultado.Corte.Should().Be(Corte.De(new EjercicioFiscal(2023), 6));
    }
}
