using NodaTime;
using Poa.Domain.EntityFrameworkCore.Internos;

namespace Poa.Domain.EntityFrameworkCore.Tests;

/// <summary>The value converters of the single-column values: what they write, that they read it back, and their errors.</summary>
public sealed class ConvertidoresTests
{
    [Fact]
    public void UnMes_SeEscribeAaaaMM_YSeLeeIgual()
    {
        var convertidor = Convertidores.Mes("poa_avances.mes");

        convertidor.ConvertToProvider(new YearMonth(2023, 6)).Should().Be("2023-06");
        convertidor.ConvertFromProvider("2023-06").Should().Be(new YearMonth(2023, 6));
    }

    [Theory]
    [InlineData("2023-13")]
    [InlineData("2023-6")]
    [InlineData("junio")]
    [InlineData("")]
    public void UnMesIlegible_DaUnRegistroInvalidoQueNombraLaColumna(string texto)
    {
        var leer = () => Convertidores.Mes("poa_avances.mes").ConvertFromProvider(texto);

        leer.Should().Throw<RegistroInvalidoException>().Which.Message.Should().Contain("poa_avances.mes").And.Contain($"«{texto}»").And.Contain("aaaa-MM");
    }

    [Fact]
    public void UnaFecha_SeEscribeComoDateOnly_YSeLeeIgual()
    {
        var convertidor = Convertidores.Fecha();

        convertidor.ConvertToProvider(new LocalDate(2023, 2, 28)).Should().Be(new DateOnly(2023, 2, 28));
        convertidor.ConvertFromProvider(new DateOnly(2023, 2, 28)).Should().Be(new LocalDate(2023, 2, 28));
    }

    [Theory]
    [InlineData(Sentido.Ascendente, "ascendente")]
    [InlineData(Sentido.Descendente, "descendente")]
    [InlineData(Sentido.Regular, "regular")]
    public void UnSentido_SeEscribeComoEnJson_YSeLeeIgual(Sentido sentido, string texto)
    {
        var convertidor = Convertidores.Sentido("poa_actividades.sentido");

        convertidor.ConvertToProvider(sentido).Should().Be(texto);
        convertidor.ConvertFromProvider(texto).Should().Be(sentido);
    }

    [Fact]
    public void UnaBanda_SeEscribeEnSuTextoCanonico_YSeLeeIgual()
    {
        var convertidor = Convertidores.Banda("poa_actividades.banda_amarilla", Color.Amarillo);
        var banda = Banda.Parse(Color.Amarillo, "< 80% & > 50%");

        convertidor.ConvertToProvider(banda).Should().Be("> 50% y < 80%");
        convertidor.ConvertFromProvider("> 50% y < 80%").Should().Be(banda);
    }

    [Fact]
    public void UnNombreEnBlanco_DaUnRegistroInvalidoQueNombraLaColumna()
    {
        var leer = () => Convertidores.Dependencia("poa_planes.dependencia").ConvertFromProvider("  ");

        leer.Should().Throw<RegistroInvalidoException>().Which.Message.Should().Contain("poa_planes.dependencia");
    }

    [Fact]
    public void ElComparadorDeNombres_VeUnCambioDeMayusculasComoUnCambio()
    {
        var comparador = Convertidores.ComparadorDeTexto<UnidadResponsable>(u => u.Nombre);

        comparador.Equals(new UnidadResponsable("Dirección X"), new UnidadResponsable("DIRECCION X")).Should().BeFalse();
        comparador.Equals(new UnidadResponsable("Dirección X"), new UnidadResponsable("Dirección  X")).Should().BeTrue();
    }
}
