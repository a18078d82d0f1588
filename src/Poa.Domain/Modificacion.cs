using System;
using System.Globalization;
using NodaTime;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// A <em>modificación de meta</em> (reprogramación) of one activity of a <see cref="Plan"/>: from <see cref="AplicaDesde"/> on,
/// a new meta anual and/or new calendar values, authorised on a date with a justificación. The approved plan is never
/// overwritten: a plan carries its modificaciones, and its <em>vigente</em> view applies them in folio order.
/// </summary>
/// <remarks>
/// <para>Months before <see cref="AplicaDesde"/> are locked: the cells of <see cref="Calendarizacion"/> before it must be empty.
/// A non-empty one, a blank justificación, an unknown activity and the other inconsistencies are reported by
/// <see cref="Plan.Validar()"/> as diagnostics (<c>POA030</c>–<c>POA040</c>), never thrown, because stored plans contain them.</para>
/// <para>The cells of <see cref="Calendarizacion"/> from <see cref="AplicaDesde"/> on are the whole new calendar of those months:
/// an empty cell there means nothing is programmed in that month any more.</para>
/// <para>Immutable; equality compares every property (texts ordinally, after normalizing spaces).</para>
/// </remarks>
public sealed class Modificacion : IEquatable<Modificacion>
{
    private Modificacion(int folio, int actividad, YearMonth aplicaDesde, Meta? meta, Calendarizacion? calendarizacion, string justificacion, LocalDate autorizadaEl, string? autorizadaPor)
    {
        Folio = folio;
        Actividad = actividad;
        AplicaDesde = aplicaDesde;
        Meta = meta;
        Calendarizacion = calendarizacion;
        Justificacion = justificacion;
        AutorizadaEl = autorizadaEl;
        AutorizadaPor = autorizadaPor;
    }

    /// <summary>The folio: 1, 2, 3... in the order the modificaciones were authorised.</summary>
    public int Folio { get; }

    /// <summary>The number of the activity modified.</summary>
    public int Actividad { get; }

    /// <summary>The first month the modificación changes; the months before it are locked.</summary>
    public YearMonth AplicaDesde { get; }

    /// <summary>The new meta anual, or <c>null</c> when the meta does not change.</summary>
    public Meta? Meta { get; }

    /// <summary>
    /// The new calendar values of the months from <see cref="AplicaDesde"/> on (the cells before it must be empty), or
    /// <c>null</c> when the calendar does not change.
    /// </summary>
    public Calendarizacion? Calendarizacion { get; }

    /// <summary>Why the meta was modified (spaces normalized); empty when none was given, which validation reports.</summary>
    public string Justificacion { get; }

    /// <summary>The date it was authorised.</summary>
    public LocalDate AutorizadaEl { get; }

    /// <summary>Who authorised it, or <c>null</c>.</summary>
    public string? AutorizadaPor { get; }

    /// <summary>Creates a modificación.</summary>
    /// <param name="folio">The folio, from 1.</param>
    /// <param name="actividad">The number of the activity modified, from 1.</param>
    /// <param name="aplicaDesde">The first month it changes (ISO calendar).</param>
    /// <param name="meta">The new meta anual, or <c>null</c>.</param>
    /// <param name="calendarizacion">The new values of the months from <paramref name="aplicaDesde"/> on (earlier cells empty), or <c>null</c>.</param>
    /// <param name="justificacion">Why; a blank one is accepted here and reported by validation (<c>POA031</c>).</param>
    /// <param name="autorizadaEl">The date it was authorised (ISO calendar).</param>
    /// <param name="autorizadaPor">Who authorised it; optional.</param>
    /// <returns>The modificación.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="folio"/> or <paramref name="actividad"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">Neither <paramref name="meta"/> nor <paramref name="calendarizacion"/> is given, or a date is not in the ISO calendar.</exception>
    public static Modificacion Create(
        int folio,
        int actividad,
        YearMonth aplicaDesde,
        Meta? meta,
        Calendarizacion? calendarizacion,
        string? justificacion,
        LocalDate autorizadaEl,
        string? autorizadaPor = null)
    {
        Preconditions.CheckRange(folio, nameof(folio), 1, int.MaxValue);
        Preconditions.CheckRange(actividad, nameof(actividad), 1, int.MaxValue);
        Preconditions.CheckArgument(aplicaDesde.Calendar == CalendarSystem.Iso, nameof(aplicaDesde), "El mes desde el que aplica la modificación debe estar en el calendario ISO.");
        Preconditions.CheckArgument(autorizadaEl.Calendar == CalendarSystem.Iso, nameof(autorizadaEl), "La fecha de autorización debe estar en el calendario ISO.");
        Preconditions.CheckArgument(
            meta is not null || calendarizacion is not null,
            nameof(meta),
            $"La modificación con folio {folio} de la actividad {actividad} no cambia nada: dé una meta nueva, una calendarización nueva o ambas.");
        return new Modificacion(
            folio,
            actividad,
            aplicaDesde,
            meta,
            calendarizacion,
            string.IsNullOrWhiteSpace(justificacion) ? string.Empty : Texto.NormalizarEspacios(justificacion!),
            autorizadaEl,
            string.IsNullOrWhiteSpace(autorizadaPor) ? null : Texto.NormalizarEspacios(autorizadaPor!));
    }

    /// <summary>
    /// <paramref name="actividad"/> with this modificación applied from <paramref name="desde"/> (1..12) on: the new meta, and
    /// the calendar cells from that month on. Earlier months are never changed.
    /// </summary>
    internal Actividad AplicarA(Actividad actividad, int desde)
    {
        var resultado = Meta is { } meta ? actividad.ConMeta(meta) : actividad;
        if (Calendarizacion is not { } nuevo)
        {
            return resultado;
        }

        var celdas = new decimal?[Domain.Calendarizacion.Meses];
        var anterior = actividad.Calendarizacion;
        for (var mes = 1; mes <= Domain.Calendarizacion.Meses; mes++)
        {
            celdas[mes - 1] = mes < desde ? anterior[mes] : nuevo[mes];
        }

        return resultado.ConCalendarizacion(Domain.Calendarizacion.Create(celdas));
    }

    /// <summary><c>Folio 1 · actividad 3 desde 2024-07 · autorizada el 2024-06-28</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
        => $"Folio {Folio.ToString(CultureInfo.InvariantCulture)} · actividad {Actividad.ToString(CultureInfo.InvariantCulture)} desde {AplicaDesde.ToString("yyyy-MM", CultureInfo.InvariantCulture)} · autorizada el {AutorizadaEl.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <inheritdoc />
    public bool Equals(Modificacion? other)
        => other is not null
           && Folio == other.Folio
           && Actividad == other.Actividad
           && AplicaDesde == other.AplicaDesde
           && Meta == other.Meta
           && Calendarizacion == other.Calendarizacion
           && string.Equals(Justificacion, other.Justificacion, StringComparison.Ordinal)
           && AutorizadaEl == other.AutorizadaEl
           && string.Equals(AutorizadaPor, other.AutorizadaPor, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Modificacion);

    /// <inheritdoc />
    public override int GetHashCode()
        => Hash.Combine(Hash.Combine(Hash.Combine(Hash.Combine(Hash.Seed, Folio), Actividad), AplicaDesde.GetHashCode()), Calendarizacion);

    /// <summary>Equality of every property.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Modificacion? left, Modificacion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of any property.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Modificacion? left, Modificacion? right) => !(left == right);
}
