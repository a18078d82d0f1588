using System.Collections.Generic;

namespace Poa.Domain;

public static partial class CatalogoDeDiagnosticos
{
    private static IReadOnlyList<DescriptorDeDiagnostico>? todos;

    /// <summary>Every descriptor the library can report, ordered by code.</summary>
    public static IReadOnlyList<DescriptorDeDiagnostico> Todos => todos ??= [.. Modelo, .. Importacion, .. Evaluacion, .. ImportacionDeAvances];
}
