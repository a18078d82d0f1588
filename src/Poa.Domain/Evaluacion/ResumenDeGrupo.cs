using System;
using System.Globalization;

namespace Poa.Domain;

/// <summary>
/// The roll-up of the activities of one group (a unidad responsable, dependencia, programa presupuestario,
/// eje rector or objetivo estratégico): counts per colour, share in green, mean cumplimiento and the group's colour.
/// </summary>
/// <remarks>Immutable. No value equality.</remarks>
public sealed class ResumenDeGrupo
{
    private ResumenDeGrupo(Agrupacion agrupacion, object clave, int actividades, int verdes, int amarillos, int rojos, int evaluadas, decimal? promedio, Color? color, PromedioDeGrupo politica)
    {
        Agrupacion = agrupacion;
        Clave = clave;
        Actividades = actividades;
        Verdes = verdes;
        Amarillos = amarillos;
        Rojos = rojos;
        ConCumplimiento = evaluadas;
        CumplimientoPromedio = promedio;
        Color = color;
        Promedio = politica;
    }

    /// <summary>The dimension of the grouping.</summary>
    public Agrupacion Agrupacion { get; }

    /// <summary>The group: a <see cref="UnidadResponsable"/>, <see cref="Dependencia"/>, <see cref="ProgramaPresupuestario"/>, <see cref="EjeRector"/> or <see cref="ObjetivoEstrategico"/>.</summary>
    public object Clave { get; }

    /// <summary>
    /// The group as its own type: <c>ClaveComo&lt;EjeRector&gt;()</c> for a roll-up by <see cref="Agrupacion.EjeRector"/>
    /// (e.g. to sort groups by the axis' numeral), <see cref="UnidadResponsable"/>, <see cref="Dependencia"/>,
    /// <see cref="ProgramaPresupuestario"/> or <see cref="ObjetivoEstrategico"/> for the others.
    /// </summary>
    /// <typeparam name="T">The type of the key of <see cref="Agrupacion"/>.</typeparam>
    /// <exception cref="InvalidOperationException">The key is not a <typeparamref name="T"/> (the message names the grouping and the key's type).</exception>
    public T ClaveComo<T>()
        where T : class
        => Clave as T ?? throw new InvalidOperationException(
            $"El grupo «{Nombre}» es por {Describir(Agrupacion)}: su clave es {Clave.GetType().Name}, no {typeof(T).Name}.");

    /// <summary>The group's name as written (<c>Clave.ToString()</c>).</summary>
    public string Nombre => Clave.ToString() ?? string.Empty;

    /// <summary>How many activities the group has.</summary>
    public int Actividades { get; }

    /// <summary>Activities in verde.</summary>
    public int Verdes { get; }

    /// <summary>Activities in amarillo.</summary>
    public int Amarillos { get; }

    /// <summary>Activities in rojo.</summary>
    public int Rojos { get; }

    /// <summary>Activities without colour (nothing programmed yet, or no data).</summary>
    public int SinColor => Actividades - Verdes - Amarillos - Rojos;

    /// <summary>Activities with a cumplimiento (evaluated or ahead of schedule): the ones in the mean.</summary>
    public int ConCumplimiento { get; }

    /// <summary>The share in green, in percent of the activities with colour; <c>null</c> when none has colour.</summary>
    public decimal? PorcentajeVerde => Verdes + Amarillos + Rojos == 0 ? null : Verdes * 100m / (Verdes + Amarillos + Rojos);

    /// <summary>The mean cumplimiento of the activities with one (each capped at 100 unless the options say otherwise); <c>null</c> when none has one.</summary>
    public decimal? CumplimientoPromedio { get; }

    /// <summary>The group's colour: <see cref="OpcionesDeEvaluacion.SemaforizacionDeGrupos"/> applied to <see cref="CumplimientoPromedio"/>.</summary>
    public Color? Color { get; }

    /// <summary>How the mean treated over-compliance.</summary>
    public PromedioDeGrupo Promedio { get; }

    /// <summary><c>Dirección de ... · 4 actividades · 2 verde, 1 amarillo, 1 rojo · 81.25% · Verde</c>.</summary>
    public override string ToString()
        => $"{Nombre} · {Actividades} actividades · {Verdes} verde, {Amarillos} amarillo, {Rojos} rojo, {SinColor} sin color · "
           + (CumplimientoPromedio is { } p ? Math.Round(p, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—")
           + " · " + (Color?.ToString() ?? "sin color");

    private static string Describir(Agrupacion agrupacion) => agrupacion switch
    {
        Agrupacion.UnidadResponsable => "unidad responsable",
        Agrupacion.Dependencia => "dependencia",
        Agrupacion.ProgramaPresupuestario => "programa presupuestario",
        Agrupacion.EjeRector => "eje rector",
        _ => "objetivo estratégico",
    };

    internal sealed class Acumulador(object clave)
    {
        private int actividades;
        private int verdes;
        private int amarillos;
        private int rojos;
        private int evaluadas;
        private decimal suma;

        internal void Agregar(in ResultadoDeActividad resultado, PromedioDeGrupo politica)
        {
            actividades++;
            switch (resultado.Color)
            {
                case Domain.Color.Verde:
                    verdes++;
                    break;
                case Domain.Color.Amarillo:
                    amarillos++;
                    break;
                case Domain.Color.Rojo:
                    rojos++;
                    break;
            }

            if (resultado.Cumplimiento is { } c)
            {
                evaluadas++;
                suma += politica == PromedioDeGrupo.TopadoEn100 && c > 100m ? 100m : c;
            }
        }

        internal ResumenDeGrupo Crear(Agrupacion agrupacion, OpcionesDeEvaluacion opciones)
        {
            decimal? promedio = evaluadas == 0 ? null : suma / evaluadas;
            Color? color = promedio is { } p ? opciones.SemaforizacionDeGrupos.Clasificar(p) : null;
            return new ResumenDeGrupo(agrupacion, clave, actividades, verdes, amarillos, rojos, evaluadas, promedio, color, opciones.PromedioDeGrupo);
        }
    }
}
