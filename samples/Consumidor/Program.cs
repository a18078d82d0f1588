using Poa.Domain;

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

foreach (var diagnostico in plan.Validar())
    Console.WriteLine(diagnostico);
// plan «Dirección de Mejora Regulatoria», actividad 1, meta: error POA001: La meta anual es 3 Reuniones,
// pero la calendarización suma 2 (1 + 1): deben coincidir.
