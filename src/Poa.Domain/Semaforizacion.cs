using System;
using System.Collections.Generic;
using System.Linq;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The <em>semaforización</em> of an activity: three bands of cumplimiento (percent) that give the
/// colour of the semáforo. The seed's bands are <see cref="Predeterminada"/>: verde <c>&gt;= 80%</c>,
/// amarillo <c>&gt; 50% y &lt; 80%</c>, rojo <c>&lt;= 50%</c>.
/// </summary>
/// <remarks>
/// <para>A semaforización is always valid: its bands cover every cumplimiento from 0 upward exactly once
/// (no gap, no overlap) and each band holds some value. A band may be a union of intervals and colours may repeat
/// along the scale: verde <c>&gt;= 90% y &lt;= 110%</c> with amarillo <c>&gt;= 60% y &lt; 90% o &gt; 110%</c> (over-compliance
/// as poor planning). Creation fails otherwise, with a message that names the value at fault.</para>
/// <para>Values below 0 (possible with the symmetric descendente formula) fall in the band of the lowest values.</para>
/// <para>Equality compares the three bands.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed class Semaforizacion : IEquatable<Semaforizacion>
{
    private Semaforizacion(Banda verde, Banda amarillo, Banda rojo)
    {
        Verde = verde;
        Amarillo = amarillo;
        Rojo = rojo;
        ventanas = Ventanas(verde, amarillo, rojo);
    }

    /// <summary>Per band limit, the pair (limit − tolerance, limit + tolerance): the hot path compares, it never subtracts.</summary>
    private readonly decimal[] ventanas;

    /// <summary>The seed's bands: verde <c>&gt;= 80%</c>, amarillo <c>&gt; 50% y &lt; 80%</c>, rojo <c>&lt;= 50%</c>.</summary>
    public static Semaforizacion Predeterminada { get; } = new(
        Banda.Desde(Color.Verde, 80m),
        Banda.Entre(Color.Amarillo, 50m, 80m),
        Banda.Hasta(Color.Rojo, 50m));

    /// <summary>The verde band (<em>Aceptable</em>).</summary>
    public Banda Verde { get; }

    /// <summary>The amarillo band (<em>En progreso</em>).</summary>
    public Banda Amarillo { get; }

    /// <summary>The rojo band (<em>En riesgo</em>).</summary>
    public Banda Rojo { get; }

    /// <summary>The three bands: verde, amarillo, rojo.</summary>
    public IReadOnlyList<Banda> Bandas => [Verde, Amarillo, Rojo];

    /// <summary>Creates a semaforización from its three bands.</summary>
    /// <param name="verde">The verde band.</param>
    /// <param name="amarillo">The amarillo band.</param>
    /// <param name="rojo">The rojo band.</param>
    /// <returns>The semaforización, when the bands cover every cumplimiento from 0 up exactly once.</returns>
    /// <exception cref="ArgumentNullException">A band is null.</exception>
    /// <exception cref="ArgumentException">A band has the wrong colour, or the bands leave a gap, overlap, or are out of order; the message names the value.</exception>
    public static Semaforizacion Create(Banda verde, Banda amarillo, Banda rojo)
    {
        Preconditions.CheckNotNull(verde, nameof(verde));
        Preconditions.CheckNotNull(amarillo, nameof(amarillo));
        Preconditions.CheckNotNull(rojo, nameof(rojo));
        var error = Validar(verde, amarillo, rojo);
        Preconditions.CheckArgument(error is null, nameof(verde), error!);
        return new Semaforizacion(verde, amarillo, rojo);
    }

    /// <summary>
    /// Tries to create a semaforización; <paramref name="error"/> says in Spanish what is wrong. It never throws on bad
    /// values: every <see cref="Banda"/> holds thresholds from 0% to 10^6 %, so checking them cannot overflow.
    /// </summary>
    /// <param name="verde">The verde band.</param>
    /// <param name="amarillo">The amarillo band.</param>
    /// <param name="rojo">The rojo band.</param>
    /// <param name="result">The semaforización, when the bands make one (<see cref="Predeterminada"/> otherwise).</param>
    /// <param name="error">Why not, in Spanish; empty on success.</param>
    /// <returns>Whether the bands cover every cumplimiento from 0 upward exactly once, in order.</returns>
    /// <exception cref="ArgumentNullException">A band is null.</exception>
    public static bool TryCreate(Banda verde, Banda amarillo, Banda rojo, out Semaforizacion result, out string error)
    {
        Preconditions.CheckNotNull(verde, nameof(verde));
        Preconditions.CheckNotNull(amarillo, nameof(amarillo));
        Preconditions.CheckNotNull(rojo, nameof(rojo));
        var mensaje = Validar(verde, amarillo, rojo);
        result = mensaje is null ? new Semaforizacion(verde, amarillo, rojo) : Predeterminada;
        error = mensaje ?? string.Empty;
        return mensaje is null;
    }

    /// <summary>
    /// Parses the three cells of a POA table: <c>Parse("&gt; = 80%", "&lt; 80% &amp; &gt; 50%", "&lt; = 50%")</c>.
    /// </summary>
    /// <returns>The value read.</returns>
    /// <param name="verde">The verde band as a POA writes it, e.g. <c>&gt; = 80%</c>.</param>
    /// <param name="amarillo">The amarillo band, e.g. <c>&lt; 80% &amp; &gt; 50%</c>.</param>
    /// <param name="rojo">The rojo band, e.g. <c>&lt; = 50%</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">A notation cannot be read, or the bands are invalid; the message names the band and the value.</exception>
    public static Semaforizacion Parse(string verde, string amarillo, string rojo)
    {
        Preconditions.CheckNotNull(verde, nameof(verde));
        Preconditions.CheckNotNull(amarillo, nameof(amarillo));
        Preconditions.CheckNotNull(rojo, nameof(rojo));
        return TryParse(verde, amarillo, rojo, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse the three cells of a POA table; <paramref name="error"/> says in Spanish what is wrong.</summary>
    /// <param name="verde">The verde cell, e.g. <c>&gt; = 80%</c>.</param>
    /// <param name="amarillo">The amarillo cell, e.g. <c>&lt; 80% &amp; &gt; 50%</c>.</param>
    /// <param name="rojo">The rojo cell, e.g. <c>&lt; = 50%</c>.</param>
    /// <param name="result">The semaforización, when the cells are one (<see cref="Predeterminada"/> otherwise).</param>
    /// <param name="error">Why not, in Spanish; empty on success.</param>
    /// <returns>Whether the cells are valid bands (thresholds from 0% to 10^6 %, at most 6 decimals) that cover every cumplimiento once.</returns>
    public static bool TryParse(string? verde, string? amarillo, string? rojo, out Semaforizacion result, out string error)
        => TryParse(verde, amarillo, rojo, '.', null, out result, out error);

    /// <summary>The three cells with the thresholds' decimal <paramref name="separador"/> (see <see cref="Banda.TryParse(Color, string?, char, string?, out Banda, out string)"/>).</summary>
    internal static bool TryParse(string? verde, string? amarillo, string? rojo, char separador, string? formato, out Semaforizacion result, out string error)
        => TryParse(verde, amarillo, rojo, separador, formato, out result, out error, out _);

    /// <summary>
    /// The three cells; <paramref name="rangosEnterosAjustados"/> says whether they were integer-written ranges
    /// (<c>0% a 50%</c>, <c>51% a 79%</c>, <c>80% a 100%</c>) that leave gaps and stop at 100, which were read as each band
    /// reaching up to the next band's lower bound and the top band reaching upward (an importer reports it as information).
    /// </summary>
    internal static bool TryParse(string? verde, string? amarillo, string? rojo, char separador, string? formato, out Semaforizacion result, out string error, out bool rangosEnterosAjustados)
    {
        rangosEnterosAjustados = false;
        result = Predeterminada;
        if (!Banda.TryParse(Color.Verde, verde, separador, formato, out var bandaVerde, out error))
        {
            error = "Banda verde: " + error;
            return false;
        }

        if (!Banda.TryParse(Color.Amarillo, amarillo, separador, formato, out var bandaAmarilla, out error))
        {
            error = "Banda amarilla: " + error;
            return false;
        }

        if (!Banda.TryParse(Color.Rojo, rojo, separador, formato, out var bandaRoja, out error))
        {
            error = "Banda roja: " + error;
            return false;
        }

        if (TryCreate(bandaVerde, bandaAmarilla, bandaRoja, out result, out error))
        {
            return true;
        }

        if (AjustarRangosEnteros([bandaVerde, bandaAmarilla, bandaRoja]) is { } ajustadas
            && TryCreate(ajustadas[0], ajustadas[1], ajustadas[2], out result, out _))
        {
            rangosEnterosAjustados = true;
            error = string.Empty;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Integer-written closed ranges that start at 0 and leave a gap of 1 between each other (<c>0% a 50%</c>, <c>51% a 79%</c>,
    /// <c>80% a 100%</c>): each reaches up to the next one's lower bound (excluded) and the top one reaches upward. Null when the
    /// bands are not of that form.
    /// </summary>
    private static Banda[]? AjustarRangosEnteros(Banda[] bandas)
    {
        var todos = bandas.SelectMany(b => b.Intervalos.Select(i => (b.Color, Intervalo: i))).OrderBy(x => x.Intervalo.Minimo ?? -1m).ToList();
        foreach (var (_, i) in todos)
        {
            if (i.Minimo is not { } min || i.Maximo is not { } max || !i.IncluyeMinimo || !i.IncluyeMaximo || min != decimal.Truncate(min) || max != decimal.Truncate(max))
            {
                return null;
            }
        }

        if (todos[0].Intervalo.Minimo != 0m)
        {
            return null;
        }

        for (var k = 1; k < todos.Count; k++)
        {
            if (todos[k].Intervalo.Minimo != todos[k - 1].Intervalo.Maximo + 1m)
            {
                return null;
            }
        }

        var nuevos = new List<(Color Color, Intervalo Intervalo)>();
        for (var k = 0; k < todos.Count; k++)
        {
            var siguiente = k + 1 < todos.Count ? todos[k + 1].Intervalo.Minimo : null;
            nuevos.Add((todos[k].Color, new Intervalo(todos[k].Intervalo.Minimo, true, siguiente, false)));
        }

        return bandas.Select(b => Banda.Create(b.Color, nuevos.Where(x => x.Color == b.Color).Select(x => x.Intervalo))).ToArray();
    }

    /// <summary>The colour in which <paramref name="cumplimiento"/> (percent, exact) falls.</summary>
    /// <param name="cumplimiento">The exact cumplimiento, in percent, 0 or more.</param>
    /// <returns>The colour of the band it falls in.</returns>
    public Color Clasificar(decimal cumplimiento)
    {
        if (Verde.Contiene(cumplimiento))
        {
            return Color.Verde;
        }

        if (Amarillo.Contiene(cumplimiento))
        {
            return Color.Amarillo;
        }

        if (Rojo.Contiene(cumplimiento))
        {
            return Color.Rojo;
        }

        // Only values below 0 can fall outside every band: they take the colour of 0.
        return Clasificar(0m);
    }

    /// <summary>
    /// How far from a band limit a cumplimiento computed in <see cref="decimal"/> must be for its colour to be
    /// certain. With bounded input (docs/semaforo.md, «Límites») the 28-digit rounding of any formula is far
    /// below it; nearer than this, the colour is decided on the exact fraction.
    /// </summary>
    internal const decimal ToleranciaDeRedondeo = 0.000000000001m;

    /// <summary>Whether <paramref name="cumplimiento"/> is so close to a limit of some band that rounding could decide its colour.</summary>
    internal bool CercaDeUnLimite(decimal cumplimiento, decimal tolerancia)
        => Verde.CercaDeUnLimite(cumplimiento, tolerancia)
           || Amarillo.CercaDeUnLimite(cumplimiento, tolerancia)
           || Rojo.CercaDeUnLimite(cumplimiento, tolerancia);

    /// <summary>Whether <paramref name="cumplimiento"/> is within <see cref="ToleranciaDeRedondeo"/> of a limit of some band (two comparisons per limit).</summary>
    internal bool CercaDeUnLimite(decimal cumplimiento)
    {
        var v = ventanas;
        for (var i = 0; i < v.Length; i += 2)
        {
            if (cumplimiento >= v[i] && cumplimiento <= v[i + 1])
            {
                return true;
            }
        }

        return false;
    }

    private static decimal[] Ventanas(Banda verde, Banda amarillo, Banda rojo)
    {
        var limites = new System.Collections.Generic.SortedSet<decimal>();
        foreach (var banda in new[] { verde, amarillo, rojo })
        {
            foreach (var intervalo in banda.Intervalos)
            {
                if (intervalo.Minimo is { } minimo)
                {
                    limites.Add(minimo);
                }

                if (intervalo.Maximo is { } maximo)
                {
                    limites.Add(maximo);
                }
            }
        }

        var ventanas = new decimal[limites.Count * 2];
        var k = 0;
        foreach (var limite in limites)
        {
            ventanas[k++] = limite - ToleranciaDeRedondeo;
            ventanas[k++] = limite + ToleranciaDeRedondeo;
        }

        return ventanas;
    }

    /// <summary>
    /// The colour of the exact value <paramref name="exacto"/>; when it is exactly a band limit,
    /// <paramref name="cumplimiento"/> becomes that limit (so that the decimal shown and the colour agree).
    /// </summary>
    internal Color Clasificar(Internal.Fraccion exacto, ref decimal cumplimiento)
    {
        var limite = Verde.LimiteIgualA(exacto) ?? Amarillo.LimiteIgualA(exacto) ?? Rojo.LimiteIgualA(exacto);
        if (limite is { } l)
        {
            cumplimiento = l;
        }

        if (Verde.Contiene(exacto))
        {
            return Color.Verde;
        }

        if (Amarillo.Contiene(exacto))
        {
            return Color.Amarillo;
        }

        return Rojo.Contiene(exacto) ? Color.Rojo : Clasificar(0m);
    }

    /// <summary>The band of <paramref name="color"/>.</summary>
    /// <param name="color">The colour.</param>
    /// <returns>The band of that colour.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="color"/> is not defined.</exception>
    public Banda BandaDe(Color color) => color switch
    {
        Color.Verde => Verde,
        Color.Amarillo => Amarillo,
        Color.Rojo => Rojo,
        _ => throw new ArgumentOutOfRangeException(nameof(color), color, "Color no definido."),
    };

    /// <summary>The label of a colour in the seed's words: <c>Aceptable</c>, <c>En progreso</c>, <c>En riesgo</c>.</summary>
    /// <param name="color">The colour.</param>
    /// <returns>The label the documents use: <c>Aceptable</c>, <c>En progreso</c>, <c>En riesgo</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="color"/> is not defined.</exception>
    public static string Etiqueta(Color color) => color switch
    {
        Color.Verde => "Aceptable",
        Color.Amarillo => "En progreso",
        Color.Rojo => "En riesgo",
        _ => throw new ArgumentOutOfRangeException(nameof(color), color, "Color no definido."),
    };

    /// <summary>The canonical notation: <c>verde &gt;= 80%; amarillo &gt; 50% y &lt; 80%; rojo &lt;= 50%</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => $"verde {Verde}; amarillo {Amarillo}; rojo {Rojo}";

    /// <inheritdoc />
    public bool Equals(Semaforizacion? other)
        => other is not null && Verde.Equals(other.Verde) && Amarillo.Equals(other.Amarillo) && Rojo.Equals(other.Rojo);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Semaforizacion);

    /// <inheritdoc />
    public override int GetHashCode() => Hash.Combine(Hash.Combine(Hash.Combine(Hash.Seed, Verde), Amarillo), Rojo);

    /// <summary>Equality of the three bands.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Semaforizacion? left, Semaforizacion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of any band.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Semaforizacion? left, Semaforizacion? right) => !(left == right);

    /// <summary>
    /// Checks that the bands cover [0, ∞) exactly once, that each colour holds some value from 0 upward and that 0 is not
    /// verde; null when valid. Colours may repeat along the scale (a verde bounded above, with an amarillo above it for
    /// over-compliance).
    /// </summary>
    internal static string? Validar(Banda verde, Banda amarillo, Banda rojo)
    {
        if (verde.Color != Color.Verde || amarillo.Color != Color.Amarillo || rojo.Color != Color.Rojo)
        {
            return "Las bandas deben ser, en orden, la verde, la amarilla y la roja.";
        }

        Banda[] bandas = [verde, amarillo, rojo];
        var limites = bandas
            .SelectMany(b => b.Intervalos)
            .SelectMany(i => new[] { i.Minimo, i.Maximo })
            .Where(v => v.HasValue && v.Value >= 0m)
            .Select(v => v!.Value)
            .Append(0m)
            .Distinct()
            .OrderBy(v => v)
            .ToList();

        // The values to test: every bound, a point between each pair of bounds, and one above the last.
        var puntos = new List<decimal>();
        for (var i = 0; i < limites.Count; i++)
        {
            puntos.Add(limites[i]);
            puntos.Add(i + 1 < limites.Count ? (limites[i] + limites[i + 1]) / 2m : limites[i] + 1m);
        }

        var vistos = new HashSet<Color>();
        foreach (var punto in puntos)
        {
            var que = bandas.Where(b => b.Contiene(punto)).ToList();
            var valor = Internal.Numeros.Formatear(punto, System.Globalization.CultureInfo.InvariantCulture);
            if (que.Count == 0)
            {
                return $"Las bandas dejan un hueco: un cumplimiento de {valor}% no cae en ninguna banda.";
            }

            if (que.Count > 1)
            {
                return $"Las bandas se traslapan: un cumplimiento de {valor}% cae en las bandas {Nombre(que[0].Color)} y {Nombre(que[1].Color)}.";
            }

            if (punto == 0m && que[0].Color == Color.Verde)
            {
                return "Las bandas están fuera de orden: un cumplimiento de 0% es verde; los cumplimientos más bajos deben ser rojos (o amarillos).";
            }

            vistos.Add(que[0].Color);
        }

        foreach (var banda in bandas)
        {
            if (!vistos.Contains(banda.Color))
            {
                return $"La banda {Nombre(banda.Color)} ({banda}) no contiene ningún cumplimiento de 0% en adelante.";
            }
        }

        return null;
    }

    private static string Nombre(Color color) => color switch
    {
        Color.Verde => "verde",
        Color.Amarillo => "amarilla",
        _ => "roja",
    };
}
