using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace Poa.Cli;

/// <summary>
/// Prints an HTML page (the semáforo report of <c>Poa.Domain.Reportes.ReporteHtml</c>) to PDF with headless
/// Chromium, found on <c>PATH</c> or given by its path (<c>--chromium</c>). The library never depends on a
/// browser; only this printer does, and only when a PDF is asked for.
/// </summary>
/// <remarks>
/// Chromium runs with a new temporary profile (deleted afterwards), without sandbox (it runs as root in
/// containers and CI), without GPU, network services, updates or sync, and is stopped when it takes longer
/// than <see cref="Limite"/>. Every failure is an <see cref="ErrorDeImpresion"/> with a Spanish message that
/// says what to do. The PDF is written to a temporary file first and moved into place only when it is complete.
/// </remarks>
internal sealed class ImpresoraPdf
{
    /// <summary>The names searched on <c>PATH</c>, in order (Debian's package is <c>chromium</c>).</summary>
    internal static readonly IReadOnlyList<string> Nombres =
        ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "msedge"];

    /// <summary>The flags of every run: headless, no sandbox, nothing from the network, a throw-away profile (added per run).</summary>
    internal static readonly IReadOnlyList<string> Banderas =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-dev-shm-usage",
    ];

    private ImpresoraPdf(string ejecutable, TimeSpan limite)
    {
        Ejecutable = ejecutable;
        Limite = limite;
    }

    /// <summary>The Chromium executable used.</summary>
    internal string Ejecutable { get; }

    /// <summary>How long one run of Chromium may take before it is stopped.</summary>
    internal TimeSpan Limite { get; }

    /// <summary>
    /// A printer with the Chromium at <paramref name="rutaDeChromium"/> (the <c>--chromium</c> option), or the first
    /// of <see cref="Nombres"/> found on <c>PATH</c> when it is null.
    /// </summary>
    /// <param name="rutaDeChromium">The executable's path, or <c>null</c> to search <c>PATH</c>.</param>
    /// <param name="limite">How long a run may take; 5 minutes when null (a report of thousands of activities has hundreds of pages).</param>
    /// <param name="carpetasDeBusqueda">The folders to search, as <c>PATH</c> writes them; the <c>PATH</c> variable when null.</param>
    /// <exception cref="ErrorDeImpresion">No Chromium was found, or the given path is not a file.</exception>
    internal static ImpresoraPdf Crear(string? rutaDeChromium = null, TimeSpan? limite = null, string? carpetasDeBusqueda = null)
    {
        string ejecutable;
        if (rutaDeChromium is not null)
        {
            if (Directory.Exists(rutaDeChromium))
            {
                throw new ErrorDeImpresion($"La ruta de Chromium «{rutaDeChromium}» es un directorio; indique el ejecutable (por ejemplo /usr/bin/chromium).");
            }

            if (!File.Exists(rutaDeChromium))
            {
                throw new ErrorDeImpresion($"No existe el ejecutable de Chromium «{rutaDeChromium}». Indique la ruta de chromium, chrome o msedge, o quite --chromium para buscarlo en PATH.");
            }

            ejecutable = Path.GetFullPath(rutaDeChromium);
        }
        else
        {
            ejecutable = BuscarEnPath(carpetasDeBusqueda ?? Environment.GetEnvironmentVariable("PATH"))
                ?? throw new ErrorDeImpresion(
                    "No se encontró Chromium para imprimir el PDF: se buscó " + string.Join(", ", Nombres) + " en PATH. "
                    + "Instálelo (en Debian o Ubuntu: apt-get install chromium) o indique su ruta con --chromium RUTA; "
                    + "o pida el reporte en HTML y imprímalo desde el navegador.");
        }

        return new ImpresoraPdf(ejecutable, limite ?? TimeSpan.FromMinutes(5));
    }

    /// <summary>The first of <see cref="Nombres"/> found in the folders of <paramref name="path"/> (with <c>PATHEXT</c> on Windows), or <c>null</c>.</summary>
    internal static string? BuscarEnPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var extensiones = OperatingSystem.IsWindows()
            ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE").Split(';', StringSplitOptions.RemoveEmptyEntries)
            : [string.Empty];
        var carpetas = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var nombre in Nombres)
        {
            foreach (var carpeta in carpetas)
            {
                foreach (var extension in extensiones)
                {
                    var candidato = Path.Combine(carpeta.Trim('"'), nombre + extension);
                    if (File.Exists(candidato))
                    {
                        return candidato;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Prints the page <paramref name="html"/> to <paramref name="rutaPdf"/> (A4 landscape as the report's CSS asks, without the browser's header and footer).</summary>
    /// <param name="html">The whole HTML document.</param>
    /// <param name="rutaPdf">The PDF to write; replaced when it exists.</param>
    /// <exception cref="ErrorDeImpresion">Chromium failed, took too long, or wrote no PDF.</exception>
    internal void Imprimir(string html, string rutaPdf)
    {
        ArgumentNullException.ThrowIfNull(html);
        var carpeta = CarpetaTemporal();
        try
        {
            var pagina = Path.Combine(carpeta, "reporte.html");
            File.WriteAllText(pagina, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            ImprimirArchivo(pagina, rutaPdf);
        }
        finally
        {
            Borrar(carpeta);
        }
    }

    /// <summary>Prints the HTML file <paramref name="rutaHtml"/> to <paramref name="rutaPdf"/>.</summary>
    /// <param name="rutaHtml">The page to print.</param>
    /// <param name="rutaPdf">The PDF to write; replaced when it exists.</param>
    /// <exception cref="ErrorDeImpresion">The page does not exist, Chromium failed, took too long, or wrote no PDF.</exception>
    internal void ImprimirArchivo(string rutaHtml, string rutaPdf)
    {
        ArgumentNullException.ThrowIfNull(rutaHtml);
        ArgumentNullException.ThrowIfNull(rutaPdf);
        if (!File.Exists(rutaHtml))
        {
            throw new ErrorDeImpresion($"No existe la página que se iba a imprimir: «{rutaHtml}».");
        }

        var destino = Path.GetFullPath(rutaPdf);
        var temporal = destino + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            // --no-pdf-header-footer: no date, title or address printed by the browser (older versions: --print-to-pdf-no-header).
            Ejecutar(["--no-pdf-header-footer", "--print-to-pdf-no-header", "--print-to-pdf=" + temporal, Url(rutaHtml)]);
            if (!File.Exists(temporal) || new FileInfo(temporal).Length < 5 || !EmpiezaConPdf(temporal))
            {
                throw new ErrorDeImpresion($"Chromium («{Ejecutable}») terminó sin escribir el PDF «{rutaPdf}».");
            }

            File.Move(temporal, destino, overwrite: true);
        }
        catch (IOException e)
        {
            throw new ErrorDeImpresion($"No se pudo escribir el PDF «{rutaPdf}»: {e.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            throw new ErrorDeImpresion($"No hay permiso para escribir el PDF «{rutaPdf}».");
        }
        finally
        {
            if (File.Exists(temporal))
            {
                File.Delete(temporal);
            }
        }
    }

    /// <summary>
    /// Runs Chromium with <see cref="Banderas"/>, a new temporary profile and <paramref name="argumentos"/>
    /// (e.g. <c>--screenshot=…</c> or <c>--dump-dom</c> and the page's address); returns what it wrote to standard output.
    /// </summary>
    /// <exception cref="ErrorDeImpresion">Chromium could not start, ended with an error code, or took longer than <see cref="Limite"/>.</exception>
    internal string Ejecutar(IEnumerable<string> argumentos)
    {
        var perfil = CarpetaTemporal();
        try
        {
            var inicio = new ProcessStartInfo(Ejecutable)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                CreateNoWindow = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var bandera in Banderas)
            {
                inicio.ArgumentList.Add(bandera);
            }

            inicio.ArgumentList.Add("--user-data-dir=" + perfil);
            foreach (var argumento in argumentos)
            {
                inicio.ArgumentList.Add(argumento);
            }

            using var proceso = new Process { StartInfo = inicio };
            try
            {
                proceso.Start();
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                throw new ErrorDeImpresion($"No se pudo iniciar Chromium («{Ejecutable}»): {e.Message}");
            }

            proceso.StandardInput.Close();
            var salida = proceso.StandardOutput.ReadToEndAsync();
            var errores = proceso.StandardError.ReadToEndAsync();
            if (!proceso.WaitForExit(Limite))
            {
                try
                {
                    proceso.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended meanwhile.
                }

                proceso.WaitForExit();
                throw new ErrorDeImpresion($"Chromium («{Ejecutable}») no terminó en {Limite.TotalSeconds:0} segundos y se detuvo.");
            }

            proceso.WaitForExit();
            if (proceso.ExitCode != 0)
            {
                throw new ErrorDeImpresion($"Chromium («{Ejecutable}») terminó con el código {proceso.ExitCode}. {UltimasLineas(errores.Result)}".TrimEnd());
            }

            return salida.Result;
        }
        finally
        {
            Borrar(perfil);
        }
    }

    /// <summary>The <c>file://</c> address of a local file, with spaces and accents escaped.</summary>
    internal static string Url(string ruta) => new Uri(Path.GetFullPath(ruta)).AbsoluteUri;

    private static bool EmpiezaConPdf(string ruta)
    {
        Span<byte> cabecera = stackalloc byte[5];
        using var archivo = File.OpenRead(ruta);
        return archivo.Read(cabecera) == 5 && cabecera.SequenceEqual("%PDF-"u8);
    }

    /// <summary>The last lines Chromium wrote to its error output, as a hint (its D-Bus complaints in containers are left out).</summary>
    private static string UltimasLineas(string errores)
    {
        var lineas = errores.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.Contains("dbus", StringComparison.OrdinalIgnoreCase))
            .TakeLast(3)
            .ToList();
        var texto = string.Join(" | ", lineas);
        return texto.Length == 0 ? string.Empty : "Chromium dijo: " + (texto.Length > 400 ? texto[..400] + "…" : texto);
    }

    private static string CarpetaTemporal()
    {
        var carpeta = Path.Combine(Path.GetTempPath(), "poa-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(carpeta);
        return carpeta;
    }

    private static void Borrar(string carpeta)
    {
        try
        {
            Directory.Delete(carpeta, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind is no reason to fail the print.
        }
    }
}

/// <summary>Printing to PDF failed: Chromium is missing, failed or took too long. The message says in Spanish what happened and what to do.</summary>
internal sealed class ErrorDeImpresion : Exception
{
    /// <summary>Creates the error with its Spanish message.</summary>
    public ErrorDeImpresion(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its Spanish message and cause.</summary>
    public ErrorDeImpresion(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error with a generic message.</summary>
    public ErrorDeImpresion()
        : base("No se pudo imprimir el PDF.")
    {
    }
}
