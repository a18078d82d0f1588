using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Poa.Domain.EntityFrameworkCore.Tests.Infraestructura;

/// <summary>
/// One database for the tests of one class (xunit runs the classes in parallel, the tests of a class one by one):
/// created with the mapping on construction, emptied before each test, dropped at the end.
/// </summary>
public abstract class BaseDeDatos : IDisposable
{
    /// <summary>Why the tests are skipped here, or <c>null</c> when the database is there.</summary>
    public virtual string? RazonParaOmitir => null;

    /// <summary>The provider, for messages: <c>SQLite en memoria</c>.</summary>
    public abstract string Nombre { get; }

    /// <summary>Whether the provider is PostgreSQL (the collation tests differ).</summary>
    public virtual bool EsPostgres => false;

    /// <summary>A new context on this database, with split queries (one per owned table), as docs/persistencia.md advises.</summary>
    public ContextoPoa Nuevo() => new(Opciones(new DbContextOptionsBuilder<ContextoPoa>()).Options);

    /// <summary>A new context on this database built by <paramref name="crear"/> (another model).</summary>
    public T Nuevo<T>(Func<DbContextOptions, T> crear)
        where T : DbContext
        => crear(Opciones(new DbContextOptionsBuilder<T>()).Options);

    /// <summary>Removes every plan (the owned rows go with them).</summary>
    public void Vaciar()
    {
        using var contexto = Nuevo();
        contexto.Planes.ExecuteDelete();
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected void Crear()
    {
        using var contexto = Nuevo();
        contexto.Database.EnsureDeleted();
        contexto.Database.EnsureCreated();
    }

    protected abstract DbContextOptionsBuilder Opciones(DbContextOptionsBuilder builder);

    protected virtual void Dispose(bool disposing)
    {
    }
}

public sealed class SqliteEnMemoria : BaseDeDatos
{
    private readonly SqliteConnection conexion = new("Data Source=:memory:");

    public SqliteEnMemoria()
    {
        conexion.Open();
        Crear();
    }

    public override string Nombre => "SQLite en memoria";

    /// <summary>A second connection to the same data is not possible in memory: both contexts share this one.</summary>
    protected override DbContextOptionsBuilder Opciones(DbContextOptionsBuilder builder) => builder.UseSqlite(conexion, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    protected override void Dispose(bool disposing) => conexion.Dispose();
}

public sealed class SqliteEnArchivo : BaseDeDatos
{
    private readonly string archivo = Path.Combine(Path.GetTempPath(), $"poa-pruebas-{Guid.NewGuid():N}.db");

    public SqliteEnArchivo() => Crear();

    public override string Nombre => "SQLite en archivo";

    protected override DbContextOptionsBuilder Opciones(DbContextOptionsBuilder builder) => builder.UseSqlite($"Data Source={archivo}", o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        File.Delete(archivo);
    }
}

/// <summary>
/// A database of its own in the PostgreSQL server of <c>POA_PG</c> (eng/postgres.sh starts one). Without
/// <c>POA_PG</c> the tests are skipped on a developer's machine and fail in CI (<c>CI=true</c>).
/// </summary>
public sealed class PostgreSql : BaseDeDatos
{
    private readonly string? conexion;

    public PostgreSql()
    {
        var servidor = Environment.GetEnvironmentVariable("POA_PG");
        if (string.IsNullOrWhiteSpace(servidor))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    "POA_PG no está definida y CI=true: las pruebas en PostgreSQL no pueden omitirse en CI. .ci/run la define con eng/postgres.sh.");
            }

            return;
        }

        conexion = new NpgsqlConnectionStringBuilder(servidor) { Database = $"poa_pruebas_{Guid.NewGuid():N}", Pooling = true }.ConnectionString;
        Crear();
    }

    public override string? RazonParaOmitir
        => conexion is null ? "POA_PG no está definida: ejecute las pruebas con eng/postgres.sh ejecutar dotnet test ... (docs/persistencia.md)." : null;

    public override string Nombre => "PostgreSQL";

    public override bool EsPostgres => true;

    protected override DbContextOptionsBuilder Opciones(DbContextOptionsBuilder builder) => builder.UseNpgsql(conexion, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    protected override void Dispose(bool disposing)
    {
        if (conexion is null)
        {
            return;
        }

        using var contexto = Nuevo();
        NpgsqlConnection.ClearAllPools();
        contexto.Database.EnsureDeleted();
    }
}
