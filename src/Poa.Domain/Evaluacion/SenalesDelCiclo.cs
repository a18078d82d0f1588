namespace Poa.Domain;

/// <summary>Facts of the reporting cycle on a result (kept apart from <see cref="SenalesDeEvaluacion"/>, which the results JSON writes).</summary>
[System.Flags]
internal enum SenalesDelCiclo : byte
{
    Ninguna = 0,
    AlertaPorRitmo = 1,
    AlertaPorMesesSinAvance = 2,
    JustificacionFaltante = 4,
}
