using NodaTime;
using Poa.Domain;

// The 2023 plan of the Dirección de Mejora Regulatoria, row by row as the document reads.
var plan = new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", "Dirección de Mejora Regulatoria")
    .AgregarActividad(
        "Coordinar las reuniones de seguimiento al Plan de implementación de la OCDE",
        eje: "V. Ciudad abierta",
        objetivo: "5.3 Sistema integral de mejora regulatoria",
        programa: "Mejora Regulatoria",
        meta: "3 Reuniones",
        calendarizacion: Calendarizacion.De(enero: 1, abril: 1),
        mediosDeVerificacion: "Listas de asistencia")
    .AgregarActividad(
        "Elaborar los informes de avance del Programa Anual de Mejora Regulatoria",
        eje: "V. Ciudad abierta",
        objetivo: "5.3 Sistema integral de mejora regulatoria",
        programa: "Mejora Regulatoria",
        meta: "4 Informes",
        calendarizacion: Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1))
    .AgregarFirmante("Lic.", "Dulce Alejandra Guerrero Cavazos", "Directora de Mejora Regulatoria")
    .Build();

// Validation returns diagnostics with stable codes; it never throws on bad content.
foreach (var diagnostico in plan.Validar())
    Console.WriteLine(diagnostico);
// plan «Dirección de Mejora Regulatoria», actividad 1, meta: error POA001: La meta anual es 3 Reuniones,
// pero la calendarización suma 2 (1 + 1): deben coincidir.

// What was reported so far, and the semáforo at the June 2023 corte.
var avances = AvancesDelPlan.Create(plan,
[
    Avance.Create(1, new YearMonth(2023, 1), 1),
    Avance.Create(2, new YearMonth(2023, 3), 1),
]);
var resultado = EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, Corte.De(new YearMonth(2023, 6)));
foreach (var r in resultado.Resultados)
    Console.WriteLine($"{r.Actividad.Numero}. {r.Color?.ToString() ?? "sin color"}: {r.CumplimientoRedondeado}% ({r.Realizado} de {r.Programado})");
// 1. Rojo: 50% (1 de 2)      the April meeting was not reported: a missing report counts as 0
// 2. Rojo: 50% (1 de 2)      exactly 50 is rojo with the seed's bands
