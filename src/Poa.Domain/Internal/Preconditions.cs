using System;
using System.Diagnostics.CodeAnalysis;

namespace Poa.Domain.Internal;

/// <summary>Argument guards, in the style of NodaTime's <c>Preconditions</c>: every message says what and which parameter.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, string paramName)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        return argument;
    }

    internal static string CheckNotBlank([NotNull] string? argument, string paramName)
    {
        CheckNotNull(argument, paramName);
        if (argument.Trim().Length == 0)
        {
            throw new ArgumentException("El texto no puede estar vacío.", paramName);
        }

        return argument.Trim();
    }

    internal static int CheckRange(int value, string paramName, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"El valor debe estar entre {minInclusive} y {maxInclusive} (inclusive); se recibió {value}.");
        }

        return value;
    }

    internal static decimal CheckNotNegative(decimal value, string paramName)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"El valor no puede ser negativo; se recibió {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
