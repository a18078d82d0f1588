using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Poa.Domain.Json;
using Poa.Domain.Testing;

namespace Poa.Domain.Benchmarks;

/// <summary>
/// The JSON format: serialize and deserialize one plan (the seed's largest, <c>SoporteEInfraestructura</c>... see
/// <see cref="UnPlan"/>) and a JSON Lines file of 1,000 plans, against a bare <see cref="Utf8JsonReader"/> pass over the
/// same bytes (the physical floor of reading them). Target: deserializing ≤ 4× the bare pass; allocated &lt; 3× the
/// object graph (measured in <see cref="Preparar"/> and printed).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PoaJsonBenchmarks
{
    private static readonly PoaJsonOpciones Compacto = new() { Indentado = false };
    private Plan plan = null!;
    private byte[] unPlan = null!;
    private Plan[] planes = null!;
    private byte[] milPlanes = null!;

    /// <summary>The plan with the most activities of the seed.</summary>
    public static Plan UnPlan => PlanesDeEjemplo.Todos.OrderByDescending(p => p.Actividades.Count).First();

    [GlobalSetup]
    public void Preparar()
    {
        plan = UnPlan;
        unPlan = PoaJson.SerializeToUtf8Bytes(plan, Compacto);
        planes = Enumerable.Range(0, 1000).Select(i => PlanesDeEjemplo.Todos[i % PlanesDeEjemplo.Todos.Count]).ToArray();
        using var stream = new MemoryStream();
        PoaJson.SerializePlanes(stream, planes);
        milPlanes = stream.ToArray();

        // The size of the object graph a deserialized plan holds: memory retained by 1,000 copies, divided by 1,000.
        const int Copias = 1000;
        var retenidos = new Plan[Copias];
        var antes = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < Copias; i++)
        {
            retenidos[i] = PoaJson.DeserializePlan(unPlan);
        }

        var despues = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(retenidos);
        Console.WriteLine($"// Plan: {plan.Actividades.Count} actividades, {unPlan.Length} bytes de JSON; grafo retenido ≈ {(despues - antes - (Copias * IntPtr.Size)) / Copias} bytes por plan.");
        Console.WriteLine($"// Archivo: {planes.Length} planes, {milPlanes.Length} bytes de JSON Lines.");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Un plan")]
    public int LectorBase_UnPlan() => PasarLector(unPlan, multiples: false);

    [Benchmark]
    [BenchmarkCategory("Un plan")]
    public Plan Deserializar_UnPlan() => PoaJson.DeserializePlan(unPlan);

    [Benchmark]
    [BenchmarkCategory("Un plan")]
    public DocumentoDePlan DeserializarDocumento_UnPlan() => PoaJson.DeserializeDocumentoDePlan(unPlan);

    [Benchmark]
    [BenchmarkCategory("Un plan")]
    public byte[] Serializar_UnPlan() => PoaJson.SerializeToUtf8Bytes(plan, Compacto);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Mil planes")]
    public int LectorBase_MilPlanes() => PasarLector(milPlanes, multiples: true);

    [Benchmark]
    [BenchmarkCategory("Mil planes")]
    public int Deserializar_MilPlanes() => PoaJson.DeserializePlanes(milPlanes).Count;

    [Benchmark]
    [BenchmarkCategory("Mil planes")]
    public long Serializar_MilPlanes()
    {
        using var stream = new MemoryStream(milPlanes.Length);
        PoaJson.SerializePlanes(stream, planes);
        return stream.Length;
    }

    /// <summary>The floor: every token read once, strings and numbers not even decoded.</summary>
    private static int PasarLector(byte[] datos, bool multiples)
    {
        var reader = new Utf8JsonReader(datos, new JsonReaderOptions { AllowMultipleValues = multiples });
        var tokens = 0;
        while (reader.Read())
        {
            tokens += (int)reader.TokenType;
        }

        return tokens;
    }
}
