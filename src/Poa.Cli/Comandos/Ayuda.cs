using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Reflection;

namespace Poa.Cli.Comandos;

/// <summary>
/// Help and version: System.CommandLine writes the help of every command from its declaration (in Spanish: the
/// library's Spanish resources are chosen for the whole run, whatever the user's culture), and the tool adds each
/// command's notes. <c>--version</c> prints the package's version.
/// </summary>
internal static class Ayuda
{
    /// <summary>The help option of the root and every command: <c>-h</c>, <c>--help</c>, <c>-?</c> and <c>--ayuda</c>.</summary>
    internal static HelpOption Opcion(Func<Command, string?> notas, int? ancho)
        => new("--ayuda", "--help", "-h", "-?")
        {
            Description = "Muestra esta ayuda.",
            Action = new AccionDeAyuda(notas, ancho),
        };

    /// <summary><c>--version</c>: the package's version, as MinVer set it when packing (<c>0.9.0</c>, <c>0.10.0-alpha.0.3</c>).</summary>
    internal static VersionOption Version()
        => new("--version")
        {
            Description = "Muestra la versión de poa.",
            Action = new AccionDeVersion(),
        };

    /// <summary>
    /// The version of the package: the informational version that MinVer writes into the assembly, without the build
    /// metadata (<c>+commit</c>) that the SDK appends. The assembly version would say <c>0.0.0.0</c> for any 0.x package.
    /// </summary>
    internal static string VersionDelPaquete()
    {
        var informativa = typeof(Ayuda).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informativa))
        {
            return typeof(Ayuda).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var mas = informativa!.IndexOf('+', StringComparison.Ordinal);
        return mas < 0 ? informativa : informativa.Substring(0, mas);
    }

    /// <summary>
    /// Spanish for System.CommandLine's own texts (usage, section titles, its error messages) during a run: its
    /// resources follow the UI culture. Only the UI culture changes, and it is restored afterwards; formatting never
    /// reads it (everything the tool writes is invariant).
    /// </summary>
    internal static IDisposable EnEspanol()
    {
        var anterior = CultureInfo.CurrentUICulture;
        CultureInfo espanol;
        try
        {
            // «es», the folder of the satellite resources: in globalization-invariant mode a culture has no parent to fall back to.
            espanol = CultureInfo.GetCultureInfo("es", predefinedOnly: false);
        }
        catch (CultureNotFoundException)
        {
            espanol = CultureInfo.InvariantCulture;
        }

        CultureInfo.CurrentUICulture = espanol;
        return new Restaurar(anterior);
    }

    private sealed class Restaurar(CultureInfo anterior) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = anterior;
    }

    private sealed class AccionDeAyuda(Func<Command, string?> notas, int? ancho) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            // The width is fixed when not a terminal, so that the help is the same in a file, a pipe and the tests.
            var salida = parseResult.InvocationConfiguration.Output;
            var texto = new System.IO.StringWriter();
            parseResult.InvocationConfiguration.Output = texto;
            try
            {
                new HelpAction { MaxWidth = ancho ?? 100 }.Invoke(parseResult);
            }
            finally
            {
                parseResult.InvocationConfiguration.Output = salida;
            }

            foreach (var linea in texto.ToString().TrimEnd().Split('\n'))
            {
                // System.CommandLine leaves a space at the end of wrapped lines.
                salida.WriteLine(linea.TrimEnd());
            }

            salida.WriteLine();
            if (notas(parseResult.CommandResult.Command) is { } adicionales)
            {
                salida.WriteLine(adicionales.TrimEnd());
                salida.WriteLine();
            }

            return 0;
        }
    }

    private sealed class AccionDeVersion : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(VersionDelPaquete());
            return 0;
        }
    }
}
