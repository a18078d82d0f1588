using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using Poa.Domain.EntityFrameworkCore.Internos;

namespace Poa.Domain.EntityFrameworkCore;

/// <summary>
/// A <see cref="Plan"/> as stored: one row of <c>poa_planes</c> that owns its activities (<c>poa_actividades</c>),
/// signatories (<c>poa_firmantes</c>) and avances (<c>poa_avances</c>). The aggregate that an app adds to its
/// <c>DbContext</c>, loads, changes through the domain, and saves.
/// </summary>
/// <remarks>
/// <para>Identity: <see cref="Ejercicio"/> and <see cref="UnidadResponsable"/>, compared as the domain compares names
/// (ignoring case and accents), are unique (index <c>ux_poa_planes_ejercicio_unidad</c>); <see cref="Id"/> is the
/// database's key.</para>
/// <para>Concurrency: every change made through this type (<see cref="AgregarAvance(Avance)"/>...) increases
/// <see cref="Version"/>, an optimistic concurrency token, so of two writers that loaded the same version only the
/// first one saves; the other gets EF Core's <c>DbUpdateConcurrencyException</c>.</para>
/// <para>Changes are checked by the domain before the database sees them: an avance the domain refuses throws
/// <see cref="AvancesInvalidosException"/> and leaves the record as it was.</para>
/// <para>Reading back (<see cref="ToPlan"/>, <see cref="ToAvancesDelPlan"/>) gives values equal (<c>==</c>) to the
/// ones saved.</para>
/// </remarks>
public sealed class RegistroDePlan
{
    private readonly List<RegistroDeActividad> actividades = [];
    private readonly List<RegistroDeFirmante> firmantes = [];
    private readonly List<RegistroDeAvance> avances = [];
    private Plan? plan;

    private RegistroDePlan()
    {
        Dependencia = null!;
        UnidadResponsable = null!;
        ClaveDeDependencia = ClaveDeUnidadResponsable = string.Empty;
    }

    /// <summary>The database's key, given when the record is first saved (0 before).</summary>
    public long Id { get; private set; }

    /// <summary>The fiscal year (column <c>ejercicio</c>, an integer).</summary>
    public EjercicioFiscal Ejercicio { get; private set; }

    /// <summary>The secretaría (column <c>dependencia</c>, the name as written).</summary>
    public Dependencia Dependencia { get; private set; }

    /// <summary>The directorate that owns the plan (column <c>unidad_responsable</c>, the name as written).</summary>
    public UnidadResponsable UnidadResponsable { get; private set; }

    /// <summary>The comparison key of <see cref="Dependencia"/> (column <c>dependencia_clave</c>).</summary>
    internal string ClaveDeDependencia { get; private set; }

    /// <summary>The comparison key of <see cref="UnidadResponsable"/> (column <c>unidad_responsable_clave</c>), unique with the ejercicio.</summary>
    internal string ClaveDeUnidadResponsable { get; private set; }

    /// <summary>
    /// The optimistic concurrency token (column <c>version</c>): 1 when created, increased by every change made through
    /// this type. An app that edits a plan across requests keeps it and sets it as the original value before saving.
    /// </summary>
    public int Version { get; private set; }

    /// <summary>The activities, in the order of the document.</summary>
    public IReadOnlyList<RegistroDeActividad> Actividades => Ordenados(actividades, (a, b) => a.Posicion.CompareTo(b.Posicion));

    /// <summary>The signatories, in the order of the document.</summary>
    public IReadOnlyList<RegistroDeFirmante> Firmantes => Ordenados(firmantes, (a, b) => a.Posicion.CompareTo(b.Posicion));

    /// <summary>The avances, by activity number and month.</summary>
    public IReadOnlyList<RegistroDeAvance> Avances
        => Ordenados(avances, (a, b) => a.Actividad != b.Actividad ? a.Actividad.CompareTo(b.Actividad) : a.Mes.CompareTo(b.Mes));

    /// <summary>A new record of <paramref name="plan"/>, without avances; add it to a <c>DbContext</c> and save.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The record, with <see cref="Version"/> 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A quantity has more than <see cref="OpcionesDeMapeo.Escala"/> decimal places or more than 14 integer digits, so the database would round it; the message names the activity and the value.</exception>
    /// <exception cref="NotSupportedException">The plan carries what these tables do not store yet (modificaciones, <c>cerradoHasta</c>, an activity's
    /// tipo de acumulación, frecuencia, línea base or peso): refused rather than saved without it (docs/persistencia.md).</exception>
    public static RegistroDePlan Create(Plan plan)
    {
        if (plan is null)
        {
            throw new ArgumentNullException(nameof(plan));
        }

        NoSePierdeNada(plan);

        var registro = new RegistroDePlan
        {
            Ejercicio = plan.Ejercicio,
            Dependencia = plan.Dependencia,
            ClaveDeDependencia = Claves.De(plan.Dependencia.Nombre),
            UnidadResponsable = plan.UnidadResponsable,
            ClaveDeUnidadResponsable = Claves.De(plan.UnidadResponsable.Nombre),
            Version = 1,
            plan = plan,
        };
        var nombre = registro.Nombre();
        for (var i = 0; i < plan.Actividades.Count; i++)
        {
            registro.actividades.Add(RegistroDeActividad.Create(i, plan.Actividades[i], nombre));
        }

        for (var i = 0; i < plan.Firmantes.Count; i++)
        {
            registro.firmantes.Add(RegistroDeFirmante.Create(i, plan.Firmantes[i]));
        }

        return registro;
    }

    /// <summary>A new record of a plan and its avances; add it to a <c>DbContext</c> and save.</summary>
    /// <param name="avances">The plan with its validated avances.</param>
    /// <returns>The record, with <see cref="Version"/> 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="avances"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A quantity would be rounded by the database; the message names it.</exception>
    /// <exception cref="NotSupportedException">The plan or an avance carries what these tables do not store yet (see <see cref="Create(Plan)"/>; an avance's <c>fechaDeReporte</c>).</exception>
    public static RegistroDePlan Create(AvancesDelPlan avances)
    {
        if (avances is null)
        {
            throw new ArgumentNullException(nameof(avances));
        }

        var registro = Create(avances.Plan);
        var nombre = registro.Nombre();
        registro.avances.AddRange(avances.Avances.Select(a => RegistroDeAvance.Create(a, nombre)).ToList());
        return registro;
    }

    /// <summary>The plan this record holds, equal (<c>==</c>) to the one saved.</summary>
    /// <returns>The plan.</returns>
    /// <exception cref="RegistroInvalidoException">A row holds a value the domain rejects (it was written by other means); the message names the table, the row and the column.</exception>
    public Plan ToPlan()
    {
        if (plan is null || plan.Actividades.Count != actividades.Count || plan.Firmantes.Count != firmantes.Count)
        {
            var nombre = Nombre();
            plan = new Plan(
                Ejercicio,
                Dependencia,
                UnidadResponsable,
                Actividades.Select(a => a.ToActividad($"{nombre}, posición {a.Posicion}")).ToList(),
                Firmantes.Select(f => f.ToFirmante($"{nombre}, posición {f.Posicion}")).ToList());
        }

        return plan;
    }

    /// <summary>The plan with its avances, ready for <see cref="EvaluadorDeSemaforo"/>.</summary>
    /// <returns>The validated avances of the plan.</returns>
    /// <exception cref="RegistroInvalidoException">A row is not valid, or the stored avances are not valid for the plan (they were written by other means); the message says which.</exception>
    public AvancesDelPlan ToAvancesDelPlan()
    {
        var nombre = Nombre();
        var leidos = Avances.Select(a => a.ToAvance($"{nombre}, actividad {a.Actividad}, mes {Formato.Mes(a.Mes)}")).ToList();
        if (!AvancesDelPlan.TryCreate(ToPlan(), leidos, out var resultado, out var diagnosticos))
        {
            throw new RegistroInvalidoException(
                $"Los avances guardados de {nombre} no son válidos para el plan: " + string.Join(" ", diagnosticos.Select(d => d.ToString())),
                new AvancesInvalidosException(diagnosticos));
        }

        return resultado;
    }

    /// <summary>Adds the avance of one activity and month, after the domain accepts it; increases <see cref="Version"/>.</summary>
    /// <param name="avance">The avance.</param>
    /// <exception cref="ArgumentNullException"><paramref name="avance"/> is null.</exception>
    /// <exception cref="AvancesInvalidosException">The domain refuses it: the plan has no such activity (or repeats its number), the month is outside the ejercicio, a rate is given for an acumulable meta, or that activity and month already have an avance (use <see cref="ReemplazarAvance"/>). Nothing is changed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value would be rounded by the database. Nothing is changed.</exception>
    /// <exception cref="RegistroInvalidoException">The stored plan is not valid.</exception>
    public void AgregarAvance(Avance avance)
    {
        if (avance is null)
        {
            throw new ArgumentNullException(nameof(avance));
        }

        AgregarAvances([avance]);
    }

    /// <summary>Adds avances, all or none, after the domain accepts them together with the ones stored; increases <see cref="Version"/> once.</summary>
    /// <param name="avances">The avances.</param>
    /// <exception cref="ArgumentNullException"><paramref name="avances"/> or one of them is null.</exception>
    /// <exception cref="AvancesInvalidosException">The domain refuses some avance; the exception lists every problem. Nothing is changed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value would be rounded by the database. Nothing is changed.</exception>
    /// <exception cref="RegistroInvalidoException">The stored plan is not valid.</exception>
    public void AgregarAvances(IEnumerable<Avance> avances)
    {
        if (avances is null)
        {
            throw new ArgumentNullException(nameof(avances));
        }

        var nuevos = avances.ToList();
        if (nuevos.Any(a => a is null))
        {
            throw new ArgumentNullException(nameof(avances), "Uno de los avances es nulo.");
        }

        // The domain decides first, with every stored avance; the closed months of a plan (cerradoHasta) will be
        // checked here too once the domain has them.
        var nombre = Nombre();
        Comprobar(Avances.Select(a => a.ToAvance($"{nombre}, actividad {a.Actividad}, mes {Formato.Mes(a.Mes)}")).Concat(nuevos));
        var registros = nuevos.Select(a => RegistroDeAvance.Create(a, nombre)).ToList();
        this.avances.AddRange(registros);
        Version++;
    }

    /// <summary>Replaces the stored avance of the same activity and month (a correction), after the domain accepts it; increases <see cref="Version"/>.</summary>
    /// <param name="avance">The corrected avance.</param>
    /// <exception cref="ArgumentNullException"><paramref name="avance"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no stored avance of that activity and month (use <see cref="AgregarAvance(Avance)"/>).</exception>
    /// <exception cref="AvancesInvalidosException">The domain refuses it (a rate for an acumulable meta...). Nothing is changed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value would be rounded by the database. Nothing is changed.</exception>
    /// <exception cref="RegistroInvalidoException">The stored plan is not valid.</exception>
    public void ReemplazarAvance(Avance avance)
    {
        if (avance is null)
        {
            throw new ArgumentNullException(nameof(avance));
        }

        var anterior = avances.FirstOrDefault(a => a.Actividad == avance.Actividad && a.Mes == avance.Mes)
            ?? throw new ArgumentException(
                $"{Nombre()} no tiene un avance de la actividad {avance.Actividad} en {Formato.Mes(avance.Mes)} que reemplazar.",
                nameof(avance));
        Comprobar(Avances.Select(a => ReferenceEquals(a, anterior) ? avance : a.ToAvance()));
        anterior.Cambiar(avance, $"el avance de la actividad {avance.Actividad} en {Formato.Mes(avance.Mes)} de {Nombre()}");
        Version++;
    }

    /// <summary><c>Plan 2023 «Dirección de Mejora Regulatoria» (id 7, versión 3)</c>.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Plan {Ejercicio} «{UnidadResponsable}» (id {Id}, versión {Version})");

    private void Comprobar(IEnumerable<Avance> todos)
    {
        if (!AvancesDelPlan.TryCreate(ToPlan(), todos, out _, out var diagnosticos))
        {
            throw new AvancesInvalidosException(diagnosticos);
        }
    }

    private string Nombre() => string.Create(CultureInfo.InvariantCulture, $"el plan {Ejercicio} «{UnidadResponsable}»");

    /// <summary>The rows in their order (EF Core adds loaded rows in any order); sorts in place only when needed.</summary>
    private static ReadOnlyCollection<T> Ordenados<T>(List<T> lista, Comparison<T> orden)
    {
        for (var i = 1; i < lista.Count; i++)
        {
            if (orden(lista[i - 1], lista[i]) > 0)
            {
                lista.Sort(orden);
                break;
            }
        }

        return lista.AsReadOnly();
    }

    /// <summary>
    /// Refuses what the tables of this version do not store, so that nothing is lost silently: the reporting cycle
    /// (modificaciones, cerradoHasta, fechaDeReporte) and the metas fields (tipo de acumulación, frecuencia, línea base, peso)
    /// come to the mapping in a later version.
    /// </summary>
    internal static void NoSePierdeNada(Plan plan)
    {
        if (plan.Modificaciones.Count > 0 || plan.CerradoHasta.HasValue)
        {
            throw new NotSupportedException($"El plan «{plan.UnidadResponsable}» tiene modificaciones o un mes de cierre (cerradoHasta), que estas tablas aún no guardan: no se guarda para no perderlos.");
        }

        foreach (var a in plan.Actividades)
        {
            if (a.AcumulacionExplicita.HasValue || a.Frecuencia != Frecuencia.Mensual || a.LineaBase is not null || a.Peso != 1m)
            {
                throw new NotSupportedException($"La actividad {a.Numero} del plan «{plan.UnidadResponsable}» tiene tipo de acumulación, frecuencia, línea base o peso, que estas tablas aún no guardan: no se guarda para no perderlos.");
            }
        }
    }

    /// <summary>Refuses an avance whose <c>fechaDeReporte</c> these tables do not store yet.</summary>
    internal static void NoSePierdeNada(Avance avance)
    {
        if (avance.FechaDeReporte.HasValue)
        {
            throw new NotSupportedException($"El avance de la actividad {avance.Actividad} de {avance.Mes:yyyy-MM} tiene fecha de reporte, que estas tablas aún no guardan: no se guarda para no perderla.");
        }
    }
}
