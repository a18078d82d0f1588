using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace Poa.Domain;

/// <summary>
/// A set of months (1..12) of an ejercicio, held as a 12-bit mask: e.g. the months that had something
/// programmed but no report. A value over a 12-bit mask: creating and testing it allocates nothing.
/// </summary>
/// <remarks><c>default</c> is the empty set. Equality compares the months.</remarks>
public readonly struct ConjuntoDeMeses : IEquatable<ConjuntoDeMeses>, IEnumerable<int>
{
    private const ushort Todos = (1 << Calendarizacion.Meses) - 1;

    internal ConjuntoDeMeses(int mascara) => Mascara = (ushort)(mascara & Todos);

    /// <summary>The empty set.</summary>
    public static ConjuntoDeMeses Vacio => default;

    /// <summary>The set of the given months.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A month is not 1..12.</exception>
    public static ConjuntoDeMeses De(params int[] meses)
    {
        var mascara = 0;
        foreach (var mes in meses ?? [])
        {
            mascara |= 1 << (Internal.Preconditions.CheckRange(mes, nameof(meses), 1, Calendarizacion.Meses) - 1);
        }

        return new ConjuntoDeMeses(mascara);
    }

    /// <summary>The months January..<paramref name="mes"/> (0 gives the empty set).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> is not 0..12.</exception>
    public static ConjuntoDeMeses Hasta(int mes) => new((1 << Internal.Preconditions.CheckRange(mes, nameof(mes), 0, Calendarizacion.Meses)) - 1);

    /// <summary>The bit mask: bit <c>i</c> set when month <c>i + 1</c> is in the set.</summary>
    public int Mascara { get; }

    /// <summary>How many months are in the set.</summary>
    public int Cantidad
    {
        get
        {
            var m = Mascara;
            var count = 0;
            while (m != 0)
            {
                m &= m - 1;
                count++;
            }

            return count;
        }
    }

    /// <summary>Whether the set is empty.</summary>
    public bool EstaVacio => Mascara == 0;

    /// <summary>Whether <paramref name="mes"/> (1..12) is in the set; false for any other number.</summary>
    public bool Contiene(int mes) => mes is >= 1 and <= Calendarizacion.Meses && (Mascara & (1 << (mes - 1))) != 0;

    /// <summary>The months in order (1..12). For a check without allocation use <see cref="Contiene"/> or <see cref="Mascara"/>.</summary>
    public IEnumerator<int> GetEnumerator()
    {
        for (var mes = 1; mes <= Calendarizacion.Meses; mes++)
        {
            if ((Mascara & (1 << (mes - 1))) != 0)
            {
                yield return mes;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The months named in Spanish, e.g. <c>enero, marzo</c>; <c>ninguno</c> when empty.</summary>
    public override string ToString()
    {
        if (Mascara == 0)
        {
            return "ninguno";
        }

        var builder = new StringBuilder();
        foreach (var mes in this)
        {
            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            builder.Append(Calendarizacion.NombreDeMes(mes));
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(ConjuntoDeMeses other) => Mascara == other.Mascara;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConjuntoDeMeses other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Mascara;

    /// <summary>Equality of the months.</summary>
    public static bool operator ==(ConjuntoDeMeses left, ConjuntoDeMeses right) => left.Equals(right);

    /// <summary>Inequality of the months.</summary>
    public static bool operator !=(ConjuntoDeMeses left, ConjuntoDeMeses right) => !left.Equals(right);
}
