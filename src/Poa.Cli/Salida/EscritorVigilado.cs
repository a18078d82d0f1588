using System;
using System.IO;
using System.Text;

namespace Poa.Cli.Salida;

/// <summary>
/// Standard output as the commands see it: every write that fails (a full disk, <c>/dev/full</c>, a closed pipe)
/// becomes an <see cref="ErrorDeSalida"/> (exit code 2) instead of an internal error.
/// </summary>
internal sealed class EscritorVigilado(TextWriter destino) : TextWriter
{
    public override Encoding Encoding => destino.Encoding;

    public override IFormatProvider FormatProvider => destino.FormatProvider;

    public override string NewLine
    {
        get => destino.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null; so does the writer behind.
        set => destino.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Vigilar(destino, value, static (d, v) => d.Write(v));

    public override void Write(string? value) => Vigilar(destino, value, static (d, v) => d.Write(v));

    public override void Write(char[] buffer, int index, int count) => Vigilar(destino, (buffer, index, count), static (d, v) => d.Write(v.buffer, v.index, v.count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        try
        {
            destino.Write(buffer);
        }
        catch (IOException e)
        {
            throw new ErrorDeSalida(e);
        }
    }

    public override void WriteLine(string? value) => Vigilar(destino, value, static (d, v) => d.WriteLine(v));

    public override void Flush() => Vigilar(destino, 0, static (d, _) => d.Flush());

    /// <summary>One write, its <see cref="IOException"/> turned into an <see cref="ErrorDeSalida"/> (the delegates are static: no allocation per write).</summary>
    private static void Vigilar<T>(TextWriter destino, T valor, Action<TextWriter, T> escribir)
    {
        try
        {
            escribir(destino, valor);
        }
        catch (IOException e)
        {
            throw new ErrorDeSalida(e);
        }
    }
}
