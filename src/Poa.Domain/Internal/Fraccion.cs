using System;
using System.Numerics;

namespace Poa.Domain.Internal;

/// <summary>
/// An exact rational number (numerator / positive denominator) for the rare cases where a cumplimiento
/// computed in <see cref="decimal"/> lies so close to a band limit that its 28-digit rounding could decide
/// the colour. Never on the hot path: the evaluator builds one only near a limit.
/// </summary>
/// <remarks>Not reduced: comparison is by cross-multiplication, which needs no common form.</remarks>
internal readonly struct Fraccion : IComparable<Fraccion>
{
    private static readonly BigInteger[] PotenciasDeDiez = CrearPotencias();

    private Fraccion(BigInteger numerador, BigInteger denominador)
    {
        if (denominador.Sign < 0)
        {
            numerador = -numerador;
            denominador = -denominador;
        }

        Numerador = numerador;
        Denominador = denominador;
    }

    internal BigInteger Numerador { get; }

    internal BigInteger Denominador { get; }

    internal static Fraccion Cero => new(BigInteger.Zero, BigInteger.One);

    internal bool EsCero => Numerador.IsZero;

    internal int Signo => Numerador.Sign;

    /// <summary>The exact value of a decimal: its 96-bit mantissa over 10^scale.</summary>
    internal static Fraccion De(decimal valor)
    {
        var bits = decimal.GetBits(valor);
        var mantisa = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | new BigInteger((uint)bits[0]);
        var escala = (bits[3] >> 16) & 0xFF;
        if (bits[3] < 0)
        {
            mantisa = -mantisa;
        }

        return new Fraccion(mantisa, PotenciasDeDiez[escala]);
    }

    internal static Fraccion De(int valor) => new(valor, BigInteger.One);

    /// <summary><paramref name="entero"/> / 10^<paramref name="escala"/>.</summary>
    internal static Fraccion De(BigInteger entero, int escala) => new(entero, PotenciasDeDiez[escala]);

    /// <summary>10^<paramref name="escala"/> (0..28).</summary>
    internal static BigInteger PotenciaDeDiez(int escala) => PotenciasDeDiez[escala];

    /// <summary><paramref name="numerador"/> / <paramref name="denominador"/>; the denominator must not be 0.</summary>
    internal static Fraccion Cociente(Fraccion numerador, Fraccion denominador)
    {
        if (denominador.EsCero)
        {
            throw new DivideByZeroException();
        }

        return new Fraccion(numerador.Numerador * denominador.Denominador, numerador.Denominador * denominador.Numerador);
    }

    public static Fraccion operator +(Fraccion a, Fraccion b)
        => a.Denominador == b.Denominador
            ? new Fraccion(a.Numerador + b.Numerador, a.Denominador)
            : new Fraccion((a.Numerador * b.Denominador) + (b.Numerador * a.Denominador), a.Denominador * b.Denominador);

    public static Fraccion operator -(Fraccion a, Fraccion b) => a + (-b);

    public static Fraccion operator -(Fraccion a) => new(-a.Numerador, a.Denominador);

    public static Fraccion operator *(Fraccion a, Fraccion b) => new(a.Numerador * b.Numerador, a.Denominador * b.Denominador);

    public static Fraccion operator /(Fraccion a, Fraccion b) => Cociente(a, b);

    public static bool operator <(Fraccion a, Fraccion b) => a.CompareTo(b) < 0;

    public static bool operator >(Fraccion a, Fraccion b) => a.CompareTo(b) > 0;

    public static bool operator <=(Fraccion a, Fraccion b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Fraccion a, Fraccion b) => a.CompareTo(b) >= 0;

    internal Fraccion Abs() => Numerador.Sign < 0 ? -this : this;

    /// <summary>The value limited to [<paramref name="minimo"/>, <paramref name="maximo"/>].</summary>
    internal Fraccion Acotar(decimal minimo, decimal maximo)
    {
        if (CompareTo(minimo) < 0)
        {
            return De(minimo);
        }

        return CompareTo(maximo) > 0 ? De(maximo) : this;
    }

    public int CompareTo(Fraccion other) => (Numerador * other.Denominador).CompareTo(other.Numerador * Denominador);

    internal int CompareTo(decimal other) => CompareTo(De(other));

    /// <summary>Whether the value is exactly <paramref name="valor"/>.</summary>
    internal bool Es(decimal valor) => CompareTo(valor) == 0;

    /// <summary>
    /// The nearest decimal (half away from zero) with as many decimal places as fit (at most 28): deterministic,
    /// whatever order the fraction was built in.
    /// </summary>
    internal decimal ADecimal()
    {
        var negativo = Numerador.Sign < 0;
        var numerador = BigInteger.Abs(Numerador);
        var maximo = (BigInteger.One << 96) - 1;
        for (var escala = 28; escala >= 0; escala--)
        {
            var escalado = numerador * PotenciasDeDiez[escala];
            var cociente = BigInteger.DivRem(escalado, Denominador, out var resto);
            if (resto * 2 >= Denominador)
            {
                cociente += 1;
            }

            if (cociente <= maximo)
            {
                var bytes = cociente.ToByteArray();
                var partes = new int[3];
                for (var i = 0; i < bytes.Length && i < 12; i++)
                {
                    partes[i / 4] |= bytes[i] << (8 * (i % 4));
                }

                return new decimal(partes[0], partes[1], partes[2], negativo && !cociente.IsZero, (byte)escala);
            }
        }

        throw new OverflowException("La fracción no cabe en un decimal.");
    }

    private static BigInteger[] CrearPotencias()
    {
        var potencias = new BigInteger[29];
        potencias[0] = BigInteger.One;
        for (var i = 1; i < potencias.Length; i++)
        {
            potencias[i] = potencias[i - 1] * 10;
        }

        return potencias;
    }
}
