using System.Diagnostics;
using Poa.Cli;

namespace Poa.Cli.Tests;

/// <summary>Runs <c>poa</c> in-process through the real parser and captures what it writes.</summary>
public sealed record Ejecucion(int Codigo, string Salida, string Errores)
{
    public static Ejecucion De(string directorio, params string[] args) => De(directorio, terminal: false, sinColor: false, args);

    public static Ejecucion De(string directorio, bool terminal, bool sinColor, params string[] args)
    {
        var salida = new StringWriter();
        var errores = new StringWriter();
        var consola = new Consola(salida, errores, terminal, terminal, sinColor, directorio, ancho: terminal ? 120 : null);
        var codigo = Aplicacion.Ejecutar(args, consola);
        return new Ejecucion(codigo, salida.ToString(), errores.ToString());
    }

    public static Ejecucion Con(Consola consola, StringWriter errores, params string[] args)
    {
        var codigo = Aplicacion.Ejecutar(args, consola);
        return new Ejecucion(codigo, string.Empty, errores.ToString());
    }

    /// <summary>The lines written to standard error.</summary>
    public string[] LineasDeErrores => Errores.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs the built <c>poa.dll</c> as a real process.</summary>
    public static Ejecucion Proceso(string directorio, string? redirigirSalidaA, params string[] args) => Proceso(directorio, redirigirSalidaA, new Dictionary<string, string>(), args);

    /// <summary>Runs the built <c>poa.dll</c> as a real process with more environment variables.</summary>
    public static Ejecucion Proceso(string directorio, string? redirigirSalidaA, IReadOnlyDictionary<string, string> entorno, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "poa.dll");
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directorio };
        var comando = "exec dotnet " + Comillas(dll) + " " + string.Join(" ", args.Select(Comillas)) + (redirigirSalidaA is null ? string.Empty : " > " + Comillas(redirigirSalidaA));
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(comando);
        info.Environment.Remove("NO_COLOR");
        info.Environment.Remove("POA_DEBUG");
        foreach (var (nombre, valor) in entorno)
        {
            info.Environment[nombre] = valor;
        }

        using var proceso = Process.Start(info)!;
        var salida = proceso.StandardOutput.ReadToEndAsync();
        var errores = proceso.StandardError.ReadToEndAsync();
        proceso.WaitForExit(120_000).Should().BeTrue("poa no debe colgarse");
        return new Ejecucion(proceso.ExitCode, salida.Result, errores.Result);
    }

    private static string Comillas(string texto) => "'" + texto.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

/// <summary>A temporary directory deleted at the end of the test.</summary>
public sealed class DirectorioTemporal : IDisposable
{
    public DirectorioTemporal()
    {
        Ruta = Path.Combine(Path.GetTempPath(), "poa-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Ruta);
    }

    public string Ruta { get; }

    public string Archivo(string nombre, string contenido)
    {
        var ruta = Path.Combine(Ruta, nombre);
        Directory.CreateDirectory(Path.GetDirectoryName(ruta)!);
        File.WriteAllText(ruta, contenido);
        return ruta;
    }

    public string Bytes(string nombre, byte[] contenido)
    {
        var ruta = Path.Combine(Ruta, nombre);
        File.WriteAllBytes(ruta, contenido);
        return ruta;
    }

    /// <summary>The sample plans (src/Poa.Cli/Datos/planes-2023) and avances, copied into <paramref name="carpeta"/>.</summary>
    public void CopiarDatosDeEjemplo(string carpeta = "")
    {
        var destino = Path.Combine(Ruta, carpeta);
        Directory.CreateDirectory(destino);
        foreach (var archivo in Directory.GetFiles(DatosDeEjemploTests.CarpetaDePlanes, "*.json"))
        {
            File.Copy(archivo, Path.Combine(destino, Path.GetFileName(archivo)));
        }

        File.Copy(DatosDeEjemploTests.ArchivoDeAvances, Path.Combine(destino, "avances.csv"));
    }

    public void Dispose()
    {
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                foreach (var d in Directory.GetDirectories(Ruta, "*", SearchOption.AllDirectories))
                {
                    File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            Directory.Delete(Ruta, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
