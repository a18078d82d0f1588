using System;
using System.Collections.Generic;

namespace Poa.Cli;

/// <summary>Wrong usage the parser cannot see (a corte outside the plans' ejercicio, a glob that matches nothing). Exit code 2.</summary>
internal sealed class ErrorDeUso(string mensaje) : Exception(mensaje);

/// <summary>A file that cannot be read or written at all (missing, a directory, binary, no permission, a full disk). Exit code 2.</summary>
internal sealed class ErrorDeArchivo(string archivo, string mensaje) : Exception(mensaje)
{
    /// <summary>The file as the user named it.</summary>
    internal string Archivo { get; } = archivo;
}

/// <summary>Standard output cannot be written (a closed pipe, <c>/dev/full</c>). Exit code 2.</summary>
internal sealed class ErrorDeSalida(Exception causa) : Exception(causa.Message, causa);

/// <summary>Readable files with bad content; each line is one problem, with file and place. Exit code 1.</summary>
internal sealed class ErrorDeContenido : Exception
{
    internal ErrorDeContenido(IReadOnlyList<string> lineas)
        : base(string.Join("\n", lineas)) => Lineas = lineas;

    internal IReadOnlyList<string> Lineas { get; }
}
