using System;
using System.IO;
using Poa.Domain.Excel.Lectura;
using Poa.Domain.Importacion;

namespace Poa.Domain.Excel;

/// <summary>
/// POA workbooks: <see cref="Importar(Stream, OpcionesDeLibro?)"/> reads an <c>.xlsx</c> (or <c>.xls</c>) with the same layout
/// recogniser as <see cref="ImportadorDePoa"/>, finding every column by its header; <see cref="EscribirAsync"/>,
/// <see cref="EscribirPlantillaAsync"/> write workbooks. Bad content never throws: it gives
/// diagnostics located as <c>[poa.xlsx]Alumbrado!L12</c>. See <c>docs/excel.md</c>.
/// </summary>
public static partial class LibroDePoa
{
    /// <summary>
    /// Imports every POA of a workbook: one plan per block (a sheet may hold several, or one per sheet). Sheets without a
    /// POA give <c>POA147</c>, hidden sheets <c>POA149</c>; something that is not a workbook, a damaged, encrypted or oversized
    /// one gives <c>POA143</c>..<c>POA146</c> and no plans.
    /// </summary>
    /// <param name="flujo">The workbook's bytes; read to the end, not closed.</param>
    /// <param name="opciones">The options; <see cref="OpcionesDeLibro.Predeterminadas"/> when null.</param>
    /// <returns>The plans and diagnostics; <see cref="ResultadoDeImportacion.Formato"/> is <see cref="FormatoTabular.Libro"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flujo"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static ResultadoDeImportacion Importar(Stream flujo, OpcionesDeLibro? opciones = null)
    {
        var bytes = Leer(flujo);
        opciones ??= OpcionesDeLibro.Predeterminadas;
        opciones.Verificar();
        return LectorDeLibro.Leer(bytes, opciones);
    }

    /// <summary>Imports a workbook from its bytes; see <see cref="Importar(Stream, OpcionesDeLibro?)"/>.</summary>
    /// <param name="bytes">The workbook's bytes.</param>
    /// <param name="opciones">The options; <see cref="OpcionesDeLibro.Predeterminadas"/> when null.</param>
    /// <returns>The plans and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static ResultadoDeImportacion Importar(byte[] bytes, OpcionesDeLibro? opciones = null)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        opciones ??= OpcionesDeLibro.Predeterminadas;
        opciones.Verificar();
        return LectorDeLibro.Leer(bytes, opciones);
    }

    /// <summary>Whether the bytes start like a workbook (a zip container or an OLE2 compound file), for choosing a reader by content, not by extension.</summary>
    /// <param name="inicio">The first bytes of the file (8 are enough).</param>
    /// <returns>True for a zip (<c>PK</c>) or OLE2 (<c>D0 CF 11 E0</c>) signature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inicio"/> is null.</exception>
    public static bool PareceLibro(byte[] inicio)
    {
        if (inicio is null)
        {
            throw new ArgumentNullException(nameof(inicio));
        }

        return Contenedor.De(inicio) is TipoDeContenedor.Zip or TipoDeContenedor.Ole2;
    }
}
