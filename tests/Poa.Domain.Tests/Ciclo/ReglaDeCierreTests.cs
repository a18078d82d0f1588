using NodaTime;
using static Poa.Domain.Tests.Ciclo.CicloDeEjemplo;

namespace Poa.Domain.Tests.Ciclo;

public class ReglaDeCierreTests
{
    [Theory]
    [InlineData(5, 1, "2024-02-05")]
    [InlineData(5, 2, "2024-03-05")]
    [InlineData(0, 1, "2024-01-31")]
    [InlineData(0, 2, "2024-02-29")]
    [InlineData(5, 12, "2025-01-05")]
    public void FechaDeCierre_EsElUltimoDiaDelMesMasLosDiasDeGracia(int dias, int mes, string esperada)
    {
        var regla = ReglaDeCierre.Create(dias, DateTimeZone.Utc);

        regla.FechaDeCierre(Mes(mes)).ToString("yyyy-MM-dd", null).Should().Be(esperada);
    }

    [Theory]
    [InlineData(5, 7, 5, 6)]
    [InlineData(5, 7, 6, 7)]
    [InlineData(0, 7, 1, 7)]
    [InlineData(0, 6, 30, 6)]
    public void PrimerMesAbierto_EsElMesDespuesDelUltimoCerrado(int dias, int mes, int dia, int esperado)
    {
        ReglaDeCierre.Create(dias, DateTimeZone.Utc).PrimerMesAbierto(Dia(mes, dia)).Should().Be(Mes(esperado));
    }

    [Fact]
    public void EstaCerrado_ElDiaDespuesDeLaFechaDeCierre_YCoincideConElCorte()
    {
        Regla.EstaCerrado(Mes(6), Dia(7, 5)).Should().BeFalse();
        Regla.EstaCerrado(Mes(6), Dia(7, 6)).Should().BeTrue();
        for (var d = new LocalDate(2024, 1, 1); d <= new LocalDate(2024, 12, 31); d = d.PlusDays(1))
        {
            var ultimo = Regla.UltimoMesCerrado(d);
            Regla.EstaCerrado(ultimo, d).Should().BeTrue();
            Regla.EstaCerrado(ultimo.OnDayOfMonth(1).PlusMonths(1).ToYearMonth(), d).Should().BeFalse();
        }
    }
}
