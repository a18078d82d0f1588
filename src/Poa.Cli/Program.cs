namespace Poa.Cli;

/// <summary>The <c>poa</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Entry point. Exit codes: 0 success, 1 the input has errors, 2 wrong usage or a file that cannot be read or written, 70 an internal error.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args) => Aplicacion.Ejecutar(args, Consola.DelSistema());
}
