using System.Collections.Generic;
using System.IO;
using System.Reflection;
using Poa.Domain;

namespace Poa.Cli;

/// <summary>The sample data embedded in the tool: the curated six plans of 2023 and made-up avances.</summary>
internal static class DatosDeEjemplo
{
    internal const string NombreDeAvances = "avances-2023.csv";

    internal static IReadOnlyList<Plan> Planes() => PlanesDeEjemplo.Todos;

    internal static string TextoDeAvances() => Recurso("Datos/" + NombreDeAvances);

    internal static string Recurso(string nombre)
    {
        using var flujo = Assembly.GetExecutingAssembly().GetManifestResourceStream(nombre)
            ?? throw new FileNotFoundException("Recurso no incluido en la herramienta: " + nombre);
        using var lector = new StreamReader(flujo);
        return lector.ReadToEnd();
    }
}
