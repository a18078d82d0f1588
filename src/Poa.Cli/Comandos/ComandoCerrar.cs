using System.CommandLine;
using System.Globalization;
using System.Linq;
using NodaTime;
using Poa.Cli.Entrada;
using Poa.Domain;

namespace Poa.Cli.Comandos;

/// <summary>
/// <c>poa cerrar PLAN.json --hasta AAAA-MM</c>: sets the plan's <see cref="Plan.CerradoHasta"/> month through
/// <see cref="Plan.ConCerradoHasta"/> and writes the plan (in place, or to <c>--salida</c>), atomically. A month outside the
/// ejercicio is the library's <c>POA043</c>; moving the month back (reopening months) needs <c>--reabrir</c>. Either way
/// a refusal writes nothing and exits with 1.
/// </summary>
internal sealed class ComandoCerrar : Comando
{
    private readonly Argument<string> plan = PlanEnArchivo.Argumento();

    private readonly Option<string> hasta = new("--hasta")
    {
        Description = "El último mes cerrado (AAAA-MM), del ejercicio del plan: desde entonces «poa reprogramar» rechaza modificaciones que apliquen en ese mes o antes.",
        HelpName = "AAAA-MM",
        Required = true,
    };

    private readonly Option<bool> reabrir = Opciones.Bandera("--reabrir", "Permite un --hasta anterior al mes cerrado del plan, lo que reabre los meses de en medio; sin esta opción se rechaza (código 1) y no se escribe nada.");

    private readonly Option<string> salida = PlanEnArchivo.Salida("el plan");

    private readonly Option<int?> limite = Opciones.LimiteJson();

    internal override string Nombre => "cerrar";

    internal override string Descripcion => "Cierra los meses de un plan hasta uno dado («cerradoHasta»): una modificación nueva ya no puede aplicar en ellos.";

    internal override int Orden => 8;

    internal override string Notas => """
        El mes cerrado bloquea las reprogramaciones nuevas de ese mes y los anteriores (POA040); las
        modificaciones ya registradas siguen valiendo, porque cada una se revisa con su fecha de
        autorización. El mes debe ser del ejercicio del plan (POA043); diciembre cierra el año completo.
        Los campos del plan que esta versión no conoce se conservan.

        Ejemplos:
          poa cerrar alumbrado.json --hasta 2024-06
          poa cerrar alumbrado.json --hasta 2024-03 --reabrir --salida alumbrado-reabierto.json

        Códigos de salida: 0 plan escrito; 1 mes fuera del ejercicio, un mes anterior al cerrado sin
        --reabrir, o plan ilegible (no se escribe nada); 2 uso incorrecto o archivo que no se puede leer o
        escribir.
        """;

    protected override void Declarar(Command comando)
    {
        comando.Arguments.Add(plan);
        comando.Options.Add(hasta);
        comando.Options.Add(reabrir);
        comando.Options.Add(salida);
        comando.Options.Add(limite);
    }

    protected override int Ejecutar(ParseResult resultado, Contexto contexto)
    {
        var consola = contexto.Consola;
        var archivo = resultado.GetValue(plan)!;
        var texto = resultado.GetValue(hasta)!.Trim();
        var mes = Opciones.LeerMes(texto) ?? throw new ErrorDeUso($"--hasta «{texto}» no es un mes AAAA-MM (por ejemplo 2024-06).");
        var documento = PlanEnArchivo.Leer(consola, archivo, Opciones.Json(resultado, limite), "cerrar");
        var anterior = documento.Plan.CerradoHasta;
        var nuevo = documento.Plan.ConCerradoHasta(mes);

        // The library's rule for the month (POA043), as Validar gives it.
        var fuera = nuevo.Validar().Where(d => d.Codigo == CatalogoDeDiagnosticos.CierreFueraDelEjercicio.Codigo).ToList();
        if (fuera.Count > 0)
        {
            throw new ErrorDeContenido([.. fuera.Select(d => $"{archivo}: {d}"), $"{archivo}: el plan no se modificó."]);
        }

        if (anterior is { } cerrado && mes < cerrado && !resultado.GetValue(reabrir))
        {
            var reabiertos = mes.PlusMonths(1) == cerrado ? $"el mes {M(cerrado)}" : $"los meses {M(mes.PlusMonths(1))} a {M(cerrado)}";
            throw new ErrorDeContenido([$"{archivo}: el plan ya está cerrado hasta {M(cerrado)}; --hasta {M(mes)} reabriría {reabiertos}. Si es lo que quiere, agregue --reabrir; el plan no se modificó."]);
        }

        var destino = PlanEnArchivo.Escribir(consola, archivo, resultado.GetValue(salida), documento, nuevo);
        var antes = anterior is { } a ? (a == mes ? "ya lo estaba" : $"antes: hasta {M(a)}") : "antes: sin meses cerrados";
        contexto.Salida.WriteLine($"{destino}: plan «{nuevo.UnidadResponsable.Nombre}» {nuevo.Ejercicio}: cerrado hasta {M(mes)} ({antes}).");
        return Aplicacion.Exito;
    }

    private static string M(YearMonth mes) => mes.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
