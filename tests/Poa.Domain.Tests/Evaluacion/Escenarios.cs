using NodaTime;
using Poa.Domain.Tests.Datos;

namespace Poa.Domain.Tests.Evaluacion;

/// <summary>Small plans and avances for the evaluator's tests.</summary>
internal static class Escenarios
{
    public static readonly EjercicioFiscal Ejercicio = new(2023);

    public static YearMonth Mes(int mes) => new(2023, mes);

    public static Corte Corte(int mes) => Domain.Corte.De(Mes(mes));

    /// <summary>A plan with one activity numbered 1.</summary>
    public static Plan PlanDeUna(string meta, Calendarizacion calendarizacion, Sentido sentido = Sentido.Ascendente, Semaforizacion? semaforizacion = null)
        => new Plan.Builder(2023, "Secretaría de Prueba", "Dirección de Prueba")
            .Agregar(
                new Actividad(1, "Actividad de prueba", Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente"),
                    new ProgramaPresupuestario("Programa de Prueba"), Meta.Parse(meta), calendarizacion, null, semaforizacion, sentido))
            .Build();

    /// <summary>Avances of activity 1 from a month → value map (null = not reported).</summary>
    public static AvancesDelPlan Avances(Plan plan, params decimal?[] porMes)
    {
        var avances = new List<Avance>();
        for (var i = 0; i < porMes.Length; i++)
        {
            if (porMes[i] is { } v)
            {
                avances.Add(Avance.Create(1, Mes(i + 1), v));
            }
        }

        return AvancesDelPlan.Create(plan, avances);
    }

    public static Actividad Audiencias => PlanesDelSeed.ParticipacionCiudadana.Actividades.First(a => a.Descripcion.StartsWith("Realizar Audiencias Públicas", StringComparison.Ordinal));
}
