using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// One band of a <see cref="Semaforizacion"/>: a colour and the interval of cumplimiento (percent) it
/// covers, e.g. verde <c>&gt;= 80%</c>, amarillo <c>&gt; 50% y &lt; 80%</c>, rojo <c>&lt;= 50%</c>.
/// </summary>
/// <remarks>
/// <para>A missing <see cref="Minimo"/> means unbounded below, a missing <see cref="Maximo"/> unbounded above. Thresholds go
/// from 0% to 10^6 % (a million percent) with at most 6 decimals, and use a decimal point: <c>80,5</c> is rejected as ambiguous.</para>
/// <para><see cref="Parse"/> accepts every notation of real files: any spacing (<c>&gt; = 80%</c>, <c>&gt;=80%</c>),
/// <c>≥</c>/<c>≤</c>, <c>=&gt;</c>/<c>=&lt;</c>, the percent sign or not, and <c>&amp;</c>, <c>y</c> or <c>and</c>
/// between two conditions. <see cref="ToString"/> writes one canonical form: <c>&gt;= 80%</c>,
/// <c>&gt; 50% y &lt; 80%</c>, <c>&lt;= 50%</c>, <c>= 100%</c>.</para>
/// <para>Equality compares colour and interval (not the original notation).</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed class Banda : IEquatable<Banda>
{
    private readonly Intervalo[] intervalos;

    private Banda(Color color, decimal? minimo, bool incluyeMinimo, decimal? maximo, bool incluyeMaximo)
        : this(color, [new Intervalo(minimo, incluyeMinimo, maximo, incluyeMaximo)])
    {
    }

    private Banda(Color color, Intervalo[] intervalos)
    {
        Color = color;
        this.intervalos = intervalos;
    }

    /// <summary>The colour of the band.</summary>
    public Color Color { get; }

    /// <summary>The intervals of the band, from the lowest: one, or several for a union (<c>&gt; 70% y &lt; 90% o &gt; 110%</c>).</summary>
    public IReadOnlyList<Intervalo> Intervalos => intervalos;

    /// <summary>The lower bound in percent of the lowest interval, or <c>null</c> when unbounded below.</summary>
    public decimal? Minimo => intervalos[0].Minimo;

    /// <summary>Whether <see cref="Minimo"/> belongs to the band (<c>&gt;=</c>) or not (<c>&gt;</c>).</summary>
    public bool IncluyeMinimo => intervalos[0].IncluyeMinimo;

    /// <summary>The upper bound in percent of the highest interval, or <c>null</c> when unbounded above.</summary>
    public decimal? Maximo => intervalos[intervalos.Length - 1].Maximo;

    /// <summary>Whether <see cref="Maximo"/> belongs to the band (<c>&lt;=</c>) or not (<c>&lt;</c>).</summary>
    public bool IncluyeMaximo => intervalos[intervalos.Length - 1].IncluyeMaximo;

    /// <summary>A band of <paramref name="color"/> made of several intervals (a union), e.g. amarillo <c>&gt; 70% y &lt; 90% o &gt; 110%</c>.</summary>
    /// <param name="color">The colour.</param>
    /// <param name="intervalos">The intervals, each made with <see cref="Create(Color, decimal?, bool, decimal?, bool)"/>'s rules; they must not overlap.</param>
    /// <returns>The band, its intervals ordered from the lowest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervalos"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no interval, two overlap, or one is invalid (see <see cref="Create(Color, decimal?, bool, decimal?, bool)"/>).</exception>
    public static Banda Create(Color color, IEnumerable<Intervalo> intervalos)
    {
        Preconditions.CheckNotNull(intervalos, nameof(intervalos));
        var error = Unir(color, [.. intervalos], out var banda);
        Preconditions.CheckArgument(error is null, nameof(intervalos), error!);
        return banda!;
    }

    /// <summary>Orders and checks a union; null when valid.</summary>
    private static string? Unir(Color color, List<Intervalo> intervalos, out Banda? banda)
    {
        banda = null;
        if (intervalos.Count == 0)
        {
            return "la banda no tiene ningún intervalo.";
        }

        foreach (var i in intervalos)
        {
            if (Validar(color, i.Minimo, i.IncluyeMinimo, i.Maximo, i.IncluyeMaximo) is { } invalido)
            {
                return invalido;
            }
        }

        var ordenados = intervalos.OrderBy(i => i.Minimo ?? decimal.MinValue).ThenBy(i => i.IncluyeMinimo ? 0 : 1).ToArray();
        for (var k = 1; k < ordenados.Length; k++)
        {
            if (!ordenados[k - 1].AntesDe(ordenados[k]))
            {
                return $"los intervalos «{ordenados[k - 1]}» y «{ordenados[k]}» se traslapan.";
            }
        }

        banda = new Banda(color, ordenados);
        return null;
    }

    /// <summary>Creates a band from its bounds.</summary>
    /// <param name="color">The colour.</param>
    /// <param name="minimo">The lower bound in percent (0 to 10^6, at most 6 decimals), or <c>null</c> for none.</param>
    /// <param name="incluyeMinimo">Whether the lower bound belongs to the band.</param>
    /// <param name="maximo">The upper bound in percent (0 to 10^6, at most 6 decimals), or <c>null</c> for none.</param>
    /// <param name="incluyeMaximo">Whether the upper bound belongs to the band.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentException">The interval is empty (minimum above maximum, or equal with an open end), a bound is
    /// negative, above 10^6 or has more than 6 decimals, or the colour is not defined.</exception>
    public static Banda Create(Color color, decimal? minimo, bool incluyeMinimo, decimal? maximo, bool incluyeMaximo)
    {
        var error = Validar(color, minimo, incluyeMinimo, maximo, incluyeMaximo);
        Preconditions.CheckArgument(error is null, nameof(minimo), error!);
        return new Banda(color, minimo, incluyeMinimo, maximo, incluyeMaximo);
    }

    /// <summary>A band from <paramref name="minimo"/> (inclusive) upward: <c>&gt;= 80%</c>.</summary>
    /// <param name="color">The colour of the band.</param>
    /// <param name="minimo">The lowest cumplimiento of the band, in percent, inclusive (80 in <c>&gt;= 80%</c>).</param>
    /// <returns>The band from <paramref name="minimo"/> upward.</returns>
    /// <exception cref="ArgumentException"><paramref name="minimo"/> is negative, above 10^6 or has more than 6 decimals.</exception>
    public static Banda Desde(Color color, decimal minimo) => Create(color, minimo, true, null, false);

    /// <summary>A band up to <paramref name="maximo"/> (inclusive): <c>&lt;= 50%</c>.</summary>
    /// <param name="color">The colour of the band.</param>
    /// <param name="maximo">The highest cumplimiento of the band, in percent, inclusive (50 in <c>&lt;= 50%</c>).</param>
    /// <returns>The band from 0 up to <paramref name="maximo"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="maximo"/> is negative, above 10^6 or has more than 6 decimals.</exception>
    public static Banda Hasta(Color color, decimal maximo) => Create(color, null, false, maximo, true);

    /// <summary>A band strictly between two values: <c>&gt; 50% y &lt; 80%</c>.</summary>
    /// <param name="color">The colour of the band.</param>
    /// <param name="minimoExclusivo">The cumplimiento the band starts above, in percent (50 in <c>&gt; 50% y &lt; 80%</c>).</param>
    /// <param name="maximoExclusivo">The cumplimiento the band ends below, in percent (80 in <c>&gt; 50% y &lt; 80%</c>).</param>
    /// <returns>The band between both, limits excluded.</returns>
    /// <exception cref="ArgumentException">The interval is empty, or a bound is negative, above 10^6 or has more than 6 decimals.</exception>
    public static Banda Entre(Color color, decimal minimoExclusivo, decimal maximoExclusivo)
        => Create(color, minimoExclusivo, false, maximoExclusivo, false);

    /// <summary>Parses the notation of one band for <paramref name="color"/>, e.g. <c>Parse(Color.Amarillo, "&lt; 80% &amp; &gt; 50%")</c>.</summary>
    /// <param name="texto">The text to read, as a POA writes it.</param>
    /// <returns>The value read.</returns>
    /// <param name="color">The colour the band gives.</param>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    /// <exception cref="FormatException">The notation cannot be read, or a threshold is negative, above 10^6 %, has more than 6
    /// decimals or a comma (ambiguous); the message says what was expected.</exception>
    public static Banda Parse(Color color, string texto)
    {
        Preconditions.CheckNotNull(texto, nameof(texto));
        return TryParse(color, texto, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse the notation of one band.</summary>
    /// <param name="color">The colour of the band.</param>
    /// <param name="texto">The notation, e.g. <c>&gt;= 80%</c>.</param>
    /// <param name="result">The band, when the notation is one.</param>
    /// <returns>Whether the notation is a band with thresholds from 0% to 10^6 % and at most 6 decimals.</returns>
    public static bool TryParse(Color color, string? texto, out Banda result) => TryParse(color, texto, out result, out _);

    internal static bool TryParse(Color color, string? texto, out Banda result, out string error) => TryParse(color, texto, '.', null, out result, out error);

    /// <summary>
    /// Parses a notation whose thresholds use the decimal <paramref name="separador"/> (a point, or the comma of a <c>;</c>
    /// CSV, where only a comma between two digits is decimal and any other comma still separates two conditions).
    /// A threshold with the other separator between digits (<c>80,5</c> with a point) is rejected as ambiguous;
    /// <paramref name="formato"/> names, in that message, where the comma is the decimal separator.
    /// </summary>
    internal static bool TryParse(Color color, string? texto, char separador, string? formato, out Banda result, out string error)
    {
        result = null!;
        var completo = texto is null ? string.Empty : Texto.NormalizarEspacios(texto);
        var partes = Notaciones.Partes(completo);
        if (partes.Count == 1)
        {
            return TryParseIntervalo(color, partes[0], separador, formato, out result, out error);
        }

        var intervalos = new List<Intervalo>();
        foreach (var parte in partes)
        {
            if (!TryParseIntervalo(color, parte, separador, formato, out var una, out error))
            {
                error = $"«{completo}»: " + error;
                return false;
            }

            intervalos.Add(una.intervalos[0]);
        }

        if (Unir(color, intervalos, out var union) is { } invalida)
        {
            error = $"«{completo}»: {invalida}";
            return false;
        }

        result = union!;
        error = string.Empty;
        return true;
    }

    /// <summary>One interval in any notation (symbols, words or a range), already split from a union.</summary>
    private static bool TryParseIntervalo(Color color, string texto, char separador, string? formato, out Banda result, out string error)
    {
        result = null!;
        var original = texto;
        if (string.Equals(Texto.Clave(original), "CUALQUIER VALOR", StringComparison.Ordinal))
        {
            result = new Banda(color, null, false, null, false);
            error = string.Empty;
            return true;
        }

        if (LectorDeNumeros.EntreDigitos(original, separador == ',' ? '.' : ','))
        {
            error = $"«{original}»: el umbral no es un número válido." + LectorDeNumeros.ExplicarSeparador(original, separador, formato);
            return false;
        }

        var condiciones = Dividir(Normalizar(Notaciones.ASimbolos(separador == ',' ? LectorDeNumeros.ComaDecimalAPunto(original) : original)));
        if (condiciones.Count is 0 or > 2)
        {
            error = $"«{original}» no es una banda de semaforización: se esperan una o dos condiciones como «>= 80%» o «< 80% & > 50%».";
            return false;
        }

        decimal? minimo = null, maximo = null;
        bool incluyeMinimo = false, incluyeMaximo = false;
        foreach (var condicion in condiciones)
        {
            if (!TryParseCondicion(condicion, out var operador, out var numero, out var leido))
            {
                error = $"«{condicion.Trim()}» en «{original}» no es una condición válida: se espera un operador (>=, >, <=, <, =) y un porcentaje, como «>= 80%».";
                return false;
            }

            if (leido.Negativo || !leido.Ok)
            {
                error = $"«{original}»: el umbral «{numero}» "
                    + (leido.Negativo ? $"es negativo: los umbrales van de 0% a {Limites.Texto(Limites.MaximoUmbral)}%." : LectorDeNumeros.Explicar(leido, numero, '.', Limites.MaximoUmbral));
                return false;
            }

            var valor = leido.Valor;

            var esInferior = operador is ">" or ">=" or "=";
            var esSuperior = operador is "<" or "<=" or "=";
            if ((esInferior && minimo.HasValue) || (esSuperior && maximo.HasValue))
            {
                error = $"«{original}» repite un límite: una banda tiene a lo más un límite inferior y uno superior.";
                return false;
            }

            if (esInferior)
            {
                minimo = valor;
                incluyeMinimo = operador != ">";
            }

            if (esSuperior)
            {
                maximo = valor;
                incluyeMaximo = operador != "<";
            }
        }

        var invalida = Validar(color, minimo, incluyeMinimo, maximo, incluyeMaximo);
        if (invalida is not null)
        {
            error = $"«{original}»: {invalida}";
            return false;
        }

        result = new Banda(color, minimo, incluyeMinimo, maximo, incluyeMaximo);
        error = string.Empty;
        return true;
    }

    private static string? Validar(Color color, decimal? minimo, bool incluyeMinimo, decimal? maximo, bool incluyeMaximo)
    {
        if (color is not (Color.Verde or Color.Amarillo or Color.Rojo))
        {
            return $"el color {(int)color} no existe.";
        }

        if ((FueraDeLimites(minimo) ?? FueraDeLimites(maximo)) is { } fuera)
        {
            return fuera;
        }

        if (minimo.HasValue && maximo.HasValue
            && (minimo.Value > maximo.Value || (minimo.Value == maximo.Value && !(incluyeMinimo && incluyeMaximo))))
        {
            return "la banda no contiene ningún valor: su límite inferior no está por debajo del superior.";
        }

        return null;
    }

    /// <summary>Why a threshold is outside 0..10^6 % or has more than 6 decimals; null when it is fine (or absent).</summary>
    private static string? FueraDeLimites(decimal? umbral)
    {
        if (umbral is not { } valor)
        {
            return null;
        }

        var texto = Numeros.Formatear(valor, CultureInfo.InvariantCulture);
        if (valor < 0m)
        {
            return $"el umbral {texto}% es negativo: los umbrales van de 0% a {Limites.Texto(Limites.MaximoUmbral)}%.";
        }

        return Limites.Motivo(valor, Limites.MaximoUmbral) is { } motivo ? $"el umbral {texto}% {motivo}." : null;
    }

    private static string Normalizar(string texto)
    {
        var builder = new StringBuilder(texto.Length);
        foreach (var c in texto)
        {
            switch (c)
            {
                case '≥':
                    builder.Append(">=");
                    break;
                case '≤':
                    builder.Append("<=");
                    break;
                case '＜':
                    builder.Append('<');
                    break;
                case '＞':
                    builder.Append('>');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        // Remove spaces inside operators ("> =" -> ">="), and turn "=>"/"=<" into ">="/"<=".
        var s = builder.ToString();
        s = s.Replace("> =", ">=").Replace("< =", "<=").Replace("=>", ">=").Replace("=<", "<=");
        return s;
    }

    private static List<string> Dividir(string texto)
    {
        var partes = new List<string>();
        foreach (var parte in texto.Split(["&&", "&", " y ", " Y ", " and ", " AND ", ","], StringSplitOptions.None))
        {
            if (parte.Trim().Length > 0)
            {
                partes.Add(parte);
            }
        }

        return partes;
    }

    /// <summary>
    /// Splits a condition into its operator and its number (<c>&gt;= 80%</c> → <c>&gt;=</c>, <c>80</c>, read by the
    /// <see cref="LectorDeNumeros"/>); false when it is not an operator followed by a number at all.
    /// </summary>
    private static bool TryParseCondicion(string condicion, out string operador, out string numero, out NumeroLeido leido)
    {
        numero = string.Empty;
        leido = default;
        var s = condicion.Trim();
        operador = s.StartsWith(">=", StringComparison.Ordinal) ? ">="
            : s.StartsWith("<=", StringComparison.Ordinal) ? "<="
            : s.StartsWith(">", StringComparison.Ordinal) ? ">"
            : s.StartsWith("<", StringComparison.Ordinal) ? "<"
            : s.StartsWith("=", StringComparison.Ordinal) ? "="
            : string.Empty;
        if (operador.Length == 0)
        {
            return false;
        }

        numero = s.Substring(operador.Length).Trim();
        if (numero.EndsWith("%", StringComparison.Ordinal))
        {
            numero = numero.Substring(0, numero.Length - 1).TrimEnd();
        }

        leido = LectorDeNumeros.Leer(numero, '.', Limites.MaximoUmbral);
        return leido.Error is not (ErrorDeNumero.NoEsNumero or ErrorDeNumero.SeparadorAmbiguo);
    }

    /// <summary>Whether <paramref name="cumplimiento"/> (percent) falls in this band (in one of its intervals).</summary>
    /// <param name="cumplimiento">A cumplimiento in percent.</param>
    /// <returns>Whether it is in the band.</returns>
    public bool Contiene(decimal cumplimiento)
    {
        foreach (var i in intervalos)
        {
            if (i.Contiene(cumplimiento))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the exact value <paramref name="cumplimiento"/> falls in this band (decided by cross-multiplication).</summary>
    internal bool Contiene(Fraccion cumplimiento)
    {
        foreach (var i in intervalos)
        {
            if (i.Contiene(cumplimiento))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="cumplimiento"/> is within <paramref name="tolerancia"/> of one of this band's limits.</summary>
    internal bool CercaDeUnLimite(decimal cumplimiento, decimal tolerancia)
    {
        foreach (var i in intervalos)
        {
            if ((i.Minimo is { } minimo && Math.Abs(cumplimiento - minimo) <= tolerancia)
                || (i.Maximo is { } maximo && Math.Abs(cumplimiento - maximo) <= tolerancia))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The limit of this band equal to <paramref name="cumplimiento"/>, if any.</summary>
    internal decimal? LimiteIgualA(Fraccion cumplimiento)
    {
        foreach (var i in intervalos)
        {
            if (i.Minimo is { } minimo && cumplimiento.Es(minimo))
            {
                return minimo;
            }

            if (i.Maximo is { } maximo && cumplimiento.Es(maximo))
            {
                return maximo;
            }
        }

        return null;
    }

    /// <summary>
    /// The canonical notation: <c>&gt;= 80%</c>, <c>&gt; 50% y &lt; 80%</c>, <c>&lt;= 50%</c>, <c>= 100%</c>; a union joins its
    /// intervals with <c>o</c> (<c>&gt; 70% y &lt; 90% o &gt; 110%</c>); a band without bounds is <c>cualquier valor</c>.
    /// </summary>
    /// <returns>The notation.</returns>
    public override string ToString() => string.Join(" o ", intervalos.Select(i => i.ToString()));

    /// <inheritdoc />
    public bool Equals(Banda? other)
        => other is not null
           && Color == other.Color
           && intervalos.SequenceEqual(other.intervalos);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Banda);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = Hash.Combine(Hash.Seed, (int)Color);
        foreach (var i in intervalos)
        {
            hash = Hash.Combine(hash, i);
        }

        return hash;
    }

    /// <summary>Equality of colour and interval.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Banda? left, Banda? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of colour or interval.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Banda? left, Banda? right) => !(left == right);
}
