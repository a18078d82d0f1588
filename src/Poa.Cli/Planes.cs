using System.Collections.Generic;
using Poa.Domain;

namespace Poa.Cli;

/// <summary>Reads and writes plan files.</summary>
internal static class Planes
{
    internal static List<(Plan Plan, string Archivo)> LeerVarios(Consola consola, IReadOnlyList<string> archivos)
    {
        _ = consola;
        _ = archivos;
        throw new ErrorDeUso("la lectura de planes en JSON aún no está disponible.");
    }
}
