using Poa.Domain.Json;
using Muestras = Poa.Domain.Testing.PlanesDeEjemplo;

namespace Poa.Cli.Tests;

public sealed class ComandoValidarTests : IDisposable
{
    private readonly DirectorioTemporal dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void PlanesDeEjemplo_DiagnosticosEnErroresYResumenEnSalida()
    {
        var carpeta = DatosDeEjemploTests.CarpetaDePlanes;
        var mejora = Path.Combine(carpeta, "05-direccion-de-mejora-regulatoria-2023.json");
        var enlace = Path.Combine(carpeta, "06-direccion-de-enlace-municipal-2023.json");

        var r = Ejecucion.De(dir.Ruta, "validar", mejora, enlace);

        r.Codigo.Should().Be(1);
        r.LineasDeErrores.Should().ContainSingle()
            .Which.Should().StartWith(mejora + ": plan «Dirección de Mejora Regulatoria», actividad 1, meta: error POA001: La meta anual es 3 Reuniones");
        r.Salida.Should().Be(
            $"{mejora}: plan «Dirección de Mejora Regulatoria» 2023, 4 actividades: 1 error, 0 advertencias.{Environment.NewLine}"
            + $"{enlace}: plan «Dirección de Enlace Municipal» 2023, 6 actividades: 0 errores, 0 advertencias.{Environment.NewLine}");
        Ejecucion.De(dir.Ruta, "validar", enlace).Codigo.Should().Be(0);
    }

    [Fact]
    public void UnaCarpeta_SusPlanesEnOrden()
    {
        dir.CopiarDatosDeEjemplo("planes");

        var r = Ejecucion.De(dir.Ruta, "validar", "planes");

        r.Salida.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(':')[0]).Should().Equal(
            Directory.GetFiles(DatosDeEjemploTests.CarpetaDePlanes, "*.json").Select(f => Path.Combine("planes", Path.GetFileName(f))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void JsonInvalido_Truncado_YVacio()
    {
        dir.Archivo("malo.json", "{ \"formato\": \"poa.plan\", \"version\": 1 }");
        dir.Archivo("truncado.json", PoaJson.Serialize(Muestras.EnlaceMunicipal)[..300]);
        dir.Archivo("vacio.json", "");

        var r = Ejecucion.De(dir.Ruta, "validar", "malo.json", "truncado.json");

        r.Codigo.Should().Be(1);
        r.LineasDeErrores.Should().HaveCount(2).And.AllSatisfy(l => l.Should().MatchRegex(@"^(malo|truncado)\.json: error: \$"));
        r.Salida.Should().Be($"malo.json: no se pudo leer el plan.{Environment.NewLine}truncado.json: no se pudo leer el plan.{Environment.NewLine}");
        Ejecucion.De(dir.Ruta, "validar", "vacio.json").Should().Be(new Ejecucion(2, "", "vacio.json: el archivo está vacío." + Environment.NewLine));
    }

    [Fact]
    public void JsonLines_UnPlanPorLinea_UnaLineaMalaConSuNumero()
    {
        using (var flujo = File.Create(Path.Combine(dir.Ruta, "planes.jsonl")))
        {
            PoaJson.SerializePlanes(flujo, Muestras.Todos);
        }

        File.AppendAllText(Path.Combine(dir.Ruta, "planes.jsonl"), "{ \"formato\": \"poa.plan\" }\n");

        var r = Ejecucion.De(dir.Ruta, "validar", "planes.jsonl");

        r.Codigo.Should().Be(1);
        r.Salida.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(7).And.Contain("planes.jsonl: 1 plan no se pudo leer.");
        r.Errores.Should().Contain("planes.jsonl:7: error: $");
    }

    [Fact]
    public void LimiteJson_UnDocumentoMayorSeRechazaConLaPista_YConElLimiteSeLee()
    {
        var plan = dir.Archivo("plan.json", PoaJson.Serialize(Muestras.EnlaceMunicipal));
        var tamano = new FileInfo(plan).Length;

        var r = Ejecucion.De(dir.Ruta, "validar", "plan.json", "--limite-json", "1K");

        r.Codigo.Should().Be(1);
        r.Errores.Should().Be($"plan.json: error: el documento mide {(tamano / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} KiB, más que el límite de 1 KiB; léalo con --limite-json 1M.{Environment.NewLine}");
        Ejecucion.De(dir.Ruta, "validar", "plan.json", "--limite-json", "64k").Codigo.Should().Be(0);
    }
}
