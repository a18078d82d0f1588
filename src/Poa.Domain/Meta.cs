using System;
using System.Globalization;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The annual goal of an activity (<em>meta anual</em>): a non-negative quantity with its unit,
/// e.g. <c>1500 Cuentas</c>, <c>1 Reporte</c> or <c>100% Porcentaje</c>.
/// </summary>
/// <remarks>
/// <para>For a <see cref="TipoDeMeta.Porcentaje"/> unit the quantity is the percent itself
/// (<c>100</c> means 100%). A percentage meta above 100 can be created, so that validation can report it.</para>
/// <para>Equality compares the quantity numerically (<c>1.0</c> equals <c>1</c>) and the unit by its
/// comparison key. Ordering is only defined between metas of the same unit: comparing other units throws
/// <see cref="UnidadesIncompatiblesException"/>.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed class Meta : IEquatable<Meta>, IComparable<Meta>, IComparable, IFormattable
{
    private Meta(decimal cantidad, UnidadDeMedida unidad)
    {
        Cantidad = cantidad;
        Unidad = unidad;
    }

    /// <summary>A meta of a quantity already checked as <see cref="Create(decimal, UnidadDeMedida)"/> does (a reader's), so that it is not checked twice.</summary>
    internal static Meta SinVerificar(decimal cantidad, UnidadDeMedida unidad) => new(cantidad, unidad);

    /// <summary>The quantity: a count for an acumulable meta, the percent for a percentage meta.</summary>
    public decimal Cantidad { get; }

    /// <summary>The unit of measure.</summary>
    public UnidadDeMedida Unidad { get; }

    /// <summary>The kind of meta, from its unit.</summary>
    public TipoDeMeta Tipo => Unidad.Tipo;

    /// <summary>Creates a meta.</summary>
    /// <param name="cantidad">The quantity (percent for a percentage unit): from 0 to 10^12, with at most 6 decimals.</param>
    /// <param name="unidad">The unit.</param>
    /// <returns>The meta.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unidad"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cantidad"/> is negative, above 10^12 or has more than 6 decimals.</exception>
    public static Meta Create(decimal cantidad, UnidadDeMedida unidad)
    {
        Preconditions.CheckNotNegative(cantidad, nameof(cantidad));
        Limites.Comprobar(cantidad, nameof(cantidad), "La cantidad de la meta");
        return new(cantidad, Preconditions.CheckNotNull(unidad, nameof(unidad)));
    }

    /// <summary>Creates an acumulable (or percentage) meta from a quantity and a unit name, e.g. <c>Create(1500, "Cuentas")</c>.</summary>
    /// <param name="cantidad">The quantity: from 0 to 10^12, with at most 6 decimals.</param>
    /// <param name="unidad">The name of the unit.</param>
    /// <returns>The meta.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unidad"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unidad"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cantidad"/> is negative, above 10^12 or has more than 6 decimals.</exception>
    public static Meta Create(decimal cantidad, string unidad) => Create(cantidad, UnidadDeMedida.Create(unidad));

    /// <summary>Creates a percentage meta, e.g. <c>Porcentaje(100)</c> for <c>100% Porcentaje</c>.</summary>
    /// <param name="porcentaje">The percent: from 0 to 10^12, with at most 6 decimals (validation reports one above 100).</param>
    /// <returns>The meta.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="porcentaje"/> is negative, above 10^12 or has more than 6 decimals.</exception>
    public static Meta Porcentaje(decimal porcentaje) => Create(porcentaje, UnidadDeMedida.Porcentaje);

    /// <summary>
    /// Parses a meta written as one text, quantity then unit: <c>1500 Cuentas</c>, <c>100% Porcentaje</c>,
    /// <c>100 %</c>. Numbers use a decimal point; a comma is rejected as ambiguous (<c>1,5</c> could be 15 or 1.5),
    /// as is any thousands separator; quantities go from 0 to 10^12 with at most 6 decimals.
    /// </summary>
    /// <param name="texto">The text, e.g. <c>1500 Cuentas</c>.</param>
    /// <returns>The meta.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a meta, or its quantity is out of bounds; the message says why.</exception>
    public static Meta Parse(string texto) => Parse(texto, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a meta written as one text, with the decimal separator of <paramref name="provider"/> (<c>2,5 Informes</c>
    /// with <c>de-DE</c>); the other of point and comma is rejected as ambiguous, never read as a thousands separator.
    /// </summary>
    /// <param name="texto">The text, e.g. <c>1500 Cuentas</c>.</param>
    /// <param name="provider">Whose decimal separator the number uses; the invariant culture's point when null.</param>
    /// <returns>The meta.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a meta, or its quantity is out of bounds; the message says why.</exception>
    public static Meta Parse(string texto, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(texto, nameof(texto));
        return TryParse(texto, provider, out var meta, out var error) ? meta : throw new FormatException(error);
    }

    /// <summary>
    /// Parses a meta from the two cells of a POA table, the meta anual and the unidad de medida:
    /// <c>Parse("1500", "Cuentas")</c>, <c>Parse("100%", "Porcentaje")</c>. The number follows the rule of
    /// <see cref="Parse(string)"/>: a decimal point, no thousands separator, 0 to 10^12, at most 6 decimals.
    /// </summary>
    /// <param name="cantidad">The meta anual cell: <c>1500</c>, <c>100%</c>.</param>
    /// <param name="unidad">The unidad de medida cell: <c>Cuentas</c>, <c>Porcentaje</c>.</param>
    /// <returns>The meta.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">The cells are not a meta, or the quantity is out of bounds; the message says why.</exception>
    public static Meta Parse(string cantidad, string unidad)
    {
        Preconditions.CheckNotNull(cantidad, nameof(cantidad));
        Preconditions.CheckNotNull(unidad, nameof(unidad));
        return TryParse(cantidad, unidad, CultureInfo.InvariantCulture, out var meta, out var error) ? meta : throw new FormatException(error);
    }

    /// <summary>Tries to parse a meta written as one text, with the rule of <see cref="Parse(string)"/>.</summary>
    /// <param name="texto">The text, e.g. <c>1500 Cuentas</c>.</param>
    /// <param name="result">The meta, when the text is one.</param>
    /// <returns>Whether the text is a meta within the bounds.</returns>
    public static bool TryParse(string? texto, out Meta result) => TryParse(texto, CultureInfo.InvariantCulture, out result, out _);

    /// <summary>Tries to parse a meta written as one text, with the decimal separator of <paramref name="provider"/>.</summary>
    /// <param name="texto">The text, e.g. <c>1500 Cuentas</c>.</param>
    /// <param name="provider">Whose decimal separator the number uses; the invariant culture's point when null.</param>
    /// <param name="result">The meta, when the text is one.</param>
    /// <returns>Whether the text is a meta within the bounds.</returns>
    public static bool TryParse(string? texto, IFormatProvider? provider, out Meta result) => TryParse(texto, provider, out result, out _);

    internal static bool TryParse(string? texto, IFormatProvider? provider, out Meta result, out string error)
    {
        result = null!;
        if (string.IsNullOrWhiteSpace(texto))
        {
            error = "La meta está vacía: se espera una cantidad y una unidad, como «1500 Cuentas» o «100% Porcentaje».";
            return false;
        }

        var separador = LectorDeNumeros.SeparadorDe(provider);
        var normalizado = Texto.NormalizarEspacios(texto!);
        var fin = 0;
        while (fin < normalizado.Length
               && (char.IsDigit(normalizado[fin]) || normalizado[fin] is '.' or ',' or '-' or '+' or '\u00A0' or '\u202F' or '\'' || normalizado[fin] == separador
                   || (normalizado[fin] == ' ' && fin > 0 && char.IsDigit(normalizado[fin - 1]) && fin + 1 < normalizado.Length && char.IsDigit(normalizado[fin + 1]))))
        {
            // A space between digits («1 500 Cuentas») stays in the quantity, which is then rejected: never 1 of «500 Cuentas».
            fin++;
        }

        // An exponent right after the digits («1e3 Cuentas») stays in the quantity too, which is then rejected: never 1 of «e3 Cuentas».
        if (fin > 0 && fin + 1 < normalizado.Length && normalizado[fin] is 'e' or 'E'
            && (char.IsDigit(normalizado[fin + 1]) || (normalizado[fin + 1] is '+' or '-' && fin + 2 < normalizado.Length && char.IsDigit(normalizado[fin + 2]))))
        {
            fin += 2;
            while (fin < normalizado.Length && char.IsDigit(normalizado[fin]))
            {
                fin++;
            }
        }

        var cantidad = normalizado.Substring(0, fin);
        var resto = normalizado.Substring(fin).Trim();
        if (resto.StartsWith("%", StringComparison.Ordinal))
        {
            cantidad += "%";
            resto = resto.Substring(1).Trim();
        }

        if (resto.Length == 0 && cantidad.EndsWith("%", StringComparison.Ordinal))
        {
            resto = UnidadDeMedida.Porcentaje.Nombre;
        }

        return TryParse(cantidad, resto, separador, null, out result, out error);
    }

    internal static bool TryParse(string cantidad, string unidad, IFormatProvider? provider, out Meta result, out string error)
        => TryParse(cantidad, unidad, LectorDeNumeros.SeparadorDe(provider), null, out result, out error);

    /// <summary>
    /// Parses the two cells with the decimal <paramref name="separador"/>; <paramref name="formato"/> names, in a message
    /// about a rejected point, where the comma is the decimal separator (the importer's «En CSV separado por punto y coma»).
    /// </summary>
    internal static bool TryParse(string cantidad, string unidad, char separador, string? formato, out Meta result, out string error)
    {
        result = null!;
        var citada = cantidad.Trim();
        var textoCantidad = citada;
        var conSigno = textoCantidad.EndsWith("%", StringComparison.Ordinal);
        if (conSigno)
        {
            textoCantidad = textoCantidad.Substring(0, textoCantidad.Length - 1).TrimEnd();
        }

        var leido = LectorDeNumeros.Leer(textoCantidad, separador, Limites.MaximaCantidad);
        if (leido.Error is ErrorDeNumero.NoEsNumero)
        {
            error = $"«{citada}» no es una cantidad válida para la meta: se espera un número, como «1500» o «100%»." + LectorDeNumeros.ExplicarAgrupacion(citada);
            return false;
        }

        if (leido.Negativo)
        {
            error = $"La meta no puede ser negativa; se recibió «{citada}».";
            return false;
        }

        if (!leido.Ok)
        {
            error = $"La meta anual «{citada}» {LectorDeNumeros.Explicar(leido, citada, separador, Limites.MaximaCantidad, formato)}";
            return false;
        }

        var valor = leido.Valor;

        if (string.IsNullOrWhiteSpace(unidad))
        {
            error = $"La meta «{cantidad.Trim()}» no tiene unidad de medida.";
            return false;
        }

        var unidadDeMedida = UnidadDeMedida.Create(unidad);
        if (conSigno && !unidadDeMedida.EsPorcentaje)
        {
            error = $"La meta «{cantidad.Trim()}» es un porcentaje, pero la unidad «{unidadDeMedida.Nombre}» no es de porcentaje.";
            return false;
        }

        result = new Meta(valor, unidadDeMedida);
        error = string.Empty;
        return true;
    }

    /// <summary>The meta as the seed writes it, with the invariant culture: <c>1500 Cuentas</c>, <c>100% Porcentaje</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the meta. <paramref name="format"/> <c>null</c> or <c>"G"</c> gives quantity and unit
    /// (<c>1500 Cuentas</c>, <c>100% Porcentaje</c>); <c>"N"</c> gives only the quantity (<c>1500</c>, <c>100%</c>).
    /// </summary>
    /// <param name="format"><c>G</c> (or <c>null</c>): quantity and unit, <c>1500 Cuentas</c>; <c>N</c>: the quantity alone, <c>1500</c> or <c>100%</c>.</param>
    /// <param name="formatProvider">The culture whose decimal separator the quantity uses; <c>null</c> for the invariant culture.</param>
    /// <returns>The meta in that format.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var numero = Numeros.Formatear(Cantidad, formatProvider) + (Unidad.EsPorcentaje ? "%" : string.Empty);
        return format switch
        {
            null or "" or "G" => numero + " " + Unidad.Nombre,
            "N" => numero,
            _ => throw new FormatException($"Formato de meta no reconocido: «{format}». Use «G» o «N»."),
        };
    }

    /// <inheritdoc />
    public bool Equals(Meta? other) => other is not null && Cantidad == other.Cantidad && Unidad.Equals(other.Unidad);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Meta);

    /// <inheritdoc />
    public override int GetHashCode() => Hash.Combine(Hash.Combine(Hash.Seed, Cantidad.GetHashCode()), Unidad.GetHashCode());

    /// <summary>Compares the quantities of two metas of the same unit; null comes first.</summary>
    /// <param name="other">The Meta to compare this one with.</param>
    /// <returns>A negative number when this one comes first, 0 when they are equal, a positive number when <paramref name="other"/> comes first.</returns>
    /// <exception cref="UnidadesIncompatiblesException">The units differ.</exception>
    public int CompareTo(Meta? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (!Unidad.Equals(other.Unidad))
        {
            throw new UnidadesIncompatiblesException(Unidad, other.Unidad);
        }

        return Cantidad.CompareTo(other.Cantidad);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Meta other => CompareTo(other),
        _ => throw new ArgumentException($"Se esperaba una {nameof(Meta)}.", nameof(obj)),
    };

    /// <summary>Equality of quantity and unit.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Meta? left, Meta? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of quantity or unit.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Meta? left, Meta? right) => !(left == right);

    /// <summary>Ordering of two metas of the same unit.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    /// <exception cref="UnidadesIncompatiblesException">The units differ.</exception>
    public static bool operator <(Meta? left, Meta? right) => Comparar(left, right) < 0;

    /// <summary>Ordering of two metas of the same unit.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes before <paramref name="right"/> or equals it.</returns>
    /// <exception cref="UnidadesIncompatiblesException">The units differ.</exception>
    public static bool operator <=(Meta? left, Meta? right) => Comparar(left, right) <= 0;

    /// <summary>Ordering of two metas of the same unit.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> in the order of <c>CompareTo</c>.</returns>
    /// <exception cref="UnidadesIncompatiblesException">The units differ.</exception>
    public static bool operator >(Meta? left, Meta? right) => Comparar(left, right) > 0;

    /// <summary>Ordering of two metas of the same unit.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> comes after <paramref name="right"/> or equals it.</returns>
    /// <exception cref="UnidadesIncompatiblesException">The units differ.</exception>
    public static bool operator >=(Meta? left, Meta? right) => Comparar(left, right) >= 0;

    private static int Comparar(Meta? left, Meta? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
