using BenchmarkDotNet.Attributes;

namespace Poa.Domain.Benchmarks;

/// <summary>Parsing the seed's band notation and classifying a cumplimiento.</summary>
[MemoryDiagnoser]
public class SemaforizacionBenchmarks
{
    private readonly Semaforizacion semaforizacion = Semaforizacion.Predeterminada;

    [Benchmark]
    public Semaforizacion Parse() => Semaforizacion.Parse("> = 80%", "< 80% & > 50%", "< = 50%");

    [Benchmark(Baseline = true)]
    public Color Clasificar() => semaforizacion.Clasificar(79.5m);
}
