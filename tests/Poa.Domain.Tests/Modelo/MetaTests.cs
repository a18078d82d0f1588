using System.Globalization;
using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Modelo;

public class MetaTests
{
    [Theory]
    [InlineData("1500 Cuentas", 1500, "Cuentas", TipoDeMeta.Acumulable)]
    [InlineData("1 Reporte", 1, "Reporte", TipoDeMeta.Acumulable)]
    [InlineData("100% Porcentaje", 100, "Porcentaje", TipoDeMeta.Porcentaje)]
    [InlineData("100 % Porcentual", 100, "Porcentual", TipoDeMeta.Porcentaje)]
    [InlineData("100%", 100, "Porcentaje", TipoDeMeta.Porcentaje)]
    [InlineData("  4560   Asistencia ", 4560, "Asistencia", TipoDeMeta.Acumulable)]
    [InlineData("2.5 Informes", 2.5, "Informes", TipoDeMeta.Acumulable)]
    public void Parse_LasFormasDelSeed(string texto, decimal cantidad, string unidad, TipoDeMeta tipo)
    {
        var meta = Meta.Parse(texto);
        meta.Cantidad.Should().Be(cantidad);
        meta.Unidad.Nombre.Should().Be(unidad);
        meta.Tipo.Should().Be(tipo);
    }

    [Fact]
    public void Parse_DeDosCeldas_ComoLaTabla()
    {
        Meta.Parse("1500", "Cuentas").Should().Be(Meta.Create(1500, "Cuentas"));
        Meta.Parse("100%", "Porcentaje").Should().Be(Meta.Porcentaje(100));
        Meta.Parse("100%", "Porcentual").Should().Be(Meta.Porcentaje(100), "Porcentual y Porcentaje son la misma unidad");
    }

    [Theory]
    [InlineData("", "vacía")]
    [InlineData("Cuentas", "no es una cantidad válida")]
    [InlineData("-3 Reuniones", "no puede ser negativa")]
    [InlineData("12", "no tiene unidad")]
    [InlineData("100% Cuentas", "no es de porcentaje")]
    public void Parse_Invalido_DiceQueFallo(string texto, string mensaje)
    {
        Meta.TryParse(texto, out _).Should().BeFalse();
        var act = () => Meta.Parse(texto);
        act.Should().Throw<FormatException>().WithMessage($"*{mensaje}*");
    }

    [Fact]
    public void ToString_EscribeComoElSeed()
    {
        Meta.Create(1500, "Cuentas").ToString().Should().Be("1500 Cuentas");
        Meta.Porcentaje(100).ToString().Should().Be("100% Porcentaje");
        Meta.Create(1500.00m, "Cuentas").ToString().Should().Be("1500 Cuentas", "los ceros de la escala no se muestran");
        Meta.Porcentaje(100).ToString("N", CultureInfo.InvariantCulture).Should().Be("100%");
        var act = () => Meta.Porcentaje(1).ToString("X", CultureInfo.InvariantCulture);
        act.Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData("es-MX", "2.5 Informes")]
    [InlineData("de-DE", "2,5 Informes")]
    [InlineData("en-US", "2.5 Informes")]
    public void IdaYVuelta_ConProveedorExplicito(string cultura, string esperado)
    {
        var provider = CultureInfo.GetCultureInfo(cultura);
        var meta = Meta.Create(2.5m, "Informes");
        var texto = meta.ToString(null, provider);
        texto.Should().Be(esperado);
        Meta.Parse(texto, provider).Should().Be(meta);
    }

    [Theory]
    [InlineData("es-MX")]
    [InlineData("de-DE")]
    public void SinProveedor_NoDependeDeLaCulturaActual(string cultura)
    {
        using var _ = new CulturaActual(cultura);
        var meta = Meta.Create(0.5m, "Reporte");
        meta.ToString().Should().Be("0.5 Reporte");
        Meta.Parse("0.5 Reporte").Should().Be(meta);
    }

    [Fact]
    public void Contrato_DeIgualdadYOrden()
    {
        Contratos.Igualdad(Meta.Create(1, "Reporte"), Meta.Create(1.0m, "REPORTE"), Meta.Create(2, "Reporte"), Meta.Create(1, "Cuentas"));
        Contratos.Orden(Meta.Create(1, "Reporte"), Meta.Create(4, "Reporte"), Meta.Create(1, "reporte"));
    }

    [Fact]
    public void CuandoLasUnidadesDifieren_EntoncesLasMetasNoSonComparables()
    {
        var act = () => Meta.Create(1, "Reporte").CompareTo(Meta.Create(1, "Cuentas"));
        act.Should().Throw<UnidadesIncompatiblesException>().WithMessage("*Reporte*Cuentas*");
        var op = () => Meta.Create(1, "Reporte") < Meta.Porcentaje(100);
        op.Should().Throw<UnidadesIncompatiblesException>();
    }

    [Fact]
    public void Create_Negativa_Lanza()
    {
        var act = () => Meta.Create(-1, "Reporte");
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("cantidad");
        var nula = () => Meta.Create(1, (UnidadDeMedida)null!);
        nula.Should().Throw<ArgumentNullException>().WithParameterName("unidad");
    }
}
