using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;

namespace Poa.Domain.Testing.Internal;

/// <summary>
/// The checks on a list of diagnostics that every result with <c>Diagnosticos</c> offers (plan results, import results,
/// reprogramaciones), with one wording: <c>Se esperaba que resultado tuviera un diagnóstico POA250 en la actividad 2,
/// pero sus diagnósticos son: ...</c>.
/// </summary>
internal static class AsercionesDeDiagnosticos
{
    /// <summary>Fails unless <paramref name="lista"/> has a diagnostic <paramref name="codigo"/> (on that activity or line); returns the first.</summary>
    [CustomAssertion]
    internal static Diagnostico? Tener(
        IReadOnlyList<Diagnostico> lista, string sujetoPorOmision, string codigo, string razon, int? actividad = null, int? linea = null)
    {
        ComprobarCodigo(codigo);
        var donde = (actividad is { } a ? " en la actividad " + I(a) : string.Empty) + (linea is { } l ? " en la línea " + I(l) : string.Empty);
        var encontrado = lista.FirstOrDefault(d =>
            string.Equals(d.Codigo, codigo, StringComparison.Ordinal)
            && (actividad is null || d.Ubicacion.Actividad == actividad)
            && (linea is null || d.Ubicacion.Linea == linea));
        var tiene = lista.Count == 0 ? "no tiene ninguno." : "sus diagnósticos son:" + Mensajes.Lista(lista.Select(d => d.ToString()));
        Mensajes.Verificar(encontrado is not null, sujetoPorOmision, $"Se esperaba que {Mensajes.Sujeto} tuviera un diagnóstico {codigo}{donde}{razon}, pero {tiene}");
        return encontrado;
    }

    /// <summary>Fails when <paramref name="lista"/> has a diagnostic <paramref name="codigo"/>, listing them.</summary>
    [CustomAssertion]
    internal static void NoTener(IReadOnlyList<Diagnostico> lista, string sujetoPorOmision, string codigo, string razon)
    {
        ComprobarCodigo(codigo);
        var encontrados = lista.Where(d => string.Equals(d.Codigo, codigo, StringComparison.Ordinal)).ToList();
        Mensajes.Verificar(
            encontrados.Count == 0,
            sujetoPorOmision,
            $"Se esperaba que {Mensajes.Sujeto} no tuviera un diagnóstico {codigo}{razon}, pero tiene {Mensajes.Contar(encontrados.Count, "diagnóstico", "diagnósticos")} {codigo}:{Mensajes.Lista(encontrados.Select(d => d.ToString()))}");
    }

    /// <summary>Fails when <paramref name="lista"/> is not empty, listing it.</summary>
    [CustomAssertion]
    internal static void Ninguno(IReadOnlyList<Diagnostico> lista, string sujetoPorOmision, string razon)
        => Mensajes.Verificar(
            lista.Count == 0,
            sujetoPorOmision,
            $"Se esperaba que {Mensajes.Sujeto} no tuviera diagnósticos{razon}, pero tiene {Mensajes.Contar(lista.Count, "diagnóstico", "diagnósticos")}:{Mensajes.Lista(lista.Select(d => d.ToString()))}");

    /// <summary>Fails when <paramref name="lista"/> has an error, listing the errors.</summary>
    [CustomAssertion]
    internal static void SinErrores(IReadOnlyList<Diagnostico> lista, string sujetoPorOmision, string razon)
    {
        var errores = lista.Where(d => d.EsError).ToList();
        Mensajes.Verificar(
            errores.Count == 0,
            sujetoPorOmision,
            $"Se esperaba que {Mensajes.Sujeto} no tuviera errores{razon}, pero tiene {Mensajes.Contar(errores.Count, "error", "errores")}:{Mensajes.Lista(errores.Select(d => d.ToString()))}");
    }

    /// <summary>Fails when <paramref name="lista"/> has no error, listing what it has.</summary>
    [CustomAssertion]
    internal static void ConErrores(IReadOnlyList<Diagnostico> lista, string sujetoPorOmision, string razon)
        => Mensajes.Verificar(
            lista.Any(d => d.EsError),
            sujetoPorOmision,
            $"Se esperaba que {Mensajes.Sujeto} tuviera errores{razon}, pero no tiene ninguno. Sus diagnósticos:{Mensajes.Lista(lista.Select(d => d.ToString()))}");

    /// <summary>Throws when a code is blank: a mistake in the test, not a failed assertion.</summary>
    internal static void ComprobarCodigo(string codigo)
    {
        if (string.IsNullOrWhiteSpace(codigo))
        {
            throw new ArgumentException("El código del diagnóstico no puede estar vacío (p. ej. «POA001»).", nameof(codigo));
        }
    }

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);
}
