using Poa.Domain.Importacion;

namespace Poa.Domain.Excel.Lectura;

/// <summary>
/// Avances from a workbook: every visible sheet whose first non-empty row is the avances header is read by
/// <see cref="ImportadorDeAvances"/> as one more source (the same columns as the CSV, by name), with diagnostics at the sheet
/// and cell. Other sheets give <c>POA150</c>, hidden ones <c>POA149</c>; a workbook with no such sheet, <c>POA220</c>.
/// </summary>
internal static class LectorDeAvancesDeLibro
{
    internal static void Agregar(ImportadorDeAvances importador, byte[] bytes, OpcionesDeLibro opciones)
    {
        var archivo = opciones.Archivo;
        var fila = new Fila(string.Empty);
        var leidas = 0;
        var fallo = LectorDeLibro.Recorrer(bytes, opciones, (reader, nombre, visible, sinValor) =>
        {
            var fuente = importador.IniciarHoja(archivo, nombre);
            if (!visible)
            {
                importador.ReportarEn(fuente, CatalogoDeDiagnosticos.HojaOculta, 1, null, LectorDeLibro.MensajeDeHojaOculta(nombre));
                return;
            }

            var filas = new FuenteDeHoja(reader, (d, f, c, m) => importador.ReportarEn(fuente, d, f, c, m), opciones.MaximoDeFilasPorHoja, sinValor, fechasComoMes: false);
            if (importador.LeerHoja(fuente, filas, fila))
            {
                leidas++;
            }
            else
            {
                importador.ReportarEn(fuente, CatalogoDeDiagnosticos.HojaSinAvances, 1, null,
                    $"La hoja «{nombre}» no empieza con la fila de encabezado de los avances ({ImportadorDeAvances.NombresDeColumnas(true)}…) y se omite.");
            }

            if (filas.Excedida)
            {
                importador.ReportarEn(fuente, CatalogoDeDiagnosticos.LibroExcedeLimites, filas.Filas, null, LectorDeLibro.MensajeDeLimiteDeFilas(nombre, opciones));
            }
        });

        if (fallo is { } f)
        {
            importador.ReportarArchivo(archivo, f.Descriptor, f.Mensaje);
        }
        else if (leidas == 0)
        {
            importador.ReportarArchivo(archivo, CatalogoDeDiagnosticos.ColumnaDeAvancesFaltante,
                $"Ninguna hoja visible del libro empieza con la fila de encabezado de los avances: las columnas {ImportadorDeAvances.NombresDeColumnas(true)} (y, opcionales, {ImportadorDeAvances.NombresDeColumnas(false)}).");
        }
    }
}
