using System;
using System.Globalization;
using NodaTime;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The progress (<em>avance</em>) of one activity in one month: the <em>realizado</em>, and for a
/// porcentaje meta optionally its variables (<em>numerador</em> / <em>denominador</em>, e.g. 95 requests
/// attended of 100 received), with an optional <em>justificación</em> and evidence.
/// </summary>
/// <remarks>
/// <para>An avance is a reported fact: a reported <c>0</c> is an <see cref="Avance"/> with <see cref="Realizado"/> 0;
/// a missing report is the absence of an <see cref="Avance"/>. The two are never the same.</para>
/// <para>For an acumulable meta <see cref="Realizado"/> is a count; for a porcentaje meta it is a percent
/// (<c>95</c> = 95%). With variables, <see cref="Realizado"/> is <c>numerador / denominador × 100</c>.</para>
/// <para>Immutable; equality compares every property (numbers numerically, texts ordinally).</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed class Avance : IEquatable<Avance>
{
    private Avance(int actividad, YearMonth mes, decimal realizado, decimal? numerador, decimal? denominador, string? justificacion, string? evidencia, LocalDate? fechaDeReporte)
    {
        FechaDeReporte = fechaDeReporte;
        Actividad = actividad;
        Mes = mes;
        Realizado = realizado;
        Numerador = numerador;
        Denominador = denominador;
        Justificacion = string.IsNullOrWhiteSpace(justificacion) ? null : Texto.NormalizarEspacios(justificacion!);
        Evidencia = string.IsNullOrWhiteSpace(evidencia) ? null : evidencia!.Trim();
    }

    /// <summary>The number of the activity in its plan.</summary>
    public int Actividad { get; }

    /// <summary>The month reported.</summary>
    public YearMonth Mes { get; }

    /// <summary>The realized value: a count (acumulable) or a percent (porcentaje). Never negative.</summary>
    public decimal Realizado { get; }

    /// <summary>The numerator of the rate (e.g. requests attended), or <c>null</c> when not known.</summary>
    public decimal? Numerador { get; }

    /// <summary>The denominator of the rate (e.g. requests received), or <c>null</c> when not known.</summary>
    public decimal? Denominador { get; }

    /// <summary>Whether the avance carries <see cref="Numerador"/> and <see cref="Denominador"/>.</summary>
    public bool TieneVariables => Denominador.HasValue;

    /// <summary>Why the avance deviates from what was programmed, or <c>null</c>.</summary>
    public string? Justificacion { get; }

    /// <summary>The evidence (an address or a document name), or <c>null</c>.</summary>
    public string? Evidencia { get; }

    /// <summary>The date it was reported, or <c>null</c>: after the month's closing date it is <em>extemporáneo</em> (<c>docs/ciclo.md</c>).</summary>
    public LocalDate? FechaDeReporte { get; }

    /// <summary>An avance of a value: a count for an acumulable meta, a percent for a porcentaje meta.</summary>
    /// <param name="actividad">The activity number (1..9999).</param>
    /// <param name="mes">The month reported.</param>
    /// <param name="realizado">The realized value: from 0 to 10^12, with at most 6 decimals.</param>
    /// <param name="justificacion">Optional justificación.</param>
    /// <param name="evidencia">Optional evidence.</param>
    /// <param name="fechaDeReporte">Optional date it was reported.</param>
    /// <returns>The avance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actividad"/> is not 1..9999, or <paramref name="realizado"/> is negative,
    /// above 10^12 or has more than 6 decimals (the message names activity and month).</exception>
    public static Avance Create(int actividad, YearMonth mes, decimal realizado, string? justificacion = null, string? evidencia = null, LocalDate? fechaDeReporte = null)
    {
        Limites.ComprobarNumeroDeActividad(actividad, nameof(actividad));
        if (realizado < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(realizado), realizado, $"El avance de la actividad {actividad} en {Describir(mes)} no puede ser negativo; se recibió {Numeros.Formatear(realizado, CultureInfo.InvariantCulture)}.");
        }

        if (Limites.Motivo(realizado, Limites.MaximaCantidad) is { } motivo)
        {
            throw Limites.Fuera(nameof(realizado), realizado, $"El avance de la actividad {actividad} en {Describir(mes)}", motivo);
        }

        return new Avance(actividad, mes, realizado, null, null, justificacion, evidencia, fechaDeReporte);
    }

    /// <summary>
    /// An avance of a rate given by its variables: <c>ConVariables(3, mes, 95, 100)</c> is 95%.
    /// <see cref="Realizado"/> is <c>numerador / denominador × 100</c>.
    /// </summary>
    /// <param name="actividad">The activity number (1..9999).</param>
    /// <param name="mes">The month reported.</param>
    /// <param name="numerador">The cases attended: from 0 to 10^12, with at most 6 decimals.</param>
    /// <param name="denominador">The cases received: above 0, at most 10^12, with at most 6 decimals (so at least 0.000001).</param>
    /// <param name="justificacion">Optional justificación.</param>
    /// <param name="evidencia">Optional evidence.</param>
    /// <param name="fechaDeReporte">Optional date it was reported.</param>
    /// <returns>The avance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actividad"/> is not 1..9999, a variable is negative, above 10^12 or has
    /// more than 6 decimals, <paramref name="denominador"/> is 0, or the rate is above 10^12 % or, when not 0, below 10^-6 % (the message
    /// names activity and month).</exception>
    public static Avance ConVariables(int actividad, YearMonth mes, decimal numerador, decimal denominador, string? justificacion = null, string? evidencia = null, LocalDate? fechaDeReporte = null)
    {
        Limites.ComprobarNumeroDeActividad(actividad, nameof(actividad));
        if (numerador < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(numerador), numerador, $"El numerador del avance de la actividad {actividad} en {Describir(mes)} no puede ser negativo; se recibió {Numeros.Formatear(numerador, CultureInfo.InvariantCulture)}.");
        }

        if (denominador <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(denominador), denominador, $"El denominador del avance de la actividad {actividad} en {Describir(mes)} debe ser mayor que cero; se recibió {Numeros.Formatear(denominador, CultureInfo.InvariantCulture)}.");
        }

        if (Limites.Motivo(numerador, Limites.MaximaCantidad) is { } motivoN)
        {
            throw Limites.Fuera(nameof(numerador), numerador, $"El numerador del avance de la actividad {actividad} en {Describir(mes)}", motivoN);
        }

        if (Limites.Motivo(denominador, Limites.MaximaCantidad) is { } motivoD)
        {
            throw Limites.Fuera(nameof(denominador), denominador, $"El denominador del avance de la actividad {actividad} en {Describir(mes)}", motivoD);
        }

        // Bounded variables give a rate from 10^-16 to 10^20 %: no overflow here. But the rate is a realizado, and is divided
        // by (descendente) or divides (ascendente) a programmed value downstream: like any realizado it must be 0 or between
        // 10^-6 and 10^12, so that no cumplimiento, mean or roll-up can overflow.
        var tasa = numerador * 100m / denominador;
        if (tasa > Limites.MaximaCantidad || (tasa > 0m && tasa < Limites.MinimaCantidadPositiva))
        {
            var limite = tasa > Limites.MaximaCantidad
                ? "por encima del máximo admitido de 1000000000000% (10^12 %)"
                : "por debajo del mínimo admitido de 0.000001% (10^-6 %) para una tasa que no es cero";
            throw new ArgumentOutOfRangeException(
                nameof(denominador),
                denominador,
                $"El avance de la actividad {actividad} en {Describir(mes)}, {Numeros.Formatear(numerador, CultureInfo.InvariantCulture)} de {Numeros.Formatear(denominador, CultureInfo.InvariantCulture)}, "
                + $"da una tasa de {Numeros.Formatear(tasa, CultureInfo.InvariantCulture)}%, {limite}.");
        }

        return new Avance(actividad, mes, tasa, numerador, denominador, justificacion, evidencia, fechaDeReporte);
    }

    internal static string Describir(YearMonth mes)
        => mes.Month is >= 1 and <= 12 && mes.Calendar == CalendarSystem.Iso
            ? Calendarizacion.NombreDeMes(mes.Month) + " de " + mes.Year.ToString(CultureInfo.InvariantCulture)
            : mes.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary><c>Actividad 1, marzo de 2023: 10</c> (with the variables when known).</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
    {
        var texto = $"Actividad {Actividad}, {Describir(Mes)}: {Numeros.Formatear(Realizado, CultureInfo.InvariantCulture)}";
        return TieneVariables
            ? texto + $"% ({Numeros.Formatear(Numerador!.Value, CultureInfo.InvariantCulture)} de {Numeros.Formatear(Denominador!.Value, CultureInfo.InvariantCulture)})"
            : texto;
    }

    /// <inheritdoc />
    public bool Equals(Avance? other)
        => other is not null
           && Actividad == other.Actividad
           && Mes == other.Mes
           && Realizado == other.Realizado
           && Numerador == other.Numerador
           && Denominador == other.Denominador
           && string.Equals(Justificacion, other.Justificacion, StringComparison.Ordinal)
           && string.Equals(Evidencia, other.Evidencia, StringComparison.Ordinal)
           && FechaDeReporte == other.FechaDeReporte;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Avance);

    /// <inheritdoc />
    public override int GetHashCode()
        => Hash.Combine(Hash.Combine(Hash.Combine(Hash.Seed, Actividad), Mes.GetHashCode()), Realizado.GetHashCode());

    /// <summary>Equality of every property.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Avance? left, Avance? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of any property.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Avance? left, Avance? right) => !(left == right);
}
