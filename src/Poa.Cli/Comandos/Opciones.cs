using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using NodaTime;
using Poa.Domain;
using Poa.Domain.Json;

namespace Poa.Cli.Comandos;

/// <summary>One value of an option with a fixed set of values: what users type, what it means, and its help text.</summary>
internal sealed record ValorDeOpcion<T>(string Nombre, T Valor, string Descripcion);

/// <summary>
/// An option whose value is one of a fixed set (<c>--formato tabla|json|csv|markdown</c>): compared without regard to case,
/// the values listed in the help, in completions and in the error, and the default (the first value) named as users type it.
/// </summary>
internal sealed class OpcionDeValores<T>
{
    private readonly ValorDeOpcion<T> predeterminado;

    internal OpcionDeValores(string nombre, string descripcion, IReadOnlyList<ValorDeOpcion<T>> valores)
    {
        Valores = valores;
        predeterminado = valores[0];
        var lista = Opciones.Lista(valores.Select(v => v.Nombre).ToList(), "o");
        Opcion = new Option<ValorDeOpcion<T>?>(nombre)
        {
            Description = descripcion + " " + string.Join("; ", valores.Select(v => v.Nombre + (ReferenceEquals(v, predeterminado) ? " (predeterminado)" : string.Empty) + ": " + v.Descripcion)) + ".",
            HelpName = string.Join("|", valores.Select(v => v.Nombre)),
            CustomParser = resultado =>
            {
                var texto = resultado.Tokens.Count == 0 ? string.Empty : resultado.Tokens[^1].Value;
                var valor = valores.FirstOrDefault(v => string.Equals(v.Nombre, texto.Trim(), StringComparison.OrdinalIgnoreCase));
                if (valor is null)
                {
                    resultado.AddError($"{nombre} «{texto}» no es un valor válido: use {lista}.");
                }

                return valor;
            },
        };
        Opcion.CompletionSources.Add(valores.Select(v => v.Nombre).ToArray());
    }

    internal Option<ValorDeOpcion<T>?> Opcion { get; }

    internal IReadOnlyList<ValorDeOpcion<T>> Valores { get; }

    /// <summary>The value given, or the default.</summary>
    internal T Leer(ParseResult resultado) => (resultado.GetValue(Opcion) ?? predeterminado).Valor;
}

/// <summary>The options several commands share, declared once.</summary>
internal static class Opciones
{
    /// <summary><c>--corte AAAA-MM</c>: the month of the corte.</summary>
    internal static Option<Corte?> Corte(string descripcion, bool requerida) => new("--corte")
    {
        Description = descripcion,
        HelpName = "AAAA-MM",
        Required = requerida,
        CustomParser = resultado =>
        {
            var texto = resultado.Tokens.Count == 0 ? string.Empty : resultado.Tokens[^1].Value;
            if (LeerMes(texto) is { } mes)
            {
                return Domain.Corte.De(mes);
            }

            resultado.AddError($"--corte «{texto}» no es un mes AAAA-MM (por ejemplo 2023-06).");
            return null;
        },
    };

    /// <summary>An option whose value is a day, <c>AAAA-MM-DD</c> in a year of <see cref="EjercicioFiscal"/>'s range.</summary>
    internal static Option<LocalDate?> Fecha(string nombre, string descripcion) => new(nombre)
    {
        Description = descripcion,
        HelpName = "AAAA-MM-DD",
        CustomParser = resultado =>
        {
            var texto = resultado.Tokens.Count == 0 ? string.Empty : resultado.Tokens[^1].Value;
            if (OpcionesDelCiclo.LeerFecha(texto.Trim()) is { } leida)
            {
                return leida;
            }

            resultado.AddError($"{nombre} «{texto}» no es una fecha AAAA-MM-DD (por ejemplo 2023-07-05).");
            return null;
        },
    };

    /// <summary><c>--limite-json TAMAÑO</c>: the largest JSON document (or JSON Lines line) read.</summary>
    internal static Option<int?> LimiteJson() => new("--limite-json")
    {
        Description = $"El tamaño máximo de un documento JSON (de cada línea en JSON Lines), en bytes o con K, M o G (64M). Predeterminado: {Tamano.Texto(PoaJsonOpciones.TamanoMaximoPredeterminado)}, que protege de archivos desmedidos.",
        HelpName = "TAMAÑO",
        CustomParser = resultado =>
        {
            var texto = resultado.Tokens.Count == 0 ? string.Empty : resultado.Tokens[^1].Value;
            if (Tamano.TryParse(texto, out var bytes))
            {
                return bytes;
            }

            resultado.AddError($"--limite-json «{texto}» no es un tamaño: escriba bytes o un número con K, M o G (por ejemplo 64M), hasta 2G.");
            return null;
        },
    };

    /// <summary>The JSON options of <c>--limite-json</c>.</summary>
    internal static PoaJsonOpciones Json(ParseResult resultado, Option<int?> limite)
        => resultado.GetValue(limite) is { } bytes ? new PoaJsonOpciones { TamanoMaximo = bytes } : PoaJsonOpciones.Predeterminadas;

    /// <summary>A flag: present or not, never with a value.</summary>
    internal static Option<bool> Bandera(string nombre, string descripcion) => new(nombre)
    {
        Description = descripcion,
        Arity = ArgumentArity.Zero,
    };

    /// <summary><c>AAAA-MM</c> with a year of <see cref="EjercicioFiscal"/>'s range.</summary>
    internal static YearMonth? LeerMes(string texto)
    {
        if (texto.Length == 7 && texto[4] == '-'
            && int.TryParse(texto.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var anio)
            && int.TryParse(texto.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var mes)
            && anio is >= EjercicioFiscal.AnioMinimo and <= EjercicioFiscal.AnioMaximo && mes is >= 1 and <= 12)
        {
            return new YearMonth(anio, mes);
        }

        return null;
    }

    /// <summary><c>a, b o c</c>.</summary>
    internal static string Lista(IReadOnlyList<string> valores, string conjuncion)
        => valores.Count <= 1 ? string.Concat(valores) : string.Join(", ", valores.Take(valores.Count - 1)) + " " + conjuncion + " " + valores[^1];
}
