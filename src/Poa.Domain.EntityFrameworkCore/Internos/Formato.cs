using System.Globalization;
using NodaTime;

namespace Poa.Domain.EntityFrameworkCore.Internos;

/// <summary>Culture-free text of the values named in messages.</summary>
internal static class Formato
{
    /// <summary>A decimal without trailing zeros: <c>100</c>, <c>0.5</c>.</summary>
    internal static string Numero(decimal valor) => Normalizar(valor).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The same value with the fewest decimal places (<c>40.000000</c> → <c>40</c>): a database gives back its column's
    /// scale (PostgreSQL's <c>numeric(20, 6)</c>, SQLite's text <c>40.0</c>); the value read is equal either way, and
    /// this keeps its text the same as the domain writes it.
    /// </summary>
    internal static decimal Normalizar(decimal valor) => valor / 1.000000000000000000000000000000000m;

    /// <summary>The same as <see cref="Normalizar(decimal)"/> for an optional value.</summary>
    internal static decimal? Normalizar(decimal? valor) => valor is { } v ? Normalizar(v) : null;

    /// <summary>A month as <c>yyyy-MM</c>.</summary>
    internal static string Mes(YearMonth mes) => mes.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
