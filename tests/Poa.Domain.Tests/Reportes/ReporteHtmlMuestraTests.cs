using NodaTime;
using Poa.Domain.Reportes;
using Poa.Domain.Testing;
using Poa.Domain.Tests.Modelo;

namespace Poa.Domain.Tests.Reportes;

/// <summary>
/// The sample report is the same, byte for byte, from every build of the library (this suite also runs
/// against the netstandard2.0 and net8.0 builds) and equal to the copy kept in docs/ejemplos/. The structure
/// and the browser tests of the report are in tests/Poa.Domain.Reportes.Tests.
/// </summary>
public class ReporteHtmlMuestraTests
{
    [Fact]
    public void Muestra_EsLaDeDocs_EnCadaCompilacion()
    {
        var html = ReporteHtml.Predeterminado.Generar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, new LocalDate(2023, 7, 5));
        var ruta = Path.Combine(ValidacionDePlanTests.RaizDelRepositorio(), "docs", "ejemplos", "reporte-de-ejemplo.html");

        html.Should().Be(File.ReadAllText(ruta), "la muestra de docs/ es lo que la biblioteca escribe; si cambió a propósito, regenérela con eng/captura-del-reporte.sh");
    }

    [Fact]
    public void TextosConAcentosYEmoji_SeCodificanIgualEnCadaCompilacion()
    {
        var plan = new Plan.Builder(2023, "Secretaría «Ñandú»", "Dirección <Pruebas> & \"Cía\" 🚦")
            .AgregarActividad("Atención ciudadana", "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Programa", "2 Informes", Calendarizacion.De(enero: 1, febrero: 1))
            .Build();

        var html = ReporteHtml.Predeterminado.Generar([AvancesDelPlan.SinAvances(plan)], Corte.De(plan.Ejercicio, 2), new LocalDate(2023, 3, 1));

        html.Should().Contain("<h2 id=\"t-u1\">Dirección &lt;Pruebas&gt; &amp; &quot;Cía&quot; &#x1F6A6;</h2>")
            .And.Contain("Secretaría «Ñandú»")
            .And.NotContain("<script");
    }
}
