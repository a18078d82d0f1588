using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

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
    private readonly Valores v;

    internal PlanBuilder()
        : this(new Valores(
            new EjercicioFiscal(ValoresPorOmision.Ejercicio),
            new Dependencia(ValoresPorOmision.Dependencia),
            new UnidadResponsable(ValoresPorOmision.UnidadResponsable),
            null,
            null,
            [],
            null))
    {
    }

    internal PlanBuilder(Plan plan)
        : this(new Valores(
            plan.Ejercicio,
            plan.Dependencia,
            plan.UnidadResponsable,
            plan.Actividades.Select(a => new ActividadBuilder(a)).ToArray(),
            plan.Firmantes.ToArray(),
            plan.Modificaciones.ToArray(),
            plan.CerradoHasta))
    {
    }

    private PlanBuilder(Valores valores) => v = valores;

    /// <summary>With the fiscal year <paramref name="anio"/>.</summary>
    /// <param name="anio">The calendar year of the ejercicio fiscal, e.g. 2024.</param>
    /// <returns>A new builder with that ejercicio.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="anio"/> is not a supported year.</exception>
    public PlanBuilder ConEjercicio(int anio) => ConEjercicio(new EjercicioFiscal(anio));

    /// <summary>With the fiscal year <paramref name="valor"/>.</summary>
    /// <param name="valor">The ejercicio fiscal (a calendar year, January to December).</param>
    /// <returns>A new builder with that ejercicio.</returns>
    public PlanBuilder ConEjercicio(EjercicioFiscal valor) => new(v with { Ejercicio = valor });

    /// <summary>With the secretaría named <paramref name="nombre"/>.</summary>
    /// <param name="nombre">The name of the dependencia, e.g. <c>Secretaría de Obras Públicas</c>.</param>
    /// <returns>A new builder with that dependencia.</returns>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> is null or blank.</exception>
    public PlanBuilder ConDependencia(string nombre) => new(v with { Dependencia = new Dependencia(nombre) });

    /// <summary>With the directorate named <paramref name="nombre"/>.</summary>
    /// <param name="nombre">The name of the unidad responsable, e.g. <c>Dirección de Mejora Regulatoria</c>.</param>
    /// <returns>A new builder with that unidad responsable.</returns>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> is null or blank.</exception>
    public PlanBuilder ConUnidadResponsable(string nombre) => new(v with { UnidadResponsable = new UnidadResponsable(nombre) });

    /// <summary>
    /// Adds an activity: the default one changed by <paramref name="configurar"/> (or as it is when null),
    /// e.g. <c>.ConActividad(a => a.Mensual(1, "Reportes"))</c>.
    /// </summary>
    /// <param name="configurar">Changes the default activity's builder and returns the result; <c>null</c> adds the default activity.</param>
    /// <returns>A new builder with one more activity.</returns>
    /// <exception cref="ArgumentException"><paramref name="configurar"/> returned null.</exception>
    public PlanBuilder ConActividad(Func<ActividadBuilder, ActividadBuilder>? configurar = null)
    {
        var actividad = new ActividadBuilder();
        return ConActividad(configurar is null ? actividad : configurar(actividad) ?? throw new ArgumentException("La configuración devolvió null.", nameof(configurar)));
    }

    /// <summary>Adds the activity <paramref name="actividad"/> builds.</summary>
    /// <param name="actividad">The builder of the activity to add; numbered after the activity before it unless it has a number.</param>
    /// <returns>A new builder with one more activity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actividad"/> is null.</exception>
    public PlanBuilder ConActividad(ActividadBuilder actividad)
    {
        ActividadBuilder.NoNulo(actividad, nameof(actividad));
        return new(v with { Actividades = [.. v.Actividades ?? [], actividad] });
    }

    /// <summary>Adds <paramref name="actividad"/> as it is (with its own number).</summary>
    /// <param name="actividad">The activity to add, keeping its number.</param>
    /// <returns>A new builder with one more activity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actividad"/> is null.</exception>
    public PlanBuilder ConActividad(Actividad actividad) => ConActividad(new ActividadBuilder(ActividadBuilder.NoNulo(actividad, nameof(actividad))));

    /// <summary>Adds <paramref name="cantidad"/> default activities, numbered in order, described <c>Actividad 1</c>, <c>Actividad 2</c>...</summary>
    /// <param name="cantidad">How many activities to add, 0 or more.</param>
    /// <returns>A new builder with those activities added.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cantidad"/> is negative.</exception>
    public PlanBuilder ConActividades(int cantidad)
    {
        if (cantidad < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cantidad), cantidad, "La cantidad de actividades no puede ser negativa.");
        }

        var resultado = this;
        var primera = (v.Actividades ?? []).Length + 1;
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
    /// This changes the approved activity itself; to reprogram it as an office does, use <see cref="ConModificacion(int, int, Meta, Calendarizacion, string, LocalDate?)"/>.
    /// </summary>
    /// <param name="numero">The number of the activity to change.</param>
    /// <param name="configurar">Changes that activity's builder and returns the result.</param>
    /// <returns>A new builder with that activity changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configurar"/> is null.</exception>
    /// <exception cref="ArgumentException">No activity has number <paramref name="numero"/>, or <paramref name="configurar"/> returned null.</exception>
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
        return new(v with { Actividades = copia });
    }

    /// <summary>Without activities (a plan that <c>POA009</c> reports).</summary>
    /// <returns>A new builder of a plan with no activity.</returns>
    public PlanBuilder SinActividades() => new(v with { Actividades = [] });

    /// <summary>Adds a signatory; the first one added replaces the default signatory.</summary>
    /// <param name="titulo">The title before the name, e.g. <c>Lic.</c>, <c>Mtra.</c>; <c>null</c> for none.</param>
    /// <param name="nombre">The full name of the signatory.</param>
    /// <param name="cargo">The position, e.g. <c>Directora de Mejora Regulatoria</c>.</param>
    /// <returns>A new builder with one more signatory.</returns>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> or <paramref name="cargo"/> is null or blank.</exception>
    public PlanBuilder ConFirmante(string? titulo, string nombre, string cargo) => ConFirmante(new Firmante(titulo, nombre, cargo));

    /// <summary>Adds <paramref name="firmante"/>; the first one added replaces the default signatory.</summary>
    /// <param name="firmante">The signatory to add.</param>
    /// <returns>A new builder with one more signatory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firmante"/> is null.</exception>
    public PlanBuilder ConFirmante(Firmante firmante)
    {
        ActividadBuilder.NoNulo(firmante, nameof(firmante));
        return new(v with { Firmantes = [.. v.Firmantes ?? [], firmante] });
    }

    /// <summary>Without signatories (a plan that <c>POA010</c> reports).</summary>
    /// <returns>A new builder of a plan with no signatory.</returns>
    public PlanBuilder SinFirmantes() => new(v with { Firmantes = [] });

    /// <summary>
    /// Adds a modificación de meta (reprogramación) of activity <paramref name="actividad"/> from month <paramref name="aplicaDesde"/>
    /// of the plan's year on, with the next folio. By default it is valid as it is: authorised on the first day of
    /// <paramref name="aplicaDesde"/>, with a justificación (<see cref="ValoresPorOmision.JustificacionDeModificacion"/>).
    /// The approved activity stays as it is; <see cref="Plan.Vigente"/> applies the modificación.
    /// </summary>
    /// <param name="actividad">The number of the activity reprogrammed.</param>
    /// <param name="aplicaDesde">The first month it changes, 1 (enero) to 12 (diciembre); the months before it are locked.</param>
    /// <param name="meta">The new meta anual, or <c>null</c> when only the calendar changes.</param>
    /// <param name="calendarizacion">
    /// The new values of the months from <paramref name="aplicaDesde"/> on (earlier cells empty: a value there is what
    /// <c>POA030</c> reports), or <c>null</c> when only the meta changes.
    /// </param>
    /// <param name="justificacion">Why the meta was modified; <c>null</c> takes the default text, a blank one is what <c>POA031</c> reports.</param>
    /// <param name="autorizadaEl">The date it was authorised; <c>null</c> takes the first day of <paramref name="aplicaDesde"/>.</param>
    /// <returns>A new builder with the modificación added.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="aplicaDesde"/> is not 1..12, or <paramref name="actividad"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">Neither <paramref name="meta"/> nor <paramref name="calendarizacion"/> is given.</exception>
    public PlanBuilder ConModificacion(
        int actividad,
        int aplicaDesde,
        Meta? meta = null,
        Calendarizacion? calendarizacion = null,
        string? justificacion = null,
        LocalDate? autorizadaEl = null)
    {
        var desde = v.Ejercicio.Mes(aplicaDesde);
        return ConModificacion(Modificacion.Create(
            SiguienteFolio(),
            actividad,
            desde,
            meta,
            calendarizacion,
            justificacion ?? ValoresPorOmision.JustificacionDeModificacion,
            autorizadaEl ?? desde.OnDayOfMonth(1)));
    }

    /// <summary>Adds <paramref name="modificacion"/> as it is (with its own folio and dates).</summary>
    /// <param name="modificacion">The modificación de meta to add to the plan's list.</param>
    /// <returns>A new builder with the modificación added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modificacion"/> is null.</exception>
    public PlanBuilder ConModificacion(Modificacion modificacion)
    {
        ActividadBuilder.NoNulo(modificacion, nameof(modificacion));
        return new(v with { Modificaciones = [.. v.Modificaciones, modificacion] });
    }

    /// <summary>
    /// With the months up to <paramref name="mes"/> closed for new modificaciones (<see cref="Plan.CerradoHasta"/>), or none
    /// when <c>null</c> (the default).
    /// </summary>
    /// <param name="mes">The last closed month of the plan's year, 1 (enero) to 12 (diciembre), or <c>null</c>.</param>
    /// <returns>A new builder with that lock.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mes"/> is not 1..12.</exception>
    public PlanBuilder CerradoHasta(int? mes) => new(v with { CerradoHasta = mes is { } m ? v.Ejercicio.Mes(m) : null });

    /// <summary>Creates the plan.</summary>
    /// <returns>The plan, with the values given and the defaults for the rest.</returns>
    public Plan Build()
    {
        var lista = ActividadesEfectivas();
        var numeros = Numerar(lista);
        var construidas = lista.Select((a, i) => a.Build(numeros[i]));
        var conFirmantes = v.Firmantes ?? [Crear.UnFirmante()];
        return new Plan(v.Ejercicio, v.Dependencia, v.UnidadResponsable, construidas, conFirmantes, v.Modificaciones, v.CerradoHasta);
    }

    /// <summary>Creates the plan.</summary>
    /// <param name="builder">The builder to build.</param>
    /// <returns>The plan it builds (see <see cref="Build()"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static implicit operator Plan(PlanBuilder builder) => ActividadBuilder.NoNulo(builder, nameof(builder)).Build();

    /// <summary>The plan it would build, for test output.</summary>
    /// <returns>The text of the plan, e.g. <c>POA 2023 · Dirección de Gobierno Digital (...) · 1 actividades</c>.</returns>
    public override string ToString() => Build().ToString();

    private ActividadBuilder[] ActividadesEfectivas() => v.Actividades ?? [new ActividadBuilder()];

    private int SiguienteFolio() => v.Modificaciones.Length == 0 ? 1 : v.Modificaciones.Max(m => m.Folio) + 1;

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

    private sealed record Valores(
        EjercicioFiscal Ejercicio,
        Dependencia Dependencia,
        UnidadResponsable UnidadResponsable,
        ActividadBuilder[]? Actividades,
        Firmante[]? Firmantes,
        Modificacion[] Modificaciones,
        YearMonth? CerradoHasta);
}
