using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Primitives;
using Poa.Domain.Testing.Internal;

namespace Poa.Domain.Testing;

/// <summary>
/// FluentAssertions for a <see cref="Plan"/>, in the library's words: <c>plan.Should().SerValido()</c>,
/// <c>.TenerDiagnostico("POA001")</c>, <c>.SerEquivalenteA(otro)</c>. Failure messages are in Spanish
/// and say what differed. Get one with <c>plan.Should()</c> (<see cref="PoaAssertionExtensions"/>).
/// </summary>
/// <remarks>
/// The optional <c>because</c> is written in Spanish and gets <c>porque</c> in front unless it starts with
/// it: <c>SerValido("lo importamos del seed")</c> fails with <c>... fuera válido porque lo importamos del seed, pero ...</c>.
/// </remarks>
public sealed class PlanAssertions : ReferenceTypeAssertions<Plan, PlanAssertions>
{
    /// <summary>Assertions on <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan asserted on; may be null (then every assertion fails saying so).</param>
    public PlanAssertions(Plan plan)
        : base(plan)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "plan";

    /// <summary>Asserts that validation finds no error (warnings are allowed, as in <see cref="Plan.EsValido"/>).</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<PlanAssertions> SerValido(string because = "", params object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        if (NoEsNulo("fuera válido" + razon))
        {
            var errores = Subject.Validar().Where(d => d.EsError).ToList();
            Mensajes.Verificar(
                errores.Count == 0,
                "el plan",
                $"Se esperaba que {Mensajes.Sujeto} fuera válido{razon}, pero tiene {Contar(errores.Count, "error", "errores")}:{Mensajes.Lista(errores.Select(d => d.ToString()))}");
        }

        return new AndConstraint<PlanAssertions>(this);
    }

    /// <summary>Asserts that validation finds at least one error.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<PlanAssertions> NoSerValido(string because = "", params object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        if (NoEsNulo("no fuera válido" + razon))
        {
            var diagnosticos = Subject.Validar();
            Mensajes.Verificar(
                diagnosticos.Any(d => d.EsError),
                "el plan",
                $"Se esperaba que {Mensajes.Sujeto} no fuera válido{razon}, pero la validación no encuentra ningún error. Sus diagnósticos:{Mensajes.Lista(diagnosticos.Select(d => d.ToString()))}");
        }

        return new AndConstraint<PlanAssertions>(this);
    }

    /// <summary>Asserts that validation finds nothing at all: no error, no warning.</summary>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<PlanAssertions> NoTenerDiagnosticos(string because = "", params object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        if (NoEsNulo("no tuviera diagnósticos" + razon))
        {
            var diagnosticos = Subject.Validar();
            Mensajes.Verificar(
                diagnosticos.Count == 0,
                "el plan",
                $"Se esperaba que {Mensajes.Sujeto} no tuviera diagnósticos{razon}, pero tiene {Contar(diagnosticos.Count, "diagnóstico", "diagnósticos")}:{Mensajes.Lista(diagnosticos.Select(d => d.ToString()))}");
        }

        return new AndConstraint<PlanAssertions>(this);
    }

    /// <summary>
    /// Asserts that validation reports a diagnostic with <paramref name="codigo"/> (e.g. <c>POA001</c>); <c>.Which</c>
    /// is the first one, to go on asserting on its location or message.
    /// </summary>
    /// <param name="codigo">The diagnostic code, e.g. <c>POA001</c> (see <see cref="CatalogoDeDiagnosticos"/>).</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions and, as <c>.Which</c>, the diagnostic found (the first).</returns>
    /// <exception cref="ArgumentException"><paramref name="codigo"/> is null or blank.</exception>
    [CustomAssertion]
    public AndWhichConstraint<PlanAssertions, Diagnostico> TenerDiagnostico(string codigo, string because = "", params object[] becauseArgs)
        => TenerDiagnostico(codigo, null, because, becauseArgs);

    /// <summary>Asserts that validation reports a diagnostic of <paramref name="descriptor"/>, e.g. <c>CatalogoDeDiagnosticos.MetaDistintaDeCalendarizacion</c>.</summary>
    /// <param name="descriptor">The diagnostic of the catalogue, e.g. <see cref="CatalogoDeDiagnosticos.PlanSinFirmantes"/>.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions and, as <c>.Which</c>, the diagnostic found (the first).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> is null.</exception>
    [CustomAssertion]
    public AndWhichConstraint<PlanAssertions, Diagnostico> TenerDiagnostico(DescriptorDeDiagnostico descriptor, string because = "", params object[] becauseArgs)
        => TenerDiagnostico(ActividadBuilder.NoNulo(descriptor, nameof(descriptor)).Codigo, null, because, becauseArgs);

    /// <summary>Asserts that validation reports a diagnostic with <paramref name="codigo"/> on the activity numbered <paramref name="actividad"/>.</summary>
    /// <param name="codigo">The diagnostic code, e.g. <c>POA001</c>.</param>
    /// <param name="actividad">The number of the activity the diagnostic must be about.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions and, as <c>.Which</c>, the diagnostic found (the first).</returns>
    /// <exception cref="ArgumentException"><paramref name="codigo"/> is null or blank.</exception>
    [CustomAssertion]
    public AndWhichConstraint<PlanAssertions, Diagnostico> TenerDiagnosticoEnActividad(string codigo, int actividad, string because = "", params object[] becauseArgs)
        => TenerDiagnostico(codigo, actividad, because, becauseArgs);

    /// <summary>Asserts that validation reports no diagnostic with <paramref name="codigo"/>.</summary>
    /// <param name="codigo">The diagnostic code, e.g. <c>POA001</c>.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="codigo"/> is null or blank.</exception>
    [CustomAssertion]
    public AndConstraint<PlanAssertions> NoTenerDiagnostico(string codigo, string because = "", params object[] becauseArgs)
    {
        ComprobarCodigo(codigo);
        var razon = Mensajes.Razon(because, becauseArgs);
        if (NoEsNulo($"no tuviera un diagnóstico {codigo}{razon}"))
        {
            var encontrados = Subject.Validar().Where(d => string.Equals(d.Codigo, codigo, StringComparison.Ordinal)).ToList();
            Mensajes.Verificar(
                encontrados.Count == 0,
                "el plan",
                $"Se esperaba que {Mensajes.Sujeto} no tuviera un diagnóstico {codigo}{razon}, pero tiene {Contar(encontrados.Count, "diagnóstico", "diagnósticos")} {codigo}:{Mensajes.Lista(encontrados.Select(d => d.ToString()))}");
        }

        return new AndConstraint<PlanAssertions>(this);
    }

    /// <summary>
    /// Asserts that the plan has the same values as <paramref name="esperado"/> everywhere
    /// (what <see cref="Plan.Equals(Plan)"/> compares). On failure the message lists each difference
    /// with its path and both values: <c>actividades[1].meta: se esperaba «27 Procesos», pero es «26 Procesos»</c>.
    /// </summary>
    /// <param name="esperado">The plan whose values are expected.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="esperado"/> is null.</exception>
    [CustomAssertion]
    public AndConstraint<PlanAssertions> SerEquivalenteA(Plan esperado, string because = "", params object[] becauseArgs)
    {
        ActividadBuilder.NoNulo(esperado, nameof(esperado));
        var razon = Mensajes.Razon(because, becauseArgs);
        if (NoEsNulo($"fuera equivalente a {Mensajes.Citar(esperado)}{razon}"))
        {
            var iguales = Subject.Equals(esperado);
            var diferencias = iguales ? [] : Diferencias.DePlanes(esperado, Subject);
            Mensajes.Verificar(
                iguales,
                "el plan",
                $"Se esperaba que {Mensajes.Sujeto} fuera equivalente a {Mensajes.Citar(esperado)}{razon}, pero difiere en {Contar(diferencias.Count, "valor", "valores")}:{Mensajes.Lista(diferencias.Select(d => d.ToString()))}");
        }

        return new AndConstraint<PlanAssertions>(this);
    }

    /// <summary>
    /// Asserts that the plan has different values from <paramref name="otro"/> somewhere (the negation of
    /// <see cref="SerEquivalenteA"/>).
    /// </summary>
    /// <param name="otro">The plan it must differ from.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="otro"/> is null.</exception>
    [CustomAssertion]
    public AndConstraint<PlanAssertions> NoSerEquivalenteA(Plan otro, string because = "", params object[] becauseArgs)
    {
        ActividadBuilder.NoNulo(otro, nameof(otro));
        var razon = Mensajes.Razon(because, becauseArgs);
        if (NoEsNulo($"no fuera equivalente a {Mensajes.Citar(otro)}{razon}"))
        {
            Mensajes.Verificar(
                !Subject.Equals(otro),
                "el plan",
                $"Se esperaba que {Mensajes.Sujeto} no fuera equivalente a {Mensajes.Citar(otro)}{razon}, pero tiene los mismos valores en todo.");
        }

        return new AndConstraint<PlanAssertions>(this);
    }

    /// <summary>
    /// Asserts that the plan equals <paramref name="esperado"/> (<see cref="Plan.Equals(Plan)"/>: the same values everywhere);
    /// the same as <see cref="SerEquivalenteA"/>, with its list of differences. <c>Be(null)</c> asserts a null plan.
    /// </summary>
    /// <param name="esperado">The plan expected, or <c>null</c>.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<PlanAssertions> Be(Plan? esperado, string because = "", params object[] becauseArgs)
    {
        if (esperado is not null)
        {
            return SerEquivalenteA(esperado, because, becauseArgs);
        }

        Mensajes.Verificar(Subject is null, "el plan", $"Se esperaba que {Mensajes.Sujeto} fuera nulo{Mensajes.Razon(because, becauseArgs)}, pero es {Mensajes.Citar(Subject)}.");
        return new AndConstraint<PlanAssertions>(this);
    }

    /// <summary>Asserts that the plan does not equal <paramref name="otro"/>: the same as <see cref="NoSerEquivalenteA"/>; <c>NotBe(null)</c> asserts a plan.</summary>
    /// <param name="otro">The plan it must differ from, or <c>null</c>.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<PlanAssertions> NotBe(Plan? otro, string because = "", params object[] becauseArgs)
    {
        if (otro is not null)
        {
            return NoSerEquivalenteA(otro, because, becauseArgs);
        }

        Mensajes.Verificar(Subject is not null, "el plan", $"Se esperaba que {Mensajes.Sujeto} no fuera nulo{Mensajes.Razon(because, becauseArgs)}, pero lo es.");
        return new AndConstraint<PlanAssertions>(this);
    }

    /// <summary>Asserts that the plan has an activity numbered <paramref name="numero"/> (as approved); <c>.Which</c> is that activity.</summary>
    /// <param name="numero">The number of the activity.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions and, as <c>.Which</c>, the approved activity.</returns>
    [CustomAssertion]
    public AndWhichConstraint<PlanAssertions, Actividad> TenerActividad(int numero, string because = "", params object[] becauseArgs)
        => Actividad(numero, vigente: false, because, becauseArgs);

    /// <summary>
    /// Asserts that the plan has an activity numbered <paramref name="numero"/> and gives, as <c>.Which</c>, its vigente view
    /// (the approved activity with the plan's modificaciones applied, <see cref="Plan.ActividadVigente"/>), to assert on its
    /// meta and calendar: <c>plan.Should().TenerActividadVigente(1).Which.Should().TenerMeta(Crear.UnaMeta(3, "Reuniones"))</c>.
    /// </summary>
    /// <param name="numero">The number of the activity.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions and, as <c>.Which</c>, the vigente activity.</returns>
    [CustomAssertion]
    public AndWhichConstraint<PlanAssertions, Actividad> TenerActividadVigente(int numero, string because = "", params object[] becauseArgs)
        => Actividad(numero, vigente: true, because, becauseArgs);

    /// <summary>Asserts how many modificaciones de meta the plan carries; the message lists them.</summary>
    /// <param name="cantidad">The number of modificaciones expected, 0 or more.</param>
    /// <param name="because">Why it should be so, in Spanish; <c>porque</c> is put in front unless it is there.</param>
    /// <param name="becauseArgs">Values for the <c>{0}</c> placeholders of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<PlanAssertions> TenerModificaciones(int cantidad, string because = "", params object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        var esperado = "tuviera " + Contar(cantidad, "modificación", "modificaciones") + razon;
        if (NoEsNulo(esperado))
        {
            Mensajes.Verificar(
                Subject.Modificaciones.Count == cantidad,
                "el plan",
                $"Se esperaba que {Mensajes.Sujeto} {esperado}, pero tiene {Contar(Subject.Modificaciones.Count, "modificación", "modificaciones")}:{Mensajes.Lista(Subject.Modificaciones.Select(m => m.ToString()))}");
        }

        return new AndConstraint<PlanAssertions>(this);
    }

    [CustomAssertion]
    private AndWhichConstraint<PlanAssertions, Actividad> Actividad(int numero, bool vigente, string because, object[] becauseArgs)
    {
        var razon = Mensajes.Razon(because, becauseArgs);
        var esperado = "tuviera la actividad " + numero.ToString(CultureInfo.InvariantCulture) + razon;
        Actividad? encontrada = null;
        if (NoEsNulo(esperado))
        {
            encontrada = vigente ? Subject.ActividadVigente(numero) : Subject.BuscarActividad(numero);
            Mensajes.Verificar(
                encontrada is not null,
                "el plan",
                $"Se esperaba que {Mensajes.Sujeto} {esperado}, pero sus actividades son:{Mensajes.Lista(Subject.Actividades.Select(a => a.ToString()))}");
        }

        return new AndWhichConstraint<PlanAssertions, Actividad>(this, encontrada!);
    }

    [CustomAssertion]
    private AndWhichConstraint<PlanAssertions, Diagnostico> TenerDiagnostico(string codigo, int? actividad, string because, object[] becauseArgs)
    {
        ComprobarCodigo(codigo);
        var razon = Mensajes.Razon(because, becauseArgs);
        var donde = actividad is { } n ? " en la actividad " + n.ToString(CultureInfo.InvariantCulture) : string.Empty;
        Diagnostico? encontrado = null;
        if (NoEsNulo($"tuviera un diagnóstico {codigo}{donde}{razon}"))
        {
            var diagnosticos = Subject.Validar();
            encontrado = diagnosticos.FirstOrDefault(d =>
                string.Equals(d.Codigo, codigo, StringComparison.Ordinal) && (actividad is null || d.Ubicacion.Actividad == actividad));
            var tiene = diagnosticos.Count == 0
                ? "no tiene ninguno"
                : "sus diagnósticos son:" + Mensajes.Lista(diagnosticos.Select(d => d.ToString()));
            Mensajes.Verificar(
                encontrado is not null,
                "el plan",
                $"Se esperaba que {Mensajes.Sujeto} tuviera un diagnóstico {codigo}{donde}{razon}, pero {tiene}");
        }

        return new AndWhichConstraint<PlanAssertions, Diagnostico>(this, encontrado!);
    }

    [CustomAssertion]
    private bool NoEsNulo(string esperado)
    {
        Mensajes.Verificar(Subject is not null, "el plan", $"Se esperaba que {Mensajes.Sujeto} {esperado}, pero es nulo.");
        return Subject is not null;
    }

    private static void ComprobarCodigo(string codigo) => AsercionesDeDiagnosticos.ComprobarCodigo(codigo);

    internal static string Contar(int n, string singular, string plural) => Mensajes.Contar(n, singular, plural);
}
