using System.Collections.Generic;

namespace Poa.Domain.Importacion;

/// <summary>
/// What <see cref="ImportadorDeAvances"/> read: the avances of each plan, in the order the plans were given, and
/// every diagnostic, in file order (file, line, column). An avance with a diagnostic of severity error is not in
/// <see cref="Avances"/>; everything else is. Bad content never throws; it is reported here.
/// </summary>
public sealed class ResultadoDeImportacionDeAvances
{
    internal ResultadoDeImportacionDeAvances(IReadOnlyList<AvancesDelPlan> avances, IReadOnlyList<Diagnostico> diagnosticos, IReadOnlyList<UnidadResponsable> omitidas)
    {
        Avances = avances;
        Diagnosticos = diagnosticos;
        UnidadesOmitidas = omitidas;
        foreach (var d in diagnosticos)
        {
            if (d.EsError)
            {
                Errores++;
            }
            else if (d.Severidad == Severidad.Advertencia)
            {
                Advertencias++;
            }
        }

        foreach (var a in avances)
        {
            Leidos += a.Avances.Count;
        }
    }

    /// <summary>The validated avances of every plan given, in the same order (a plan without rows has none).</summary>
    public IReadOnlyList<AvancesDelPlan> Avances { get; }

    /// <summary>Every diagnostic, in file order: of the files (<c>POA100</c>–<c>POA102</c>, <c>POA220</c>–<c>POA239</c>) and of the avances against their plans (<c>POA201</c>–<c>POA205</c>).</summary>
    public IReadOnlyList<Diagnostico> Diagnosticos { get; }

    /// <summary>The unidades responsables whose avances were left out (<see cref="OpcionesDeImportacionDeAvances.OmitirOtrasUnidades"/>), in order of first appearance.</summary>
    public IReadOnlyList<UnidadResponsable> UnidadesOmitidas { get; }

    /// <summary>The number of avances in <see cref="Avances"/>.</summary>
    public int Leidos { get; }

    /// <summary>The number of diagnostics of severity <see cref="Severidad.Error"/>.</summary>
    public int Errores { get; }

    /// <summary>The number of diagnostics of severity <see cref="Severidad.Advertencia"/>.</summary>
    public int Advertencias { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool TieneErrores => Errores > 0;
}
