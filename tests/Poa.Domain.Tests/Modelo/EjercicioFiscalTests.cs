using System.Globalization;
using NodaTime;
using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Modelo;

public class EjercicioFiscalTests
{
    [Fact]
    public void Contrato_DeIgualdadYOrden()
    {
        Contratos.Igualdad(new EjercicioFiscal(2023), new EjercicioFiscal(2023), new EjercicioFiscal(2024));
        Contratos.Orden(new EjercicioFiscal(2023), new EjercicioFiscal(2024), new EjercicioFiscal(2023));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(10000)]
    [InlineData(0)]
    public void Constructor_FueraDeRango_Lanza(int anio)
    {
        var act = () => new EjercicioFiscal(anio);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("anio").WithMessage("*1900*9999*");
    }

    [Fact]
    public void Default_EsElAnio2000()
    {
        default(EjercicioFiscal).Anio.Should().Be(2000);
    }

    [Fact]
    public void Mes_DentroDelAnio_DaElYearMonth()
    {
        var ejercicio = new EjercicioFiscal(2023);
        ejercicio.Mes(3).Should().Be(new YearMonth(2023, 3));
        ejercicio.Meses.Should().HaveCount(12).And.StartWith(new YearMonth(2023, 1)).And.EndWith(new YearMonth(2023, 12));
        ejercicio.Inicio.Should().Be(new LocalDate(2023, 1, 1));
        ejercicio.Fin.Should().Be(new LocalDate(2023, 12, 31));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Mes_Fuera_Lanza(int mes)
    {
        var act = () => new EjercicioFiscal(2023).Mes(mes);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numero");
    }

    [Fact]
    public void NumeroDeMes_DeOtroAnio_LanzaConMensajeClaro()
    {
        var ejercicio = new EjercicioFiscal(2023);
        ejercicio.NumeroDeMes(new YearMonth(2023, 7)).Should().Be(7);
        ejercicio.Contiene(new YearMonth(2024, 1)).Should().BeFalse();
        var act = () => ejercicio.NumeroDeMes(new YearMonth(2024, 1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*2024-01*no pertenece al ejercicio fiscal 2023*");
    }

    [Theory]
    [InlineData("es-MX")]
    [InlineData("de-DE")]
    public void ParseYToString_IdaYVuelta_SinImportarLaCultura(string cultura)
    {
        using var _ = new CulturaActual(cultura);
        var ejercicio = EjercicioFiscal.Parse(" 2023 ");
        ejercicio.Anio.Should().Be(2023);
        EjercicioFiscal.Parse(ejercicio.ToString()).Should().Be(ejercicio);
        ejercicio.ToString("0", CultureInfo.GetCultureInfo(cultura)).Should().Be("2023");
    }

    [Theory]
    [InlineData("")]
    [InlineData("23")]
    [InlineData("2023.0")]
    [InlineData("dos mil")]
    public void Parse_Invalido_LanzaFormatException(string texto)
    {
        EjercicioFiscal.TryParse(texto, out _).Should().BeFalse();
        var act = () => EjercicioFiscal.Parse(texto);
        act.Should().Throw<FormatException>().WithMessage("*no es un ejercicio fiscal válido*");
    }
}
