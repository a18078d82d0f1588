using System.Threading.Tasks;
using NJsonSchema;
using Poa.Domain.Json;
using Poa.Domain.Tests.Datos;

namespace Poa.Domain.Tests.Json;

/// <summary>The published JSON Schemas (<c>docs/schema</c>) accept every fixture and what the library writes, and reject bad shapes.</summary>
public class EsquemasTests
{
    private static readonly string Esquemas = Path.Combine(AppContext.BaseDirectory, "Json", "Esquemas");
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures");

    [Theory]
    [InlineData("plan.v1.json")]
    [InlineData("plan.v2-futuro.json")]
    public async Task Fixture_CumpleElEsquemaDelPlan(string archivo)
    {
        var esquema = await JsonSchema.FromFileAsync(Path.Combine(Esquemas, "poa.plan.v1.schema.json"));

        var errores = esquema.Validate(File.ReadAllText(Path.Combine(Fixtures, archivo)));

        errores.Select(e => e.ToString()).Should().BeEmpty();
    }

    [Fact]
    public async Task PlanesDelSeed_EscritosPorLaBiblioteca_CumplenElEsquema()
    {
        var esquema = await JsonSchema.FromFileAsync(Path.Combine(Esquemas, "poa.plan.v1.schema.json"));

        foreach (var plan in PlanesDelSeed.Todos)
        {
            esquema.Validate(PoaJson.Serialize(plan)).Select(e => e.ToString()).Should().BeEmpty(plan.ToString());
        }
    }

    [Theory]
    [InlineData("05-sin-formato.json")]
    [InlineData("09-version-cero.json")]
    [InlineData("11-ejercicio-fuera-de-rango.json")]
    [InlineData("18-numero-cero.json")]
    [InlineData("24-meta-negativa.json")]
    [InlineData("28-calendario-mes-13.json")]
    [InlineData("29-calendario-11-meses.json")]
    [InlineData("30-calendario-negativo.json")]
    [InlineData("37-sentido-desconocido.json")]
    [InlineData("39-firmante-sin-cargo.json")]
    public async Task DocumentoMalformado_NoCumpleElEsquema(string archivo)
    {
        var esquema = await JsonSchema.FromFileAsync(Path.Combine(Esquemas, "poa.plan.v1.schema.json"));

        esquema.Validate(File.ReadAllText(Path.Combine(Fixtures, "malformados", archivo))).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("resultados.v1.json")]
    [InlineData("resultados.v3-futuro.json")]
    public async Task Fixture_CumpleElEsquemaDeResultados(string archivo)
    {
        var esquema = await JsonSchema.FromFileAsync(Path.Combine(Esquemas, "poa.resultados.v1.schema.json"));

        esquema.Validate(File.ReadAllText(Path.Combine(Fixtures, archivo))).Select(e => e.ToString()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("02-sin-corte.json")]
    [InlineData("03-corte-mes-13.json")]
    [InlineData("05-estado-desconocido.json")]
    [InlineData("06-cumplimiento-texto.json")]
    [InlineData("07-color-desconocido.json")]
    [InlineData("12-senal-desconocida.json")]
    [InlineData("13-senal-repetida.json")]
    [InlineData("14-programado-negativo.json")]
    [InlineData("15-sin-color.json")]
    [InlineData("17-resumenes-faltantes.json")]
    public async Task ResultadosMalformados_NoCumplenElEsquema(string archivo)
    {
        var esquema = await JsonSchema.FromFileAsync(Path.Combine(Esquemas, "poa.resultados.v1.schema.json"));

        esquema.Validate(File.ReadAllText(Path.Combine(Fixtures, "malformados-resultados", archivo))).Should().NotBeEmpty();
    }
}
