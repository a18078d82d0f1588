using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Poa.Domain.Benchmarks;

/// <summary>
/// Synthetic plans with avances for the report's benchmarks and size test: <c>planes</c> plans of 36 activities
/// (half 12 monthly reports, half a monthly rate of 100%) in 10 dependencias, with avances January to June that
/// give 50% verde, 20% amarillo, 20% rojo (with a justificación) and 10% amarillo for missing reports (May and June):
/// half of the activities get an explanation, as in the sample (15 of 34). Deterministic.
/// </summary>
public static class GeneradorDeAvances
{
    public const int ActividadesPorPlan = 36;

    /// <summary>The corte of the avances: June 2023.</summary>
    public static Corte Corte => Corte.De(new YearMonth(2023, 6));

    public static List<AvancesDelPlan> Generar(int planes)
    {
        var resultado = new List<AvancesDelPlan>(planes);
        var mensual = Calendarizacion.Mensual(1m);
        var tasa = Calendarizacion.Mensual(100m);
        for (var p = 0; p < planes; p++)
        {
            var n = p.ToString(CultureInfo.InvariantCulture);
            var builder = new Plan.Builder(2023, "Secretaría Sintética " + (p % 10).ToString(CultureInfo.InvariantCulture), "Dirección Sintética " + n);
            var avances = new List<Avance>();
            for (var a = 1; a <= ActividadesPorPlan; a++)
            {
                var porcentaje = a % 2 == 0;
                builder.AgregarActividad(
                    "Dar atención a solicitudes de soporte de infraestructura y servicios digitales número " + a.ToString(CultureInfo.InvariantCulture),
                    a % 3 == 0 ? "IV. Ciudad Humana" : "V. Ciudad abierta",
                    a % 3 == 0 ? "4.11 Igualdad sustantiva y perspectiva de género para el desarrollo humano" : "5.1 Monterrey abierto e inteligente",
                    "Gobierno Digital",
                    porcentaje ? "100% Porcentaje" : "12 Reportes",
                    porcentaje ? tasa : mensual,
                    porcentaje ? "Reporte estadístico de solicitudes atendidas" : "Reporte mensual de actividades");
                var caso = ((p * ActividadesPorPlan) + a) % 10;
                for (var mes = 1; mes <= 6; mes++)
                {
                    var m = new YearMonth(2023, mes);
                    switch (caso)
                    {
                        case < 5:
                            avances.Add(porcentaje ? Avance.ConVariables(a, m, 95, 100) : Avance.Create(a, m, 1));
                            break;
                        case < 7:
                            avances.Add(porcentaje ? Avance.Create(a, m, 70) : Avance.Create(a, m, mes <= 4 ? 1 : 0));
                            break;
                        case < 9:
                            avances.Add(porcentaje
                                ? Avance.Create(a, m, 40, "Retraso por falta de insumos.")
                                : Avance.Create(a, m, mes <= 2 ? 1 : 0, "Retraso por falta de insumos."));
                            break;
                        default:
                            if (mes <= 4)
                            {
                                avances.Add(porcentaje ? Avance.Create(a, m, 100) : Avance.Create(a, m, 1));
                            }

                            break;
                    }
                }
            }

            resultado.Add(AvancesDelPlan.Create(builder.Build(), avances));
        }

        return resultado;
    }
}
