namespace Poa.Domain.EntityFrameworkCore;

/// <summary>
/// Options of <see cref="PoaModelBuilderExtensions.ApplyPoaConfiguration(Microsoft.EntityFrameworkCore.ModelBuilder, OpcionesDeMapeo?)"/>:
/// the schema of the tables and the collation of the name columns.
/// </summary>
/// <remarks>The column types are fixed and documented in <c>docs/persistencia.md</c>; they do not depend on these options.</remarks>
public sealed class OpcionesDeMapeo
{
    /// <summary>The precision (total digits) of every decimal column: <c>decimal(20, 6)</c>.</summary>
    public const int Precision = 20;

    /// <summary>The scale (decimal places) of every decimal column. A value with more decimal places is refused before it is written, never rounded.</summary>
    public const int Escala = 6;

    /// <summary>The options used when none are given: no schema, the database's own collation.</summary>
    public static OpcionesDeMapeo Predeterminadas { get; } = new();

    /// <summary>
    /// The database schema of the tables (<c>poa_planes</c>, <c>poa_actividades</c>, <c>poa_firmantes</c>,
    /// <c>poa_avances</c>), or <c>null</c> for the default one. SQLite has no schemas.
    /// </summary>
    public string? Esquema { get; init; }

    /// <summary>
    /// The collation (<em>intercalación</em>) of the name columns (dependencia, unidad responsable, programa, unidad de medida,
    /// eje and objetivo), or <c>null</c> for the database's own. It decides what a <c>WHERE</c> on a name column does:
    /// with an accent- and case-insensitive collation (a nondeterministic ICU collation on PostgreSQL,
    /// <c>Latin1_General_100_CI_AI</c> on SQL Server) a name matches as the domain compares it. The identity of a plan does
    /// not depend on it: it uses the stored comparison key (<c>unidad_responsable_clave</c>).
    /// </summary>
    public string? IntercalacionDeNombres { get; init; }
}
