using System;
using System.Globalization;
using NodaTime;

namespace Poa.Domain.Reportes;

/// <summary>
/// How the report writes numbers, percentages, months and dates, the same on every machine (never the current
/// culture): <c>1,500.5</c>, <c>66.67%</c>, <c>junio de 2023</c>, <c>5 de julio de 2023</c>.
/// </summary>
internal static class Formato
{
    /// <summary>Mexican usage: decimal point, comma between thousands.</summary>
    private static readonly NumberFormatInfo Numeros = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberDecimalSeparator = ".",
        NumberGroupSeparator = ",",
        NegativeSign = "-",
    });

    private static readonly string[] Abreviaturas = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];

    /// <summary>A quantity with up to 6 decimals (the bound of the input): <c>1,500</c>, <c>0.5</c>.</summary>
    internal static string Cantidad(decimal valor) => valor.ToString("#,##0.######", Numeros);

    /// <summary>A whole number: <c>36,000</c>.</summary>
    internal static string Entero(int valor) => valor.ToString("#,##0", Numeros);

    /// <summary>A percentage rounded to 2 decimals away from zero, for display: <c>66.67%</c>, <c>100%</c>.</summary>
    internal static string Porcentaje(decimal valor) => Decimal2(valor) + "%";

    /// <summary>A number rounded to 2 decimals away from zero, without the percent sign: <c>66.67</c>.</summary>
    internal static string Decimal2(decimal valor) => Math.Round(valor, 2, MidpointRounding.AwayFromZero).ToString("#,##0.##", Numeros);

    /// <summary>A coordinate of an SVG drawing: at most 2 decimals, a point, no thousands separator.</summary>
    internal static string Coordenada(decimal valor) => Math.Round(valor, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary><c>junio de 2023</c>.</summary>
    internal static string Mes(YearMonth mes) => Calendarizacion.NombreDeMes(mes.Month) + " de " + mes.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>From <paramref name="desde"/> to month <paramref name="hasta"/> of its year: <c>marzo de 2023</c>, <c>enero y febrero de 2023</c>, <c>enero a junio de 2023</c>.</summary>
    internal static string Meses(YearMonth desde, int hasta)
        => hasta == desde.Month ? Mes(desde)
            : Calendarizacion.NombreDeMes(desde.Month) + (hasta == desde.Month + 1 ? " y " : " a ") + Mes(new YearMonth(desde.Year, hasta));

    /// <summary><c>ene</c>..<c>dic</c> for 1..12.</summary>
    internal static string Abreviatura(int mes) => Abreviaturas[mes - 1];

    /// <summary><c>5 de julio de 2023</c>.</summary>
    internal static string Fecha(LocalDate fecha)
        => fecha.Day.ToString(CultureInfo.InvariantCulture) + " de " + Calendarizacion.NombreDeMes(fecha.Month) + " de " + fecha.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The CSS class of a colour: <c>verde</c>, <c>amarillo</c>, <c>rojo</c>, <c>sin-color</c>.</summary>
    internal static string Clase(Color? color) => color switch
    {
        Color.Verde => "verde",
        Color.Amarillo => "amarillo",
        Color.Rojo => "rojo",
        _ => "sin-color",
    };

    /// <summary>The name of a colour as the chip shows it: <c>Verde</c>, <c>Amarillo</c>, <c>Rojo</c>, <c>Sin color</c>.</summary>
    internal static string Nombre(Color? color) => color switch
    {
        Color.Verde => "Verde",
        Color.Amarillo => "Amarillo",
        Color.Rojo => "Rojo",
        _ => "Sin color",
    };

    /// <summary>A count with the noun in singular or plural: <c>1 actividad</c>, <c>34 actividades</c>.</summary>
    internal static string Cuenta(int n, string singular, string plural) => Entero(n) + " " + (n == 1 ? singular : plural);
}
