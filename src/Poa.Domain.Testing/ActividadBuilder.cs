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
    private readonly Valores v;

    internal ActividadBuilder()
        : this(new Valores(
            null,
            ValoresPorOmision.Descripcion,
            Alineacion.Parse(ValoresPorOmision.Eje, ValoresPorOmision.Objetivo),
            new ProgramaPresupuestario(ValoresPorOmision.Programa),
            Meta.Create(ValoresPorOmision.PorMes * Calendarizacion.Meses, ValoresPorOmision.Unidad),
            Calendarizacion.Mensual(ValoresPorOmision.PorMes),
            ValoresPorOmision.MediosDeVerificacion,
            Semaforizacion.Predeterminada,
            Sentido.Ascendente,
            null,
            Frecuencia.Mensual,
            null,
            1m))
    {
    }

    internal ActividadBuilder(Actividad actividad)
        : this(new Valores(
            actividad.Numero,
            actividad.Descripcion,
            actividad.Alineacion,
            actividad.Programa,
            actividad.Meta,
            actividad.Calendarizacion,
            actividad.MediosDeVerificacion,
            actividad.Semaforizacion,
            actividad.Sentido,
            actividad.AcumulacionExplicita,
            actividad.Frecuencia,
            actividad.LineaBase,
            actividad.Peso))
    {
    }

    private ActividadBuilder(Valores valores) => v = valores;

    /// <summary>
    /// The number given with <see cref="ConNumero"/>, or <c>null</c>: then <see cref="Build()"/> numbers it 1,
    /// and a <see cref="PlanBuilder"/> numbers it after the activity before it.
    /// </summary>
    public int? Numero => v.Numero;

    /// <summary>The meta anual the activity will have.</summary>
    public Meta Meta => v.Meta;

    /// <summary>The calendarización the activity will have.</summary>
    public Calendarizacion Calendarizacion => v.Calendarizacion;

    /// <summary>With number <paramref name="valor"/>.</summary>
    /// <param name="valor">The number of the activity inside its plan, from 1 (up to 9,999, the library's bound).</param>
    /// <returns>A new builder with that number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valor"/> is less than 1.</exception>
    public ActividadBuilder ConNumero(int valor)
    {
        if (valor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(valor), valor, "El número de actividad empieza en 1.");
        }

        return new(v with { Numero = valor });
    }

    /// <summary>With the description <paramref name="valor"/>.</summary>
    /// <param name="valor">What will be done, as the POA row says it (not blank).</param>
    /// <returns>A new builder with that description.</returns>
    /// <exception cref="ArgumentException"><paramref name="valor"/> is null or blank.</exception>
    public ActividadBuilder ConDescripcion(string valor)
    {
        if (string.IsNullOrWhiteSpace(valor))
        {
            throw new ArgumentException("La descripción no puede estar vacía.", nameof(valor));
        }

        return new(v with { Descripcion = valor });
    }

    /// <summary>With the alineación read from <paramref name="eje"/> (<c>IV. Ciudad Humana</c>) and <paramref name="objetivo"/> (<c>4.11 Igualdad sustantiva</c>).</summary>
    /// <param name="eje">The eje rector as a POA writes it: roman numeral, a dot and the name.</param>
    /// <param name="objetivo">The objetivo estratégico as a POA writes it: number (its first part the eje's numeral) and name.</param>
    /// <returns>A new builder with that alineación.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="FormatException">A text cannot be read.</exception>
    public ActividadBuilder ConAlineacion(string eje, string objetivo) => ConAlineacion(Alineacion.Parse(eje, objetivo));

    /// <summary>With the alineación <paramref name="valor"/>.</summary>
    /// <param name="valor">The eje rector and objetivo estratégico of the Plan Municipal de Desarrollo.</param>
    /// <returns>A new builder with that alineación.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="valor"/> is null.</exception>
    public ActividadBuilder ConAlineacion(Alineacion valor) => new(v with { Alineacion = NoNulo(valor, nameof(valor)) });

    /// <summary>With the programa presupuestario named <paramref name="nombre"/>.</summary>
    /// <param name="nombre">The name of the budget program that pays for the activity, e.g. <c>Mejora Regulatoria</c>.</param>
    /// <returns>A new builder with that programa.</returns>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> is null or blank.</exception>
    public ActividadBuilder ConPrograma(string nombre) => new(v with { Programa = new ProgramaPresupuestario(nombre) });

    /// <summary>
    /// With the meta <paramref name="valor"/> and the calendarización unchanged (so the two may disagree:
    /// that is what a test of <c>POA001</c> wants). To keep them in step use <see cref="Mensual(decimal, string)"/>,
    /// <see cref="ConProgramacion(Calendarizacion, string)"/> or <see cref="DePorcentaje(decimal)"/>.
    /// </summary>
    /// <param name="valor">The meta anual: a quantity and its unidad de medida.</param>
    /// <returns>A new builder with that meta.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="valor"/> is null.</exception>
    public ActividadBuilder ConMeta(Meta valor) => new(v with { Meta = NoNulo(valor, nameof(valor)) });

    /// <summary>With the meta <paramref name="cantidad"/> <paramref name="unidad"/> (e.g. <c>3, "Reuniones"</c>), calendarización unchanged.</summary>
    /// <param name="cantidad">The quantity of the meta anual, 0 or more, in <paramref name="unidad"/>.</param>
    /// <param name="unidad">The unidad de medida, e.g. <c>Reuniones</c>; <c>Porcentaje</c> makes a percentage meta.</param>
    /// <returns>A new builder with that meta.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cantidad"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unidad"/> is null or blank.</exception>
    public ActividadBuilder ConMeta(decimal cantidad, string unidad) => ConMeta(Meta.Create(cantidad, unidad));

    /// <summary>With the meta written as in a POA (<c>1500 Cuentas</c>, <c>100% Porcentaje</c>), calendarización unchanged.</summary>
    /// <param name="texto">The meta as a POA cell writes it, read in the invariant culture (<c>.</c> for decimals).</param>
    /// <returns>A new builder with that meta.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="texto"/> is not a meta.</exception>
    public ActividadBuilder ConMeta(string texto) => ConMeta(Meta.Parse(texto, CultureInfo.InvariantCulture));

    /// <summary>
    /// With the calendarización <paramref name="valor"/> and the meta unchanged (so the two may disagree).
    /// </summary>
    /// <param name="valor">What is programmed in each of the 12 months (an empty month is not a 0).</param>
    /// <returns>A new builder with that calendarización.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="valor"/> is null.</exception>
    public ActividadBuilder ConCalendarizacion(Calendarizacion valor) => new(v with { Calendarizacion = NoNulo(valor, nameof(valor)) });

    /// <summary>
    /// An acumulable activity programmed as <paramref name="calendarizacion"/>, whose meta anual is the sum of
    /// it in <paramref name="unidad"/>: <c>ConProgramacion(Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1), "Informes")</c>
    /// is <em>4 Informes</em>, one a quarter.
    /// </summary>
    /// <param name="calendarizacion">What is programmed in each month; its total becomes the meta anual.</param>
    /// <param name="unidad">The unidad de medida of the meta, e.g. <c>Informes</c>.</param>
    /// <returns>A new builder with that calendar and the meta that matches it.</returns>
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
    /// <param name="porMes">What is programmed each month, 0 or more, in <paramref name="unidad"/>.</param>
    /// <param name="unidad">The unidad de medida of the meta, e.g. <c>Reportes</c>.</param>
    /// <returns>A new builder with a monthly calendar and the meta that matches it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="porMes"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unidad"/> is null or blank.</exception>
    public ActividadBuilder Mensual(decimal porMes, string unidad) => ConProgramacion(Calendarizacion.Mensual(porMes), unidad);

    /// <summary>
    /// An acumulable activity programmed once per period of <paramref name="frecuencia"/>, in each period's closing month
    /// (trimestral: marzo, junio, septiembre, diciembre), with that frecuencia and the meta anual that matches:
    /// <c>PorPeriodo(Frecuencia.Trimestral, 1, "Informes")</c> is <em>4 Informes</em>, one a quarter, valid as it is.
    /// </summary>
    /// <param name="frecuencia">How often the activity is programmed and reported.</param>
    /// <param name="porPeriodo">What is programmed in each period, 0 or more, in <paramref name="unidad"/>.</param>
    /// <param name="unidad">The unidad de medida of the meta, e.g. <c>Informes</c>.</param>
    /// <returns>A new builder with that frecuencia, its calendar and the meta that matches it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frecuencia"/> is not defined, or <paramref name="porPeriodo"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unidad"/> is null or blank.</exception>
    public ActividadBuilder PorPeriodo(Frecuencia frecuencia, decimal porPeriodo, string unidad)
    {
        var meses = Poa.Domain.Internal.Periodos.Meses(frecuencia);
        var valores = new decimal?[Calendarizacion.Meses];
        for (var mes = meses; mes <= Calendarizacion.Meses; mes += meses)
        {
            valores[mes - 1] = porPeriodo;
        }

        return ConProgramacion(Calendarizacion.Create(valores), unidad).ConFrecuencia(frecuencia);
    }

    /// <summary>
    /// A trimestral activity with <paramref name="porTrimestre"/> <paramref name="unidad"/> programmed in marzo, junio,
    /// septiembre and diciembre: the same as <c>PorPeriodo(Frecuencia.Trimestral, porTrimestre, unidad)</c>.
    /// </summary>
    /// <param name="porTrimestre">What is programmed each quarter, 0 or more, in <paramref name="unidad"/>.</param>
    /// <param name="unidad">The unidad de medida of the meta, e.g. <c>Informes</c>.</param>
    /// <returns>A new builder of a valid trimestral activity whose meta anual is 4 times <paramref name="porTrimestre"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="porTrimestre"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unidad"/> is null or blank.</exception>
    public ActividadBuilder Trimestral(decimal porTrimestre, string unidad) => PorPeriodo(Frecuencia.Trimestral, porTrimestre, unidad);

    /// <summary>
    /// A percentage activity (<em>Porcentaje</em>) with a meta of <paramref name="porcentaje"/>% programmed
    /// every month, like the seed's <em>Dar atención a solicitudes ...</em> rows.
    /// </summary>
    /// <param name="porcentaje">The rate to sustain each month and the meta anual, in percent (100 by default).</param>
    /// <returns>A new builder of a percentage activity programmed every month.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="porcentaje"/> is negative.</exception>
    public ActividadBuilder DePorcentaje(decimal porcentaje = 100m) => DePorcentaje(porcentaje, 1, Calendarizacion.Meses);

    /// <summary>A percentage activity with <paramref name="porcentaje"/>% programmed in each month from <paramref name="desde"/> to <paramref name="hasta"/>.</summary>
    /// <param name="porcentaje">The rate to sustain in each programmed month and the meta anual, in percent.</param>
    /// <param name="desde">The first programmed month, 1 (enero) to 12 (diciembre).</param>
    /// <param name="hasta">The last programmed month, from <paramref name="desde"/> to 12.</param>
    /// <returns>A new builder of a percentage activity programmed in those months.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A month is not 1..12, <paramref name="hasta"/> is before <paramref name="desde"/>, or <paramref name="porcentaje"/> is negative.</exception>
    public ActividadBuilder DePorcentaje(decimal porcentaje, int desde, int hasta)
        => ConMeta(Meta.Porcentaje(porcentaje)).ConCalendarizacion(Calendarizacion.Mensual(porcentaje, desde, hasta));

    /// <summary>With the medios de verificación <paramref name="valor"/> (may be empty).</summary>
    /// <param name="valor">The evidence that proves progress, e.g. <c>Listas de asistencia</c>; may be empty.</param>
    /// <returns>A new builder with those medios de verificación.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="valor"/> is null.</exception>
    public ActividadBuilder ConMediosDeVerificacion(string valor) => new(v with { MediosDeVerificacion = NoNulo(valor, nameof(valor)) });

    /// <summary>With the semaforización <paramref name="valor"/>.</summary>
    /// <param name="valor">The verde, amarillo and rojo bands on the cumplimiento (see <see cref="Crear.UnaSemaforizacion"/>).</param>
    /// <returns>A new builder with that semaforización.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="valor"/> is null.</exception>
    public ActividadBuilder ConSemaforizacion(Semaforizacion valor) => new(v with { Semaforizacion = NoNulo(valor, nameof(valor)) });

    /// <summary>With the semaforización read from the three bands as a POA writes them (<c>"&gt; = 90%"</c>, <c>"&lt; 90% &amp; &gt; 60%"</c>, <c>"&lt; = 60%"</c>).</summary>
    /// <param name="verde">The verde band as written, e.g. <c>"&gt; = 90%"</c>.</param>
    /// <param name="amarillo">The amarillo band as written, e.g. <c>"&lt; 90% &amp; &gt; 60%"</c>.</param>
    /// <param name="rojo">The rojo band as written, e.g. <c>"&lt; = 60%"</c>.</param>
    /// <returns>A new builder with that semaforización.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="FormatException">A band cannot be read, or the bands leave a gap or overlap.</exception>
    public ActividadBuilder ConSemaforizacion(string verde, string amarillo, string rojo)
        => ConSemaforizacion(Semaforizacion.Parse(verde, amarillo, rojo));

    /// <summary>With the sentido <paramref name="valor"/>.</summary>
    /// <param name="valor">The direction of the indicator: ascendente (more is better, the default), descendente or regular.</param>
    /// <returns>A new builder with that sentido.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valor"/> is not defined.</exception>
    public ActividadBuilder ConSentido(Sentido valor)
    {
        if (valor is not (Sentido.Ascendente or Sentido.Descendente or Sentido.Regular))
        {
            throw new ArgumentOutOfRangeException(nameof(valor), valor, "Sentido no definido.");
        }

        return new(v with { Sentido = valor });
    }

    /// <summary>
    /// With the tipo de acumulación <paramref name="valor"/> (<em>suma</em>, <em>promedio</em>, <em>último valor</em>,
    /// <em>máximo</em>); <c>null</c> leaves it to the unit, as by default (<c>Porcentaje</c> → promedio, else suma).
    /// Meta and calendar are unchanged.
    /// </summary>
    /// <param name="valor">How the monthly values make the value to date and the meta anual, or <c>null</c> for the unit's default.</param>
    /// <returns>A new builder with that tipo de acumulación.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valor"/> is not defined.</exception>
    public ActividadBuilder ConAcumulacion(TipoDeAcumulacion? valor)
    {
        if (valor is { } t && t is not (TipoDeAcumulacion.Suma or TipoDeAcumulacion.Promedio or TipoDeAcumulacion.UltimoValor or TipoDeAcumulacion.Maximo))
        {
            throw new ArgumentOutOfRangeException(nameof(valor), valor, "Tipo de acumulación no definido.");
        }

        return new(v with { Acumulacion = valor });
    }

    /// <summary>
    /// With the frecuencia <paramref name="valor"/>, calendar unchanged: values outside the periods' closing months are then
    /// what validation reports. To program a valid periodic activity use <see cref="PorPeriodo"/> or <see cref="Trimestral"/>.
    /// </summary>
    /// <param name="valor">How often the activity is programmed and reported (mensual by default).</param>
    /// <returns>A new builder with that frecuencia.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valor"/> is not defined.</exception>
    public ActividadBuilder ConFrecuencia(Frecuencia valor)
    {
        if (valor is < Frecuencia.Mensual or > Frecuencia.Anual)
        {
            throw new ArgumentOutOfRangeException(nameof(valor), valor, "Frecuencia no definida.");
        }

        return new(v with { Frecuencia = valor });
    }

    /// <summary>With a línea base of <paramref name="valor"/> (in the meta's unit) measured in <paramref name="anio"/>.</summary>
    /// <param name="valor">The value the indicator had before the plan, in the meta's unidad de medida, 0 or more.</param>
    /// <param name="anio">The year the línea base was measured, e.g. 2022.</param>
    /// <returns>A new builder with that línea base.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valor"/> or <paramref name="anio"/> is out of the library's bounds.</exception>
    public ActividadBuilder ConLineaBase(decimal valor, int anio) => ConLineaBase(LineaBase.Create(valor, anio));

    /// <summary>With the línea base <paramref name="valor"/>, or none when <c>null</c> (the default).</summary>
    /// <param name="valor">The línea base, or <c>null</c> for none.</param>
    /// <returns>A new builder with that línea base.</returns>
    public ActividadBuilder ConLineaBase(LineaBase? valor) => new(v with { LineaBase = valor });

    /// <summary>With the weight <paramref name="valor"/> in weighted roll-ups (1 by default).</summary>
    /// <param name="valor">The weight, above 0 and at most <see cref="Actividad.PesoMaximo"/>, with at most 6 decimals.</param>
    /// <returns>A new builder with that weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valor"/> is not above 0, is above <see cref="Actividad.PesoMaximo"/>, or has more than 6 decimals.</exception>
    public ActividadBuilder ConPeso(decimal valor)
    {
        _ = Build(1).ConPeso(valor);
        return new(v with { Peso = valor });
    }

    /// <summary>Creates the activity; numbered 1 unless <see cref="ConNumero"/> said otherwise.</summary>
    /// <returns>The activity, with the values given and the defaults for the rest.</returns>
    public Actividad Build() => Build(v.Numero ?? 1);

    /// <summary>Creates the activity.</summary>
    /// <param name="builder">The builder to build.</param>
    /// <returns>The activity it builds (see <see cref="Build()"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static implicit operator Actividad(ActividadBuilder builder) => NoNulo(builder, nameof(builder)).Build();

    /// <summary>The activity it would build, for test output.</summary>
    /// <returns>The text of the activity, e.g. <c>1. Elaborar el reporte mensual de seguimiento (12 Reportes)</c>.</returns>
    public override string ToString() => Build().ToString();

    internal Actividad Build(int numeroPorOmision)
        => new(
            v.Numero ?? numeroPorOmision,
            v.Descripcion,
            v.Alineacion,
            v.Programa,
            v.Meta,
            v.Calendarizacion,
            v.MediosDeVerificacion,
            v.Semaforizacion,
            v.Sentido,
            v.Acumulacion,
            v.Frecuencia,
            v.LineaBase,
            v.Peso);

    internal static T NoNulo<T>(T valor, string nombre)
        where T : class
        => valor ?? throw new ArgumentNullException(nombre);

    private sealed record Valores(
        int? Numero,
        string Descripcion,
        Alineacion Alineacion,
        ProgramaPresupuestario Programa,
        Meta Meta,
        Calendarizacion Calendarizacion,
        string MediosDeVerificacion,
        Semaforizacion Semaforizacion,
        Sentido Sentido,
        TipoDeAcumulacion? Acumulacion,
        Frecuencia Frecuencia,
        LineaBase? LineaBase,
        decimal Peso);
}
