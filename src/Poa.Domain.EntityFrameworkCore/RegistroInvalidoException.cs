using System;

namespace Poa.Domain.EntityFrameworkCore;

/// <summary>
/// A row read from the database does not make a valid domain value (it was written by other means, or edited by
/// hand): the message names the table, the row and the column, and says what is wrong. The domain's own exception,
/// when there is one, is the <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class RegistroInvalidoException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public RegistroInvalidoException()
        : base("Un registro guardado no es válido.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and where, in Spanish.</param>
    public RegistroInvalidoException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the domain's exception.</summary>
    /// <param name="message">What is wrong and where, in Spanish.</param>
    /// <param name="innerException">The exception the domain threw for the value.</param>
    public RegistroInvalidoException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
