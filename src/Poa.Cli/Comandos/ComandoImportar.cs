using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Poa.Cli.Entrada;
using Poa.Cli.Salida;
using Poa.Domain;
using Poa.Domain.Excel;
using Poa.Domain.Importacion;

namespace Poa.Cli.Comandos;

/// <summary><c>poa importar ARCHIVO...</c>: the tabular POA into one JSON per plan, all or nothing.</summary>
internal sealed class ComandoImportar : Comando
{
    private readonly Argument<string[]> archivos = new("ARCHIVO")
    {
        Description = "Uno o más POA: libros de Excel (.xlsx, .xls; un plan por bloque POA de cada hoja), texto separado por tabuladores copiado de la hoja de cálculo, o CSV separado por coma o por punto y coma (uno o varios bloques POA por archivo); también carpetas (sus .xlsx, .xlsm, .xls, .txt, .tsv y .csv) o patrones. Un libro se reconoce por su contenido, no por su extensión.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> salida = new("--salida")
    {
        Description = "La carpeta donde se escribe un JSON «poa.plan» por cada POA (se crea si no existe). Predeterminado: la carpeta actual.",
        HelpName = "CARPETA",
    };

    private readonly OpcionDeValores<PoliticaDeCeldasExtra> celdasExtra = new(
        "--celdas-extra",
        "Qué hacer con una fila cuyo calendario tiene valores después de «Mes 12» (docs/importacion.md):",
        [
            new("rechazar", PoliticaDeCeldasExtra.Rechazar, "la actividad no se importa"),
            new("omitir", PoliticaDeCeldasExtra.OmitirCeldasExtra, "se importan los 12 meses, sin los valores de más"),
            new("diciembre", PoliticaDeCeldasExtra.TreceavaComoDiciembre, "el valor de la 13.ª celda se lee como diciembre si «Mes 12» está vacío"),
        ]);

    private readonly OpcionDeValores<FormatoTabular> separador = new(
        "--separador",
        "Cómo se separan las celdas del texto (no aplica a los libros de Excel):",
        [
            new("auto", FormatoTabular.Automatico, "se detecta"),
            new("tab", FormatoTabular.Tabulado, "tabuladores"),
            new("coma", FormatoTabular.Csv, "CSV con punto decimal"),
            new("punto-y-coma", FormatoTabular.CsvPuntoYComa, "CSV con punto y coma y coma decimal, como lo guarda Excel en esa configuración"),
        ]);

    private readonly Option<bool> sobrescribir = Opciones.Bandera("--sobrescribir", "Reemplaza los archivos de salida que ya existen; sin esta opción, un archivo existente detiene la importación (código 1) y no se escribe nada.");

    /// <summary>The extensions of tabular files taken from a folder.</summary>
    internal static readonly string[] Extensiones = [".xlsx", ".xlsm", ".xls", ".txt", ".tsv", ".csv"];

    internal override string Nombre => "importar";

    internal override string Descripcion => "Lee POA de libros de Excel o tabulares (las hojas de cálculo como texto o CSV) y escribe un JSON por plan; los diagnósticos van a la salida de errores, con hoja y celda o línea y columna.";

    internal override int Orden => 1;

    internal override string Notas => """
        Cada plan se escribe como CARPETA/<unidad-responsable>-<año>.json. Todo o nada: los archivos se
        escriben con un nombre temporal y se mueven a su lugar al final, así que una importación que
        falla no deja archivos a medias; los planes leídos de un archivo con errores sí se escriben.

        Ejemplos:
          poa importar poa-2023.txt --salida planes --celdas-extra diciembre
          poa importar poa-2025.xlsx --salida planes

        Códigos de salida: 0 sin errores; 1 algún diagnóstico de severidad error, o un archivo de salida
        que ya existe (sin --sobrescribir); 2 uso incorrecto, o un archivo que no se puede leer o escribir.
        """;

    protected override void Declarar(Command comando)
    {
        comando.Arguments.Add(archivos);
        comando.Options.Add(salida);
        comando.Options.Add(celdasExtra.Opcion);
        comando.Options.Add(separador.Opcion);
        comando.Options.Add(sobrescribir);
    }

    protected override int Ejecutar(ParseResult resultado, Contexto contexto)
    {
        var consola = contexto.Consola;
        var entradas = Archivos.Expandir(consola, resultado.GetValue(archivos) ?? [], Extensiones);

        var carpeta = resultado.GetValue(salida) ?? ".";
        if (File.Exists(consola.Ruta(carpeta)))
        {
            throw new ErrorDeArchivo(carpeta, "es un archivo, no una carpeta.");
        }

        // Every input is read before anything is written: an unreadable one stops the run with nothing written.
        var textos = entradas.Select(e => (Archivo: e, Bytes: Leer(consola, e))).ToList();
        var politica = celdasExtra.Leer(resultado);
        var formato = separador.Leer(resultado);
        var importados = new List<(string Archivo, ResultadoDeImportacion Resultado)>();
        foreach (var (archivo, bytes) in textos)
        {
            var importado = LibroDePoa.PareceLibro(bytes)
                ? LibroDePoa.Importar(bytes, new OpcionesDeLibro { Archivo = archivo, CeldasExtra = politica })
                : ImportadorDePoa.Importar(bytes, new OpcionesDeImportacion { Archivo = archivo, CeldasExtra = politica, Formato = formato });
            foreach (var diagnostico in importado.Diagnosticos)
            {
                contexto.Errores.WriteLine(ComoLoEscribeElUsuario(diagnostico.ToString()));
            }

            importados.Add((archivo, importado));
        }

        var completa = CrearCarpeta(consola, carpeta);
        var usados = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var porEscribir = new List<(string Ruta, string Nombre, byte[] Contenido)>();
        var lineas = new List<string>();
        var existentes = new List<string>();
        foreach (var (archivo, importado) in importados)
        {
            foreach (var plan in importado.Planes)
            {
                var nombre = Entrada.Planes.NombreDeArchivo(plan);
                var final = nombre;
                for (var n = 2; !usados.Add(final); n++)
                {
                    final = nombre + "-" + n.ToString(CultureInfo.InvariantCulture);
                }

                var mostrado = Path.Combine(carpeta, final + ".json");
                var ruta = Path.Combine(completa, final + ".json");
                if (Directory.Exists(ruta))
                {
                    throw new ErrorDeArchivo(mostrado, "es una carpeta; no se puede escribir el plan ahí.");
                }

                if (File.Exists(ruta) && !resultado.GetValue(sobrescribir))
                {
                    existentes.Add($"{mostrado}: ya existe; use --sobrescribir para reemplazarlo. No se escribió ningún archivo.");
                }

                porEscribir.Add((ruta, mostrado, Entrada.Planes.Escribir(plan)));
                lineas.Add($"{mostrado}: plan «{plan.UnidadResponsable.Nombre}» {plan.Ejercicio}, {ComandoValidar.Contar(plan.Actividades.Count, "actividad", "actividades")}.");
            }

            lineas.Add($"{archivo}: {ComandoValidar.Contar(importado.Planes.Count, "plan", "planes")}, {ComandoValidar.Contar(importado.Actividades, "actividad", "actividades")}; {ComandoValidar.Contar(importado.Errores, "error", "errores")}, {ComandoValidar.Contar(importado.Advertencias, "advertencia", "advertencias")}.");
        }

        if (existentes.Count > 0)
        {
            throw new ErrorDeContenido(existentes);
        }

        EscrituraAtomica.Escribir(porEscribir, resultado.GetValue(sobrescribir));
        foreach (var linea in lineas)
        {
            contexto.Salida.WriteLine(linea);
        }

        return importados.Any(i => i.Resultado.TieneErrores) ? Aplicacion.ErroresEnLaEntrada : Aplicacion.Exito;
    }

    /// <summary>A workbook (by its signature, whatever its extension) as it is; anything else must be text.</summary>
    private static byte[] Leer(Consola consola, string archivo)
    {
        var bytes = Archivos.LeerBytes(consola, archivo);
        return LibroDePoa.PareceLibro(bytes) ? bytes : Archivos.VerificarTexto(archivo, bytes);
    }

    private static string CrearCarpeta(Consola consola, string carpeta)
    {
        var completa = consola.Ruta(carpeta);
        if (File.Exists(completa))
        {
            throw new ErrorDeArchivo(carpeta, "es un archivo, no una carpeta.");
        }

        try
        {
            Directory.CreateDirectory(completa);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ErrorDeArchivo(carpeta, "no se pudo crear la carpeta: " + Entrada.Archivos.Motivo(e));
        }

        return completa;
    }

    /// <summary>
    /// The library names its policies as .NET values (<c>TreceavaComoDiciembre</c>); the tool says what users type
    /// (<c>--celdas-extra diciembre</c>), from the same table that declares the options.
    /// </summary>
    private string ComoLoEscribeElUsuario(string mensaje)
    {
        foreach (var valor in celdasExtra.Valores)
        {
            mensaje = Reemplazar(mensaje, valor.Valor.ToString(), "--celdas-extra " + valor.Nombre);
        }

        foreach (var valor in separador.Valores)
        {
            mensaje = Reemplazar(mensaje, valor.Valor.ToString(), "--separador " + valor.Nombre);
        }

        return mensaje;
    }

    /// <summary>Only compound names (<c>OmitirCeldasExtra</c>), never a plain word that a message may use.</summary>
    private static string Reemplazar(string mensaje, string nombre, string bandera)
        => nombre.Skip(1).Any(char.IsUpper) ? mensaje.Replace(nombre, bandera, StringComparison.Ordinal) : mensaje;
}
