namespace Poa.Domain.Testing;

/// <summary>
/// Avances of 2023 for two of the <see cref="PlanesDeEjemplo"/>, <strong>made up</strong> for tests (the seed has
/// plans, not progress): at the corte of June 2023 (<see cref="Corte"/>) they give every colour and the
/// cases the evaluator must tell apart. What each activity gives is stated on each property and checked
/// by the package's tests.
/// </summary>
public static class AvancesDeEjemplo
{
    /// <summary>The month the samples are meant to be evaluated at: June (6) of 2023.</summary>
    public const int MesDeCorte = 6;

    /// <summary>The corte of June 2023.</summary>
    public static Corte Corte => Corte.De(new EjercicioFiscal(2023), MesDeCorte);

    /// <summary>
    /// <see cref="PlanesDeEjemplo.EnlaceMunicipal"/> to June: 1 verde (rates with variables, 1053 of 1070),
    /// 2 amarillo (4 of 6 monthly reports, May and June unreported), 3 verde at exactly 80%, 4 rojo (2 of 6),
    /// 5 amarillo (60% each month), 6 verde (the April plan, delivered).
    /// </summary>
    public static AvancesDelPlan EnlaceMunicipal { get; } = Crear.UnosAvances(PlanesDeEjemplo.EnlaceMunicipal)
        .ConVariables(1, 1, 95, 100).ConVariables(1, 2, 300, 300).ConVariables(1, 3, 48, 50)
        .ConVariables(1, 4, 100, 100).ConVariables(1, 5, 90, 100).ConVariables(1, 6, 420, 420)
        .Mensual(2, 1, hastaMes: 4)
        .Mensual(3, 80, hastaMes: 6)
        .Mensual(4, 1, hastaMes: 2)
        .Mensual(5, 60, hastaMes: 6)
        .Con(6, 4, 1)
        .Build();

    /// <summary>
    /// <see cref="PlanesDeEjemplo.MejoraRegulatoria"/> to June: 1 verde (both programmed meetings held),
    /// 2 without colour (nothing programmed before December), 3 rojo (a reported 0 in January),
    /// 4 rojo at exactly 50% (March's report made, June's missing).
    /// </summary>
    public static AvancesDelPlan MejoraRegulatoria { get; } = Crear.UnosAvances(PlanesDeEjemplo.MejoraRegulatoria)
        .ComoLoProgramado(1, hastaMes: 6)
        .Con(3, 1, 0, "El programa se publicó hasta julio.")
        .Con(4, 3, 1)
        .Build();
}
