using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Poa.Domain.EntityFrameworkCore.Internos;

namespace Poa.Domain.EntityFrameworkCore;

/// <summary>
/// One row of <c>poa_modificaciones</c>: a <see cref="Modificacion"/> (reprogramación) of a <see cref="RegistroDePlan"/>, with
/// the new meta and the new calendar months in columns that a query can use.
/// </summary>
/// <remarks>
/// <para>Added with <see cref="RegistroDePlan.Reprogramar"/> (the domain decides first) or stored with the plan by
/// <see cref="RegistroDePlan.Create(Plan)"/>; read back with <see cref="ToModificacion()"/>, which gives a value equal to the one saved.</para>
/// <para>Its key is the plan and <see cref="Posicion"/>, not the folio: a stored plan may repeat a folio (validation reports it, <c>POA032</c>).</para>
/// </remarks>
public sealed class RegistroDeModificacion
{
    private RegistroDeModificacion()
    {
        Justificacion = string.Empty;
    }

    /// <summary>The position of the modificación in its plan, from 0, in the order given.</summary>
    public int Posicion { get; private set; }

    /// <summary>The folio (column <c>folio</c>).</summary>
    public int Folio { get; private set; }

    /// <summary>The number of the activity modified (column <c>actividad</c>).</summary>
    public int Actividad { get; private set; }

    /// <summary>The first month it changes (column <c>aplica_desde</c>, <c>yyyy-MM</c> text).</summary>
    public YearMonth AplicaDesde { get; private set; }

    /// <summary>The quantity of the new meta anual (column <c>meta_cantidad</c>), or <c>null</c> when the meta does not change.</summary>
    public decimal? CantidadDeMeta { get; private set; }

    /// <summary>The unit of the new meta anual (column <c>meta_unidad</c>), or <c>null</c> when the meta does not change.</summary>
    public UnidadDeMedida? UnidadDeMeta { get; private set; }

    /// <summary>
    /// Whether the modificación gives a new calendar (column <c>cambia_calendarizacion</c>). When it does, the twelve month
    /// columns are that calendar, and an empty month from <see cref="AplicaDesde"/> on means nothing is programmed any more.
    /// </summary>
    public bool CambiaCalendarizacion { get; private set; }

    /// <summary>The new value of January, or <c>null</c> (empty, or no new calendar).</summary>
    public decimal? Enero { get; private set; }

    /// <summary>The new value of February, or <c>null</c>.</summary>
    public decimal? Febrero { get; private set; }

    /// <summary>The new value of March, or <c>null</c>.</summary>
    public decimal? Marzo { get; private set; }

    /// <summary>The new value of April, or <c>null</c>.</summary>
    public decimal? Abril { get; private set; }

    /// <summary>The new value of May, or <c>null</c>.</summary>
    public decimal? Mayo { get; private set; }

    /// <summary>The new value of June, or <c>null</c>.</summary>
    public decimal? Junio { get; private set; }

    /// <summary>The new value of July, or <c>null</c>.</summary>
    public decimal? Julio { get; private set; }

    /// <summary>The new value of August, or <c>null</c>.</summary>
    public decimal? Agosto { get; private set; }

    /// <summary>The new value of September, or <c>null</c>.</summary>
    public decimal? Septiembre { get; private set; }

    /// <summary>The new value of October, or <c>null</c>.</summary>
    public decimal? Octubre { get; private set; }

    /// <summary>The new value of November, or <c>null</c>.</summary>
    public decimal? Noviembre { get; private set; }

    /// <summary>The new value of December, or <c>null</c>.</summary>
    public decimal? Diciembre { get; private set; }

    /// <summary>Why (column <c>justificacion</c>); empty when none was given.</summary>
    public string Justificacion { get; private set; }

    /// <summary>The date it was authorised (column <c>autorizada_el</c>, the provider's date type).</summary>
    public LocalDate AutorizadaEl { get; private set; }

    /// <summary>Who authorised it (column <c>autorizada_por</c>), or <c>null</c>.</summary>
    public string? AutorizadaPor { get; private set; }

    /// <summary>The modificación this row holds.</summary>
    /// <returns>The modificación, equal (<c>==</c>) to the one saved.</returns>
    /// <exception cref="RegistroInvalidoException">The row is not a valid modificación (a meta without its unit, a negative value, nothing changed); the message names the column.</exception>
    public Modificacion ToModificacion() => ToModificacion($"posición {Posicion}, folio {Folio}");

    internal Modificacion ToModificacion(string fila)
    {
        var lector = new Lector(Tablas.Modificaciones, fila);
        var meta = (CantidadDeMeta, UnidadDeMeta) switch
        {
            (null, null) => null,
            ({ } cantidad, { } unidad) => lector.Leer("columnas meta_cantidad y meta_unidad", () => Meta.Create(Formato.Normalizar(cantidad), unidad)),
            _ => throw new RegistroInvalidoException(
                $"Registro inválido en {Tablas.Modificaciones} ({fila}), columnas meta_cantidad y meta_unidad: van las dos o ninguna."),
        };
        var calendarizacion = CambiaCalendarizacion
            ? lector.Leer("columnas enero a diciembre", () => Calendarizacion.Create(Meses()))
            : Meses().Any(m => m is not null)
                ? throw new RegistroInvalidoException(
                    $"Registro inválido en {Tablas.Modificaciones} ({fila}), columnas enero a diciembre: tienen valores y cambia_calendarizacion es falso.")
                : null;
        return lector.Leer(
            "columnas folio, actividad, aplica_desde y autorizada_el",
            () => Modificacion.Create(Folio, Actividad, AplicaDesde, meta, calendarizacion, Justificacion, AutorizadaEl, AutorizadaPor));
    }

    /// <summary>A row for <paramref name="modificacion"/> at <paramref name="posicion"/>; <paramref name="plan"/> names the plan in errors.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">A quantity does not fit the decimal columns.</exception>
    internal static RegistroDeModificacion Create(int posicion, Modificacion modificacion, string plan)
    {
        var donde = $"la modificación con folio {modificacion.Folio} (posición {posicion}) de {plan}";
        var meses = modificacion.Calendarizacion?.Valores;
        decimal? Mes(int i) => meses is null ? null : Almacenable.Verificar(meses[i], $"lo programado en {Tablas.Meses[i]} en {donde}", nameof(modificacion));
        return new RegistroDeModificacion
        {
            Posicion = posicion,
            Folio = modificacion.Folio,
            Actividad = modificacion.Actividad,
            AplicaDesde = modificacion.AplicaDesde,
            CantidadDeMeta = modificacion.Meta is { } meta ? Almacenable.Verificar(meta.Cantidad, $"la meta de {donde}", nameof(modificacion)) : null,
            UnidadDeMeta = modificacion.Meta?.Unidad,
            CambiaCalendarizacion = meses is not null,
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
            Justificacion = modificacion.Justificacion,
            AutorizadaEl = modificacion.AutorizadaEl,
            AutorizadaPor = modificacion.AutorizadaPor,
        };
    }

    private IEnumerable<decimal?> Meses()
        => new[] { Enero, Febrero, Marzo, Abril, Mayo, Junio, Julio, Agosto, Septiembre, Octubre, Noviembre, Diciembre }.Select(Formato.Normalizar);

    /// <summary><c>Folio 1 · actividad 3 desde 2024-07 (posición 0)</c>.</summary>
    /// <returns>The folio, the activity and the first month.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Folio {Folio} · actividad {Actividad} desde {Formato.Mes(AplicaDesde)} (posición {Posicion})");
}
