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
    /// <param name="meses">The months, each 1 to 12, in any order; a repeated one counts once.</param>
    /// <returns>The set.</returns>
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
    /// <param name="mes">The last month of the set, 0 to 12.</param>
    /// <returns>The set enero..<paramref name="mes"/>.</returns>
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
    /// <param name="mes">The month, 1 to 12.</param>
    /// <returns><c>true</c> when the month is in the set.</returns>
    public bool Contiene(int mes) => mes is >= 1 and <= Calendarizacion.Meses && (Mascara & (1 << (mes - 1))) != 0;

    /// <summary>
    /// The months in order (1..12). <c>foreach</c> over the set uses this struct enumerator and allocates nothing;
    /// only the <see cref="IEnumerable{T}"/> view (LINQ, a cast) boxes it.
    /// </summary>
    /// <returns>The months of the set in order, enero first.</returns>
    public Enumerator GetEnumerator() => new(Mascara);

    IEnumerator<int> IEnumerable<int>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Enumerates the months of a <see cref="ConjuntoDeMeses"/> in order without allocating. Mutable by nature,
    /// like <see cref="List{T}.Enumerator"/>: use it through <c>foreach</c>, do not copy it while enumerating.
    /// </summary>
    public struct Enumerator : IEnumerator<int>
    {
        private const int Fin = Calendarizacion.Meses + 1;
        private readonly int mascara;
        private int mes;

        internal Enumerator(int mascara)
        {
            this.mascara = mascara;
            mes = 0;
        }

        /// <summary>The current month (1..12); undefined before the first <see cref="MoveNext"/> or after the last.</summary>
        public readonly int Current => mes;

        readonly object IEnumerator.Current => mes;

        /// <summary>Advances to the next month of the set.</summary>
        /// <returns><c>false</c> when there is none.</returns>
        public bool MoveNext()
        {
            while (mes < Calendarizacion.Meses)
            {
                mes++;
                if ((mascara & (1 << (mes - 1))) != 0)
                {
                    return true;
                }
            }

            mes = Fin;
            return false;
        }

        void IEnumerator.Reset() => mes = 0;

        /// <summary>Does nothing: there is nothing to release.</summary>
        public readonly void Dispose()
        {
        }
    }

    /// <summary>The months named in Spanish, e.g. <c>enero, marzo</c>; <c>ninguno</c> when empty.</summary>
    /// <returns>The text in the form shown above.</returns>
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
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(ConjuntoDeMeses left, ConjuntoDeMeses right) => left.Equals(right);

    /// <summary>Inequality of the months.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(ConjuntoDeMeses left, ConjuntoDeMeses right) => !left.Equals(right);
}
