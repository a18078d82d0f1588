using System.Diagnostics;
using Poa.Domain.Importacion;
using Poa.Domain.Internal;
using Poa.Domain.Tests.Importacion;

namespace Poa.Domain.Tests.Modelo;

/// <summary>
/// The bounds of <see cref="Limites"/> at every factory (quantities up to 10^12 with at most 6 decimals, band thresholds
/// 0..10^6 %, activities 1..9999), each example of the issue, and POA006 reported as ranges.
/// </summary>
public class LimitesTests
{
    private const decimal Maximo = 1_000_000_000_000m;
    private const decimal Enorme = 79228162514264337593543950335m;
    private static readonly NodaTime.YearMonth Marzo = new(2023, 3);
    private static readonly Alineacion Alineacion51 = Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente");

    // ------------------------------------------------------------------ the examples

    [Fact]
    public void MetaParse_UnoComaCinco_NoEsQuince_SinoAmbiguo()
    {
        var act = () => Meta.Parse("1,5 Cuentas");

        act.Should().Throw<FormatException>().WithMessage("La meta anual «1,5» no es un número válido. La coma no se acepta en un número: *separador de miles*");
        Meta.TryParse("1,5 Cuentas", out _).Should().BeFalse();
    }

    [Fact]
    public void CalendarizacionParse_UnoComaCinco_NoEsQuince_SinoAmbiguo()
    {
        var act = () => Calendarizacion.Parse("1,5;;;;;;;;;;;");

        act.Should().Throw<FormatException>().WithMessage("El valor de enero (mes 1) «1,5» no es un número válido. La coma no se acepta*");
    }

    [Fact]
    public void PlanBuilder_MetaUnoComaCinco_NoEsQuince_SinoAmbiguo()
    {
        var act = () => new Plan.Builder(2023, "Secretaría", "Dirección")
            .AgregarActividad("Actividad", "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Programa", "1,5 Cuentas", Calendarizacion.De(enero: 15));

        act.Should().Throw<FormatException>().WithMessage("Actividad 1: La meta anual «1,5» no es un número válido.*");
    }

    [Fact]
    public void Calendario_De79228162514264337593543950335Y1_SeRechazaAlCrearlo_YValidarNuncaLanza()
    {
        var act = () => Calendarizacion.De(enero: Enorme, febrero: 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("valores")
            .WithMessage("El valor programado de enero (mes 1) excede el máximo admitido, 1000000000000 (10^12); se recibió 79228162514264337593543950335.*");

        var enElLimite = new Actividad(1, "Actividad", Alineacion51, new ProgramaPresupuestario("P"), Meta.Create(Maximo, "Cuentas"), Calendarizacion.Mensual(Maximo));
        var diagnostico = Plan(enElLimite).Validar().Should().ContainSingle().Which;
        diagnostico.Codigo.Should().Be("POA001");
        diagnostico.Mensaje.Should().Contain("suma 12000000000000");
    }

    [Fact]
    public void BandaEnorme_TryCreateYTryParse_NuncaLanzan_YDicenPorQue()
    {
        Semaforizacion.TryParse(">= 79228162514264337593543950335%", "< 80% & > 50%", "<= 50%", out _, out var error).Should().BeFalse();
        error.Should().Be("Banda verde: «>= 79228162514264337593543950335%»: el umbral «79228162514264337593543950335» excede el máximo admitido, 1000000 (10^6).");
        Banda.TryParse(Color.Verde, ">= 79228162514264337593543950335%", out _).Should().BeFalse();

        var act = () => Banda.Desde(Color.Verde, Enorme);
        act.Should().Throw<ArgumentException>().WithMessage("el umbral 79228162514264337593543950335% excede el máximo admitido, 1000000 (10^6).*");

        // TryCreate receives bands, which are bounded: at the bound it decides without overflow.
        Semaforizacion.TryCreate(Banda.Desde(Color.Verde, 1_000_000m), Banda.Entre(Color.Amarillo, 50m, 1_000_000m), Banda.Hasta(Color.Rojo, 50m), out var enElLimite, out var ninguno)
            .Should().BeTrue(ninguno);
        enElLimite.Clasificar(1_000_000m).Should().Be(Color.Verde);
        Semaforizacion.TryCreate(Banda.Desde(Color.Verde, 1_000_000m), Banda.Entre(Color.Amarillo, 50m, 999_999.999999m), Banda.Hasta(Color.Rojo, 50m), out _, out var hueco)
            .Should().BeFalse();
        hueco.Should().Contain("hueco").And.Contain("999999.999999%");
    }

    [Fact]
    public void Realizado1e27_SeRechazaAlCrearElAvance()
    {
        var act = () => Avance.Create(1, Marzo, 1_000_000_000_000_000_000_000_000_000m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("realizado")
            .WithMessage("El avance de la actividad 1 en marzo de 2023 excede el máximo admitido, 1000000000000 (10^12); se recibió 1000000000000000000000000000.*");
    }

    [Fact]
    public void Numerador1e27_Denominador1eMenos27_SeRechazanAlCrearElAvance()
    {
        var numerador = () => Avance.ConVariables(1, Marzo, 1_000_000_000_000_000_000_000_000_000m, 100m);
        numerador.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerador").WithMessage("*excede el máximo admitido*");

        var denominador = () => Avance.ConVariables(1, Marzo, 95m, 0.000000000000000000000000001m);
        denominador.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominador")
            .WithMessage("El denominador del avance de la actividad 1 en marzo de 2023 tiene 27 decimales, más de los 6 admitidos; se recibió 0.000000000000000000000000001.*");
    }

    [Fact]
    public void NumeradorMaximoSobreDenominadorMinimo_DaUnaTasaFueraDeLimites_YSeDiceAlCrear()
    {
        var act = () => Avance.ConVariables(1, Marzo, Maximo, 0.000001m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominador")
            .WithMessage("El avance de la actividad 1 en marzo de 2023, 1000000000000 de 0.000001, da una tasa de 100000000000000000000%, por encima del máximo admitido de 1000000000000% (10^12 %).*");
        Avance.ConVariables(1, Marzo, 10_000_000_000m, 1m).Realizado.Should().Be(Maximo, "una tasa de exactamente 10^12 % se admite");
        Avance.ConVariables(1, Marzo, Maximo, Maximo).Realizado.Should().Be(100m);
        Avance.ConVariables(1, Marzo, 0m, Maximo).Realizado.Should().Be(0m);
        Avance.ConVariables(1, Marzo, 0.01m, 1_000_000m).Realizado.Should().Be(0.000001m, "una tasa de exactamente 10^-6 % se admite");
        var diminuta = () => Avance.ConVariables(1, Marzo, 0.000001m, Maximo);
        diminuta.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("*1 de 1000000000000, da una tasa de 0.0000000000000001%, por debajo del mínimo admitido de 0.000001% (10^-6 %) para una tasa que no es cero.*");
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(10_000_000)]
    [InlineData(int.MaxValue)]
    [InlineData(0)]
    public void ActividadNumeradaFueraDe1A9999_SeRechazaAlCrearla(int numero)
    {
        var act = () => new Actividad(numero, "Actividad", Alineacion51, new ProgramaPresupuestario("P"), Meta.Create(1, "Reporte"), Calendarizacion.De(enero: 1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numero")
            .WithMessage($"El número de actividad debe ser un entero de 1 a 9999; se recibió {numero}.*");
        ((Action)(() => Avance.Create(numero, Marzo, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("actividad");
    }

    [Fact]
    public void PlanBuilder_DespuesDeLaActividad9999_NoAgregaOtra()
    {
        var builder = new Plan.Builder(2023, "Secretaría", "Dirección")
            .Agregar(new Actividad(9999, "Última", Alineacion51, new ProgramaPresupuestario("P"), Meta.Create(1, "Reporte"), Calendarizacion.De(enero: 1)));

        var act = () => builder.AgregarActividad("Una más", Alineacion51, new ProgramaPresupuestario("P"), Meta.Create(1, "Reporte"), Calendarizacion.De(enero: 1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*de 1 a 9999; se recibió 10000*");
    }

    [Fact]
    public void Validar_Actividades1Y9999_UnSoloPOA006ConElTramo_YRapido()
    {
        var plan = Plan(Actividad(1), Actividad(9999));

        var reloj = Stopwatch.StartNew();
        var diagnosticos = plan.Validar();
        reloj.Stop();

        var d = diagnosticos.Should().ContainSingle().Which;
        d.Codigo.Should().Be("POA006");
        d.Ubicacion.Should().Be(new Ubicacion("Dirección", 2, "numero"));
        d.Mensaje.Should().Be("Faltan las actividades 2 a 9998 (9997 números): los números van del 1 al 9999 sin saltos.");
        reloj.ElapsedMilliseconds.Should().BeLessThan(1000, "el costo no depende del valor de los números");
    }

    [Fact]
    public void Validar_VariosTramos_UnDiagnosticoPorTramo_EnOrden()
    {
        var plan = Plan(Actividad(7), Actividad(3), Actividad(1), Actividad(3), Actividad(9));

        var faltantes = plan.Validar().Where(d => d.Codigo == "POA006").Select(d => d.Mensaje);

        faltantes.Should().Equal(
            "Falta la actividad número 2: los números van del 1 al 9 sin saltos.",
            "Faltan las actividades 4 a 6 (3 números): los números van del 1 al 9 sin saltos.",
            "Falta la actividad número 8: los números van del 1 al 9 sin saltos.");
    }

    [Fact]
    public void Validar_MuchasActividadesSinHuecos_NingunPOA006()
    {
        var plan = Plan(Enumerable.Range(1, 9999).Reverse().Select(Actividad).ToArray());

        plan.Validar().Should().BeEmpty();
    }

    // ------------------------------------------------------------------ the importer

    [Theory]
    [InlineData("10000000")]
    [InlineData("2147483647")]
    [InlineData("10000")]
    public void Importador_ActividadNumeradaFueraDeLimites_POA123ConLineaYColumna(string numero)
    {
        var (texto, linea) = LimpioConActividad6(0, numero);

        var r = ImportadorDePoa.Importar(texto);

        r.Diagnosticos.Select(d => d.Codigo).Should().Equal("POA006", "POA123");
        var d = r.Diagnosticos[1];
        d.Ubicacion.Linea.Should().Be(linea);
        d.Ubicacion.Columna.Should().Be(1);
        d.Mensaje.Should().StartWith($"«{numero}» no es un número de actividad (un entero de 1 a 9999)");
        r.Actividades.Should().Be(6);
    }

    [Theory]
    [InlineData(13, "79228162514264337593543950335", "POA114", "El valor de marzo (Mes 03) «79228162514264337593543950335» excede el máximo admitido, 1000000000000 (10^12). La actividad no se importa.")]
    [InlineData(7, ">= 79228162514264337593543950335%", "POA008", "«>= 79228162514264337593543950335%», «< 80% & > 50%», «< = 50%»: Banda verde: «>= 79228162514264337593543950335%»: el umbral «79228162514264337593543950335» excede el máximo admitido, 1000000 (10^6). La actividad no se importa.")]
    [InlineData(5, "0.0000001", "POA116", "La meta anual «0.0000001» tiene 7 decimales, más de los 6 admitidos. La actividad no se importa.")]
    public void Importador_CeldaFueraDeLimites_DiagnosticoConLinea_SinExcepcion(int celda, string valor, string codigo, string mensaje)
    {
        var (texto, linea) = LimpioConActividad6(celda, valor);

        var d = ImportadorDePoa.Importar(texto).Diagnosticos.Should().ContainSingle().Which;

        d.Codigo.Should().Be(codigo);
        d.Ubicacion.Linea.Should().Be(linea);
        d.Mensaje.Should().Be(mensaje);
    }

    [Fact]
    public void Importador_FilaRechazada_NoCuentaComoFaltante_AunqueEsteDentroDeUnTramo()
    {
        // Activity 6 is rejected (its meta), activity 7 is renumbered 9: 7 and 8 are missing, 6 is not (already reported).
        var lineas = File.ReadAllText(ImportadorDePoaTests.Ruta("limpio.txt")).Split('\n');
        var i6 = Array.FindIndex(lineas, l => l.StartsWith("6\t", StringComparison.Ordinal));
        var i7 = Array.FindIndex(lineas, l => l.StartsWith("7\t", StringComparison.Ordinal));
        var celdas = lineas[i6].Split('\t');
        celdas[5] = "1,5";
        lineas[i6] = string.Join("\t", celdas);
        lineas[i7] = "9" + lineas[i7].Substring(1);

        var r = ImportadorDePoa.Importar(string.Join("\n", lineas));

        r.Diagnosticos.Where(d => d.Severidad != Severidad.Informacion).Select(d => (d.Codigo, d.Mensaje)).Should().Equal(
            ("POA006", "Faltan las actividades 7 a 8 (2 números): los números van del 1 al 9 sin saltos."),
            ("POA116", "La meta anual «1,5» no es un número válido. La coma no se acepta en un número: podría ser un separador de miles o una coma decimal, así que «1,5» es ambiguo: escriba el número sin separador de miles y con punto decimal (p. ej., «1500» o «1.5»). La actividad no se importa."));
    }

    // ------------------------------------------------------------------ factories at and beyond the bounds

    [Fact]
    public void Factorias_EnLosLimites_Aceptan()
    {
        Meta.Create(Maximo, "Cuentas").Cantidad.Should().Be(Maximo);
        Meta.Create(0.000001m, "Cuentas").Cantidad.Should().Be(0.000001m);
        Meta.Create(1.5000000000m, "Cuentas").Cantidad.Should().Be(1.5m, "los ceros finales no son decimales");
        Calendarizacion.Mensual(Maximo).Total.Should().Be(12 * Maximo);
        Avance.Create(1, Marzo, Maximo).Realizado.Should().Be(Maximo);
        Avance.Create(9999, Marzo, 0.000001m).Actividad.Should().Be(9999);
        Banda.Desde(Color.Verde, 1_000_000m).Minimo.Should().Be(1_000_000m);
        Banda.Hasta(Color.Rojo, 0.000001m).Maximo.Should().Be(0.000001m);
    }

    [Theory]
    [InlineData("1000000000000.000001", "excede el máximo admitido, 1000000000000 (10^12)")]
    [InlineData("0.0000001", "tiene 7 decimales, más de los 6 admitidos")]
    [InlineData("79228162514264337593543950335", "excede el máximo admitido")]
    [InlineData("-79228162514264337593543950335", "negativ")]
    public void Factorias_FueraDeLosLimites_LanzanArgumentOutOfRangeConElMotivo(string texto, string motivo)
    {
        var valor = decimal.Parse(texto, System.Globalization.CultureInfo.InvariantCulture);

        ((Action)(() => Meta.Create(valor, "Cuentas"))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("cantidad").WithMessage($"*{motivo}*");
        ((Action)(() => Meta.Porcentaje(valor))).Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*{motivo}*");
        ((Action)(() => Calendarizacion.Mensual(valor))).Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*enero (mes 1)*{motivo}*");
        ((Action)(() => Calendarizacion.Vacia.Con(7, valor))).Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*julio (mes 7)*{motivo}*");
        ((Action)(() => Avance.Create(1, Marzo, valor))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("realizado").WithMessage($"*{motivo}*");
        ((Action)(() => Avance.ConVariables(1, Marzo, valor, 1m))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerador").WithMessage($"*{motivo}*");
        ((Action)(() => Banda.Desde(Color.Verde, valor))).Should().Throw<ArgumentException>().WithMessage("el umbral *");
    }

    [Theory]
    [InlineData(1_000_000.000001)]
    [InlineData(80.0000001)]
    [InlineData(-10)]
    public void Bandas_UmbralFueraDe0A10ALa6_OConMasDe6Decimales_SeRechazan(decimal umbral)
    {
        ((Action)(() => Banda.Create(Color.Amarillo, 50m, false, umbral, false))).Should().Throw<ArgumentException>().WithMessage("el umbral *");
        var texto = umbral.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Banda.TryParse(Color.Verde, ">= " + texto + "%", out _).Should().BeFalse();
    }

    private static Actividad Actividad(int numero)
        => new(numero, "Actividad " + numero, Alineacion51, new ProgramaPresupuestario("Gobierno Digital"), Meta.Create(1, "Reporte"), Calendarizacion.De(enero: 1));

    private static Plan Plan(params Actividad[] actividades)
        => new(new EjercicioFiscal(2023), new Dependencia("Secretaría"), new UnidadResponsable("Dirección"), actividades, [new Firmante(null, "A", "B")]);

    /// <summary>The clean seed copy with cell <paramref name="celda"/> of activity 6 replaced; and that row's line.</summary>
    private static (string Texto, int Linea) LimpioConActividad6(int celda, string valor)
    {
        var lineas = File.ReadAllText(ImportadorDePoaTests.Ruta("limpio.txt")).Split('\n');
        var i = Array.FindIndex(lineas, l => l.StartsWith("6\t", StringComparison.Ordinal));
        var celdas = lineas[i].Split('\t');
        celdas[celda] = valor;
        lineas[i] = string.Join("\t", celdas);
        return (string.Join("\n", lineas), i + 1);
    }
}
