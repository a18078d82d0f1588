namespace Poa.Domain.EntityFrameworkCore.Tests;

/// <summary>
/// The stored comparison keys are the domain's own (<c>Denominacion.Clave</c>, the key its equality uses): names the
/// domain considers equal are one plan in the database, and a <c>WHERE</c> on the key finds them.
/// </summary>
public sealed class ClavesTests
{
    [Fact]
    public void NombresQueElDominioConsideraIguales_TienenLaMismaClave()
    {
        var escrita = new UnidadResponsable("  Dirección  de Participación\tCiudadana ");
        var otra = new UnidadResponsable("DIRECCION DE PARTICIPACION CIUDADANA");

        escrita.Should().Be(otra);
        escrita.Clave.Should().Be(otra.Clave).And.Be("DIRECCION DE PARTICIPACION CIUDADANA");
    }

    [Fact]
    public void ElRegistroGuardaLaClaveDelDominio()
    {
        var plan = Poa.Domain.Testing.PlanesDeEjemplo.Todos[0];

        var registro = RegistroDePlan.Create(plan);

        registro.ClaveDeUnidadResponsable.Should().Be(plan.UnidadResponsable.Clave);
        registro.ClaveDeDependencia.Should().Be(plan.Dependencia.Clave);
        registro.Actividades.Select(a => a.ClaveDePrograma).Should().Equal(plan.Actividades.Select(a => a.Programa.Clave));
    }
}
