using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using Poa.Domain.Importacion;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// FluentAssertions for what <see cref="ImportadorDeAvances"/> read: errors, diagnostics by code and line, how many avances.
/// Get one with <c>resultado.Should()</c>.
/// </summary>
public sealed class ResultadoDeImportacionDeAvancesAssertions : DiagnosticosAssertions<ResultadoDeImportacionDeAvances, ResultadoDeImportacionDeAvancesAssertions>
{
    private const string PorOmision = "el resultado";

    /// <summary>Assertions on <paramref name="resultado"/>.</summary>
    /// <param name="resultado">The avances and diagnostics of one import of an avances file.</param>
    public ResultadoDeImportacionDeAvancesAssertions(ResultadoDeImportacionDeAvances resultado)
        : base(resultado, PorOmision)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "resultado";

    /// <summary>Asserts how many avances were read (<see cref="ResultadoDeImportacionDeAvances.Leidos"/>).</summary>
    /// <param name="cantidad">The number of avances (rows or JSON entries accepted) expected, 0 or more.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ResultadoDeImportacionDeAvancesAssertions> TenerLeidos(int cantidad, string because = "", params object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        var esperado = "tuviera " + Mensajes.Contar(cantidad, "avance leído", "avances leídos") + razon;
        if (Mensajes.NoNulo(Subject, PorOmision, esperado))
        {
            Mensajes.Verificar(
                Subject.Leidos == cantidad,
                PorOmision,
                $"Se esperaba que {Mensajes.Sujeto} {esperado}, pero tiene {Subject.Leidos.ToString(CultureInfo.InvariantCulture)}. Sus diagnósticos:{Mensajes.Lista(Subject.Diagnosticos.Select(d => d.ToString()))}");
        }

        return new AndConstraint<ResultadoDeImportacionDeAvancesAssertions>(this);
    }

    /// <inheritdoc />
    protected override System.Collections.Generic.IReadOnlyList<Diagnostico> DiagnosticosDe(ResultadoDeImportacionDeAvances subject) => subject.Diagnosticos;
}
