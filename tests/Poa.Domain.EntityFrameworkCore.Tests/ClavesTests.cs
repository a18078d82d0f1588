using System.Reflection;
using CsCheck;
using Poa.Domain.EntityFrameworkCore.Internos;

namespace Poa.Domain.EntityFrameworkCore.Tests;

/// <summary>
/// The stored comparison keys must be the domain's own (Poa.Domain's internal <c>Texto.Clave</c>, reached by reflection
/// here so that a change of the domain's table fails this test instead of silently splitting the identity of plans).
/// </summary>
public sealed class ClavesTests
{
    private static readonly Func<string, string> ClaveDelDominio = (Func<string, string>)typeof(Plan).Assembly
        .GetType("Poa.Domain.Internal.Texto", throwOnError: true)!
        .GetMethod("Clave", BindingFlags.Static | BindingFlags.NonPublic)!
        .CreateDelegate(typeof(Func<string, string>));

    [Fact]
    public void CadaCaracter_TieneLaMismaClaveQueEnElDominio()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var texto = "a" + (char)c + "b";
            Claves.De(texto).Should().Be(ClaveDelDominio(texto), $"el carácter U+{c:X4}");
        }
    }

    [Fact]
    public void TextosAlAzar_ConAcentosYEspacios_TienenLaMismaClaveQueEnElDominio()
    {
        Gen.String[Gen.Char["aeiouAEIOUáéíóúÁÉÍÓÚüÜñÑçÇ \t\u00A0\n.-"], 0, 30]
            .Sample(texto => Claves.De(texto) == ClaveDelDominio(texto));
    }

    [Fact]
    public void NombresQueElDominioConsideraIguales_TienenLaMismaClave()
    {
        Claves.De("  Dirección  de Participación\tCiudadana ").Should().Be(Claves.De("DIRECCION DE PARTICIPACION CIUDADANA"));
        new UnidadResponsable("  Dirección  de Participación\tCiudadana ").Should().Be(new UnidadResponsable("DIRECCION DE PARTICIPACION CIUDADANA"));
    }
}
