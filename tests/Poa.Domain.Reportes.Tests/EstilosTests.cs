namespace Poa.Domain.Reportes.Tests;

/// <summary>The chips' colours and the marks of the cycle: their text meets WCAG AA on their background, and the page's style uses exactly these pairs.</summary>
public class EstilosTests
{
    public static TheoryData<string, string, string> Chips => new()
    {
        { "verde", Estilos.FondoVerde, Estilos.TextoVerde },
        { "amarillo", Estilos.FondoAmarillo, Estilos.TextoAmarillo },
        { "rojo", Estilos.FondoRojo, Estilos.TextoRojo },
        { "sin-color", Estilos.FondoSinColor, Estilos.TextoSinColor },
    };

    [Theory]
    [MemberData(nameof(Chips))]
    public void Chip_ContrasteDelTexto_CumpleWcagAA(string clase, string fondo, string texto)
    {
        Contraste(fondo, texto).Should().BeGreaterThanOrEqualTo(4.5, $"el chip {clase} se lee (WCAG AA, texto normal)");
        Estilos.Hoja.Should().Contain($".{clase}.chip,.{clase}.cuenta{{background:{fondo};color:{texto};");
    }

    [Fact]
    public void MarcasDelCiclo_ContrasteSobreBlanco_CumpleWcagAA()
    {
        Contraste(Estilos.TextoMarca, "#FFFFFF").Should().BeGreaterThanOrEqualTo(4.5, "«Alerta temprana» y «Sin justificación» se leen (WCAG AA, texto pequeño)");
        Contraste(Estilos.TextoMarca, "#FAFAFA").Should().BeGreaterThanOrEqualTo(4.5, "también sobre el fondo de una explicación");
        Estilos.Hoja.Should().Contain("em.alerta,em.falta{").And.Contain("color:" + Estilos.TextoMarca + ";");
    }

    [Fact]
    public void Contraste_DeNegroSobreBlanco_Es21()
    {
        Contraste("#000000", "#FFFFFF").Should().BeApproximately(21, 0.01);
        Contraste("#777777", "#FFFFFF").Should().BeApproximately(4.48, 0.01);
    }

    /// <summary>The WCAG 2 contrast ratio of two sRGB colours.</summary>
    private static double Contraste(string a, string b)
    {
        double La = Luminancia(a), Lb = Luminancia(b);
        return (Math.Max(La, Lb) + 0.05) / (Math.Min(La, Lb) + 0.05);
    }

    private static double Luminancia(string hex)
    {
        var c = Convert.FromHexString(hex[1..]).Select(v => v / 255.0).Select(v => v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4)).ToArray();
        return (0.2126 * c[0]) + (0.7152 * c[1]) + (0.0722 * c[2]);
    }
}
