namespace Poa.Domain.EntityFrameworkCore.Internos;

/// <summary>The names of the tables and columns, in one place for the mapping and the error messages.</summary>
internal static class Tablas
{
    internal const string Planes = "poa_planes";
    internal const string Actividades = "poa_actividades";
    internal const string Firmantes = "poa_firmantes";
    internal const string Avances = "poa_avances";
    internal const string Modificaciones = "poa_modificaciones";

    internal static readonly string[] Meses =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
}
