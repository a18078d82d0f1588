using System;
using System.Linq;
using FluentAssertions;
using Poa.Domain.Importacion;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// FluentAssertions for what <see cref="ImportadorDePoa"/> (or a workbook reader such as <c>Poa.Domain.Excel</c>'s
/// <c>LibroDePoa</c>, which returns the same type) read: errors, diagnostics by code and line, the plans.
/// Get one with <c>resultado.Should()</c>.
/// </summary>
public sealed class ResultadoDeImportacionAssertions : DiagnosticosAssertions<ResultadoDeImportacion, ResultadoDeImportacionAssertions>
{
    private const string PorOmision = "el resultado";

    /// <summary>Assertions on <paramref name="resultado"/>.</summary>
    /// <param name="resultado">The plans and diagnostics of one import of POA spreadsheets.</param>
    public ResultadoDeImportacionAssertions(ResultadoDeImportacion resultado)
        : base(resultado, PorOmision)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "resultado";

    /// <summary>Asserts how many plans were read; the message names those read.</summary>
    /// <param name="cantidad">The number of plans (POA blocks) expected, 0 or more.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeImportacionAssertions> TenerPlanes(int cantidad, string because = "", params object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        var esperado = "tuviera " + Mensajes.Contar(cantidad, "plan", "planes") + razon;
        if (Mensajes.NoNulo(Subject, PorOmision, esperado))
        {
            Mensajes.Verificar(
                Subject.Planes.Count == cantidad,
                PorOmision,
                $"Se esperaba que {Mensajes.Sujeto} {esperado}, pero tiene {Mensajes.Contar(Subject.Planes.Count, "plan", "planes")}:{Mensajes.Lista(Subject.Planes.Select(p => p.ToString()))}");
        }

        return new AndConstraint<ResultadoDeImportacionAssertions>(this);
    }

    /// <summary>Asserts that a plan of the unidad responsable <paramref name="unidadResponsable"/> was read; <c>.Which</c> is that plan.</summary>
    /// <param name="unidadResponsable">The name of the unidad responsable, as the file writes it (ordinal comparison).</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions and, as <c>.Which</c>, the plan found.</returns>
    [CustomAssertion]
    public AndWhichConstraint<ResultadoDeImportacionAssertions, Plan> TenerPlan(string unidadResponsable, string because = "", params object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        var esperado = "tuviera el plan de «" + unidadResponsable + "»" + razon;
        Plan? encontrado = null;
        if (Mensajes.NoNulo(Subject, PorOmision, esperado))
        {
            encontrado = Subject.Planes.FirstOrDefault(p => string.Equals(p.UnidadResponsable.Nombre, unidadResponsable, StringComparison.Ordinal));
            Mensajes.Verificar(
                encontrado is not null,
                PorOmision,
                $"Se esperaba que {Mensajes.Sujeto} {esperado}, pero sus planes son:{Mensajes.Lista(Subject.Planes.Select(p => p.ToString()))}");
        }

        return new AndWhichConstraint<ResultadoDeImportacionAssertions, Plan>(this, encontrado!);
    }

    /// <inheritdoc />
    protected override System.Collections.Generic.IReadOnlyList<Diagnostico> DiagnosticosDe(ResultadoDeImportacion subject) => subject.Diagnosticos;
}
