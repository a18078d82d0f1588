using System.Collections;

namespace Poa.Domain.Tests.Evaluacion;

public class ConjuntoDeMesesTests
{
    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 1 })]
    [InlineData(new[] { 12 })]
    [InlineData(new[] { 2, 5, 9 })]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    public void Foreach_DaLosMesesEnOrden(int[] meses)
    {
        var conjunto = ConjuntoDeMeses.De(meses.Reverse().ToArray());
        var vistos = new List<int>();
        foreach (var mes in conjunto)
        {
            vistos.Add(mes);
        }

        vistos.Should().Equal(meses);
        ((IEnumerable<int>)conjunto).Should().Equal(meses);
        ((IEnumerable)conjunto).Cast<int>().Should().Equal(meses);
    }

    [Fact]
    public void Enumerator_TrasElUltimo_SigueDevolviendoFalse()
    {
        var enumerador = ConjuntoDeMeses.De(3).GetEnumerator();
        enumerador.MoveNext().Should().BeTrue();
        enumerador.Current.Should().Be(3);
        enumerador.MoveNext().Should().BeFalse();
        enumerador.MoveNext().Should().BeFalse();
    }

    [Fact]
    public void Enumerator_Reset_VuelveAlInicio()
    {
        IEnumerator<int> enumerador = ConjuntoDeMeses.De(4, 7).GetEnumerator();
        enumerador.MoveNext();
        enumerador.MoveNext();
        enumerador.Reset();
        enumerador.MoveNext().Should().BeTrue();
        enumerador.Current.Should().Be(4);
        ((IEnumerator)enumerador).Current.Should().Be(4);
    }

    [Fact]
    public void Foreach_NoAsignaMemoria()
    {
        var conjunto = ConjuntoDeMeses.De(1, 3, 6, 12);
        Sumar(conjunto); // warm up: JIT and tiering must not count

        var antes = GC.GetAllocatedBytesForCurrentThread();
        var suma = Sumar(conjunto);
        var asignados = GC.GetAllocatedBytesForCurrentThread() - antes;

        suma.Should().Be(22);
        asignados.Should().Be(0);
    }

    private static int Sumar(ConjuntoDeMeses conjunto)
    {
        var suma = 0;
        for (var vuelta = 0; vuelta < 1000; vuelta++)
        {
            suma = 0;
            foreach (var mes in conjunto)
            {
                suma += mes;
            }
        }

        return suma;
    }
}
