using Poa.Cli;
using Poa.Cli.Entrada;
using Poa.Domain.Importacion;
using Poa.Domain;
using Poa.Domain.Json;
using Muestras = Poa.Domain.Testing.PlanesDeEjemplo;

namespace Poa.Cli.Tests;

public class DatosDeEjemploTests
{
    internal static string RaizDelRepositorio()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Poa.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("No se encontró Poa.Domain.sln.");
    }

    internal static string CarpetaDePlanes => Path.Combine(RaizDelRepositorio(), "src", "Poa.Cli", "Datos", "planes-2023");

    internal static string ArchivoDeAvances => Path.Combine(RaizDelRepositorio(), "src", "Poa.Cli", "Datos", "avances-2023.csv");

    [Fact]
    public void PlanesIncluidos_SonLosPlanesDeEjemplo()
    {
        DatosDeEjemplo.Planes().Should().Equal(Muestras.Todos);
    }

    [Fact]
    public void ArchivosDePlanes_SonLaSerializacionDeLosPlanesDeEjemplo()
    {
        if (Environment.GetEnvironmentVariable("POA_REGENERAR_DATOS") == "1")
        {
            Directory.CreateDirectory(CarpetaDePlanes);
            for (var i = 0; i < Muestras.Todos.Count; i++)
            {
                File.WriteAllText(Path.Combine(CarpetaDePlanes, Nombre(i)), PoaJson.Serialize(Muestras.Todos[i]));
            }
        }

        var archivos = Directory.GetFiles(CarpetaDePlanes, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
        archivos.Select(Path.GetFileName).Should().Equal(Enumerable.Range(0, Muestras.Todos.Count).Select(Nombre));
        for (var i = 0; i < archivos.Count; i++)
        {
            File.ReadAllText(archivos[i]).Should().Be(PoaJson.Serialize(Muestras.Todos[i]), archivos[i]);
        }
    }

    [Fact]
    public void AvancesDeEjemplo_AlCortePredeterminado_DanTodosLosColores()
    {
        var r = Ejecucion.De(".", "ejemplo", "--formato", "json");
        r.Codigo.Should().Be(0);
        using var documento = System.Text.Json.JsonDocument.Parse(r.Salida);
        var colores = documento.RootElement.GetProperty("actividades").EnumerateArray()
            .Select(a => a.GetProperty("color").GetString() ?? "").GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        colores.Should().Equal(new Dictionary<string, int> { ["verde"] = 17, ["amarillo"] = 7, ["rojo"] = 8, [""] = 2 });
    }

    [Fact]
    public void AvancesJsonLines_SonLaSerializacionDelCsv()
    {
        var planes = DatosDeEjemplo.Planes();
        var avances = ImportadorDeAvances.Importar(DatosDeEjemplo.Avances(), planes);
        avances.Diagnosticos.Should().BeEmpty();
        var ruta = Path.Combine(RaizDelRepositorio(), "src", "Poa.Cli", "Datos", "avances-2023.jsonl");
        var esperado = string.Concat(avances.Avances.Where(a => a.Avances.Count > 0)
            .Select(a => PoaJson.SerializeAvances(a, new PoaJsonOpciones { Indentado = false }) + "\n"));
        if (Environment.GetEnvironmentVariable("POA_REGENERAR_DATOS") == "1")
        {
            File.WriteAllText(ruta, esperado);
        }

        File.ReadAllText(ruta).Should().Be(esperado);
    }

    [Fact]
    public void AvancesDeEjemplo_CoincidenConLosDelPaqueteDePruebas()
    {
        var avances = ImportadorDeAvances.Importar(DatosDeEjemplo.Avances(), DatosDeEjemplo.Planes()).Avances;
        avances[4].Avances.Should().Equal(Poa.Domain.Testing.AvancesDeEjemplo.MejoraRegulatoria.Avances);
        avances[5].Avances.Should().Equal(Poa.Domain.Testing.AvancesDeEjemplo.EnlaceMunicipal.Avances);
    }

    private static string Nombre(int i) => $"{i + 1:D2}-{Planes.NombreDeArchivo(Muestras.Todos[i])}.json";
}
