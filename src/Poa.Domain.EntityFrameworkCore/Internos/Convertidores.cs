using System;
using System.Globalization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Poa.Domain.EntityFrameworkCore.Internos;

/// <summary>
/// The value converters of the single-column value objects, each with a comparer that compares what is stored
/// (the text as written), so that a change of case or accents is seen as a change. Reading a value the domain
/// rejects throws <see cref="RegistroInvalidoException"/> naming the column and the value.
/// </summary>
internal static class Convertidores
{
    internal static ValueConverter<EjercicioFiscal, int> Ejercicio(string columna)
        => new(e => e.Anio, a => Leer(columna, a.ToString(CultureInfo.InvariantCulture), () => new EjercicioFiscal(a)));

    internal static ValueConverter<T, string> Texto<T>(string columna, Func<T, string> escribir, Func<string, T> leer)
        where T : class
        => new(v => escribir(v), s => Leer(columna, s, () => leer(s)));

    internal static ValueComparer<T> ComparadorDeTexto<T>(Func<T, string> texto)
        where T : class
        => new(
            (a, b) => a == null ? b == null : b != null && string.Equals(texto(a), texto(b), StringComparison.Ordinal),
            v => StringComparer.Ordinal.GetHashCode(texto(v)),
            v => v);

    internal static ValueConverter<Dependencia, string> Dependencia(string columna)
        => Texto(columna, d => d.Nombre, s => new Dependencia(s));

    internal static ValueConverter<UnidadResponsable, string> UnidadResponsable(string columna)
        => Texto(columna, u => u.Nombre, s => new UnidadResponsable(s));

    internal static ValueConverter<ProgramaPresupuestario, string> Programa(string columna)
        => Texto(columna, p => p.Nombre, s => new ProgramaPresupuestario(s));

    internal static ValueConverter<UnidadDeMedida, string> Unidad(string columna)
        => Texto(columna, u => u.Nombre, UnidadDeMedida.Create);

    internal static ValueConverter<Banda, string> Banda(string columna, Color color)
        => Texto(columna, b => b.ToString(), s => Poa.Domain.Banda.Parse(color, s));

    internal static ValueConverter<Sentido, string> Sentido(string columna)
        => new(s => NombreDeSentido(s), s => Leer(columna, s, () => LeerSentido(s)));

    internal static ValueConverter<TipoDeMeta, string> Tipo(string columna)
        => new(t => t == TipoDeMeta.Porcentaje ? "porcentaje" : "acumulable", s => Leer(columna, s, () => LeerTipo(s)));

    /// <summary>The tipo de acumulación as the JSON format writes it: <c>suma</c>, <c>promedio</c>, <c>ultimoValor</c>, <c>maximo</c>.</summary>
    internal static ValueConverter<TipoDeAcumulacion, string> Acumulacion(string columna)
        => Nombres(columna, NombresDeAcumulacion);

    /// <summary>The frecuencia as the JSON format writes it: <c>mensual</c>, <c>bimestral</c>, ... <c>anual</c>.</summary>
    internal static ValueConverter<Frecuencia, string> Frecuencia(string columna)
        => Nombres(columna, NombresDeFrecuencia);

    /// <summary>A month as <c>yyyy-MM</c> text: sortable, the same on every database, the same as the JSON format.</summary>
    internal static ValueConverter<YearMonth, string> Mes(string columna)
        => new(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture), s => Leer(columna, s, () => LeerMes(s)));

    /// <summary>A date as the provider's own date type (<c>date</c> on PostgreSQL, <c>yyyy-MM-dd</c> text on SQLite).</summary>
    internal static ValueConverter<LocalDate, DateOnly> Fecha()
        => new(f => f.ToDateOnly(), d => LocalDate.FromDateOnly(d));

    private static readonly (TipoDeAcumulacion Valor, string Nombre)[] NombresDeAcumulacion =
    [
        (TipoDeAcumulacion.Suma, "suma"),
        (TipoDeAcumulacion.Promedio, "promedio"),
        (TipoDeAcumulacion.UltimoValor, "ultimoValor"),
        (TipoDeAcumulacion.Maximo, "maximo"),
    ];

    private static readonly (Frecuencia Valor, string Nombre)[] NombresDeFrecuencia =
    [
        (Poa.Domain.Frecuencia.Mensual, "mensual"),
        (Poa.Domain.Frecuencia.Bimestral, "bimestral"),
        (Poa.Domain.Frecuencia.Trimestral, "trimestral"),
        (Poa.Domain.Frecuencia.Cuatrimestral, "cuatrimestral"),
        (Poa.Domain.Frecuencia.Semestral, "semestral"),
        (Poa.Domain.Frecuencia.Anual, "anual"),
    ];

    /// <summary>An enumeration as one of a fixed list of names (culture-free, the same as JSON); an unknown name is refused on reading.</summary>
    private static ValueConverter<T, string> Nombres<T>(string columna, (T Valor, string Nombre)[] nombres)
        where T : struct, Enum
        => new(v => NombreDe(nombres, v), s => Leer(columna, s, () => ValorDe(nombres, s)));

    internal static string NombreDe<T>((T Valor, string Nombre)[] nombres, T valor)
        where T : struct, Enum
    {
        foreach (var (v, nombre) in nombres)
        {
            if (v.Equals(valor))
            {
                return nombre;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(valor), valor, "Valor no definido.");
    }

    private static T ValorDe<T>((T Valor, string Nombre)[] nombres, string texto)
        where T : struct, Enum
    {
        foreach (var (v, nombre) in nombres)
        {
            if (string.Equals(nombre, texto, StringComparison.Ordinal))
            {
                return v;
            }
        }

        throw new FormatException("se espera " + string.Join(", ", Array.ConvertAll(nombres, n => "«" + n.Nombre + "»")) + ".");
    }

    internal static string NombreDeSentido(Sentido sentido) => sentido switch
    {
        Poa.Domain.Sentido.Descendente => "descendente",
        Poa.Domain.Sentido.Regular => "regular",
        _ => "ascendente",
    };

    private static Sentido LeerSentido(string texto) => texto switch
    {
        "ascendente" => Poa.Domain.Sentido.Ascendente,
        "descendente" => Poa.Domain.Sentido.Descendente,
        "regular" => Poa.Domain.Sentido.Regular,
        _ => throw new FormatException("se espera «ascendente», «descendente» o «regular»."),
    };

    private static TipoDeMeta LeerTipo(string texto) => texto switch
    {
        "acumulable" => TipoDeMeta.Acumulable,
        "porcentaje" => TipoDeMeta.Porcentaje,
        _ => throw new FormatException("se espera «acumulable» o «porcentaje»."),
    };

    private static YearMonth LeerMes(string texto)
    {
        var resultado = YearMonthPattern.Iso.Parse(texto);
        return texto.Length == 7 && resultado.Success
            ? resultado.Value
            : throw new FormatException("se espera un mes «aaaa-MM», como «2023-06».");
    }

    private static T Leer<T>(string columna, string? valor, Func<T> leer)
    {
        try
        {
            return leer();
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new RegistroInvalidoException($"La columna {columna} tiene «{valor}», que no es un valor válido: {e.Message}", e);
        }
    }
}
