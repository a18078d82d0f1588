using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Poa.Domain;

namespace Poa.Cli;

/// <summary>The <c>poa</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Entry point: <c>poa ejemplo</c> prints the seed's Mejora Regulatoria plan and its diagnostics.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        if (args.Length == 0 || args[0] is "-h" or "--help" or "ayuda")
        {
            Console.Out.WriteLine("Uso: poa ejemplo");
            Console.Out.WriteLine("  ejemplo   Construye el POA 2023 de la Dirección de Mejora Regulatoria y lo muestra.");
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] != "ejemplo")
        {
            Console.Error.WriteLine($"poa: comando desconocido «{args[0]}». Use «poa --help».");
            return 2;
        }

        var plan = Ejemplos.MejoraRegulatoria();
        Console.Out.WriteLine(plan.ToString());
        foreach (var actividad in plan.Actividades)
        {
            var cal = string.Join(" ", Enumerable.Range(1, 12).Select(m => actividad.Calendarizacion[m] is { } v ? v.ToString(CultureInfo.InvariantCulture) : "·"));
            Console.Out.WriteLine($"{actividad.Numero,2}. {actividad.Descripcion}");
            Console.Out.WriteLine($"    {actividad.Alineacion} | {actividad.Programa} | meta {actividad.Meta} | {cal}");
        }

        foreach (var firmante in plan.Firmantes)
        {
            Console.Out.WriteLine($"Firma: {firmante}");
        }

        foreach (var diagnostico in plan.Validar())
        {
            Console.Out.WriteLine(diagnostico.ToString());
        }

        return 0;
    }
}
