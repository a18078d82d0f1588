using CsCheck;
using static Poa.Domain.Tests.Evaluacion.Escenarios;

namespace Poa.Domain.Tests.Evaluacion;

/// <summary>The colour is decided on the exact value, and a missing report never improves a score (docs/semaforo.md).</summary>
public class BordesExactosTests
{
    private static readonly EvaluadorDeSemaforo Evaluador = EvaluadorDeSemaforo.Predeterminado;

    private static readonly Calendarizacion CienPorCientoCadaMes = Calendarizacion.De(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100);

    [Fact]
    public void PromedioDeMeses_ExactamenteCincuenta_EsRojoYSeMuestraCincuenta()
    {
        // 25%, 1/6, 3/3, 5/9, 9/12, 0/11, 7/9: the exact mean is 350 / 7 = 50.
        var plan = PlanDeUna("100% Porcentaje", CienPorCientoCadaMes);
        var avances = AvancesDelPlan.Create(plan,
        [
            Avance.Create(1, Mes(1), 25),
            Avance.ConVariables(1, Mes(2), 1, 6),
            Avance.ConVariables(1, Mes(3), 3, 3),
            Avance.ConVariables(1, Mes(4), 5, 9),
            Avance.ConVariables(1, Mes(5), 9, 12),
            Avance.ConVariables(1, Mes(6), 0, 11),
            Avance.ConVariables(1, Mes(7), 7, 9),
        ]);

        var r = Evaluador.Evaluar(avances, 1, Corte(7));

        r.Agregacion.Should().Be(AgregacionDeMeses.PromedioDeMeses);
        r.Cumplimiento.Should().Be(50m);
        r.Color.Should().Be(Color.Rojo);
        r.CumplimientoRedondeado.Should().Be(50m);
    }

    [Fact]
    public void Resumen_ExactamenteCincuenta_EsRojo()
    {
        // 25/100, 2/3, 6/12, 0/3, 11/12, 4/6: the exact mean of the cumplimientos is 300 / 6 = 50.
        var (resultados, _) = PlanesDeUnaActividad((100, 25), (3, 2), (12, 6), (3, 0), (12, 11), (6, 4));

        var grupo = Evaluador.Resumir(resultados, Agrupacion.Dependencia).Single();

        grupo.CumplimientoPromedio.Should().Be(50m);
        grupo.Color.Should().Be(Color.Rojo);
    }

    [Fact]
    public void Resumen_NoDependeDelOrden()
    {
        var (resultados, _) = PlanesDeUnaActividad((3, 2), (3, 2), (3, 1));

        var enOrden = Evaluador.Resumir(resultados, Agrupacion.Dependencia).Single();
        var alReves = Evaluador.Resumir(resultados.AsEnumerable().Reverse(), Agrupacion.Dependencia).Single();

        enOrden.CumplimientoPromedio.Should().Be(alReves.CumplimientoPromedio);
        enOrden.CumplimientoPromedio.Should().Be(55.555555555555555555555555556m);
        enOrden.Color.Should().Be(alReves.Color);
    }

    [Fact]
    public void Resumen_CadaActividadCuentaEntreCeroYCien()
    {
        // Symmetric descendente: 4 incidents against a target of 1 is (2 − 4) × 100 = −200; the other activity is 100.
        var plan = new Plan.Builder(2023, "Secretaría de Prueba", "Dirección de Prueba")
            .Agregar(Actividad(1, "1 Incidentes", Calendarizacion.De(enero: 1), Sentido.Descendente))
            .Agregar(Actividad(2, "1 Reportes", Calendarizacion.De(enero: 1)))
            .Build();
        var evaluador = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { ConvencionDescendente = ConvencionDescendente.Simetrica });
        var resultado = evaluador.Evaluar(AvancesDelPlan.Create(plan, [Avance.Create(1, Mes(1), 3), Avance.Create(2, Mes(1), 1)]), Corte(1));
        resultado.Resultados[0].Cumplimiento.Should().Be(-100m);

        evaluador.Resumir([resultado], Agrupacion.UnidadResponsable).Single().CumplimientoPromedio.Should().Be(50m);
        new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { ConvencionDescendente = ConvencionDescendente.Simetrica, PromedioDeGrupo = PromedioDeGrupo.SinTope })
            .Resumir([resultado], Agrupacion.UnidadResponsable).Single().CumplimientoPromedio.Should().Be(0m);
    }

    [Theory]
    [InlineData(Sentido.Descendente)]
    [InlineData(Sentido.Regular)]
    public void DescendenteORegular_NuncaReportado_SinDatos(Sentido sentido)
    {
        var plan = PlanDeUna("10 Incidentes", Calendarizacion.De(enero: 5, febrero: 5), sentido);

        var r = Evaluador.Evaluar(AvancesDelPlan.SinAvances(plan), 1, Corte(6));

        r.Estado.Should().Be(EstadoDeEvaluacion.SinDatos);
        r.Color.Should().BeNull();
        r.Cumplimiento.Should().BeNull();
        r.MesesSinReporte.Should().Equal(1, 2);
        r.PoliticaDeMesesSinReporte.Should().Be(PoliticaDeMesesSinReporte.Excluir);
    }

    [Fact]
    public void Descendente_UnMesSinReporte_SeExcluyeYSeLista()
    {
        // January reported 5 of 5 (100); February missing: excluded, never a perfect 0.
        var plan = PlanDeUna("10 Incidentes", Calendarizacion.De(enero: 5, febrero: 5), Sentido.Descendente);

        var r = Evaluador.Evaluar(Avances(plan, 5), 1, Corte(2));

        r.Programado.Should().Be(5m);
        r.Realizado.Should().Be(5m);
        r.Cumplimiento.Should().Be(100m);
        r.MesesSinReporte.Should().Equal(2);
        r.MesesConsiderados.Should().Equal(1);
    }

    [Fact]
    public void UnPlanConSentidosMezclados_CadaActividadConSuPolitica()
    {
        var plan = new Plan.Builder(2023, "Secretaría de Prueba", "Dirección de Prueba")
            .Agregar(Actividad(1, "10 Reportes", Calendarizacion.De(enero: 5, febrero: 5)))
            .Agregar(Actividad(2, "10 Incidentes", Calendarizacion.De(enero: 5, febrero: 5), Sentido.Descendente))
            .Build();
        var avances = AvancesDelPlan.Create(plan, [Avance.Create(1, Mes(1), 5), Avance.Create(2, Mes(1), 5)]);

        var resultado = Evaluador.Evaluar(avances, Corte(2));

        resultado.Resultados[0].Cumplimiento.Should().Be(50m);
        resultado.Resultados[0].PoliticaDeMesesSinReporte.Should().Be(PoliticaDeMesesSinReporte.ContarComoCero);
        resultado.Resultados[1].Cumplimiento.Should().Be(100m);
        resultado.Resultados[1].PoliticaDeMesesSinReporte.Should().Be(PoliticaDeMesesSinReporte.Excluir);
        Evaluador.Resumir([resultado], Agrupacion.UnidadResponsable).Single().CumplimientoPromedio.Should().Be(75m);
    }

    [Theory]
    [InlineData(Sentido.Descendente, "0", 100.0, Color.Verde)]
    [InlineData(Sentido.Descendente, "2", 0.0, Color.Rojo)]
    [InlineData(Sentido.Regular, "0", 100.0, Color.Verde)]
    [InlineData(Sentido.Regular, "1", 0.0, Color.Rojo)]
    public void MetaDeCero_DeUnConteo_EsUnaMetaReal(Sentido sentido, string realizado, double cumplimiento, Color color)
    {
        var plan = PlanDeUna("0 Quejas", Calendarizacion.De(enero: 0), sentido);

        var r = Evaluador.Evaluar(Avances(plan, decimal.Parse(realizado, System.Globalization.CultureInfo.InvariantCulture)), 1, Corte(1));

        r.Estado.Should().Be(EstadoDeEvaluacion.Evaluada);
        r.Cumplimiento.Should().Be((decimal)cumplimiento);
        r.Color.Should().Be(color);
    }

    [Theory]
    [InlineData(Sentido.Descendente, "0", 100.0, Color.Verde)]
    [InlineData(Sentido.Descendente, "5", 0.0, Color.Rojo)]
    [InlineData(Sentido.Regular, "0", 100.0, Color.Verde)]
    public void MetaDeCeroPorCiento_DescendenteORegular_EsUnaMetaReal(Sentido sentido, string realizado, double cumplimiento, Color color)
    {
        var plan = PlanDeUna("0% Porcentaje", Calendarizacion.De(enero: 0, febrero: 0), sentido);

        var r = Evaluador.Evaluar(Avances(plan, decimal.Parse(realizado, System.Globalization.CultureInfo.InvariantCulture), 0), 1, Corte(2));

        r.Estado.Should().Be(EstadoDeEvaluacion.Evaluada);
        r.MesesProgramados.Should().Equal(1, 2);
        r.Cumplimiento.Should().Be(((decimal)cumplimiento + 100m) / 2m);
        r.Color.Should().Be(cumplimiento == 100.0 ? Color.Verde : Color.Rojo);
        _ = color;
    }

    [Fact]
    public void MesExcluidoPorFaltaDeReporte_NuncaHaceVerAdelantada()
    {
        // January programs 1 (not reported, excluded), March programs 0 and reports 1: late, not ahead.
        var plan = PlanDeUna("1 Reportes", Calendarizacion.De(enero: 1, marzo: 0));
        var evaluador = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { MesesSinReporte = PoliticaDeMesesSinReporte.Excluir });

        var r = evaluador.Evaluar(Avances(plan, null, null, 1), 1, Corte(3));

        r.Estado.Should().Be(EstadoDeEvaluacion.SinDatos);
        r.Color.Should().BeNull();
        r.MesesSinReporte.Should().Equal(1);
    }

    [Fact]
    public void TasaReportadaEnUnMesProgramadoEnCeroPorCiento_SeSenala()
    {
        var plan = PlanDeUna("100% Porcentaje", Calendarizacion.De(enero: 100, febrero: 0));

        var r = Evaluador.Evaluar(Avances(plan, 100, 90), 1, Corte(2));

        r.Senales.Should().HaveFlag(SenalesDeEvaluacion.ReporteSinProgramacion);
        r.Cumplimiento.Should().Be(100m);
    }

    [Fact]
    public void LimiteDeSobrecumplimiento_SeDecideExacto()
    {
        // 4/3 of the target is 133.33…; exactly 130 is not above a limit of 130.
        var plan = PlanDeUna("10 Reportes", Calendarizacion.De(enero: 10));
        var evaluador = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { LimiteDeSobrecumplimiento = 130m });

        evaluador.Evaluar(Avances(plan, 13), 1, Corte(1)).Senales.Should().NotHaveFlag(SenalesDeEvaluacion.Sobrecumplimiento);
        evaluador.Evaluar(Avances(plan, 13.000001m), 1, Corte(1)).Senales.Should().HaveFlag(SenalesDeEvaluacion.Sobrecumplimiento);
    }

    [Theory]
    [InlineData(50, Color.Rojo)]
    [InlineData(80, Color.Verde)]
    public void Propiedad_PromedioDeMesesExactamenteEnUnUmbral_TieneElColorDelUmbral(int umbral, Color color)
    {
        // Pairs of monthly rates a/d and (2u − a/d) around the threshold u, plus one month at u: the exact mean is u.
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 20].Select(d => d * 5).Array[3], Gen.Int[0, 1000].Array[3])
            .Sample((pares, denominadores, semillas) =>
            {
                var avances = new List<Avance> { Avance.Create(1, Mes(1), umbral) };
                for (var k = 0; k < pares; k++)
                {
                    var d = denominadores[k];
                    var maximo = 2 * umbral * d / 100;
                    var a = semillas[k] % (maximo + 1);
                    avances.Add(Avance.ConVariables(1, Mes(2 + (2 * k)), a, d));
                    avances.Add(Avance.ConVariables(1, Mes(3 + (2 * k)), maximo - a, d));
                }

                var plan = PlanDeUna("100% Porcentaje", CienPorCientoCadaMes);
                var r = Evaluador.Evaluar(AvancesDelPlan.Create(plan, avances), 1, Corte(1 + (2 * pares)));

                r.Cumplimiento.Should().Be(umbral);
                r.Color.Should().Be(color);
            });
    }

    [Theory]
    [InlineData(50, Color.Rojo)]
    [InlineData(80, Color.Verde)]
    public void Propiedad_ResumenExactamenteEnUnUmbral_TieneElColorDelUmbral(int umbral, Color color)
    {
        // Pairs of activities a/d and (2u − a/d) around u: the exact mean is u, whatever their order.
        Gen.Select(Gen.Int[1, 4], Gen.Int[1, 12].Array[4], Gen.Int[0, 1000].Array[4], Gen.Int[0, 1000])
            .Sample((pares, denominadores, semillas, semillaDeOrden) =>
            {
                var casos = new List<(decimal Programado, decimal Realizado)>();
                for (var k = 0; k < pares; k++)
                {
                    // Realizado over programado d × 100: cumplimientos a / d and (2u − a / d) in percent.
                    // Both within 0..100, so that the roll-up's clamping leaves them as they are.
                    var d = denominadores[k] * 5;
                    var maximo = 2 * umbral * d / 100;
                    var menor = Math.Max(0, 2 * umbral - 100) * d / 100;
                    var a = menor + (semillas[k] % (maximo - (2 * menor) + 1));
                    casos.Add((d, a));
                    casos.Add((d, maximo - a));
                }

                var (resultados, _) = PlanesDeUnaActividad([.. casos]);
                var barajados = resultados.OrderBy(_ => new Random(semillaDeOrden).Next()).ToList();

                var grupo = Evaluador.Resumir(barajados, Agrupacion.Dependencia).Single();
                grupo.CumplimientoPromedio.Should().Be(umbral);
                grupo.Color.Should().Be(color);
            });
    }

    [Fact]
    public void Propiedad_ElOrdenDeLosPlanesYDeLosAvancesNoCambiaNada()
    {
        Gen.Select(Gen.Int[1, 12].Array[2, 12], Gen.Int[0, 15].Array[2, 12], Gen.Int[0, 10000])
            .Sample((programados, realizados, semilla) =>
            {
                var n = Math.Min(programados.Length, realizados.Length);
                var casos = Enumerable.Range(0, n).Select(i => ((decimal)programados[i], (decimal)realizados[i])).ToArray();
                var (resultados, _) = PlanesDeUnaActividad(casos);
                var azar = new Random(semilla);
                var barajados = resultados.OrderBy(_ => azar.Next()).ToList();

                var a = Evaluador.Resumir(resultados, Agrupacion.Dependencia).Single();
                var b = Evaluador.Resumir(barajados, Agrupacion.Dependencia).Single();
                b.CumplimientoPromedio.Should().Be(a.CumplimientoPromedio);
                b.Color.Should().Be(a.Color);
                b.Verdes.Should().Be(a.Verdes);
                b.Amarillos.Should().Be(a.Amarillos);
                b.Rojos.Should().Be(a.Rojos);
            });

        Gen.Select(Gen.Int[0, 120].Nullable(0.3).Array[12], Gen.Int[0, 10000])
            .Sample((reportes, semilla) =>
            {
                var plan = PlanDeUna("100% Porcentaje", CienPorCientoCadaMes);
                var avances = reportes.Select((v, i) => (v, i)).Where(x => x.v is not null).Select(x => Avance.ConVariables(1, Mes(x.i + 1), x.v!.Value, 120)).ToList();
                var azar = new Random(semilla);
                var barajados = avances.OrderBy(_ => azar.Next()).ToList();

                Evaluador.Evaluar(AvancesDelPlan.Create(plan, barajados), 1, Corte(12))
                    .Should().Be(Evaluador.Evaluar(AvancesDelPlan.Create(plan, avances), 1, Corte(12)));
            });
    }

    private static Actividad Actividad(int numero, string meta, Calendarizacion calendarizacion, Sentido sentido = Sentido.Ascendente)
        => new(numero, "Actividad " + numero, Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente"),
            new ProgramaPresupuestario("Programa de Prueba"), Meta.Parse(meta), calendarizacion, null, null, sentido);

    /// <summary>One plan (of its own unidad) per case, each with one activity programmed in January and its January avance.</summary>
    private static (List<ResultadoDePlan> Resultados, List<Plan> Planes) PlanesDeUnaActividad(params (decimal Programado, decimal Realizado)[] casos)
    {
        var resultados = new List<ResultadoDePlan>();
        var planes = new List<Plan>();
        for (var i = 0; i < casos.Length; i++)
        {
            var (programado, realizado) = casos[i];
            var plan = new Plan.Builder(2023, "Secretaría de Prueba", "Dirección " + (i + 1))
                .Agregar(Actividad(1, programado.ToString(System.Globalization.CultureInfo.InvariantCulture) + " Reportes", Calendarizacion.De(enero: programado)))
                .Build();
            planes.Add(plan);
            resultados.Add(Evaluador.Evaluar(AvancesDelPlan.Create(plan, [Avance.Create(1, Mes(1), realizado)]), Corte(1)));
        }

        return (resultados, planes);
    }
}
