// First written from the project's seed by a one-off script, values as written in the seed; maintained by hand.
// Curated (see docs/datos-de-ejemplo.md): in the four rows whose 24-column table puts a value in a 13th
// calendar cell, that value is taken as December (Mes 12); the 12th cell is empty in all four rows.
using System.Collections.Generic;
using NodaTime;

namespace Poa.Domain.Testing;

/// <summary>
/// The six POA of 2023 of the <em>Secretaría de Innovación y Gobierno Abierto</em> that the project's seed
/// holds (34 activities), curated as <c>docs/datos-de-ejemplo.md</c> says, built with the public model
/// exactly as a user would. Ready objects for tests: real names, real calendars, real inconsistencies.
/// </summary>
/// <remarks>
/// Kept as written, so validation reports them: three acumulable metas that do not match their calendars
/// (<c>POA001</c>, in <see cref="ParticipacionCiudadana"/> activities 2 and 3 and <see cref="MejoraRegulatoria"/>
/// activity 1); no other error. <see cref="EnlaceMunicipal"/> activity 6 is aligned to another axis
/// (<c>IV. Ciudad Humana</c> / <c>4.11</c>), coherently. The plans are immutable and shared: each property
/// returns the same instance.
/// <para>Besides the six, two plans cover what the reporting cycle and the metas added, outside <see cref="Todos"/>:
/// <see cref="MejoraRegulatoriaReprogramada"/> (modificaciones de meta) and <see cref="Trimestral"/> (frecuencia trimestral,
/// tipos de acumulación, línea base, peso), the latter made up.</para>
/// </remarks>
public static class PlanesDeEjemplo
{
    /// <summary>The six plans, in the order of the seed.</summary>
    public static IReadOnlyList<Plan> Todos { get; } =
    [
        new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", "Dirección General de Gobierno Digital y Soporte Tecnológico")
            .AgregarActividad(
                "Realizar el reporte de ciberseguridad para diagnosticar, identificar y evaluar las áreas, controles y/o dominios que permitan definir acciones de mejora y protección",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "1 Reporte",
                calendarizacion: Calendarizacion.De(marzo: 1m),
                mediosDeVerificacion: "Reporte/Diagnóstico")
            .AgregarActividad(
                "Crear cuentas de correo electrónico con Gmail, mensajes instantáneos Chats, espacio de almacenamiento con Google Drive y administración de agenda con Google Calendar, que permita un manejo de información en la nube",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "1500 Cuentas",
                calendarizacion: Calendarizacion.De(agosto: 1500m),
                mediosDeVerificacion: "Reporte de Cuentas")
            .AgregarFirmante(Firmante.FromLineas("Edilberto González Serna", "Director de Soporte e Infraestructura"))
            .AgregarFirmante(Firmante.FromLineas("César Benjamín García Martínez", "Director de Gobierno Digital"))
            .AgregarFirmante(Firmante.FromLineas("Cintia Smith", "Secretaria de Innovación y Gobierno Abierto"))
            .Build(),
        new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", "Gobierno Digital")
            .AgregarActividad(
                "Evaluar y dictaminar elementos interoperables para la adquisición de tecnologías de la información que requiera la Administración Pública Municipal",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(enero: 100m, febrero: 100m, marzo: 100m, abril: 100m, mayo: 100m, junio: 100m, julio: 100m, agosto: 100m, septiembre: 100m, octubre: 100m, noviembre: 100m, diciembre: 100m),
                mediosDeVerificacion: "Oficios de contestación")
            .AgregarActividad(
                "Desarrollar servicios digitales para la Administración Pública",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(enero: 100m, febrero: 100m, marzo: 100m, abril: 100m, mayo: 100m, junio: 100m, julio: 100m, agosto: 100m, septiembre: 100m, octubre: 100m, noviembre: 100m, diciembre: 100m),
                mediosDeVerificacion: "URL")
            .AgregarActividad(
                "Curar y liberar conjuntos de datos en el portal de datos abiertos",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(junio: 100m, diciembre: 100m),
                mediosDeVerificacion: "URL")
            .AgregarActividad(
                "Integrar capas en la infraestructura de datos espaciales",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(febrero: 100m, abril: 100m, julio: 100m, noviembre: 100m, diciembre: 100m),
                mediosDeVerificacion: "URL")
            .AgregarActividad(
                "Planear y/o gestionar proyectos antes de su fase de liberación",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(febrero: 100m, abril: 100m, junio: 100m, agosto: 100m, noviembre: 100m, diciembre: 100m),
                mediosDeVerificacion: "Reporte generado en base a la herramientas de gestión de proyectos")
            .AgregarActividad(
                "Dar atención a solicitudes de soluciones digitales",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(enero: 100m, febrero: 100m, marzo: 100m, abril: 100m, mayo: 100m, junio: 100m, julio: 100m, agosto: 100m, septiembre: 100m, octubre: 100m, noviembre: 100m, diciembre: 100m),
                mediosDeVerificacion: "Minutas, oficios, fotos y/o listas de asistentes de juntas o mesas de trabajo")
            .AgregarActividad(
                "Generar reportes para la toma de decisiones basada en datos",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(enero: 100m, febrero: 100m, marzo: 100m, abril: 100m, mayo: 100m, junio: 100m, julio: 100m, agosto: 100m, septiembre: 100m, octubre: 100m, noviembre: 100m, diciembre: 100m),
                mediosDeVerificacion: "Reportes generados")
            .AgregarActividad(
                "Validar mediante el otorgamiento de un reconocimiento las prácticas innovadoras más destacadas, de acuerdo a la convocatoria realizada",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "1 Reconocimiento",
                calendarizacion: Calendarizacion.De(junio: 1m),
                mediosDeVerificacion: "Entega de reconocimiento")
            .AgregarActividad(
                "Realizar evento para educación de temas de Gobierno Digital",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "1 Eventos",
                calendarizacion: Calendarizacion.De(junio: 1m),
                mediosDeVerificacion: "Evidencia fotográfica y/o listas de asistentes")
            .AgregarFirmante(Firmante.FromLineas("Lic. César Benjamín García Martínez", "Director de Gobierno Digital"))
            .AgregarFirmante(Firmante.FromLineas("Dra. Cintia Smith", "Secretaría de Innovación y Gobierno Abierto"))
            .Build(),
        new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", "Dirección de Soporte e infraestructura")
            .AgregarActividad(
                "Dar atención a solicitudes de soporte de infraestructura",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(enero: 100m, febrero: 100m, marzo: 100m, abril: 100m, mayo: 100m, junio: 100m, julio: 100m, agosto: 100m, septiembre: 100m, octubre: 100m, noviembre: 100m, diciembre: 100m),
                mediosDeVerificacion: "Reporte estadístico de solicitudes de soporte atendidas por parte del sistema Sínco")
            .AgregarActividad(
                "Actualizar el respaldo de información fuera del centro de datos municipales",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "12 Actualizaciones",
                calendarizacion: Calendarizacion.De(enero: 1m, febrero: 1m, marzo: 1m, abril: 1m, mayo: 1m, junio: 1m, julio: 1m, agosto: 1m, septiembre: 1m, octubre: 1m, noviembre: 1m, diciembre: 1m),
                mediosDeVerificacion: "Reporte de respaldos realizados fuera de sitio")
            .AgregarActividad(
                "Dar atención a solicitudes de plataformas o productos digitales que se encuentran operando en el municipio",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(enero: 100m, febrero: 100m, marzo: 100m, abril: 100m, mayo: 100m, junio: 100m, julio: 100m, agosto: 100m, septiembre: 100m, octubre: 100m, noviembre: 100m),
                mediosDeVerificacion: "Reporte estadístico de solicitudes de servicio atendidas")
            .AgregarActividad(
                "Realizar capacitaciones respecto al uso y generación de información de los sistemas municipales",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "4 Capacitaciones",
                calendarizacion: Calendarizacion.De(marzo: 1m, junio: 1m, septiembre: 1m, diciembre: 1m),
                mediosDeVerificacion: "Listas de asistencia/fotos o video")
            .AgregarActividad(
                "Realizar reporte de la medición de la satisfacción del usuario por la atención a las solicitudes de soporte a sistemas y reportes o fallas de telecomunicaciones atendidas",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "4 Reporte",
                calendarizacion: Calendarizacion.De(marzo: 1m, junio: 1m, septiembre: 1m, diciembre: 1m),
                mediosDeVerificacion: "Reporte de encuestas realizadas respondidas")
            .AgregarActividad(
                "Realizar reporte de los usuarios inhabilitados en la conexión a la red inalámbrica del Municipio",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "12 Usuarios",
                calendarizacion: Calendarizacion.De(enero: 1m, febrero: 1m, marzo: 1m, abril: 1m, mayo: 1m, junio: 1m, julio: 1m, agosto: 1m, septiembre: 1m, octubre: 1m, noviembre: 1m, diciembre: 1m),
                mediosDeVerificacion: "Reporte estadístico generado por la controladora de la red inalámbrica",
                semaforizacion: Semaforizacion.Parse(">=80%", "< 80% & > 50%", "<=50%"))
            .AgregarActividad(
                "Crear y/o actualizar lineamientos y/o políticas creados para la conexión de equipos a la red municipal",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "3 Lineamientos",
                calendarizacion: Calendarizacion.De(junio: 2m, diciembre: 1m),
                mediosDeVerificacion: "Presentar lineamiento creado",
                semaforizacion: Semaforizacion.Parse(">=80%", "< 80% & > 50%", "<=50%"))
            .AgregarFirmante(Firmante.FromLineas("Lic. Edilberto González Serna", "Director de Soporte e Infraestructura"))
            .AgregarFirmante(Firmante.FromLineas("Dra. Cintia Smith", "Secretaría de Innovación y Gobierno Abierto"))
            .Build(),
        new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", "Dirección de Participación Ciudadana")
            .AgregarActividad(
                "Evaluar la factibilidad de los proyectos propuestos del Presupuesto Participativo",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Participación Ciudadana",
                meta: "100% Porcentual",
                calendarizacion: Calendarizacion.De(febrero: 100m),
                mediosDeVerificacion: "Portal de Presupuesto Participativo (hipervínculo)")
            .AgregarActividad(
                "Realizar mapas colaborativos con metodología de diseño comunitario del espacio",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Participación Ciudadana",
                meta: "1 Mapeos",
                calendarizacion: Calendarizacion.De(enero: 1m, febrero: 2m, marzo: 4m, abril: 1m, mayo: 2m, junio: 4m, julio: 2m, agosto: 2m, septiembre: 2m, octubre: 2m, noviembre: 1m, diciembre: 1m),
                mediosDeVerificacion: "Fotos y/o Minuta de Reunión")
            .AgregarActividad(
                "Mantener la asistencia de la comunidad a las juntas vecinales realizadas",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Participación Ciudadana",
                meta: "4560 Asistencia",
                calendarizacion: Calendarizacion.De(julio: 420m, agosto: 420m, septiembre: 420m, octubre: 420m, noviembre: 300m),
                mediosDeVerificacion: "Fotos y/o Acta y/o Registro de Asistencia")
            .AgregarActividad(
                "Realizar Audiencias Públicas en la temática gobierno abierto",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Participación Ciudadana",
                meta: "102 Audiencias",
                calendarizacion: Calendarizacion.De(enero: 4m, febrero: 10m, marzo: 10m, abril: 4m, mayo: 10m, junio: 10m, julio: 10m, agosto: 10m, septiembre: 10m, octubre: 10m, noviembre: 10m, diciembre: 4m),
                mediosDeVerificacion: "Fotos y/o Registro de Asistencia")
            .AgregarActividad(
                "Dar atención a solicitudes de Restricción Vial",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Participación Ciudadana",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(enero: 100m, febrero: 100m, marzo: 100m, abril: 100m, mayo: 100m, junio: 100m, julio: 100m, agosto: 100m, septiembre: 100m, octubre: 100m, noviembre: 100m),
                mediosDeVerificacion: "Archivo electrónico con Registro de atenciones")
            .AgregarActividad(
                "Dar atención a las gestiones solicitadas por el Call Center",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Participación Ciudadana",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(enero: 100m, febrero: 100m, marzo: 100m, abril: 100m, mayo: 100m, junio: 100m, julio: 100m, agosto: 100m, septiembre: 100m, octubre: 100m, noviembre: 100m),
                mediosDeVerificacion: "Archivo electrónico con registro de gestiones")
            .AgregarFirmante(Firmante.FromLineas("Mtra. Laura Cecilia de los Santos Garcia", "Directora de Participación Ciudadana"))
            .AgregarFirmante(Firmante.FromLineas("Dra. Cintia Smith", "Secretaria de Innovación y Gobierno Abierto"))
            .Build(),
        new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", "Dirección de Mejora Regulatoria")
            .AgregarActividad(
                "Coordinar las reuniones de seguimiento al Plan de implementación de la Organización para la Cooperación y el Desarrollo Económicos (OCDE)",
                eje: "V. Ciudad abierta",
                objetivo: "5.3 Sistema integral de mejora regulatoria",
                programa: "Mejora Regulatoria",
                meta: "3 Reuniones",
                calendarizacion: Calendarizacion.De(enero: 1m, abril: 1m),
                mediosDeVerificacion: "Listas de asistencia")
            .AgregarActividad(
                "Actualizar los procesos de los trámites y servicios involucrados",
                eje: "V. Ciudad abierta",
                objetivo: "5.3 Sistema integral de mejora regulatoria",
                programa: "Mejora Regulatoria",
                meta: "27 Procesos",
                calendarizacion: Calendarizacion.De(diciembre: 27m),
                mediosDeVerificacion: "Procesos documentados")
            .AgregarActividad(
                "Elaborar el Programa de Mejora Regulatoria",
                eje: "V. Ciudad abierta",
                objetivo: "5.3 Sistema integral de mejora regulatoria",
                programa: "Mejora Regulatoria",
                meta: "1 Programas",
                calendarizacion: Calendarizacion.De(enero: 1m),
                mediosDeVerificacion: "Publicación del Programa de Mejora Regulatoria")
            .AgregarActividad(
                "Elaborar los informes de avance del Programa Anual de Mejora Regulatoria",
                eje: "V. Ciudad abierta",
                objetivo: "5.3 Sistema integral de mejora regulatoria",
                programa: "Mejora Regulatoria",
                meta: "4 Informes",
                calendarizacion: Calendarizacion.De(marzo: 1m, junio: 1m, septiembre: 1m, diciembre: 1m),
                mediosDeVerificacion: "Publicación de informes del Programa de Mejora Regulatoria")
            .AgregarFirmante(Firmante.FromLineas("Lic. Dulce Alejandra Guerrero Cavazos", "Directora de Mejora Regulatoria"))
            .AgregarFirmante(Firmante.FromLineas("Dra. Cintia Smith", "Secretaria de Innovación y Gobierno Abierto"))
            .Build(),
        new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", "Dirección de Enlace Municipal")
            .AgregarActividad(
                "Dar atención a solicitudes de atención ciudadana recibidas en la Secretaría",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(enero: 100m, febrero: 100m, marzo: 100m, abril: 100m, mayo: 100m, junio: 100m, julio: 100m, agosto: 100m, septiembre: 100m, octubre: 100m, noviembre: 100m, diciembre: 100m),
                mediosDeVerificacion: "Reportes de sistema Sentra/Conecta")
            .AgregarActividad(
                "Cumplir con las Obligaciones de Transparencia de esta Dependencia",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "12 Cumplimientos",
                calendarizacion: Calendarizacion.De(enero: 1m, febrero: 1m, marzo: 1m, abril: 1m, mayo: 1m, junio: 1m, julio: 1m, agosto: 1m, septiembre: 1m, octubre: 1m, noviembre: 1m, diciembre: 1m),
                mediosDeVerificacion: "Reporte de Plataforma Nacional de Transparencia")
            .AgregarActividad(
                "Dar atención a las solicitudes de acceso a la información remitidas por la Unidad de Transparencia",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(enero: 100m, febrero: 100m, marzo: 100m, abril: 100m, mayo: 100m, junio: 100m, julio: 100m, agosto: 100m, septiembre: 100m, octubre: 100m, noviembre: 100m),
                mediosDeVerificacion: "Oficios de contestación a la Unidad de Transparencia")
            .AgregarActividad(
                "Monitorear interacciones de las redes sociales vigentes de la Dependencia",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "12 Monitoreos",
                calendarizacion: Calendarizacion.De(enero: 1m, febrero: 1m, marzo: 1m, abril: 1m, mayo: 1m, junio: 1m, julio: 1m, agosto: 1m, septiembre: 1m, octubre: 1m, noviembre: 1m, diciembre: 1m),
                mediosDeVerificacion: "Estadísticas de redes sociales (Twitter, Instagram y Facebook)")
            .AgregarActividad(
                "Promover campañas informativas propuestas por la Secretaría Ejecutiva y la propia Dependencia.",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: "100% Porcentaje",
                calendarizacion: Calendarizacion.De(enero: 100m, febrero: 100m, marzo: 100m, abril: 100m, mayo: 100m, junio: 100m, julio: 100m, agosto: 100m, septiembre: 100m, octubre: 100m, noviembre: 100m),
                mediosDeVerificacion: "Imágenes de publicaciones en redes y archivos electrónicos conteniendo campañas")
            .AgregarActividad(
                "Realizar el plan de trabajo para incorporar la perspectiva de género dentro de la Secretaría de Innovación y Gobierno Abierto",
                eje: "IV. Ciudad Humana",
                objetivo: "4.11 Igualdad sustantiva y perspectiva de género para el desarrollo humano",
                programa: "Gobierno Digital",
                meta: "1 Plan",
                calendarizacion: Calendarizacion.De(abril: 1m),
                mediosDeVerificacion: "Plan de trabajo elaborado")
            .AgregarFirmante(Firmante.FromLineas("Mtra. Karina Onofre Martínez", "Directora de Enlace Municipal"))
            .AgregarFirmante(Firmante.FromLineas("Dra. Cintia Smith", "Secretaria de Innovación y Gobierno Abierto"))
            .Build(),
    ];

    /// <summary><em>Dirección General de Gobierno Digital y Soporte Tecnológico</em>: 2 activities, signed by two directors and the secretary.</summary>
    public static Plan GobiernoDigitalYSoporte => Todos[0];

    /// <summary><em>Gobierno Digital</em>: 9 activities, mostly <c>100% Porcentaje</c>.</summary>
    public static Plan GobiernoDigital => Todos[1];

    /// <summary><em>Dirección de Soporte e infraestructura</em>: 7 activities.</summary>
    public static Plan SoporteEInfraestructura => Todos[2];

    /// <summary><em>Dirección de Participación Ciudadana</em>: 6 activities, two of whose metas do not match their calendars.</summary>
    public static Plan ParticipacionCiudadana => Todos[3];

    /// <summary><em>Dirección de Mejora Regulatoria</em>: 4 activities; the first programs 2 of a meta of 3.</summary>
    public static Plan MejoraRegulatoria => Todos[4];

    /// <summary><em>Dirección de Enlace Municipal</em>: 6 activities; the last aligned to <c>IV. Ciudad Humana</c>.</summary>
    public static Plan EnlaceMunicipal => Todos[5];

    /// <summary>
    /// <see cref="MejoraRegulatoria"/> with two modificaciones de meta, as an office reprograms during the year (made up):
    /// folio 1, authorised on 2023-06-28, adds the third meeting of activity 1 in October from July on (its calendar then sums
    /// the meta of 3, so the <see cref="Plan.Vigente"/> plan validates with no <c>POA001</c>); folio 2, authorised on 2023-08-15,
    /// raises activity 2 from 27 to 30 Procesos in December from September on. The approved activities are those of
    /// <see cref="MejoraRegulatoria"/>, unchanged; <see cref="Plan.CerradoHasta"/> is August 2023.
    /// </summary>
    public static Plan MejoraRegulatoriaReprogramada { get; } = new(
        MejoraRegulatoria.Ejercicio,
        MejoraRegulatoria.Dependencia,
        MejoraRegulatoria.UnidadResponsable,
        MejoraRegulatoria.Actividades,
        MejoraRegulatoria.Firmantes,
        [
            Modificacion.Create(
                1,
                1,
                new YearMonth(2023, 7),
                null,
                Calendarizacion.De(octubre: 1m),
                "La tercera reunión de seguimiento con la OCDE se programa en octubre; la meta de 3 reuniones no cambia.",
                new LocalDate(2023, 6, 28),
                "Dra. Cintia Smith"),
            Modificacion.Create(
                2,
                2,
                new YearMonth(2023, 9),
                Meta.Create(30m, "Procesos"),
                Calendarizacion.De(diciembre: 30m),
                "Se incorporan tres trámites nuevos del catálogo municipal.",
                new LocalDate(2023, 8, 15),
                "Dra. Cintia Smith"),
        ],
        new YearMonth(2023, 8));

    /// <summary>
    /// A <strong>made-up</strong> trimestral plan of 2023 (<em>Dirección de Evaluación del Desempeño</em>, not in the seed), valid
    /// with no diagnostic: 1 <em>4 Informes</em>, one a quarter (suma); 2 <em>120 Conjuntos</em> of open data kept published, a
    /// level (<see cref="TipoDeAcumulacion.UltimoValor"/>: 60, 80, 100, 120 at the end of each quarter) with a línea base of 45 in
    /// 2022; 3 <em>100% Porcentaje</em> of evaluation requests attended each quarter (promedio), with weight 2. Every activity
    /// is <see cref="Frecuencia.Trimestral"/>: values only in marzo, junio, septiembre and diciembre.
    /// </summary>
    public static Plan Trimestral { get; } = new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", "Dirección de Evaluación del Desempeño")
        .AgregarActividad(
            "Elaborar el informe trimestral de evaluación del desempeño",
            eje: "V. Ciudad abierta",
            objetivo: "5.1 Monterrey abierto e inteligente",
            programa: "Gobierno Digital",
            meta: "4 Informes",
            calendarizacion: Calendarizacion.De(marzo: 1m, junio: 1m, septiembre: 1m, diciembre: 1m),
            mediosDeVerificacion: "Informes publicados",
            frecuencia: Frecuencia.Trimestral)
        .AgregarActividad(
            "Mantener publicados los conjuntos de datos del portal de datos abiertos",
            eje: "V. Ciudad abierta",
            objetivo: "5.1 Monterrey abierto e inteligente",
            programa: "Gobierno Digital",
            meta: "120 Conjuntos",
            calendarizacion: Calendarizacion.De(marzo: 60m, junio: 80m, septiembre: 100m, diciembre: 120m),
            mediosDeVerificacion: "Catálogo del portal",
            acumulacion: TipoDeAcumulacion.UltimoValor,
            frecuencia: Frecuencia.Trimestral,
            lineaBase: LineaBase.Create(45m, 2022))
        .AgregarActividad(
            "Atender las solicitudes de evaluación de programas presupuestarios",
            eje: "V. Ciudad abierta",
            objetivo: "5.1 Monterrey abierto e inteligente",
            programa: "Gobierno Digital",
            meta: "100% Porcentaje",
            calendarizacion: Calendarizacion.De(marzo: 100m, junio: 100m, septiembre: 100m, diciembre: 100m),
            mediosDeVerificacion: "Oficios de respuesta",
            frecuencia: Frecuencia.Trimestral,
            peso: 2m)
        .AgregarFirmante(Firmante.FromLineas("Mtra. Sofía Treviño Garza", "Directora de Evaluación del Desempeño"))
        .AgregarFirmante(Firmante.FromLineas("Dra. Cintia Smith", "Secretaria de Innovación y Gobierno Abierto"))
        .Build();
}
