using Poa.Domain.Excel.Escritura;

namespace Poa.Domain.Excel.Tests;

/// <summary>The sheet names every written workbook uses (<see cref="EscritorDePlan.NombreDeHoja"/>).</summary>
public class EscritorDePlanTests
{
    [Theory]
    [InlineData("Alumbrado", "Alumbrado")]
    [InlineData("Obras: [Alumbrado]/Calles*?", "Obras   Alumbrado  Calles")]
    [InlineData("'Alumbrado'", "Alumbrado")]
    [InlineData("   ", "POA")]
    [InlineData("History", "History (2)")]
    [InlineData("Dirección de Planeación, Evaluación y Seguimiento", "Dirección de Planeación, Evalua")]
    [InlineData("Dirección de Planeación y Eval'uación", "Dirección de Planeación y Eval")]
    public void NombreDeHoja_Valido(string unidad, string esperado)
        => EscritorDePlan.NombreDeHoja(unidad, []).Should().Be(esperado);

    [Fact]
    public void NombreDeHoja_ParSustitutoEnElLimite_NoSeCorta()
    {
        var nombre = new string('a', 30) + "😀";

        var hoja = EscritorDePlan.NombreDeHoja(nombre, []);

        hoja.Should().Be(new string('a', 30));
    }

    [Fact]
    public void NombreDeHoja_Repetido_SeNumeraSinPasarDe31()
    {
        var usados = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var largo = new string('x', 40);

        var nombres = Enumerable.Range(0, 12).Select(_ => EscritorDePlan.NombreDeHoja(largo, usados)).ToList();

        nombres.Should().OnlyHaveUniqueItems().And.OnlyContain(n => n.Length <= 31);
        nombres[1].Should().Be(new string('x', 27) + " (2)");
        nombres[11].Should().Be(new string('x', 26) + " (12)");
    }
}
