using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using NodaTime;
using Poa.Domain.EntityFrameworkCore.Internos;

namespace Poa.Domain.EntityFrameworkCore;

/// <summary>
/// A <see cref="Plan"/> as stored: one row of <c>poa_planes</c> that owns its activities (<c>poa_actividades</c>),
/// signatories (<c>poa_firmantes</c>), modificaciones (<c>poa_modificaciones</c>) and avances (<c>poa_avances</c>). The aggregate that an app adds to its
/// <c>DbContext</c>, loads, changes through the domain, and saves.
/// </summary>
/// <remarks>
/// <para>Identity: <see cref="Ejercicio"/> and <see cref="UnidadResponsable"/>, compared as the domain compares names
/// (ignoring case and accents), are unique (index <c>ux_poa_planes_ejercicio_unidad</c>); <see cref="Id"/> is the
/// database's key.</para>
/// <para>Concurrency: every change made through this type (<see cref="AgregarAvance(Avance)"/>...) increases
/// <see cref="Version"/>, an optimistic concurrency token, so of two writers that loaded the same version only the
/// first one saves; the other gets EF Core's <c>DbUpdateConcurrencyException</c>.</para>
/// <para>Changes are checked by the domain before the database sees them: an avance the domain refuses, or one of a month
/// at or before <see cref="CerradoHasta"/> (<c>POA042</c>), throws <see cref="AvancesInvalidosException"/>, and a modificación
/// goes through <see cref="Plan.Reprogramar"/> (<c>POA040</c> for a closed month); a refused change leaves the record as it was.</para>
/// <para>Reading back (<see cref="ToPlan"/>, <see cref="ToAvancesDelPlan"/>) gives values equal (<c>==</c>) to the
/// ones saved.</para>
/// </remarks>
public sealed class RegistroDePlan
{
    private readonly List<RegistroDeActividad> actividades = [];
    private readonly List<RegistroDeFirmante> firmantes = [];
    private readonly List<RegistroDeAvance> avances = [];
    private readonly List<RegistroDeModificacion> modificaciones = [];
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

    /// <summary>
    /// The last month closed (column <c>cerrado_hasta</c>, <c>yyyy-MM</c> text, null when none): <see cref="Reprogramar"/> refuses a
    /// modificación from it or before (<c>POA040</c>), and <see cref="AgregarAvances"/> and <see cref="ReemplazarAvance"/> an avance
    /// of it or before (<c>POA042</c>). Changed with <see cref="CerrarHasta"/>.
    /// </summary>
    public YearMonth? CerradoHasta { get; private set; }

    /// <summary>The activities, in the order of the document.</summary>
    public IReadOnlyList<RegistroDeActividad> Actividades => Ordenados(actividades, (a, b) => a.Posicion.CompareTo(b.Posicion));

    /// <summary>The signatories, in the order of the document.</summary>
    public IReadOnlyList<RegistroDeFirmante> Firmantes => Ordenados(firmantes, (a, b) => a.Posicion.CompareTo(b.Posicion));

    /// <summary>The modificaciones de meta, in the order given (folio order when added with <see cref="Reprogramar"/>).</summary>
    public IReadOnlyList<RegistroDeModificacion> Modificaciones => Ordenados(modificaciones, (a, b) => a.Posicion.CompareTo(b.Posicion));

    /// <summary>The avances, by activity number and month.</summary>
    public IReadOnlyList<RegistroDeAvance> Avances
        => Ordenados(avances, (a, b) => a.Actividad != b.Actividad ? a.Actividad.CompareTo(b.Actividad) : a.Mes.CompareTo(b.Mes));

    /// <summary>A new record of <paramref name="plan"/>, without avances; add it to a <c>DbContext</c> and save.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The record, with <see cref="Version"/> 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A quantity has more than <see cref="OpcionesDeMapeo.Escala"/> decimal places or more than 14 integer digits, so the database would round it; the message names the activity and the value.</exception>
    /// <remarks>The plan is stored as it is, modificaciones and <see cref="Plan.CerradoHasta"/> included: what <see cref="Plan.Validar()"/>
    /// reports about it is the app's to decide before saving.</remarks>
    public static RegistroDePlan Create(Plan plan)
    {
        if (plan is null)
        {
            throw new ArgumentNullException(nameof(plan));
        }

        var registro = new RegistroDePlan
        {
            Ejercicio = plan.Ejercicio,
            Dependencia = plan.Dependencia,
            ClaveDeDependencia = plan.Dependencia.Clave,
            UnidadResponsable = plan.UnidadResponsable,
            ClaveDeUnidadResponsable = plan.UnidadResponsable.Clave,
            CerradoHasta = plan.CerradoHasta,
            Version = 1,
            plan = plan,
        };
        var nombre = registro.Nombre();
        for (var i = 0; i < plan.Actividades.Count; i++)
        {
            registro.actividades.Add(RegistroDeActividad.Create(i, plan.Actividades[i], plan.ActividadesVigentes[i], nombre));
        }

        for (var i = 0; i < plan.Modificaciones.Count; i++)
        {
            registro.modificaciones.Add(RegistroDeModificacion.Create(i, plan.Modificaciones[i], nombre));
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
    /// <remarks>Avances of months at or before the plan's <see cref="Plan.CerradoHasta"/> are stored: they are the plan's state, not new ones.</remarks>
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
        if (plan is null
            || plan.Actividades.Count != actividades.Count
            || plan.Firmantes.Count != firmantes.Count
            || plan.Modificaciones.Count != modificaciones.Count
            || plan.CerradoHasta != CerradoHasta)
        {
            var nombre = Nombre();
            plan = new Plan(
                Ejercicio,
                Dependencia,
                UnidadResponsable,
                Actividades.Select(a => a.ToActividad($"{nombre}, posición {a.Posicion}")).ToList(),
                Firmantes.Select(f => f.ToFirmante($"{nombre}, posición {f.Posicion}")).ToList(),
                Modificaciones.Select(m => m.ToModificacion($"{nombre}, posición {m.Posicion}, folio {m.Folio}")).ToList(),
                CerradoHasta);
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
    /// <exception cref="AvancesInvalidosException">The domain refuses it: the plan has no such activity (or repeats its number), the month is outside the ejercicio, a rate is given for an acumulable meta, that activity and month already have an avance (use <see cref="ReemplazarAvance"/>), or the month is at or before <see cref="CerradoHasta"/> (<c>POA042</c>). Nothing is changed.</exception>
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
    /// <exception cref="AvancesInvalidosException">The domain refuses some avance, or some is of a month at or before <see cref="CerradoHasta"/> (<c>POA042</c>); the exception lists every problem. Nothing is changed.</exception>
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

        // The domain decides first, with every stored avance, and the closed months (cerradoHasta) of the new ones.
        var nombre = Nombre();
        Comprobar(Avances.Select(a => a.ToAvance($"{nombre}, actividad {a.Actividad}, mes {Formato.Mes(a.Mes)}")).Concat(nuevos), nuevos);
        var registros = nuevos.Select(a => RegistroDeAvance.Create(a, nombre)).ToList();
        this.avances.AddRange(registros);
        Version++;
    }

    /// <summary>Replaces the stored avance of the same activity and month (a correction), after the domain accepts it; increases <see cref="Version"/>.</summary>
    /// <param name="avance">The corrected avance.</param>
    /// <exception cref="ArgumentNullException"><paramref name="avance"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no stored avance of that activity and month (use <see cref="AgregarAvance(Avance)"/>).</exception>
    /// <exception cref="AvancesInvalidosException">The domain refuses it (a rate for an acumulable meta...), or its month is at or before <see cref="CerradoHasta"/> (<c>POA042</c>). Nothing is changed.</exception>
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
        Comprobar(Avances.Select(a => ReferenceEquals(a, anterior) ? avance : a.ToAvance()), [avance]);
        anterior.Cambiar(avance, $"el avance de la actividad {avance.Actividad} en {Formato.Mes(avance.Mes)} de {Nombre()}");
        Version++;
    }

    /// <summary>
    /// Adds a modificación de meta (reprogramación) through the domain: <see cref="Plan.Reprogramar"/> decides, and only an
    /// accepted one is added (with the vigente columns of its activity written again); increases <see cref="Version"/> then.
    /// A refused one — from a month at or before <see cref="CerradoHasta"/> (<c>POA040</c>), of an unknown activity, with a blank
    /// justificación, a folio out of order, a vigente activity that breaks a rule... — changes nothing: the result says why.
    /// </summary>
    /// <param name="modificacion">The modificación; <see cref="Plan.SiguienteFolio"/> of <see cref="ToPlan"/> is its expected folio.</param>
    /// <param name="reglaDeCierre">When a month closes, for the check of its date; <c>null</c>: when it ends.</param>
    /// <returns>The domain's result: <see cref="ResultadoDeReprogramacion.Aceptada"/> and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modificacion"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value would be rounded by the database. Nothing is changed.</exception>
    /// <exception cref="RegistroInvalidoException">The stored plan is not valid.</exception>
    public ResultadoDeReprogramacion Reprogramar(Modificacion modificacion, ReglaDeCierre? reglaDeCierre = null)
    {
        if (modificacion is null)
        {
            throw new ArgumentNullException(nameof(modificacion));
        }

        var resultado = ToPlan().Reprogramar(modificacion, reglaDeCierre);
        if (!resultado.Aceptada)
        {
            return resultado;
        }

        // Every value is checked against the columns before anything changes.
        var nombre = Nombre();
        var registro = RegistroDeModificacion.Create(modificaciones.Count, modificacion, nombre);
        var nuevo = resultado.Plan;
        var porPosicion = Actividades;
        for (var i = 0; i < porPosicion.Count; i++)
        {
            // A modificación changes one activity: the first with its number (the vigente row checks its values before writing).
            if (!ReferenceEquals(nuevo.ActividadesVigentes[i], plan!.ActividadesVigentes[i]) && nuevo.ActividadesVigentes[i] != plan.ActividadesVigentes[i])
            {
                porPosicion[i].Vigente(nuevo.ActividadesVigentes[i], $"la actividad {porPosicion[i].Numero} (posición {i}) de {nombre}");
            }
        }

        modificaciones.Add(registro);
        plan = nuevo;
        Version++;
        return resultado;
    }

    /// <summary>
    /// Closes the months up to <paramref name="mes"/> (<see cref="CerradoHasta"/>; <c>null</c> opens them all): from then on a
    /// modificación or an avance of a month at or before it is refused. Increases <see cref="Version"/>.
    /// </summary>
    /// <param name="mes">The last month closed, or <c>null</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="mes"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> is not a month of the plan's ejercicio (the domain's
    /// <c>POA043</c>, whose message it carries); nothing changes.</exception>
    /// <exception cref="RegistroInvalidoException">The stored plan is not valid.</exception>
    public void CerrarHasta(YearMonth? mes)
    {
        var nuevo = ToPlan().ConCerradoHasta(mes);
        if (mes is { } cerrado && nuevo.Validar().FirstOrDefault(d => d.Codigo == CatalogoDeDiagnosticos.CierreFueraDelEjercicio.Codigo) is { } fuera)
        {
            throw new ArgumentOutOfRangeException(nameof(mes), cerrado, fuera.Mensaje);
        }

        plan = nuevo;
        CerradoHasta = mes;
        Version++;
    }

    /// <summary><c>Plan 2023 «Dirección de Mejora Regulatoria» (id 7, versión 3)</c>.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Plan {Ejercicio} «{UnidadResponsable}» (id {Id}, versión {Version})");

    /// <summary>Throws when the domain refuses <paramref name="todos"/>, or when one of <paramref name="nuevos"/> is of a closed month.</summary>
    private void Comprobar(IEnumerable<Avance> todos, IReadOnlyList<Avance> nuevos)
    {
        var problemas = new List<Diagnostico>();
        if (!AvancesDelPlan.TryCreate(ToPlan(), todos, out _, out var diagnosticos))
        {
            problemas.AddRange(diagnosticos);
        }

        if (CerradoHasta is { } cerrado)
        {
            foreach (var avance in nuevos.Where(a => a.Mes <= cerrado))
            {
                problemas.Add(CatalogoDeDiagnosticos.AvanceEnMesCerrado.Crear(
                    new Ubicacion(UnidadResponsable.Nombre, avance.Actividad, "avances"),
                    $"El avance de la actividad {avance.Actividad} es de {Formato.Mes(avance.Mes)}, y {Nombre()} está cerrado hasta {Formato.Mes(cerrado)}: no se agrega ni se corrige."));
            }
        }

        if (problemas.Count > 0)
        {
            throw new AvancesInvalidosException(problemas);
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
}
