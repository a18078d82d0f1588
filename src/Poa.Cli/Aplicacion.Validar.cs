using System.Collections.Generic;

namespace Poa.Cli;

public static partial class Aplicacion
{
    private static int Validar(IReadOnlyList<string> args, Consola consola)
    {
        _ = args;
        _ = consola;
        throw new ErrorDeUso("pendiente");
    }

    private static int Importar(IReadOnlyList<string> args, Consola consola)
    {
        _ = args;
        _ = consola;
        throw new ErrorDeUso("pendiente");
    }
}
