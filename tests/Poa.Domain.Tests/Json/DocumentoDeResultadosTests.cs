using System.Text.Json.Nodes;
using NJsonSchema;
using Poa.Domain.Json;
using Poa.Domain.Testing;
using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Json;

/// <summary>The results document <c>poa.resultados</c> (written only): pinned by a fixture and validated by its schema.</summary>
public class DocumentoDeResultadosTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures");

    internal static string Documento()
    {
        var resultado = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.EnlaceMunicipal, AvancesDeEjemplo.Corte);
        var resumenes = EvaluadorDeSemaforo.Predeterminado.Resumir([resultado], Agrupacion.UnidadResponsable)
            .Concat(EvaluadorDeSemaforo.Predeterminado.Resumir([resultado], Agrupacion.ProgramaPresupuestario));
        return PoaJson.SerializeResultados(resultado, resumenes);
    }

    [Fact]
    public void Resultados_SonLosDelFixtureVersion1()
    {
        if (Environment.GetEnvironmentVariable("POA_REGENERAR_FIXTURES") == "1")
        {
            File.WriteAllText(Path.Combine("..", "..", "..", "Json", "Fixtures", "resultados.v1.json"), Documento());
        }

        Documento().Should().Be(File.ReadAllText(Path.Combine(Fixtures, "resultados.v1.json")));
    }

    [Fact]
    public void Resultados_TienenMarcadorCorteYMesesIso()
    {
        var json = JsonNode.Parse(Documento())!;

        json["formato"]!.GetValue<string>().Should().Be("poa.resultados");
        json["version"]!.GetValue<int>().Should().Be(1);
        json["corte"]!.GetValue<string>().Should().MatchRegex("^2023-[0-9]{2}$");
        var actividades = json["actividades"]!.AsArray();
        actividades.Should().HaveCount(AvancesDeEjemplo.EnlaceMunicipal.Plan.Actividades.Count);
        actividades.SelectMany(a => a!["mesesProgramados"]!.AsArray()).Select(m => m!.GetValue<string>()).Should().OnlyContain(m => m.StartsWith("2023-", StringComparison.Ordinal));
        actividades.Select(a => a!["estado"]!.GetValue<string>()).Should().OnlyContain(e => e == "evaluada" || e == "sinMetaProgramada" || e == "sinDatos" || e == "adelantada");
        json["resumenes"]!.AsArray().Select(r => r!["agrupacion"]!.GetValue<string>()).Should().Contain(["unidadResponsable", "programaPresupuestario"]);
    }

    [Fact]
    public async System.Threading.Tasks.Task Resultados_CumplenElEsquema()
    {
        var esquema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Json", "Esquemas", "poa.resultados.v1.schema.json"));

        esquema.Validate(File.ReadAllText(Path.Combine(Fixtures, "resultados.v1.json"))).Select(e => e.ToString()).Should().BeEmpty();
        esquema.Validate(Documento()).Select(e => e.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void ConCulturaAlemana_EscribeLoMismo()
    {
        var invariante = Documento();

        using (new CulturaActual("de-DE"))
        {
            Documento().Should().Be(invariante);
        }
    }
}
