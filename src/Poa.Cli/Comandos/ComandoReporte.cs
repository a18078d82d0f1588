using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Poa.Cli.Salida;
using Poa.Domain;
using Poa.Domain.Reportes;

namespace Poa.Cli.Comandos;

/// <summary>What <c>poa reporte</c> writes.</summary>
internal enum FormatoDeReporte
{
    /// <summary>The library's self-contained HTML page.</summary>
    Html,

    /// <summary>The same page printed to PDF by headless Chromium.</summary>
    Pdf,
}

/// <summary>
/// <c>poa reporte PLAN... --avances AVANCES... --corte AAAA-MM --salida reporte.html</c>: the library's semáforo report
/// (<see cref="ReporteHtml"/>) as a file, HTML or PDF (printed by <see cref="ImpresoraPdf"/>). The inputs are those of
/// <c>evaluar</c> (<see cref="EntradaDeEvaluacion"/>); the file is written whole or not at all.
/// </summary>
internal sealed class ComandoReporte : Comando
{
    private readonly EntradaDeEvaluacion entrada = new();

    private readonly Option<Corte?> corte = Opciones.Corte("El mes de corte del reporte: cuentan los meses de enero a ese mes. Debe estar en el ejercicio de cada plan.", requerida: true);

    private readonly Option<string> salida = new("--salida")
    {
        Description = "El archivo del reporte que se escribe (reporte.html, reporte.pdf). Se escribe completo o nada.",
        HelpName = "ARCHIVO",
        Required = true,
    };

    private readonly OpcionDeValores<FormatoDeReporte> formato = Formato();

    private readonly Option<string> chromium = new("--chromium")
    {
        Description = "El ejecutable de Chromium (o Chrome, Edge) que imprime el PDF; sin esta opción se busca chromium, chromium-browser o google-chrome en PATH. Solo con el formato pdf.",
        HelpName = "RUTA",
    };

    private readonly Option<LocalDate?> fecha = Opciones.Fecha("--fecha", "La fecha de generación que muestra el reporte. Predeterminada: hoy, en la zona de --zona.");

    private readonly Option<string> titulo = new("--titulo")
    {
        Description = "El título del reporte. Predeterminado: «Semáforo del Programa Operativo Anual» con el ejercicio de los planes.",
        HelpName = "TEXTO",
    };

    private readonly OpcionDeValores<VistaDelPlan> contra = OpcionesDelCiclo.Contra();

    private readonly Option<int?> diasDeCierre = OpcionesDelCiclo.DiasDeCierre("Con esta opción el reporte muestra además, en su fecha de generación (--fecha), los reportes debidos, vencidos y extemporáneos de cada unidad: los días después del fin de mes en que el mes cierra y su avance vence (de 0 a 366).");

    private readonly Option<NodaTime.DateTimeZone?> zona = OpcionesDelCiclo.Zona($"La zona horaria (IANA) en la que se toma la fecha de hoy cuando no se da --fecha; la regla de cierre de --dias-de-cierre es de esa zona. Predeterminado: {OpcionesDelCiclo.ZonaPredeterminada}.");

    private readonly Option<bool> sobrescribir = Opciones.Bandera("--sobrescribir", "Reemplaza el archivo de salida si ya existe; sin esta opción, un archivo existente detiene el comando (código 1) y no se escribe nada.");

    internal override string Nombre => "reporte";

    internal override string Descripcion => "Escribe el reporte del semáforo al corte como una página HTML autocontenida (para verla, imprimirla o enviarla por correo) o como PDF.";

    internal override int Orden => 7;

    internal override string Notas => """
        El reporte es una sola página HTML: estilos y gráficas van dentro del archivo, sin scripts ni nada de
        la red, así que se abre sin conexión, se imprime en A4 horizontal y viaja por correo. En PDF, Chromium
        sin interfaz imprime esa misma página (en Debian o Ubuntu: apt-get install chromium).

        Ejemplos:
          poa reporte planes/ --avances avances.csv --corte 2023-06 --salida reporte.html
          poa reporte planes/ --avances avances.csv --corte 2023-06 --salida reporte.pdf --fecha 2023-07-05

        Códigos de salida: 0 éxito; 1 planes o avances con errores, o un reporte que ya existe (sin
        --sobrescribir); 2 uso incorrecto, corte fuera del ejercicio, un archivo que no se puede leer o
        escribir, o Chromium que falta o falla. Si algo falla no queda ningún archivo a medias.
        """;

    protected override void Declarar(Command comando)
    {
        comando.Arguments.Add(entrada.Planes);
        comando.Options.Add(entrada.Avances);
        comando.Options.Add(corte);
        comando.Options.Add(salida);
        comando.Options.Add(formato.Opcion);
        comando.Options.Add(chromium);
        comando.Options.Add(fecha);
        comando.Options.Add(contra.Opcion);
        comando.Options.Add(diasDeCierre);
        comando.Options.Add(zona);
        comando.Options.Add(titulo);
        comando.Options.Add(sobrescribir);
        comando.Options.Add(entrada.OmitirOtrasUnidades);
        comando.Options.Add(entrada.LimiteJson);
    }

    protected override int Ejecutar(ParseResult resultado, Contexto contexto)
    {
        var consola = contexto.Consola;
        var alCorte = resultado.GetValue(corte)!.Value;
        var archivo = resultado.GetValue(salida)!;
        var comoPdf = resultado.GetValue(formato.Opcion) is { } elegido
            ? elegido.Valor == FormatoDeReporte.Pdf
            : archivo.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
        var rutaDeChromium = resultado.GetValue(chromium);
        if (rutaDeChromium is not null && !comoPdf)
        {
            throw new ErrorDeUso("--chromium solo sirve para el formato pdf (--formato pdf, o una --salida que termina en .pdf).");
        }

        var texto = resultado.GetValue(titulo);
        if (texto is not null && string.IsNullOrWhiteSpace(texto))
        {
            throw new ErrorDeUso("--titulo no puede estar vacío; omítalo para el título predeterminado.");
        }

        var vista = contra.Leer(resultado);
        var enZona = resultado.GetValue(zona) ?? OpcionesDelCiclo.Predeterminada;
        var opciones = new OpcionesDeReporte
        {
            Titulo = texto,
            Evaluador = vista == VistaDelPlan.Vigente ? EvaluadorDeSemaforo.Predeterminado : new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { Vista = vista }),
            ReglaDeCierre = resultado.GetValue(diasDeCierre) is { } dias ? ReglaDeCierre.Create(dias, enZona) : null,
        };

        // Everything that can stop the run before the work: the place of the file, and the browser.
        var reemplazar = resultado.GetValue(sobrescribir);
        var ruta = Destino(consola, archivo, reemplazar);
        var impresora = comoPdf ? ImpresoraPdf.Crear(rutaDeChromium is null ? null : consola.Ruta(rutaDeChromium)) : null;

        var avances = entrada.Leer(resultado, contexto, alCorte);
        var generadoEl = resultado.GetValue(fecha) ?? FechaDada.Hoy(enZona);
        var html = new ReporteHtml(opciones).Generar(avances, alCorte, generadoEl);
        if (impresora is null)
        {
            EscrituraAtomica.Escribir([(ruta, archivo, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html))], reemplazar);
        }
        else
        {
            impresora.Imprimir(html, ruta);
        }

        var actividades = avances.Sum(a => a.Plan.Actividades.Count);
        contexto.Salida.WriteLine($"{archivo}: reporte del semáforo al corte {alCorte} en {(comoPdf ? "PDF" : "HTML")}: {ComandoValidar.Contar(avances.Count, "plan", "planes")}, {ComandoValidar.Contar(actividades, "actividad", "actividades")}.");
        return Aplicacion.Exito;
    }

    /// <summary>The absolute path of the report; a folder, a missing folder or (without <c>--sobrescribir</c>) an existing file stops the run.</summary>
    private static string Destino(Consola consola, string archivo, bool reemplazar)
    {
        var ruta = consola.Ruta(archivo);
        if (Directory.Exists(ruta))
        {
            throw new ErrorDeArchivo(archivo, "es una carpeta; indique el archivo del reporte (por ejemplo reporte.html).");
        }

        if (!Directory.Exists(Path.GetDirectoryName(ruta)))
        {
            throw new ErrorDeArchivo(archivo, "no se puede escribir: no existe la carpeta.");
        }

        if (File.Exists(ruta) && !reemplazar)
        {
            throw new ErrorDeContenido([$"{archivo}: ya existe; use --sobrescribir para reemplazarlo. No se escribió nada."]);
        }

        return ruta;
    }

    private static OpcionDeValores<FormatoDeReporte> Formato()
    {
        var opcion = new OpcionDeValores<FormatoDeReporte>("--formato", "Qué se escribe:",
        [
            new("html", FormatoDeReporte.Html, "la página HTML autocontenida"),
            new("pdf", FormatoDeReporte.Pdf, "la misma página impresa en PDF con Chromium sin interfaz"),
        ]);
        opcion.Opcion.Description = "Qué se escribe: html, la página HTML autocontenida; pdf, la misma página impresa en PDF con Chromium sin interfaz. Predeterminado: pdf si --salida termina en .pdf, html si no.";
        return opcion;
    }
}
