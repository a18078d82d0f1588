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
        return lector.Leer(
            "columnas numero y descripcion",
            () => new Actividad(Numero, Descripcion, Alineacion.Create(eje, objetivo), Programa, meta, calendarizacion, MediosDeVerificacion, semaforizacion, Sentido));
    }

    /// <summary>A row for <paramref name="actividad"/> at <paramref name="posicion"/>; <paramref name="plan"/> names the plan in errors.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A quantity does not fit the decimal columns.</exception>
    internal static RegistroDeActividad Create(int posicion, Actividad actividad, string plan)
    {
        var donde = $"la actividad {actividad.Numero} (posición {posicion}) de {plan}";
        var meses = actividad.Calendarizacion.Valores;
        decimal? Mes(int i) => Almacenable.Verificar(meses[i], $"lo programado en {Tablas.Meses[i]} en {donde}", nameof(actividad));
        return new RegistroDeActividad
        {
            Posicion = posicion,
            Numero = actividad.Numero,
            Descripcion = actividad.Descripcion,
            NumeroDeEje = actividad.Alineacion.Eje.Numero,
            NombreDeEje = actividad.Alineacion.Eje.Nombre,
            NumeroDeObjetivo = actividad.Alineacion.Objetivo.Numero,
            NombreDeObjetivo = actividad.Alineacion.Objetivo.Nombre,
            Programa = actividad.Programa,
            ClaveDePrograma = Claves.De(actividad.Programa.Nombre),
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
        };
    }

    private IEnumerable<decimal?> Meses()
        => new[] { Enero, Febrero, Marzo, Abril, Mayo, Junio, Julio, Agosto, Septiembre, Octubre, Noviembre, Diciembre }.Select(Formato.Normalizar);

    /// <summary><c>3. Elaborar los informes ... (posición 2)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Numero}. {Descripcion} (posición {Posicion})");
}
