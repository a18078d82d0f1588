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

    public override void Write(char value)
    {
        try
        {
            destino.Write(value);
        }
        catch (IOException e)
        {
            throw new ErrorDeSalida(e);
        }
    }

    public override void Write(string? value)
    {
        try
        {
            destino.Write(value);
        }
        catch (IOException e)
        {
            throw new ErrorDeSalida(e);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        try
        {
            destino.Write(buffer, index, count);
        }
        catch (IOException e)
        {
            throw new ErrorDeSalida(e);
        }
    }

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

    public override void WriteLine(string? value)
    {
        try
        {
            destino.WriteLine(value);
        }
        catch (IOException e)
        {
            throw new ErrorDeSalida(e);
        }
    }

    public override void Flush()
    {
        try
        {
            destino.Flush();
        }
        catch (IOException e)
        {
            throw new ErrorDeSalida(e);
        }
    }
}
