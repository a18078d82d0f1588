using Microsoft.EntityFrameworkCore;

namespace Poa.Domain.EntityFrameworkCore.Tests.Infraestructura;

/// <summary>An app's context as the docs show it: one <c>DbSet</c> and <c>ApplyPoaConfiguration()</c>.</summary>
public class ContextoPoa(DbContextOptions opciones) : DbContext(opciones)
{
    public DbSet<RegistroDePlan> Planes => Set<RegistroDePlan>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyPoaConfiguration();
}

/// <summary>The same mapping with the name columns under an accent- and case-insensitive collation (its own model).</summary>
public sealed class ContextoConIntercalacion(DbContextOptions opciones, string intercalacion, bool crearIcu) : ContextoPoa(opciones)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (crearIcu)
        {
            modelBuilder.HasCollation(intercalacion, locale: "und-u-ks-level1", provider: "icu", deterministic: false);
        }

        modelBuilder.ApplyPoaConfiguration(new OpcionesDeMapeo { IntercalacionDeNombres = intercalacion });
    }
}
