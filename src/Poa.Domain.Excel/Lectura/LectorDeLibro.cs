using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using Poa.Domain.Importacion;

namespace Poa.Domain.Excel.Lectura;

/// <summary>
/// Checks the container (by content, never by extension), opens the workbook with ExcelDataReader and walks its sheets; the
/// plans' reader (<see cref="Leer"/>) feeds each visible sheet through the shared recogniser (<see cref="LectorDePoa"/>), the
/// avances' reader (<see cref="LectorDeAvancesDeLibro"/>) through <see cref="ImportadorDeAvances"/>.
/// </summary>
internal static class LectorDeLibro
{
    static LectorDeLibro()
    {
        // ExcelDataReader needs code page 1252 even for .xlsx.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Imports the plans of a workbook.</summary>
    internal static ResultadoDeImportacion Leer(byte[] bytes, OpcionesDeLibro opciones)
    {
        var lector = new LectorDePoa(opciones.Importacion);
        var fila = new Fila(string.Empty);
        var fallo = Recorrer(bytes, opciones, (reader, nombre, visible, sinValor) =>
        {
            lector.IniciarHoja(nombre);
            if (!visible)
            {
                lector.Reportar(CatalogoDeDiagnosticos.HojaOculta, 1, null, null, null, MensajeDeHojaOculta(nombre));
                lector.TerminarHoja();
                return;
            }

            var fuente = new FuenteDeHoja(reader, (d, f, c, m) => lector.Reportar(d, f, c, null, null, m), opciones.MaximoDeFilasPorHoja, sinValor);
            lector.Recorrer(fuente, fila);
            if (fuente.Excedida)
            {
                lector.Reportar(CatalogoDeDiagnosticos.LibroExcedeLimites, fuente.Filas, null, null, null, MensajeDeLimiteDeFilas(nombre, opciones));
            }

            if (!lector.TerminarHoja())
            {
                lector.Reportar(CatalogoDeDiagnosticos.HojaSinPoa, 1, null, null, null,
                    $"La hoja «{nombre}» no tiene un título «Programa Operativo Anual AAAA» y se omite (instrucciones, catálogos…).");
            }
        });

        if (fallo is { } f)
        {
            // A sheet cut short is not closed into a plan: the diagnostic (at that sheet) says the workbook could not be read.
            lector.Reportar(f.Descriptor, 1, null, null, null, f.Mensaje);
            return lector.TerminarSinContenido(FormatoTabular.Libro);
        }

        return lector.Terminar(FormatoTabular.Libro);
    }

    /// <summary>
    /// Checks the container, opens the workbook and calls <paramref name="porHoja"/> with the reader at the start of each sheet,
    /// its name, whether it is visible and its cells that the reader gives as empty though they are not (<see cref="CeldasSinValor"/>). What keeps the workbook from being read (or from being read to its end) is returned,
    /// never thrown: not a workbook (<c>POA143</c>), damaged (<c>POA144</c>), encrypted (<c>POA145</c>), a zip bomb (<c>POA146</c>).
    /// </summary>
    internal static (DescriptorDeDiagnostico Descriptor, string Mensaje)? Recorrer(byte[] bytes, OpcionesDeLibro opciones, Action<IExcelDataReader, string, bool, IReadOnlyDictionary<long, string>?> porHoja)
    {
        Dictionary<string, Dictionary<long, string>>? sinValor = null;
        switch (Contenedor.De(bytes))
        {
            case TipoDeContenedor.Texto:
                return (CatalogoDeDiagnosticos.NoEsLibro, bytes.Length == 0
                    ? "El archivo está vacío: no es un libro de Excel."
                    : "El archivo es texto (¿un CSV o texto separado por tabuladores con extensión .xlsx?), no un libro de Excel: impórtelo como texto (poa importar lo elige por el contenido).");
            case TipoDeContenedor.Otro:
                return (CatalogoDeDiagnosticos.NoEsLibro, "El archivo no es un libro de Excel (.xlsx o .xls) ni texto: su contenido no tiene la firma de un libro.");
            case TipoDeContenedor.Zip when RevisarZip(bytes, opciones, out sinValor) is { } fallo:
                return fallo;
        }

        try
        {
            using var flujo = new MemoryStream(bytes, writable: false);
            using var reader = ExcelReaderFactory.CreateReader(flujo);
            do
            {
                var nombre = reader.Name ?? "Hoja";
                var visible = reader.VisibleState is null || string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase);
                porHoja(reader, nombre, visible, sinValor is not null && sinValor.TryGetValue(nombre, out var celdas) ? celdas : null);
            }
            while (reader.NextResult());
        }
        catch (InvalidPasswordException)
        {
            return (CatalogoDeDiagnosticos.LibroProtegido,
                "El libro está protegido con contraseña (cifrado): no se puede leer. Guarde una copia sin contraseña (Archivo › Información › Proteger libro).");
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or IOException or InvalidOperationException or FormatException
            or ArgumentException or IndexOutOfRangeException or NullReferenceException or System.Xml.XmlException or NotSupportedException or OverflowException)
        {
            // The reader's own failures on a damaged part; reported with what it said, never thrown.
            return (CatalogoDeDiagnosticos.LibroDanado, $"El libro está dañado y no se puede leer ({e.GetType().Name}: {e.Message}).");
        }

        return null;
    }

    internal static string MensajeDeHojaOculta(string nombre)
        => $"La hoja «{nombre}» está oculta y no se lee (suele ser una versión anterior o un catálogo). Muéstrela en el libro si contiene datos que deban importarse.";

    internal static string MensajeDeLimiteDeFilas(string nombre, OpcionesDeLibro opciones)
        => $"La hoja «{nombre}» tiene más de {opciones.MaximoDeFilasPorHoja.ToString("N0", CultureInfo.InvariantCulture)} filas: la lectura de la hoja se detuvo ahí.";

    /// <summary>A zip that cannot be opened, is not a workbook, or declares more than the allowed decompressed size.</summary>
    private static (DescriptorDeDiagnostico Descriptor, string Mensaje)? RevisarZip(byte[] bytes, OpcionesDeLibro opciones, out Dictionary<string, Dictionary<long, string>>? sinValor)
    {
        sinValor = null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long total = 0;
            var libro = false;
            foreach (var entrada in zip.Entries)
            {
                total += entrada.Length;
                libro |= entrada.FullName.EndsWith("workbook.xml", StringComparison.OrdinalIgnoreCase) || entrada.FullName.EndsWith("workbook.bin", StringComparison.OrdinalIgnoreCase);
                if (total > opciones.MaximoDeBytesDescomprimidos)
                {
                    return (CatalogoDeDiagnosticos.LibroExcedeLimites,
                        $"Las partes del libro ocupan más de {opciones.MaximoDeBytesDescomprimidos.ToString("N0", CultureInfo.InvariantCulture)} bytes descomprimidas (¿una bomba zip?): no se lee. Suba OpcionesDeLibro.MaximoDeBytesDescomprimidos si el libro es legítimo.");
                }
            }

            if (libro)
            {
                sinValor = CeldasSinValor.Buscar(zip);
                return null;
            }

            return (CatalogoDeDiagnosticos.NoEsLibro, "El archivo es un zip, pero no un libro de Excel (no tiene xl/workbook.xml): ¿un .docx u otro archivo comprimido?");
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException)
        {
            return (CatalogoDeDiagnosticos.LibroDanado, $"El libro está dañado o truncado: su zip o sus partes no se pueden leer ({e.Message}).");
        }
    }
}
