using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Modelo;

/// <summary>Every text form round-trips the same way whatever the current culture is.</summary>
public class CulturasTests
{
    public static TheoryData<string> Culturas => new() { "es-MX", "de-DE", "en-US", "ar-SA" };

    [Theory]
    [MemberData(nameof(Culturas))]
    public void TextosCanonicos_IdaYVuelta_SinImportarLaCulturaActual(string cultura)
    {
        using var _ = new CulturaActual(cultura);

        var eje = EjeRector.Parse("IV. Ciudad Humana");
        EjeRector.Parse(eje.ToString()).Should().Be(eje);
        eje.ToString().Should().Be("IV. Ciudad Humana");

        var objetivo = ObjetivoEstrategico.Parse("4.11 Igualdad sustantiva y perspectiva de género para el desarrollo humano");
        ObjetivoEstrategico.Parse(objetivo.ToString()).Should().Be(objetivo);
        objetivo.Numero.Should().Be("4.11");

        var semaforizacion = Semaforizacion.Parse(">= 80.5%", "< 80.5% & > 50.25%", "<= 50.25%");
        semaforizacion.ToString().Should().Be("verde >= 80.5%; amarillo > 50.25% y < 80.5%; rojo <= 50.25%");
        Semaforizacion.Parse(semaforizacion.Verde.ToString(), semaforizacion.Amarillo.ToString(), semaforizacion.Rojo.ToString())
            .Should().Be(semaforizacion);
        semaforizacion.Clasificar(80.5m).Should().Be(Color.Verde);

        var meta = Meta.Parse("1500.5 Cuentas");
        meta.ToString().Should().Be("1500.5 Cuentas");
        Meta.Parse(meta.ToString()).Should().Be(meta);

        var calendario = Calendarizacion.Parse(";;0.5;;;;;;;;;27");
        calendario.ToString().Should().Be(";;0.5;;;;;;;;;27");

        EjercicioFiscal.Parse("2023").ToString().Should().Be("2023");
        UnidadDeMedida.Parse("Porcentual").Should().Be(UnidadDeMedida.Porcentaje);
    }

    [Theory]
    [MemberData(nameof(Culturas))]
    public void Diagnosticos_NoDependenDeLaCultura(string cultura)
    {
        using var _ = new CulturaActual(cultura);
        var actividad = new Actividad(1, "X", Alineacion.Parse("V. Ciudad abierta", "5.1 Obj"), new ProgramaPresupuestario("P"), Meta.Create(2.5m, "Informes"), Calendarizacion.De(enero: 1.25m));
        var plan = new Plan(new EjercicioFiscal(2023), new Dependencia("S"), new UnidadResponsable("D"), [actividad], [new Firmante(null, "A", "B")]);
        plan.Validar().Single().Mensaje.Should().Be("La meta anual es 2.5 Informes, pero la calendarización suma 1.25 (1.25): deben coincidir.");
    }
}
