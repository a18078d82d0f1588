using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using Poa.Cli.Entrada;
using Poa.Domain;

namespace Poa.Cli.Comandos;

/// <summary><c>poa validar PLAN...</c>: the diagnostics of each plan.</summary>
internal sealed class ComandoValidar : Comando
{
    private readonly Argument<string[]> planes = new("PLAN")
    {
        Description = "Planes en JSON: archivos .json, .jsonl con un plan por línea, carpetas (sus .json y .jsonl) o patrones como planes/*.json.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<int?> limite = Opciones.LimiteJson();

    internal override string Nombre => "validar";

    internal override string Descripcion => "Valida planes en JSON: los diagnósticos (códigos POAnnn, docs/diagnosticos.md) van a la salida de errores, uno por línea, y un resumen por plan a la salida.";

    internal override int Orden => 2;

    internal override string Notas => """
        Ejemplo:
          poa validar planes/

        Códigos de salida: 0 ningún plan tiene errores (puede haber advertencias); 1 algún plan tiene
        errores o no se puede leer; 2 uso incorrecto o archivo ilegible.
        """;

    protected override void Declarar(Command comando)
    {
        comando.Arguments.Add(planes);
        comando.Options.Add(limite);
    }

    protected override int Ejecutar(ParseResult resultado, Contexto contexto)
    {
        var json = Opciones.Json(resultado, limite);
        var archivos = Archivos.Expandir(contexto.Consola, resultado.GetValue(planes) ?? [], Entrada.Planes.Extensiones);
        var leidos = new List<(string Archivo, List<Plan> Planes, List<string> Errores)>(archivos.Count);
        contexto.ConProgreso("Validando planes", archivos.Count, avanzar =>
        {
            foreach (var archivo in archivos)
            {
                var (planesDelArchivo, errores) = Entrada.Planes.Leer(contexto.Consola, archivo, json);
                leidos.Add((archivo, planesDelArchivo, errores));
                avanzar();
            }
        });

        var hayErrores = false;
        foreach (var (archivo, planesDelArchivo, errores) in leidos)
        {
            foreach (var error in errores)
            {
                contexto.Errores.WriteLine(error);
            }

            if (errores.Count > 0)
            {
                hayErrores = true;
                contexto.Salida.WriteLine(planesDelArchivo.Count == 0 && errores.Count == 1
                    ? $"{archivo}: no se pudo leer el plan."
                    : $"{archivo}: {Contar(errores.Count, "plan no se pudo leer", "planes no se pudieron leer")}.");
            }

            foreach (var plan in planesDelArchivo)
            {
                var diagnosticos = plan.Validar();
                foreach (var diagnostico in diagnosticos)
                {
                    contexto.Errores.WriteLine($"{archivo}: {diagnostico}");
                }

                var conError = diagnosticos.Count(d => d.EsError);
                var advertencias = diagnosticos.Count(d => d.Severidad == Severidad.Advertencia);
                hayErrores |= conError > 0;
                contexto.Salida.WriteLine($"{archivo}: plan «{plan.UnidadResponsable.Nombre}» {plan.Ejercicio}, {Contar(plan.Actividades.Count, "actividad", "actividades")}: {Contar(conError, "error", "errores")}, {Contar(advertencias, "advertencia", "advertencias")}.");
            }
        }

        return hayErrores ? Aplicacion.ErroresEnLaEntrada : Aplicacion.Exito;
    }

    internal static string Contar(int n, string singular, string plural) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural);
}
