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
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
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
    /// <param name="acumulacion">The tipo de acumulación; <c>null</c> (default) takes it from the unit (<see cref="TipoDeAcumulacion.Promedio"/> for a porcentaje, else <see cref="TipoDeAcumulacion.Suma"/>).</param>
    /// <param name="frecuencia">How often it is programmed and reported; <see cref="Frecuencia.Mensual"/> by default.</param>
    /// <param name="lineaBase">The optional línea base.</param>
    /// <param name="peso">The weight in a weighted roll-up, above 0 and at most 1,000,000; 1 by default.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numero"/> is not 1..9999, <paramref name="peso"/> is not above 0 (or above 1,000,000), or an enum value is not defined.</exception>
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
        Sentido sentido = Sentido.Ascendente,
        TipoDeAcumulacion? acumulacion = null,
        Frecuencia frecuencia = Frecuencia.Mensual,
        LineaBase? lineaBase = null,
        decimal peso = 1m)
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
        if (acumulacion is { } tipo && tipo is not (TipoDeAcumulacion.Suma or TipoDeAcumulacion.Promedio or TipoDeAcumulacion.UltimoValor or TipoDeAcumulacion.Maximo))
        {
            throw new ArgumentOutOfRangeException(nameof(acumulacion), acumulacion, "Tipo de acumulación no definido.");
        }

        AcumulacionExplicita = acumulacion;
        if (frecuencia is < Frecuencia.Mensual or > Frecuencia.Anual)
        {
            throw new ArgumentOutOfRangeException(nameof(frecuencia), frecuencia, "Frecuencia no definida.");
        }

        Frecuencia = frecuencia;
        LineaBase = lineaBase;
        if (peso != 1m && (peso <= 0m || Limites.Motivo(peso, PesoMaximo) is not null))
        {
            throw new ArgumentOutOfRangeException(nameof(peso), peso, $"El peso de la actividad {numero} debe ser mayor que 0 y a lo más 1,000,000, con a lo más 6 decimales; se recibió {Numeros.Formatear(peso, System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        Peso = peso;
    }

    /// <summary>The largest <see cref="Peso"/> an activity may have.</summary>
    public const decimal PesoMaximo = 1_000_000m;

    /// <summary>The number of the activity inside its plan (1..9999).</summary>
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

    /// <summary>
    /// The tipo de acumulación that applies: <see cref="AcumulacionExplicita"/> when given, else the unit's default
    /// (<see cref="TipoDeAcumulacion.Promedio"/> for a porcentaje meta, <see cref="TipoDeAcumulacion.Suma"/> for anything else).
    /// </summary>
    public TipoDeAcumulacion Acumulacion => AcumulacionExplicita ?? (Meta.Tipo == TipoDeMeta.Porcentaje ? TipoDeAcumulacion.Promedio : TipoDeAcumulacion.Suma);

    /// <summary>The tipo de acumulación given explicitly, or <c>null</c> when it comes from the unit.</summary>
    public TipoDeAcumulacion? AcumulacionExplicita { get; }

    /// <summary>How often it is programmed and reported.</summary>
    public Frecuencia Frecuencia { get; }

    /// <summary>The línea base, or <c>null</c>.</summary>
    public LineaBase? LineaBase { get; }

    /// <summary>The weight in a weighted roll-up (<see cref="ModoDeResumen.PromedioPonderado"/>); 1 by default.</summary>
    public decimal Peso { get; }

    /// <summary>A copy with another number (e.g. when renumbering a plan).</summary>
    /// <param name="numero">The number inside the plan, 1 to 9,999.</param>
    /// <returns>A copy with that number and every other value unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numero"/> is not 1..9999.</exception>
    public Actividad ConNumero(int numero)
        => Copiar(numero: numero);

    /// <summary>A copy with another calendarización.</summary>
    /// <param name="calendarizacion">What is programmed in each of the 12 months (an empty month is not a 0).</param>
    /// <returns>A copy with that calendarización and every other value unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendarizacion"/> is null.</exception>
    public Actividad ConCalendarizacion(Calendarizacion calendarizacion)
        => Copiar(calendarizacion: Preconditions.CheckNotNull(calendarizacion, nameof(calendarizacion)));

    /// <summary>A copy with another meta.</summary>
    /// <param name="meta">The meta anual: a quantity and its unidad de medida.</param>
    /// <returns>A copy with that meta and every other value unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meta"/> is null.</exception>
    public Actividad ConMeta(Meta meta)
        => Copiar(meta: Preconditions.CheckNotNull(meta, nameof(meta)));

    /// <summary>A copy with another semaforización.</summary>
    /// <param name="semaforizacion">The verde, amarillo and rojo bands on the cumplimiento.</param>
    /// <returns>A copy with those bands and every other value unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="semaforizacion"/> is null.</exception>
    public Actividad ConSemaforizacion(Semaforizacion semaforizacion)
        => Copiar(semaforizacion: Preconditions.CheckNotNull(semaforizacion, nameof(semaforizacion)));

    /// <summary>A copy with another sentido.</summary>
    /// <param name="sentido">The direction of the indicator: ascendente (more is better), descendente or regular.</param>
    /// <returns>A copy with that sentido and every other value unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentido"/> is not defined.</exception>
    public Actividad ConSentido(Sentido sentido)
        => Copiar(sentido: sentido);

    /// <summary>A copy with another tipo de acumulación (<c>null</c>: the unit's default).</summary>
    /// <param name="acumulacion">The tipo, or <c>null</c>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="acumulacion"/> is not defined.</exception>
    public Actividad ConAcumulacion(TipoDeAcumulacion? acumulacion) => Copiar(acumulacion: acumulacion, reemplazarAcumulacion: true);

    /// <summary>A copy with another frecuencia.</summary>
    /// <param name="frecuencia">The frecuencia.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frecuencia"/> is not defined.</exception>
    public Actividad ConFrecuencia(Frecuencia frecuencia) => Copiar(frecuencia: frecuencia);

    /// <summary>A copy with another línea base (<c>null</c>: none).</summary>
    /// <param name="lineaBase">The línea base, or <c>null</c>.</param>
    /// <returns>The copy.</returns>
    public Actividad ConLineaBase(LineaBase? lineaBase) => Copiar(lineaBase: lineaBase, reemplazarLineaBase: true);

    /// <summary>A copy with another weight.</summary>
    /// <param name="peso">The weight, above 0 and at most <see cref="PesoMaximo"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="peso"/> is out of range.</exception>
    public Actividad ConPeso(decimal peso) => Copiar(peso: peso);

    private Actividad Copiar(
        int? numero = null,
        Meta? meta = null,
        Calendarizacion? calendarizacion = null,
        Semaforizacion? semaforizacion = null,
        Sentido? sentido = null,
        TipoDeAcumulacion? acumulacion = null,
        bool reemplazarAcumulacion = false,
        Frecuencia? frecuencia = null,
        LineaBase? lineaBase = null,
        bool reemplazarLineaBase = false,
        decimal? peso = null)
        => new(
            numero ?? Numero,
            Descripcion,
            Alineacion,
            Programa,
            meta ?? Meta,
            calendarizacion ?? Calendarizacion,
            MediosDeVerificacion,
            semaforizacion ?? Semaforizacion,
            sentido ?? Sentido,
            reemplazarAcumulacion ? acumulacion : AcumulacionExplicita,
            frecuencia ?? Frecuencia,
            reemplazarLineaBase ? lineaBase : LineaBase,
            peso ?? Peso);

    /// <summary><c>4. Elaborar los informes de avance ... (4 Informes)</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
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
           && Sentido == other.Sentido
           && AcumulacionExplicita == other.AcumulacionExplicita
           && Frecuencia == other.Frecuencia
           && LineaBase == other.LineaBase
           && Peso == other.Peso;

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
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Actividad? left, Actividad? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of any property.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Actividad? left, Actividad? right) => !(left == right);
}
