using System;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using Poa.Cli.Comandos;
using Poa.Cli.Salida;
using Poa.Domain;
using Poa.Domain.Json;

namespace Poa.Cli.Entrada;

/// <summary>
/// One plan file that a command changes and writes back (<c>poa reprogramar</c>, <c>poa cerrar</c>): read as a document,
/// so that its unknown fields are written back as they were, and written all or nothing, in place or to <c>--salida</c>.
/// </summary>
internal static class PlanEnArchivo
{
    /// <summary>The <c>PLAN</c> argument: one plan file.</summary>
    internal static Argument<string> Argumento() => new("PLAN")
    {
        Description = "El plan en JSON («poa.plan», un plan por archivo), como lo escribe «poa importar».",
    };

    /// <summary>The <c>--salida</c> option: where the changed plan is written instead of over <c>PLAN</c>; <paramref name="que"/> says what is written.</summary>
    internal static Option<string> Salida(string que) => new("--salida")
    {
        Description = $"Dónde se escribe {que} (un archivo que no exista). Predeterminado: el mismo PLAN, reemplazado de forma atómica.",
        HelpName = "ARCHIVO",
    };

    /// <summary>The plan document of <paramref name="archivo"/>; bad content is exit code 1, a JSON Lines file exit code 2.</summary>
    internal static DocumentoDePlan Leer(Consola consola, string archivo, PoaJsonOpciones opciones, string comando)
    {
        if (archivo.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            throw new ErrorDeUso($"«{archivo}» es JSON Lines: {comando} modifica un plan por archivo (.json).");
        }

        var bytes = Archivos.LeerTexto(consola, archivo);
        try
        {
            using var flujo = new MemoryStream(bytes);
            return PoaJson.DeserializeDocumentoDePlan(flujo, opciones);
        }
        catch (JsonException e)
        {
            throw new ErrorDeContenido([$"{archivo}: error: {Planes.PrimeraLinea(e.Message)}"]);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or IOException)
        {
            throw new ErrorDeContenido([$"{archivo}: error: el documento no se pudo leer: {Planes.PrimeraLinea(e.Message)}"]);
        }
    }

    /// <summary>
    /// Writes <paramref name="plan"/> in <paramref name="documento"/>'s place (its unknown fields kept) to <paramref name="salida"/>,
    /// which must not exist, or over <paramref name="archivo"/> when it is null; returns the name written.
    /// </summary>
    internal static string Escribir(Consola consola, string archivo, string? salida, DocumentoDePlan documento, Plan plan)
    {
        var destino = salida ?? archivo;
        var ruta = consola.Ruta(destino);
        if (salida is not null && File.Exists(ruta) && ruta != consola.Ruta(archivo))
        {
            throw new ErrorDeContenido([$"{destino}: ya existe; elija otro archivo en --salida, u omita --salida para escribir el plan en {archivo}."]);
        }

        EscrituraAtomica.Escribir([(ruta, destino, PoaJson.SerializeToUtf8Bytes(documento.ConPlan(plan)))], reemplazar: true);
        return destino;
    }
}
