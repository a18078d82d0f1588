using System.Linq;
using FluentAssertions;
using FluentAssertions.Primitives;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// FluentAssertions for an <see cref="Actividad"/>: <c>actividad.Should().SerEquivalenteA(otra)</c>, with a
/// Spanish message that lists each property that differs. Get one with <c>actividad.Should()</c>.
/// </summary>
public sealed class ActividadAssertions : ReferenceTypeAssertions<Actividad, ActividadAssertions>
{
    /// <summary>Assertions on <paramref name="actividad"/>.</summary>
    public ActividadAssertions(Actividad actividad)
        : base(actividad)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "actividad";

    /// <summary>
    /// Asserts that the activity has the same values as <paramref name="esperada"/> everywhere (what
    /// <see cref="Actividad.Equals(Actividad)"/> compares); the message lists each difference with its path
    /// (<c>calendarizacion.mes03</c>, <c>meta</c>...) and both values.
    /// </summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="esperada"/> is null.</exception>
    [CustomAssertion]
    public AndConstraint<ActividadAssertions> SerEquivalenteA(Actividad esperada, string because = "", params object[] becauseArgs)
    {
        ActividadBuilder.NoNulo(esperada, nameof(esperada));
        var razon = Mensajes.Razon(because, becauseArgs);
        var esperado = $"Se esperaba que {Mensajes.Sujeto} fuera equivalente a {Mensajes.Citar(esperada)}{razon}";
        Mensajes.Verificar(Subject is not null, "la actividad", esperado + ", pero es nula.");
        if (Subject is not null)
        {
            var iguales = Subject.Equals(esperada);
            var diferencias = iguales ? [] : Diferencias.DeActividades(esperada, Subject);
            Mensajes.Verificar(
                iguales,
                "la actividad",
                $"{esperado}, pero difiere en {PlanAssertions.Contar(diferencias.Count, "valor", "valores")}:{Mensajes.Lista(diferencias.Select(d => d.ToString()))}");
        }

        return new AndConstraint<ActividadAssertions>(this);
    }
}
