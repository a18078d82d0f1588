using NodaTime;

namespace Poa.Domain.Tests.Ciclo;

/// <summary>
/// The year 2024 of a made-up Dirección de Alumbrado y Bacheo, as its office lives it (docs/ciclo.md tells the same story):
/// approved in January, avances reported after each month closes (some late), a reprogramación in July, evaluated at several
/// dates with a closing rule of 5 days in America/Monterrey.
/// </summary>
internal static class CicloDeEjemplo
{
    public static readonly ReglaDeCierre Regla = ReglaDeCierre.Create(5, DateTimeZoneProviders.Tzdb["America/Monterrey"]);

    public static YearMonth Mes(int mes) => new(2024, mes);

    public static LocalDate Dia(int mes, int dia) => new(2024, mes, dia);

    /// <summary>The approved plan: 1 luminarias (120, 10 a month), 2 informes (4, one a quarter), 3 bacheo (100% every month).</summary>
    public static Plan Aprobado { get; } = new Plan.Builder(2024, "Secretaría de Servicios Públicos", "Dirección de Alumbrado y Bacheo")
        .AgregarActividad(
            "Rehabilitar luminarias en vialidades principales",
            eje: "III. Ciudad funcional",
            objetivo: "3.2 Servicios públicos de calidad",
            programa: "Alumbrado Público",
            meta: "120 Luminarias",
            calendarizacion: Calendarizacion.Mensual(10))
        .AgregarActividad(
            "Elaborar los informes trimestrales de avance",
            eje: "III. Ciudad funcional",
            objetivo: "3.2 Servicios públicos de calidad",
            programa: "Alumbrado Público",
            meta: "4 Informes",
            calendarizacion: Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1))
        .AgregarActividad(
            "Atender los reportes ciudadanos de bacheo",
            eje: "III. Ciudad funcional",
            objetivo: "3.2 Servicios públicos de calidad",
            programa: "Bacheo",
            meta: "100% Porcentaje",
            calendarizacion: Calendarizacion.Mensual(100))
        .AgregarFirmante("Ing.", "Responsable de Prueba", "Director de Alumbrado y Bacheo")
        .Build();

    /// <summary>Folio 1, authorised on 8 July: luminarias down to 90, 5 a month from July.</summary>
    public static Modificacion Folio1 { get; } = Modificacion.Create(
        1, 1, Mes(7), Meta.Parse("90 Luminarias"), Calendarizacion.Mensual(5, 7, 12),
        "Recorte presupuestal: el proveedor entrega la mitad de las luminarias LED.", Dia(7, 8), "Cabildo, sesión ordinaria 14");

    /// <summary>Folio 2, authorised on 8 July: bacheo at 90% from July (rainy season), meta 95% (the mean of the year).</summary>
    public static Modificacion Folio2 { get; } = Modificacion.Create(
        2, 3, Mes(7), Meta.Parse("95% Porcentaje"), Calendarizacion.Mensual(90, 7, 12),
        "Temporada de lluvias: la meta mensual baja a 90% de julio a diciembre.", Dia(7, 8));

    /// <summary>The avances of activity 1 as reported, with their dates (May and August late).</summary>
    public static IReadOnlyList<Avance> Luminarias { get; } =
    [
        Avance.Create(1, Mes(1), 10, fechaDeReporte: Dia(2, 2)),
        Avance.Create(1, Mes(2), 10, fechaDeReporte: Dia(3, 4)),
        Avance.Create(1, Mes(3), 8, fechaDeReporte: Dia(4, 3)),
        Avance.Create(1, Mes(4), 6, fechaDeReporte: Dia(5, 3)),
        Avance.Create(1, Mes(5), 5, fechaDeReporte: Dia(6, 12)),
        Avance.Create(1, Mes(6), 3, "El proveedor entregó tarde las luminarias LED.", fechaDeReporte: Dia(7, 4)),
        Avance.Create(1, Mes(7), 7, fechaDeReporte: Dia(8, 2)),
        Avance.Create(1, Mes(8), 6, fechaDeReporte: Dia(9, 12)),
        Avance.Create(1, Mes(9), 7, fechaDeReporte: Dia(10, 3)),
    ];

    /// <summary>The avances of activity 2: March on time, June late (20 July) with a justificación, September on time.</summary>
    public static IReadOnlyList<Avance> Informes { get; } =
    [
        Avance.Create(2, Mes(3), 1, fechaDeReporte: Dia(4, 3)),
        Avance.Create(2, Mes(6), 1, "Se esperó el cierre contable del trimestre.", fechaDeReporte: Dia(7, 20)),
        Avance.Create(2, Mes(9), 1, fechaDeReporte: Dia(10, 3)),
    ];

    /// <summary>The avances of activity 3 with their variables (reportes attended of reportes received), on time.</summary>
    public static IReadOnlyList<Avance> Bacheo { get; } =
    [
        Avance.ConVariables(3, Mes(1), 95, 100, fechaDeReporte: Dia(2, 1)),
        Avance.ConVariables(3, Mes(2), 300, 300, fechaDeReporte: Dia(3, 1)),
        Avance.ConVariables(3, Mes(3), 48, 50, fechaDeReporte: Dia(4, 1)),
        Avance.ConVariables(3, Mes(4), 100, 100, fechaDeReporte: Dia(5, 1)),
        Avance.ConVariables(3, Mes(5), 90, 100, fechaDeReporte: Dia(6, 1)),
        Avance.ConVariables(3, Mes(6), 420, 420, fechaDeReporte: Dia(7, 1)),
        Avance.ConVariables(3, Mes(7), 80, 100, fechaDeReporte: Dia(8, 1)),
        Avance.ConVariables(3, Mes(8), 90, 100, fechaDeReporte: Dia(9, 1)),
        Avance.ConVariables(3, Mes(9), 85, 100, fechaDeReporte: Dia(10, 1)),
    ];

    /// <summary>The avances known on <paramref name="fecha"/> (reported on or before it).</summary>
    public static AvancesDelPlan ConocidosEl(Plan plan, LocalDate fecha)
        => AvancesDelPlan.Create(plan, Luminarias.Concat(Informes).Concat(Bacheo).Where(a => a.FechaDeReporte <= fecha));
}
