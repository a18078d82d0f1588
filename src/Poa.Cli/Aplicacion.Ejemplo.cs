using System.Collections.Generic;
using System.Linq;
using Poa.Domain;

namespace Poa.Cli;

public static partial class Aplicacion
{
    /// <summary>The corte of <c>poa ejemplo</c> when none is given: June 2023.</summary>
    internal const string CorteDeEjemplo = "2023-06";

    private const string AyudaDeEjemplo = """
        Uso: poa ejemplo [--corte AAAA-MM] [--formato tabla|json|csv|markdown]

          Evalúa los seis POA 2023 de ejemplo (la copia curada del seed, docs/datos-de-ejemplo.md) con
          avances de 2023 INVENTADOS para mostrar todos los colores. Corte predeterminado: 2023-06.
          Los mismos datos están en Datos/ del repositorio para probar «poa evaluar».
        """;

    private static int Ejemplo(IReadOnlyList<string> args, Consola consola)
    {
        var opciones = Argumentos.Leer(args, "ejemplo", ["--corte", "--formato"], ["--ayuda"]);
        if (PideAyuda(opciones, consola, AyudaDeEjemplo))
        {
            return Exito;
        }

        if (opciones.Posicionales.Count > 0)
        {
            throw new ErrorDeUso($"«poa ejemplo» no recibe argumentos; sobra «{opciones.Posicionales[0]}».");
        }

        var corte = LeerCorte(opciones.Valor("--corte") ?? CorteDeEjemplo);
        var formato = LeerFormato(opciones.Valor("--formato"));
        var planes = DatosDeEjemplo.Planes();
        VerificarCorte(planes.Select(p => (p, "ejemplo")), corte);
        var filas = LectorDeAvances.Leer(DatosDeEjemplo.TextoDeAvances(), DatosDeEjemplo.NombreDeAvances, planes);
        var avances = LectorDeAvances.Asignar(planes, filas, DatosDeEjemplo.NombreDeAvances);
        var evaluacion = new Evaluacion(EvaluadorDeSemaforo.Predeterminado, avances, corte);
        Informe.Escribir(evaluacion, formato, consola.Salida, consola.Colorear);
        return Exito;
    }
}
