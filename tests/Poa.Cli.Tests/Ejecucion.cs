using Poa.Cli;

namespace Poa.Cli.Tests;

/// <summary>Runs <c>poa</c> in-process and captures what it writes.</summary>
public sealed record Ejecucion(int Codigo, string Salida, string Errores)
{
    public static Ejecucion De(string directorio, params string[] args) => De(directorio, terminal: false, sinColor: false, args);

    public static Ejecucion De(string directorio, bool terminal, bool sinColor, params string[] args)
    {
        var salida = new StringWriter();
        var errores = new StringWriter();
        var consola = new Consola(salida, errores, terminal, terminal, sinColor, directorio);
        var codigo = Aplicacion.Ejecutar(args, consola);
        return new Ejecucion(codigo, salida.ToString(), errores.ToString());
    }
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
        File.WriteAllText(ruta, contenido);
        return ruta;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Ruta, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
