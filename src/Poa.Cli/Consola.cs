using System;
using System.IO;

namespace Poa.Cli;

/// <summary>What the tool writes to and knows about its terminal; tests pass their own.</summary>
public sealed class Consola
{
    /// <summary>Creates a console over two writers.</summary>
    /// <param name="salida">Standard output.</param>
    /// <param name="errores">Standard error.</param>
    /// <param name="salidaEsTerminal">Whether standard output is a terminal (colours allowed).</param>
    /// <param name="erroresEsTerminal">Whether standard error is a terminal (progress allowed).</param>
    /// <param name="sinColor">Whether <c>NO_COLOR</c> is set.</param>
    /// <param name="directorio">The working directory for relative paths.</param>
    public Consola(TextWriter salida, TextWriter errores, bool salidaEsTerminal = false, bool erroresEsTerminal = false, bool sinColor = false, string? directorio = null)
    {
        Salida = salida;
        Errores = errores;
        SalidaEsTerminal = salidaEsTerminal;
        ErroresEsTerminal = erroresEsTerminal;
        SinColor = sinColor;
        Directorio = directorio ?? Directory.GetCurrentDirectory();
    }

    /// <summary>Standard output.</summary>
    public TextWriter Salida { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Errores { get; }

    /// <summary>Whether standard output is a terminal.</summary>
    public bool SalidaEsTerminal { get; }

    /// <summary>Whether standard error is a terminal.</summary>
    public bool ErroresEsTerminal { get; }

    /// <summary>Whether <c>NO_COLOR</c> is set.</summary>
    public bool SinColor { get; }

    /// <summary>The working directory.</summary>
    public string Directorio { get; }

    /// <summary>Whether to colour the output.</summary>
    public bool Colorear => SalidaEsTerminal && !SinColor;

    /// <summary>The process console.</summary>
    public static Consola DelSistema() => new(
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    /// <summary>A path relative to <see cref="Directorio"/>, made absolute.</summary>
    public string Ruta(string ruta) => Path.GetFullPath(Path.Combine(Directorio, ruta));
}
