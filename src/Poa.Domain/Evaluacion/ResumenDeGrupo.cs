using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The roll-up of the activities of one group (a unidad responsable, dependencia, programa presupuestario,
/// eje rector or objetivo estratégico): counts per colour, share in green, mean cumplimiento and the group's colour.
/// </summary>
/// <remarks>Immutable. No value equality.</remarks>
public sealed class ResumenDeGrupo
{
    private ResumenDeGrupo(Agrupacion agrupacion, object clave, int actividades, int verdes, int amarillos, int rojos, int evaluadas, decimal? promedio, Color? color, PromedioDeGrupo politica, ModoDeResumen modo)
    {
        Modo = modo;
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
    /// <returns>The key as <typeparamref name="T"/>.</returns>
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

    /// <summary>
    /// The mean cumplimiento of the activities with one (weighted by <see cref="Actividad.Peso"/> in
    /// <see cref="ModoDeResumen.PromedioPonderado"/>; each counted between 0 and 100 unless the options say otherwise);
    /// <c>null</c> when none has one. Summed exactly: the same whatever the order of the activities and plans.
    /// </summary>
    public decimal? CumplimientoPromedio { get; }

    /// <summary>
    /// The group's colour, by <see cref="Modo"/>: <see cref="OpcionesDeEvaluacion.SemaforizacionDeGrupos"/> applied to
    /// <see cref="CumplimientoPromedio"/> (mean, weighted mean) or to <see cref="PorcentajeVerde"/> (share in green), or the
    /// worst colour of the activities; <c>null</c> when there is nothing to colour.
    /// </summary>
    public Color? Color { get; }

    /// <summary>How the mean treated values outside 0..100.</summary>
    public PromedioDeGrupo Promedio { get; }

    /// <summary>How the group's figure and colour were made: mean (default), weighted mean, worst colour or share in green.</summary>
    public ModoDeResumen Modo { get; }

    /// <summary><c>Dirección de ... · 4 actividades · 2 verde, 1 amarillo, 1 rojo · 81.25% · Verde</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
        => $"{Nombre} · {Actividades} actividades · {Verdes} verde, {Amarillos} amarillo, {Rojos} rojo, {SinColor} sin color · "
           + (CumplimientoPromedio is { } p ? Math.Round(p, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—")
           + " · " + (Color?.ToString() ?? "sin color");

    /// <summary>The grouping as people name it: <c>unidad responsable</c>, <c>eje rector</c>...</summary>
    internal static string Describir(Agrupacion agrupacion) => agrupacion switch
    {
        Agrupacion.UnidadResponsable => "unidad responsable",
        Agrupacion.Dependencia => "dependencia",
        Agrupacion.ProgramaPresupuestario => "programa presupuestario",
        Agrupacion.EjeRector => "eje rector",
        _ => "objetivo estratégico",
    };

    internal sealed class Acumulador(object clave)
    {
        private const int Escala = 28;

        private readonly List<(ResultadoDePlan Plan, int Indice)> conCumplimiento = [];
        private int actividades;
        private int verdes;
        private int amarillos;
        private int rojos;

        internal void Agregar(in ResultadoDeActividad resultado, ResultadoDePlan plan, int indice)
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

            if (resultado.Cumplimiento.HasValue)
            {
                conCumplimiento.Add((plan, indice));
            }
        }

        internal ResumenDeGrupo Crear(Agrupacion agrupacion, OpcionesDeEvaluacion opciones, ModoDeResumen modo)
        {
            var evaluadas = conCumplimiento.Count;
            var politica = opciones.PromedioDeGrupo;
            var bandas = opciones.SemaforizacionDeGrupos;
            var ponderado = modo == ModoDeResumen.PromedioPonderado;
            decimal? promedio = null;
            Color? color = null;
            if (evaluadas > 0)
            {
                // Summed exactly (every decimal as an integer at scale 28, a product at scale 56), so the mean does not depend
                // on the order; near a limit of the bands the colour is decided on the exact cumplimientos.
                // Unweighted (the default): an allocation-free exact sum; weighted: products at scale 56 as big integers.
                BigInteger suma = BigInteger.Zero, pesos = BigInteger.Zero;
                var sumaSimple = default(SumaExacta);
                decimal mayorMagnitud = 0m;
                foreach (var (plan, indice) in conCumplimiento)
                {
                    var r = plan.Resultados[indice];
                    var valor = Acotar(r.Cumplimiento!.Value, politica);
                    if (ponderado)
                    {
                        var peso = r.Actividad.Peso;
                        suma += Escalado(valor) * Escalado(peso);
                        pesos += Escalado(peso);
                    }
                    else
                    {
                        sumaSimple.Agregar(valor);
                    }

                    mayorMagnitud = Math.Max(mayorMagnitud, Math.Abs(valor));
                }

                var media = ponderado
                    ? Fraccion.Cociente(Fraccion.De(suma, Escala), Fraccion.De(pesos, 0))
                    : Fraccion.Cociente(Fraccion.De(sumaSimple.Total(), Escala), Fraccion.De(sumaSimple.Cantidad));
                var p = media.ADecimal();
                if (modo is ModoDeResumen.Promedio or ModoDeResumen.PromedioPonderado)
                {
                    var tolerancia = Semaforizacion.ToleranciaDeRedondeo + (mayorMagnitud * 0.00000000000000000001m);
                    color = bandas.CercaDeUnLimite(p, tolerancia) ? bandas.Clasificar(MediaExacta(politica, ponderado), ref p) : bandas.Clasificar(p);
                }

                promedio = p;
            }

            var conColor = verdes + amarillos + rojos;
            if (modo == ModoDeResumen.PeorColor && conColor > 0)
            {
                color = rojos > 0 ? Domain.Color.Rojo : amarillos > 0 ? Domain.Color.Amarillo : Domain.Color.Verde;
            }
            else if (modo == ModoDeResumen.PorcentajeEnVerde && conColor > 0)
            {
                var exacta = Fraccion.Cociente(Fraccion.De(verdes * 100), Fraccion.De(conColor));
                var verde = exacta.ADecimal();
                color = bandas.Clasificar(exacta, ref verde);
            }

            return new ResumenDeGrupo(agrupacion, clave, actividades, verdes, amarillos, rojos, evaluadas, promedio, color, politica, modo);
        }

        /// <summary>The exact (weighted) mean of the activities' exact cumplimientos (each recomputed as a fraction), only near a limit.</summary>
        private Fraccion MediaExacta(PromedioDeGrupo politica, bool ponderado)
        {
            Fraccion total = Fraccion.Cero, pesos = Fraccion.Cero;
            foreach (var (plan, indice) in conCumplimiento)
            {
                var r = plan.Resultados[indice];
                var exacto = plan.Avances is { } avances && r.Estado == EstadoDeEvaluacion.Evaluada
                    ? EvaluadorDeSemaforo.CumplimientoExacto(avances, indice, r)
                    : Fraccion.De(r.Cumplimiento!.Value);
                var peso = Fraccion.De(ponderado ? r.Actividad.Peso : 1m);
                total += (politica == PromedioDeGrupo.TopadoEn100 ? exacto.Acotar(0m, 100m) : exacto) * peso;
                pesos += peso;
            }

            return Fraccion.Cociente(total, pesos);
        }

        private static decimal Acotar(decimal valor, PromedioDeGrupo politica)
            => politica != PromedioDeGrupo.TopadoEn100 ? valor : valor > 100m ? 100m : valor < 0m ? 0m : valor;

        private static BigInteger Escalado(decimal valor)
        {
            var f = Fraccion.De(valor);
            return f.Numerador * (Fraccion.PotenciaDeDiez(Escala) / f.Denominador);
        }
    }
}
