using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using Poa.Cli.Comandos;

namespace Poa.Cli;

/// <summary>
/// Runs <c>poa</c>: the commands (<see cref="Comando"/> types) on System.CommandLine, and the one place where every
/// outcome becomes an exit code and a message. Every write goes through a <see cref="Consola"/>, so tests run it in-process.
/// </summary>
public static class Aplicacion
{
    /// <summary>Success.</summary>
    public const int Exito = 0;

    /// <summary>The input has errors (diagnostics of severity error, bad data in a file, an output file that exists).</summary>
    public const int ErroresEnLaEntrada = 1;

    /// <summary>Wrong usage, or a file that cannot be read or written (including a full disk).</summary>
    public const int ErrorDeUsoOArchivo = 2;

    /// <summary>An internal error of the tool (<c>EX_SOFTWARE</c>): a defect to report.</summary>
    public const int ErrorInterno = 70;

    private const string DireccionDeReportes = "https://github.com/poa-domain/Poa.Domain/issues";

    /// <summary>Runs <c>poa</c> with <paramref name="args"/>; returns the exit code.</summary>
    /// <param name="args">The arguments, as the shell passes them (response files <c>@archivo</c> are expanded).</param>
    /// <param name="consola">Where to write, and what the terminal is.</param>
    /// <returns>0, 1, 2 or 70: see the constants of this class.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Ejecutar(IReadOnlyList<string> args, Consola consola)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(consola);
        using var espanol = Ayuda.EnEspanol();
        var contexto = new Contexto(consola);
        var detalle = Opciones.Bandera("--detalle", "Ante un error interno, muestra además su traza (también con la variable de entorno POA_DEBUG=1).");
        detalle.Recursive = true;
        var raiz = CrearRaiz(contexto, detalle);
        var ruta = "poa";
        var detallado = consola.Depurar;
        try
        {
            var resultado = raiz.Parse(args);
            ruta = Ruta(resultado.CommandResult.Command);
            detallado |= resultado.GetValue(detalle);
            var errores = ErroresDeUso(resultado);
            if (errores.Count > 0)
            {
                foreach (var error in errores)
                {
                    consola.Errores.WriteLine($"{ruta}: {error}");
                }

                consola.Errores.WriteLine($"Use «{ruta} --ayuda» para ver el uso.");
                return ErrorDeUsoOArchivo;
            }

            var codigo = resultado.Invoke(new InvocationConfiguration
            {
                Output = contexto.Salida,
                Error = consola.Errores,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
            contexto.Salida.Flush();
            return codigo;
        }
        catch (Exception e)
        {
            return Informar(e, contexto, ruta, detallado);
        }
    }

    /// <summary>The exit code and the message of everything a command can throw; never a stack trace unless asked.</summary>
    private static int Informar(Exception e, Contexto contexto, string ruta, bool detallado)
    {
        var errores = contexto.Errores;
        try
        {
            contexto.Salida.Flush();
        }
        catch (ErrorDeSalida)
        {
            // Reported below when it is the error itself; otherwise the first error is the one that counts.
        }

        try
        {
            switch (e)
            {
                case ErrorDeUso uso:
                    errores.WriteLine($"{ruta}: {uso.Message}");
                    return ErrorDeUsoOArchivo;
                case ErrorDeArchivo archivo:
                    errores.WriteLine($"{archivo.Archivo}: {archivo.Message}");
                    return ErrorDeUsoOArchivo;
                case ErrorDeImpresion impresion:
                    errores.WriteLine($"{ruta}: {impresion.Message}");
                    return ErrorDeUsoOArchivo;
                case ErrorDeSalida salida:
                    errores.WriteLine($"{ruta}: no se pudo escribir la salida: {Entrada.Archivos.Motivo(salida)}");
                    return ErrorDeUsoOArchivo;
                case ErrorDeContenido contenido:
                    foreach (var linea in contenido.Lineas)
                    {
                        errores.WriteLine(linea);
                    }

                    return ErroresEnLaEntrada;
                default:
                    errores.WriteLine($"{ruta}: error interno ({e.GetType().Name}): {Entrada.Planes.PrimeraLinea(e.Message)} Es un defecto de poa: repórtelo en {DireccionDeReportes} con el comando que lo produjo{(detallado ? "." : " (--detalle muestra la traza).")}");
                    if (detallado)
                    {
                        errores.WriteLine(e.ToString());
                    }

                    return ErrorInterno;
            }
        }
        catch (IOException)
        {
            // Standard error is gone too: the exit code is all that is left.
            return e is ErrorDeContenido ? ErroresEnLaEntrada : e is ErrorDeUso or ErrorDeArchivo or ErrorDeSalida or ErrorDeImpresion ? ErrorDeUsoOArchivo : ErrorInterno;
        }
    }

    private static RootCommand CrearRaiz(Contexto contexto, Option<bool> detalle)
    {
        var comandos = Comando.Todos();
        var raiz = new RootCommand("poa: Programas Operativos Anuales municipales y su semáforo. Importa las hojas de cálculo, valida los planes y evalúa el semáforo de cada actividad y de sus agrupaciones.");
        raiz.HelpName = "poa";
        var notas = new Dictionary<Command, string?>();
        raiz.Options.Clear();
        raiz.Options.Add(Ayuda.Opcion(c => notas.TryGetValue(c, out var texto) ? texto : null, contexto.Consola.Ancho));
        raiz.Options.Add(Ayuda.Version());
        raiz.Options.Add(detalle);
        notas[raiz] = NotasDeLaRaiz;
        foreach (var comando in comandos)
        {
            var creado = comando.Crear(contexto);
            notas[creado] = comando.Notas;
            raiz.Subcommands.Add(creado);
        }

        raiz.SetAction(_ =>
        {
            contexto.Errores.WriteLine("poa: falta el comando. Use «poa --ayuda» para ver los comandos.");
            return ErrorDeUsoOArchivo;
        });
        return raiz;
    }

    private const string NotasDeLaRaiz = """
        Códigos de salida:
          0   éxito
          1   la entrada tiene errores (diagnósticos de severidad error, datos malos en un archivo,
              un archivo de salida que ya existe)
          2   uso incorrecto, un archivo que no se puede leer o escribir (también un disco lleno), o
              Chromium que falta o falla al imprimir un PDF
          70  error interno de poa: un defecto; el mensaje dice cómo reportarlo

        Cada comando tiene su ayuda: «poa evaluar --ayuda». Los argumentos pueden venir de un archivo
        de respuestas, uno por línea: «poa evaluar @argumentos.rsp». Autocompletado en la terminal con
        dotnet-suggest (docs/cli.md).
        """;

    /// <summary><c>poa</c> or <c>poa evaluar</c>.</summary>
    private static string Ruta(Command comando) => comando is RootCommand ? "poa" : "poa " + comando.Name;

    /// <summary>
    /// The parser's errors, one line each; a token that matched nothing gets the tool's own message, with a suggestion
    /// (<c>opción desconocida «--avance»; ¿quiso decir «--avances»?</c>).
    /// </summary>
    private static List<string> ErroresDeUso(ParseResult resultado)
    {
        if (resultado.Action is not ParseErrorAction)
        {
            return [];
        }

        var comando = resultado.CommandResult.Command;
        var sinReconocer = resultado.UnmatchedTokens;
        var mensajes = new List<string>();
        foreach (var error in resultado.Errors)
        {
            var token = sinReconocer.FirstOrDefault(t => error.Message.Contains("'" + t + "'", StringComparison.Ordinal));
            string mensaje;
            if (token is null)
            {
                mensaje = error.Message.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n\t", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Trim();
            }
            else if (token.StartsWith('-') && token.Length > 1)
            {
                mensaje = Sugerencias.OpcionDesconocida(token, resultado.CommandResult);
            }
            else if (comando is RootCommand)
            {
                mensaje = $"comando desconocido «{token}»{Sugerencias.Sugerencia(token, comando.Subcommands.Select(s => s.Name).ToList())}";
            }
            else
            {
                mensaje = $"argumento de más «{token}»: «{Ruta(comando)}» no lo espera.";
            }

            if (!mensajes.Contains(mensaje))
            {
                mensajes.Add(mensaje);
            }
        }

        // What the user mistyped first: the rest often follows from it (a required option «missing» because it was misspelt).
        return mensajes.OrderBy(m => m.StartsWith("opción desconocida", StringComparison.Ordinal) || m.StartsWith("comando desconocido", StringComparison.Ordinal) || m.StartsWith("argumento de más", StringComparison.Ordinal) ? 0 : 1).ToList();
    }
}
