using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Poa.Domain.Benchmarks;

namespace Poa.Domain.Reportes.Tests;

/// <summary>
/// The report of 1,000 plans (36,000 activities, 10,800 with an alerta temprana and 10,800 without the justificación
/// they need) stays under 30 MB and never takes pathologically long. Its speed
/// is measured with BenchmarkDotNet (about 1.1 s, docs/benchmarks.md); this test only guards against a runaway
/// on a CI machine shared with other jobs. The structure itself is tested on the sample.
/// </summary>
public class ReporteGrandeTests
{
    [Fact]
    public void MilPlanes_MenosDe30MB_YSinDemoras()
    {
        var planes = GeneradorDeAvances.Generar(1_000);

        var reloj = Stopwatch.StartNew();
        var html = ReporteHtml.Predeterminado.Generar(planes, GeneradorDeAvances.Corte, Muestra.GeneradoEl);
        reloj.Stop();

        Encoding.UTF8.GetByteCount(html).Should().BeLessThan(30_000_000);
        reloj.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "2 s en una máquina sin carga; nunca un minuto");
        Regex.Count(html, "<tr id=\"a").Should().Be(36_000);
        Regex.Count(html, "<article class=\"obs ").Should().Be(18_000, "30% amarillo y 20% rojo");
        Regex.Count(html, "<em class=\"alerta\">").Should().Be(10_800, "el 30% va por detrás del ritmo o sin avance en sus dos últimos meses");
        Regex.Count(html, "<em class=\"falta\">").Should().Be(10_800, "las amarillas no traen justificación");
    }
}
