using System.Linq;
using System.Numerics;
using CsCheck;
using FluentAssertions;
using Poa.Domain.Internal;
using Xunit;

namespace Poa.Domain.Tests.Evaluacion;

public class SumaExactaTests
{
    private static readonly Gen<decimal> Valor = Gen.OneOf(
        Gen.Decimal[-100m, 100m],
        Gen.Decimal[-100_000_000_000_000_000_000m, 100_000_000_000_000_000_000m],
        Gen.Int[0, 3].Select(i => new[] { 100m / 3m, 200m / 3m, -(100m / 7m), 0.0000000000000000000000000001m }[i]));

    [Fact]
    public void Suma_IgualALaSumaExactaConEnterosGrandes()
    {
        Gen.Decimal.Array[0, 200].Select(a => a.Select(Recortar).ToArray()).Sample(valores =>
        {
            var suma = default(SumaExacta);
            foreach (var v in valores)
            {
                suma.Agregar(v);
            }

            suma.Cantidad.Should().Be(valores.Length);
            suma.Total().Should().Be(Referencia(valores));
        });
    }

    [Fact]
    public void Suma_DeValoresQueRedondeanEnDecimal_EsExacta()
    {
        Valor.Array[1, 100].Sample(valores =>
        {
            var suma = default(SumaExacta);
            foreach (var v in valores)
            {
                suma.Agregar(v);
            }

            suma.Total().Should().Be(Referencia(valores));
        });
    }

    [Fact]
    public void MasDeUnTramo_SinDesbordar()
    {
        // 120,000 terms of the largest fraction halves: more than two carries into the big integer.
        var valores = Enumerable.Range(0, 120_000).Select(i => i % 2 == 0 ? 99.9999999999999999999999999999m / 1m : -(200m / 3m)).ToArray();
        var suma = default(SumaExacta);
        foreach (var v in valores)
        {
            suma.Agregar(v);
        }

        suma.Total().Should().Be(Referencia(valores));
    }

    private static decimal Recortar(decimal v) => v > 100_000_000_000_000_000_000m || v < -100_000_000_000_000_000_000m ? v / 100_000_000m / 100_000_000m : v;

    private static BigInteger Referencia(decimal[] valores)
    {
        var total = BigInteger.Zero;
        foreach (var v in valores)
        {
            var f = Fraccion.De(v);
            total += f.Numerador * (Fraccion.PotenciaDeDiez(28) / f.Denominador);
        }

        return total;
    }
}
