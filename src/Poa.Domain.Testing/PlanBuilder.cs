using System;
using System.Collections.Generic;
using System.Linq;

namespace Poa.Domain.Testing;

/// <summary>
/// Builds a <see cref="Plan"/> for a test with valid values for everything the test does not name
/// (<see cref="ValoresPorOmision"/>): by default the 2023 plan of a directorate with one valid activity
/// and one signatory, which validates with no diagnostic at all. Start one with <see cref="Crear.UnPlan()"/>,
/// or with <see cref="Crear.UnPlan(Plan)"/> from an existing plan to change one thing in it.
/// </summary>
/// <remarks>
/// <para>Immutable: every method returns a new builder. It converts implicitly to <see cref="Plan"/>.</para>
/// <para>The default activity and signatory are there only while the test adds none: the first
/// <see cref="ConActividad(Func{ActividadBuilder, ActividadBuilder})"/> replaces the default activity, the first
/// <see cref="ConFirmante(string, string, string)"/> the default signatory. <see cref="SinActividades"/> and
/// <see cref="SinFirmantes"/> leave the plan without any.</para>
/// <para>Activities without a number of their own are numbered as <see cref="Plan.Builder"/> does: one more
/// than the activity before them (so 1, 2, 3... in order).</para>
/// </remarks>
public sealed class PlanBuilder
{
    private readonly EjercicioFiscal ejercicio;
    private readonly Dependencia dependencia;
    private readonly UnidadResponsable unidadResponsable;
    private readonly ActividadBuilder[]? actividades;
    private readonly Firmante[]? firmantes;

    internal PlanBuilder()
        : this(
            new EjercicioFiscal(ValoresPorOmision.Ejercicio),
            new Dependencia(ValoresPorOmision.Dependencia),
            new UnidadResponsable(ValoresPorOmision.UnidadResponsable),
            null,
            null)
    {
    }

    internal PlanBuilder(Plan plan)
        : this(
            plan.Ejercicio,
            plan.Dependencia,
            plan.UnidadResponsable,
            plan.Actividades.Select(a => new ActividadBuilder(a)).ToArray(),
            plan.Firmantes.ToArray())
    {
    }

    private PlanBuilder(
        EjercicioFiscal ejercicio,
        Dependencia dependencia,
        UnidadResponsable unidadResponsable,
        ActividadBuilder[]? actividades,
        Firmante[]? firmantes)
    {
        this.ejercicio = ejercicio;
        this.dependencia = dependencia;
        this.unidadResponsable = unidadResponsable;
        this.actividades = actividades;
        this.firmantes = firmantes;
    }

    /// <summary>With the fiscal year <paramref name="anio"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="anio"/> is not a supported year.</exception>
    public PlanBuilder ConEjercicio(int anio) => ConEjercicio(new EjercicioFiscal(anio));

    /// <summary>With the fiscal year <paramref name="valor"/>.</summary>
    public PlanBuilder ConEjercicio(EjercicioFiscal valor) => new(valor, dependencia, unidadResponsable, actividades, firmantes);

    /// <summary>With the secretaría named <paramref name="nombre"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> is null or blank.</exception>
    public PlanBuilder ConDependencia(string nombre) => new(ejercicio, new Dependencia(nombre), unidadResponsable, actividades, firmantes);

    /// <summary>With the directorate named <paramref name="nombre"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> is null or blank.</exception>
    public PlanBuilder ConUnidadResponsable(string nombre) => new(ejercicio, dependencia, new UnidadResponsable(nombre), actividades, firmantes);

    /// <summary>
    /// Adds an activity: the default one changed by <paramref name="configurar"/> (or as it is when null),
    /// e.g. <c>.ConActividad(a => a.Mensual(1, "Reportes"))</c>.
    /// </summary>
    public PlanBuilder ConActividad(Func<ActividadBuilder, ActividadBuilder>? configurar = null)
    {
        var actividad = new ActividadBuilder();
        return ConActividad(configurar is null ? actividad : configurar(actividad) ?? throw new ArgumentException("La configuración devolvió null.", nameof(configurar)));
    }

    /// <summary>Adds the activity <paramref name="actividad"/> builds.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="actividad"/> is null.</exception>
    public PlanBuilder ConActividad(ActividadBuilder actividad)
    {
        ActividadBuilder.NoNulo(actividad, nameof(actividad));
        return new(ejercicio, dependencia, unidadResponsable, [.. actividades ?? [], actividad], firmantes);
    }

    /// <summary>Adds <paramref name="actividad"/> as it is (with its own number).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="actividad"/> is null.</exception>
    public PlanBuilder ConActividad(Actividad actividad) => ConActividad(new ActividadBuilder(ActividadBuilder.NoNulo(actividad, nameof(actividad))));

    /// <summary>Adds <paramref name="cantidad"/> default activities, numbered in order, described <c>Actividad 1</c>, <c>Actividad 2</c>...</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cantidad"/> is negative.</exception>
    public PlanBuilder ConActividades(int cantidad)
    {
        if (cantidad < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cantidad), cantidad, "La cantidad de actividades no puede ser negativa.");
        }

        var resultado = this;
        var primera = (actividades ?? []).Length + 1;
        for (var i = 0; i < cantidad; i++)
        {
            var n = primera + i;
            resultado = resultado.ConActividad(a => a.ConDescripcion("Actividad " + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return resultado;
    }

    /// <summary>
    /// Changes the activity numbered <paramref name="numero"/> (as the plan would number it) with
    /// <paramref name="configurar"/>: <c>Crear.UnPlan(PlanesDeEjemplo.MejoraRegulatoria).ModificarActividad(2, a => a.ConMeta(26, "Procesos"))</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="configurar"/> is null.</exception>
    /// <exception cref="ArgumentException">No activity has number <paramref name="numero"/>.</exception>
    public PlanBuilder ModificarActividad(int numero, Func<ActividadBuilder, ActividadBuilder> configurar)
    {
        ActividadBuilder.NoNulo(configurar, nameof(configurar));
        var lista = ActividadesEfectivas();
        var numeros = Numerar(lista);
        var indice = Array.IndexOf(numeros, numero);
        if (indice < 0)
        {
            throw new ArgumentException($"El plan no tiene una actividad con el número {numero.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", nameof(numero));
        }

        var copia = lista.ToArray();
        copia[indice] = configurar(copia[indice]) ?? throw new ArgumentException("La configuración devolvió null.", nameof(configurar));
        return new(ejercicio, dependencia, unidadResponsable, copia, firmantes);
    }

    /// <summary>Without activities (a plan that <c>POA009</c> reports).</summary>
    public PlanBuilder SinActividades() => new(ejercicio, dependencia, unidadResponsable, [], firmantes);

    /// <summary>Adds a signatory; the first one added replaces the default signatory.</summary>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> or <paramref name="cargo"/> is null or blank.</exception>
    public PlanBuilder ConFirmante(string? titulo, string nombre, string cargo) => ConFirmante(new Firmante(titulo, nombre, cargo));

    /// <summary>Adds <paramref name="firmante"/>; the first one added replaces the default signatory.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="firmante"/> is null.</exception>
    public PlanBuilder ConFirmante(Firmante firmante)
    {
        ActividadBuilder.NoNulo(firmante, nameof(firmante));
        return new(ejercicio, dependencia, unidadResponsable, actividades, [.. firmantes ?? [], firmante]);
    }

    /// <summary>Without signatories (a plan that <c>POA010</c> reports).</summary>
    public PlanBuilder SinFirmantes() => new(ejercicio, dependencia, unidadResponsable, actividades, []);

    /// <summary>Creates the plan.</summary>
    public Plan Build()
    {
        var lista = ActividadesEfectivas();
        var numeros = Numerar(lista);
        var construidas = lista.Select((a, i) => a.Build(numeros[i]));
        var conFirmantes = firmantes ?? [Crear.UnFirmante()];
        return new Plan(ejercicio, dependencia, unidadResponsable, construidas, conFirmantes);
    }

    /// <summary>Creates the plan.</summary>
    public static implicit operator Plan(PlanBuilder builder) => ActividadBuilder.NoNulo(builder, nameof(builder)).Build();

    /// <summary>The plan it would build, for test output.</summary>
    public override string ToString() => Build().ToString();

    private ActividadBuilder[] ActividadesEfectivas() => actividades ?? [new ActividadBuilder()];

    private static int[] Numerar(IReadOnlyList<ActividadBuilder> lista)
    {
        var numeros = new int[lista.Count];
        var anterior = 0;
        for (var i = 0; i < lista.Count; i++)
        {
            numeros[i] = lista[i].Numero ?? anterior + 1;
            anterior = numeros[i];
        }

        return numeros;
    }
}
