using System.Globalization;
using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Modelo;

public class CalendarizacionTests
{
    [Fact]
    public void MesVacio_NoEsCero()
    {
        var conCero = Calendarizacion.De(marzo: 0);
        var vacia = Calendarizacion.Vacia;
        conCero.EstaProgramado(3).Should().BeTrue();
        conCero[3].Should().Be(0m);
        vacia[3].Should().BeNull();
        conCero.Should().NotBe(vacia);
        conCero.EstaVacia.Should().BeFalse();
        vacia.EstaVacia.Should().BeTrue();
        conCero.ToString().Should().Be(";;0;;;;;;;;;");
    }

    [Fact]
    public void Totales_Audiencias()
    {
        // Realizar Audiencias Públicas: 102 a year, 4 + 10 + 10 programmed to March.
        var cal = Calendarizacion.De(4, 10, 10, 4, 10, 10, 10, 10, 10, 10, 10, 4);
        cal.TotalHasta(3).Should().Be(24);
        cal.Total.Should().Be(102);
        cal.MesesProgramados.Should().HaveCount(12);
        cal.MesesProgramadosHasta(3).Should().Be(3);
    }

    [Fact]
    public void MesesProgramados_Trimestral()
    {
        var cal = Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1);
        cal.MesesProgramados.Should().Equal(3, 6, 9, 12);
        cal.MesesProgramadosHasta(7).Should().Be(2);
        cal.TotalHasta(2).Should().Be(0);
        cal.Valores.Should().HaveCount(12);
        cal.Valores[2].Should().Be(1m);
        cal.Valores[0].Should().BeNull();
    }

    [Fact]
    public void Mensual_YCon()
    {
        Calendarizacion.Mensual(100).Total.Should().Be(1200);
        Calendarizacion.Mensual(100, 1, 11)[12].Should().BeNull("100% con diciembre vacío existe en el seed");
        var cal = Calendarizacion.De(enero: 1).Con(2, 5).Con(1, null);
        cal.Should().Be(Calendarizacion.De(febrero: 5));
        Calendarizacion.Mensual(1).Con(1, null).Con(2, null).Con(3, null).Con(4, null).Con(5, null).Con(6, null)
            .Con(7, null).Con(8, null).Con(9, null).Con(10, null).Con(11, null).Con(12, null)
            .Should().BeSameAs(Calendarizacion.Vacia);
    }

    [Fact]
    public void ValorNegativo_LanzaNombrandoElMes()
    {
        var act = () => Calendarizacion.De(abril: -1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*abril (mes 4)*negativo*");
    }

    [Fact]
    public void Create_ConMasOMenosDeDoceCeldas_Lanza()
    {
        var pocas = () => Calendarizacion.Create(new decimal?[11]);
        pocas.Should().Throw<ArgumentException>().WithMessage("*12 meses*11*");
        var muchas = () => Calendarizacion.Create(new decimal?[13]);
        muchas.Should().Throw<ArgumentException>().WithMessage("*12 meses*más*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void MesFueraDeRango_Lanza(int mes)
    {
        var cal = Calendarizacion.Mensual(1);
        ((Action)(() => _ = cal[mes])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("mes");
        ((Action)(() => cal.TotalHasta(mes))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => cal.Con(mes, 1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("es-MX")]
    [InlineData("de-DE")]
    public void ParseYToString_IdaYVuelta(string cultura)
    {
        var provider = CultureInfo.GetCultureInfo(cultura);
        var cal = Calendarizacion.De(enero: 1.5m, abril: 0, diciembre: 27);
        Calendarizacion.Parse(cal.ToString(provider), provider).Should().Be(cal);
        using var _ = new CulturaActual(cultura);
        Calendarizacion.Parse(cal.ToString()).Should().Be(cal);
        cal.ToString().Should().Be("1.5;;;0;;;;;;;;27");
    }

    [Fact]
    public void Parse_AceptaTabuladoresYPorcentajes()
    {
        Calendarizacion.Parse("100%\t100%\t\t\t\t\t\t\t\t\t\t").Should().Be(Calendarizacion.De(enero: 100, febrero: 100));
        Calendarizacion.Parse("|||||||||||27").Should().Be(Calendarizacion.De(diciembre: 27));
    }

    [Theory]
    [InlineData(";;;", "12 celdas")]
    [InlineData(";;x;;;;;;;;;", "marzo (mes 3)")]
    [InlineData(";;;;;;;;;;;-1", "diciembre (mes 12)")]
    public void Parse_Invalido_NombraElMes(string texto, string mensaje)
    {
        var act = () => Calendarizacion.Parse(texto);
        act.Should().Throw<FormatException>().WithMessage($"*{mensaje}*");
        Calendarizacion.TryParse(texto, CultureInfo.InvariantCulture, out _).Should().BeFalse();
    }

    [Fact]
    public void Contrato_DeIgualdad()
    {
        Contratos.Igualdad(
            Calendarizacion.De(marzo: 1),
            Calendarizacion.De(marzo: 1.0m),
            Calendarizacion.De(marzo: 2),
            Calendarizacion.De(abril: 1),
            Calendarizacion.De(marzo: 1, abril: 0));
    }

    [Fact]
    public void NombreDeMes()
    {
        Calendarizacion.NombreDeMes(1).Should().Be("enero");
        Calendarizacion.NombreDeMes(12).Should().Be("diciembre");
    }
}
