using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Poa.Domain;

namespace Poa.Cli;

public static partial class Aplicacion
{
    private const string AyudaDeEvaluar = """
        Uso: poa evaluar PLAN.json... --avances AVANCES --corte AAAA-MM [--formato tabla|json|csv|markdown]

          Calcula el semáforo de cada actividad al corte (los meses de enero al corte cuentan) y los
          resúmenes por unidad responsable, dependencia, programa presupuestario, eje rector y objetivo.

          PLAN.json          Uno o más planes en JSON (el formato de «poa importar»).
          --avances ARCHIVO  Los avances: JSON, o CSV con encabezado y las columnas
                             unidad_responsable,actividad,mes,realizado y, opcionales,
                             numerador,denominador,justificacion,evidencia. mes es AAAA-MM o 1..12;
                             decimales con punto; para una meta de porcentaje, realizado es el
                             porcentaje (90 = 90 %) y puede quedar vacío si hay numerador y denominador.
          --corte AAAA-MM    El mes de corte, dentro del ejercicio de los planes.
          --formato F        tabla (predeterminado; en color en una terminal), json, csv o markdown.
          --omitir-otras-unidades
                             Omite (y lo dice en la salida de errores) los avances de unidades
                             responsables que no están en los planes dados; sin esta opción son un error.
        """;

    private static int Evaluar(IReadOnlyList<string> args, Consola consola)
    {
        var opciones = Argumentos.Leer(args, "evaluar", ["--avances", "--corte", "--formato"], ["--ayuda", "--omitir-otras-unidades"]);
        if (PideAyuda(opciones, consola, AyudaDeEvaluar))
        {
            return Exito;
        }

        if (opciones.Posicionales.Count == 0)
        {
            throw new ErrorDeUso("«poa evaluar» necesita al menos un PLAN.json. Use «poa evaluar --ayuda».");
        }

        var archivoDeAvances = opciones.Valor("--avances") ?? throw new ErrorDeUso("«poa evaluar» necesita --avances ARCHIVO.");
        var corte = LeerCorte(opciones.Valor("--corte") ?? throw new ErrorDeUso("«poa evaluar» necesita --corte AAAA-MM."));
        var formato = LeerFormato(opciones.Valor("--formato"));

        var planes = Planes.LeerVarios(consola, opciones.Posicionales);
        VerificarCorte(planes.Select(p => (p.Plan, p.Archivo)), corte);
        var texto = Archivos.LeerTexto(consola, archivoDeAvances);
        var filas = LectorDeAvances.Leer(texto, archivoDeAvances, planes.Select(p => p.Plan).ToList());
        var omitidas = opciones.Tiene("--omitir-otras-unidades") ? new SortedSet<string>(StringComparer.Ordinal) : null;
        var avances = LectorDeAvances.Asignar(planes.Select(p => p.Plan).ToList(), filas, archivoDeAvances, omitidas);
        if (omitidas is { Count: > 0 })
        {
            consola.Errores.WriteLine($"{archivoDeAvances}: se omitieron los avances de {omitidas.Count.ToString(CultureInfo.InvariantCulture)} unidades sin plan: {string.Join(", ", omitidas.Select(u => "«" + u + "»"))}.");
        }

        var evaluacion = new Evaluacion(EvaluadorDeSemaforo.Predeterminado, avances, corte);
        Informe.Escribir(evaluacion, formato, consola.Salida, consola.Colorear);
        return Exito;
    }

    private static Corte LeerCorte(string texto)
    {
        if (texto.Length == 7 && texto[4] == '-' && LectorDeAvances.LeerMes(texto, out var anio, out var mes) && anio is { } a)
        {
            return Corte.De(new YearMonth(a, mes));
        }

        throw new ErrorDeUso($"el corte «{texto}» no es un mes AAAA-MM (por ejemplo 2023-06).");
    }

    private static void VerificarCorte(IEnumerable<(Plan Plan, string Archivo)> planes, Corte corte)
    {
        foreach (var (plan, archivo) in planes)
        {
            if (!plan.Ejercicio.Contiene(corte.Mes))
            {
                throw new ErrorDeUso($"el corte {corte} está fuera del ejercicio {plan.Ejercicio} del plan «{plan.UnidadResponsable.Nombre}» ({archivo}); use un mes de {plan.Ejercicio.Anio.ToString(CultureInfo.InvariantCulture)}-01 a {plan.Ejercicio.Anio.ToString(CultureInfo.InvariantCulture)}-12.");
            }
        }
    }

    private static FormatoDeSalida LeerFormato(string? texto) => texto switch
    {
        null or "tabla" => FormatoDeSalida.Tabla,
        "json" => FormatoDeSalida.Json,
        "csv" => FormatoDeSalida.Csv,
        "markdown" or "md" => FormatoDeSalida.Markdown,
        _ => throw new ErrorDeUso($"formato desconocido «{texto}»; use tabla, json, csv o markdown."),
    };
}
