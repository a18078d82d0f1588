using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Poa.Domain.EntityFrameworkCore;

namespace Persistencia;

/// <summary>The app's context: one set of plans, mapped by the package. No repository: the context is the unit of work.</summary>
public abstract class ContextoPoa(DbContextOptions opciones) : DbContext(opciones)
{
    public DbSet<RegistroDePlan> Planes => Set<RegistroDePlan>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyPoaConfiguration();
}

// Split queries: a plan owns four collections (activities, signatories, modificaciones, avances), and one query with a
// JOIN per collection would return their product (docs/persistencia.md, "Loading a plan").

/// <summary>The context on SQLite; its migrations are in Migraciones/Sqlite.</summary>
public sealed class ContextoSqlite(DbContextOptions<ContextoSqlite> opciones) : ContextoPoa(opciones)
{
    public static ContextoSqlite Crear(string cadena) => new(new DbContextOptionsBuilder<ContextoSqlite>().UseSqlite(cadena, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).Options);
}

/// <summary>The context on PostgreSQL; its migrations are in Migraciones/PostgreSql.</summary>
public sealed class ContextoPostgreSql(DbContextOptions<ContextoPostgreSql> opciones) : ContextoPoa(opciones)
{
    public static ContextoPostgreSql Crear(string cadena) => new(new DbContextOptionsBuilder<ContextoPostgreSql>().UseNpgsql(cadena, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).Options);
}

/// <summary>For <c>dotnet ef migrations add ... --context ContextoSqlite</c>: no database is needed to write a migration.</summary>
public sealed class FabricaSqlite : IDesignTimeDbContextFactory<ContextoSqlite>
{
    public ContextoSqlite CreateDbContext(string[] args) => ContextoSqlite.Crear("Data Source=poa.db");
}

/// <summary>For <c>dotnet ef migrations add ... --context ContextoPostgreSql</c>.</summary>
public sealed class FabricaPostgreSql : IDesignTimeDbContextFactory<ContextoPostgreSql>
{
    public ContextoPostgreSql CreateDbContext(string[] args)
        => ContextoPostgreSql.Crear(Environment.GetEnvironmentVariable("POA_PG") ?? "Host=127.0.0.1;Username=postgres;Database=poa");
}
