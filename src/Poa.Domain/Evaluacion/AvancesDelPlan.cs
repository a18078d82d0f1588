using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The validated avances of one <see cref="Plan"/>: at most one per activity and month, every one of an
/// activity and month the plan has. Indexed once at creation, so that evaluation is a loop over 12 months.
/// </summary>
/// <remarks>
/// <para>Create it with <see cref="Create"/> (throws <see cref="AvancesInvalidosException"/> listing every
/// problem) or <see cref="TryCreate"/> (returns the diagnostics <c>POA201</c>..<c>POA205</c>).</para>
/// <para>A missing avance is a missing report, never a 0: <see cref="Buscar"/> returns <c>null</c> for it.</para>
/// <para>Immutable. No value equality (it is a validated view of a plan, compare <see cref="Avances"/> instead).</para>
/// </remarks>
public sealed class AvancesDelPlan
{
    private const int Meses = Calendarizacion.Meses;

    private readonly Avance?[] porCelda;
    private readonly Avance[] avances;

    private AvancesDelPlan(Plan plan, Actividad[] actividades, Avance?[] porCelda, Avance[] avances)
    {
        Plan = plan;
        Actividades = actividades;
        this.porCelda = porCelda;
        this.avances = avances;
        Realizados = new decimal[actividades.Length * Meses];
        Numeradores = new decimal[actividades.Length * Meses];
        Denominadores = new decimal[actividades.Length * Meses];
        Reportados = new ushort[actividades.Length];
        ConVariables = new ushort[actividades.Length];
        ConJustificacion = new ushort[actividades.Length];
        Vigentes = plan.VigentesInternas;
        for (var celda = 0; celda < porCelda.Length; celda++)
        {
            if (porCelda[celda] is { } avance)
            {
                var i = celda / Meses;
                var bit = (ushort)(1 << (celda % Meses));
                Realizados[celda] = avance.Realizado;
                Reportados[i] |= bit;
                if (avance.Justificacion is not null)
                {
                    ConJustificacion[i] |= bit;
                }

                if (avance.TieneVariables)
                {
                    Numeradores[celda] = avance.Numerador!.Value;
                    Denominadores[celda] = avance.Denominador!.Value;
                    ConVariables[i] |= bit;
                }
            }
        }
    }

    /// <summary>The plan.</summary>
    public Plan Plan { get; }

    /// <summary>Every avance, ordered by activity position and month.</summary>
    public IReadOnlyList<Avance> Avances => avances;

    internal Actividad[] Actividades { get; }

    internal decimal[] Realizados { get; }

    internal decimal[] Numeradores { get; }

    internal decimal[] Denominadores { get; }

    internal ushort[] Reportados { get; }

    internal ushort[] ConVariables { get; }

    /// <summary>Per activity, the months whose avance carries a justificación.</summary>
    internal ushort[] ConJustificacion { get; }

    /// <summary>The vigente activities, position by position (the same objects as <see cref="Actividades"/> where no modificación applies).</summary>
    internal Actividad[] Vigentes { get; }

    /// <summary>The avance at activity position <paramref name="i"/> and month index <paramref name="m"/> (0..11), or <c>null</c>.</summary>
    internal Avance? Celda(int i, int m) => porCelda[(i * Meses) + m];

    /// <summary>A plan with no avance reported yet.</summary>
    /// <param name="plan">The plan nothing was reported for yet.</param>
    /// <returns>The avances of <paramref name="plan"/> with no avance at all.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static AvancesDelPlan SinAvances(Plan plan) => Create(plan, []);

    /// <summary>Validates and indexes the avances of <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan the avances are of.</param>
    /// <param name="avances">The avances reported, one per activity and month at most, in any order.</param>
    /// <returns>The avances, checked against the plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/>, <paramref name="avances"/> or an avance is null.</exception>
    /// <exception cref="AvancesInvalidosException">Some avance is of an activity or month the plan does not have, repeats an activity and month, or carries variables for an acumulable meta; the exception lists every problem.</exception>
    public static AvancesDelPlan Create(Plan plan, IEnumerable<Avance> avances)
        => TryCreate(plan, avances, out var result, out var diagnosticos) ? result : throw new AvancesInvalidosException(diagnosticos);

    /// <summary>Validates and indexes the avances of <paramref name="plan"/>; on failure <paramref name="diagnosticos"/> lists every problem with activity and month.</summary>
    /// <param name="plan">The plan the avances are of.</param>
    /// <param name="avances">The avances reported, one per activity and month at most, in any order.</param>
    /// <param name="result">When this returns <c>true</c>, the avances; otherwise <c>null</c>.</param>
    /// <param name="diagnosticos">Every problem found (activity or month the plan does not have, a month reported twice...), with its place; empty when none.</param>
    /// <returns><c>true</c> when every avance fits the plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/>, <paramref name="avances"/> or an avance is null.</exception>
    public static bool TryCreate(Plan plan, IEnumerable<Avance> avances, out AvancesDelPlan result, out IReadOnlyList<Diagnostico> diagnosticos)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckNotNull(avances, nameof(avances));
        var actividades = plan.Actividades.ToArray();
        var indice = new Dictionary<int, int>();
        var repetidos = new HashSet<int>();
        for (var i = 0; i < actividades.Length; i++)
        {
            if (!indice.ContainsKey(actividades[i].Numero))
            {
                indice.Add(actividades[i].Numero, i);
            }
            else
            {
                repetidos.Add(actividades[i].Numero);
            }
        }

        var porCelda = new Avance?[actividades.Length * Meses];
        var problemas = new List<Diagnostico>();
        var posicion = 0;
        foreach (var avance in avances)
        {
            if (avance is null)
            {
                throw new ArgumentNullException(nameof(avances), $"El avance en la posición {posicion} es nulo.");
            }

            // The location and the month's name are only needed for a problem: built then, not for every avance.
            var ubicacion = new UbicacionPerezosa(plan.UnidadResponsable.Nombre, avance.Actividad, posicion);
            var mes = new MesPerezoso(avance.Mes);
            posicion++;
            if (!indice.TryGetValue(avance.Actividad, out var i))
            {
                problemas.Add(CatalogoDeDiagnosticos.AvanceDeActividadInexistente.Crear(
                    ubicacion, $"El avance de {mes} es de la actividad {avance.Actividad}, que el plan no tiene."));
                continue;
            }

            if (repetidos.Contains(avance.Actividad))
            {
                problemas.Add(CatalogoDeDiagnosticos.AvanceDeActividadAmbigua.Crear(
                    ubicacion, $"El avance de {mes} es de la actividad {avance.Actividad}, pero el plan tiene más de una actividad con ese número."));
                continue;
            }

            if (!plan.Ejercicio.Contiene(avance.Mes))
            {
                problemas.Add(CatalogoDeDiagnosticos.AvanceFueraDelEjercicio.Crear(
                    ubicacion, $"El avance de la actividad {avance.Actividad} es de {mes}, fuera del ejercicio {plan.Ejercicio}."));
                continue;
            }

            if (!Periodos.EsCierre(actividades[i].Frecuencia, avance.Mes.Month))
            {
                problemas.Add(CatalogoDeDiagnosticos.AvanceFueraDelCierreDelPeriodo.Crear(
                    ubicacion, $"La actividad {avance.Actividad} es {Periodos.NombreDe(actividades[i].Frecuencia)}: se reporta al cierre de cada periodo, no en {mes}."));
                continue;
            }

            if (avance.TieneVariables && actividades[i].Acumulacion != TipoDeAcumulacion.Promedio)
            {
                problemas.Add(CatalogoDeDiagnosticos.VariablesEnMetaAcumulable.Crear(
                    ubicacion, $"El avance de la actividad {avance.Actividad} en {mes} trae numerador y denominador, pero su meta ({actividades[i].Meta}) es acumulable: repórtelo como cantidad."));
                continue;
            }

            var celda = (i * Meses) + avance.Mes.Month - 1;
            if (porCelda[celda] is { } anterior)
            {
                problemas.Add(CatalogoDeDiagnosticos.AvanceDuplicado.Crear(
                    ubicacion, $"La actividad {avance.Actividad} tiene dos avances en {mes}: {Numeros.Formatear(anterior.Realizado, CultureInfo.InvariantCulture)} y {Numeros.Formatear(avance.Realizado, CultureInfo.InvariantCulture)}."));
                continue;
            }

            porCelda[celda] = avance;
        }

        diagnosticos = problemas;
        if (problemas.Count > 0)
        {
            result = null!;
            return false;
        }

        var ordenados = porCelda.Where(a => a is not null).Select(a => a!).ToArray();
        result = new AvancesDelPlan(plan, actividades, porCelda, ordenados);
        return true;
    }

    private readonly struct UbicacionPerezosa(string unidad, int actividad, int posicion)
    {
        public static implicit operator Ubicacion(UbicacionPerezosa u) => new(u.Unidad, u.Actividad, $"avances[{u.Posicion}]");

        private string Unidad => unidad;

        private int Actividad => actividad;

        private int Posicion => posicion;
    }

    private readonly struct MesPerezoso(NodaTime.YearMonth mes)
    {
        /// <returns>The text in the form shown above.</returns>
        public override string ToString() => Avance.Describir(mes);
    }

    /// <summary>The avance of activity <paramref name="actividad"/> in month <paramref name="mes"/> (1..12), or <c>null</c> when it was not reported (or the plan has no such activity).</summary>
    /// <param name="actividad">The number of the activity.</param>
    /// <param name="mes">The month, 1 (enero) to 12 (diciembre) of the plan's ejercicio.</param>
    /// <returns>The avance reported for that activity and month, or <c>null</c> when none was (a missing report, not a 0).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> is not 1..12.</exception>
    public Avance? Buscar(int actividad, int mes)
    {
        Preconditions.CheckRange(mes, nameof(mes), 1, Meses);
        var i = IndiceDe(actividad);
        return i < 0 ? null : porCelda[(i * Meses) + mes - 1];
    }

    /// <summary>The avance of the activity at <paramref name="posicion"/> (0-based, in the plan's order) in month <paramref name="mes"/> (1..12), or <c>null</c>.</summary>
    internal Avance? EnPosicion(int posicion, int mes) => porCelda[(posicion * Meses) + mes - 1];

    internal int IndiceDe(int numero)
    {
        for (var i = 0; i < Actividades.Length; i++)
        {
            if (Actividades[i].Numero == numero)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><c>Avances de Dirección de ... (12 avances)</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => $"Avances de {Plan.UnidadResponsable} ({avances.Length} avances)";
}
