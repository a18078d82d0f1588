using Poa.Domain.Tests.Datos;
using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Modelo;

public class PlanTests
{
    private static Plan MejoraRegulatoria() =>
        new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", "Dirección de Mejora Regulatoria")
            .AgregarActividad(
                "Elaborar el Programa de Mejora Regulatoria",
                eje: "V. Ciudad abierta",
                objetivo: "5.3 Sistema integral de mejora regulatoria",
                programa: "Mejora Regulatoria",
                meta: "1 Programas",
                calendarizacion: Calendarizacion.De(enero: 1),
                mediosDeVerificacion: "Publicación del Programa de Mejora Regulatoria")
            .AgregarActividad(
                "Elaborar los informes de avance del Programa Anual de Mejora Regulatoria",
                eje: "V. Ciudad abierta",
                objetivo: "5.3 Sistema integral de mejora regulatoria",
                programa: "Mejora Regulatoria",
                meta: "4 Informes",
                calendarizacion: Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1))
            .AgregarFirmante("Lic.", "Dulce Alejandra Guerrero Cavazos", "Directora de Mejora Regulatoria")
            .Build();

    [Fact]
    public void Builder_NumeraLasActividadesEnOrden()
    {
        var plan = MejoraRegulatoria();
        plan.Actividades.Select(a => a.Numero).Should().Equal(1, 2);
        plan.Ejercicio.Anio.Should().Be(2023);
        plan.BuscarActividad(2)!.Meta.Should().Be(Meta.Create(4, "Informes"));
        plan.BuscarActividad(3).Should().BeNull();
        plan.Firmantes.Single().Titulo.Should().Be("Lic.");
        plan.Validar().Should().BeEmpty();
        plan.EsValido.Should().BeTrue();
    }

    [Fact]
    public void Builder_TextoInvalido_DiceLaActividad()
    {
        var builder = new Plan.Builder(2023, "Secretaría", "Dirección");
        var act = () => builder.AgregarActividad("X", "Ciudad abierta", "5.1 Obj", "P", "1 Reporte", Calendarizacion.De(enero: 1));
        act.Should().Throw<FormatException>().WithMessage("Actividad 1: *eje rector*");
    }

    [Fact]
    public void Plan_EsInmutable_AunqueElBuilderSiga()
    {
        var builder = new Plan.Builder(2023, "Secretaría", "Dirección");
        builder.AgregarActividad("Uno", "V. Ciudad abierta", "5.1 Obj", "P", "1 Reporte", Calendarizacion.De(enero: 1));
        var plan = builder.Build();
        builder.AgregarActividad("Dos", "V. Ciudad abierta", "5.1 Obj", "P", "1 Reporte", Calendarizacion.De(enero: 1));
        plan.Actividades.Should().HaveCount(1);
        builder.Build().Actividades.Should().HaveCount(2);
    }

    [Fact]
    public void Contrato_DeIgualdad()
    {
        var otra = new Plan.Builder(2024, "Secretaría de Innovación y Gobierno Abierto", "Dirección de Mejora Regulatoria").Build();
        Contratos.Igualdad(MejoraRegulatoria(), MejoraRegulatoria(), otra, PlanesDelSeed.MejoraRegulatoria);
    }

    [Fact]
    public void Constructor_ConNulos_DiceDonde()
    {
        var act = () => new Plan(new EjercicioFiscal(2023), new Dependencia("D"), new UnidadResponsable("U"), [null!]);
        act.Should().Throw<ArgumentNullException>().WithParameterName("actividades").WithMessage("*posición 0*");
        var sinDependencia = () => new Plan(new EjercicioFiscal(2023), null!, new UnidadResponsable("U"), []);
        sinDependencia.Should().Throw<ArgumentNullException>().WithParameterName("dependencia");
    }

    [Fact]
    public void Actividad_Validaciones()
    {
        var alineacion = Alineacion.Parse("V. Ciudad abierta", "5.1 Obj");
        var programa = new ProgramaPresupuestario("P");
        var cero = () => new Actividad(0, "X", alineacion, programa, Meta.Create(1, "Reporte"), Calendarizacion.Vacia);
        cero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numero");
        var vacia = () => new Actividad(1, " ", alineacion, programa, Meta.Create(1, "Reporte"), Calendarizacion.Vacia);
        vacia.Should().Throw<ArgumentException>().WithParameterName("descripcion");
        var sinMeta = () => new Actividad(1, "X", alineacion, programa, null!, Calendarizacion.Vacia);
        sinMeta.Should().Throw<ArgumentNullException>().WithParameterName("meta");
        var sentido = () => new Actividad(1, "X", alineacion, programa, Meta.Create(1, "Reporte"), Calendarizacion.Vacia, sentido: (Sentido)7);
        sentido.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sentido");
    }

    [Fact]
    public void Actividad_CopiasYContrato()
    {
        var a = PlanesDelSeed.MejoraRegulatoria.Actividades[0];
        a.Semaforizacion.Should().Be(Semaforizacion.Predeterminada);
        a.Sentido.Should().Be(Sentido.Ascendente);
        Contratos.Igualdad(a, a.ConNumero(1), a.ConNumero(9), a.ConMeta(Meta.Create(2, "Reuniones")), a.ConSentido(Sentido.Descendente), a.ConCalendarizacion(Calendarizacion.De(enero: 3)));
        a.ConSemaforizacion(Semaforizacion.Parse(">= 90%", "> 50% y < 90%", "<= 50%")).Should().NotBe(a);
    }

    [Fact]
    public void Firmante_FromLineas_SeparaElTitulo()
    {
        var f = Firmante.FromLineas("Mtra. Laura Cecilia de los Santos Garcia", "Directora de Participación Ciudadana");
        f.Titulo.Should().Be("Mtra.");
        f.Nombre.Should().Be("Laura Cecilia de los Santos Garcia");
        f.NombreCompleto.Should().Be("Mtra. Laura Cecilia de los Santos Garcia");
        Firmante.FromLineas("Cintia Smith", "Secretaria").Titulo.Should().BeNull();
        Contratos.Igualdad(f, new Firmante("Mtra.", "Laura Cecilia de los Santos Garcia", "Directora de Participación Ciudadana"), new Firmante(null, "Laura Cecilia de los Santos Garcia", "Directora de Participación Ciudadana"));
    }
}
