using System;
using System.Globalization;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// The <em>alerta temprana</em> of an activity at a corte (a flag with its numbers, not a colour): for an ascendente
/// <c>suma</c>, <c>ultimoValor</c> or <c>maximo</c> activity with programmed months still ahead and part of its meta anual
/// vigente still to reach, <em>ritmo observado</em> = R ÷ programmed months counted and <em>ritmo requerido</em> =
/// (meta anual vigente − R) ÷ programmed months after the corte. It alerts when the required pace exceeds the observed one
/// by more than <see cref="OpcionesDeEvaluacion.FactorDeAlerta"/>, or when the last two programmed months counted have no avance.
/// </summary>
/// <remarks>
/// <para>Measured on the vigente activity whatever view is evaluated: the alert is about what is still to be done.
/// "Programmed months" are the months with a value above 0 in the vigente calendar.</para>
/// <para>A value; <c>default</c> is no alert. Equality compares every value.</para>
/// </remarks>
public readonly struct AlertaTemprana : IEquatable<AlertaTemprana>
{
    internal AlertaTemprana(decimal realizado, decimal faltante, int contados, int restantes, bool porRitmo, bool porMesesSinAvance)
    {
        Realizado = realizado;
        Faltante = faltante;
        MesesProgramadosContados = contados;
        MesesProgramadosRestantes = restantes;
        PorRitmo = porRitmo;
        PorMesesSinAvance = porMesesSinAvance;
    }

    /// <summary>R: the realizado to the corte.</summary>
    public decimal Realizado { get; }

    /// <summary>Meta anual vigente − R: what is still to be reached.</summary>
    public decimal Faltante { get; }

    /// <summary>The programmed months (value above 0) counted at the corte.</summary>
    public int MesesProgramadosContados { get; }

    /// <summary>The programmed months (value above 0) after the corte.</summary>
    public int MesesProgramadosRestantes { get; }

    /// <summary>R ÷ programmed months counted; 0 when none was counted.</summary>
    public decimal RitmoObservado => MesesProgramadosContados == 0 ? 0m : Realizado / MesesProgramadosContados;

    /// <summary>(Meta anual vigente − R) ÷ programmed months after the corte; 0 when none is left.</summary>
    public decimal RitmoRequerido => MesesProgramadosRestantes == 0 ? 0m : Faltante / MesesProgramadosRestantes;

    /// <summary>Whether it alerts because the required pace exceeds the observed one by more than the factor.</summary>
    public bool PorRitmo { get; }

    /// <summary>Whether it alerts because the last two programmed months counted have no avance.</summary>
    public bool PorMesesSinAvance { get; }

    /// <summary>
    /// Measures the pace of <paramref name="vigente"/> (allocation-free): programmed months before and after month
    /// <paramref name="contados"/>, what is missing, and whether the last two counted have no avance. Returns <c>false</c>
    /// when there is nothing to alert about (nothing programmed ahead, or the meta reached).
    /// </summary>
    internal static bool Medir(Actividad vigente, int contados, int reportados, decimal realizado, out AlertaTemprana medida)
    {
        medida = default;
        var faltante = vigente.Meta.Cantidad - realizado;
        var positivos = vigente.Calendarizacion.MascaraPositiva;
        var mascaraContados = (1 << contados) - 1;
        var antes = positivos & mascaraContados;
        var despues = positivos & ~mascaraContados;
        if (faltante <= 0m || antes == 0 || despues == 0)
        {
            return false;
        }

        // The last two programmed months counted: the highest set bit of antes, then the next one.
        var ultimo = EvaluadorDeSemaforo.UltimoMes(antes);
        var resto = antes & ~(1 << ultimo);
        var sinAvance = resto != 0 && (reportados & ((1 << ultimo) | (1 << EvaluadorDeSemaforo.UltimoMes(resto)))) == 0;
        medida = new AlertaTemprana(realizado, faltante, Contar(antes), Contar(despues), false, sinAvance);
        return true;
    }

    private static int Contar(int mascara)
    {
        var n = 0;
        for (; mascara != 0; mascara &= mascara - 1)
        {
            n++;
        }

        return n;
    }

    /// <summary>Whether the required pace exceeds the observed one by more than <paramref name="factor"/>, compared without dividing.</summary>
    internal bool RitmoInsuficiente(decimal factor)
        => Faltante * MesesProgramadosContados > factor * Realizado * MesesProgramadosRestantes;

    internal AlertaTemprana ConMotivos(bool porRitmo, bool porMesesSinAvance)
        => new(Realizado, Faltante, MesesProgramadosContados, MesesProgramadosRestantes, porRitmo, porMesesSinAvance);

    /// <summary><c>ritmo observado 2, requerido 3.5 (7 ÷ 2 meses); sin avance en los dos últimos meses programados</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        string N(decimal v) => Numeros.Formatear(Math.Round(v, 2, MidpointRounding.AwayFromZero), c);
        var texto = $"ritmo observado {N(RitmoObservado)} ({N(Realizado)} ÷ {MesesProgramadosContados.ToString(c)} meses programados), ritmo requerido {N(RitmoRequerido)} ({N(Faltante)} ÷ {MesesProgramadosRestantes.ToString(c)} meses programados restantes)";
        return PorMesesSinAvance ? texto + "; sin avance en los dos últimos meses programados" : texto;
    }

    /// <inheritdoc />
    public bool Equals(AlertaTemprana other)
        => Realizado == other.Realizado
           && Faltante == other.Faltante
           && MesesProgramadosContados == other.MesesProgramadosContados
           && MesesProgramadosRestantes == other.MesesProgramadosRestantes
           && PorRitmo == other.PorRitmo
           && PorMesesSinAvance == other.PorMesesSinAvance;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AlertaTemprana other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Hash.Combine(Hash.Combine(Hash.Seed, Faltante.GetHashCode()), MesesProgramadosRestantes);

    /// <summary>Equality of every value.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(AlertaTemprana left, AlertaTemprana right) => left.Equals(right);

    /// <summary>Inequality of some value.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(AlertaTemprana left, AlertaTemprana right) => !left.Equals(right);
}
