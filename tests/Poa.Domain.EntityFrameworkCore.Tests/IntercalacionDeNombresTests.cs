using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Poa.Domain.EntityFrameworkCore.Tests.Infraestructura;

namespace Poa.Domain.EntityFrameworkCore.Tests;

/// <summary>
/// What a <c>WHERE</c> on a name column does with <see cref="OpcionesDeMapeo.IntercalacionDeNombres"/> on each database
/// (the table of docs/persistencia.md). The plan is saved as «Dirección de Mejora Regulatoria».
/// </summary>
public sealed class IntercalacionDeNombresTests(PostgreSql postgres) : IClassFixture<PostgreSql>
{
    private const string Guardado = "Dirección de Mejora Regulatoria";

    [Theory]
    [InlineData(null, "Dirección de Mejora Regulatoria", true)]
    [InlineData(null, "DIRECCIÓN DE MEJORA REGULATORIA", false)]
    [InlineData("NOCASE", "DIRECCIóN DE MEJORA REGULATORIA", true)]
    [InlineData("NOCASE", "DIRECCIÓN DE MEJORA REGULATORIA", false)]
    [InlineData("NOCASE", "Direccion de Mejora Regulatoria", false)]
    public void EnSqlite_UnWhereSobreElNombre_ComparaComoLaIntercalacion(string? intercalacion, string buscado, bool loEncuentra)
    {
        using var conexion = new SqliteConnection("Data Source=:memory:");
        conexion.Open();
        var opciones = new DbContextOptionsBuilder().UseSqlite(conexion).Options;
        Func<ContextoPoa> nuevo = intercalacion is null ? () => new ContextoPoa(opciones) : () => new ContextoConOpciones(opciones, new OpcionesDeMapeo { IntercalacionDeNombres = intercalacion });

        Encontrar(nuevo, buscado).Should().Be(loEncuentra);
    }

    [SkippableTheory]
    [InlineData(null, "DIRECCION DE MEJORA REGULATORIA", false)]
    [InlineData("poa_nombres", "DIRECCION DE MEJORA REGULATORIA", true)]
    [InlineData("poa_nombres", "dirección de mejora regulatoria", true)]
    [InlineData("poa_nombres", "Dirección de Mejora", false)]
    public void EnPostgreSql_ConUnaIntercalacionIcuSinAcentosNiMayusculas_UnWhereComparaComoElDominio(string? intercalacion, string buscado, bool loEncuentra)
    {
        Skip.If(postgres.RazonParaOmitir is not null, postgres.RazonParaOmitir);
        var cadena = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("POA_PG")) { Database = $"poa_nombres_{Guid.NewGuid():N}" }.ConnectionString;
        var opciones = new DbContextOptionsBuilder().UseNpgsql(cadena).Options;
        Func<ContextoPoa> nuevo = intercalacion is null ? () => new ContextoPoa(opciones) : () => new ContextoConOpciones(opciones, new OpcionesDeMapeo { IntercalacionDeNombres = intercalacion }, crearIcu: true);
        try
        {
            Encontrar(nuevo, buscado).Should().Be(loEncuentra);
        }
        finally
        {
            using var contexto = nuevo();
            NpgsqlConnection.ClearAllPools();
            contexto.Database.EnsureDeleted();
        }
    }

    private static bool Encontrar(Func<ContextoPoa> nuevo, string buscado)
    {
        using (var contexto = nuevo())
        {
            contexto.Database.EnsureCreated();
            contexto.Planes.Add(RegistroDePlan.Create(new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", Guardado).Build()));
            contexto.SaveChanges();
        }

        using var consulta = nuevo();
        var unidad = new UnidadResponsable(buscado);
        consulta.Planes.DeLaUnidad(unidad).Count().Should().Be(unidad == new UnidadResponsable(Guardado) ? 1 : 0, "la clave compara como el dominio con cualquier intercalación");
        return consulta.Planes.Any(p => p.UnidadResponsable == unidad);
    }
}
