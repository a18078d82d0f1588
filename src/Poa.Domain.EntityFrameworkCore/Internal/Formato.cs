using System.Globalization;
using NodaTime;

namespace Poa.Domain.EntityFrameworkCore.Internal;

/// <summary>Culture-free text of the values named in messages.</summary>
internal static class Formato
{
    /// <summary>A decimal without trailing zeros: <c>100</c>, <c>0.5</c>.</summary>
    internal static string Numero(decimal valor) => (valor / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>A month as <c>yyyy-MM</c>.</summary>
    internal static string Mes(YearMonth mes) => mes.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
