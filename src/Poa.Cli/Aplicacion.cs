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
          ejemplo   Muestra el POA 2023 de la Dirección de Mejora Regulatoria (datos del seed) y sus diagnósticos.

        Opciones:
          --ayuda, -h   Muestra esta ayuda.
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
    }

    private static int Ejemplo(IReadOnlyList<string> args, Consola consola)
    {
        var opciones = Argumentos.Leer(args, "ejemplo", [], ["--ayuda"]);
        if (opciones.Tiene("--ayuda"))
        {
            consola.Salida.WriteLine("Uso: poa ejemplo\n  Muestra el POA 2023 de la Dirección de Mejora Regulatoria y sus diagnósticos.");
            return Exito;
        }

        if (opciones.Posicionales.Count > 0)
        {
            throw new ErrorDeUso($"«poa ejemplo» no recibe argumentos; sobra «{opciones.Posicionales[0]}».");
        }

        var plan = Ejemplos.MejoraRegulatoria();
        consola.Salida.WriteLine(plan.ToString());
        foreach (var actividad in plan.Actividades)
        {
            var cal = string.Join(" ", Enumerable.Range(1, 12).Select(m => actividad.Calendarizacion[m] is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "·"));
            consola.Salida.WriteLine($"{actividad.Numero,2}. {actividad.Descripcion}");
            consola.Salida.WriteLine($"    {actividad.Alineacion} | {actividad.Programa} | meta {actividad.Meta} | {cal}");
        }

        foreach (var firmante in plan.Firmantes)
        {
            consola.Salida.WriteLine($"Firma: {firmante}");
        }

        foreach (var diagnostico in plan.Validar())
        {
            consola.Salida.WriteLine(diagnostico.ToString());
        }

        return Exito;
    }
}
