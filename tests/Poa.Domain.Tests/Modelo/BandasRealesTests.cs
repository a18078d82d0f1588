using CsCheck;

namespace Poa.Domain.Tests.Modelo;

/// <summary>Bands as real documents write them: two-sided verde, a band above verde, unions with «o», ranges and words.</summary>
public class BandasRealesTests
{
    [Theory]
    [InlineData("80% - 100%", ">= 80% y <= 100%")]
    [InlineData("51% a 79%", ">= 51% y <= 79%")]
    [InlineData("De 51% a 79%", ">= 51% y <= 79%")]
    [InlineData("Entre 51% y 79%", ">= 51% y <= 79%")]
    [InlineData("Mayor o igual a 80%", ">= 80%")]
    [InlineData("Mayor a 50% y menor a 80%", "> 50% y < 80%")]
    [InlineData("Menor o igual a 50%", "<= 50%")]
    [InlineData("Menos de 50%", "< 50%")]
    [InlineData("MAYOR O IGUAL QUE 90% Y MENOR O IGUAL QUE 110%", ">= 90% y <= 110%")]
    [InlineData("> 70% y < 90% o > 110%", "> 70% y < 90% o > 110%")]
    [InlineData("> 110% o > 70% y < 90%", "> 70% y < 90% o > 110%")]
    [InlineData("Más de 110% o de 60% a 89%", ">= 60% y <= 89% o > 110%")]
    public void Notaciones_SeLeenYSeEscribenEnFormaCanonica(string texto, string canonica)
    {
        var banda = Banda.Parse(Color.Amarillo, texto);

        banda.ToString().Should().Be(canonica);
        Banda.Parse(Color.Amarillo, canonica).Should().Be(banda);
    }

    [Fact]
    public void Union_QueSeTraslapa_EsUnErrorQueLoDice()
    {
        Banda.TryParse(Color.Amarillo, "> 50% y < 90% o > 80%", out _).Should().BeFalse();
        FluentActions.Invoking(() => Banda.Parse(Color.Amarillo, "> 50% y < 90% o > 80%"))
            .Should().Throw<FormatException>().WithMessage("*se traslapan*");
    }

    [Fact]
    public void VerdeAcotadoArriba_ConAmarilloPorSobrecumplimiento()
    {
        var s = Semaforizacion.Parse(">= 90% y <= 110%", ">= 60% y < 90% o > 110%", "< 60%");

        s.Clasificar(100m).Should().Be(Color.Verde);
        s.Clasificar(110m).Should().Be(Color.Verde);
        s.Clasificar(110.000001m).Should().Be(Color.Amarillo);
        s.Clasificar(75m).Should().Be(Color.Amarillo);
        s.Clasificar(59.99m).Should().Be(Color.Rojo);
        s.Amarillo.Intervalos.Should().HaveCount(2);
        s.Amarillo.ToString().Should().Be(">= 60% y < 90% o > 110%");
    }

    [Fact]
    public void ColoresQueSeRepiten_ConHuecoOTraslape_DicenElValor()
    {
        Semaforizacion.TryParse(">= 90% y <= 110%", ">= 60% y < 90% o > 120%", "< 60%", out _, out var hueco).Should().BeFalse();
        hueco.Should().Contain("hueco").And.Contain("115%");
        Semaforizacion.TryParse(">= 90%", ">= 60% y < 90% o > 110%", "< 60%", out _, out var traslape).Should().BeFalse();
        traslape.Should().Contain("traslapan");
    }

    [Fact]
    public void RangosEscritosConEnteros_CadaBandaLlegaALaSiguiente()
    {
        var s = Semaforizacion.Parse("80% a 100%", "51% a 79%", "0% a 50%");

        s.Verde.ToString().Should().Be(">= 80%");
        s.Amarillo.ToString().Should().Be(">= 51% y < 80%");
        s.Rojo.ToString().Should().Be(">= 0% y < 51%");
        s.Clasificar(50.5m).Should().Be(Color.Rojo);
        s.Clasificar(79.5m).Should().Be(Color.Amarillo);
        s.Clasificar(130m).Should().Be(Color.Verde);
        Semaforizacion.TryParse("80% a 100%", "51% a 79%", "0% a 50%", '.', null, out _, out _, out var ajustados).Should().BeTrue();
        ajustados.Should().BeTrue();
    }

    [Fact]
    public void Propiedad_UnaUnionCubreExactamenteLoQueCubrenSusIntervalos()
    {
        Gen.Select(Gen.Int[0, 50], Gen.Int[1, 30], Gen.Int[1, 30], Gen.Int[0, 200], Gen.Bool, Gen.Bool)
            .Sample((a, largo, salto, punto, incluyeA, incluyeB) =>
            {
                var i1 = Banda.Create(Color.Amarillo, a, incluyeA, a + largo, incluyeB).Intervalos[0];
                var i2 = Banda.Create(Color.Amarillo, a + largo + salto, true, null, false).Intervalos[0];
                var union = Banda.Create(Color.Amarillo, [i2, i1]);
                var valor = punto / 2m;

                union.Contiene(valor).Should().Be(i1.Contiene(valor) || i2.Contiene(valor));
                union.Intervalos.Should().Equal(i1, i2);
                Banda.Parse(Color.Amarillo, union.ToString()).Should().Be(union);
            });
    }
}
