using System.Collections.Generic;

namespace Poa.Domain.Testing;

/// <summary>
/// Avances of 2023 for the six <see cref="PlanesDeEjemplo"/>, <strong>made up</strong> for tests (the seed has
/// plans, not progress): at the corte of June 2023 (<see cref="Corte"/>) they give every colour and the
/// cases the evaluator must tell apart (17 verde, 7 amarillo, 8 rojo and 2 without colour in all). What each
/// activity gives is stated on each property and checked by the package's tests. They are the same avances
/// as the sample data of the <c>poa</c> tool (<c>poa ejemplo</c>).
/// </summary>
public static class AvancesDeEjemplo
{
    /// <summary>The month the samples are meant to be evaluated at: June (6) of 2023.</summary>
    public const int MesDeCorte = 6;

    /// <summary>The corte of June 2023.</summary>
    public static Corte Corte => Corte.De(new EjercicioFiscal(2023), MesDeCorte);

    /// <summary>
    /// <see cref="PlanesDeEjemplo.GobiernoDigitalYSoporte"/> to June: 1 verde (the March report, delivered),
    /// 2 verde ahead of schedule (200 accounts reported in June, programmed in August: <em>adelantada</em>, scored 100).
    /// </summary>
    public static AvancesDelPlan GobiernoDigitalYSoporte { get; } = Crear.UnosAvances(PlanesDeEjemplo.GobiernoDigitalYSoporte)
        .Con(1, 3, 1)
        .Con(2, 6, 200, "Se adelantó la creación de cuentas para el área de Tesorería.")
        .Build();

    /// <summary>
    /// <see cref="PlanesDeEjemplo.GobiernoDigital"/> to June: 1 verde, 2 amarillo (rates around 66%), 3 rojo (40% with
    /// its justificación), 4 verde, 5 amarillo (June's report missing, counted as 0), 6 verde (rates with
    /// numerador/denominador), 7 rojo (30% each month), 8 verde, 9 rojo (a reported 0 with its justificación).
    /// </summary>
    public static AvancesDelPlan GobiernoDigital { get; } = Crear.UnosAvances(PlanesDeEjemplo.GobiernoDigital)
        .DesdeEnero(1, 100, 100, 100, 90, 95, 100)
        .DesdeEnero(2, 70, 60, 65, 70, 60, 70)
        .Con(3, 6, 40, "Se liberaron 2 de 5 conjuntos de datos programados.")
        .Con(4, 2, 100).Con(4, 4, 100)
        .Con(5, 2, 100).Con(5, 4, 80)
        .ConVariables(6, 1, 45, 50).ConVariables(6, 2, 38, 40).ConVariables(6, 3, 50, 52)
        .ConVariables(6, 4, 41, 45).ConVariables(6, 5, 47, 50).ConVariables(6, 6, 44, 48)
        .Mensual(7, 30, hastaMes: 6)
        .Con(8, 6, 1)
        .Con(9, 6, 0, "El evento se pospuso a septiembre.")
        .Build();

    /// <summary>
    /// <see cref="PlanesDeEjemplo.SoporteEInfraestructura"/> to June: 1 verde, 2 amarillo (4 of 6 monthly reports),
    /// 3 verde (85% each month), 4 verde, 5 rojo at exactly 50%, 6 verde at 116.67% (7 of 6, over-compliance kept),
    /// 7 rojo at exactly 50%.
    /// </summary>
    public static AvancesDelPlan SoporteEInfraestructura { get; } = Crear.UnosAvances(PlanesDeEjemplo.SoporteEInfraestructura)
        .Mensual(1, 100, hastaMes: 6)
        .Mensual(2, 1, hastaMes: 4)
        .Mensual(3, 85, hastaMes: 6)
        .Con(4, 3, 1).Con(4, 6, 1)
        .Con(5, 3, 1)
        .DesdeEnero(6, 1, 2, 1, 1, 1, 1)
        .Con(7, 6, 1)
        .Build();

    /// <summary>
    /// <see cref="PlanesDeEjemplo.ParticipacionCiudadana"/> to June: 1 verde, 2 verde, 3 without colour (nothing
    /// programmed before July: <em>sin meta programada</em>), 4 amarillo, 5 verde, 6 amarillo (75% each month).
    /// </summary>
    public static AvancesDelPlan ParticipacionCiudadana { get; } = Crear.UnosAvances(PlanesDeEjemplo.ParticipacionCiudadana)
        .Con(1, 2, 100)
        .DesdeEnero(2, 1, 2, 4, 1, 2, 4)
        .DesdeEnero(4, 4, 8, 6, 4, 7, 5)
        .Mensual(5, 100, hastaMes: 6)
        .Mensual(6, 75, hastaMes: 6)
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

    /// <summary>The avances of the six plans, in the order of <see cref="PlanesDeEjemplo.Todos"/> (34 activities).</summary>
    public static IReadOnlyList<AvancesDelPlan> Todos { get; } =
        [GobiernoDigitalYSoporte, GobiernoDigital, SoporteEInfraestructura, ParticipacionCiudadana, MejoraRegulatoria, EnlaceMunicipal];
}
