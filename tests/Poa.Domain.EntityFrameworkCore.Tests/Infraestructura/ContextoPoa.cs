using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Poa.Domain.EntityFrameworkCore.Tests.Infraestructura;

/// <summary>An app's context as the docs show it: one <c>DbSet</c> and <c>ApplyPoaConfiguration()</c>.</summary>
public class ContextoPoa(DbContextOptions opciones) : DbContext(opciones)
{
    public DbSet<RegistroDePlan> Planes => Set<RegistroDePlan>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyPoaConfiguration();
}

/// <summary>
/// The mapping with <see cref="OpcionesDeMapeo"/> (a schema, a collation); with <paramref name="crearIcu"/> it also declares
/// the collation as an accent- and case-insensitive ICU collation (PostgreSQL). One model per options.
/// </summary>
public sealed class ContextoConOpciones(DbContextOptions opciones, OpcionesDeMapeo mapeo, bool crearIcu = false) : ContextoPoa(opciones)
{
    public (string? Esquema, string? Intercalacion, bool CrearIcu) Clave => (mapeo.Esquema, mapeo.IntercalacionDeNombres, crearIcu);

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        => optionsBuilder.ReplaceService<IModelCacheKeyFactory, ModeloPorOpciones>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (crearIcu && mapeo.IntercalacionDeNombres is { } intercalacion)
        {
            modelBuilder.HasCollation(intercalacion, locale: "und-u-ks-level1", provider: "icu", deterministic: false);
        }

        modelBuilder.ApplyPoaConfiguration(mapeo);
    }
}

/// <summary>EF Core keeps one model per context type; <see cref="ContextoConOpciones"/> needs one per options.</summary>
public sealed class ModeloPorOpciones : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime)
        => context is ContextoConOpciones c ? (c.GetType(), c.Clave, designTime) : (context.GetType(), designTime);
}
