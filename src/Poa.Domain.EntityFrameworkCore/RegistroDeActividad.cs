using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using Poa.Domain.EntityFrameworkCore.Internos;

namespace Poa.Domain.EntityFrameworkCore;

/// <summary>
/// One row of <c>poa_actividades</c>: an <see cref="Actividad"/> of a <see cref="RegistroDePlan"/>, spelled out in
/// columns that a query can use (the twelve months of the calendarización, the number of the eje, the bands as text).
/// </summary>
/// <remarks>
/// <para>Created by <see cref="RegistroDePlan.Create(Plan)"/>, read back with <see cref="ToActividad()"/>, which gives a value
/// equal to the one saved. The properties are read-only: a plan changes through its <see cref="RegistroDePlan"/>.</para>
/// <para>Its key is the plan and <see cref="Posicion"/>, not the number: a plan may repeat a number (validation reports it).</para>
/// </remarks>
public sealed class RegistroDeActividad
{
    private RegistroDeActividad()
    {
        Descripcion = NombreDeEje = NumeroDeObjetivo = NombreDeObjetivo = MediosDeVerificacion = ClaveDePrograma = string.Empty;
        Programa = null!;
        UnidadDeMeta = null!;
        BandaVerde = BandaAmarilla = BandaRoja = null!;
    }

    /// <summary>The position of the activity in its plan, from 0, in the order of the document.</summary>
    public int Posicion { get; private set; }

    /// <summary>The number of the activity (<see cref="Actividad.Numero"/>).</summary>
    public int Numero { get; private set; }

    /// <summary>What will be done (<see cref="Actividad.Descripcion"/>).</summary>
    public string Descripcion { get; private set; }

    /// <summary>The number of the eje rector: 5 for <c>V. Ciudad abierta</c>.</summary>
    public int NumeroDeEje { get; private set; }

    /// <summary>The name of the eje rector as written: <c>Ciudad abierta</c>.</summary>
    public string NombreDeEje { get; private set; }

    /// <summary>The number of the objetivo estratégico as text: <c>5.1</c>.</summary>
    public string NumeroDeObjetivo { get; private set; }

    /// <summary>The name of the objetivo estratégico as written.</summary>
    public string NombreDeObjetivo { get; private set; }

    /// <summary>The programa presupuestario (column <c>programa</c>, the name as written).</summary>
    public ProgramaPresupuestario Programa { get; private set; }

    /// <summary>The comparison key of <see cref="Programa"/> (column <c>programa_clave</c>).</summary>
    internal string ClaveDePrograma { get; private set; }

    /// <summary>The quantity of the meta anual (<see cref="Meta.Cantidad"/>).</summary>
    public decimal CantidadDeMeta { get; private set; }

    /// <summary>The unit of the meta anual (column <c>meta_unidad</c>, the name as written).</summary>
    public UnidadDeMedida UnidadDeMeta { get; private set; }

    /// <summary>
    /// The kind of meta, from its unit (column <c>meta_tipo</c>: <c>acumulable</c> or <c>porcentaje</c>), stored for queries
    /// (<c>Porcentual</c> and <c>Porcentaje</c> are both <c>porcentaje</c>). Reading back derives it from the unit again.
    /// </summary>
    public TipoDeMeta TipoDeMeta { get; private set; }

    /// <summary>What is programmed in January, or <c>null</c> when nothing is (an empty month is not a 0).</summary>
    public decimal? Enero { get; private set; }

    /// <summary>What is programmed in February, or <c>null</c>.</summary>
    public decimal? Febrero { get; private set; }

    /// <summary>What is programmed in March, or <c>null</c>.</summary>
    public decimal? Marzo { get; private set; }

    /// <summary>What is programmed in April, or <c>null</c>.</summary>
    public decimal? Abril { get; private set; }

    /// <summary>What is programmed in May, or <c>null</c>.</summary>
    public decimal? Mayo { get; private set; }

    /// <summary>What is programmed in June, or <c>null</c>.</summary>
    public decimal? Junio { get; private set; }

    /// <summary>What is programmed in July, or <c>null</c>.</summary>
    public decimal? Julio { get; private set; }

    /// <summary>What is programmed in August, or <c>null</c>.</summary>
    public decimal? Agosto { get; private set; }

    /// <summary>What is programmed in September, or <c>null</c>.</summary>
    public decimal? Septiembre { get; private set; }

    /// <summary>What is programmed in October, or <c>null</c>.</summary>
    public decimal? Octubre { get; private set; }

    /// <summary>What is programmed in November, or <c>null</c>.</summary>
    public decimal? Noviembre { get; private set; }

    /// <summary>What is programmed in December, or <c>null</c>.</summary>
    public decimal? Diciembre { get; private set; }

    /// <summary>The medios de verificación; empty when none.</summary>
    public string MediosDeVerificacion { get; private set; }

    /// <summary>The verde band, stored as its canonical text (<c>&gt;= 80%</c>).</summary>
    public Banda BandaVerde { get; private set; }

    /// <summary>The amarillo band, stored as its canonical text (<c>&gt; 50% y &lt; 80%</c>).</summary>
    public Banda BandaAmarilla { get; private set; }

    /// <summary>The rojo band, stored as its canonical text (<c>&lt;= 50%</c>).</summary>
    public Banda BandaRoja { get; private set; }

    /// <summary>The direction of the indicator, stored as <c>ascendente</c>, <c>descendente</c> or <c>regular</c>.</summary>
    public Sentido Sentido { get; private set; }

    /// <summary>
    /// The tipo de acumulación in effect (column <c>acumulacion</c>: <c>suma</c>, <c>promedio</c>, <c>ultimoValor</c> or
    /// <c>maximo</c>), whether given or taken from the unit (<see cref="Actividad.Acumulacion"/>): the column to query.
    /// </summary>
    public TipoDeAcumulacion Acumulacion { get; private set; }

    /// <summary>
    /// Whether the plan gives the tipo de acumulación (column <c>acumulacion_explicita</c>); when not, <see cref="Acumulacion"/>
    /// is the one the unit implies and reading back leaves it implicit (<see cref="Actividad.AcumulacionExplicita"/> <c>null</c>).
    /// </summary>
    public bool EsAcumulacionExplicita { get; private set; }

    /// <summary>How often it is programmed and reported (column <c>frecuencia</c>: <c>mensual</c>, <c>trimestral</c>...).</summary>
    public Frecuencia Frecuencia { get; private set; }

    /// <summary>The value of the línea base (column <c>linea_base_valor</c>), or <c>null</c> when the activity has none.</summary>
    public decimal? ValorDeLineaBase { get; private set; }

    /// <summary>The year of the línea base (column <c>linea_base_anio</c>), or <c>null</c> when the activity has none.</summary>
    public int? AnioDeLineaBase { get; private set; }

    /// <summary>The weight in a weighted roll-up (column <c>peso</c>; 1 unless the plan gives another).</summary>
    public decimal Peso { get; private set; }

    /// <summary>
    /// The meta anual vigente (column <c>meta_cantidad_vigente</c>): <see cref="CantidadDeMeta"/> with the plan's
    /// modificaciones applied (<see cref="Plan.ActividadesVigentes"/>). Written from the domain for queries; reading ignores it.
    /// </summary>
    public decimal CantidadDeMetaVigente { get; private set; }

    /// <summary>What is programmed in January in the vigente calendar (column <c>enero_vigente</c>), or <c>null</c>; <see cref="Enero"/> is the approved one.</summary>
    public decimal? EneroVigente { get; private set; }

    /// <summary>What is programmed in February in the vigente calendar, or <c>null</c>.</summary>
    public decimal? FebreroVigente { get; private set; }

    /// <summary>What is programmed in March in the vigente calendar, or <c>null</c>.</summary>
    public decimal? MarzoVigente { get; private set; }

    /// <summary>What is programmed in April in the vigente calendar, or <c>null</c>.</summary>
    public decimal? AbrilVigente { get; private set; }

    /// <summary>What is programmed in May in the vigente calendar, or <c>null</c>.</summary>
    public decimal? MayoVigente { get; private set; }

    /// <summary>What is programmed in June in the vigente calendar, or <c>null</c>.</summary>
    public decimal? JunioVigente { get; private set; }

    /// <summary>What is programmed in July in the vigente calendar, or <c>null</c>.</summary>
    public decimal? JulioVigente { get; private set; }

    /// <summary>What is programmed in August in the vigente calendar, or <c>null</c>.</summary>
    public decimal? AgostoVigente { get; private set; }

    /// <summary>What is programmed in September in the vigente calendar, or <c>null</c>.</summary>
    public decimal? SeptiembreVigente { get; private set; }

    /// <summary>What is programmed in October in the vigente calendar, or <c>null</c>.</summary>
    public decimal? OctubreVigente { get; private set; }

    /// <summary>What is programmed in November in the vigente calendar, or <c>null</c>.</summary>
    public decimal? NoviembreVigente { get; private set; }

    /// <summary>What is programmed in December in the vigente calendar, or <c>null</c>.</summary>
    public decimal? DiciembreVigente { get; private set; }

    /// <summary>The activity this row holds.</summary>
    /// <exception cref="RegistroInvalidoException">A column holds a value the domain rejects (the row was written by other means); the message names the column.</exception>
    public Actividad ToActividad() => ToActividad($"posición {Posicion}, número {Numero}");

    internal Actividad ToActividad(string fila)
    {
        var lector = new Lector(Tablas.Actividades, fila);
        var eje = lector.Leer("columnas eje_numero y eje_nombre", () => EjeRector.Create(NumeroDeEje, NombreDeEje));
        var objetivo = lector.Leer("columnas objetivo_numero y objetivo_nombre", () => ObjetivoEstrategico.Create(NumeroDeObjetivo, NombreDeObjetivo));
        var meta = lector.Leer("columnas meta_cantidad y meta_unidad", () => Meta.Create(Formato.Normalizar(CantidadDeMeta), UnidadDeMeta));
        var calendarizacion = lector.Leer("columnas enero a diciembre", () => Calendarizacion.Create(Meses()));
        var semaforizacion = lector.Leer("columnas banda_verde, banda_amarilla y banda_roja", () => Semaforizacion.Create(BandaVerde, BandaAmarilla, BandaRoja));
        var lineaBase = (ValorDeLineaBase, AnioDeLineaBase) switch
        {
            (null, null) => null,
            ({ } valor, { } anio) => lector.Leer("columnas linea_base_valor y linea_base_anio", () => LineaBase.Create(Formato.Normalizar(valor), anio)),
            _ => throw new RegistroInvalidoException(
                $"Registro inválido en {Tablas.Actividades} ({fila}), columnas linea_base_valor y linea_base_anio: van las dos o ninguna."),
        };
        var peso = Formato.Normalizar(Peso);
        return lector.Leer(
            "columnas numero, descripcion y peso",
            () => new Actividad(
                Numero,
                Descripcion,
                Alineacion.Create(eje, objetivo),
                Programa,
                meta,
                calendarizacion,
                MediosDeVerificacion,
                semaforizacion,
                Sentido,
                EsAcumulacionExplicita ? Acumulacion : null,
                Frecuencia,
                lineaBase,
                peso));
    }

    /// <summary>Writes the vigente columns from <paramref name="vigente"/>, the activity with the plan's modificaciones applied.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A quantity does not fit the decimal columns.</exception>
    internal void Vigente(Actividad vigente, string donde)
    {
        var meses = vigente.Calendarizacion.Valores;
        decimal? Mes(int i) => Almacenable.Verificar(meses[i], $"lo programado vigente en {Tablas.Meses[i]} en {donde}", "actividad");
        var cantidad = Almacenable.Verificar(vigente.Meta.Cantidad, $"la meta vigente de {donde}", "actividad");
        var valores = Enumerable.Range(0, Calendarizacion.Meses).Select(Mes).ToArray();
        CantidadDeMetaVigente = cantidad;
        (EneroVigente, FebreroVigente, MarzoVigente, AbrilVigente, MayoVigente, JunioVigente) = (valores[0], valores[1], valores[2], valores[3], valores[4], valores[5]);
        (JulioVigente, AgostoVigente, SeptiembreVigente, OctubreVigente, NoviembreVigente, DiciembreVigente) = (valores[6], valores[7], valores[8], valores[9], valores[10], valores[11]);
    }

    /// <summary>A row for <paramref name="actividad"/> at <paramref name="posicion"/>; <paramref name="plan"/> names the plan in errors.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A quantity does not fit the decimal columns.</exception>
    internal static RegistroDeActividad Create(int posicion, Actividad actividad, Actividad vigente, string plan)
    {
        var donde = $"la actividad {actividad.Numero} (posición {posicion}) de {plan}";
        var meses = actividad.Calendarizacion.Valores;
        decimal? Mes(int i) => Almacenable.Verificar(meses[i], $"lo programado en {Tablas.Meses[i]} en {donde}", nameof(actividad));
        var registro = new RegistroDeActividad
        {
            Posicion = posicion,
            Numero = actividad.Numero,
            Descripcion = actividad.Descripcion,
            NumeroDeEje = actividad.Alineacion.Eje.Numero,
            NombreDeEje = actividad.Alineacion.Eje.Nombre,
            NumeroDeObjetivo = actividad.Alineacion.Objetivo.Numero,
            NombreDeObjetivo = actividad.Alineacion.Objetivo.Nombre,
            Programa = actividad.Programa,
            ClaveDePrograma = actividad.Programa.Clave,
            CantidadDeMeta = Almacenable.Verificar(actividad.Meta.Cantidad, $"la meta de {donde}", nameof(actividad)),
            UnidadDeMeta = actividad.Meta.Unidad,
            TipoDeMeta = actividad.Meta.Tipo,
            Enero = Mes(0),
            Febrero = Mes(1),
            Marzo = Mes(2),
            Abril = Mes(3),
            Mayo = Mes(4),
            Junio = Mes(5),
            Julio = Mes(6),
            Agosto = Mes(7),
            Septiembre = Mes(8),
            Octubre = Mes(9),
            Noviembre = Mes(10),
            Diciembre = Mes(11),
            MediosDeVerificacion = actividad.MediosDeVerificacion,
            BandaVerde = actividad.Semaforizacion.Verde,
            BandaAmarilla = actividad.Semaforizacion.Amarillo,
            BandaRoja = actividad.Semaforizacion.Rojo,
            Sentido = actividad.Sentido,
            Acumulacion = actividad.Acumulacion,
            EsAcumulacionExplicita = actividad.AcumulacionExplicita.HasValue,
            Frecuencia = actividad.Frecuencia,
            ValorDeLineaBase = actividad.LineaBase is { } lineaBase ? Almacenable.Verificar(lineaBase.Valor, $"la línea base de {donde}", nameof(actividad)) : null,
            AnioDeLineaBase = actividad.LineaBase?.Anio,
            Peso = Almacenable.Verificar(actividad.Peso, $"el peso de {donde}", nameof(actividad)),
        };
        registro.Vigente(vigente, donde);
        return registro;
    }

    private IEnumerable<decimal?> Meses()
        => new[] { Enero, Febrero, Marzo, Abril, Mayo, Junio, Julio, Agosto, Septiembre, Octubre, Noviembre, Diciembre }.Select(Formato.Normalizar);

    /// <summary><c>3. Elaborar los informes ... (posición 2)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Numero}. {Descripcion} (posición {Posicion})");
}
