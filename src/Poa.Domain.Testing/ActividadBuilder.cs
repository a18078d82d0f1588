using System;
using System.Globalization;

namespace Poa.Domain.Testing;

/// <summary>
/// Builds an <see cref="Actividad"/> for a test, with valid values for everything the test does not name
/// (see <see cref="ValoresPorOmision"/>): by default <em>12 Reportes</em>, one a month, aligned to
/// <c>V. Ciudad abierta</c> / <c>5.1</c>, with the seed's semaforización. Start one with
/// <see cref="Crear.UnaActividad()"/>.
/// </summary>
/// <remarks>
/// Immutable: every <c>Con...</c> method returns a new builder, so one builder can be the common base of
/// several tests. It converts implicitly to <see cref="Actividad"/>. Unlike <see cref="Plan.Builder"/>,
/// it is meant for tests: it does not parse text from files and it may build an inconsistent activity
/// on purpose (e.g. <c>.ConMeta(3, "Reuniones")</c> over a calendar that sums 2), which is how a test
/// reaches a diagnostic.
/// </remarks>
public sealed class ActividadBuilder
{
    private readonly int? numero;
    private readonly string descripcion;
    private readonly Alineacion alineacion;
    private readonly ProgramaPresupuestario programa;
    private readonly Meta meta;
    private readonly Calendarizacion calendarizacion;
    private readonly string mediosDeVerificacion;
    private readonly Semaforizacion semaforizacion;
    private readonly Sentido sentido;

    internal ActividadBuilder()
        : this(
            null,
            ValoresPorOmision.Descripcion,
            Alineacion.Parse(ValoresPorOmision.Eje, ValoresPorOmision.Objetivo),
            new ProgramaPresupuestario(ValoresPorOmision.Programa),
            Meta.Create(ValoresPorOmision.PorMes * Calendarizacion.Meses, ValoresPorOmision.Unidad),
            Calendarizacion.Mensual(ValoresPorOmision.PorMes),
            ValoresPorOmision.MediosDeVerificacion,
            Semaforizacion.Predeterminada,
            Sentido.Ascendente)
    {
    }

    internal ActividadBuilder(Actividad actividad)
        : this(
            actividad.Numero,
            actividad.Descripcion,
            actividad.Alineacion,
            actividad.Programa,
            actividad.Meta,
            actividad.Calendarizacion,
            actividad.MediosDeVerificacion,
            actividad.Semaforizacion,
            actividad.Sentido)
    {
    }

    private ActividadBuilder(
        int? numero,
        string descripcion,
        Alineacion alineacion,
        ProgramaPresupuestario programa,
        Meta meta,
        Calendarizacion calendarizacion,
        string mediosDeVerificacion,
        Semaforizacion semaforizacion,
        Sentido sentido)
    {
        this.numero = numero;
        this.descripcion = descripcion;
        this.alineacion = alineacion;
        this.programa = programa;
        this.meta = meta;
        this.calendarizacion = calendarizacion;
        this.mediosDeVerificacion = mediosDeVerificacion;
        this.semaforizacion = semaforizacion;
        this.sentido = sentido;
    }

    /// <summary>
    /// The number given with <see cref="ConNumero"/>, or <c>null</c>: then <see cref="Build()"/> numbers it 1,
    /// and a <see cref="PlanBuilder"/> numbers it after the activity before it.
    /// </summary>
    public int? Numero => numero;

    /// <summary>The meta anual the activity will have.</summary>
    public Meta Meta => meta;

    /// <summary>The calendarización the activity will have.</summary>
    public Calendarizacion Calendarizacion => calendarizacion;

    /// <summary>With number <paramref name="valor"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valor"/> is less than 1.</exception>
    public ActividadBuilder ConNumero(int valor)
    {
        if (valor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(valor), valor, "El número de actividad empieza en 1.");
        }

        return new(valor, descripcion, alineacion, programa, meta, calendarizacion, mediosDeVerificacion, semaforizacion, sentido);
    }

    /// <summary>With the description <paramref name="valor"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="valor"/> is null or blank.</exception>
    public ActividadBuilder ConDescripcion(string valor)
    {
        if (string.IsNullOrWhiteSpace(valor))
        {
            throw new ArgumentException("La descripción no puede estar vacía.", nameof(valor));
        }

        return new(numero, valor, alineacion, programa, meta, calendarizacion, mediosDeVerificacion, semaforizacion, sentido);
    }

    /// <summary>With the alineación read from <paramref name="eje"/> (<c>IV. Ciudad Humana</c>) and <paramref name="objetivo"/> (<c>4.11 Igualdad sustantiva</c>).</summary>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="FormatException">A text cannot be read.</exception>
    public ActividadBuilder ConAlineacion(string eje, string objetivo) => ConAlineacion(Alineacion.Parse(eje, objetivo));

    /// <summary>With the alineación <paramref name="valor"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="valor"/> is null.</exception>
    public ActividadBuilder ConAlineacion(Alineacion valor)
        => new(numero, descripcion, NoNulo(valor, nameof(valor)), programa, meta, calendarizacion, mediosDeVerificacion, semaforizacion, sentido);

    /// <summary>With the programa presupuestario named <paramref name="nombre"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> is null or blank.</exception>
    public ActividadBuilder ConPrograma(string nombre)
        => new(numero, descripcion, alineacion, new ProgramaPresupuestario(nombre), meta, calendarizacion, mediosDeVerificacion, semaforizacion, sentido);

    /// <summary>
    /// With the meta <paramref name="valor"/> and the calendarización unchanged (so the two may disagree:
    /// that is what a test of <c>POA001</c> wants). To keep them in step use <see cref="Mensual(decimal, string)"/>,
    /// <see cref="ConProgramacion(Calendarizacion, string)"/> or <see cref="DePorcentaje(decimal)"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="valor"/> is null.</exception>
    public ActividadBuilder ConMeta(Meta valor)
        => new(numero, descripcion, alineacion, programa, NoNulo(valor, nameof(valor)), calendarizacion, mediosDeVerificacion, semaforizacion, sentido);

    /// <summary>With the meta <paramref name="cantidad"/> <paramref name="unidad"/> (e.g. <c>3, "Reuniones"</c>), calendarización unchanged.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cantidad"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unidad"/> is null or blank.</exception>
    public ActividadBuilder ConMeta(decimal cantidad, string unidad) => ConMeta(Meta.Create(cantidad, unidad));

    /// <summary>With the meta written as in a POA (<c>1500 Cuentas</c>, <c>100% Porcentaje</c>), calendarización unchanged.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="texto"/> is not a meta.</exception>
    public ActividadBuilder ConMeta(string texto) => ConMeta(Meta.Parse(texto, CultureInfo.InvariantCulture));

    /// <summary>
    /// With the calendarización <paramref name="valor"/> and the meta unchanged (so the two may disagree).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="valor"/> is null.</exception>
    public ActividadBuilder ConCalendarizacion(Calendarizacion valor)
        => new(numero, descripcion, alineacion, programa, meta, NoNulo(valor, nameof(valor)), mediosDeVerificacion, semaforizacion, sentido);

    /// <summary>
    /// An acumulable activity programmed as <paramref name="calendarizacion"/>, whose meta anual is the sum of
    /// it in <paramref name="unidad"/>: <c>ConProgramacion(Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1), "Informes")</c>
    /// is <em>4 Informes</em>, one a quarter.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendarizacion"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unidad"/> is null or blank.</exception>
    public ActividadBuilder ConProgramacion(Calendarizacion calendarizacion, string unidad)
    {
        NoNulo(calendarizacion, nameof(calendarizacion));
        return ConCalendarizacion(calendarizacion).ConMeta(Meta.Create(calendarizacion.Total, unidad));
    }

    /// <summary>
    /// An acumulable activity with <paramref name="porMes"/> <paramref name="unidad"/> programmed every month and
    /// a meta anual of 12 times that: <c>Mensual(1, "Reportes")</c> is <em>12 Reportes</em>, one a month.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="porMes"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unidad"/> is null or blank.</exception>
    public ActividadBuilder Mensual(decimal porMes, string unidad) => ConProgramacion(Calendarizacion.Mensual(porMes), unidad);

    /// <summary>
    /// A percentage activity (<em>Porcentaje</em>) with a meta of <paramref name="porcentaje"/>% programmed
    /// every month, like the seed's <em>Dar atención a solicitudes ...</em> rows.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="porcentaje"/> is negative.</exception>
    public ActividadBuilder DePorcentaje(decimal porcentaje = 100m) => DePorcentaje(porcentaje, 1, Calendarizacion.Meses);

    /// <summary>A percentage activity with <paramref name="porcentaje"/>% programmed in each month from <paramref name="desde"/> to <paramref name="hasta"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A month is not 1..12, <paramref name="hasta"/> is before <paramref name="desde"/>, or <paramref name="porcentaje"/> is negative.</exception>
    public ActividadBuilder DePorcentaje(decimal porcentaje, int desde, int hasta)
        => ConMeta(Meta.Porcentaje(porcentaje)).ConCalendarizacion(Calendarizacion.Mensual(porcentaje, desde, hasta));

    /// <summary>With the medios de verificación <paramref name="valor"/> (may be empty).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="valor"/> is null.</exception>
    public ActividadBuilder ConMediosDeVerificacion(string valor)
        => new(numero, descripcion, alineacion, programa, meta, calendarizacion, NoNulo(valor, nameof(valor)), semaforizacion, sentido);

    /// <summary>With the semaforización <paramref name="valor"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="valor"/> is null.</exception>
    public ActividadBuilder ConSemaforizacion(Semaforizacion valor)
        => new(numero, descripcion, alineacion, programa, meta, calendarizacion, mediosDeVerificacion, NoNulo(valor, nameof(valor)), sentido);

    /// <summary>With the semaforización read from the three bands as a POA writes them (<c>"&gt; = 90%"</c>, <c>"&lt; 90% &amp; &gt; 60%"</c>, <c>"&lt; = 60%"</c>).</summary>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="FormatException">A band cannot be read, or the bands leave a gap or overlap.</exception>
    public ActividadBuilder ConSemaforizacion(string verde, string amarillo, string rojo)
        => ConSemaforizacion(Semaforizacion.Parse(verde, amarillo, rojo));

    /// <summary>With the sentido <paramref name="valor"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valor"/> is not defined.</exception>
    public ActividadBuilder ConSentido(Sentido valor)
    {
        if (valor is not (Sentido.Ascendente or Sentido.Descendente or Sentido.Regular))
        {
            throw new ArgumentOutOfRangeException(nameof(valor), valor, "Sentido no definido.");
        }

        return new(numero, descripcion, alineacion, programa, meta, calendarizacion, mediosDeVerificacion, semaforizacion, valor);
    }

    /// <summary>Creates the activity; numbered 1 unless <see cref="ConNumero"/> said otherwise.</summary>
    public Actividad Build() => Build(numero ?? 1);

    /// <summary>Creates the activity.</summary>
    public static implicit operator Actividad(ActividadBuilder builder) => NoNulo(builder, nameof(builder)).Build();

    /// <summary>The activity it would build, for test output.</summary>
    public override string ToString() => Build().ToString();

    internal Actividad Build(int numeroPorOmision)
        => new(numero ?? numeroPorOmision, descripcion, alineacion, programa, meta, calendarizacion, mediosDeVerificacion, semaforizacion, sentido);

    internal static T NoNulo<T>(T valor, string nombre)
        where T : class
        => valor ?? throw new ArgumentNullException(nombre);
}
