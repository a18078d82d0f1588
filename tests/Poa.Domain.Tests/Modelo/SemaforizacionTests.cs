using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Modelo;

public class SemaforizacionTests
{
    public static TheoryData<string, string, string> NotacionesDelSeed => new()
    {
        { "> = 80%", "< 80% & > 50%", "< = 50%" },
        { ">=80%", "< 80% & > 50%", "<=50%" },
        { "≥ 80%", "> 50% y < 80%", "≤ 50%" },
        { "=> 80", "<80 and >50", "=< 50" },
        { ">= 80 %", "> 50 % Y < 80 %", "<= 50 %" },
    };

    [Theory]
    [MemberData(nameof(NotacionesDelSeed))]
    public void Parse_TodasLasNotaciones_DanLaPredeterminada(string verde, string amarillo, string rojo)
    {
        var semaforizacion = Semaforizacion.Parse(verde, amarillo, rojo);
        semaforizacion.Should().Be(Semaforizacion.Predeterminada);
    }

    [Fact]
    public void ToString_EsCanonico()
    {
        var s = Semaforizacion.Parse("> = 80%", "< 80% & > 50%", "< = 50%");
        s.Verde.ToString().Should().Be(">= 80%");
        s.Amarillo.ToString().Should().Be("> 50% y < 80%");
        s.Rojo.ToString().Should().Be("<= 50%");
        s.ToString().Should().Be("verde >= 80%; amarillo > 50% y < 80%; rojo <= 50%");
        Semaforizacion.Parse(s.Verde.ToString(), s.Amarillo.ToString(), s.Rojo.ToString()).Should().Be(s);
    }

    [Theory]
    [InlineData(80, Color.Verde)]
    [InlineData(80.0000001, Color.Verde)]
    [InlineData(79.9999999, Color.Amarillo)]
    [InlineData(50.0000001, Color.Amarillo)]
    [InlineData(50, Color.Rojo)]
    [InlineData(0, Color.Rojo)]
    [InlineData(-20, Color.Rojo)]
    [InlineData(250, Color.Verde)]
    public void Clasificar_Limites(decimal cumplimiento, Color color)
    {
        Semaforizacion.Predeterminada.Clasificar(cumplimiento).Should().Be(color);
    }

    [Theory]
    [InlineData(">= 80%", "< 80% & > 50%", "< 50%", "hueco", "50%")]
    [InlineData(">= 80%", "<= 80% & > 50%", "<= 50%", "traslapan", "80%")]
    [InlineData(">= 90%", "< 80% & > 50%", "<= 50%", "hueco", "80%")]
    [InlineData("<= 50%", "< 80% & > 50%", ">= 80%", "fuera de orden", "0%")]
    [InlineData(">= 80%", "< 80% & > 50%", "<= 60%", "traslapan", "55%")]
    public void Bandas_Invalidas_DicenQueValorFalla(string verde, string amarillo, string rojo, string problema, string valor)
    {
        Semaforizacion.TryParse(verde, amarillo, rojo, out _, out var error).Should().BeFalse();
        error.Should().Contain(problema).And.Contain(valor);
        var act = () => Semaforizacion.Parse(verde, amarillo, rojo);
        act.Should().Throw<FormatException>().WithMessage($"*{problema}*");
    }

    [Theory]
    [InlineData("80%", "Banda verde")]
    [InlineData("> = ochenta", "Banda verde")]
    [InlineData(">= 80% & >= 90%", "repite")]
    [InlineData("> 80% & < 50%", "no contiene ningún valor")]
    public void Notacion_Ilegible_DiceCualBanda(string verde, string mensaje)
    {
        var act = () => Semaforizacion.Parse(verde, "< 80% & > 50%", "<= 50%");
        act.Should().Throw<FormatException>().WithMessage($"*{mensaje}*");
    }

    [Fact]
    public void Create_ConBandasDeOtroColor_Lanza()
    {
        var act = () => Semaforizacion.Create(Banda.Desde(Color.Amarillo, 80), Banda.Entre(Color.Amarillo, 50, 80), Banda.Hasta(Color.Rojo, 50));
        act.Should().Throw<ArgumentException>().WithMessage("*verde*amarilla*roja*");
    }

    [Fact]
    public void Personalizada_Valida()
    {
        var s = Semaforizacion.Create(Banda.Desde(Color.Verde, 90), Banda.Create(Color.Amarillo, 70, true, 90, false), Banda.Create(Color.Rojo, null, false, 70, false));
        s.Clasificar(90).Should().Be(Color.Verde);
        s.Clasificar(70).Should().Be(Color.Amarillo);
        s.Clasificar(69.99m).Should().Be(Color.Rojo);
        s.BandaDe(Color.Amarillo).ToString().Should().Be(">= 70% y < 90%");
    }

    [Fact]
    public void Contrato_DeIgualdad()
    {
        Contratos.Igualdad(
            Semaforizacion.Predeterminada,
            Semaforizacion.Parse(">=80%", "<80% & >50%", "<=50%"),
            Semaforizacion.Parse(">=90%", "<90% & >50%", "<=50%"));
        Contratos.Igualdad(Banda.Desde(Color.Verde, 80), Banda.Parse(Color.Verde, "> = 80%"), Banda.Desde(Color.Verde, 81), Banda.Create(Color.Verde, 80, false, null, false));
    }

    [Fact]
    public void Etiquetas_DelSeed()
    {
        Semaforizacion.Etiqueta(Color.Verde).Should().Be("Aceptable");
        Semaforizacion.Etiqueta(Color.Amarillo).Should().Be("En progreso");
        Semaforizacion.Etiqueta(Color.Rojo).Should().Be("En riesgo");
    }

    [Fact]
    public void Banda_SinLimites_IdaYVuelta()
    {
        var banda = Banda.Create(Color.Verde, null, false, null, false);
        banda.ToString().Should().Be("cualquier valor");
        Banda.Parse(Color.Verde, banda.ToString()).Should().Be(banda);
        Banda.Parse(Color.Verde, "= 100%").Contiene(100).Should().BeTrue();
        Banda.Parse(Color.Verde, "= 100%").ToString().Should().Be("= 100%");
    }
}
