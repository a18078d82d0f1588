using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Modelo;

public class AlineacionTests
{
    [Theory]
    [InlineData("V. Ciudad abierta", 5, "Ciudad abierta")]
    [InlineData("IV. Ciudad Humana", 4, "Ciudad Humana")]
    [InlineData("iv Ciudad Humana", 4, "Ciudad Humana")]
    [InlineData("XII.- Finanzas sanas", 12, "Finanzas sanas")]
    [InlineData("  V.   Ciudad   abierta ", 5, "Ciudad abierta")]
    public void EjeRector_Parse(string texto, int numero, string nombre)
    {
        var eje = EjeRector.Parse(texto);
        eje.Numero.Should().Be(numero);
        eje.Nombre.Should().Be(nombre);
        EjeRector.Parse(eje.ToString()).Should().Be(eje);
    }

    [Fact]
    public void EjeRector_ToString_Canonico()
    {
        EjeRector.Parse("iv Ciudad Humana").ToString().Should().Be("IV. Ciudad Humana");
        EjeRector.Create(5, "Ciudad abierta").NumeroRomano.Should().Be("V");
    }

    [Theory]
    [InlineData("Ciudad abierta")]
    [InlineData("IIII. Ciudad")]
    [InlineData("V.")]
    [InlineData("")]
    [InlineData("VX Ciudad")]
    [InlineData("5. Ciudad abierta")]
    [InlineData("Vida plena")]
    public void EjeRector_ParseInvalido(string texto)
    {
        EjeRector.TryParse(texto, out _).Should().BeFalse();
        var act = () => EjeRector.Parse(texto);
        act.Should().Throw<FormatException>().WithMessage("*eje rector*");
    }

    [Theory]
    [InlineData("Ciudad abierta", "se espera un número romano y un nombre")]
    [InlineData("V.", "falta el nombre")]
    public void EjeRector_ParseInvalido_ElMensajeDiceLoQueFalta(string texto, string mensaje)
    {
        var act = () => EjeRector.Parse(texto);
        act.Should().Throw<FormatException>().WithMessage($"*{mensaje}*");
    }

    [Fact]
    public void EjeRector_Contratos()
    {
        Contratos.Igualdad(EjeRector.Parse("V. Ciudad abierta"), EjeRector.Parse("V. CIUDAD ABIERTA"), EjeRector.Parse("IV. Ciudad abierta"), EjeRector.Parse("V. Ciudad cerrada"));
        Contratos.Orden(EjeRector.Parse("IV. Ciudad Humana"), EjeRector.Parse("V. Ciudad abierta"), EjeRector.Parse("IV. Ciudad humana"));
    }

    [Theory]
    [InlineData("5.1 Monterrey abierto e inteligente", "5.1", 5, "Monterrey abierto e inteligente")]
    [InlineData("4.11 Igualdad sustantiva y perspectiva de género para el desarrollo humano", "4.11", 4, "Igualdad sustantiva y perspectiva de género para el desarrollo humano")]
    [InlineData("5.3. Sistema integral de mejora regulatoria", "5.3", 5, "Sistema integral de mejora regulatoria")]
    [InlineData("2.1.4 Sub objetivo", "2.1.4", 2, "Sub objetivo")]
    public void ObjetivoEstrategico_Parse(string texto, string numero, int eje, string nombre)
    {
        var objetivo = ObjetivoEstrategico.Parse(texto);
        objetivo.Numero.Should().Be(numero);
        objetivo.NumeroDeEje.Should().Be(eje);
        objetivo.Nombre.Should().Be(nombre);
        ObjetivoEstrategico.Parse(objetivo.ToString()).Should().Be(objetivo);
    }

    [Theory]
    [InlineData("Monterrey abierto")]
    [InlineData("5.1")]
    [InlineData("5..1 Doble punto")]
    [InlineData("0.1 Cero")]
    [InlineData("")]
    public void ObjetivoEstrategico_ParseInvalido(string texto)
    {
        ObjetivoEstrategico.TryParse(texto, out _).Should().BeFalse();
        var act = () => ObjetivoEstrategico.Parse(texto);
        act.Should().Throw<FormatException>().WithMessage("*objetivo estratégico*");
    }

    [Fact]
    public void ObjetivoEstrategico_OrdenNumerico()
    {
        Contratos.Orden(ObjetivoEstrategico.Parse("4.2 B"), ObjetivoEstrategico.Parse("4.11 A"), ObjetivoEstrategico.Parse("4.2 b"));
        Contratos.Igualdad(ObjetivoEstrategico.Parse("5.1 Monterrey"), ObjetivoEstrategico.Create("5.1", "MONTERREY"), ObjetivoEstrategico.Parse("5.2 Monterrey"), ObjetivoEstrategico.Parse("5.1.1 Monterrey"));
        var act = () => ObjetivoEstrategico.Create("5,1", "X");
        act.Should().Throw<ArgumentException>().WithParameterName("numero");
    }

    [Fact]
    public void Alineacion_Coherencia()
    {
        Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente").EsCoherente.Should().BeTrue();
        Alineacion.Parse("IV. Ciudad Humana", "4.11 Igualdad sustantiva").EsCoherente.Should().BeTrue();
        Alineacion.Parse("V. Ciudad abierta", "4.11 Igualdad sustantiva").EsCoherente.Should().BeFalse();
    }

    [Fact]
    public void Alineacion_Contrato()
    {
        var a = Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente");
        Contratos.Igualdad(a, Alineacion.Parse("V. Ciudad Abierta", "5.1 Monterrey Abierto e Inteligente"), Alineacion.Parse("V. Ciudad abierta", "5.3 Sistema"));
        a.ToString().Should().Be("V. Ciudad abierta / 5.1 Monterrey abierto e inteligente");
    }

    [Fact]
    public void Denominaciones_IgnoranAcentosYMayusculas_PeroNoSeMezclanLosTipos()
    {
        var programa = new ProgramaPresupuestario("Participación Ciudadana");
        Contratos.Igualdad(programa, new ProgramaPresupuestario("PARTICIPACION  CIUDADANA"), new ProgramaPresupuestario("Gobierno Digital"));
        Contratos.Orden(new Dependencia("Secretaría A"), new Dependencia("Secretaría B"), new Dependencia("secretaria a"));
        programa.Nombre.Should().Be("Participación Ciudadana");
        programa.Equals((object)new UnidadResponsable("Participación Ciudadana")).Should().BeFalse();
        var vacia = () => new UnidadResponsable(" ");
        vacia.Should().Throw<ArgumentException>().WithParameterName("nombre");
    }
}
