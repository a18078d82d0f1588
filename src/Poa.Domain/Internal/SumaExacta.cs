using System.Numerics;

namespace Poa.Domain.Internal;

/// <summary>
/// An exact sum of decimals that allocates nothing per term: each term is split into its integer part (summed as a
/// decimal, exact far beyond any bounded input) and its fraction at scale 28 in two 14-digit halves (summed as
/// <see cref="long"/>). The result does not depend on the order of the terms. Terms must be within ±10^20 (the bounded
/// cumplimientos); the halves are carried into a big integer every <see cref="TramoMaximo"/> terms so they never overflow.
/// </summary>
internal struct SumaExacta
{
    private const int TramoMaximo = 50_000;
    private const decimal DiezALa14 = 100_000_000_000_000m;
    private const decimal DiezALa28 = 10_000_000_000_000_000_000_000_000_000m;

    private decimal enteros;
    private long altos;
    private long bajos;
    private int enTramo;
    private BigInteger? acarreo;

    /// <summary>The number of terms added.</summary>
    internal int Cantidad { get; private set; }

    /// <summary>Adds <paramref name="valor"/> (|valor| ≤ 10^20) exactly.</summary>
    internal void Agregar(decimal valor)
    {
        var entero = decimal.Truncate(valor);
        var fraccion = (valor - entero) * DiezALa28; // an integer below 10^28 in magnitude: exact
        var alto = decimal.Truncate(fraccion / DiezALa14); // at most 28 significant digits: exact
        enteros += entero;
        altos += (long)alto;
        bajos += (long)(fraccion - (alto * DiezALa14));
        Cantidad++;
        if (++enTramo == TramoMaximo)
        {
            acarreo = Total();
            enteros = 0m;
            altos = 0;
            bajos = 0;
            enTramo = 0;
        }
    }

    /// <summary>The sum as an integer at scale 28 (the sum × 10^28).</summary>
    internal readonly BigInteger Total()
    {
        var total = acarreo ?? BigInteger.Zero;
        total += new BigInteger(enteros) * Fraccion.PotenciaDeDiez(28);
        total += new BigInteger(altos) * Fraccion.PotenciaDeDiez(14);
        total += new BigInteger(bajos);
        return total;
    }
}
