using System;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// One row of a POA (<em>actividad</em>): what will be done, its alineación, programa presupuestario,
/// meta anual, semaforización, medios de verificación and calendarización.
/// </summary>
/// <remarks>
/// <para>Immutable. The constructor checks each value on its own (not null, number from 1 to 9999, text not blank);
/// consistency between values (meta against calendar, objective against axis) is checked by
/// <see cref="Plan.Validar()"/>, which reports it as diagnostics, because real plans contain such rows.</para>
/// <para>Equality compares every property; descriptions and medios de verificación ordinally, as written.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.ActividadJsonConverter))]
public sealed class Actividad : IEquatable<Actividad>
{
    /// <summary>Creates an activity.</summary>
    /// <param name="numero">The number of the activity inside its plan, from 1 to 9999.</param>
    /// <param name="descripcion">What will be done.</param>
    /// <param name="alineacion">The alineación to the Plan Municipal de Desarrollo.</param>
    /// <param name="programa">The programa presupuestario.</param>
    /// <param name="meta">The meta anual.</param>
    /// <param name="calendarizacion">What is programmed each month.</param>
    /// <param name="mediosDeVerificacion">The evidence that proves progress; may be empty.</param>
    /// <param name="semaforizacion">The bands; <see cref="Semaforizacion.Predeterminada"/> when null.</param>
    /// <param name="sentido">The direction of the indicator; <see cref="Sentido.Ascendente"/> by default.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numero"/> is not 1..9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="descripcion"/> is blank.</exception>
    public Actividad(
        int numero,
        string descripcion,
        Alineacion alineacion,
        ProgramaPresupuestario programa,
        Meta meta,
        Calendarizacion calendarizacion,
        string? mediosDeVerificacion = null,
        Semaforizacion? semaforizacion = null,
        Sentido sentido = Sentido.Ascendente)
    {
        Numero = Limites.ComprobarNumeroDeActividad(numero, nameof(numero));
        Descripcion = Texto.NormalizarEspacios(Preconditions.CheckNotBlank(descripcion, nameof(descripcion)));
        Alineacion = Preconditions.CheckNotNull(alineacion, nameof(alineacion));
        Programa = Preconditions.CheckNotNull(programa, nameof(programa));
        Meta = Preconditions.CheckNotNull(meta, nameof(meta));
        Calendarizacion = Preconditions.CheckNotNull(calendarizacion, nameof(calendarizacion));
        MediosDeVerificacion = mediosDeVerificacion is null ? string.Empty : Texto.NormalizarEspacios(mediosDeVerificacion);
        Semaforizacion = semaforizacion ?? Semaforizacion.Predeterminada;
        if (sentido is not (Sentido.Ascendente or Sentido.Descendente or Sentido.Regular))
        {
            throw new ArgumentOutOfRangeException(nameof(sentido), sentido, "Sentido no definido.");
        }

        Sentido = sentido;
    }

    /// <summary>The number of the activity inside its plan (1..n, at most 9999).</summary>
    public int Numero { get; }

    /// <summary>What will be done, as written (spaces normalized).</summary>
    public string Descripcion { get; }

    /// <summary>The alineación to the Plan Municipal de Desarrollo.</summary>
    public Alineacion Alineacion { get; }

    /// <summary>The programa presupuestario that pays for it.</summary>
    public ProgramaPresupuestario Programa { get; }

    /// <summary>The meta anual with its unit.</summary>
    public Meta Meta { get; }

    /// <summary>The kind of meta (acumulable or porcentaje), from the unit.</summary>
    public TipoDeMeta Tipo => Meta.Tipo;

    /// <summary>What is programmed in each month.</summary>
    public Calendarizacion Calendarizacion { get; }

    /// <summary>The evidence that proves progress (<em>medios de verificación</em>); empty when none is given.</summary>
    public string MediosDeVerificacion { get; }

    /// <summary>The bands that give the colour of the semáforo.</summary>
    public Semaforizacion Semaforizacion { get; }

    /// <summary>The direction of the indicator.</summary>
    public Sentido Sentido { get; }

    /// <summary>A copy with another number (e.g. when renumbering a plan).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numero"/> is not 1..9999.</exception>
    public Actividad ConNumero(int numero)
        => new(numero, Descripcion, Alineacion, Programa, Meta, Calendarizacion, MediosDeVerificacion, Semaforizacion, Sentido);

    /// <summary>A copy with another calendarización.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendarizacion"/> is null.</exception>
    public Actividad ConCalendarizacion(Calendarizacion calendarizacion)
        => new(Numero, Descripcion, Alineacion, Programa, Meta, calendarizacion, MediosDeVerificacion, Semaforizacion, Sentido);

    /// <summary>A copy with another meta.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="meta"/> is null.</exception>
    public Actividad ConMeta(Meta meta)
        => new(Numero, Descripcion, Alineacion, Programa, meta, Calendarizacion, MediosDeVerificacion, Semaforizacion, Sentido);

    /// <summary>A copy with another semaforización.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="semaforizacion"/> is null.</exception>
    public Actividad ConSemaforizacion(Semaforizacion semaforizacion)
        => new(Numero, Descripcion, Alineacion, Programa, Meta, Calendarizacion, MediosDeVerificacion, Preconditions.CheckNotNull(semaforizacion, nameof(semaforizacion)), Sentido);

    /// <summary>A copy with another sentido.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentido"/> is not defined.</exception>
    public Actividad ConSentido(Sentido sentido)
        => new(Numero, Descripcion, Alineacion, Programa, Meta, Calendarizacion, MediosDeVerificacion, Semaforizacion, sentido);

    /// <summary><c>4. Elaborar los informes de avance ... (4 Informes)</c>.</summary>
    public override string ToString() => $"{Numero}. {Descripcion} ({Meta})";

    /// <inheritdoc />
    public bool Equals(Actividad? other)
        => other is not null
           && Numero == other.Numero
           && string.Equals(Descripcion, other.Descripcion, StringComparison.Ordinal)
           && Alineacion.Equals(other.Alineacion)
           && Programa.Equals(other.Programa)
           && Meta.Equals(other.Meta)
           && Calendarizacion.Equals(other.Calendarizacion)
           && string.Equals(MediosDeVerificacion, other.MediosDeVerificacion, StringComparison.Ordinal)
           && Semaforizacion.Equals(other.Semaforizacion)
           && Sentido == other.Sentido;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Actividad);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = Hash.Combine(Hash.Seed, Numero);
        hash = Hash.Combine(hash, StringComparer.Ordinal.GetHashCode(Descripcion));
        hash = Hash.Combine(hash, Meta);
        return Hash.Combine(hash, Calendarizacion);
    }

    /// <summary>Equality of every property.</summary>
    public static bool operator ==(Actividad? left, Actividad? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of any property.</summary>
    public static bool operator !=(Actividad? left, Actividad? right) => !(left == right);
}
