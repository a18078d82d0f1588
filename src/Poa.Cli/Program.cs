using System.Text;

namespace Poa.Cli;

/// <summary>The <c>poa</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Entry point. Exit codes: 0 success, 1 the input has errors, 2 wrong usage or an unreadable file.</summary>
    public static int Main(string[] args)
    {
        System.Console.OutputEncoding = Encoding.UTF8;
        return Aplicacion.Ejecutar(args, Consola.DelSistema());
    }
}
