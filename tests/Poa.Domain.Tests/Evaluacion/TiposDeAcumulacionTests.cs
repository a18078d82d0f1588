using System.Globalization;
using static Poa.Domain.Tests.Evaluacion.Escenarios;

namespace Poa.Domain.Tests.Evaluacion;

/// <summary>
/// Every tipo de acumulación × sentido × frecuencia on one pattern worked out by hand (with exact fractions): the k-th
/// period programs 10·k and reports 10·k − 2 in its closing month; corte junio (diciembre for anual).
/// </summary>
public class TiposDeAcumulacionTests
{
    private static readonly EvaluadorDeSemaforo Evaluador = EvaluadorDeSemaforo.Predeterminado;

    [Theory]

    // frecuencia, tipo, sentido, corte, periods counted, P, R, cumplimiento (10 decimals), colour
    [InlineData(Frecuencia.Mensual, TipoDeAcumulacion.Suma, Sentido.Ascendente, 6, 6, "210.0000000000", "198.0000000000", "94.2857142857", Color.Verde)]
    [InlineData(Frecuencia.Mensual, TipoDeAcumulacion.Suma, Sentido.Descendente, 6, 6, "210.0000000000", "198.0000000000", "106.0606060606", Color.Verde)]
    [InlineData(Frecuencia.Mensual, TipoDeAcumulacion.Suma, Sentido.Regular, 6, 6, "210.0000000000", "198.0000000000", "94.2857142857", Color.Verde)]
    [InlineData(Frecuencia.Mensual, TipoDeAcumulacion.Promedio, Sentido.Ascendente, 6, 6, "35.0000000000", "33.0000000000", "91.8333333333", Color.Verde)]
    [InlineData(Frecuencia.Mensual, TipoDeAcumulacion.Promedio, Sentido.Descendente, 6, 6, "35.0000000000", "33.0000000000", "109.3553447796", Color.Verde)]
    [InlineData(Frecuencia.Mensual, TipoDeAcumulacion.Promedio, Sentido.Regular, 6, 6, "35.0000000000", "33.0000000000", "91.8333333333", Color.Verde)]
    [InlineData(Frecuencia.Mensual, TipoDeAcumulacion.UltimoValor, Sentido.Ascendente, 6, 6, "60.0000000000", "58.0000000000", "96.6666666667", Color.Verde)]
    [InlineData(Frecuencia.Mensual, TipoDeAcumulacion.UltimoValor, Sentido.Descendente, 6, 6, "60.0000000000", "58.0000000000", "103.4482758621", Color.Verde)]
    [InlineData(Frecuencia.Mensual, TipoDeAcumulacion.UltimoValor, Sentido.Regular, 6, 6, "60.0000000000", "58.0000000000", "96.6666666667", Color.Verde)]
    [InlineData(Frecuencia.Mensual, TipoDeAcumulacion.Maximo, Sentido.Ascendente, 6, 6, "60.0000000000", "58.0000000000", "96.6666666667", Color.Verde)]
    [InlineData(Frecuencia.Mensual, TipoDeAcumulacion.Maximo, Sentido.Descendente, 6, 6, "60.0000000000", "58.0000000000", "103.4482758621", Color.Verde)]
    [InlineData(Frecuencia.Mensual, TipoDeAcumulacion.Maximo, Sentido.Regular, 6, 6, "60.0000000000", "58.0000000000", "96.6666666667", Color.Verde)]
    [InlineData(Frecuencia.Bimestral, TipoDeAcumulacion.Suma, Sentido.Ascendente, 6, 3, "60.0000000000", "54.0000000000", "90.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Bimestral, TipoDeAcumulacion.Suma, Sentido.Descendente, 6, 3, "60.0000000000", "54.0000000000", "111.1111111111", Color.Verde)]
    [InlineData(Frecuencia.Bimestral, TipoDeAcumulacion.Suma, Sentido.Regular, 6, 3, "60.0000000000", "54.0000000000", "90.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Bimestral, TipoDeAcumulacion.Promedio, Sentido.Ascendente, 6, 3, "20.0000000000", "18.0000000000", "87.7777777778", Color.Verde)]
    [InlineData(Frecuencia.Bimestral, TipoDeAcumulacion.Promedio, Sentido.Descendente, 6, 3, "20.0000000000", "18.0000000000", "114.4179894180", Color.Verde)]
    [InlineData(Frecuencia.Bimestral, TipoDeAcumulacion.Promedio, Sentido.Regular, 6, 3, "20.0000000000", "18.0000000000", "87.7777777778", Color.Verde)]
    [InlineData(Frecuencia.Bimestral, TipoDeAcumulacion.UltimoValor, Sentido.Ascendente, 6, 3, "30.0000000000", "28.0000000000", "93.3333333333", Color.Verde)]
    [InlineData(Frecuencia.Bimestral, TipoDeAcumulacion.UltimoValor, Sentido.Descendente, 6, 3, "30.0000000000", "28.0000000000", "107.1428571429", Color.Verde)]
    [InlineData(Frecuencia.Bimestral, TipoDeAcumulacion.UltimoValor, Sentido.Regular, 6, 3, "30.0000000000", "28.0000000000", "93.3333333333", Color.Verde)]
    [InlineData(Frecuencia.Bimestral, TipoDeAcumulacion.Maximo, Sentido.Ascendente, 6, 3, "30.0000000000", "28.0000000000", "93.3333333333", Color.Verde)]
    [InlineData(Frecuencia.Bimestral, TipoDeAcumulacion.Maximo, Sentido.Descendente, 6, 3, "30.0000000000", "28.0000000000", "107.1428571429", Color.Verde)]
    [InlineData(Frecuencia.Bimestral, TipoDeAcumulacion.Maximo, Sentido.Regular, 6, 3, "30.0000000000", "28.0000000000", "93.3333333333", Color.Verde)]
    [InlineData(Frecuencia.Trimestral, TipoDeAcumulacion.Suma, Sentido.Ascendente, 6, 2, "30.0000000000", "26.0000000000", "86.6666666667", Color.Verde)]
    [InlineData(Frecuencia.Trimestral, TipoDeAcumulacion.Suma, Sentido.Descendente, 6, 2, "30.0000000000", "26.0000000000", "115.3846153846", Color.Verde)]
    [InlineData(Frecuencia.Trimestral, TipoDeAcumulacion.Suma, Sentido.Regular, 6, 2, "30.0000000000", "26.0000000000", "86.6666666667", Color.Verde)]
    [InlineData(Frecuencia.Trimestral, TipoDeAcumulacion.Promedio, Sentido.Ascendente, 6, 2, "15.0000000000", "13.0000000000", "85.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Trimestral, TipoDeAcumulacion.Promedio, Sentido.Descendente, 6, 2, "15.0000000000", "13.0000000000", "118.0555555556", Color.Verde)]
    [InlineData(Frecuencia.Trimestral, TipoDeAcumulacion.Promedio, Sentido.Regular, 6, 2, "15.0000000000", "13.0000000000", "85.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Trimestral, TipoDeAcumulacion.UltimoValor, Sentido.Ascendente, 6, 2, "20.0000000000", "18.0000000000", "90.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Trimestral, TipoDeAcumulacion.UltimoValor, Sentido.Descendente, 6, 2, "20.0000000000", "18.0000000000", "111.1111111111", Color.Verde)]
    [InlineData(Frecuencia.Trimestral, TipoDeAcumulacion.UltimoValor, Sentido.Regular, 6, 2, "20.0000000000", "18.0000000000", "90.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Trimestral, TipoDeAcumulacion.Maximo, Sentido.Ascendente, 6, 2, "20.0000000000", "18.0000000000", "90.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Trimestral, TipoDeAcumulacion.Maximo, Sentido.Descendente, 6, 2, "20.0000000000", "18.0000000000", "111.1111111111", Color.Verde)]
    [InlineData(Frecuencia.Trimestral, TipoDeAcumulacion.Maximo, Sentido.Regular, 6, 2, "20.0000000000", "18.0000000000", "90.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Cuatrimestral, TipoDeAcumulacion.Suma, Sentido.Ascendente, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Cuatrimestral, TipoDeAcumulacion.Suma, Sentido.Descendente, 6, 1, "10.0000000000", "8.0000000000", "125.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Cuatrimestral, TipoDeAcumulacion.Suma, Sentido.Regular, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Cuatrimestral, TipoDeAcumulacion.Promedio, Sentido.Ascendente, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Cuatrimestral, TipoDeAcumulacion.Promedio, Sentido.Descendente, 6, 1, "10.0000000000", "8.0000000000", "125.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Cuatrimestral, TipoDeAcumulacion.Promedio, Sentido.Regular, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Cuatrimestral, TipoDeAcumulacion.UltimoValor, Sentido.Ascendente, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Cuatrimestral, TipoDeAcumulacion.UltimoValor, Sentido.Descendente, 6, 1, "10.0000000000", "8.0000000000", "125.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Cuatrimestral, TipoDeAcumulacion.UltimoValor, Sentido.Regular, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Cuatrimestral, TipoDeAcumulacion.Maximo, Sentido.Ascendente, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Cuatrimestral, TipoDeAcumulacion.Maximo, Sentido.Descendente, 6, 1, "10.0000000000", "8.0000000000", "125.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Cuatrimestral, TipoDeAcumulacion.Maximo, Sentido.Regular, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Semestral, TipoDeAcumulacion.Suma, Sentido.Ascendente, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Semestral, TipoDeAcumulacion.Suma, Sentido.Descendente, 6, 1, "10.0000000000", "8.0000000000", "125.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Semestral, TipoDeAcumulacion.Suma, Sentido.Regular, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Semestral, TipoDeAcumulacion.Promedio, Sentido.Ascendente, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Semestral, TipoDeAcumulacion.Promedio, Sentido.Descendente, 6, 1, "10.0000000000", "8.0000000000", "125.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Semestral, TipoDeAcumulacion.Promedio, Sentido.Regular, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Semestral, TipoDeAcumulacion.UltimoValor, Sentido.Ascendente, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Semestral, TipoDeAcumulacion.UltimoValor, Sentido.Descendente, 6, 1, "10.0000000000", "8.0000000000", "125.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Semestral, TipoDeAcumulacion.UltimoValor, Sentido.Regular, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Semestral, TipoDeAcumulacion.Maximo, Sentido.Ascendente, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Semestral, TipoDeAcumulacion.Maximo, Sentido.Descendente, 6, 1, "10.0000000000", "8.0000000000", "125.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Semestral, TipoDeAcumulacion.Maximo, Sentido.Regular, 6, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Anual, TipoDeAcumulacion.Suma, Sentido.Ascendente, 12, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Anual, TipoDeAcumulacion.Suma, Sentido.Descendente, 12, 1, "10.0000000000", "8.0000000000", "125.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Anual, TipoDeAcumulacion.Suma, Sentido.Regular, 12, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Anual, TipoDeAcumulacion.Promedio, Sentido.Ascendente, 12, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Anual, TipoDeAcumulacion.Promedio, Sentido.Descendente, 12, 1, "10.0000000000", "8.0000000000", "125.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Anual, TipoDeAcumulacion.Promedio, Sentido.Regular, 12, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Anual, TipoDeAcumulacion.UltimoValor, Sentido.Ascendente, 12, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Anual, TipoDeAcumulacion.UltimoValor, Sentido.Descendente, 12, 1, "10.0000000000", "8.0000000000", "125.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Anual, TipoDeAcumulacion.UltimoValor, Sentido.Regular, 12, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Anual, TipoDeAcumulacion.Maximo, Sentido.Ascendente, 12, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Anual, TipoDeAcumulacion.Maximo, Sentido.Descendente, 12, 1, "10.0000000000", "8.0000000000", "125.0000000000", Color.Verde)]
    [InlineData(Frecuencia.Anual, TipoDeAcumulacion.Maximo, Sentido.Regular, 12, 1, "10.0000000000", "8.0000000000", "80.0000000000", Color.Verde)]
    public void CadaTipoSentidoYFrecuencia(Frecuencia frecuencia, TipoDeAcumulacion tipo, Sentido sentido, int corte, int periodos, string programado, string realizado, string cumplimiento, Color color)
    {
        var largo = 12 / Periodos(frecuencia);
        var valores = new decimal?[12];
        var avances = new List<Avance>();
        for (var k = 1; k * largo <= 12; k++)
        {
            valores[(k * largo) - 1] = 10 * k;
            if (k * largo <= corte)
            {
                avances.Add(Avance.Create(1, Mes(k * largo), (10 * k) - 2));
            }
        }

        var plan = Plan(new Actividad(1, "Actividad", Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente"),
            new ProgramaPresupuestario("Programa"), Meta.Parse("10 Reportes"), Calendarizacion.Create(valores), null, null, sentido, tipo, frecuencia));

        var r = Evaluador.Evaluar(AvancesDelPlan.Create(plan, avances), 1, Corte(corte));

        r.Estado.Should().Be(EstadoDeEvaluacion.Evaluada);
        r.PeriodosContados.Cantidad.Should().Be(periodos);
        Math.Round(r.Programado, 10).Should().Be(decimal.Parse(programado, CultureInfo.InvariantCulture));
        Math.Round(r.Realizado, 10).Should().Be(decimal.Parse(realizado, CultureInfo.InvariantCulture));
        Math.Round(r.Cumplimiento!.Value, 10, MidpointRounding.AwayFromZero).Should().Be(decimal.Parse(cumplimiento, CultureInfo.InvariantCulture));
        r.Color.Should().Be(color);
    }

    [Fact]
    public void UltimoValor_ComparaElUltimoNivel_YMaximo_ElMasAlto()
    {
        // % de avance de obra programmed 10, 25, 40, 60 and reported 10, 30, 20 (a fall), corte marzo.
        var calendario = Calendarizacion.De(enero: 10, febrero: 25, marzo: 40, abril: 60);
        var avances = new decimal?[] { 10, 30, 20 };

        var ultimo = Evaluador.Evaluar(Avances(Plan(Actividad(calendario, TipoDeAcumulacion.UltimoValor)), avances), 1, Corte(3));
        ultimo.Programado.Should().Be(40m);
        ultimo.Realizado.Should().Be(20m);
        ultimo.Cumplimiento.Should().Be(50m);
        ultimo.Color.Should().Be(Color.Rojo);
        ultimo.Agregacion.Should().Be(AgregacionDeMeses.UltimoValor);

        var maximo = Evaluador.Evaluar(Avances(Plan(Actividad(calendario, TipoDeAcumulacion.Maximo)), avances), 1, Corte(3));
        maximo.Programado.Should().Be(40m);
        maximo.Realizado.Should().Be(30m);
        maximo.Cumplimiento.Should().Be(75m);
        maximo.Color.Should().Be(Color.Amarillo);
        maximo.Agregacion.Should().Be(AgregacionDeMeses.Maximo);
    }

    [Fact]
    public void UltimoValor_MesSinReporte_SeListaYCuentaElUltimoReportado()
    {
        var calendario = Calendarizacion.De(enero: 10, febrero: 25, marzo: 40);

        var r = Evaluador.Evaluar(Avances(Plan(Actividad(calendario, TipoDeAcumulacion.UltimoValor)), 10, 25), 1, Corte(3));

        r.Programado.Should().Be(40m);
        r.Realizado.Should().Be(25m);
        r.MesesSinReporte.Should().Equal(3);
    }

    [Fact]
    public void Trimestral_AlCorteDeMayo_SoloCuentaElPrimerTrimestre()
    {
        var calendario = Calendarizacion.De(marzo: 5, junio: 5, septiembre: 5, diciembre: 5);
        var plan = Plan(Actividad(calendario, null, Frecuencia.Trimestral, meta: "20 Reportes"));

        var r = Evaluador.Evaluar(Avances(plan, null, null, 4), 1, Corte(5));

        r.MesesContados.Cantidad.Should().Be(3);
        r.PeriodosContados.Should().Equal(3);
        r.Programado.Should().Be(5m);
        r.Cumplimiento.Should().Be(80m);
        r.MesesSinReporte.EstaVacio.Should().BeTrue();
    }

    [Fact]
    public void Trimestral_AvanceFueraDelCierre_EsPOA240()
    {
        var plan = Plan(Actividad(Calendarizacion.De(marzo: 5, junio: 5, septiembre: 5, diciembre: 5), null, Frecuencia.Trimestral, meta: "20 Reportes"));

        AvancesDelPlan.TryCreate(plan, [Avance.Create(1, Mes(4), 2)], out _, out var diagnosticos).Should().BeFalse();

        diagnosticos.Should().ContainSingle().Which.Codigo.Should().Be("POA240");
        diagnosticos[0].Mensaje.Should().Contain("trimestral").And.Contain("abril");
    }

    [Fact]
    public void Validacion_PorTipo()
    {
        static IEnumerable<string> Codigos(Actividad a) => Plan(a).Validar().Select(d => d.Codigo).Where(c => c != "POA010");

        Codigos(Actividad(Calendarizacion.De(enero: 10, febrero: 25, marzo: 40), TipoDeAcumulacion.UltimoValor, meta: "40 Puntos")).Should().BeEmpty();
        Codigos(Actividad(Calendarizacion.De(enero: 10, febrero: 25, marzo: 40), TipoDeAcumulacion.UltimoValor, meta: "75 Puntos")).Should().Equal("POA001");
        Codigos(Actividad(Calendarizacion.De(enero: 10, febrero: 50, marzo: 40), TipoDeAcumulacion.Maximo, meta: "50 Puntos")).Should().BeEmpty();
        Codigos(Actividad(Calendarizacion.De(enero: 10, febrero: 25, marzo: 20), TipoDeAcumulacion.UltimoValor, meta: "20 Puntos")).Should().Equal("POA021");
        Codigos(Actividad(Calendarizacion.De(febrero: 5, marzo: 5), null, Frecuencia.Trimestral, meta: "10 Reportes")).Should().Equal("POA020");

        var mensaje = Plan(Actividad(Calendarizacion.De(enero: 10, febrero: 25, marzo: 40), TipoDeAcumulacion.UltimoValor, meta: "75 Puntos")).Validar().First().Mensaje;
        mensaje.Should().Contain("el último valor programado (marzo) es 40");
    }

    [Fact]
    public void LineaBase_ElResultadoDaElCambio()
    {
        var actividad = Actividad(Calendarizacion.De(enero: 10), null).ConLineaBase(LineaBase.Create(4, 2022));

        var r = Evaluador.Evaluar(Avances(Plan(actividad), 7), 1, Corte(1));

        r.CambioContraLineaBase.Should().Be(3m);
        Evaluador.Evaluar(Avances(Plan(actividad.ConLineaBase(null)), 7), 1, Corte(1)).CambioContraLineaBase.Should().BeNull();
    }

    [Fact]
    public void Acumulacion_PorDefectoDeLaUnidad_YExplicita()
    {
        Actividad(Calendarizacion.De(enero: 10), null).Acumulacion.Should().Be(TipoDeAcumulacion.Suma);
        Actividad(Calendarizacion.De(enero: 100), null, meta: "100% Porcentaje").Acumulacion.Should().Be(TipoDeAcumulacion.Promedio);
        var explicita = Actividad(Calendarizacion.De(enero: 100), TipoDeAcumulacion.UltimoValor, meta: "100% Porcentaje");
        explicita.Acumulacion.Should().Be(TipoDeAcumulacion.UltimoValor);
        explicita.AcumulacionExplicita.Should().Be(TipoDeAcumulacion.UltimoValor);
        explicita.ConAcumulacion(null).AcumulacionExplicita.Should().BeNull();
        explicita.Should().NotBe(explicita.ConAcumulacion(null));
        explicita.ConPeso(2).Peso.Should().Be(2m);
        FluentActions.Invoking(() => explicita.ConPeso(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("peso");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.0000000")]
    [InlineData("2.5")]
    [InlineData("0.000001")]
    [InlineData("1000000")]
    [InlineData("1000000.000000")]
    public void Peso_MayorQueCeroHastaUnMillonConSeisDecimales_SeAcepta(string texto)
    {
        var peso = decimal.Parse(texto, System.Globalization.CultureInfo.InvariantCulture);

        Actividad(Calendarizacion.De(enero: 10), null).ConPeso(peso).Peso.Should().Be(peso);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("0.0000001")]
    [InlineData("1.0000001")]
    [InlineData("1000000.000001")]
    [InlineData("1000001")]
    public void Peso_FueraDeLimites_SeRechazaConElValor(string texto)
    {
        var peso = decimal.Parse(texto, System.Globalization.CultureInfo.InvariantCulture);

        FluentActions.Invoking(() => Actividad(Calendarizacion.De(enero: 10), null).ConPeso(peso))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("peso").WithMessage($"*se recibió {texto}*");
    }

    private static int Periodos(Frecuencia frecuencia) => frecuencia switch
    {
        Frecuencia.Mensual => 12,
        Frecuencia.Bimestral => 6,
        Frecuencia.Trimestral => 4,
        Frecuencia.Cuatrimestral => 3,
        Frecuencia.Semestral => 2,
        _ => 1,
    };

    private static Actividad Actividad(Calendarizacion calendario, TipoDeAcumulacion? tipo, Frecuencia frecuencia = Frecuencia.Mensual, string meta = "100 Puntos")
        => new(1, "Actividad", Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente"),
            new ProgramaPresupuestario("Programa"), Meta.Parse(meta), calendario, null, null, Sentido.Ascendente, tipo, frecuencia);

    private static Plan Plan(Actividad actividad)
        => new Plan.Builder(2023, "Secretaría de Prueba", "Dirección de Prueba").Agregar(actividad).Build();
}
