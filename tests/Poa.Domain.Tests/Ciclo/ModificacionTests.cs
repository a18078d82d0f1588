using NodaTime;
using Poa.Domain.Tests.Infraestructura;
using static Poa.Domain.Tests.Ciclo.CicloDeEjemplo;

namespace Poa.Domain.Tests.Ciclo;

public class ModificacionTests
{
    private static Modificacion Crear(int folio = 1, string? justificacion = "Recorte presupuestal.", string? por = null, Calendarizacion? calendario = null)
        => Modificacion.Create(folio, 1, Mes(7), Meta.Parse("90 Luminarias"), calendario ?? Calendarizacion.Mensual(5, 7, 12), justificacion, Dia(7, 8), por);

    [Fact]
    public void Create_GuardaCadaValor_ConEspaciosNormalizados()
    {
        var m = Modificacion.Create(3, 2, Mes(9), null, Calendarizacion.De(diciembre: 2), "  Se   recorre  al cierre. ", Dia(8, 30), "  Cabildo ");

        (m.Folio, m.Actividad, m.AplicaDesde, m.AutorizadaEl).Should().Be((3, 2, Mes(9), Dia(8, 30)));
        m.Meta.Should().BeNull();
        m.Calendarizacion.Should().Be(Calendarizacion.De(diciembre: 2));
        m.Justificacion.Should().Be("Se recorre al cierre.");
        m.AutorizadaPor.Should().Be("Cabildo");
        m.ToString().Should().Be("Folio 3 · actividad 2 desde 2024-09 · autorizada el 2024-08-30");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Create_JustificacionEnBlanco_SeAceptaVaciaYLaValidacionLaReporta(string? justificacion)
    {
        Crear(justificacion: justificacion).Justificacion.Should().BeEmpty();
    }

    [Fact]
    public void Create_SinMetaNiCalendarizacion_LanzaArgumentExceptionQueDiceQueNoCambiaNada()
    {
        var crear = () => Modificacion.Create(2, 1, Mes(7), null, null, "x", Dia(7, 8));

        crear.Should().Throw<ArgumentException>().WithMessage("La modificación con folio 2 de la actividad 1 no cambia nada*");
    }

    [Theory]
    [InlineData(0, 1, "folio")]
    [InlineData(1, 0, "actividad")]
    public void Create_FolioOActividadMenorQue1_LanzaArgumentOutOfRange(int folio, int actividad, string parametro)
    {
        var crear = () => Modificacion.Create(folio, actividad, Mes(7), Meta.Parse("1 Informes"), null, "x", Dia(7, 8));

        crear.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(parametro);
    }

    [Fact]
    public void Create_FechaFueraDelCalendarioIso_LanzaArgumentException()
    {
        var juliano = new LocalDate(2024, 7, 8, CalendarSystem.Julian);
        var crear = () => Modificacion.Create(1, 1, Mes(7), Meta.Parse("1 Informes"), null, "x", juliano);

        crear.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("autorizadaEl");
    }

    [Fact]
    public void Igualdad_ComparaCadaPropiedad()
    {
        Contratos.Igualdad(
            Crear(),
            Crear(),
            Crear(folio: 2),
            Crear(justificacion: "Otra razón."),
            Crear(por: "Cabildo"),
            Crear(calendario: Calendarizacion.Mensual(5, 8, 12)),
            Modificacion.Create(1, 1, Mes(7), Meta.Parse("91 Luminarias"), Calendarizacion.Mensual(5, 7, 12), "Recorte presupuestal.", Dia(7, 8)),
            Modificacion.Create(1, 1, Mes(7), Meta.Parse("90 Luminarias"), Calendarizacion.Mensual(5, 7, 12), "Recorte presupuestal.", Dia(7, 9)),
            Modificacion.Create(1, 1, Mes(8), Meta.Parse("90 Luminarias"), Calendarizacion.Mensual(5, 7, 12), "Recorte presupuestal.", Dia(7, 8)),
            Modificacion.Create(1, 2, Mes(7), Meta.Parse("90 Luminarias"), Calendarizacion.Mensual(5, 7, 12), "Recorte presupuestal.", Dia(7, 8)));
    }
}
