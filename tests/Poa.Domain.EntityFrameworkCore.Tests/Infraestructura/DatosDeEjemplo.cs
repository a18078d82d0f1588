using Poa.Domain.Json;

namespace Poa.Domain.EntityFrameworkCore.Tests.Infraestructura;

/// <summary>The six plans of 2023 and their made-up avances, as the <c>poa</c> tool ships them (src/Poa.Cli/Datos).</summary>
public static class DatosDeEjemplo
{
    private static readonly Lazy<IReadOnlyList<AvancesDelPlan>> Todos = new(Leer);

    /// <summary>Each plan with its avances, in the order of the seed.</summary>
    public static IReadOnlyList<AvancesDelPlan> PlanesConAvances => Todos.Value;

    private static IReadOnlyList<AvancesDelPlan> Leer()
    {
        var carpeta = Path.Combine(AppContext.BaseDirectory, "Datos");
        var planes = Directory.GetFiles(Path.Combine(carpeta, "planes-2023"), "*.json")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => PoaJson.DeserializePlan(File.ReadAllText(f)))
            .ToList();
        var lineas = File.ReadAllLines(Path.Combine(carpeta, "avances-2023.jsonl")).Where(l => l.Length > 0).ToList();
        return planes
            .Select(plan => lineas
                .Select(l => (Linea: l, Documento: PoaJson.DeserializeAvances(l)))
                .Where(x => x.Documento.UnidadResponsable == plan.UnidadResponsable)
                .Select(x => PoaJson.DeserializeAvances(x.Linea, plan))
                .SingleOrDefault() ?? AvancesDelPlan.SinAvances(plan))
            .ToList();
    }
}
