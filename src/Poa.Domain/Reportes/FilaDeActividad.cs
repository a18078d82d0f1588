using System.Globalization;

namespace Poa.Domain.Reportes;

/// <summary>One activity as the report shows it: where it is (plan and position), its result, its month-by-month series and its bands.</summary>
internal sealed class FilaDeActividad
{
    internal FilaDeActividad(int plan, int posicion, AvancesDelPlan avances, ResultadoDeActividad resultado, ResultadoDeActividad[] serie, int bandas)
    {
        Plan = plan;
        Posicion = posicion;
        Avances = avances;
        Resultado = resultado;
        Serie = serie;
        Bandas = bandas;
        TieneAlerta = resultado.TieneAlerta;
        FaltaJustificacion = resultado.FaltaJustificacion;
        var sufijo = (plan + 1).ToString(CultureInfo.InvariantCulture) + "-" + (posicion + 1).ToString(CultureInfo.InvariantCulture);
        Id = "a" + sufijo;
        IdDeObservacion = "o" + sufijo;
    }

    /// <summary>The plan's position in the report (0-based).</summary>
    internal int Plan { get; }

    /// <summary>The activity's position in its plan (0-based): numbers may repeat in real files, positions do not.</summary>
    internal int Posicion { get; }

    internal AvancesDelPlan Avances { get; }

    internal ResultadoDeActividad Resultado { get; }

    internal Actividad Actividad => Resultado.Actividad;

    /// <summary>The result at each corte from January to the report's corte.</summary>
    internal ResultadoDeActividad[] Serie { get; }

    /// <summary>Whether the result has an alerta temprana (read once: the result computes it when read).</summary>
    internal bool TieneAlerta { get; }

    /// <summary>Whether the result needs a justificación and lacks it (read once).</summary>
    internal bool FaltaJustificacion { get; }

    /// <summary>The index of the activity's semaforización among the report's distinct bands.</summary>
    internal int Bandas { get; }

    /// <summary>The id of the activity's row: <c>a1-3</c> (plan 1, third activity).</summary>
    internal string Id { get; }

    /// <summary>The id of the activity's explanation: <c>o1-3</c>.</summary>
    internal string IdDeObservacion { get; }
}
