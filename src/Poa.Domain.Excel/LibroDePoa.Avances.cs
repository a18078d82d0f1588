using System;
using System.Collections.Generic;
using System.IO;
using Poa.Domain.Excel.Lectura;
using Poa.Domain.Importacion;

namespace Poa.Domain.Excel;

/// <summary>Avances from a workbook: a sheet with the avances CSV's columns.</summary>
public static partial class LibroDePoa
{
    /// <summary>
    /// Reads the avances of a workbook for <paramref name="planes"/>: every visible sheet whose first non-empty row is the avances
    /// header (<c>unidad_responsable</c>, <c>actividad</c>, <c>mes</c>, <c>realizado</c> and the optional columns of the CSV, by
    /// name, in any order) is read as <see cref="ImportadorDeAvances"/> reads a CSV, with diagnostics at the sheet and cell
    /// (<c>[avances.xlsx]Marzo!D7</c>). Numbers may be typed or text; a date cell shown as a month is that month. Other sheets give
    /// <c>POA150</c>, hidden ones <c>POA149</c>; a workbook without such a sheet <c>POA220</c>; a file that is not a readable
    /// workbook <c>POA143</c>..<c>POA146</c>. Bad content never throws.
    /// </summary>
    /// <param name="bytes">The workbook's bytes.</param>
    /// <param name="planes">The plans the avances belong to; at least one.</param>
    /// <param name="opciones">The options (<see cref="OpcionesDeLibro.Archivo"/>, <see cref="OpcionesDeLibro.OmitirOtrasUnidades"/> and the
    /// limits); <see cref="OpcionesDeLibro.Predeterminadas"/> when null.</param>
    /// <returns>The avances of each plan, in the order the plans were given, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/>, <paramref name="planes"/> or one of the plans is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="planes"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static ResultadoDeImportacionDeAvances ImportarAvances(byte[] bytes, IEnumerable<Plan> planes, OpcionesDeLibro? opciones = null)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        opciones ??= OpcionesDeLibro.Predeterminadas;
        opciones.Verificar();
        var importador = new ImportadorDeAvances(planes, new OpcionesDeImportacionDeAvances { Archivo = opciones.Archivo, OmitirOtrasUnidades = opciones.OmitirOtrasUnidades });
        LectorDeAvancesDeLibro.Agregar(importador, bytes, opciones);
        return importador.Resultado();
    }

    /// <summary>Reads the avances of a workbook from a stream (read to its end, not closed); see <see cref="ImportarAvances(byte[], IEnumerable{Plan}, OpcionesDeLibro?)"/>.</summary>
    /// <param name="flujo">The workbook's bytes.</param>
    /// <param name="planes">The plans the avances belong to; at least one.</param>
    /// <param name="opciones">The options; <see cref="OpcionesDeLibro.Predeterminadas"/> when null.</param>
    /// <returns>The avances of each plan and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flujo"/>, <paramref name="planes"/> or one of the plans is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="planes"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static ResultadoDeImportacionDeAvances ImportarAvances(Stream flujo, IEnumerable<Plan> planes, OpcionesDeLibro? opciones = null)
        => ImportarAvances(Leer(flujo), planes, opciones);

    /// <summary>
    /// Adds the avances of one more workbook to <paramref name="importador"/>, which may also read text and JSON files
    /// (<see cref="ImportadorDeAvances.Agregar(byte[], string?)"/>): an avance repeated across files is reported where it repeats.
    /// Only <see cref="OpcionesDeLibro.Archivo"/> and the limits of <paramref name="opciones"/> apply; the importer's own options hold for the rest.
    /// </summary>
    /// <param name="importador">The importer of the plans' avances.</param>
    /// <param name="bytes">The workbook's bytes.</param>
    /// <param name="opciones">The options; <see cref="OpcionesDeLibro.Predeterminadas"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="importador"/> or <paramref name="bytes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static void AgregarAvances(ImportadorDeAvances importador, byte[] bytes, OpcionesDeLibro? opciones = null)
    {
        if (importador is null)
        {
            throw new ArgumentNullException(nameof(importador));
        }

        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        opciones ??= OpcionesDeLibro.Predeterminadas;
        opciones.Verificar();
        LectorDeAvancesDeLibro.Agregar(importador, bytes, opciones);
    }

    private static byte[] Leer(Stream flujo)
    {
        if (flujo is null)
        {
            throw new ArgumentNullException(nameof(flujo));
        }

        using var memoria = new MemoryStream();
        flujo.CopyTo(memoria);
        return memoria.ToArray();
    }
}
