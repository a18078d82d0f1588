using System;
using System.Collections.Generic;
using System.Globalization;
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
[System.Text.Json.Serialization.JsonConverter(typeof(Json.BandaJsonConverter))]
public sealed class Banda : IEquatable<Banda>
{
    private Banda(Color color, decimal? minimo, bool incluyeMinimo, decimal? maximo, bool incluyeMaximo)
    {
        Color = color;
        Minimo = minimo;
        IncluyeMinimo = minimo.HasValue && incluyeMinimo;
        Maximo = maximo;
        IncluyeMaximo = maximo.HasValue && incluyeMaximo;
    }

    /// <summary>The colour of the band.</summary>
    public Color Color { get; }

    /// <summary>The lower bound in percent, or <c>null</c> when unbounded below.</summary>
    public decimal? Minimo { get; }

    /// <summary>Whether <see cref="Minimo"/> belongs to the band (<c>&gt;=</c>) or not (<c>&gt;</c>).</summary>
    public bool IncluyeMinimo { get; }

    /// <summary>The upper bound in percent, or <c>null</c> when unbounded above.</summary>
    public decimal? Maximo { get; }

    /// <summary>Whether <see cref="Maximo"/> belongs to the band (<c>&lt;=</c>) or not (<c>&lt;</c>).</summary>
    public bool IncluyeMaximo { get; }

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
    /// <exception cref="ArgumentException"><paramref name="minimo"/> is negative, above 10^6 or has more than 6 decimals.</exception>
    public static Banda Desde(Color color, decimal minimo) => Create(color, minimo, true, null, false);

    /// <summary>A band up to <paramref name="maximo"/> (inclusive): <c>&lt;= 50%</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="maximo"/> is negative, above 10^6 or has more than 6 decimals.</exception>
    public static Banda Hasta(Color color, decimal maximo) => Create(color, null, false, maximo, true);

    /// <summary>A band strictly between two values: <c>&gt; 50% y &lt; 80%</c>.</summary>
    /// <exception cref="ArgumentException">The interval is empty, or a bound is negative, above 10^6 or has more than 6 decimals.</exception>
    public static Banda Entre(Color color, decimal minimoExclusivo, decimal maximoExclusivo)
        => Create(color, minimoExclusivo, false, maximoExclusivo, false);

    /// <summary>Parses the notation of one band for <paramref name="color"/>, e.g. <c>Parse(Color.Amarillo, "&lt; 80% &amp; &gt; 50%")</c>.</summary>
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
        var original = texto is null ? string.Empty : Texto.NormalizarEspacios(texto);
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

        var condiciones = Dividir(Normalizar(separador == ',' ? LectorDeNumeros.ComaDecimalAPunto(original) : original));
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

    /// <summary>Whether <paramref name="cumplimiento"/> (percent) falls in this band.</summary>
    public bool Contiene(decimal cumplimiento)
    {
        if (Minimo is { } minimo && (cumplimiento < minimo || (cumplimiento == minimo && !IncluyeMinimo)))
        {
            return false;
        }

        if (Maximo is { } maximo && (cumplimiento > maximo || (cumplimiento == maximo && !IncluyeMaximo)))
        {
            return false;
        }

        return true;
    }

    /// <summary>Whether the exact value <paramref name="cumplimiento"/> falls in this band (decided by cross-multiplication).</summary>
    internal bool Contiene(Internal.Fraccion cumplimiento)
    {
        if (Minimo is { } minimo)
        {
            var c = cumplimiento.CompareTo(minimo);
            if (c < 0 || (c == 0 && !IncluyeMinimo))
            {
                return false;
            }
        }

        if (Maximo is { } maximo)
        {
            var c = cumplimiento.CompareTo(maximo);
            if (c > 0 || (c == 0 && !IncluyeMaximo))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="cumplimiento"/> is within <paramref name="tolerancia"/> of one of this band's limits.</summary>
    internal bool CercaDeUnLimite(decimal cumplimiento, decimal tolerancia)
        => (Minimo is { } minimo && Math.Abs(cumplimiento - minimo) <= tolerancia)
           || (Maximo is { } maximo && Math.Abs(cumplimiento - maximo) <= tolerancia);

    /// <summary>The limit of this band equal to <paramref name="cumplimiento"/>, if any.</summary>
    internal decimal? LimiteIgualA(Internal.Fraccion cumplimiento)
        => Minimo is { } minimo && cumplimiento.Es(minimo) ? minimo
            : Maximo is { } maximo && cumplimiento.Es(maximo) ? maximo
            : null;

    /// <summary>The canonical notation: <c>&gt;= 80%</c>, <c>&gt; 50% y &lt; 80%</c>, <c>&lt;= 50%</c>, <c>= 100%</c>; a band without bounds is <c>cualquier valor</c>.</summary>
    public override string ToString()
    {
        static string Num(decimal value) => Numeros.Formatear(value, CultureInfo.InvariantCulture) + "%";

        if (Minimo is { } min && Maximo is { } max)
        {
            return min == max
                ? "= " + Num(min)
                : (IncluyeMinimo ? ">= " : "> ") + Num(min) + " y " + (IncluyeMaximo ? "<= " : "< ") + Num(max);
        }

        if (Minimo is { } soloMin)
        {
            return (IncluyeMinimo ? ">= " : "> ") + Num(soloMin);
        }

        if (Maximo is { } soloMax)
        {
            return (IncluyeMaximo ? "<= " : "< ") + Num(soloMax);
        }

        return "cualquier valor";
    }

    /// <inheritdoc />
    public bool Equals(Banda? other)
        => other is not null
           && Color == other.Color
           && Minimo == other.Minimo
           && IncluyeMinimo == other.IncluyeMinimo
           && Maximo == other.Maximo
           && IncluyeMaximo == other.IncluyeMaximo;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Banda);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = Hash.Combine(Hash.Seed, (int)Color);
        hash = Hash.Combine(hash, Minimo);
        hash = Hash.Combine(hash, IncluyeMinimo ? 1 : 0);
        hash = Hash.Combine(hash, Maximo);
        return Hash.Combine(hash, IncluyeMaximo ? 1 : 0);
    }

    /// <summary>Equality of colour and interval.</summary>
    public static bool operator ==(Banda? left, Banda? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of colour or interval.</summary>
    public static bool operator !=(Banda? left, Banda? right) => !(left == right);
}
