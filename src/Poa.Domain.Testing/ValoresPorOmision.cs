namespace Poa.Domain.Testing;

/// <summary>
/// The values the builders use when a test does not say otherwise. They describe a small, valid
/// activity of the seed's kind (<em>Secretaría de Innovación y Gobierno Abierto</em>, 2023): a test
/// names only what matters to it and can compare with these when it needs the rest.
/// </summary>
public static class ValoresPorOmision
{
    /// <summary>The fiscal year: 2023, the seed's.</summary>
    public const int Ejercicio = 2023;

    /// <summary>The secretaría.</summary>
    public const string Dependencia = "Secretaría de Innovación y Gobierno Abierto";

    /// <summary>The directorate.</summary>
    public const string UnidadResponsable = "Dirección de Gobierno Digital";

    /// <summary>The description of an activity.</summary>
    public const string Descripcion = "Elaborar el reporte mensual de seguimiento";

    /// <summary>The eje rector.</summary>
    public const string Eje = "V. Ciudad abierta";

    /// <summary>The objetivo estratégico (under <see cref="Eje"/>).</summary>
    public const string Objetivo = "5.1 Monterrey abierto e inteligente";

    /// <summary>The programa presupuestario.</summary>
    public const string Programa = "Gobierno Digital";

    /// <summary>The unit of an acumulable meta.</summary>
    public const string Unidad = "Reportes";

    /// <summary>What is programmed each month: one report a month, so the meta anual is 12 <see cref="Unidad"/>.</summary>
    public const decimal PorMes = 1m;

    /// <summary>The medios de verificación.</summary>
    public const string MediosDeVerificacion = "Reporte publicado";

    /// <summary>The title of the signatory.</summary>
    public const string TituloDelFirmante = "Lic.";

    /// <summary>The name of the signatory (made up).</summary>
    public const string NombreDelFirmante = "Ana Martínez Garza";

    /// <summary>The cargo of the signatory.</summary>
    public const string CargoDelFirmante = "Directora de Gobierno Digital";

    /// <summary>The justificación of a modificación de meta when the test gives none.</summary>
    public const string JustificacionDeModificacion = "Se reprogramó la meta por ajuste presupuestal.";
}
