using Poa.Domain.Internal;

namespace Poa.Domain.Importacion;

/// <summary>
/// Avances from the sheets of a workbook (read by <c>Poa.Domain.Excel</c>): each sheet is one more source, a row source of
/// the same table as the CSV, and its diagnostics name the sheet and cell (<c>[avances.xlsx]Marzo!D7</c>).
/// </summary>
public sealed partial class ImportadorDeAvances
{
    // The sheet of each source read from a workbook (null for a text, a JSON document, or what is said of a whole workbook).
    private readonly System.Collections.Generic.Dictionary<int, string> hojas = [];

    /// <summary>A new source for the sheet <paramref name="hoja"/> of the workbook <paramref name="archivo"/>.</summary>
    internal int IniciarHoja(string? archivo, string hoja)
    {
        var fuente = NuevaFuente(archivo);
        hojas[fuente] = hoja;
        return fuente;
    }

    /// <summary>
    /// Reads a sheet whose first non-empty row is the avances header (at least two of its column names); false, without reading
    /// further, when it is not (a sheet of instructions or a catalogue: the caller says so).
    /// </summary>
    internal bool LeerHoja(int fuente, IFuenteDeFilas filas, Fila fila)
    {
        while (filas.Siguiente(fila))
        {
            if (fila.EstaVacia())
            {
                continue;
            }

            if (NombresConocidos(fila) < 2)
            {
                return false;
            }

            LeerFilas(new DesdeElEncabezado(filas, fila), fila, fuente, comaDecimal: false, tokenizador: null);
            return true;
        }

        return false;
    }

    /// <summary>A diagnostic about the source <paramref name="fuente"/>: a cell of its sheet, or the whole file (<paramref name="linea"/> 0).</summary>
    internal void ReportarEn(int fuente, DescriptorDeDiagnostico descriptor, int linea, int? columna, string mensaje)
        => Reportar(descriptor, fuente, linea, columna ?? 0, mensaje);

    /// <summary>A diagnostic about a whole file that gave no source (a damaged workbook): a source of its own.</summary>
    internal void ReportarArchivo(string? archivo, DescriptorDeDiagnostico descriptor, string mensaje)
        => Reportar(descriptor, NuevaFuente(archivo), 0, 0, mensaje);

    /// <summary>The place of a table cell: file, line and column of a text, or sheet and cell of a workbook.</summary>
    private Ubicacion Lugar(int fuente, string? unidad, int? actividad, int linea, int columna)
    {
        if (!hojas.TryGetValue(fuente, out var hoja))
        {
            return new Ubicacion(unidad, actividad, null, archivos[fuente], linea > 0 ? linea : null, columna > 0 ? columna : null);
        }

        var enHoja = linea > 0 ? Ubicacion.Ninguna.EnHoja(archivos[fuente], hoja, linea, columna > 0 ? columna : null) : new Ubicacion(archivo: archivos[fuente]);
        return enHoja.ConDetalle(unidad, actividad, null);
    }

    private static int NombresConocidos(Fila fila)
    {
        var n = 0;
        for (var i = 0; i < fila.Cantidad; i++)
        {
            if (!fila.Vacia(i) && System.Array.IndexOf(ClavesDeColumnas, ClaveDeColumna(fila.Celda(i))) >= 0)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// The rows of a sheet from its header row, already read into the shared <see cref="Fila"/>: that row first, then the others,
    /// each padded with empty cells to the header's width (a sheet row ends at its last non-empty cell).
    /// </summary>
    private sealed class DesdeElEncabezado(IFuenteDeFilas filas, Fila encabezado) : IFuenteDeFilas
    {
        private readonly int ancho = encabezado.Cantidad;
        private bool primera = true;

        public bool Siguiente(Fila fila)
        {
            if (primera)
            {
                primera = false;
                return true;
            }

            if (!filas.Siguiente(fila))
            {
                return false;
            }

            while (!fila.EstaVacia() && fila.Cantidad < ancho)
            {
                fila.Agregar(0, 0, fila.Cantidad + 1, string.Empty);
            }

            return true;
        }
    }
}
