using NodaTime;
using Poa.Domain;
using Poa.Domain.EntityFrameworkCore;

namespace Persistencia;

/// <summary>One activity found rojo by the database.</summary>
public sealed record ActividadEnRojo(UnidadResponsable UnidadResponsable, int Numero, string Descripcion, decimal Programado, decimal Realizado);

/// <summary>
/// The semáforo computed by the database, where it can be: for monthly activities with an acumulable meta summed month by
/// month (tipo de acumulación <c>suma</c>), sentido ascendente and the seed's bands, the cumplimiento at a corte is
/// Σ realizado ÷ Σ programado of the months up to the corte (a month without avance counts 0), and rojo is
/// <c>cumplimiento &lt;= 50%</c>, i.e. <c>realizado × 100 &lt;= programado × 50</c>, on the twelve columns of the vigente
/// calendar (the plan's modificaciones applied, as the evaluator uses by default) and the avances. Every other activity
/// (porcentaje metas, other tipos de acumulación, frecuencias, sentidos or bands) is left to <see cref="EvaluadorDeSemaforo"/>
/// in memory: <see cref="SinDecidirEnSql"/> finds them.
/// </summary>
public static class SemaforoEnSql
{
    /// <summary>The rojo activities of eje <paramref name="eje"/> at the corte, among those the database can decide.</summary>
    public static IQueryable<ActividadEnRojo> RojasDecididasEnSql(IQueryable<RegistroDePlan> planes, EjercicioFiscal ejercicio, int mesDeCorte, int eje)
    {
        var bandas = Semaforizacion.Predeterminada;
        var (verde, amarilla, roja) = (bandas.Verde, bandas.Amarillo, bandas.Rojo);
        var meses = Enumerable.Range(1, mesDeCorte).Select(ejercicio.Mes).ToList();
        return from plan in planes.DelEjercicio(ejercicio)
               from a in plan.Actividades
               where a.NumeroDeEje == eje
                     && a.TipoDeMeta == TipoDeMeta.Acumulable
                     && a.Acumulacion == TipoDeAcumulacion.Suma
                     && a.Frecuencia == Frecuencia.Mensual
                     && a.Sentido == Sentido.Ascendente
                     && a.BandaVerde == verde && a.BandaAmarilla == amarilla && a.BandaRoja == roja
               let programado = (a.EneroVigente ?? 0m)
                   + (mesDeCorte >= 2 ? a.FebreroVigente ?? 0m : 0m)
                   + (mesDeCorte >= 3 ? a.MarzoVigente ?? 0m : 0m)
                   + (mesDeCorte >= 4 ? a.AbrilVigente ?? 0m : 0m)
                   + (mesDeCorte >= 5 ? a.MayoVigente ?? 0m : 0m)
                   + (mesDeCorte >= 6 ? a.JunioVigente ?? 0m : 0m)
                   + (mesDeCorte >= 7 ? a.JulioVigente ?? 0m : 0m)
                   + (mesDeCorte >= 8 ? a.AgostoVigente ?? 0m : 0m)
                   + (mesDeCorte >= 9 ? a.SeptiembreVigente ?? 0m : 0m)
                   + (mesDeCorte >= 10 ? a.OctubreVigente ?? 0m : 0m)
                   + (mesDeCorte >= 11 ? a.NoviembreVigente ?? 0m : 0m)
                   + (mesDeCorte >= 12 ? a.DiciembreVigente ?? 0m : 0m)
               let realizado = plan.Avances
                   .Where(av => av.Actividad == a.Numero && meses.Contains(av.Mes))
                   .Sum(av => av.Realizado ?? 0m)
               where programado > 0m && realizado * 100m <= programado * 50m
               select new ActividadEnRojo(plan.UnidadResponsable, a.Numero, a.Descripcion, programado, realizado);
    }

    /// <summary>The plans that have activities of eje <paramref name="eje"/> the database cannot decide, to evaluate in memory.</summary>
    public static IQueryable<RegistroDePlan> SinDecidirEnSql(IQueryable<RegistroDePlan> planes, EjercicioFiscal ejercicio, int eje)
    {
        var bandas = Semaforizacion.Predeterminada;
        var (verde, amarilla, roja) = (bandas.Verde, bandas.Amarillo, bandas.Rojo);
        return planes.DelEjercicio(ejercicio).Where(plan => plan.Actividades.Any(a => a.NumeroDeEje == eje
            && !(a.TipoDeMeta == TipoDeMeta.Acumulable && a.Acumulacion == TipoDeAcumulacion.Suma && a.Frecuencia == Frecuencia.Mensual
                 && a.Sentido == Sentido.Ascendente && a.BandaVerde == verde && a.BandaAmarilla == amarilla && a.BandaRoja == roja)));
    }

    /// <summary>Whether the database decides the colour of <paramref name="actividad"/> (the same rule as the queries).</summary>
    public static bool SeDecideEnSql(Actividad actividad)
        => actividad.Tipo == TipoDeMeta.Acumulable
           && actividad.Acumulacion == TipoDeAcumulacion.Suma
           && actividad.Frecuencia == Frecuencia.Mensual
           && actividad.Sentido == Sentido.Ascendente
           && actividad.Semaforizacion == Semaforizacion.Predeterminada;
}
