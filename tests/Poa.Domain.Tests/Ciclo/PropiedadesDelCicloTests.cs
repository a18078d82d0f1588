using System.Threading;
using CsCheck;
using NodaTime;
using Poa.Domain.Tests.Datos;
using static Poa.Domain.Tests.Evaluacion.Escenarios;

namespace Poa.Domain.Tests.Ciclo;

public class PropiedadesDelCicloTests
{
    private static readonly EvaluadorDeSemaforo Vigente = EvaluadorDeSemaforo.Predeterminado;
    private static readonly EvaluadorDeSemaforo Aprobado = new(new OpcionesDeEvaluacion { Vista = VistaDelPlan.Aprobado });

    private static readonly Gen<decimal?[]> GenCalendario = Gen.Int[0, 30].Select(v => (decimal)v).Nullable(0.3).Array[12];

    private static readonly Gen<decimal?[]> GenAvances = Gen.Int[0, 40].Select(v => (decimal)v).Nullable(0.3).Array[12];

    /// <summary>A modificación of activity 1: folio, first month, new calendar cells (any, also before the month: they must be ignored), new meta or none.</summary>
    private static readonly Gen<(int Desde, decimal?[] Celdas, int? Meta)> GenModificacion =
        Gen.Select(Gen.Int[1, 12], GenCalendario, Gen.Int[0, 300].Nullable(0.5));

    private static Modificacion Crear(int folio, (int Desde, decimal?[] Celdas, int? Meta) m, bool conCalendario = true)
        => Modificacion.Create(folio, 1, Mes(m.Desde), m.Meta is { } meta ? Meta.Parse($"{meta} Reportes") : null,
            conCalendario || m.Meta is null ? Calendarizacion.Create(m.Celdas) : null, "Reprogramación de prueba.", new LocalDate(2023, m.Desde, 1));

    private static Plan ConModificaciones(Plan aprobado, IEnumerable<Modificacion> modificaciones)
        => new(aprobado.Ejercicio, aprobado.Dependencia, aprobado.UnidadResponsable, aprobado.Actividades, aprobado.Firmantes, modificaciones);

    [Fact]
    public void UnaModificacion_NuncaCambiaElProgramadoDeUnMesBloqueado()
    {
        Gen.Select(GenCalendario, GenModificacion, GenAvances, Gen.Bool)
            .Sample((calendario, m, reportes, conCalendario) =>
            {
                var aprobado = PlanDeUna("100 Reportes", Calendarizacion.Create(calendario));
                var plan = ConModificaciones(aprobado, [Crear(1, m, conCalendario)]);
                var avances = Avances(plan, reportes);
                var vigente = plan.ActividadVigente(1)!.Calendarizacion;
                for (var mes = 1; mes < m.Desde; mes++)
                {
                    vigente[mes].Should().Be(calendario[mes - 1], "el mes {0} está bloqueado", mes);
                    var r = Vigente.Evaluar(avances, 1, Corte(mes));
                    r.Programado.Should().Be(Aprobado.Evaluar(avances, 1, Corte(mes)).Programado);
                    r.ProgramadoVigente.Should().Be(r.ProgramadoAprobado);
                }
            });
    }

    [Fact]
    public void EvaluarContraElVigente_EsEvaluarUnPlanHechoConElCalendarioVigente()
    {
        Gen.Select(GenCalendario, GenModificacion.List[1, 3], GenAvances, Gen.Int[1, 12])
            .Sample((calendario, modificaciones, reportes, corte) =>
            {
                var aprobado = PlanDeUna("100 Reportes", Calendarizacion.Create(calendario));
                var plan = ConModificaciones(aprobado, modificaciones.Select((m, i) => Crear(i + 1, m)));

                // The vigente calendar computed here by hand: each month takes the value of the last folio applying from it or before.
                var esperado = (decimal?[])calendario.Clone();
                var meta = 100;
                foreach (var m in modificaciones)
                {
                    for (var mes = m.Desde; mes <= 12; mes++)
                    {
                        esperado[mes - 1] = m.Celdas[mes - 1];
                    }

                    meta = m.Meta ?? meta;
                }

                var directo = PlanDeUna($"{meta} Reportes", Calendarizacion.Create(esperado));
                var r = Vigente.Evaluar(Avances(plan, reportes), 1, Corte(corte));
                var d = Vigente.Evaluar(Avances(directo, reportes), 1, Corte(corte));

                r.Actividad.Should().Be(directo.Actividades[0]);
                (r.Estado, r.Programado, r.Realizado, r.Cumplimiento, r.Color).Should().Be((d.Estado, d.Programado, d.Realizado, d.Cumplimiento, d.Color));
                (r.MesesSinReporte, r.AvanceAnual, r.TieneAlerta, r.FaltaJustificacion).Should().Be((d.MesesSinReporte, d.AvanceAnual, d.TieneAlerta, d.FaltaJustificacion));
            });
    }

    [Fact]
    public void ContraElAprobado_EsEvaluarElPlanSinModificaciones()
    {
        Gen.Select(GenCalendario, GenModificacion.List[1, 3], GenAvances, Gen.Int[1, 12])
            .Sample((calendario, modificaciones, reportes, corte) =>
            {
                var aprobado = PlanDeUna("100 Reportes", Calendarizacion.Create(calendario));
                var plan = ConModificaciones(aprobado, modificaciones.Select((m, i) => Crear(i + 1, m)));
                var r = Aprobado.Evaluar(Avances(plan, reportes), 1, Corte(corte));
                var d = Vigente.Evaluar(Avances(aprobado, reportes), 1, Corte(corte));

                (r.Estado, r.Programado, r.Realizado, r.Cumplimiento, r.Color).Should().Be((d.Estado, d.Programado, d.Realizado, d.Cumplimiento, d.Color));
            });
    }

    [Fact]
    public void CerrarMasMeses_NuncaInvalidaUnaModificacionQueEraValida()
    {
        var validas = 0;
        Gen.Select(Gen.Int[1, 12], Gen.Int[-60, 60], Gen.Int[1, 12])
            .Sample((desde, dias, cerrado) =>
            {
                // Authorised before, during or after its first month; the rule gives 15 days of grace.
                var autorizada = new LocalDate(2023, desde, 1).PlusDays(dias);
                var aprobado = PlanDeUna("120 Reportes", Calendarizacion.Mensual(10));
                var celdas = new decimal?[12];
                for (var mes = desde; mes <= 12; mes++)
                {
                    celdas[mes - 1] = 10;
                }

                var m = Modificacion.Create(1, 1, Mes(desde), null, Calendarizacion.Create(celdas), "Sin cambio de fondo.", autorizada);
                var regla = ReglaDeCierre.Create(15, DateTimeZone.Utc);
                var antes = ConModificaciones(aprobado, [m]).Validar(regla).Where(d => d.EsError).ToList();
                var despues = ConModificaciones(aprobado, [m]).ConCerradoHasta(Mes(cerrado)).Validar(regla).Where(d => d.EsError).ToList();
                if (antes.Count == 0)
                {
                    Interlocked.Increment(ref validas);
                    despues.Should().BeEmpty();
                }
            });
        validas.Should().BePositive();
    }

    [Fact]
    public void EvaluarUnPlanConModificaciones_NoAsignaMemoria()
    {
        var aprobado = PlanesDelSeed.ParticipacionCiudadana;
        var numero = aprobado.Actividades[0].Numero;
        var m = Modificacion.Create(1, numero, new YearMonth(2023, 7), null, Calendarizacion.Mensual(1, 7, 12), "Prueba.", new LocalDate(2023, 7, 1));
        var plan = ConModificaciones(aprobado, [m]);
        plan.TieneModificacionesAplicadas.Should().BeTrue();
        foreach (var evaluador in new[] { Vigente, Aprobado })
        {
            var avances = AvancesDelPlan.SinAvances(plan);
            var destino = new ResultadoDeActividad[plan.Actividades.Count];
            evaluador.Evaluar(avances, Corte(9), destino);
            var antes = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
            {
                evaluador.Evaluar(avances, Corte(9), destino);
            }

            (GC.GetAllocatedBytesForCurrentThread() - antes).Should().Be(0);
        }
    }
}
