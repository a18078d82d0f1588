using Poa.Domain.Testing;

namespace Poa.Domain.Tests.Datos;

/// <summary>
/// The six plans of the seed. They now live in the Poa.Domain.Testing package as
/// <see cref="PlanesDeEjemplo"/>; this class delegates to it so the existing tests keep their names.
/// </summary>
public static class PlanesDelSeed
{
    public static IReadOnlyList<Plan> Todos => PlanesDeEjemplo.Todos;

    public static Plan GobiernoDigitalYSoporte => PlanesDeEjemplo.GobiernoDigitalYSoporte;

    public static Plan GobiernoDigital => PlanesDeEjemplo.GobiernoDigital;

    public static Plan SoporteEInfraestructura => PlanesDeEjemplo.SoporteEInfraestructura;

    public static Plan ParticipacionCiudadana => PlanesDeEjemplo.ParticipacionCiudadana;

    public static Plan MejoraRegulatoria => PlanesDeEjemplo.MejoraRegulatoria;

    public static Plan EnlaceMunicipal => PlanesDeEjemplo.EnlaceMunicipal;
}
