using System.Globalization;
using NodaTime;
using Poa.Domain;
using Poa.Domain.Json;

namespace Poa.Cli.Tests;

/// <summary>
/// The year 2024 of the made-up Dirección de Alumbrado y Bacheo of docs/ciclo.md, as files for <c>poa</c>: the approved plan
/// (1 luminarias 120, 10 a month; 2 informes, one a quarter; 3 bacheo 100% every month) and its avances as a CSV with
/// <c>fecha_de_reporte</c> (May and August of luminarias and June's informe late).
/// </summary>
internal static class CicloDeAlumbrado
{
    internal const string Unidad = "Dirección de Alumbrado y Bacheo";

    internal static Plan Aprobado { get; } = new Plan.Builder(2024, "Secretaría de Servicios Públicos", Unidad)
        .AgregarActividad("Rehabilitar luminarias en vialidades principales", eje: "III. Ciudad funcional",
            objetivo: "3.2 Servicios públicos de calidad", programa: "Alumbrado Público", meta: "120 Luminarias",
            calendarizacion: Calendarizacion.Mensual(10))
        .AgregarActividad("Elaborar los informes trimestrales de avance", eje: "III. Ciudad funcional",
            objetivo: "3.2 Servicios públicos de calidad", programa: "Alumbrado Público", meta: "4 Informes",
            calendarizacion: Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1))
        .AgregarActividad("Atender los reportes ciudadanos de bacheo", eje: "III. Ciudad funcional",
            objetivo: "3.2 Servicios públicos de calidad", programa: "Bacheo", meta: "100% Porcentaje",
            calendarizacion: Calendarizacion.Mensual(100))
        .AgregarFirmante("Ing.", "Responsable de Prueba", "Director de Alumbrado y Bacheo")
        .Build();

    /// <summary>(actividad, mes, realizado, numerador, denominador, justificación, fecha de reporte).</summary>
    private static readonly (int Actividad, int Mes, string Realizado, string Numerador, string Denominador, string Justificacion, string Fecha)[] Filas =
    [
        (1, 1, "10", "", "", "", "2024-02-02"),
        (1, 2, "10", "", "", "", "2024-03-04"),
        (1, 3, "8", "", "", "", "2024-04-03"),
        (1, 4, "6", "", "", "", "2024-05-03"),
        (1, 5, "5", "", "", "", "2024-06-12"),
        (1, 6, "3", "", "", "El proveedor entregó tarde las luminarias LED.", "2024-07-04"),
        (1, 7, "7", "", "", "", "2024-08-02"),
        (1, 8, "6", "", "", "", "2024-09-12"),
        (1, 9, "7", "", "", "", "2024-10-03"),
        (2, 3, "1", "", "", "", "2024-04-03"),
        (2, 6, "1", "", "", "Se esperó el cierre contable del trimestre.", "2024-07-20"),
        (2, 9, "1", "", "", "", "2024-10-03"),
        (3, 1, "", "95", "100", "", "2024-02-01"),
        (3, 2, "", "300", "300", "", "2024-03-01"),
        (3, 3, "", "48", "50", "", "2024-04-01"),
        (3, 4, "", "100", "100", "", "2024-05-01"),
        (3, 5, "", "90", "100", "", "2024-06-01"),
        (3, 6, "", "420", "420", "", "2024-07-01"),
        (3, 7, "", "80", "100", "", "2024-08-01"),
        (3, 8, "", "90", "100", "", "2024-09-01"),
        (3, 9, "", "85", "100", "", "2024-10-01"),
    ];

    /// <summary>The avances CSV with the rows reported on or before <paramref name="conocidosEl"/> (all when null).</summary>
    internal static string Avances(LocalDate? conocidosEl = null)
    {
        var texto = new System.Text.StringBuilder("unidad_responsable,actividad,mes,realizado,numerador,denominador,justificacion,fecha_de_reporte\n");
        foreach (var f in Filas)
        {
            if (conocidosEl is { } dia && LocalDate.FromDateTime(DateTime.ParseExact(f.Fecha, "yyyy-MM-dd", CultureInfo.InvariantCulture)) > dia)
            {
                continue;
            }

            texto.Append(CultureInfo.InvariantCulture, $"{Unidad},{f.Actividad},2024-{f.Mes:D2},{f.Realizado},{f.Numerador},{f.Denominador},{f.Justificacion},{f.Fecha}\n");
        }

        return texto.ToString();
    }

    /// <summary>Writes the approved plan as <c>alumbrado.json</c> and the avances known on each date into <paramref name="dir"/>.</summary>
    internal static void Escribir(DirectorioTemporal dir)
    {
        dir.Archivo("alumbrado.json", PoaJson.Serialize(Aprobado));
        dir.Archivo("avances.csv", Avances());
        dir.Archivo("avances-julio-6.csv", Avances(new LocalDate(2024, 7, 6)));
    }
}
