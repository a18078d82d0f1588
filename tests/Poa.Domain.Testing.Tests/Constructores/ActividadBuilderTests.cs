namespace Poa.Domain.Testing.Tests.Constructores;

public class ActividadBuilderTests
{
    [Fact]
    public void PorOmision_EsUnaActividadValidaDe12ReportesUnoAlMes()
    {
        Actividad actividad = Crear.UnaActividad();

        actividad.Numero.Should().Be(1);
        actividad.Descripcion.Should().Be(ValoresPorOmision.Descripcion);
        actividad.Meta.Should().Be(Meta.Create(12, "Reportes"));
        actividad.Calendarizacion.Should().Be(Calendarizacion.Mensual(1));
        actividad.Alineacion.Should().Be(Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente"));
        actividad.Semaforizacion.Should().Be(Semaforizacion.Predeterminada);
        actividad.Sentido.Should().Be(Sentido.Ascendente);
        Crear.UnPlan().ConActividad(actividad).Build().Should().NoTenerDiagnosticos();
    }

    [Fact]
    public void Mensual_AjustaMetaYCalendario()
    {
        Actividad actividad = Crear.UnaActividad().Mensual(420, "Asistentes");

        actividad.Meta.Should().Be(Meta.Create(5040, "Asistentes"));
        actividad.Calendarizacion.Total.Should().Be(5040);
    }

    [Fact]
    public void ConProgramacion_LaMetaEsLaSumaDelCalendario()
    {
        Actividad actividad = Crear.UnaActividad().ConProgramacion(Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1), "Informes");

        actividad.Meta.ToString().Should().Be("4 Informes");
        Crear.UnPlan().ConActividad(actividad).Build().Should().SerValido();
    }

    [Fact]
    public void DePorcentaje_EsUnaActividadDePorcentajeValida()
    {
        Actividad actividad = Crear.UnaActividad().DePorcentaje(100, 1, 11);

        actividad.Tipo.Should().Be(TipoDeMeta.Porcentaje);
        actividad.Calendarizacion.EstaProgramado(12).Should().BeFalse();
        Crear.UnPlan().ConActividad(actividad).Build().Should().NoTenerDiagnosticos();
    }

    [Fact]
    public void ConMeta_SinTocarElCalendario_ProvocaPOA001()
    {
        Plan plan = Crear.UnPlan().ConActividad(a => a.ConMeta("3 Reuniones").ConCalendarizacion(Calendarizacion.De(enero: 1, abril: 1)));

        plan.Should().TenerDiagnosticoEnActividad("POA001", 1).Which.Should().EstarEnPropiedad("meta");
    }

    [Fact]
    public void EsInmutable_UnaBaseSirveParaVariasActividades()
    {
        var base_ = Crear.UnaActividad().ConPrograma("Mejora Regulatoria");

        Actividad a = base_.ConDescripcion("A");
        Actividad b = base_.ConDescripcion("B");

        a.Descripcion.Should().Be("A");
        b.Descripcion.Should().Be("B");
        ((Actividad)base_).Descripcion.Should().Be(ValoresPorOmision.Descripcion);
        a.Programa.Should().Be(b.Programa);
    }

    [Fact]
    public void TodosLosConCambianLoQueDicen()
    {
        Actividad actividad = Crear.UnaActividad()
            .ConNumero(7)
            .ConAlineacion("IV. Ciudad Humana", "4.11 Igualdad sustantiva")
            .ConMediosDeVerificacion("URL")
            .ConSemaforizacion("> = 90%", "< 90% & > 60%", "< = 60%")
            .ConSentido(Sentido.Descendente);

        actividad.Numero.Should().Be(7);
        actividad.Alineacion.Eje.Numero.Should().Be(4);
        actividad.MediosDeVerificacion.Should().Be("URL");
        actividad.Semaforizacion.Should().Be(Crear.UnaSemaforizacion(90, 60));
        actividad.Sentido.Should().Be(Sentido.Descendente);
    }

    [Fact]
    public void DesdeUnaActividad_ConservaTodo()
    {
        var original = PlanesDeEjemplo.MejoraRegulatoria.Actividades[3];

        Actividad copia = Crear.UnaActividad(original);

        copia.Should().SerEquivalenteA(original);
    }

    [Fact]
    public void ValoresInvalidos_LanzanNombrandoElParametro()
    {
        var a = Crear.UnaActividad();

        ((Action)(() => a.ConNumero(0))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("valor");
        ((Action)(() => a.ConDescripcion(" "))).Should().Throw<ArgumentException>().WithParameterName("valor");
        ((Action)(() => a.ConMeta((Meta)null!))).Should().Throw<ArgumentNullException>().WithParameterName("valor");
        ((Action)(() => a.ConMeta("tres reuniones"))).Should().Throw<FormatException>();
        ((Action)(() => a.ConSentido((Sentido)9))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("valor");
        ((Action)(() => a.ConProgramacion(null!, "Informes"))).Should().Throw<ArgumentNullException>().WithParameterName("calendarizacion");
    }
}
