using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Poa.Domain.Importacion;

namespace Poa.Domain.Benchmarks;

/// <summary>
/// Import of tabular POA text: the seed file (14 KB, 6 plans, 34 activities) and a generated file of
/// 10,000 activities (about 3 MB). Target: at least 50 MB/s on one core. The baseline only splits the
/// text into lines and cells, the least any reader does.
/// </summary>
[MemoryDiagnoser]
public class ImportadorDePoaBenchmarks
{
    private static readonly OpcionesDeImportacion Diciembre = new() { CeldasExtra = PoliticaDeCeldasExtra.TreceavaComoDiciembre };

    private string semilla = string.Empty;
    private string generado = string.Empty;

    [GlobalSetup]
    public void Preparar()
    {
        var dir = System.AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Poa.Domain.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        semilla = File.ReadAllText(Path.Combine(dir!, "tests", "Poa.Domain.Tests", "Importacion", "Datos", "poa-2023.txt"), Encoding.UTF8);
        generado = GeneradorDePoa.Generar(10_000);
        System.Console.WriteLine($"// semilla: {Encoding.UTF8.GetByteCount(semilla)} bytes; generado: {Encoding.UTF8.GetByteCount(generado)} bytes");
    }

    [Benchmark(Baseline = true)]
    public int Generado_SoloDividirCeldas()
    {
        var celdas = 0;
        foreach (var linea in generado.Split('\n'))
        {
            celdas += linea.Split('\t').Length;
        }

        return celdas;
    }

    [Benchmark]
    public int Generado_Importar() => ImportadorDePoa.Importar(generado).Actividades;

    [Benchmark]
    public int Generado_ImportarSinValidar() => ImportadorDePoa.Importar(generado, new OpcionesDeImportacion { Validar = false }).Actividades;

    [Benchmark]
    public int Semilla_Importar() => ImportadorDePoa.Importar(semilla, Diciembre).Actividades;
}
