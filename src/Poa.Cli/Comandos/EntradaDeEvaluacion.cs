using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Poa.Cli.Entrada;
using Poa.Domain;
using Poa.Domain.Importacion;

namespace Poa.Cli.Comandos;

/// <summary>
/// The inputs of every command that evaluates plans (<c>evaluar</c>, <c>reporte</c>), declared once: the plans (argument),
/// <c>--avances</c>, <c>--omitir-otras-unidades</c> and <c>--limite-json</c>, and how they are read. Each command adds them
/// where its help lists them, with its own <c>--corte</c>.
/// </summary>
internal sealed class EntradaDeEvaluacion
{
    /// <summary><c>PLAN...</c>: files, folders or patterns of plans in JSON.</summary>
    internal Argument<string[]> Planes { get; } = new("PLAN")
    {
        Description = "Planes en JSON (el formato de «poa importar»): archivos .json, .jsonl con un plan por línea, carpetas (sus .json y .jsonl) o patrones como planes/*.json.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--avances AVANCES...</c>: one or more files, folders or patterns of avances.</summary>
    internal Option<string[]> Avances { get; } = new("--avances")
    {
        Description = "Los avances: uno o más archivos CSV (separados por coma o por punto y coma), texto separado por tabuladores o JSON «poa.avances» (o JSON Lines de ellos), carpetas o patrones. Varios archivos se completan entre sí.",
        HelpName = "AVANCES",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary><c>--omitir-otras-unidades</c>.</summary>
    internal Option<bool> OmitirOtrasUnidades { get; } = Opciones.Bandera("--omitir-otras-unidades", "Omite los avances de unidades responsables que no están en los planes dados (y lo dice en la salida de errores); sin esta opción son un error.");

    /// <summary><c>--limite-json TAMAÑO</c>.</summary>
    internal Option<int?> LimiteJson { get; } = Opciones.LimiteJson();

    /// <summary>
    /// Reads the plans, checks that <paramref name="corte"/> is a month of every plan's ejercicio (exit code 2 otherwise), and
    /// reads the avances against them (with <paramref name="fecha"/>, the corte that date gives: a later ejercicio's plans
    /// count whole); the avances' warnings go to standard error, their errors stop the run (exit code 1).
    /// </summary>
    internal IReadOnlyList<AvancesDelPlan> Leer(ParseResult resultado, Contexto contexto, Corte corte, NodaTime.LocalDate? fecha = null)
    {
        var json = Opciones.Json(resultado, LimiteJson);
        var archivos = Archivos.Expandir(contexto.Consola, resultado.GetValue(Planes) ?? [], Entrada.Planes.Extensiones);
        var leidos = Entrada.Planes.LeerTodos(contexto, archivos, json);
        ComandoEvaluar.VerificarCorte(leidos, corte, fecha);
        var deAvances = Archivos.Expandir(contexto.Consola, resultado.GetValue(Avances) ?? [], ComandoEvaluar.ExtensionesDeAvances);
        var opciones = new OpcionesDeImportacionDeAvances { OmitirOtrasUnidades = resultado.GetValue(OmitirOtrasUnidades), Json = json };
        return ComandoEvaluar.LeerAvances(contexto, leidos.Select(p => p.Plan).ToList(), deAvances, opciones);
    }
}
