using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The evaluation of one activity at a corte: programado, realizado, cumplimiento, avance anual, colour,
/// and everything that decided them (state, months, formula, bands, flags), so that it can be checked by hand.
/// </summary>
/// <remarks>
/// <para>A value (no allocation to create it); the explaining parts refer to existing objects
/// (<see cref="Actividad"/>, its <see cref="Semaforizacion"/>). <see cref="Explicar"/> writes it out in Spanish.</para>
/// <para>Percentages are exact decimals, never rounded; <see cref="CumplimientoRedondeado"/> is for display.</para>
/// <para><c>default</c> has no activity and means "not evaluated". Equality compares every value and the activity by reference.</para>
/// </remarks>
public readonly struct ResultadoDeActividad : IEquatable<ResultadoDeActividad>
{
    private const byte SinColor = 255;

    private readonly decimal cumplimiento;
    private readonly YearMonth corte;
    private readonly ushort programados;
    private readonly ushort reportados;
    private readonly ushort considerados;
    private readonly byte contados;
    private readonly byte color;
    private readonly byte estado;
    private readonly byte formula;
    private readonly byte agregacion;
    private readonly byte senales;
    private readonly byte politica;
    private readonly bool tieneCumplimiento;
    private readonly byte vista;
    private readonly OpcionesDeEvaluacion? opciones;
    private readonly int indice;
    private readonly decimal programadoOtraVista;
    private readonly AvancesDelPlan? avances;

    internal ResultadoDeActividad(
        Actividad actividad,
        YearMonth corte,
        int contados,
        EstadoDeEvaluacion estado,
        decimal programado,
        decimal realizado,
        decimal? cumplimiento,
        Color? color,
        int programados,
        int reportados,
        int considerados,
        FormulaDeCumplimiento formula,
        AgregacionDeMeses agregacion,
        SenalesDeEvaluacion senales,
        PoliticaDeMesesSinReporte politica,
        AvancesDelPlan avances,
        int indice,
        decimal programadoOtraVista,
        OpcionesDeEvaluacion opciones)
    {
        this.opciones = opciones;
        var vista = opciones.Vista;
        this.avances = avances;
        this.indice = indice;
        this.programadoOtraVista = programadoOtraVista;
        this.vista = (byte)vista;
        Actividad = actividad;
        this.corte = corte;
        this.contados = (byte)contados;
        this.estado = (byte)estado;
        Programado = programado;
        Realizado = realizado;
        tieneCumplimiento = cumplimiento.HasValue;
        this.cumplimiento = cumplimiento.GetValueOrDefault();
        this.color = color.HasValue ? (byte)color.Value : SinColor;
        this.programados = (ushort)programados;
        this.reportados = (ushort)reportados;
        this.considerados = (ushort)considerados;
        this.formula = (byte)formula;
        this.agregacion = (byte)agregacion;
        this.senales = (byte)senales;
        this.politica = (byte)politica;
    }

    /// <summary>
    /// The activity evaluated (<c>null</c> only for <c>default</c>): the vigente one (<see cref="ActividadVigente"/>) or, when the
    /// options ask for it, the approved one (<see cref="ActividadAprobada"/>). Without modificaciones they are the same object.
    /// </summary>
    public Actividad Actividad { get; }

    /// <summary>Which view of the plan was evaluated.</summary>
    public VistaDelPlan Vista => (VistaDelPlan)vista;

    /// <summary>The activity as approved (<c>null</c> only for <c>default</c>).</summary>
    public Actividad? ActividadAprobada => avances?.Actividades[indice];

    /// <summary>The activity as vigente, with its modificaciones applied (<c>null</c> only for <c>default</c>).</summary>
    public Actividad? ActividadVigente => avances?.Vigentes[indice];

    /// <summary>Whether some modificación changed the activity (the approved and vigente views differ).</summary>
    public bool TieneModificaciones => avances is not null && !ReferenceEquals(avances.Actividades[indice], avances.Vigentes[indice]);

    /// <summary>The meta anual as approved (<em>meta programada</em> of the transparency formats).</summary>
    public Meta? MetaAprobada => ActividadAprobada?.Meta;

    /// <summary>The meta anual vigente (<em>meta ajustada</em>, modificaciones applied).</summary>
    public Meta? MetaVigente => ActividadVigente?.Meta;

    /// <summary>The programado to the corte by the approved calendar, by the same rules as <see cref="Programado"/>.</summary>
    public decimal ProgramadoAprobado => Vista == VistaDelPlan.Aprobado ? Programado : programadoOtraVista;

    /// <summary>The programado to the corte by the vigente calendar, by the same rules as <see cref="Programado"/>.</summary>
    public decimal ProgramadoVigente => Vista == VistaDelPlan.Vigente ? Programado : programadoOtraVista;

    /// <summary>Realizado / meta anual aprobada × 100; <c>null</c> when that meta is 0.</summary>
    public decimal? AvanceAnualAprobado => MetaAprobada is { Cantidad: > 0m } meta ? Realizado * 100m / meta.Cantidad : null;

    /// <summary>Realizado / meta anual vigente × 100; <c>null</c> when that meta is 0.</summary>
    public decimal? AvanceAnualVigente => MetaVigente is { Cantidad: > 0m } meta ? Realizado * 100m / meta.Cantidad : null;

    /// <summary>The modificaciones of the activity in the plan, in the order given (empty when none).</summary>
    public IReadOnlyList<Modificacion> Modificaciones
    {
        get
        {
            if (avances is null || avances.Plan.Modificaciones.Count == 0)
            {
                return [];
            }

            var numero = Actividad.Numero;
            return avances.Plan.Modificaciones.Where(m => m.Actividad == numero).ToList();
        }
    }

    /// <summary>Whether the activity has an alerta temprana (<see cref="Alerta"/>).</summary>
    public bool TieneAlerta => Alerta.HasValue;

    /// <summary>
    /// The alerta temprana with its numbers (<c>docs/ciclo.md</c>), or <c>null</c> when there is none: the pace required to reach
    /// the meta anual vigente exceeds the observed one by more than <see cref="OpcionesDeEvaluacion.FactorDeAlerta"/>, or the last
    /// two programmed months counted have no avance. Only for ascendente activities of tipo <c>suma</c>, <c>ultimoValor</c> or
    /// <c>maximo</c>; measured on the vigente activity whatever view was evaluated. Computed when read.
    /// </summary>
    public AlertaTemprana? Alerta
    {
        get
        {
            if (avances is null || opciones is null || Actividad.Sentido != Sentido.Ascendente
                || !Acumulacion.De(Actividad.Acumulacion).AdmiteAlerta
                || !AlertaTemprana.Medir(avances.Vigentes[indice], contados, reportados, Realizado, out var medida))
            {
                return null;
            }

            var porRitmo = medida.RitmoInsuficiente(opciones.FactorDeAlerta);
            return porRitmo || medida.PorMesesSinAvance ? medida.ConMotivos(porRitmo, medida.PorMesesSinAvance) : null;
        }
    }

    /// <summary>Whether the activity needs a justificación at this corte: amarillo, rojo, or above the over-compliance limit.</summary>
    public bool RequiereJustificacion => Color is Poa.Domain.Color.Amarillo or Poa.Domain.Color.Rojo || (Senales & SenalesDeEvaluacion.Sobrecumplimiento) != 0;

    /// <summary>Whether it needs a justificación and the avance of <see cref="MesAJustificar"/> has none (or there is no avance).</summary>
    public bool FaltaJustificacion
    {
        get
        {
            if (avances is null || !RequiereJustificacion)
            {
                return false;
            }

            var ultimo = EvaluadorDeSemaforo.UltimoMes(reportados);
            return ultimo < 0 || (avances.ConJustificacion[indice] & (1 << ultimo)) == 0;
        }
    }

    /// <summary>
    /// The month whose avance must carry the justificación: the latest reported month up to the corte, or the last month
    /// counted when nothing was reported; <c>null</c> when no month counts.
    /// </summary>
    public YearMonth? MesAJustificar
    {
        get
        {
            if (avances is null)
            {
                return null;
            }

            var ultimo = EvaluadorDeSemaforo.UltimoMes(reportados);
            return ultimo >= 0 ? avances.Plan.Ejercicio.Mes(ultimo + 1) : contados > 0 ? avances.Plan.Ejercicio.Mes(contados) : null;
        }
    }

    /// <summary>Every justificación of the avances up to the corte (the months counted), with its month, in month order.</summary>
    public IReadOnlyList<JustificacionDeAvance> Justificaciones
    {
        get
        {
            if (avances is null || (avances.ConJustificacion[indice] & reportados) == 0)
            {
                return [];
            }

            var lista = new List<JustificacionDeAvance>();
            for (var m = 0; m < contados; m++)
            {
                if (avances.Celda(indice, m) is { Justificacion: { } texto } avance)
                {
                    lista.Add(new JustificacionDeAvance(avance.Mes, texto));
                }
            }

            return lista;
        }
    }

    /// <summary>The corte of the evaluation.</summary>
    public Corte Corte => Corte.De(corte);

    /// <summary>The state: evaluated, nothing programmed yet, no data, or ahead of schedule.</summary>
    public EstadoDeEvaluacion Estado => (EstadoDeEvaluacion)estado;

    /// <summary>
    /// Programado to date: for an acumulable meta the sum of the programmed values of the months counted
    /// (<see cref="MesesConsiderados"/>); for a porcentaje meta the mean programmed rate of those months.
    /// </summary>
    public decimal Programado { get; }

    /// <summary>
    /// Realizado to date: for an acumulable meta the sum of every avance up to the corte; for a porcentaje
    /// meta the realized rate (ΣN / ΣD × 100 with variables, else the mean of the monthly rates).
    /// </summary>
    public decimal Realizado { get; }

    /// <summary>The cumplimiento in percent, exact (never clipped: over-compliance is kept), or <c>null</c> when there is nothing to compare with.</summary>
    public decimal? Cumplimiento => tieneCumplimiento ? cumplimiento : null;

    /// <summary>The cumplimiento rounded to 2 decimals away from zero, for display.</summary>
    public decimal? CumplimientoRedondeado => tieneCumplimiento ? Math.Round(cumplimiento, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>Progress toward the whole year in percent: realizado / meta anual × 100; <c>null</c> when the meta anual is 0.</summary>
    /// <remarks>Computed when read (it is not needed for the colour), from <see cref="Realizado"/> and the activity's meta.</remarks>
    public decimal? AvanceAnual => Actividad is { Meta.Cantidad: > 0m } actividad ? Realizado * 100m / actividad.Meta.Cantidad : null;

    /// <summary>The colour, from the activity's own semaforización on the exact cumplimiento; <c>null</c> when there is no cumplimiento.</summary>
    public Color? Color => color == SinColor ? null : (Color)color;

    /// <summary>The bands that decided the colour (the activity's semaforización).</summary>
    public Semaforizacion? Semaforizacion => Actividad?.Semaforizacion;

    /// <summary>The band the cumplimiento fell in, or <c>null</c> without colour.</summary>
    public Banda? BandaAplicada => color == SinColor || Actividad is null ? null : Actividad.Semaforizacion.BandaDe((Color)color);

    /// <summary>The months of the ejercicio counted: January to the corte, or to the last closed period for a frecuencia other than mensual.</summary>
    public ConjuntoDeMeses MesesContados => new((1 << contados) - 1);

    /// <summary>
    /// The closed periods counted, each as its closing month (for a mensual activity, every month counted; for a trimestral one
    /// at corte mayo, only marzo). Only closed periods count.
    /// </summary>
    public ConjuntoDeMeses PeriodosContados => Actividad is null ? default : new(Internal.Periodos.MascaraDeCierres(Actividad.Frecuencia) & ((1 << contados) - 1));

    /// <summary>
    /// The change of <see cref="Realizado"/> against the activity's <see cref="Domain.LineaBase"/> (realizado − línea base, in the meta's
    /// unit); <c>null</c> without a línea base or without a comparison (nothing programmed yet, no data).
    /// </summary>
    public decimal? CambioContraLineaBase => Actividad?.LineaBase is { } linea && Estado is EstadoDeEvaluacion.Evaluada or EstadoDeEvaluacion.Adelantada ? Realizado - linea.Valor : null;

    /// <summary>The months up to the corte with something programmed (for a porcentaje meta, a rate above 0).</summary>
    public ConjuntoDeMeses MesesProgramados => new(programados);

    /// <summary>The months up to the corte with an avance (a reported 0 included).</summary>
    public ConjuntoDeMeses MesesReportados => new(reportados);

    /// <summary>The programmed months up to the corte that have no avance (a reported 0 is not missing).</summary>
    public ConjuntoDeMeses MesesSinReporte => new(programados & ~reportados);

    /// <summary>The programmed months whose values entered programado (all of them, or only the reported ones when missing months are excluded).</summary>
    public ConjuntoDeMeses MesesConsiderados => new(considerados);

    /// <summary>The formula that gave the cumplimiento.</summary>
    public FormulaDeCumplimiento Formula => (FormulaDeCumplimiento)formula;

    /// <summary>How the months were aggregated.</summary>
    public AgregacionDeMeses Agregacion => (AgregacionDeMeses)agregacion;

    /// <summary>Facts to flag: missing reports, over-compliance above the limit, descendente with realizado 0, reports without programación.</summary>
    public SenalesDeEvaluacion Senales => (SenalesDeEvaluacion)senales;

    /// <summary>How missing reports were counted.</summary>
    public PoliticaDeMesesSinReporte PoliticaDeMesesSinReporte => (PoliticaDeMesesSinReporte)politica;

    /// <summary>A paragraph in Spanish that explains the result, so that an analyst can check it by hand.</summary>
    /// <returns>A Spanish paragraph with the inputs, the formula, the band and the findings, numbers rounded as people read them.</returns>
    public string Explicar()
    {
        if (Actividad is null)
        {
            return "Sin evaluar.";
        }

        var c = CultureInfo.InvariantCulture;
        string N(decimal v) => Numeros.Formatear(v, c);
        string Pct(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.##", c) + "%";
        var texto = new StringBuilder();
        void Agregar(FormattableString parte) => texto.Append(parte.ToString(c));
        Agregar($"Actividad {Actividad.Numero} «{Actividad.Descripcion}», corte {Corte} ");
        if (contados == 0)
        {
            texto.Append("(ningún mes del ejercicio cuenta aún). ");
        }
        else
        {
            Agregar($"(meses contados: enero a {Calendarizacion.NombreDeMes(contados)}). ");
        }

        var porcentaje = Actividad.Tipo == TipoDeMeta.Porcentaje;
        switch (Estado)
        {
            case EstadoDeEvaluacion.SinMetaProgramada:
                texto.Append("Sin meta programada: nada programado hasta el corte, sin color.");
                break;
            case EstadoDeEvaluacion.SinDatos:
                Agregar($"Sin datos: los meses programados ({MesesSinReporte}) no tienen avance y las opciones los excluyen; sin color.");
                break;
            case EstadoDeEvaluacion.Adelantada:
                Agregar($"Adelantada: nada programado hasta el corte, pero se reportó {N(Realizado)}{(porcentaje ? "%" : string.Empty)}; se califica con 100% → {Nombre(Color)} (banda {BandaAplicada}).");
                break;
            default:
                var unidad = porcentaje ? "%" : " " + Actividad.Meta.Unidad.Nombre;
                texto.Append(Agregacion switch
                {
                    AgregacionDeMeses.CocienteDeVariables => $"Programado (tasa media) {Pct(Programado)}, realizado ΣN/ΣD × 100 = {Pct(Realizado)}. ",
                    AgregacionDeMeses.PromedioDeMeses => $"Programado (tasa media) {Pct(Programado)}, realizado (tasa media) {Pct(Realizado)}; el cumplimiento es el promedio de los cumplimientos mensuales. ",
                    _ => $"Programado {N(Programado)}{unidad}, realizado {N(Realizado)}{unidad}. ",
                });
                texto.Append(Formula switch
                {
                    FormulaDeCumplimiento.RealizadoEntreProgramado => "Cumplimiento = R / P × 100",
                    FormulaDeCumplimiento.ProgramadoEntreRealizado => "Cumplimiento (descendente) = P / R × 100",
                    FormulaDeCumplimiento.DescendenteSimetrica => "Cumplimiento (descendente simétrico) = (2 − R / P) × 100",
                    FormulaDeCumplimiento.Regular => "Cumplimiento (regular) = 100 − |R / P × 100 − 100|",
                    _ => "Cumplimiento",
                });
                Agregar($" = {Pct(cumplimiento)} → {Nombre(Color)} (banda {BandaAplicada}).");
                break;
        }

        if (!MesesSinReporte.EstaVacio)
        {
            texto.Append(PoliticaDeMesesSinReporte == PoliticaDeMesesSinReporte.Excluir ? " Meses programados sin avance (excluidos): " : " Meses programados sin avance (cuentan como 0): ")
                .Append(MesesSinReporte.ToString()).Append('.');
        }

        if ((Senales & SenalesDeEvaluacion.Sobrecumplimiento) != 0)
        {
            texto.Append(" Sobrecumplimiento por encima del límite de las opciones: revise la planeación.");
        }

        if ((Senales & SenalesDeEvaluacion.RealizadoCeroDescendente) != 0)
        {
            texto.Append(" Realizado 0 en un indicador descendente: cumplimiento pleno por convención.");
        }

        if (AvanceAnual is { } anual)
        {
            Agregar($" Avance anual: {Pct(anual)} de la meta ({Actividad.Meta}).");
        }

        ExplicarCiclo(texto, N, Pct);
        return texto.ToString();
    }

    private void ExplicarCiclo(StringBuilder texto, Func<decimal, string> n, Func<decimal, string> pct)
    {
        var c = CultureInfo.InvariantCulture;
        if (TieneModificaciones)
        {
            var folios = string.Join(", ", Modificaciones.Select(m => m.Folio.ToString(c)));
            texto.Append(Vista == VistaDelPlan.Vigente ? " Evaluada contra el plan vigente" : " Evaluada contra el plan aprobado")
                .Append(" (modificaciones de folio ").Append(folios).Append("): meta aprobada ").Append(MetaAprobada)
                .Append(", meta vigente ").Append(MetaVigente)
                .Append("; programado aprobado ").Append(n(ProgramadoAprobado)).Append(", programado vigente ").Append(n(ProgramadoVigente));
            if (AvanceAnualAprobado is { } aprobado && AvanceAnualVigente is { } vigente)
            {
                texto.Append("; avance anual ").Append(pct(aprobado)).Append(" de la meta aprobada y ").Append(pct(vigente)).Append(" de la vigente");
            }

            texto.Append('.');
        }

        if (Alerta is { } alerta)
        {
            texto.Append(" Alerta temprana: ").Append(alerta.ToString());
            if (alerta.PorRitmo)
            {
                texto.Append("; el ritmo requerido supera al observado por más del factor de alerta");
            }

            texto.Append('.');
        }

        if (FaltaJustificacion && MesAJustificar is { } mes)
        {
            texto.Append(" Falta la justificación del desvío en el avance de ").Append(Avance.Describir(mes)).Append('.');
        }
    }

    private static string Nombre(Color? color) => color switch
    {
        Poa.Domain.Color.Verde => "verde",
        Poa.Domain.Color.Amarillo => "amarillo",
        Poa.Domain.Color.Rojo => "rojo",
        _ => "sin color",
    };

    /// <summary><c>1 · 2023-03 · Evaluada · 75% · Amarillo</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
        => Actividad is null
            ? "Sin evaluar"
            : $"{Actividad.Numero} · {Corte} · {Estado} · {(tieneCumplimiento ? Math.Round(cumplimiento, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—")} · {(Color?.ToString() ?? "sin color")}";

    /// <inheritdoc />
    public bool Equals(ResultadoDeActividad other)
        => ReferenceEquals(Actividad, other.Actividad)
           && corte == other.corte
           && contados == other.contados
           && estado == other.estado
           && Programado == other.Programado
           && Realizado == other.Realizado
           && Cumplimiento == other.Cumplimiento
           && color == other.color
           && programados == other.programados
           && reportados == other.reportados
           && considerados == other.considerados
           && formula == other.formula
           && agregacion == other.agregacion
           && senales == other.senales
           && politica == other.politica
           && vista == other.vista
           && (opciones?.FactorDeAlerta ?? 0m) == (other.opciones?.FactorDeAlerta ?? 0m)
           && programadoOtraVista == other.programadoOtraVista
           && ReferenceEquals(ActividadAprobada, other.ActividadAprobada);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResultadoDeActividad other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
        => Hash.Combine(Hash.Combine(Hash.Combine(Hash.Seed, Actividad?.Numero ?? 0), corte.GetHashCode()), cumplimiento.GetHashCode());

    /// <summary>Equality of every value.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(ResultadoDeActividad left, ResultadoDeActividad right) => left.Equals(right);

    /// <summary>Inequality of some value.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(ResultadoDeActividad left, ResultadoDeActividad right) => !left.Equals(right);
}
