using System.Text;
using Poa.Domain.Internal;
using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Modelo;

/// <summary>
/// <see cref="Texto"/>, the culture-free comparison of names: case, Spanish accents and decomposed (NFD) text, the same
/// on every machine and globalization mode.
/// </summary>
public class TextoTests
{
    // "Dirección" precomposed (ó = U+00F3) and decomposed (o + U+0301 COMBINING ACUTE ACCENT), as macOS and some editors write it.
    private const string Precompuesto = "Direcci\u00F3n de Parques y Jardines";
    private const string Descompuesto = "Direccio\u0301n de Parques y Jardines";

    [Fact]
    public void Clave_TextoDescompuesto_EsLaDelPrecompuesto()
    {
        Descompuesto.Should().NotBe(Precompuesto, "the test needs two different encodings of the same name");

        Texto.Clave(Descompuesto).Should().Be(Texto.Clave(Precompuesto)).And.Be("DIRECCION DE PARQUES Y JARDINES");
    }

    [Theory]
    [InlineData("Secretari\u0301a", "Secretaría")]
    [InlineData("Participacio\u0301n Ciudadana", "PARTICIPACION CIUDADANA")]
    [InlineData("Compan\u0303i\u0301a", "Compañía")]
    [InlineData("Lingu\u0308i\u0301stica", "Lingüística")]
    [InlineData("E\u0301XITO", "éxito")]
    public void Clave_MarcasCombinantes_SeIgnoranComoLosAcentos(string descompuesto, string otro)
        => Texto.Clave(descompuesto).Should().Be(Texto.Clave(otro));

    [Fact]
    public void Clave_NoDependeDeLaNormalizacionDelSistema()
    {
        // string.Normalize needs ICU and leaves the text as it is in globalization-invariant mode; the key never calls it.
        var clave = Texto.Clave(Descompuesto);

        clave.Should().NotContain("\u0301");
        clave.Normalize(NormalizationForm.FormD).Should().Be(clave, "the key is plain ASCII for a Spanish name");
    }

    [Fact]
    public void UnidadResponsable_DescompuestaYPrecompuesta_SonIgualesConElMismoHash()
    {
        var nfc = new UnidadResponsable(Precompuesto);
        var nfd = new UnidadResponsable(Descompuesto);

        Contratos.Igualdad(nfc, nfd, new UnidadResponsable("Dirección de Alumbrado Público"));
        nfc.CompareTo(nfd).Should().Be(0);
        nfd.Nombre.Should().Be(Descompuesto, "the name keeps the text as written; only the comparison folds it");
    }

    [Fact]
    public void NombresDelModelo_DescompuestosYPrecompuestos_SonIguales()
    {
        new Dependencia("Secretari\u0301a de Innovacio\u0301n").Should().Be(new Dependencia("Secretaría de Innovación"));
        new ProgramaPresupuestario("Participacio\u0301n Ciudadana").Should().Be(new ProgramaPresupuestario("Participación Ciudadana"));
        EjeRector.Parse("II. Ciudad con Participacio\u0301n").Should().Be(EjeRector.Parse("II. Ciudad con Participación"));
        UnidadDeMedida.Create("Auditori\u0301as").Should().Be(UnidadDeMedida.Create("Auditorías"));
    }

    [Fact]
    public void NormalizarEspacios_TodoCaracterQueCharIsWhiteSpaceAcepta_SeVuelveUnEspacio_YNingunOtro()
    {
        for (var c = char.MinValue; ; c++)
        {
            var texto = "a" + c + "b";
            var esperado = char.IsWhiteSpace(c) ? "a b" : texto;
            Poa.Domain.Internal.Texto.NormalizarEspacios(texto).Should().Be(esperado, $"U+{(int)c:X4}");
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [Fact]
    public void NormalizarEspacios_EnUnTextoLargo_TodoCaracterQueCharIsWhiteSpaceAcepta_SeVuelveUnEspacio_YNingunOtro()
    {
        // Long enough for the vectorized pass: the character stands in the middle of a step.
        var relleno = new string('a', 20);
        for (var c = char.MinValue; ; c++)
        {
            var texto = relleno + c + relleno;
            var esperado = char.IsWhiteSpace(c) ? relleno + " " + relleno : texto;
            Poa.Domain.Internal.Texto.NormalizarEspacios(texto).Should().Be(esperado, $"U+{(int)c:X4}");
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [Fact]
    public void NormalizarEspacios_EspacioRaroODobleEnCadaPosicion_DeTextosDeVariosLargos()
    {
        // Every position of texts from 2 to 41 characters: the first and last steps, the edges between steps, the tail.
        var raros = new[] { "\t", "\r", "\u0085", "\u00A0", "\u1680", "\u2000", "\u200A", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000", "  " };
        for (var largo = 2; largo <= 41; largo++)
        {
            for (var posicion = 1; posicion < largo - 1; posicion++)
            {
                foreach (var raro in raros)
                {
                    var texto = new string('é', posicion) + raro + new string('x', largo - posicion - 1);
                    var esperado = new string('é', posicion) + " " + new string('x', largo - posicion - 1);
                    Poa.Domain.Internal.Texto.NormalizarEspacios(texto).Should().Be(esperado, $"largo {largo}, posición {posicion}, U+{(int)raro[0]:X4}");
                }

                // Near misses stay as they are: one space, a dash, curly quotes, a symbol after U+1680.
                foreach (var casi in new[] { " ", "\u2013", "\u201C", "\u20AC", "\u00C1", "\u0008", "\u000E", "\u001F" })
                {
                    var texto = new string('é', posicion) + casi + new string('x', largo - posicion - 1);
                    Poa.Domain.Internal.Texto.NormalizarEspacios(texto).Should().BeSameAs(texto, $"largo {largo}, posición {posicion}, U+{(int)casi[0]:X4}");
                }
            }
        }
    }

    [Theory]
    [InlineData("Dirección  de Alumbrado", "Dirección de Alumbrado")]
    [InlineData(" Dirección", "Dirección")]
    [InlineData("Dirección ", "Dirección")]
    [InlineData("Dirección de Alumbrado", "Dirección de Alumbrado")]
    [InlineData("", "")]
    public void NormalizarEspacios_EspaciosRepetidosOEnLosExtremos(string texto, string esperado)
        => Poa.Domain.Internal.Texto.NormalizarEspacios(texto).Should().Be(esperado);

}
