using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Poa.Cli.Comandos;

namespace Poa.Cli.Salida;

/// <summary>
/// <c>--salida ARCHIVO</c> and <c>--sobrescribir</c> of the commands that write an evaluation: the output goes to a file, all or
/// nothing (<see cref="EscrituraAtomica"/>), instead of standard output. Required by the formats that are not text (xlsx).
/// </summary>
internal sealed class ArchivoDeSalida
{
    private readonly Option<string> salida = new("--salida")
    {
        Description = "Escribe el resultado en ese archivo en lugar de la salida estándar (todo o nada: un fallo no deja el archivo a medias). Obligatorio con --formato xlsx.",
        HelpName = "ARCHIVO",
    };

    private readonly Option<bool> sobrescribir = Opciones.Bandera("--sobrescribir", "Reemplaza el archivo de --salida si ya existe; sin esta opción, un archivo existente detiene el comando (código 1) antes de leer nada.");

    /// <summary>The error of a file format without <c>--salida</c>.</summary>
    internal static ErrorDeUso FaltaSalida(IEscritorDeEvaluacion escritor)
        => new($"--formato {escritor.Nombre} escribe un archivo binario, no texto: indique dónde con --salida, por ejemplo --salida resultados{(escritor as IEscritorDeArchivo)?.Extension}.");

    /// <summary>Adds <c>--salida</c> and <c>--sobrescribir</c>.</summary>
    internal void Declarar(Command comando)
    {
        comando.Options.Add(salida);
        comando.Options.Add(sobrescribir);
    }

    /// <summary>
    /// Checks, before anything is read, that the output can go where asked: a binary format needs <c>--salida</c> (exit code 2),
    /// <c>--salida</c> must not be a folder (2), and an existing file needs <c>--sobrescribir</c> (1).
    /// </summary>
    internal void Verificar(IEscritorDeEvaluacion escritor, ParseResult resultado, Contexto contexto)
    {
        var archivo = resultado.GetValue(salida);
        if (archivo is null)
        {
            if (escritor is IEscritorDeArchivo)
            {
                throw FaltaSalida(escritor);
            }

            return;
        }

        VerificarDestino(contexto.Consola, archivo, resultado.GetValue(sobrescribir));
    }

    /// <summary>Writes the evaluation to standard output, or to the file of <c>--salida</c>.</summary>
    internal void Escribir(IEscritorDeEvaluacion escritor, Evaluacion evaluacion, ParseResult resultado, Contexto contexto)
    {
        var archivo = resultado.GetValue(salida);
        if (archivo is null)
        {
            escritor.Escribir(evaluacion, contexto);
            return;
        }

        Action<Stream> escribir;
        if (escritor is IEscritorDeArchivo binario)
        {
            escribir = flujo => binario.Escribir(evaluacion, flujo);
        }
        else
        {
            // The text formats as on a pipe (no colours, no terminal width), UTF-8 without a byte order mark.
            var consola = contexto.Consola;
            escribir = flujo =>
            {
                using var texto = new StreamWriter(flujo, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true) { NewLine = consola.Salida.NewLine };
                var enArchivo = new Consola(texto, consola.Errores, erroresEsTerminal: consola.ErroresEsTerminal, sinColor: true, directorio: consola.Directorio, depurar: consola.Depurar, salidaBinaria: flujo);
                escritor.Escribir(evaluacion, new Contexto(enArchivo));
                texto.Flush();
            };
        }

        Guardar(contexto.Consola, archivo, escribir, resultado.GetValue(sobrescribir));
    }

    /// <summary>
    /// <paramref name="archivo"/> must not be a folder (<see cref="ErrorDeArchivo"/>, exit code 2) and, unless
    /// <paramref name="reemplazar"/>, must not exist (<see cref="ErrorDeContenido"/>, exit code 1).
    /// </summary>
    internal static void VerificarDestino(Consola consola, string archivo, bool reemplazar)
    {
        var ruta = consola.Ruta(archivo);
        if (Directory.Exists(ruta))
        {
            throw new ErrorDeArchivo(archivo, "es una carpeta; indique un archivo.");
        }

        if (!reemplazar && File.Exists(ruta))
        {
            throw new ErrorDeContenido([$"{archivo}: ya existe; use --sobrescribir para reemplazarlo. No se escribió nada."]);
        }
    }

    /// <summary>Writes <paramref name="archivo"/> with <paramref name="escribir"/>, streamed, all or nothing.</summary>
    internal static void Guardar(Consola consola, string archivo, Action<Stream> escribir, bool reemplazar)
    {
        VerificarDestino(consola, archivo, reemplazar);
        var ruta = consola.Ruta(archivo);
        if (!Directory.Exists(Path.GetDirectoryName(ruta)))
        {
            throw new ErrorDeArchivo(archivo, "no existe la carpeta del archivo.");
        }

        EscrituraAtomica.Escribir([(ruta, archivo, escribir)], reemplazar);
    }
}
