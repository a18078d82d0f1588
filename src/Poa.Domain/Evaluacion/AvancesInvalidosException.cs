using System;
using System.Collections.Generic;
using System.Linq;

namespace Poa.Domain;

/// <summary>The avances given for a plan have problems; <see cref="Diagnosticos"/> lists each one with activity and month.</summary>
public sealed class AvancesInvalidosException : ArgumentException
{
    /// <summary>Creates the exception from the diagnostics found.</summary>
    /// <param name="diagnosticos">The problems found, each with its place; the message lists them.</param>
    public AvancesInvalidosException(IReadOnlyList<Diagnostico> diagnosticos)
        : base(Mensaje(diagnosticos), "avances")
        => Diagnosticos = diagnosticos ?? [];

    /// <summary>Creates the exception with no diagnostics.</summary>
    public AvancesInvalidosException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The Spanish message.</param>
    public AvancesInvalidosException(string message)
        : base(message) => Diagnosticos = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The Spanish message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public AvancesInvalidosException(string message, Exception innerException)
        : base(message, innerException) => Diagnosticos = [];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<Diagnostico> Diagnosticos { get; }

    private static string Mensaje(IReadOnlyList<Diagnostico>? diagnosticos)
        => diagnosticos is null || diagnosticos.Count == 0
            ? "Los avances no son válidos."
            : $"Los avances tienen {diagnosticos.Count} problema(s): " + string.Join(" ", diagnosticos.Select(d => d.ToString()));
}
