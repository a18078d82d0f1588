using System;

namespace Poa.Domain.Json;

/// <summary>
/// Options of <see cref="PoaJson"/>: layout of what is written and limits on what is read (for untrusted input).
/// </summary>
/// <remarks>The defaults (<see cref="Predeterminadas"/>) suit files exchanged between systems; a shared instance must not be changed.</remarks>
public sealed class PoaJsonOpciones
{
    /// <summary>The default maximum size of an input: 16 MiB.</summary>
    public const int TamanoMaximoPredeterminado = 16 * 1024 * 1024;

    /// <summary>The default maximum nesting depth of an input: 32 (a plan document uses 4).</summary>
    public const int ProfundidadMaximaPredeterminada = 32;

    private int tamanoMaximo = TamanoMaximoPredeterminado;
    private int profundidadMaxima = ProfundidadMaximaPredeterminada;

    /// <summary>The defaults: indented, 16 MiB, depth 32.</summary>
    public static PoaJsonOpciones Predeterminadas { get; } = new();

    /// <summary>
    /// Whether documents are written indented (2 spaces, <c>\n</c> line ends on .NET 9+ and netstandard2.0) for people to
    /// read; <c>true</c> by default. Files of several plans (JSON Lines) are always written on one line per plan.
    /// </summary>
    public bool Indentado { get; set; } = true;

    /// <summary>
    /// The largest document read, in bytes of UTF-8 (for a string, its length in UTF-8); a larger one is rejected with a
    /// <see cref="System.Text.Json.JsonException"/> before it is parsed. 16 MiB by default. In a JSON Lines input
    /// (<see cref="PoaJson.DeserializePlanes(System.IO.Stream, PoaJsonOpciones?)"/>) it limits each line, one document, not
    /// the whole file: a file of a thousand plans reads with the default.
    /// </summary>
    /// <remarks>
    /// To read larger documents, pass your own options:
    /// <c>PoaJson.DeserializePlan(json, new PoaJsonOpciones { TamanoMaximo = 64 * 1024 * 1024 })</c>. Keep a limit for input
    /// you do not trust: the document is held in memory while it is read.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int TamanoMaximo
    {
        get => tamanoMaximo;
        set => tamanoMaximo = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "El tamaño máximo debe ser de al menos 1 byte.");
    }

    /// <summary>
    /// The deepest nesting of objects and arrays read (<see cref="System.Text.Json.JsonReaderOptions.MaxDepth"/>); 32 by
    /// default. A plan needs 4; unknown fields of a newer version may nest more. In JSON Lines, per line.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not 4..1000.</exception>
    public int ProfundidadMaxima
    {
        get => profundidadMaxima;
        set => profundidadMaxima = value is >= 4 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "La profundidad máxima debe estar entre 4 y 1000.");
    }
}
