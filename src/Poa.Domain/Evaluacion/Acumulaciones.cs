using System;
using System.Globalization;
using System.Linq;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>The months of one activity as the evaluator sees them at a corte (a view over <see cref="AvancesDelPlan"/>; no copy).</summary>
internal readonly struct MesesDeActividad
{
    internal MesesDeActividad(AvancesDelPlan avances, int indice, Calendarizacion calendario, int contados, int considerados, int reportados)
    {
        Avances = avances;
        Calendario = calendario;
        Base = indice * Calendarizacion.Meses;
        Contados = contados;
        Considerados = considerados;
        Reportados = reportados;
        ConVariables = avances.ConVariables[indice] & reportados;
    }

    internal AvancesDelPlan Avances { get; }

    internal Calendarizacion Calendario { get; }

    internal int Base { get; }

    /// <summary>Months 1..<see cref="Contados"/> count (0-based bits 0..Contados−1).</summary>
    internal int Contados { get; }

    /// <summary>The programmed months whose values enter programado.</summary>
    internal int Considerados { get; }

    /// <summary>The months up to the corte with an avance.</summary>
    internal int Reportados { get; }

    /// <summary>The reported months whose avance carries numerador and denominador.</summary>
    internal int ConVariables { get; }

    internal decimal Programado(int m) => Calendario.ValorSinVerificar(m);

    internal decimal Realizado(int m) => Avances.Realizados[Base + m];

    internal bool Considerado(int m) => (Considerados & (1 << m)) != 0;

    internal bool Reportado(int m) => (Reportados & (1 << m)) != 0;
}

/// <summary>Programado, realizado and cumplimiento to the corte as one <see cref="Acumulacion"/> aggregates them.</summary>
internal readonly struct Agregado(decimal programado, decimal realizado, decimal cumplimiento, AgregacionDeMeses agregacion)
{
    internal decimal Programado { get; } = programado;

    internal decimal Realizado { get; } = realizado;

    internal decimal Cumplimiento { get; } = cumplimiento;

    internal AgregacionDeMeses Agregacion { get; } = agregacion;
}

/// <summary>
/// One strategy per <see cref="TipoDeAcumulacion"/>: how the months make programado and realizado to a corte, the exact
/// cumplimiento near a limit, and the meta anual the calendar implies. The evaluator's loop and the validator call it and
/// never test the tipo themselves: a new tipo is one enum member, one subclass registered in <see cref="De"/>, and its tests.
/// </summary>
internal abstract class Acumulacion
{
    private static readonly Acumulacion[] Tabla = [new Suma(), new Promedio(), new UltimoValor(), new Maximo()];

    internal static Acumulacion De(TipoDeAcumulacion tipo) => Tabla[(int)tipo];

    /// <summary>For an ascendente indicator, whether a programmed 0 sets no target (rates: 0% is no target).</summary>
    internal virtual bool CeroNoEsMetaAscendente => false;

    /// <summary>Whether the alerta temprana (a pace toward the meta anual) applies: not to rates, which are sustained, not accumulated.</summary>
    internal virtual bool AdmiteAlerta => true;

    /// <summary>P, R and the cumplimiento by <paramref name="formula"/>; called only when some month is considered.</summary>
    internal abstract Agregado Agregar(in MesesDeActividad meses, FormulaDeCumplimiento formula, ref SenalesDeEvaluacion senales);

    /// <summary>The realizado shown when there is nothing to compare with (every reported month, this tipo's way).</summary>
    internal abstract decimal RealizadoSinComparacion(in MesesDeActividad meses);

    /// <summary>
    /// The cumplimiento as an exact fraction, from the same months and values as <see cref="Agregar"/>. By default from P and R,
    /// which are exact decimals (sums, a last value, a maximum of bounded values); only the division is not.
    /// </summary>
    internal virtual Fraccion Exacto(in MesesDeActividad meses, FormulaDeCumplimiento formula)
    {
        var senales = SenalesDeEvaluacion.Ninguna;
        var a = Agregar(meses, formula, ref senales);
        return Formulas.AplicarExacto(formula, Fraccion.De(a.Realizado), Fraccion.De(a.Programado));
    }

    /// <summary>The diagnostic when the meta anual is not what the calendar implies (POA001; a warning for rates).</summary>
    internal virtual DescriptorDeDiagnostico MetaDistinta => CatalogoDeDiagnosticos.MetaDistintaDeCalendarizacion;

    /// <summary>Whether <paramref name="meta"/> is the meta anual that the calendar implies; <paramref name="regla"/> says what it implies, for the message.</summary>
    internal abstract bool MetaCoincide(decimal meta, Calendarizacion calendario, out string regla);

    private static string N(decimal valor) => Numeros.Formatear(valor, CultureInfo.InvariantCulture);

    private sealed class Suma : Acumulacion
    {
        internal override Agregado Agregar(in MesesDeActividad meses, FormulaDeCumplimiento formula, ref SenalesDeEvaluacion senales)
        {
            decimal programado = 0m, realizado = 0m;
            for (var m = 0; m < meses.Contados; m++)
            {
                if (meses.Considerado(m))
                {
                    programado += meses.Programado(m);
                }

                if (meses.Reportado(m))
                {
                    realizado += meses.Realizado(m);
                }
            }

            return new Agregado(programado, realizado, Formulas.Aplicar(formula, realizado, programado, ref senales), AgregacionDeMeses.Suma);
        }

        internal override decimal RealizadoSinComparacion(in MesesDeActividad meses)
        {
            decimal realizado = 0m;
            for (var m = 0; m < meses.Contados; m++)
            {
                if (meses.Reportado(m))
                {
                    realizado += meses.Realizado(m);
                }
            }

            return realizado;
        }

        internal override bool MetaCoincide(decimal meta, Calendarizacion calendario, out string regla)
        {
            regla = $"la calendarización suma {N(calendario.Total)} ({string.Join(" + ", calendario.MesesProgramados.Select(m => N(calendario[m]!.Value)))})";
            return calendario.Total == meta;
        }
    }

    private sealed class Promedio : Acumulacion
    {
        internal override bool CeroNoEsMetaAscendente => true;

        internal override bool AdmiteAlerta => false;

        // A month's target may differ from the annual rate (99.5% in January, 100% the rest): worth a look, not an error.
        internal override DescriptorDeDiagnostico MetaDistinta => CatalogoDeDiagnosticos.MetaDistintaDeLasTasas;

        internal override Agregado Agregar(in MesesDeActividad meses, FormulaDeCumplimiento formula, ref SenalesDeEvaluacion senales)
        {
            var n = 0;
            decimal programado = 0m;
            for (var m = 0; m < meses.Contados; m++)
            {
                if (meses.Considerado(m))
                {
                    programado += meses.Programado(m);
                    n++;
                }
            }

            programado /= n;
            if ((meses.Considerados & ~meses.ConVariables) == 0)
            {
                // Every month counted carries numerador and denominador: ΣN / ΣD against the mean programmed rate.
                decimal sumaN = 0m, sumaD = 0m;
                for (var m = 0; m < meses.Contados; m++)
                {
                    if (meses.Considerado(m))
                    {
                        sumaN += meses.Avances.Numeradores[meses.Base + m];
                        sumaD += meses.Avances.Denominadores[meses.Base + m];
                    }
                }

                var tasa = sumaN * 100m / sumaD;
                return new Agregado(programado, tasa, Formulas.Aplicar(formula, tasa, programado, ref senales), AgregacionDeMeses.CocienteDeVariables);
            }

            // The mean of the monthly cumplimientos (a missing month counts 0 realized unless excluded).
            decimal realizado = 0m, suma = 0m;
            for (var m = 0; m < meses.Contados; m++)
            {
                if (meses.Considerado(m))
                {
                    var r = meses.Reportado(m) ? meses.Realizado(m) : 0m;
                    realizado += r;
                    suma += Formulas.Aplicar(formula, r, meses.Programado(m), ref senales);
                }
            }

            return new Agregado(programado, realizado / n, suma / n, AgregacionDeMeses.PromedioDeMeses);
        }

        internal override decimal RealizadoSinComparacion(in MesesDeActividad meses)
        {
            decimal suma = 0m;
            var n = 0;
            for (var m = 0; m < meses.Contados; m++)
            {
                if (meses.Reportado(m))
                {
                    suma += meses.Realizado(m);
                    n++;
                }
            }

            return n > 0 ? suma / n : 0m;
        }

        internal override Fraccion Exacto(in MesesDeActividad meses, FormulaDeCumplimiento formula)
        {
            var n = 0;
            decimal sumaP = 0m, sumaN = 0m, sumaD = 0m;
            for (var m = 0; m < meses.Contados; m++)
            {
                if (meses.Considerado(m))
                {
                    n++;
                    sumaP += meses.Programado(m);
                    sumaN += meses.Avances.Numeradores[meses.Base + m];
                    sumaD += meses.Avances.Denominadores[meses.Base + m];
                }
            }

            var cien = Fraccion.De(100);
            if ((meses.Considerados & ~meses.ConVariables) == 0)
            {
                return Formulas.AplicarExacto(formula, Fraccion.De(sumaN) * cien / Fraccion.De(sumaD), Fraccion.De(sumaP) / Fraccion.De(n));
            }

            // A rate reported with its variables is exactly N / D × 100 (its Realizado is that value rounded).
            var suma = Fraccion.Cero;
            for (var m = 0; m < meses.Contados; m++)
            {
                if (meses.Considerado(m))
                {
                    var r = !meses.Reportado(m) ? Fraccion.Cero
                        : (meses.ConVariables & (1 << m)) != 0 ? Fraccion.De(meses.Avances.Numeradores[meses.Base + m]) * cien / Fraccion.De(meses.Avances.Denominadores[meses.Base + m])
                        : Fraccion.De(meses.Realizado(m));
                    suma += Formulas.AplicarExacto(formula, r, Fraccion.De(meses.Programado(m)));
                }
            }

            return suma / Fraccion.De(n);
        }

        internal override bool MetaCoincide(decimal meta, Calendarizacion calendario, out string regla)
        {
            var tasas = calendario.MesesProgramados.Select(m => calendario[m]!.Value).Where(v => v > 0m).ToList();
            if (tasas.Count == 0)
            {
                regla = "no programa ninguna tasa";
                return true;
            }

            var media = tasas.Sum() / tasas.Count;
            regla = $"las tasas programadas son {string.Join(", ", tasas.Distinct().Select(N))} (promedio {N(Math.Round(media, 6, MidpointRounding.AwayFromZero))})";
            return tasas.TrueForAll(t => t == meta) || media == meta;
        }
    }

    private sealed class UltimoValor : Acumulacion
    {
        internal override Agregado Agregar(in MesesDeActividad meses, FormulaDeCumplimiento formula, ref SenalesDeEvaluacion senales)
        {
            decimal programado = 0m, realizado = 0m;
            for (var m = 0; m < meses.Contados; m++)
            {
                if (meses.Considerado(m))
                {
                    programado = meses.Programado(m);
                }

                if (meses.Reportado(m))
                {
                    realizado = meses.Realizado(m);
                }
            }

            return new Agregado(programado, realizado, Formulas.Aplicar(formula, realizado, programado, ref senales), AgregacionDeMeses.UltimoValor);
        }

        internal override decimal RealizadoSinComparacion(in MesesDeActividad meses)
        {
            decimal realizado = 0m;
            for (var m = 0; m < meses.Contados; m++)
            {
                if (meses.Reportado(m))
                {
                    realizado = meses.Realizado(m);
                }
            }

            return realizado;
        }

        internal override bool MetaCoincide(decimal meta, Calendarizacion calendario, out string regla)
        {
            var ultimo = calendario.MesesProgramados.LastOrDefault();
            if (ultimo == 0)
            {
                regla = "no programa ningún valor";
                return true;
            }

            var valor = calendario[ultimo]!.Value;
            regla = $"el último valor programado ({Calendarizacion.NombreDeMes(ultimo)}) es {N(valor)}";
            return valor == meta;
        }
    }

    private sealed class Maximo : Acumulacion
    {
        internal override Agregado Agregar(in MesesDeActividad meses, FormulaDeCumplimiento formula, ref SenalesDeEvaluacion senales)
        {
            decimal programado = 0m, realizado = 0m;
            for (var m = 0; m < meses.Contados; m++)
            {
                if (meses.Considerado(m) && meses.Programado(m) > programado)
                {
                    programado = meses.Programado(m);
                }

                if (meses.Reportado(m) && meses.Realizado(m) > realizado)
                {
                    realizado = meses.Realizado(m);
                }
            }

            return new Agregado(programado, realizado, Formulas.Aplicar(formula, realizado, programado, ref senales), AgregacionDeMeses.Maximo);
        }

        internal override decimal RealizadoSinComparacion(in MesesDeActividad meses)
        {
            decimal realizado = 0m;
            for (var m = 0; m < meses.Contados; m++)
            {
                if (meses.Reportado(m) && meses.Realizado(m) > realizado)
                {
                    realizado = meses.Realizado(m);
                }
            }

            return realizado;
        }

        internal override bool MetaCoincide(decimal meta, Calendarizacion calendario, out string regla)
        {
            if (calendario.EstaVacia)
            {
                regla = "no programa ningún valor";
                return true;
            }

            var maximo = calendario.MesesProgramados.Select(m => calendario[m]!.Value).Max();
            regla = $"el máximo programado es {N(maximo)}";
            return maximo == meta;
        }
    }
}

/// <summary>The cumplimiento formulas of the sentidos, in decimal and as exact fractions (the same rules).</summary>
internal static class Formulas
{
    /// <summary>
    /// The cumplimiento of realizado <paramref name="r"/> against programado <paramref name="p"/> by <paramref name="formula"/>.
    /// A programado of 0 is a real target of zero: realizado 0 meets it (100), anything above it does not (0).
    /// </summary>
    internal static decimal Aplicar(FormulaDeCumplimiento formula, decimal r, decimal p, ref SenalesDeEvaluacion senales)
    {
        if (r == 0m && formula is FormulaDeCumplimiento.ProgramadoEntreRealizado or FormulaDeCumplimiento.DescendenteSimetrica)
        {
            senales |= SenalesDeEvaluacion.RealizadoCeroDescendente;
        }

        if (p == 0m)
        {
            return r == 0m ? 100m : 0m;
        }

        switch (formula)
        {
            case FormulaDeCumplimiento.RealizadoEntreProgramado:
                return Porcentaje(r, p);
            case FormulaDeCumplimiento.Regular:
                var razon = Porcentaje(r, p) - 100m;
                return 100m - (razon < 0m ? -razon : razon);
            case FormulaDeCumplimiento.DescendenteSimetrica:
                return 200m - Porcentaje(r, p);
            default:
                return r == 0m ? 100m : Porcentaje(p, r);
        }
    }

    /// <summary>
    /// The largest cumplimiento a result holds (10^20 %). Bounded inputs keep single values far below it, but a ratio of two
    /// of them can reach beyond what a decimal holds (programado over a ΣN / ΣD rate of 10^-17 %): such a value is held as
    /// this maximum, which is above every band limit, so its colour is the exact one.
    /// </summary>
    internal const decimal CumplimientoMaximo = 100_000_000_000_000_000_000m;

    /// <summary><paramref name="a"/> × 100 / <paramref name="b"/> (b above 0), held at <see cref="CumplimientoMaximo"/> when above it.</summary>
    private static decimal Porcentaje(decimal a, decimal b)
        => b < 1m && a * 100m > b * CumplimientoMaximo ? CumplimientoMaximo : a * 100m / b;

    /// <summary><see cref="Aplicar"/> on exact fractions.</summary>
    internal static Fraccion AplicarExacto(FormulaDeCumplimiento formula, Fraccion r, Fraccion p)
    {
        var cien = Fraccion.De(100);
        if (p.EsCero)
        {
            return r.EsCero ? cien : Fraccion.Cero;
        }

        switch (formula)
        {
            case FormulaDeCumplimiento.RealizadoEntreProgramado:
                return r * cien / p;
            case FormulaDeCumplimiento.Regular:
                return cien - ((r * cien / p) - cien).Abs();
            case FormulaDeCumplimiento.DescendenteSimetrica:
                return Fraccion.De(200) - (r * cien / p);
            default:
                return r.EsCero ? cien : p * cien / r;
        }
    }
}
