using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Poa.Domain;
using Poa.Domain.Importacion;

namespace Poa.Cli;

public static partial class Aplicacion
{
    private const string AyudaDeValidar = """
        Uso: poa validar PLAN.json...

          Lee cada plan (JSON «poa.plan», o .jsonl con un plan por línea) y muestra sus diagnósticos
          (códigos POAnnn, docs/diagnosticos.md) en la salida de errores, uno por línea, y un resumen
          por archivo en la salida. Código 1 si algún plan tiene errores.
        """;

    private const string AyudaDeImportar = """
        Uso: poa importar ARCHIVO [--salida DIR] [--celdas-extra rechazar|omitir|diciembre]
                             [--separador auto|tab|coma|punto-y-coma]

          Lee un POA tabular (texto separado por tabuladores copiado de la hoja de cálculo, o CSV; uno o
          varios bloques POA) y escribe un JSON «poa.plan» por cada POA en DIR (predeterminado: el
          directorio actual). Los diagnósticos van a la salida de errores, con línea y columna.

          --celdas-extra     Qué hacer con una fila cuyo calendario tiene más de 12 celdas
                             (docs/importacion.md): rechazar (predeterminado: la actividad no se
                             importa), omitir (se importan solo los 12 meses) o diciembre (el valor de
                             la celda 13 se lee como diciembre si esa celda está vacía).
          --separador        Cómo se separan las celdas: auto (predeterminado: se detecta), tab
                             (tabuladores), coma (CSV, punto decimal) o punto-y-coma (CSV con punto y
                             coma y coma decimal, como lo guarda Excel en esa configuración).
        """;

    private static int Validar(IReadOnlyList<string> args, Consola consola)
    {
        var opciones = Argumentos.Leer(args, "validar", [], ["--ayuda"]);
        if (PideAyuda(opciones, consola, AyudaDeValidar))
        {
            return Exito;
        }

        if (opciones.Posicionales.Count == 0)
        {
            throw new ErrorDeUso("«poa validar» necesita al menos un PLAN.json. Use «poa validar --ayuda».");
        }

        var hayErrores = false;
        using var progreso = new Progreso(consola, "Validando planes", opciones.Posicionales.Count, opciones.Posicionales.Count > Planes.UmbralDeProgreso);
        foreach (var archivo in opciones.Posicionales)
        {
            IReadOnlyList<Plan> planes;
            try
            {
                planes = Planes.Leer(consola, archivo);
            }
            catch (ErrorDeContenido e)
            {
                foreach (var linea in e.Lineas)
                {
                    consola.Errores.WriteLine(linea);
                }

                consola.Salida.WriteLine($"{archivo}: no se pudo leer el plan.");
                hayErrores = true;
                progreso.Avanzar();
                continue;
            }

            foreach (var plan in planes)
            {
                var diagnosticos = plan.Validar();
                foreach (var diagnostico in diagnosticos)
                {
                    consola.Errores.WriteLine($"{archivo}: {diagnostico}");
                }

                var errores = diagnosticos.Count(d => d.EsError);
                var advertencias = diagnosticos.Count(d => d.Severidad == Severidad.Advertencia);
                hayErrores |= errores > 0;
                consola.Salida.WriteLine($"{archivo}: plan «{plan.UnidadResponsable.Nombre}» {plan.Ejercicio}, {Contar(plan.Actividades.Count, "actividad", "actividades")}: {Contar(errores, "error", "errores")}, {Contar(advertencias, "advertencia", "advertencias")}.");
            }

            progreso.Avanzar();
        }

        return hayErrores ? ErroresEnLaEntrada : Exito;
    }

    private static int Importar(IReadOnlyList<string> args, Consola consola)
    {
        var opciones = Argumentos.Leer(args, "importar", ["--salida", "--celdas-extra", "--separador"], ["--ayuda"]);
        if (PideAyuda(opciones, consola, AyudaDeImportar))
        {
            return Exito;
        }

        if (opciones.Posicionales.Count != 1)
        {
            throw new ErrorDeUso(opciones.Posicionales.Count == 0
                ? "«poa importar» necesita el ARCHIVO a importar. Use «poa importar --ayuda»."
                : $"«poa importar» importa un archivo a la vez; sobra «{opciones.Posicionales[1]}».");
        }

        var politica = opciones.Valor("--celdas-extra") switch
        {
            null or "rechazar" => PoliticaDeCeldasExtra.Rechazar,
            "omitir" => PoliticaDeCeldasExtra.OmitirCeldasExtra,
            "diciembre" => PoliticaDeCeldasExtra.TreceavaComoDiciembre,
            var otro => throw new ErrorDeUso($"--celdas-extra «{otro}» no es rechazar, omitir ni diciembre."),
        };

        var formato = opciones.Valor("--separador") switch
        {
            null or "auto" => FormatoTabular.Automatico,
            "tab" => FormatoTabular.Tabulado,
            "coma" => FormatoTabular.Csv,
            "punto-y-coma" => FormatoTabular.CsvPuntoYComa,
            var otro => throw new ErrorDeUso($"--separador «{otro}» no es auto, tab, coma ni punto-y-coma."),
        };

        var archivo = opciones.Posicionales[0];
        var salida = opciones.Valor("--salida") ?? ".";
        var texto = Archivos.LeerTexto(consola, archivo);
        var resultado = ImportadorDePoa.Importar(texto, new OpcionesDeImportacion { Archivo = archivo, CeldasExtra = politica, Formato = formato });
        foreach (var diagnostico in resultado.Diagnosticos)
        {
            consola.Errores.WriteLine(diagnostico.ToString());
        }

        var directorio = consola.Ruta(salida);
        try
        {
            if (File.Exists(directorio))
            {
                throw new ErrorDeArchivo(salida, "no es un directorio.");
            }

            Directory.CreateDirectory(directorio);
            var usados = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
            foreach (var plan in resultado.Planes)
            {
                var nombre = Planes.NombreDeArchivo(plan);
                var final = nombre;
                for (var n = 2; !usados.Add(final); n++)
                {
                    final = nombre + "-" + n.ToString(CultureInfo.InvariantCulture);
                }

                File.WriteAllBytes(Path.Combine(directorio, final + ".json"), Planes.Escribir(plan));
                consola.Salida.WriteLine($"{Path.Combine(salida, final + ".json")}: plan «{plan.UnidadResponsable.Nombre}» {plan.Ejercicio}, {Contar(plan.Actividades.Count, "actividad", "actividades")}.");
            }
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException)
        {
            throw new ErrorDeArchivo(salida, "no se pudo escribir: " + e.Message);
        }

        consola.Salida.WriteLine($"{archivo}: {Contar(resultado.Planes.Count, "plan", "planes")}, {Contar(resultado.Actividades, "actividad", "actividades")}; {Contar(resultado.Errores, "error", "errores")}, {Contar(resultado.Advertencias, "advertencia", "advertencias")}.");
        return resultado.TieneErrores ? ErroresEnLaEntrada : Exito;
    }

    private static string Contar(int n, string singular, string plural) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural);
}
