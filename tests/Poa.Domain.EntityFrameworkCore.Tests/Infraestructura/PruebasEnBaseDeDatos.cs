namespace Poa.Domain.EntityFrameworkCore.Tests.Infraestructura;

/// <summary>
/// The base of a suite run on each database: the database is emptied before each test, and <see cref="Db"/> skips the
/// test when the database is not there (PostgreSQL without <c>POA_PG</c>).
/// </summary>
public abstract class PruebasEnBaseDeDatos<TBase> : IClassFixture<TBase>
    where TBase : BaseDeDatos
{
    private readonly TBase db;

    protected PruebasEnBaseDeDatos(TBase db)
    {
        this.db = db;
        if (db.RazonParaOmitir is null)
        {
            db.Vaciar();
        }
    }

    protected TBase Db
    {
        get
        {
            Skip.If(db.RazonParaOmitir is not null, db.RazonParaOmitir);
            return db;
        }
    }

    /// <summary>Saves <paramref name="registros"/> in one <c>SaveChanges</c>.</summary>
    protected void Guardar(IEnumerable<RegistroDePlan> registros)
    {
        using var contexto = Db.Nuevo();
        contexto.Planes.AddRange(registros);
        contexto.SaveChanges();
    }
}
