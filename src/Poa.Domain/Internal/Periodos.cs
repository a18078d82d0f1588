using System;

namespace Poa.Domain.Internal;

/// <summary>The periods of a <see cref="Frecuencia"/>: their length in months, closing months and names.</summary>
internal static class Periodos
{
    /// <summary>The length of a period in months (1, 2, 3, 4, 6 or 12).</summary>
    internal static int Meses(Frecuencia frecuencia) => frecuencia switch
    {
        Frecuencia.Mensual => 1,
        Frecuencia.Bimestral => 2,
        Frecuencia.Trimestral => 3,
        Frecuencia.Cuatrimestral => 4,
        Frecuencia.Semestral => 6,
        Frecuencia.Anual => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(frecuencia), frecuencia, "Frecuencia no definida."),
    };

    /// <summary>The closing months as a mask (bit m−1 for month m).</summary>
    internal static int MascaraDeCierres(Frecuencia frecuencia)
    {
        var largo = Meses(frecuencia);
        var mascara = 0;
        for (var mes = largo; mes <= 12; mes += largo)
        {
            mascara |= 1 << (mes - 1);
        }

        return mascara;
    }

    /// <summary>The last closing month at or before month <paramref name="contados"/> (0..12); 0 when no period has closed.</summary>
    internal static int UltimoCierre(Frecuencia frecuencia, int contados)
    {
        var largo = Meses(frecuencia);
        return contados / largo * largo;
    }

    /// <summary>Whether <paramref name="mes"/> (1..12) closes a period.</summary>
    internal static bool EsCierre(Frecuencia frecuencia, int mes) => mes % Meses(frecuencia) == 0;

    /// <summary>The frecuencia as people write it in messages: <c>trimestral</c>.</summary>
    internal static string NombreDe(Frecuencia frecuencia) => frecuencia.ToString().ToLowerInvariant();
}
