using NodaTime;
using NodaTime.Text;

namespace Poa.Domain.Tests.Evaluacion;

public class CorteTests
{
    private static readonly DateTimeZone Monterrey = DateTimeZoneProviders.Tzdb["America/Monterrey"];

    [Theory]
    [InlineData("2023-02-05", 5, "2022-12")]
    [InlineData("2023-02-06", 5, "2023-01")]
    [InlineData("2023-02-01", 0, "2023-01")]
    [InlineData("2023-01-31", 0, "2022-12")]
    [InlineData("2024-01-11", 10, "2023-12")]
    [InlineData("2024-01-10", 10, "2023-11")]
    public void Desde_Fecha_UsaLaReglaDeCierre(string fecha, int dias, string esperado)
    {
        var corte = Corte.Desde(LocalDatePattern.Iso.Parse(fecha).Value, ReglaDeCierre.Create(dias, Monterrey));
        corte.ToString().Should().Be(esperado);
    }

    [Fact]
    public void Desde_Instante_UsaLaFechaEnLaZona()
    {
        // 2023-02-06 03:00 UTC is still 5 February in Monterrey (UTC−6).
        var instante = Instant.FromUtc(2023, 2, 6, 3, 0);
        Corte.Desde(instante, ReglaDeCierre.Create(5, Monterrey)).ToString().Should().Be("2022-12");
        Corte.Desde(instante, ReglaDeCierre.Create(5, DateTimeZone.Utc)).ToString().Should().Be("2023-01");
    }

    [Fact]
    public void MesesContados_SeAjustaAlEjercicio()
    {
        var ejercicio = new EjercicioFiscal(2023);
        Corte.De(new YearMonth(2022, 12)).MesesContados(ejercicio).Should().Be(0);
        Corte.De(new YearMonth(2023, 3)).MesesContados(ejercicio).Should().Be(3);
        Corte.De(new YearMonth(2024, 1)).MesesContados(ejercicio).Should().Be(12);
    }

    [Fact]
    public void Igualdad_Y_Orden()
    {
        var marzo = Corte.De(new YearMonth(2023, 3));
        (marzo == Corte.De(new EjercicioFiscal(2023), 3)).Should().BeTrue();
        (marzo < Corte.De(new YearMonth(2023, 4))).Should().BeTrue();
        (marzo >= Corte.De(new YearMonth(2023, 2))).Should().BeTrue();
    }

    [Fact]
    public void ReglaDeCierre_DiasNegativos_Falla()
        => FluentActions.Invoking(() => ReglaDeCierre.Create(-1, Monterrey)).Should().Throw<ArgumentOutOfRangeException>();
}
