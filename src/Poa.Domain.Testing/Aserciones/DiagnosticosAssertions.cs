using System;
using System.Collections.Generic;
using FluentAssertions;
using FluentAssertions.Primitives;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// The assertions on the diagnostics that every result carrying them offers, with one wording: plan results
/// (<see cref="ResultadoDePlanAssertions"/>), import results (<see cref="ResultadoDeImportacionAssertions"/>,
/// <see cref="ResultadoDeImportacionDeAvancesAssertions"/>) and reprogramaciones (<see cref="ResultadoDeReprogramacionAssertions"/>).
/// </summary>
/// <typeparam name="TSubject">The result asserted on.</typeparam>
/// <typeparam name="TAssertions">The assertions type that derives from this one, returned to chain with <c>.And</c>.</typeparam>
public abstract class DiagnosticosAssertions<TSubject, TAssertions> : ReferenceTypeAssertions<TSubject, TAssertions>
    where TSubject : class
    where TAssertions : DiagnosticosAssertions<TSubject, TAssertions>
{
    /// <summary>Assertions on <paramref name="subject"/>.</summary>
    /// <param name="subject">The result asserted on; may be null (then every assertion fails saying so).</param>
    /// <param name="sujetoPorOmision">How a message names the subject when the test's code cannot be read, e.g. <c>el resultado</c>.</param>
    protected DiagnosticosAssertions(TSubject subject, string sujetoPorOmision)
        : base(subject)
        => SujetoPorOmision = sujetoPorOmision;

    /// <summary>How a message names the subject when the test's code cannot be read, e.g. <c>el resultado</c>.</summary>
    protected string SujetoPorOmision { get; }

    /// <summary>Asserts that no diagnostic is an error (warnings and information allowed); the message lists the errors.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<TAssertions> NoTenerErrores(string because = "", params object[] becauseArgs)
        => Sobre("no tuviera errores", because, becauseArgs, [CustomAssertion] (lista, razon) => AsercionesDeDiagnosticos.SinErrores(lista, SujetoPorOmision, razon));

    /// <summary>Asserts that at least one diagnostic is an error; the message lists those there are.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<TAssertions> TenerErrores(string because = "", params object[] becauseArgs)
        => Sobre("tuviera errores", because, becauseArgs, [CustomAssertion] (lista, razon) => AsercionesDeDiagnosticos.ConErrores(lista, SujetoPorOmision, razon));

    /// <summary>Asserts that there is no diagnostic at all: no error, no warning, no information.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<TAssertions> NoTenerDiagnosticos(string because = "", params object[] becauseArgs)
        => Sobre("no tuviera diagnósticos", because, becauseArgs, [CustomAssertion] (lista, razon) => AsercionesDeDiagnosticos.Ninguno(lista, SujetoPorOmision, razon));

    /// <summary>Asserts a diagnostic with <paramref name="codigo"/>; <c>.Which</c> is the first, to assert on its place or message.</summary>
    /// <param name="codigo">The diagnostic code, e.g. <c>POA250</c> (see <see cref="CatalogoDeDiagnosticos"/>).</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions and, as <c>.Which</c>, the diagnostic found.</returns>
    /// <exception cref="ArgumentException"><paramref name="codigo"/> is null or blank.</exception>
    [CustomAssertion]
    public AndWhichConstraint<TAssertions, Diagnostico> TenerDiagnostico(string codigo, string because = "", params object[] becauseArgs)
        => Buscar(codigo, null, null, because, becauseArgs);

    /// <summary>Asserts a diagnostic with <paramref name="codigo"/> about the activity numbered <paramref name="actividad"/>; <c>.Which</c> is the first.</summary>
    /// <param name="codigo">The diagnostic code, e.g. <c>POA250</c>.</param>
    /// <param name="actividad">The number of the activity the diagnostic must be about.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions and, as <c>.Which</c>, the diagnostic found.</returns>
    /// <exception cref="ArgumentException"><paramref name="codigo"/> is null or blank.</exception>
    [CustomAssertion]
    public AndWhichConstraint<TAssertions, Diagnostico> TenerDiagnosticoEnActividad(string codigo, int actividad, string because = "", params object[] becauseArgs)
        => Buscar(codigo, actividad, null, because, becauseArgs);

    /// <summary>Asserts a diagnostic with <paramref name="codigo"/> on line <paramref name="linea"/> of the file read; <c>.Which</c> is the first.</summary>
    /// <param name="codigo">The diagnostic code, e.g. <c>POA101</c>.</param>
    /// <param name="linea">The line of the file, from 1, as an editor counts it.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions and, as <c>.Which</c>, the diagnostic found.</returns>
    /// <exception cref="ArgumentException"><paramref name="codigo"/> is null or blank.</exception>
    [CustomAssertion]
    public AndWhichConstraint<TAssertions, Diagnostico> TenerDiagnosticoEnLinea(string codigo, int linea, string because = "", params object[] becauseArgs)
        => Buscar(codigo, null, linea, because, becauseArgs);

    /// <summary>Asserts that no diagnostic has <paramref name="codigo"/>; the message lists those that do.</summary>
    /// <param name="codigo">The diagnostic code, e.g. <c>POA250</c>.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="codigo"/> is null or blank.</exception>
    [CustomAssertion]
    public AndConstraint<TAssertions> NoTenerDiagnostico(string codigo, string because = "", params object[] becauseArgs)
    {
        AsercionesDeDiagnosticos.ComprobarCodigo(codigo);
        return Sobre("no tuviera un diagnóstico " + codigo, because, becauseArgs, [CustomAssertion] (lista, razon) => AsercionesDeDiagnosticos.NoTener(lista, SujetoPorOmision, codigo, razon));
    }

    /// <summary>The diagnostics of <paramref name="subject"/>.</summary>
    /// <param name="subject">The result asserted on (not null).</param>
    /// <returns>Its diagnostics, in its own order.</returns>
    protected abstract IReadOnlyList<Diagnostico> DiagnosticosDe(TSubject subject);

    [CustomAssertion]
    private AndConstraint<TAssertions> Sobre(string esperado, string because, object[] becauseArgs, Action<IReadOnlyList<Diagnostico>, string> verificar)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        if (Mensajes.NoNulo(Subject, SujetoPorOmision, esperado + razon))
        {
            verificar(DiagnosticosDe(Subject), razon);
        }

        return new AndConstraint<TAssertions>((TAssertions)this);
    }

    [CustomAssertion]
    private AndWhichConstraint<TAssertions, Diagnostico> Buscar(string codigo, int? actividad, int? linea, string because, object[] becauseArgs)
    {
        AsercionesDeDiagnosticos.ComprobarCodigo(codigo);
        var razon = Mensajes.Razon(because, becauseArgs);
        var encontrado = Mensajes.NoNulo(Subject, SujetoPorOmision, $"tuviera un diagnóstico {codigo}{razon}")
            ? AsercionesDeDiagnosticos.Tener(DiagnosticosDe(Subject), SujetoPorOmision, codigo, razon, actividad, linea)
            : null;
        return new AndWhichConstraint<TAssertions, Diagnostico>((TAssertions)this, encontrado!);
    }
}
