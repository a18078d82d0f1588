using System;
using System.IO;
using System.Text;

namespace Poa.Cli;

/// <summary>What the tool writes to and knows about its terminal and environment; tests pass their own.</summary>
public sealed class Consola
{
    /// <summary>Creates a console over two writers.</summary>
    /// <param name="salida">Standard output.</param>
    /// <param name="errores">Standard error.</param>
    /// <param name="salidaEsTerminal">Whether standard output is a terminal (colours allowed).</param>
    /// <param name="erroresEsTerminal">Whether standard error is a terminal (progress allowed).</param>
    /// <param name="sinColor">Whether <c>NO_COLOR</c> is set.</param>
    /// <param name="directorio">The working directory for relative paths; the process's when null.</param>
    /// <param name="ancho">The terminal's width in columns, for help and tables; null when unknown (not a terminal).</param>
    /// <param name="depurar">Whether <c>POA_DEBUG=1</c>: an internal error prints its stack trace, as <c>--detalle</c> does.</param>
    /// <param name="salidaBinaria">The stream behind <paramref name="salida"/>, for large UTF-8 output written as bytes (JSON); null to write everything as text.</param>
    public Consola(TextWriter salida, TextWriter errores, bool salidaEsTerminal = false, bool erroresEsTerminal = false, bool sinColor = false, string? directorio = null, int? ancho = null, bool depurar = false, Stream? salidaBinaria = null)
    {
        SalidaBinaria = salidaBinaria;
        Salida = salida ?? throw new ArgumentNullException(nameof(salida));
        Errores = errores ?? throw new ArgumentNullException(nameof(errores));
        SalidaEsTerminal = salidaEsTerminal;
        ErroresEsTerminal = erroresEsTerminal;
        SinColor = sinColor;
        Directorio = directorio ?? Directory.GetCurrentDirectory();
        Ancho = ancho is > 0 ? ancho : null;
        Depurar = depurar;
    }

    /// <summary>Standard output.</summary>
    public TextWriter Salida { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Errores { get; }

    /// <summary>The stream behind <see cref="Salida"/> (UTF-8), when large output may go to it as bytes; flush <see cref="Salida"/> first.</summary>
    public Stream? SalidaBinaria { get; }

    /// <summary>Whether standard output is a terminal.</summary>
    public bool SalidaEsTerminal { get; }

    /// <summary>Whether standard error is a terminal.</summary>
    public bool ErroresEsTerminal { get; }

    /// <summary>Whether <c>NO_COLOR</c> is set.</summary>
    public bool SinColor { get; }

    /// <summary>The working directory.</summary>
    public string Directorio { get; }

    /// <summary>The terminal's width in columns; null when output is not a terminal.</summary>
    public int? Ancho { get; }

    /// <summary>Whether internal errors print their stack trace (<c>POA_DEBUG=1</c>).</summary>
    public bool Depurar { get; }

    /// <summary>Whether to colour the output.</summary>
    public bool Colorear => SalidaEsTerminal && !SinColor;

    /// <summary>
    /// The process console: standard output buffered (flushed when a command ends, so a large report is not one
    /// system call per line), standard error unbuffered, both UTF-8 without byte order mark.
    /// </summary>
    public static Consola DelSistema()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var flujo = Console.OpenStandardOutput();
        var salida = new StreamWriter(flujo, utf8, 1 << 16) { AutoFlush = false };
        var errores = new StreamWriter(Console.OpenStandardError(), utf8, 1 << 12) { AutoFlush = true };
        var terminal = !Console.IsOutputRedirected;
        int? ancho = null;
        if (terminal)
        {
            try
            {
                ancho = Console.WindowWidth;
            }
            catch (IOException)
            {
                ancho = null;
            }
        }

        return new Consola(
            salida,
            errores,
            terminal,
            !Console.IsErrorRedirected,
            !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
            ancho: ancho,
            depurar: Environment.GetEnvironmentVariable("POA_DEBUG") == "1",
            salidaBinaria: flujo);
    }

    /// <summary>A path relative to <see cref="Directorio"/>, made absolute.</summary>
    /// <param name="ruta">The path as the user gave it.</param>
    /// <returns>The absolute path.</returns>
    public string Ruta(string ruta) => Path.GetFullPath(Path.Combine(Directorio, ruta));
}
