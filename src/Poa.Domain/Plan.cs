using System;
using System.Collections.Generic;
using System.Linq;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// A <em>Programa Operativo Anual</em>: the plan of one <see cref="UnidadResponsable"/> of a
/// <see cref="Dependencia"/> for one <see cref="EjercicioFiscal"/>, with its activities and signatories.
/// </summary>
/// <remarks>
/// <para>Immutable; collections are read-only copies. Creation checks only that nothing is null: a plan may
/// hold the inconsistencies real files have (duplicate numbers, meta against calendar...), and
/// <see cref="Validar()"/> reports them as diagnostics. Build one in readable steps with <see cref="Builder"/>.</para>
/// <para>A plan also carries its <see cref="Modificaciones"/> (reprogramaciones) and an optional <see cref="CerradoHasta"/> month:
/// the approved activities are never overwritten, and <see cref="ActividadesVigentes"/> applies the modificaciones
/// (<c>docs/ciclo.md</c>).</para>
/// <para>Equality compares every property, activities, signatories and modificaciones in order.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed partial class Plan : IEquatable<Plan>
{
    private readonly Actividad[] actividades;
    private readonly Firmante[] firmantes;

    /// <summary>Creates a plan.</summary>
    /// <param name="ejercicio">The fiscal year.</param>
    /// <param name="dependencia">The secretaría.</param>
    /// <param name="unidadResponsable">The directorate.</param>
    /// <param name="actividades">The approved activities, in the order of the document.</param>
    /// <param name="firmantes">The signatories; none when null.</param>
    /// <param name="modificaciones">The modificaciones de meta, in folio order as given; none when null.</param>
    /// <param name="cerradoHasta">The last month closed for new modificaciones, or <c>null</c>.</param>
    /// <exception cref="ArgumentNullException">An argument, an activity, a signatory or a modificación is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cerradoHasta"/> is not in the ISO calendar.</exception>
    public Plan(
        EjercicioFiscal ejercicio,
        Dependencia dependencia,
        UnidadResponsable unidadResponsable,
        IEnumerable<Actividad> actividades,
        IEnumerable<Firmante>? firmantes = null,
        IEnumerable<Modificacion>? modificaciones = null,
        NodaTime.YearMonth? cerradoHasta = null)
    {
        Ejercicio = ejercicio;
        Dependencia = Preconditions.CheckNotNull(dependencia, nameof(dependencia));
        UnidadResponsable = Preconditions.CheckNotNull(unidadResponsable, nameof(unidadResponsable));
        this.actividades = Preconditions.CheckNotNull(actividades, nameof(actividades)).ToArray();
        for (var i = 0; i < this.actividades.Length; i++)
        {
            if (this.actividades[i] is null)
            {
                throw new ArgumentNullException(nameof(actividades), $"La actividad en la posición {i} es nula.");
            }
        }

        this.firmantes = (firmantes ?? []).ToArray();
        for (var i = 0; i < this.firmantes.Length; i++)
        {
            if (this.firmantes[i] is null)
            {
                throw new ArgumentNullException(nameof(firmantes), $"El firmante en la posición {i} es nulo.");
            }
        }

        this.modificaciones = (modificaciones ?? []).ToArray();
        for (var i = 0; i < this.modificaciones.Length; i++)
        {
            if (this.modificaciones[i] is null)
            {
                throw new ArgumentNullException(nameof(modificaciones), $"La modificación en la posición {i} es nula.");
            }
        }

        Preconditions.CheckArgument(cerradoHasta is not { } c || c.Calendar == NodaTime.CalendarSystem.Iso, nameof(cerradoHasta), "El mes cerrado debe estar en el calendario ISO.");
        CerradoHasta = cerradoHasta;
        vigentes = AplicarModificaciones(ejercicio, this.actividades, this.modificaciones);
    }

    /// <summary>The fiscal year.</summary>
    public EjercicioFiscal Ejercicio { get; }

    /// <summary>The secretaría.</summary>
    public Dependencia Dependencia { get; }

    /// <summary>The directorate that owns the plan.</summary>
    public UnidadResponsable UnidadResponsable { get; }

    /// <summary>The activities, in the order of the document.</summary>
    public IReadOnlyList<Actividad> Actividades => actividades;

    /// <summary>The signatories (directors, then the secretary, as in the document).</summary>
    public IReadOnlyList<Firmante> Firmantes => firmantes;

    /// <summary>The first activity numbered <paramref name="numero"/>, as approved, or <c>null</c>.</summary>
    /// <param name="numero">The number of the activity.</param>
    /// <returns>The approved activity, or <c>null</c> when the plan has none with that number.</returns>
    public Actividad? BuscarActividad(int numero)
    {
        foreach (var actividad in actividades)
        {
            if (actividad.Numero == numero)
            {
                return actividad;
            }
        }

        return null;
    }

    /// <summary>
    /// Checks the plan's consistency and returns every finding, errors first; never throws on bad content.
    /// The activities are checked as vigentes (the sum rule applies to the vigente plan), and every modificación is
    /// checked against its own date: <c>aplicaDesde</c> must not be before the month of <c>autorizadaEl</c>.
    /// The codes are listed in <see cref="CatalogoDeDiagnosticos"/> and <c>docs/diagnosticos.md</c>.
    /// </summary>
    /// <returns>Every finding, errors first; empty for a plan without findings.</returns>
    public IReadOnlyList<Diagnostico> Validar() => ValidadorDePlan.Validar(this, null);

    /// <summary>
    /// <see cref="Validar()"/> with a closing rule: a modificación may apply from the first month still open on the date it
    /// was authorised (with 5 days of grace, one authorised on 3 July may apply from June).
    /// </summary>
    /// <param name="reglaDeCierre">When a month closes; <c>null</c>: when it ends.</param>
    /// <returns>Every finding, errors first.</returns>
    public IReadOnlyList<Diagnostico> Validar(ReglaDeCierre? reglaDeCierre) => ValidadorDePlan.Validar(this, reglaDeCierre);

    /// <summary>Whether <see cref="Validar()"/> finds no error (warnings allowed).</summary>
    public bool EsValido => !Validar().Any(d => d.EsError);

    /// <summary><c>POA 2023 · Dirección de Mejora Regulatoria (Secretaría de ...) · 4 actividades</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
        => $"POA {Ejercicio} · {UnidadResponsable} ({Dependencia}) · {actividades.Length} actividades";

    /// <inheritdoc />
    public bool Equals(Plan? other)
        => other is not null
           && Ejercicio == other.Ejercicio
           && Dependencia.Equals(other.Dependencia)
           && UnidadResponsable.Equals(other.UnidadResponsable)
           && actividades.SequenceEqual(other.actividades)
           && firmantes.SequenceEqual(other.firmantes)
           && modificaciones.SequenceEqual(other.modificaciones)
           && CerradoHasta == other.CerradoHasta;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Plan);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = Hash.Combine(Hash.Combine(Hash.Combine(Hash.Seed, Ejercicio.GetHashCode()), Dependencia), UnidadResponsable);
        return Hash.Combine(Hash.Combine(hash, actividades.Length), modificaciones.Length);
    }

    /// <summary>Equality of every property.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Plan? left, Plan? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of any property.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Plan? left, Plan? right) => !(left == right);
}
