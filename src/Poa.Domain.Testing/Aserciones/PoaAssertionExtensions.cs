using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Collections;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// The entry points: <c>plan.Should()</c>, <c>actividad.Should()</c>, <c>diagnostico.Should()</c>, and
/// diagnostic assertions on any list of diagnostics (<c>plan.Validar().Should().ContenerDiagnostico("POA001")</c>).
/// Add <c>using Poa.Domain.Testing;</c> next to <c>using FluentAssertions;</c>.
/// </summary>
public static class PoaAssertionExtensions
{
    /// <summary>Assertions on a plan.</summary>
    public static PlanAssertions Should(this Plan plan) => new(plan);

    /// <summary>Assertions on an activity.</summary>
    public static ActividadAssertions Should(this Actividad actividad) => new(actividad);

    /// <summary>Assertions on the evaluation of an activity.</summary>
    public static ResultadoDeActividadAssertions Should(this ResultadoDeActividad resultado) => new(resultado);

    /// <summary>Assertions on a diagnostic.</summary>
    public static DiagnosticoAssertions Should(this Diagnostico diagnostico) => new(diagnostico);

    /// <summary>
    /// Asserts that the list has a diagnostic with <paramref name="codigo"/>; <c>.Which</c> is the first. The
    /// message lists the diagnostics there are.
    /// </summary>
    [CustomAssertion]
    public static AndWhichConstraint<GenericCollectionAssertions<Diagnostico>, Diagnostico> ContenerDiagnostico(
        this GenericCollectionAssertions<Diagnostico> assertions, string codigo, string because = "", params object[] becauseArgs)
    {
        ActividadBuilder.NoNulo(assertions, nameof(assertions));
        var razon = Mensajes.Razon(because, becauseArgs);
        var lista = assertions.Subject?.ToList();
        var encontrado = lista?.FirstOrDefault(d => d is not null && string.Equals(d.Codigo, codigo, StringComparison.Ordinal));
        var tiene = lista is null ? "la lista es nula."
            : lista.Count == 0 ? "la lista está vacía."
            : "contiene:" + Mensajes.Lista(lista.Select(d => d?.ToString() ?? "(nulo)"));
        Mensajes.Verificar(
            encontrado is not null,
            "los diagnósticos",
            $"Se esperaba que {Mensajes.Sujeto} contuvieran un diagnóstico {codigo}{razon}, pero {tiene}");
        return new AndWhichConstraint<GenericCollectionAssertions<Diagnostico>, Diagnostico>(assertions, encontrado!);
    }

    /// <summary>Asserts that the list has no diagnostic of severity <see cref="Severidad.Error"/>; the message lists the errors.</summary>
    [CustomAssertion]
    public static AndConstraint<GenericCollectionAssertions<Diagnostico>> NoContenerErrores(
        this GenericCollectionAssertions<Diagnostico> assertions, string because = "", params object[] becauseArgs)
    {
        ActividadBuilder.NoNulo(assertions, nameof(assertions));
        var razon = Mensajes.Razon(because, becauseArgs);
        var errores = assertions.Subject?.Where(d => d is not null && d.EsError).ToList() ?? new List<Diagnostico>();
        Mensajes.Verificar(
            assertions.Subject is not null && errores.Count == 0,
            "los diagnósticos",
            assertions.Subject is null
                ? $"Se esperaba que {Mensajes.Sujeto} no contuvieran errores{razon}, pero la lista es nula."
                : $"Se esperaba que {Mensajes.Sujeto} no contuvieran errores{razon}, pero contienen {PlanAssertions.Contar(errores.Count, "error", "errores")}:{Mensajes.Lista(errores.Select(d => d.ToString()))}");
        return new AndConstraint<GenericCollectionAssertions<Diagnostico>>(assertions);
    }
}
