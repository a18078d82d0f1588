using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Poa.Domain.Excel.Escritura;

namespace Poa.Domain.Excel;

public static partial class LibroDePoa
{
    /// <summary>
    /// Writes the plans as a workbook in the layout offices keep (one sheet per plan: title block, two header rows with merges,
    /// bands, optional columns, calendar, signatures), streaming; reading it back with <see cref="Importar(Stream, OpcionesDeLibro?)"/>
    /// gives equal plans (the <see cref="Sentido"/> is not a column: it comes back <see cref="Sentido.Ascendente"/>).
    /// </summary>
    /// <param name="destino">Where to write; not closed.</param>
    /// <param name="planes">The plans.</param>
    /// <param name="cancelacion">Cancels the write.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static Task EscribirAsync(Stream destino, IEnumerable<Plan> planes, CancellationToken cancelacion = default)
    {
        if (destino is null)
        {
            throw new ArgumentNullException(nameof(destino));
        }

        if (planes is null)
        {
            throw new ArgumentNullException(nameof(planes));
        }

        return EscritorDePlan.EscribirAsync(destino, planes, cancelacion);
    }

    /// <summary>
    /// Writes an empty POA workbook (<em>plantilla</em>) in the same layout, for an office to fill in: the title block with the
    /// dependencia, unidad and ejercicio, both header rows, and lists to choose tipo de acumulación and frecuencia.
    /// </summary>
    /// <param name="destino">Where to write; not closed.</param>
    /// <param name="dependencia">The dependencia.</param>
    /// <param name="unidadResponsable">The unidad responsable.</param>
    /// <param name="ejercicio">The ejercicio fiscal.</param>
    /// <param name="cancelacion">Cancels the write.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dependencia"/> or <paramref name="unidadResponsable"/> is blank.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static Task EscribirPlantillaAsync(Stream destino, string dependencia, string unidadResponsable, EjercicioFiscal ejercicio, CancellationToken cancelacion = default)
    {
        if (destino is null)
        {
            throw new ArgumentNullException(nameof(destino));
        }

        if (string.IsNullOrWhiteSpace(dependencia))
        {
            throw new ArgumentException("La dependencia no puede estar vacía.", nameof(dependencia));
        }

        if (string.IsNullOrWhiteSpace(unidadResponsable))
        {
            throw new ArgumentException("La unidad responsable no puede estar vacía.", nameof(unidadResponsable));
        }

        return EscritorDePlan.EscribirPlantillaAsync(destino, dependencia, unidadResponsable, ejercicio, cancelacion);
    }
}
