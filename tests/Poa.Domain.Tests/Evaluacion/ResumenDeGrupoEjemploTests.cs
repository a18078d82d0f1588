using Poa.Domain.Testing;

namespace Poa.Domain.Tests.Evaluacion;

/// <summary>
/// The worked roll-up example of docs/semaforo.md ("Worked roll-up example"), computed by hand: the two plans of
/// <see cref="AvancesDeEjemplo"/> at June 2023, and the same with one over-compliant activity. Each row is one
/// group of the doc's tables; the numbers are the doc's, rounded to 4 decimals.
/// </summary>
public class ResumenDeGrupoEjemploTests
{
    public enum Escenario
    {
        /// <summary><see cref="AvancesDeEjemplo.EnlaceMunicipal"/> and <see cref="AvancesDeEjemplo.MejoraRegulatoria"/> as they are.</summary>
        Ejemplo,

        /// <summary>The same, but Mejora Regulatoria's activity 1 reports 3 reuniones in April (R 4 of P 2 = 200%).</summary>
        ConSobrecumplimiento,
    }

    private const string Enlace = "Dirección de Enlace Municipal";
    private const string Mejora = "Dirección de Mejora Regulatoria";
    private const string Secretaria = "Secretaría de Innovación y Gobierno Abierto";
    private const string EjeV = "V. Ciudad abierta";
    private const string EjeIV = "IV. Ciudad Humana";
    private const string Objetivo51 = "5.1 Monterrey abierto e inteligente";
    private const string Objetivo411 = "4.11 Igualdad sustantiva y perspectiva de género para el desarrollo humano";
    private const string Objetivo53 = "5.3 Sistema integral de mejora regulatoria";

    private static readonly EvaluadorDeSemaforo SinTope = new(new OpcionesDeEvaluacion { PromedioDeGrupo = PromedioDeGrupo.SinTope });

    private static IReadOnlyList<ResultadoDePlan> Resultados(Escenario escenario)
    {
        var mejora = escenario == Escenario.Ejemplo
            ? AvancesDeEjemplo.MejoraRegulatoria
            : AvancesDelPlan.Create(PlanesDeEjemplo.MejoraRegulatoria, [
                Avance.Create(1, new NodaTime.YearMonth(2023, 1), 1),
                Avance.Create(1, new NodaTime.YearMonth(2023, 4), 3),
                Avance.Create(3, new NodaTime.YearMonth(2023, 1), 0),
                Avance.Create(4, new NodaTime.YearMonth(2023, 3), 1),
            ]);
        return EvaluadorDeSemaforo.Predeterminado.Evaluar([AvancesDeEjemplo.EnlaceMunicipal, mejora], AvancesDeEjemplo.Corte);
    }

    /// <summary>One row of the doc's tables: the group and what was computed by hand for it.</summary>
    public sealed record Fila(
        Escenario Escenario, Agrupacion Agrupacion, string Clave, int Actividades, int Verdes, int Amarillos, int Rojos, int SinColor,
        decimal PorcentajeVerde, decimal PromedioTopado, decimal PromedioSinTope, Color ColorTopado, Color ColorSinTope);

    public static TheoryData<Fila> Grupos => new()
    {
        new Fila(Escenario.Ejemplo, Agrupacion.UnidadResponsable, Enlace, 6, 3, 2, 1, 0, 50m, 73.0685m, 73.0685m, Color.Amarillo, Color.Amarillo),
        new Fila(Escenario.Ejemplo, Agrupacion.UnidadResponsable, Mejora, 4, 1, 0, 2, 1, 33.3333m, 50m, 50m, Color.Rojo, Color.Rojo),
        new Fila(Escenario.Ejemplo, Agrupacion.Dependencia, Secretaria, 10, 4, 2, 3, 1, 44.4444m, 65.3790m, 65.3790m, Color.Amarillo, Color.Amarillo),
        new Fila(Escenario.Ejemplo, Agrupacion.ProgramaPresupuestario, "Gobierno Digital", 6, 3, 2, 1, 0, 50m, 73.0685m, 73.0685m, Color.Amarillo, Color.Amarillo),
        new Fila(Escenario.Ejemplo, Agrupacion.ProgramaPresupuestario, "Mejora Regulatoria", 4, 1, 0, 2, 1, 33.3333m, 50m, 50m, Color.Rojo, Color.Rojo),
        new Fila(Escenario.Ejemplo, Agrupacion.EjeRector, EjeV, 9, 3, 2, 3, 1, 37.5m, 61.0514m, 61.0514m, Color.Amarillo, Color.Amarillo),
        new Fila(Escenario.Ejemplo, Agrupacion.EjeRector, EjeIV, 1, 1, 0, 0, 0, 100m, 100m, 100m, Color.Verde, Color.Verde),
        new Fila(Escenario.Ejemplo, Agrupacion.ObjetivoEstrategico, Objetivo51, 5, 2, 2, 1, 0, 40m, 67.6822m, 67.6822m, Color.Amarillo, Color.Amarillo),
        new Fila(Escenario.Ejemplo, Agrupacion.ObjetivoEstrategico, Objetivo411, 1, 1, 0, 0, 0, 100m, 100m, 100m, Color.Verde, Color.Verde),
        new Fila(Escenario.Ejemplo, Agrupacion.ObjetivoEstrategico, Objetivo53, 4, 1, 0, 2, 1, 33.3333m, 50m, 50m, Color.Rojo, Color.Rojo),

        new Fila(Escenario.ConSobrecumplimiento, Agrupacion.UnidadResponsable, Enlace, 6, 3, 2, 1, 0, 50m, 73.0685m, 73.0685m, Color.Amarillo, Color.Amarillo),
        new Fila(Escenario.ConSobrecumplimiento, Agrupacion.UnidadResponsable, Mejora, 4, 1, 0, 2, 1, 33.3333m, 50m, 83.3333m, Color.Rojo, Color.Verde),
        new Fila(Escenario.ConSobrecumplimiento, Agrupacion.Dependencia, Secretaria, 10, 4, 2, 3, 1, 44.4444m, 65.3790m, 76.4901m, Color.Amarillo, Color.Amarillo),
        new Fila(Escenario.ConSobrecumplimiento, Agrupacion.ProgramaPresupuestario, "Mejora Regulatoria", 4, 1, 0, 2, 1, 33.3333m, 50m, 83.3333m, Color.Rojo, Color.Verde),
        new Fila(Escenario.ConSobrecumplimiento, Agrupacion.EjeRector, EjeV, 9, 3, 2, 3, 1, 37.5m, 61.0514m, 73.5514m, Color.Amarillo, Color.Amarillo),
        new Fila(Escenario.ConSobrecumplimiento, Agrupacion.ObjetivoEstrategico, Objetivo53, 4, 1, 0, 2, 1, 33.3333m, 50m, 83.3333m, Color.Rojo, Color.Verde),
    };

    [Theory]
    [MemberData(nameof(Grupos))]
    public void EjemploDelDocumento_GrupoCalculadoAMano_Coincide(Fila fila)
    {
        var (escenario, agrupacion, clave, actividades, verdes, amarillos, rojos, sinColor, porcentajeVerde, promedioTopado, promedioSinTope, colorTopado, colorSinTope) = fila;
        var resultados = Resultados(escenario);
        var topado = EvaluadorDeSemaforo.Predeterminado.Resumir(resultados, agrupacion).Single(g => g.Nombre == clave);
        var sinTope = SinTope.Resumir(resultados, agrupacion).Single(g => g.Nombre == clave);

        foreach (var grupo in new[] { topado, sinTope })
        {
            grupo.Agrupacion.Should().Be(agrupacion);
            grupo.Clave.Should().BeOfType(TipoDeClave(agrupacion));
            grupo.Clave.ToString().Should().Be(clave);
            grupo.Actividades.Should().Be(actividades);
            grupo.Verdes.Should().Be(verdes);
            grupo.Amarillos.Should().Be(amarillos);
            grupo.Rojos.Should().Be(rojos);
            grupo.SinColor.Should().Be(sinColor);
            grupo.ConCumplimiento.Should().Be(actividades - sinColor);
            Redondear(grupo.PorcentajeVerde).Should().Be(porcentajeVerde);
        }

        topado.Promedio.Should().Be(PromedioDeGrupo.TopadoEn100);
        Redondear(topado.CumplimientoPromedio).Should().Be(promedioTopado);
        topado.Color.Should().Be(colorTopado);
        sinTope.Promedio.Should().Be(PromedioDeGrupo.SinTope);
        Redondear(sinTope.CumplimientoPromedio).Should().Be(promedioSinTope);
        sinTope.Color.Should().Be(colorSinTope);
    }

    [Theory]
    [InlineData(Agrupacion.UnidadResponsable, new[] { Enlace, Mejora })]
    [InlineData(Agrupacion.Dependencia, new[] { Secretaria })]
    [InlineData(Agrupacion.ProgramaPresupuestario, new[] { "Gobierno Digital", "Mejora Regulatoria" })]
    [InlineData(Agrupacion.EjeRector, new[] { EjeV, EjeIV })]
    [InlineData(Agrupacion.ObjetivoEstrategico, new[] { Objetivo51, Objetivo411, Objetivo53 })]
    public void EjemploDelDocumento_Grupos_EnOrdenDeAparicion(Agrupacion agrupacion, string[] claves)
    {
        foreach (var escenario in new[] { Escenario.Ejemplo, Escenario.ConSobrecumplimiento })
        {
            var grupos = EvaluadorDeSemaforo.Predeterminado.Resumir(Resultados(escenario), agrupacion);
            grupos.Select(g => g.Nombre).Should().Equal(claves);
            grupos.Sum(g => g.Actividades).Should().Be(10);
        }
    }

    [Fact]
    public void EjemploDelDocumento_ActividadesDeEnlace_CumplimientosDeLaTabla()
    {
        var enlace = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.EnlaceMunicipal, AvancesDeEjemplo.Corte).Resultados;
        enlace.Select(r => Redondear(r.Cumplimiento)).Should().Equal(98.4112m, 66.6667m, 80m, 33.3333m, 60m, 100m);
        enlace.Select(r => r.Color).Should().Equal(Color.Verde, Color.Amarillo, Color.Verde, Color.Rojo, Color.Amarillo, Color.Verde);

        var mejora = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.MejoraRegulatoria, AvancesDeEjemplo.Corte).Resultados;
        mejora.Select(r => Redondear(r.Cumplimiento)).Should().Equal(100m, null, 0m, 50m);
        mejora.Select(r => r.Color).Should().Equal(Color.Verde, null, Color.Rojo, Color.Rojo);
    }

    [Fact]
    public void ClaveComo_ElTipoDeLaAgrupacion_DaLaClaveTipada()
    {
        var resultados = Resultados(Escenario.Ejemplo);
        var porEje = EvaluadorDeSemaforo.Predeterminado.Resumir(resultados, Agrupacion.EjeRector);
        porEje.OrderBy(g => g.ClaveComo<EjeRector>()).Select(g => g.Nombre).Should().Equal(EjeIV, EjeV);

        var unidad = EvaluadorDeSemaforo.Predeterminado.Resumir(resultados, Agrupacion.UnidadResponsable)[1];
        unidad.ClaveComo<UnidadResponsable>().Should().Be(PlanesDeEjemplo.MejoraRegulatoria.UnidadResponsable);
        EvaluadorDeSemaforo.Predeterminado.Resumir(resultados, Agrupacion.Dependencia)[0].ClaveComo<Dependencia>()
            .Should().Be(PlanesDeEjemplo.MejoraRegulatoria.Dependencia);
        EvaluadorDeSemaforo.Predeterminado.Resumir(resultados, Agrupacion.ProgramaPresupuestario)[0].ClaveComo<ProgramaPresupuestario>()
            .Should().Be(new ProgramaPresupuestario("Gobierno Digital"));
        EvaluadorDeSemaforo.Predeterminado.Resumir(resultados, Agrupacion.ObjetivoEstrategico)[2].ClaveComo<ObjetivoEstrategico>().ToString()
            .Should().Be(Objetivo53);
    }

    [Fact]
    public void ClaveComo_OtroTipo_ErrorQueNombraLaAgrupacion()
    {
        var grupo = EvaluadorDeSemaforo.Predeterminado.Resumir(Resultados(Escenario.Ejemplo), Agrupacion.ObjetivoEstrategico)[0];
        grupo.Invoking(g => g.ClaveComo<EjeRector>()).Should().Throw<InvalidOperationException>()
            .WithMessage("El grupo «5.1 Monterrey abierto e inteligente» es por objetivo estratégico: su clave es ObjetivoEstrategico, no EjeRector.");
    }

    private static decimal? Redondear(decimal? valor) => valor is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;

    private static Type TipoDeClave(Agrupacion agrupacion) => agrupacion switch
    {
        Agrupacion.UnidadResponsable => typeof(UnidadResponsable),
        Agrupacion.Dependencia => typeof(Dependencia),
        Agrupacion.ProgramaPresupuestario => typeof(ProgramaPresupuestario),
        Agrupacion.EjeRector => typeof(EjeRector),
        _ => typeof(ObjetivoEstrategico),
    };
}
