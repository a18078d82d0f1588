using System.Collections.Generic;

namespace Poa.Domain.Importacion;

/// <summary>
/// What <see cref="ImportadorDePoa"/> read: the plans, in file order, and every diagnostic, in file
/// order (line, then column). Bad content never throws; it is reported here.
/// </summary>
public sealed class ResultadoDeImportacion
{
    internal ResultadoDeImportacion(IReadOnlyList<Plan> planes, IReadOnlyList<Diagnostico> diagnosticos, FormatoTabular formato)
    {
        Planes = planes;
        Diagnosticos = diagnosticos;
        Formato = formato;
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

        foreach (var plan in planes)
        {
            Actividades += plan.Actividades.Count;
        }
    }

    /// <summary>The plans found, one per POA block, in file order.</summary>
    public IReadOnlyList<Plan> Planes { get; }

    /// <summary>Every diagnostic of the import and of the validation of the plans, in file order.</summary>
    public IReadOnlyList<Diagnostico> Diagnosticos { get; }

    /// <summary>The format that was read (the detected one when <see cref="FormatoTabular.Automatico"/> was asked).</summary>
    public FormatoTabular Formato { get; }

    /// <summary>The number of activities in all <see cref="Planes"/>.</summary>
    public int Actividades { get; }

    /// <summary>The number of diagnostics of severity <see cref="Severidad.Error"/>.</summary>
    public int Errores { get; }

    /// <summary>The number of diagnostics of severity <see cref="Severidad.Advertencia"/>.</summary>
    public int Advertencias { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool TieneErrores => Errores > 0;
}
