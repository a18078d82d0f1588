using System.Diagnostics;
using System.Text;
using Poa.Domain.Benchmarks;

namespace Poa.Domain.Reportes.Tests;

/// <summary>The report of 1,000 plans (36,000 activities): under 30 MB, in bounded time (measured precisely in docs/benchmarks.md).</summary>
public class ReporteGrandeTests
{
    [Fact]
    public void MilPlanes_MenosDe30MB_YEnTiempoAcotado()
    {
        var planes = GeneradorDeAvances.Generar(1_000);

        var reloj = Stopwatch.StartNew();
        var html = ReporteHtml.Predeterminado.Generar(planes, GeneradorDeAvances.Corte, Muestra.GeneradoEl);
        reloj.Stop();

        Encoding.UTF8.GetByteCount(html).Should().BeLessThan(30_000_000);
        // The target is 2 s (BenchmarkDotNet, docs/benchmarks.md); a shared CI machine gets 5 times that.
        reloj.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        var documento = Muestra.Leer(html);
        documento.QuerySelectorAll("table.actividades tbody tr").Should().HaveCount(36_000);
        documento.QuerySelectorAll("article.obs").Should().HaveCount(18_000, "30% amarillo y 20% rojo");
    }
}
