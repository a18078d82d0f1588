using System;
using System.Collections.Generic;
using System.Linq;

namespace Poa.Cli;

/// <summary>Dispatches the commands of <c>poa</c>; every command writes through a <see cref="Consola"/>, so tests run it in-process.</summary>
public static partial class Aplicacion
{
    /// <summary>Success.</summary>
    public const int Exito = 0;

    /// <summary>The input has errors (diagnostics of severity error, or bad data in a file).</summary>
    public const int ErroresEnLaEntrada = 1;

    /// <summary>Wrong usage, or a file that cannot be read.</summary>
    public const int ErrorDeUsoOArchivo = 2;

    private const string Ayuda = """
        poa: Programas Operativos Anuales municipales y su semáforo.

        Uso: poa <comando> [opciones]

        Comandos:
          importar  Lee un POA tabular (texto separado por tabuladores o CSV) y escribe un JSON por plan.
          validar   Valida planes en JSON y muestra sus diagnósticos.
          evaluar   Calcula el semáforo de cada actividad y los resúmenes, a un corte.
          ejemplo   Evalúa los seis POA 2023 de ejemplo con avances de ejemplo (inventados).

        Opciones:
          --ayuda, -h   Muestra esta ayuda (también «poa <comando> --ayuda»).
          --version     Muestra la versión.

        Códigos de salida: 0 éxito; 1 la entrada tiene errores; 2 uso incorrecto o archivo ilegible.
        """;

    /// <summary>Runs <c>poa</c> with <paramref name="args"/>; returns the exit code.</summary>
    public static int Ejecutar(IReadOnlyList<string> args, Consola consola)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(consola);
        try
        {
            if (args.Count == 0)
            {
                consola.Errores.WriteLine("poa: falta el comando. Use «poa --ayuda».");
                return ErrorDeUsoOArchivo;
            }

            var resto = args.Skip(1).ToList();
            switch (args[0])
            {
                case "--ayuda" or "-h" or "--help" or "ayuda":
                    consola.Salida.WriteLine(Ayuda);
                    return Exito;
                case "--version":
                    consola.Salida.WriteLine(typeof(Aplicacion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                    return Exito;
                case "importar":
                    return Importar(resto, consola);
                case "validar":
                    return Validar(resto, consola);
                case "evaluar":
                    return Evaluar(resto, consola);
                case "ejemplo":
                    return Ejemplo(resto, consola);
                default:
                    throw new ErrorDeUso($"comando desconocido «{args[0]}». Use «poa --ayuda».");
            }
        }
        catch (ErrorDeUso e)
        {
            consola.Errores.WriteLine("poa: " + e.Message);
            return ErrorDeUsoOArchivo;
        }
        catch (ErrorDeArchivo e)
        {
            consola.Errores.WriteLine($"{e.Archivo}: {e.Message}");
            return ErrorDeUsoOArchivo;
        }
        catch (ErrorDeContenido e)
        {
            foreach (var linea in e.Lineas)
            {
                consola.Errores.WriteLine(linea);
            }

            return ErroresEnLaEntrada;
        }
#pragma warning disable CA1031 // The last resort: never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            consola.Errores.WriteLine($"poa: error interno: {e.GetType().Name}: {e.Message.Split('\n')[0].TrimEnd()}");
            return ErroresEnLaEntrada;
        }
    }

    /// <summary>Prints the command's help and returns true when <c>--ayuda</c> was given.</summary>
    private static bool PideAyuda(Argumentos opciones, Consola consola, string ayuda)
    {
        if (!opciones.Tiene("--ayuda"))
        {
            return false;
        }

        consola.Salida.WriteLine(ayuda);
        return true;
    }
}
