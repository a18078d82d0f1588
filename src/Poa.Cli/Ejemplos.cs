using Poa.Domain;

namespace Poa.Cli;

/// <summary>Sample plans built with the public model.</summary>
internal static class Ejemplos
{
    /// <summary>The seed's 2023 plan of the Dirección de Mejora Regulatoria (curated: informes in March, June, September, December).</summary>
    internal static Plan MejoraRegulatoria() =>
        new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", "Dirección de Mejora Regulatoria")
            .AgregarActividad(
                "Coordinar las reuniones de seguimiento al Plan de implementación de la Organización para la Cooperación y el Desarrollo Económicos (OCDE)",
                eje: "V. Ciudad abierta",
                objetivo: "5.3 Sistema integral de mejora regulatoria",
                programa: "Mejora Regulatoria",
                meta: "3 Reuniones",
                calendarizacion: Calendarizacion.De(enero: 1, abril: 1),
                mediosDeVerificacion: "Listas de asistencia")
            .AgregarActividad(
                "Actualizar los procesos de los trámites y servicios involucrados",
                eje: "V. Ciudad abierta",
                objetivo: "5.3 Sistema integral de mejora regulatoria",
                programa: "Mejora Regulatoria",
                meta: "27 Procesos",
                calendarizacion: Calendarizacion.De(diciembre: 27),
                mediosDeVerificacion: "Procesos documentados")
            .AgregarActividad(
                "Elaborar el Programa de Mejora Regulatoria",
                eje: "V. Ciudad abierta",
                objetivo: "5.3 Sistema integral de mejora regulatoria",
                programa: "Mejora Regulatoria",
                meta: "1 Programas",
                calendarizacion: Calendarizacion.De(enero: 1),
                mediosDeVerificacion: "Publicación del Programa de Mejora Regulatoria")
            .AgregarActividad(
                "Elaborar los informes de avance del Programa Anual de Mejora Regulatoria",
                eje: "V. Ciudad abierta",
                objetivo: "5.3 Sistema integral de mejora regulatoria",
                programa: "Mejora Regulatoria",
                meta: "4 Informes",
                calendarizacion: Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1),
                mediosDeVerificacion: "Publicación de informes del Programa de Mejora Regulatoria")
            .AgregarFirmante("Lic.", "Dulce Alejandra Guerrero Cavazos", "Directora de Mejora Regulatoria")
            .AgregarFirmante("Dra.", "Cintia Smith", "Secretaria de Innovación y Gobierno Abierto")
            .Build();
}
