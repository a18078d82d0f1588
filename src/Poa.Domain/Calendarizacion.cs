using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The <em>calendarización</em> of an activity: what is programmed in each of the twelve months of
/// the ejercicio. A month with nothing programmed is <em>empty</em> (<c>null</c>), which is not the
/// same as a programmed <c>0</c>: both facts are kept.
/// </summary>
/// <remarks>
/// <para>Values are decimals from 0 to 10^12 with at most 6 decimals: counts for an acumulable meta, percents
/// (<c>100</c> = 100%) for a percentage meta. Months are numbered 1 (January) to 12 (December).</para>
/// <para>Immutable; equality compares the twelve cells (empty differs from 0; <c>1.0</c> equals <c>1</c>).</para>
/// <para>Text form (<see cref="ToString()"/>, <see cref="Parse(string)"/>): twelve cells separated by <c>;</c>,
/// empty for nothing, e.g. <c>;;1;;;1;;;1;;;1</c>. Parsing also accepts tabs or <c>|</c> and a trailing <c>%</c>; numbers
/// have a decimal point (or the separator of the given provider) and no thousands separator: <c>1,5</c> is rejected as
/// ambiguous, never read as 15.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed class Calendarizacion : IEquatable<Calendarizacion>
{
    /// <summary>The number of months in a calendarización.</summary>
    public const int Meses = 12;

    private static readonly string[] NombresDeMes =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    private readonly decimal[] valores;
    private readonly ushort programados;

    private Calendarizacion(decimal[] valores, ushort programados)
    {
        this.valores = valores;
        this.programados = programados;
        for (var i = 0; i < Meses; i++)
        {
            if ((programados & (1 << i)) != 0 && valores[i] > 0m)
            {
                MascaraPositiva |= (ushort)(1 << i);
            }
        }
    }

    /// <summary>A calendarización with nothing programmed in any month.</summary>
    public static Calendarizacion Vacia { get; } = new(new decimal[Meses], 0);

    /// <summary>
    /// Creates a calendarización naming only the programmed months:
    /// <c>Calendarizacion.De(enero: 1, abril: 1)</c>. Months not named are empty.
    /// </summary>
    /// <param name="enero">What is programmed in enero, or <c>null</c> (nothing).</param>
    /// <param name="febrero">What is programmed in febrero, or <c>null</c>.</param>
    /// <param name="marzo">What is programmed in marzo, or <c>null</c>.</param>
    /// <param name="abril">What is programmed in abril, or <c>null</c>.</param>
    /// <param name="mayo">What is programmed in mayo, or <c>null</c>.</param>
    /// <param name="junio">What is programmed in junio, or <c>null</c>.</param>
    /// <param name="julio">What is programmed in julio, or <c>null</c>.</param>
    /// <param name="agosto">What is programmed in agosto, or <c>null</c>.</param>
    /// <param name="septiembre">What is programmed in septiembre, or <c>null</c>.</param>
    /// <param name="octubre">What is programmed in octubre, or <c>null</c>.</param>
    /// <param name="noviembre">What is programmed in noviembre, or <c>null</c>.</param>
    /// <param name="diciembre">What is programmed in diciembre, or <c>null</c>.</param>
    /// <returns>The calendarización with those months.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, above 10^12 or has more than 6 decimals (the message names the month).</exception>
    public static Calendarizacion De(
        decimal? enero = null,
        decimal? febrero = null,
        decimal? marzo = null,
        decimal? abril = null,
        decimal? mayo = null,
        decimal? junio = null,
        decimal? julio = null,
        decimal? agosto = null,
        decimal? septiembre = null,
        decimal? octubre = null,
        decimal? noviembre = null,
        decimal? diciembre = null)
        => Create([enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre]);

    /// <summary>The same value programmed in every month, e.g. <c>Mensual(1)</c> for one report a month or <c>Mensual(100)</c> for 100% each month.</summary>
    /// <param name="valor">What is programmed every month, 0 or more.</param>
    /// <returns>The calendarización with <paramref name="valor"/> in each of the 12 months.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valor"/> is negative, above 10^12 or has more than 6 decimals.</exception>
    public static Calendarizacion Mensual(decimal valor) => Mensual(valor, 1, Meses);

    /// <summary>The same value programmed in each month from <paramref name="desde"/> to <paramref name="hasta"/> (inclusive).</summary>
    /// <param name="valor">What is programmed in each of those months, 0 or more.</param>
    /// <param name="desde">The first programmed month, 1 to 12.</param>
    /// <param name="hasta">The last programmed month, from <paramref name="desde"/> to 12.</param>
    /// <returns>The calendarización with <paramref name="valor"/> from <paramref name="desde"/> to <paramref name="hasta"/> and the other months empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A month is not 1..12, <paramref name="hasta"/> is before <paramref name="desde"/>, or <paramref name="valor"/> is negative, above 10^12 or has more than 6 decimals.</exception>
    public static Calendarizacion Mensual(decimal valor, int desde, int hasta)
    {
        Preconditions.CheckRange(desde, nameof(desde), 1, Meses);
        Preconditions.CheckRange(hasta, nameof(hasta), desde, Meses);
        var celdas = new decimal?[Meses];
        for (var mes = desde; mes <= hasta; mes++)
        {
            celdas[mes - 1] = valor;
        }

        return Create(celdas);
    }

    /// <summary>Creates a calendarización from exactly twelve cells, January first; <c>null</c> is an empty month.</summary>
    /// <param name="valores">The 12 monthly values, enero first; <c>null</c> for a month with nothing programmed.</param>
    /// <returns>The calendarización.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="valores"/> is null.</exception>
    /// <exception cref="ArgumentException">There are not exactly twelve cells.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, above 10^12 or has more than 6 decimals (the message names the month).</exception>
    public static Calendarizacion Create(IEnumerable<decimal?> valores)
    {
        Preconditions.CheckNotNull(valores, nameof(valores));
        var numeros = new decimal[Meses];
        ushort mascara = 0;
        var indice = 0;
        foreach (var valor in valores)
        {
            if (indice >= Meses)
            {
                throw new ArgumentException($"Una calendarización tiene exactamente {Meses} meses; se recibieron más.", nameof(valores));
            }

            if (valor is { } v)
            {
                if (v < 0m)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(valores),
                        v,
                        $"El valor programado de {NombresDeMes[indice]} (mes {indice + 1}) no puede ser negativo; se recibió {Numeros.Formatear(v, CultureInfo.InvariantCulture)}.");
                }

                if (Limites.Motivo(v, Limites.MaximaCantidad) is { } motivo)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(valores),
                        v,
                        $"El valor programado de {NombresDeMes[indice]} (mes {indice + 1}) {motivo}; se recibió {Numeros.Formatear(v, CultureInfo.InvariantCulture)}.");
                }

                numeros[indice] = v;
                mascara |= (ushort)(1 << indice);
            }

            indice++;
        }

        if (indice != Meses)
        {
            throw new ArgumentException($"Una calendarización tiene exactamente {Meses} meses; se recibieron {indice}.", nameof(valores));
        }

        return mascara == 0 ? Vacia : new Calendarizacion(numeros, mascara);
    }

    /// <summary>
    /// A calendarización over <paramref name="valores"/> (twelve cells, taken over, 0 where not programmed) and the months
    /// programmed, one bit per month, January the lowest: for a reader that has checked every value as <see cref="Create"/>
    /// does (not negative, at most 10^12, at most 6 decimals), so that they are not checked twice.
    /// </summary>
    internal static Calendarizacion SinVerificar(decimal[] valores, ushort programados)
        => programados == 0 ? Vacia : new Calendarizacion(valores, programados);

    /// <summary>The value programmed in <paramref name="mes"/> (1..12), or <c>null</c> when nothing is programmed.</summary>
    /// <param name="mes">The month, 1 (enero) to 12 (diciembre).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> is not 1..12.</exception>
    public decimal? this[int mes]
    {
        get
        {
            Preconditions.CheckRange(mes, nameof(mes), 1, Meses);
            return EstaProgramado(mes) ? valores[mes - 1] : null;
        }
    }

    /// <summary>The twelve cells, January first; <c>null</c> where nothing is programmed.</summary>
    public IReadOnlyList<decimal?> Valores
    {
        get
        {
            var result = new decimal?[Meses];
            for (var i = 0; i < Meses; i++)
            {
                result[i] = (programados & (1 << i)) != 0 ? valores[i] : null;
            }

            return result;
        }
    }

    /// <summary>Whether nothing is programmed in any month.</summary>
    public bool EstaVacia => programados == 0;

    /// <summary>The months (1..12) that have a programmed value, in order.</summary>
    public IReadOnlyList<int> MesesProgramados
    {
        get
        {
            var result = new List<int>(Meses);
            for (var mes = 1; mes <= Meses; mes++)
            {
                if (EstaProgramado(mes))
                {
                    result.Add(mes);
                }
            }

            return result;
        }
    }

    /// <summary>The sum of every programmed value (for an acumulable meta, it should equal the meta anual).</summary>
    public decimal Total => TotalHasta(Meses);

    /// <summary>Whether <paramref name="mes"/> (1..12) has a programmed value (which may be 0).</summary>
    /// <param name="mes">The month, 1 (enero) to 12 (diciembre).</param>
    /// <returns><c>true</c> when the month has a value (a programmed 0 counts).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> is not 1..12.</exception>
    public bool EstaProgramado(int mes) => (programados & (1 << (Preconditions.CheckRange(mes, nameof(mes), 1, Meses) - 1))) != 0;

    /// <summary>The sum of the values programmed from January to <paramref name="mes"/> (inclusive).</summary>
    /// <param name="mes">The last month added, 1 to 12.</param>
    /// <returns>The sum of the programmed values from enero to <paramref name="mes"/> (0 when none).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> is not 1..12.</exception>
    public decimal TotalHasta(int mes)
    {
        Preconditions.CheckRange(mes, nameof(mes), 1, Meses);
        var total = 0m;
        for (var i = 0; i < mes; i++)
        {
            total += valores[i];
        }

        return total;
    }

    /// <summary>How many months from January to <paramref name="mes"/> (inclusive) have a programmed value.</summary>
    /// <param name="mes">The last month looked at, 1 to 12.</param>
    /// <returns>How many months from enero to <paramref name="mes"/> have a value (a programmed 0 counts).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> is not 1..12.</exception>
    public int MesesProgramadosHasta(int mes)
    {
        Preconditions.CheckRange(mes, nameof(mes), 1, Meses);
        var mascara = programados & ((1 << mes) - 1);
        var count = 0;
        while (mascara != 0)
        {
            mascara &= mascara - 1;
            count++;
        }

        return count;
    }

    /// <summary>A copy with <paramref name="mes"/> set to <paramref name="valor"/> (<c>null</c> empties the month).</summary>
    /// <param name="mes">The month, 1 (enero) to 12 (diciembre).</param>
    /// <param name="valor">What is programmed that month, 0 or more; <c>null</c> empties it (nothing programmed).</param>
    /// <returns>A copy with that month changed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> is not 1..12, or <paramref name="valor"/> is negative, above 10^12 or has more than 6 decimals.</exception>
    public Calendarizacion Con(int mes, decimal? valor)
    {
        Preconditions.CheckRange(mes, nameof(mes), 1, Meses);
        var celdas = new decimal?[Meses];
        for (var i = 0; i < Meses; i++)
        {
            celdas[i] = (programados & (1 << i)) != 0 ? valores[i] : null;
        }

        celdas[mes - 1] = valor;
        return Create(celdas);
    }

    /// <summary>Raw access for hot paths: the stored value of month index <paramref name="indice"/> (0..11), 0 when empty.</summary>
    internal decimal ValorSinVerificar(int indice) => valores[indice];

    /// <summary>Raw access for hot paths: bit i set when month i+1 is programmed.</summary>
    internal ushort Mascara => programados;

    /// <summary>Raw access for hot paths: bit i set when month i+1 programs a value above 0.</summary>
    internal ushort MascaraPositiva { get; }

    /// <summary>The Spanish name of month <paramref name="mes"/> (1..12), in lower case: <c>enero</c> .. <c>diciembre</c>.</summary>
    /// <param name="mes">The month, 1 to 12.</param>
    /// <returns>Its Spanish name in lower case: <c>enero</c> ... <c>diciembre</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> is not 1..12.</exception>
    public static string NombreDeMes(int mes) => NombresDeMes[Preconditions.CheckRange(mes, nameof(mes), 1, Meses) - 1];

    /// <summary>
    /// Parses the text form: twelve cells separated by <c>;</c> (or tabs, or <c>|</c>), numbers with a decimal point and
    /// no thousands separator (<c>1,5</c> is rejected as ambiguous), from 0 to 10^12 with at most 6 decimals.
    /// </summary>
    /// <param name="texto">The text, e.g. <c>;;1;;;1;;;1;;;1</c>.</param>
    /// <returns>The calendarización.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    /// <exception cref="FormatException">The text is not twelve valid cells; the message names the month.</exception>
    public static Calendarizacion Parse(string texto) => Parse(texto, CultureInfo.InvariantCulture);

    /// <summary>Parses the text form with the decimal separator of <paramref name="provider"/>; the other of point and comma is rejected as ambiguous.</summary>
    /// <param name="texto">The text, e.g. <c>1,5;;;;;;;;;;;</c> with <c>de-DE</c>.</param>
    /// <param name="provider">Whose decimal separator the numbers use; the invariant culture's point when null.</param>
    /// <returns>The calendarización.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    /// <exception cref="FormatException">The text is not twelve valid cells; the message names the month.</exception>
    public static Calendarizacion Parse(string texto, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(texto, nameof(texto));
        return TryParse(texto, provider, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse the text form with the decimal separator of <paramref name="provider"/>.</summary>
    /// <param name="texto">The text, e.g. <c>;;1;;;1;;;1;;;1</c>.</param>
    /// <param name="provider">Whose decimal separator the numbers use; the invariant culture's point when null.</param>
    /// <param name="result">The calendarización, when the text is one.</param>
    /// <returns>Whether the text is twelve valid cells within the bounds.</returns>
    public static bool TryParse(string? texto, IFormatProvider? provider, out Calendarizacion result) => TryParse(texto, provider, out result, out _);

    private static bool TryParse(string? texto, IFormatProvider? provider, out Calendarizacion result, out string error)
    {
        result = Vacia;
        if (texto is null)
        {
            error = "La calendarización está vacía.";
            return false;
        }

        var separador = texto.IndexOf(';') >= 0 ? ';' : texto.IndexOf('\t') >= 0 ? '\t' : '|';
        var celdas = texto.Split(separador);
        if (celdas.Length != Meses)
        {
            error = $"Una calendarización tiene {Meses} celdas separadas por «{separador}»; se encontraron {celdas.Length}.";
            return false;
        }

        var separadorDecimal = LectorDeNumeros.SeparadorDe(provider);
        var valores = new decimal?[Meses];
        for (var i = 0; i < Meses; i++)
        {
            var celda = celdas[i].Trim();
            if (celda.EndsWith("%", StringComparison.Ordinal))
            {
                celda = celda.Substring(0, celda.Length - 1).TrimEnd();
            }

            if (celda.Length == 0)
            {
                continue;
            }

            var leido = LectorDeNumeros.Leer(celda, separadorDecimal, Limites.MaximaCantidad);
            var citada = celdas[i].Trim();
            if (!leido.Ok || leido.Negativo)
            {
                var motivo = leido.Negativo ? "no es un número no negativo." : LectorDeNumeros.Explicar(leido, citada, separadorDecimal, Limites.MaximaCantidad);
                error = $"El valor de {NombresDeMes[i]} (mes {i + 1}) «{citada}» {motivo}";
                return false;
            }

            valores[i] = leido.Valor;
        }

        result = Create(valores);
        error = string.Empty;
        return true;
    }

    /// <summary>The text form with the invariant culture, e.g. <c>;;1;;;1;;;1;;;1</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>The text form with the numbers of <paramref name="provider"/>.</summary>
    /// <param name="provider">The culture whose decimal separator the numbers use; <c>null</c> for the invariant culture.</param>
    /// <returns>The 12 values separated by <c>;</c>, an empty month as nothing.</returns>
    public string ToString(IFormatProvider? provider)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < Meses; i++)
        {
            if (i > 0)
            {
                builder.Append(';');
            }

            if ((programados & (1 << i)) != 0)
            {
                builder.Append(Numeros.Formatear(valores[i], provider));
            }
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(Calendarizacion? other)
    {
        if (other is null || other.programados != programados)
        {
            return false;
        }

        for (var i = 0; i < Meses; i++)
        {
            if (valores[i] != other.valores[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Calendarizacion);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = Hash.Combine(Hash.Seed, programados);
        for (var i = 0; i < Meses; i++)
        {
            hash = Hash.Combine(hash, valores[i].GetHashCode());
        }

        return hash;
    }

    /// <summary>Equality of the twelve cells.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Calendarizacion? left, Calendarizacion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of the twelve cells.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Calendarizacion? left, Calendarizacion? right) => !(left == right);
}
