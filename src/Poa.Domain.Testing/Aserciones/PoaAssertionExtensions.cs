using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Collections;
using Poa.Domain.Importacion;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// The entry points: <c>plan.Should()</c>, <c>actividad.Should()</c>, <c>resultado.Should()</c>, <c>diagnostico.Should()</c>...,
/// also straight from a builder (<c>Crear.UnPlan().Should().SerValido()</c>), and assertions on any list of diagnostics
/// (<c>plan.Validar().Should().ContenerDiagnostico("POA001")</c>) or of roll-ups (<c>.ContenerGrupo("Gobierno Digital")</c>).
/// Add <c>using Poa.Domain.Testing;</c> next to <c>using FluentAssertions;</c>.
/// </summary>
public static class PoaAssertionExtensions
{
    /// <summary>Assertions on a plan.</summary>
    /// <param name="plan">The plan to assert on.</param>
    /// <returns>The plan's assertions.</returns>
    public static PlanAssertions Should(this Plan plan) => new(plan);

    /// <summary>Assertions on the plan a builder builds: <c>Crear.UnPlan().SinFirmantes().Should().SerValido()</c>.</summary>
    /// <param name="builder">The builder; its plan is built once, here.</param>
    /// <returns>The assertions on the plan built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static PlanAssertions Should(this PlanBuilder builder) => new(ActividadBuilder.NoNulo(builder, nameof(builder)).Build());

    /// <summary>Assertions on an activity.</summary>
    /// <param name="actividad">The activity to assert on.</param>
    /// <returns>The activity's assertions.</returns>
    public static ActividadAssertions Should(this Actividad actividad) => new(actividad);

    /// <summary>Assertions on the activity a builder builds: <c>Crear.UnaActividad().Trimestral(1, "Informes").Should().TenerFrecuencia(Frecuencia.Trimestral)</c>.</summary>
    /// <param name="builder">The builder; its activity is built once, here.</param>
    /// <returns>The assertions on the activity built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ActividadAssertions Should(this ActividadBuilder builder) => new(ActividadBuilder.NoNulo(builder, nameof(builder)).Build());

    /// <summary>Assertions on the evaluation of an activity.</summary>
    /// <param name="resultado">The result of one activity at a corte.</param>
    /// <returns>The result's assertions.</returns>
    public static ResultadoDeActividadAssertions Should(this ResultadoDeActividad resultado) => new(resultado);

    /// <summary>Assertions on the evaluation of a whole plan.</summary>
    /// <param name="resultado">The result of every activity of one plan at a corte.</param>
    /// <returns>The result's assertions.</returns>
    public static ResultadoDePlanAssertions Should(this ResultadoDePlan resultado) => new(resultado);

    /// <summary>Assertions on a roll-up of one group.</summary>
    /// <param name="resumen">The roll-up (one unidad responsable, dependencia, programa, eje or objetivo).</param>
    /// <returns>The roll-up's assertions.</returns>
    public static ResumenDeGrupoAssertions Should(this ResumenDeGrupo resumen) => new(resumen);

    /// <summary>Assertions on what an import of POA spreadsheets (text, CSV or a workbook) read.</summary>
    /// <param name="resultado">The plans and diagnostics read.</param>
    /// <returns>The import result's assertions.</returns>
    public static ResultadoDeImportacionAssertions Should(this ResultadoDeImportacion resultado) => new(resultado);

    /// <summary>Assertions on what an import of avances read.</summary>
    /// <param name="resultado">The avances and diagnostics read.</param>
    /// <returns>The import result's assertions.</returns>
    public static ResultadoDeImportacionDeAvancesAssertions Should(this ResultadoDeImportacionDeAvances resultado) => new(resultado);

    /// <summary>Assertions on what <see cref="Plan.Reprogramar"/> answered.</summary>
    /// <param name="resultado">The decision on one modificación de meta.</param>
    /// <returns>The reprogramación's assertions.</returns>
    public static ResultadoDeReprogramacionAssertions Should(this ResultadoDeReprogramacion resultado) => new(resultado);

    /// <summary>Assertions on a diagnostic.</summary>
    /// <param name="diagnostico">The diagnostic to assert on.</param>
    /// <returns>The diagnostic's assertions.</returns>
    public static DiagnosticoAssertions Should(this Diagnostico diagnostico) => new(diagnostico);

    /// <summary>
    /// Asserts that the list has a diagnostic with <paramref name="codigo"/>; <c>.Which</c> is the first. The
    /// message lists the diagnostics there are.
    /// </summary>
    /// <param name="assertions">FluentAssertions' assertions on the list (<c>lista.Should()</c>).</param>
    /// <param name="codigo">The diagnostic code, e.g. <c>POA001</c>.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The list's assertions and, as <c>.Which</c>, the diagnostic found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assertions"/> is null.</exception>
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

    /// <summary>Asserts that the list has no diagnostic with <paramref name="codigo"/>; the message lists those it has.</summary>
    /// <param name="assertions">FluentAssertions' assertions on the list (<c>lista.Should()</c>).</param>
    /// <param name="codigo">The diagnostic code, e.g. <c>POA001</c>.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The list's assertions, to chain more with <c>.And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assertions"/> is null.</exception>
    [CustomAssertion]
    public static AndConstraint<GenericCollectionAssertions<Diagnostico>> NoContenerDiagnostico(
        this GenericCollectionAssertions<Diagnostico> assertions, string codigo, string because = "", params object[] becauseArgs)
    {
        ActividadBuilder.NoNulo(assertions, nameof(assertions));
        var razon = Mensajes.Razon(because, becauseArgs);
        var encontrados = assertions.Subject?.Where(d => d is not null && string.Equals(d.Codigo, codigo, StringComparison.Ordinal)).ToList() ?? [];
        Mensajes.Verificar(
            encontrados.Count == 0,
            "los diagnósticos",
            $"Se esperaba que {Mensajes.Sujeto} no contuvieran un diagnóstico {codigo}{razon}, pero contienen {Mensajes.Contar(encontrados.Count, "diagnóstico", "diagnósticos")} {codigo}:{Mensajes.Lista(encontrados.Select(d => d.ToString()))}");
        return new AndConstraint<GenericCollectionAssertions<Diagnostico>>(assertions);
    }

    /// <summary>Asserts that the list has no diagnostic of severity <see cref="Severidad.Error"/>; the message lists the errors.</summary>
    /// <param name="assertions">FluentAssertions' assertions on the list (<c>lista.Should()</c>).</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The list's assertions, to chain more with <c>.And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assertions"/> is null.</exception>
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
                : $"Se esperaba que {Mensajes.Sujeto} no contuvieran errores{razon}, pero contienen {Mensajes.Contar(errores.Count, "error", "errores")}:{Mensajes.Lista(errores.Select(d => d.ToString()))}");
        return new AndConstraint<GenericCollectionAssertions<Diagnostico>>(assertions);
    }

    /// <summary>
    /// Asserts that the roll-ups have a group named <paramref name="nombre"/> (<see cref="ResumenDeGrupo.Nombre"/>); <c>.Which</c>
    /// is that group: <c>resumenes.Should().ContenerGrupo("Mejora Regulatoria").Which.Should().SerRojo()</c>.
    /// </summary>
    /// <param name="assertions">FluentAssertions' assertions on the list (<c>resumenes.Should()</c>).</param>
    /// <param name="nombre">The group's name: the unidad responsable, dependencia, programa, eje or objetivo as written (ordinal comparison).</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The list's assertions and, as <c>.Which</c>, the group found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assertions"/> is null.</exception>
    [CustomAssertion]
    public static AndWhichConstraint<GenericCollectionAssertions<ResumenDeGrupo>, ResumenDeGrupo> ContenerGrupo(
        this GenericCollectionAssertions<ResumenDeGrupo> assertions, string nombre, string because = "", params object[] becauseArgs)
    {
        ActividadBuilder.NoNulo(assertions, nameof(assertions));
        var razon = Mensajes.Razon(because, becauseArgs);
        var lista = assertions.Subject?.ToList();
        var encontrado = lista?.FirstOrDefault(g => g is not null && string.Equals(g.Nombre, nombre, StringComparison.Ordinal));
        var tiene = lista is null ? "la lista es nula."
            : lista.Count == 0 ? "la lista está vacía."
            : "sus grupos son:" + Mensajes.Lista(lista.Select(g => g?.ToString() ?? "(nulo)"));
        Mensajes.Verificar(
            encontrado is not null,
            "los resúmenes",
            $"Se esperaba que {Mensajes.Sujeto} contuvieran el grupo «{nombre}»{razon}, pero {tiene}");
        return new AndWhichConstraint<GenericCollectionAssertions<ResumenDeGrupo>, ResumenDeGrupo>(assertions, encontrado!);
    }
}
