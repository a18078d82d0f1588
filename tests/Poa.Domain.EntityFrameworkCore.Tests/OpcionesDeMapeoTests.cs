using Microsoft.EntityFrameworkCore;
using Npgsql;
using Poa.Domain.EntityFrameworkCore.Tests.Infraestructura;

namespace Poa.Domain.EntityFrameworkCore.Tests;

/// <summary>The options of the mapping: the schema and the fixed column types.</summary>
public sealed class OpcionesDeMapeoTests(PostgreSql postgres) : IClassFixture<PostgreSql>
{
    [Fact]
    public void LasColumnasDecimales_TienenPrecisionYEscalaExplicitas()
    {
        using var contexto = new ContextoPoa(new DbContextOptionsBuilder().UseSqlite("Data Source=:memory:").Options);
        var decimales = contexto.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(p => p.ClrType == typeof(decimal) || p.ClrType == typeof(decimal?)).ToList();

        decimales.Should().HaveCount(
            (1 + 12 + 1 + 1 + 1 + 12) + (1 + 12) + 3,
            "la meta, los doce meses, la línea base, el peso, la meta y los doce meses vigentes de una actividad; la meta y los doce meses de una modificación; realizado, numerador y denominador");
        decimales.Should().OnlyContain(p => p.GetPrecision() == OpcionesDeMapeo.Precision && p.GetScale() == OpcionesDeMapeo.Escala);
    }

    [Fact]
    public void SinOpciones_LasTablasSonLasDocumentadas()
    {
        using var contexto = new ContextoPoa(new DbContextOptionsBuilder().UseSqlite("Data Source=:memory:").Options);

        contexto.Model.GetEntityTypes().Select(t => t.GetTableName()).Should().BeEquivalentTo(["poa_planes", "poa_actividades", "poa_firmantes", "poa_modificaciones", "poa_avances"]);
        contexto.Model.GetEntityTypes().Should().OnlyContain(t => t.GetSchema() == null);
    }

    [SkippableFact]
    public void ConUnEsquema_LasTablasVanEnEl_YElPlanVuelveIgual()
    {
        Skip.If(postgres.RazonParaOmitir is not null, postgres.RazonParaOmitir);
        var cadena = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("POA_PG")) { Database = $"poa_esquema_{Guid.NewGuid():N}" }.ConnectionString;
        var opciones = new DbContextOptionsBuilder().UseNpgsql(cadena).Options;
        ContextoPoa Nuevo() => new ContextoConOpciones(opciones, new OpcionesDeMapeo { Esquema = "municipio" });
        var plan = Poa.Domain.Testing.PlanesDeEjemplo.EnlaceMunicipal;
        try
        {
            using (var contexto = Nuevo())
            {
                contexto.Database.EnsureCreated();
                contexto.Planes.Add(RegistroDePlan.Create(plan));
                contexto.SaveChanges();
            }

            using var consulta = Nuevo();
            consulta.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM municipio.poa_actividades").Single().Should().Be(plan.Actividades.Count);
            consulta.Planes.Single().ToPlan().Should().Be(plan);
        }
        finally
        {
            using var contexto = Nuevo();
            NpgsqlConnection.ClearAllPools();
            contexto.Database.EnsureDeleted();
        }
    }
}
