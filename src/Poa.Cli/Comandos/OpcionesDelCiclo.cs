using System;
using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Poa.Domain;

namespace Poa.Cli.Comandos;

/// <summary>A date given on the command line: a day, or <c>hoy</c> (today in the zone of <c>--zona</c>, resolved when the command runs).</summary>
internal readonly record struct FechaDada(LocalDate? Dia)
{
    /// <summary>The day; <c>hoy</c> is <see cref="Hoy"/> in <paramref name="zona"/>.</summary>
    internal LocalDate Resolver(DateTimeZone zona) => Dia ?? Hoy(zona);

    /// <summary>Today's date in <paramref name="zona"/> by the system clock: the one place the tool reads it (the library never does).</summary>
    internal static LocalDate Hoy(DateTimeZone zona) => SystemClock.Instance.GetCurrentInstant().InZone(zona).Date;
}

/// <summary>The options of the reporting cycle (<c>--contra</c>, <c>--fecha</c>, <c>--dias-de-cierre</c>, <c>--zona</c>, <c>--estricto</c>), declared once.</summary>
internal static class OpcionesDelCiclo
{
    /// <summary>The zone of <c>hoy</c> and of the closing rule when <c>--zona</c> is not given.</summary>
    internal const string ZonaPredeterminada = "America/Mexico_City";

    /// <summary>The zone of <see cref="ZonaPredeterminada"/>, for commands without <c>--zona</c> or when it is not given.</summary>
    internal static DateTimeZone Predeterminada => DateTimeZoneProviders.Tzdb[ZonaPredeterminada];

    /// <summary><c>--contra vigente|aprobado</c>: which view of each plan is evaluated.</summary>
    internal static OpcionDeValores<VistaDelPlan> Contra() => new(
        "--contra",
        "Contra qué plan se evalúa:",
        [
            new("vigente", VistaDelPlan.Vigente, "el aprobado con sus modificaciones (reprogramaciones) aplicadas"),
            new("aprobado", VistaDelPlan.Aprobado, "el plan como se firmó, sin modificaciones"),
        ]);

    /// <summary><c>--fecha AAAA-MM-DD|hoy</c>: the date of the picture, which gives the corte and the reportes due.</summary>
    internal static Option<FechaDada?> Fecha() => new("--fecha")
    {
        Description = "La fecha de la evaluación (AAAA-MM-DD, u «hoy» en la zona de --zona): el corte es el último mes cerrado en esa fecha según --dias-de-cierre, y se calculan los reportes debidos, vencidos y extemporáneos de cada unidad. No se combina con --corte.",
        HelpName = "AAAA-MM-DD|hoy",
        CustomParser = resultado =>
        {
            var texto = resultado.Tokens.Count == 0 ? string.Empty : resultado.Tokens[^1].Value.Trim();
            if (string.Equals(texto, "hoy", StringComparison.OrdinalIgnoreCase))
            {
                return new FechaDada(null);
            }

            if (LeerFecha(texto) is { } fecha)
            {
                return new FechaDada(fecha);
            }

            resultado.AddError($"--fecha «{texto}» no es una fecha AAAA-MM-DD (por ejemplo 2024-07-06) ni «hoy».");
            return null;
        },
    };

    /// <summary><c>--dias-de-cierre N</c>: the days after a month's end until it closes (<see cref="ReglaDeCierre.Dias"/>); <paramref name="descripcion"/> says what it does in the command.</summary>
    internal static Option<int?> DiasDeCierre(string descripcion) => new("--dias-de-cierre")
    {
        Description = descripcion,
        HelpName = "DÍAS",
        CustomParser = resultado =>
        {
            var texto = resultado.Tokens.Count == 0 ? string.Empty : resultado.Tokens[^1].Value;
            if (int.TryParse(texto, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var dias) && dias <= 366)
            {
                return dias;
            }

            resultado.AddError($"--dias-de-cierre «{texto}» no es un número de días de 0 a 366.");
            return null;
        },
    };

    /// <summary><c>--zona ZONA</c>: an IANA time zone.</summary>
    internal static Option<DateTimeZone?> Zona(string descripcion) => new("--zona")
    {
        Description = descripcion,
        HelpName = "ZONA",
        CustomParser = resultado =>
        {
            var texto = resultado.Tokens.Count == 0 ? string.Empty : resultado.Tokens[^1].Value.Trim();
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(texto) is { } zona)
            {
                return zona;
            }

            resultado.AddError($"--zona «{texto}» no es una zona horaria IANA (por ejemplo America/Monterrey, America/Tijuana o America/Cancun).");
            return null;
        },
    };

    /// <summary><c>AAAA-MM-DD</c>: a real day with a year of <see cref="EjercicioFiscal"/>'s range.</summary>
    internal static LocalDate? LeerFecha(string texto)
    {
        if (texto.Length != 10)
        {
            return null;
        }

        var leida = LocalDatePattern.Iso.Parse(texto);
        return leida.Success && leida.Value.Year is >= EjercicioFiscal.AnioMinimo and <= EjercicioFiscal.AnioMaximo ? leida.Value : null;
    }
}
