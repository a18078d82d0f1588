using System.Text.Json;
using Poa.Domain.Json;
using Poa.Domain.Tests.Modelo;

namespace Poa.Domain.Tests.Json;

/// <summary>
/// The bounds of the model at the JSON point of entry: every number of a plan or avances document (meta, month, realizado,
/// numerador, denominador, activity number, band threshold) outside them is a <see cref="JsonException"/> with the JSON path
/// and a Spanish reason — never an <see cref="OverflowException"/>, never a silent rounding. Exponents are read exactly.
/// </summary>
public class LimitesJsonTests
{
    /// <summary>JSON number texts (JSON's own grammar, exponents included).</summary>
    public static TheoryData<string, Esperado, decimal> Numeros => new()
    {
        { "1500", Esperado.Valido, 1500m },
        { "1.5", Esperado.Valido, 1.5m },
        { "1e3", Esperado.Valido, 1000m },
        { "1E+2", Esperado.Valido, 100m },
        { "1E-6", Esperado.Valido, 0.000001m },
        { "0.000001", Esperado.Valido, 0.000001m },
        { "1.5000000", Esperado.Valido, 1.5m },
        { "1000000000000", Esperado.Valido, 1_000_000_000_000m },
        { "1e12", Esperado.Valido, 1_000_000_000_000m },
        { "999999999999.999999", Esperado.Valido, 999_999_999_999.999999m },
        { "-1", Esperado.Negativo, 0m },
        { "-1e30", Esperado.Negativo, 0m },
        { "1000000000000.000001", Esperado.ExcedeElMaximo, 0m },
        { "1000000000001", Esperado.ExcedeElMaximo, 0m },
        { "1e27", Esperado.ExcedeElMaximo, 0m },
        { "1e400", Esperado.ExcedeElMaximo, 0m },
        { "79228162514264337593543950336", Esperado.ExcedeElMaximo, 0m },
        { "1e-7", Esperado.DemasiadosDecimales, 0m },
        { "1e-27", Esperado.DemasiadosDecimales, 0m },
        { "0.0000001", Esperado.DemasiadosDecimales, 0m },
        { "123.4567891", Esperado.DemasiadosDecimales, 0m },
    };

    [Theory]
    [MemberData(nameof(Numeros))]
    public void MetaDelPlan(string numero, Esperado esperado, decimal valor)
        => Comprobar(() => PoaJson.DeserializePlan(Plan(cantidad: numero)).Actividades[0].Meta.Cantidad, esperado, valor, "$.actividades[0].meta.cantidad");

    [Theory]
    [MemberData(nameof(Numeros))]
    public void MesDelPlan(string numero, Esperado esperado, decimal valor)
        => Comprobar(() => PoaJson.DeserializePlan(Plan(enero: numero)).Actividades[0].Calendarizacion[1]!.Value, esperado, valor, "$.actividades[0].calendarizacion[0]");

    [Theory]
    [MemberData(nameof(Numeros))]
    public void Realizado(string numero, Esperado esperado, decimal valor)
        => Comprobar(() => PoaJson.DeserializeAvances(Avances($"\"realizado\": {numero}")).Avances[0].Realizado, esperado, valor, "$.avances[0].realizado");

    [Theory]
    [MemberData(nameof(Numeros))]
    public void Numerador(string numero, Esperado esperado, decimal valor)
        => Comprobar(() => PoaJson.DeserializeAvances(Avances($"\"numerador\": {numero}, \"denominador\": 100")).Avances[0].Numerador!.Value, esperado, valor, "$.avances[0].numerador");

    [Theory]
    [MemberData(nameof(Numeros))]
    public void Denominador(string numero, Esperado esperado, decimal valor)
    {
        // 10000 over any denominador from 10^-6 to 10^12 gives a rate from 10^-6 to 10^12 %, inside the bounds.
        var act = () => PoaJson.DeserializeAvances(Avances($"\"numerador\": 10000, \"denominador\": {numero}")).Avances[0].Denominador!.Value;
        if (esperado == Esperado.Negativo)
        {
            act.Should().ThrowExactly<JsonException>().Where(e => e.Path == "$.avances[0].denominador").WithMessage("*se esperaba un número mayor que cero*");
            return;
        }

        Comprobar(act, esperado, valor, "$.avances[0].denominador");
    }

    [Fact]
    public void Numerador1e27_JsonExceptionConLaRuta_NoOverflow()
    {
        var act = () => PoaJson.DeserializeAvances(Avances("\"numerador\": 1e27, \"denominador\": 100"));

        act.Should().ThrowExactly<JsonException>().Where(e => e.Path == "$.avances[0].numerador")
            .WithMessage("$.avances[0].numerador: el número 1e27 (el numerador, como los casos atendidos) excede el máximo admitido, 1000000000000 (10^12).");
    }

    [Fact]
    public void Denominador1eMenos27_JsonExceptionConLaRuta_NoOverflow()
    {
        var act = () => PoaJson.DeserializeAvances(Avances("\"numerador\": 95, \"denominador\": 1e-27"));

        act.Should().ThrowExactly<JsonException>().Where(e => e.Path == "$.avances[0].denominador")
            .WithMessage("$.avances[0].denominador: el número 1e-27 (el denominador, como los casos recibidos) tiene 27 decimales, más de los 6 admitidos.");
    }

    [Fact]
    public void TasaPorEncimaDe10ALa12_JsonExceptionEnElAvance()
    {
        var act = () => PoaJson.DeserializeAvances(Avances("\"numerador\": 1e12, \"denominador\": 0.000001"));

        act.Should().ThrowExactly<JsonException>().Where(e => e.Path == "$.avances[0]" && e.InnerException is ArgumentOutOfRangeException)
            .WithMessage("$.avances[0]: El avance de la actividad 1 en marzo de 2023, 1000000000000 de 0.000001, da una tasa de 100000000000000000000%*");
    }

    [Theory]
    [InlineData("10000")]
    [InlineData("10000000")]
    [InlineData("2147483647")]
    public void NumeroDeActividadFueraDe1A9999_JsonException(string numero)
    {
        var plan = () => PoaJson.DeserializePlan(Plan(numero: numero));
        plan.Should().ThrowExactly<JsonException>().Where(e => e.Path == "$.actividades[0].numero")
            .WithMessage($"$.actividades[0].numero: se esperaba un entero de 1 a 9999 (el número de la actividad); se recibió {numero}.");

        var avances = () => PoaJson.DeserializeAvances(Avances("\"realizado\": 1", numero));
        avances.Should().ThrowExactly<JsonException>().Where(e => e.Path == "$.avances[0].actividad")
            .WithMessage($"$.avances[0].actividad: se esperaba un entero de 1 a 9999 (el número de la actividad); se recibió {numero}.");
    }

    [Fact]
    public void UmbralEnorme_JsonExceptionEnLaBanda()
    {
        var act = () => PoaJson.DeserializePlan(Plan(verde: ">= 79228162514264337593543950335%"));

        act.Should().ThrowExactly<JsonException>().Where(e => e.Path == "$.actividades[0].semaforizacion.verde")
            .WithMessage("$.actividades[0].semaforizacion.verde: «>= 79228162514264337593543950335%»: el umbral «79228162514264337593543950335» excede el máximo admitido, 1000000 (10^6).");
    }

    [Fact]
    public void ConvertidorSuelto_MetaEnorme_JsonExceptionNoOverflow()
    {
        var act = () => JsonSerializer.Deserialize<Meta>("{\"cantidad\": 1e30, \"unidad\": \"Cuentas\"}");

        act.Should().ThrowExactly<JsonException>().WithMessage("*excede el máximo admitido*");
    }

    [Fact]
    public void Resultados_NumeroDeActividadFueraDe1A9999_JsonException()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures", "resultados.v1.json"))
            .Replace("\"numero\": 1,", "\"numero\": 10000000,");

        var act = () => PoaJson.DeserializeResultados(json);

        act.Should().ThrowExactly<JsonException>().Where(e => e.Path == "$.actividades[0].numero").WithMessage("*de 1 a 9999*10000000*");
    }

    private static void Comprobar(Func<decimal> leer, Esperado esperado, decimal valor, string ruta)
    {
        if (esperado == Esperado.Valido)
        {
            leer().Should().Be(valor);
            return;
        }

        var fragmento = esperado switch
        {
            Esperado.ExcedeElMaximo => "excede el máximo admitido, 1000000000000 (10^12).",
            Esperado.DemasiadosDecimales => "decimales, más de los 6 admitidos.",
            _ => "se esperaba un número no negativo",
        };
        leer.Should().ThrowExactly<JsonException>().Where(e => e.Path == ruta).WithMessage($"{ruta}: *{fragmento}*");
    }

    private static string Plan(string numero = "1", string cantidad = "1", string enero = "1", string verde = ">= 80%")
        => $$"""
            {
              "formato": "poa.plan", "version": 1, "ejercicio": 2023,
              "dependencia": "Secretaría de Prueba", "unidadResponsable": "Dirección de Prueba",
              "actividades": [
                {
                  "numero": {{numero}}, "descripcion": "Actividad de prueba",
                  "alineacion": { "eje": "V. Ciudad abierta", "objetivo": "5.1 Monterrey abierto e inteligente" },
                  "programa": "Programa", "meta": { "cantidad": {{cantidad}}, "unidad": "Cuentas" },
                  "semaforizacion": { "verde": "{{verde}}", "amarillo": "> 50% y < 80%", "rojo": "<= 50%" },
                  "calendarizacion": [{{enero}}, null, null, null, null, null, null, null, null, null, null, null]
                }
              ]
            }
            """;

    private static string Avances(string valores, string actividad = "1")
        => $$"""
            { "formato": "poa.avances", "version": 1, "ejercicio": 2023,
              "avances": [ { "actividad": {{actividad}}, "mes": "2023-03", {{valores}} } ] }
            """;
}
