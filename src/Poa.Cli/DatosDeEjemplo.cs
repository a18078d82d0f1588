using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Poa.Domain;
using Poa.Domain.Json;

namespace Poa.Cli;

/// <summary>
/// The sample data embedded in the tool (the files under <c>src/Poa.Cli/Datos/</c>): the curated six plans of 2023
/// (<c>planes-2023/*.json</c>, docs/datos-de-ejemplo.md) and made-up avances of 2023 (<c>avances-2023.csv</c>).
/// </summary>
internal static class DatosDeEjemplo
{
    internal const string NombreDeAvances = "avances-2023.csv";

    internal const string CarpetaDePlanes = "Datos/planes-2023/";

    /// <summary>The six plans, in the order of the seed (the files are numbered).</summary>
    internal static IReadOnlyList<Plan> Planes()
    {
        var ensamblado = Assembly.GetExecutingAssembly();
        return ensamblado.GetManifestResourceNames()
            .Where(n => n.StartsWith(CarpetaDePlanes, System.StringComparison.Ordinal))
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .Select(n => PoaJson.DeserializePlan(Recurso(n)))
            .ToList();
    }

    /// <summary>The text of the sample avances (CSV).</summary>
    internal static string Avances() => Recurso("Datos/" + NombreDeAvances);

    internal static string Recurso(string nombre)
    {
        using var flujo = Assembly.GetExecutingAssembly().GetManifestResourceStream(nombre)
            ?? throw new FileNotFoundException("Recurso no incluido en la herramienta: " + nombre);
        using var lector = new StreamReader(flujo);
        return lector.ReadToEnd();
    }
}
