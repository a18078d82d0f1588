namespace Poa.Domain.Tests.Modelo;

using Poa.Domain.Tests.Infraestructura;

public class UnidadDeMedidaTests
{
    [Theory]
    [InlineData("Porcentaje")]
    [InlineData("Porcentual")]
    [InlineData("porcentual")]
    [InlineData("%")]
    [InlineData("Por ciento")]
    public void Sinonimos_DePorcentaje_SonLaMismaUnidad(string nombre)
    {
        var unidad = UnidadDeMedida.Create(nombre);
        unidad.Tipo.Should().Be(TipoDeMeta.Porcentaje);
        unidad.Should().Be(UnidadDeMedida.Porcentaje);
        unidad.GetHashCode().Should().Be(UnidadDeMedida.Porcentaje.GetHashCode());
        unidad.Nombre.Should().Be(nombre, "la unidad se muestra como la escribió el usuario");
    }

    [Fact]
    public void Comparacion_IgnoraMayusculasYAcentos_PeroElNombreSeConserva()
    {
        var unidad = UnidadDeMedida.Create("Evaluación");
        Contratos.Igualdad(unidad, UnidadDeMedida.Create("EVALUACION"), UnidadDeMedida.Create("Reporte"));
        Contratos.Orden(UnidadDeMedida.Create("Audiencias"), UnidadDeMedida.Create("Reporte"), UnidadDeMedida.Create("audiencias"));
        unidad.ToString().Should().Be("Evaluación");
        unidad.Tipo.Should().Be(TipoDeMeta.Acumulable);
    }

    [Fact]
    public void Create_Vacio_Lanza()
    {
        var act = () => UnidadDeMedida.Create("  ");
        act.Should().Throw<ArgumentException>().WithParameterName("nombre");
        var nulo = () => UnidadDeMedida.Create(null!);
        nulo.Should().Throw<ArgumentNullException>();
        UnidadDeMedida.TryParse("", out _).Should().BeFalse();
        var parse = () => UnidadDeMedida.Parse(" ");
        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void EspaciosRepetidos_SeNormalizan()
    {
        UnidadDeMedida.Create("  Listas   de  asistencia ").Nombre.Should().Be("Listas de asistencia");
    }
}
