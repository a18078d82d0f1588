using System.Globalization;
using System.Text.Json;
using CsCheck;
using NodaTime;
using Poa.Domain.Importacion;
using Poa.Domain.Internal;
using Poa.Domain.Json;
using Poa.Domain.Tests.Importacion;

namespace Poa.Domain.Tests.Evaluacion;

/// <summary>
/// With bounded input (<see cref="Limites"/>) nothing downstream can overflow: values at the bounds go through validation,
/// evaluation, avance anual, explanations, roll-ups and the results JSON; and random values on either side of the bounds are
/// rejected at every point of entry with the documented exception or diagnostic, or flow through without any exception.
/// </summary>
public class EvaluacionEnLosLimitesTests
{
    private const decimal Maximo = 1_000_000_000_000m;
    private const decimal Minimo = 0.000001m;

    private static readonly Corte Diciembre = Corte.De(new YearMonth(2023, 12));

    private static readonly OpcionesDeEvaluacion[] TodasLasOpciones =
    [
        OpcionesDeEvaluacion.Predeterminadas,
        new() { MesesSinReporte = PoliticaDeMesesSinReporte.Excluir, ConvencionDescendente = ConvencionDescendente.Simetrica, PromedioDeGrupo = PromedioDeGrupo.SinTope },
        new() { LimiteDeSobrecumplimiento = 1_000_000m, PromedioDeGrupo = PromedioDeGrupo.SinTope },
    ];

    [Fact]
    public void DiezALa12EnCadaMes_DoceMeses_SinExcepcion()
    {
        var plan = Plan(Actividad(1, Meta.Create(Maximo, "Cuentas"), Calendarizacion.Mensual(Maximo)));
        var avances = AvancesDelPlan.Create(plan, Enumerable.Range(1, 12).Select(m => Avance.Create(1, Mes(m), Maximo)).ToArray());

        var r = EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, 1, Diciembre);

        r.Programado.Should().Be(12 * Maximo);
        r.Realizado.Should().Be(12 * Maximo);
        r.Cumplimiento.Should().Be(100m);
        r.AvanceAnual.Should().Be(1200m);
        plan.Validar().Single().Codigo.Should().Be("POA001", "la suma, 12×10^12, se compara sin desbordarse");
        RecorrerTodo(avances);
    }

    [Fact]
    public void RealizadoMaximoSobreProgramadoMinimo_CumplimientoDe10ALa20_SinExcepcion()
    {
        var plan = Plan(Actividad(1, Meta.Create(Minimo, "Cuentas"), Calendarizacion.Mensual(Minimo)));
        var avances = AvancesDelPlan.Create(plan, Enumerable.Range(1, 12).Select(m => Avance.Create(1, Mes(m), Maximo)).ToArray());

        var r = EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, 1, Diciembre);

        r.Cumplimiento.Should().Be(100_000_000_000_000_000_000m);
        r.AvanceAnual.Should().Be(1_200_000_000_000_000_000_000m);
        r.Color.Should().Be(Color.Verde);
        RecorrerTodo(avances);
    }

    [Theory]
    [InlineData(Sentido.Descendente)]
    [InlineData(Sentido.Regular)]
    public void DescendenteYRegular_ProgramadoMaximoRealizadoMinimo_SinExcepcion(Sentido sentido)
    {
        var plan = Plan(Actividad(1, Meta.Create(Maximo, "Incidentes"), Calendarizacion.Mensual(Maximo), sentido),
                        Actividad(2, Meta.Create(Minimo, "Incidentes"), Calendarizacion.Mensual(Minimo), sentido));
        var avances = AvancesDelPlan.Create(plan,
        [
            .. Enumerable.Range(1, 12).Select(m => Avance.Create(1, Mes(m), Minimo)),
            .. Enumerable.Range(1, 12).Select(m => Avance.Create(2, Mes(m), Maximo)),
        ]);

        foreach (var opciones in TodasLasOpciones)
        {
            var r = new EvaluadorDeSemaforo(opciones).Evaluar(avances, Diciembre);
            r.Resultados.Should().OnlyContain(x => x.Cumplimiento.HasValue);
        }

        RecorrerTodo(avances);
    }

    [Fact]
    public void Porcentaje_TasasMaximasSobreProgramadoMinimo_ConYSinVariables_SinExcepcion()
    {
        var plan = Plan(
            Actividad(1, Meta.Porcentaje(Minimo), Calendarizacion.Mensual(Minimo)),
            Actividad(2, Meta.Porcentaje(Minimo), Calendarizacion.Mensual(Minimo)));
        var avances = AvancesDelPlan.Create(plan,
        [
            // Activity 1 mixes months with variables and without: a mean of twelve monthly ratios of 10^20 each.
            .. Enumerable.Range(1, 12).Select(m => m % 2 == 0 ? Avance.ConVariables(1, Mes(m), 10_000_000_000m, 1m) : Avance.Create(1, Mes(m), Maximo)),

            // Activity 2 has variables every month: ΣN / ΣD.
            .. Enumerable.Range(1, 12).Select(m => Avance.ConVariables(2, Mes(m), Maximo, 100m)),
        ]);

        var r = EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, Diciembre).Resultados;

        r[0].Cumplimiento.Should().Be(100_000_000_000_000_000_000m);
        r[0].Agregacion.Should().Be(AgregacionDeMeses.PromedioDeMeses);
        r[1].Agregacion.Should().Be(AgregacionDeMeses.CocienteDeVariables);
        r[1].Realizado.Should().Be(Maximo);
        RecorrerTodo(avances);
    }

    [Fact]
    public void MuchasActividadesEnElLimite_ResumenSinTope_SinExcepcion()
    {
        var actividades = Enumerable.Range(1, 500).Select(n => Actividad(n, Meta.Create(Minimo, "Cuentas"), Calendarizacion.Mensual(Minimo))).ToArray();
        var plan = Plan(actividades);
        var avances = AvancesDelPlan.Create(plan, actividades.SelectMany(a => Enumerable.Range(1, 12).Select(m => Avance.Create(a.Numero, Mes(m), Maximo))).ToArray());

        var evaluador = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { PromedioDeGrupo = PromedioDeGrupo.SinTope });
        var resumen = evaluador.Resumir([evaluador.Evaluar(avances, Diciembre)], Agrupacion.UnidadResponsable).Single();

        resumen.CumplimientoPromedio.Should().Be(100_000_000_000_000_000_000m);
    }

    // ------------------------------------------------------------------ properties

    /// <summary>A value inside the bounds: 0 to 10^12 with 0 to 6 decimals, the extremes often.</summary>
    private static readonly Gen<decimal> GenDentro = Gen.Frequency(
        (1, Gen.Const(0m)),
        (1, Gen.Const(Minimo)),
        (1, Gen.Const(Maximo)),
        (6, Gen.Int[0, 6].SelectMany(escala => Gen.Long[0, 1_000_000_000_000L * (long)Math.Pow(10, escala)].Select(m => new decimal((int)(m & 0xFFFFFFFF), (int)(m >> 32), 0, false, (byte)escala)))));

    /// <summary>A non-negative value outside the bounds: above 10^12, or with 7 to 28 significant decimals.</summary>
    private static readonly Gen<decimal> GenFuera = Gen.OneOf(
        Gen.Decimal.Select(d => Math.Abs(d)).Where(d => d > Maximo),
        Gen.Long[1_000_000_000_001L, long.MaxValue].Select(l => (decimal)l),
        Gen.Int[7, 28].SelectMany(escala => Gen.Long[1, long.MaxValue].Where(m => m % 10 != 0).Select(m => new decimal((int)(m & 0xFFFFFFFF), (int)(m >> 32), 0, false, (byte)escala))));

    [Fact]
    public void FueraDeLosLimites_SeRechazaEnCadaEntrada_ConLaExcepcionODiagnosticoDocumentado()
    {
        var limpio = File.ReadAllText(ImportadorDePoaTests.Ruta("limpio.txt")).Split('\n');
        var fila = Array.FindIndex(limpio, l => l.StartsWith("6\t", StringComparison.Ordinal));

        GenFuera.Sample(valor =>
        {
            var texto = valor.ToString(CultureInfo.InvariantCulture);
            Limites.Motivo(valor, Maximo).Should().NotBeNull();

            ((Action)(() => Meta.Create(valor, "Cuentas"))).Should().ThrowExactly<ArgumentOutOfRangeException>();
            ((Action)(() => Calendarizacion.Mensual(valor))).Should().ThrowExactly<ArgumentOutOfRangeException>();
            ((Action)(() => Avance.Create(1, Mes(3), valor))).Should().ThrowExactly<ArgumentOutOfRangeException>();
            ((Action)(() => Avance.ConVariables(1, Mes(3), 1m, valor))).Should().ThrowExactly<ArgumentOutOfRangeException>();
            ((Action)(() => Banda.Desde(Color.Verde, valor))).Should().Throw<ArgumentException>();
            ((Action)(() => Meta.Parse(texto, "Cuentas"))).Should().ThrowExactly<FormatException>();
            ((Action)(() => Meta.Parse(texto + " Cuentas"))).Should().ThrowExactly<FormatException>();
            ((Action)(() => Calendarizacion.Parse(texto + ";;;;;;;;;;;"))).Should().ThrowExactly<FormatException>();
            Semaforizacion.TryParse(">= " + texto + "%", "< 80% & > 50%", "<= 50%", out _, out _).Should().BeFalse();

            var json = $$"""{"formato":"poa.avances","version":1,"ejercicio":2023,"avances":[{"actividad":1,"mes":"2023-03","realizado":{{texto}}}]}""";
            ((Action)(() => PoaJson.DeserializeAvances(json))).Should().ThrowExactly<JsonException>().Where(e => e.Path == "$.avances[0].realizado");

            var lineas = (string[])limpio.Clone();
            var celdas = lineas[fila].Split('\t');
            celdas[13] = texto;
            lineas[fila] = string.Join("\t", celdas);
            var d = ImportadorDePoa.Importar(string.Join("\n", lineas)).Diagnosticos.Should().ContainSingle().Which;
            d.Codigo.Should().Be("POA114");
            d.Ubicacion.Linea.Should().Be(fila + 1);
        }, iter: 200);
    }

    [Fact]
    public void DentroDeLosLimites_NadaLanzaEnNingunaParte()
    {
        var genMes = Gen.Frequency(
            (2, Gen.Const<(decimal? Realizado, decimal? N, decimal? D)>((null, null, null))),
            (3, GenDentro.Select(v => ((decimal?)v, (decimal?)null, (decimal?)null))),
            (2, Gen.Select(GenDentro, GenDentro.Where(d => d > 0m)).Select(t => ((decimal?)null, (decimal?)t.Item1, (decimal?)t.Item2))));
        var genActividad = Gen.Select(GenDentro, GenDentro.Nullable(0.3).Array[12], Gen.Bool, Gen.Int[0, 2], genMes.Array[12]);

        Gen.Select(genActividad.Array[1, 4], Gen.Int[1, 12]).Sample((actividades, corte) =>
        {
            var lista = new List<Actividad>();
            var avances = new List<Avance>();
            for (var i = 0; i < actividades.Length; i++)
            {
                var (meta, calendario, porcentaje, sentido, meses) = actividades[i];
                lista.Add(Actividad(i + 1, porcentaje ? Meta.Porcentaje(meta) : Meta.Create(meta, "Cuentas"), Calendarizacion.Create(calendario), (Sentido)sentido));
                for (var m = 0; m < 12; m++)
                {
                    var (realizado, n, d) = meses[m];
                    if (porcentaje && n is { } numerador && d is { } denominador
                        && numerador * 100m / denominador is 0m or (<= Maximo and >= Minimo))
                    {
                        avances.Add(Avance.ConVariables(i + 1, Mes(m + 1), numerador, denominador));
                    }
                    else if ((realizado ?? n) is { } valor)
                    {
                        avances.Add(Avance.Create(i + 1, Mes(m + 1), valor));
                    }
                }
            }

            var plan = Plan([.. lista]);
            plan.Validar();
            RecorrerTodo(AvancesDelPlan.Create(plan, avances), Corte.De(new YearMonth(2023, corte)));
        }, iter: 300);
    }

    /// <summary>
    /// Bounded variables can still make ΣN / ΣD as small as 10^-6 × 100 ÷ (12 × 10^12) ≈ 8×10^-18 % when a month reports numerador 0:
    /// the descendente formula programado ÷ realizado then exceeds <see cref="decimal"/>. No bound on single values can
    /// prevent it (it needs the ratio of two bounded values to a third); the evaluator holds such a value at its maximum (10^20 %), above every band limit.
    /// </summary>
    [Fact]
    public void SumaDeVariablesCasiCero_Descendente_SeSostieneEnElMaximo()
    {
        var plan = Plan(Actividad(1, Meta.Porcentaje(Maximo), Calendarizacion.De(enero: Maximo, febrero: Maximo), Sentido.Descendente));
        var avances = AvancesDelPlan.Create(plan, [Avance.ConVariables(1, Mes(1), Minimo, 100m), Avance.ConVariables(1, Mes(2), 0m, Maximo)]);

        var act = () => EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, Corte.De(Mes(2)));

        act.Should().NotThrow();
        var r = act().Resultados[0];
        r.Cumplimiento.Should().Be(100_000_000_000_000_000_000m);
        r.Color.Should().Be(Color.Verde);
    }

    /// <summary>Everything a user can do with an evaluated plan, under every option: none of it may throw.</summary>
    private static void RecorrerTodo(AvancesDelPlan avances, Corte? corte = null)
    {
        var c = corte ?? Diciembre;
        foreach (var opciones in TodasLasOpciones)
        {
            var evaluador = new EvaluadorDeSemaforo(opciones);
            var resultado = evaluador.Evaluar(avances, c);
            foreach (var r in resultado.Resultados)
            {
                _ = r.AvanceAnual;
                _ = r.CumplimientoRedondeado;
                r.Explicar().Should().NotBeEmpty();
                evaluador.Serie(avances, r.Actividad.Numero, c).Should().NotBeNull();
            }

            var resumenes = Enum.GetValues<Agrupacion>().SelectMany(a => evaluador.Resumir([resultado], a)).ToList();
            resumenes.ForEach(g => _ = g.PorcentajeVerde);
            var json = PoaJson.SerializeResultados(resultado, resumenes);
            PoaJson.DeserializeResultados(json).Should().Be(DocumentoDeResultados.Desde(resultado, resumenes));
        }
    }

    private static YearMonth Mes(int mes) => new(2023, mes);

    private static Actividad Actividad(int numero, Meta meta, Calendarizacion calendario, Sentido sentido = Sentido.Ascendente)
        => new(numero, "Actividad " + numero, Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente"), new ProgramaPresupuestario("Programa"), meta, calendario, null, null, sentido);

    private static Plan Plan(params Actividad[] actividades)
        => new(new EjercicioFiscal(2023), new Dependencia("Secretaría"), new UnidadResponsable("Dirección"), actividades, [new Firmante(null, "A", "B")]);
}
