using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using Poa.Domain.Importacion;

namespace Poa.Domain.Excel.Lectura;

/// <summary>Checks the container, then feeds every visible sheet through the shared recogniser (<see cref="LectorDePoa"/>).</summary>
internal static class LectorDeLibro
{
    static LectorDeLibro()
    {
        // ExcelDataReader needs code page 1252 even for .xlsx.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    internal static ResultadoDeImportacion Leer(byte[] bytes, OpcionesDeLibro opciones)
    {
        var lector = new LectorDePoa(opciones.Importacion);
        switch (Contenedor.De(bytes))
        {
            case TipoDeContenedor.Texto:
                return Fallo(lector, CatalogoDeDiagnosticos.NoEsLibro, bytes.Length == 0
                    ? "El archivo está vacío: no es un libro de Excel."
                    : "El archivo es texto (¿un CSV o texto separado por tabuladores con extensión .xlsx?), no un libro de Excel: impórtelo con ImportadorDePoa (poa importar lo elige por el contenido).");
            case TipoDeContenedor.Otro:
                return Fallo(lector, CatalogoDeDiagnosticos.NoEsLibro, "El archivo no es un libro de Excel (.xlsx o .xls) ni texto: su contenido no tiene la firma de un libro.");
            case TipoDeContenedor.Zip when RevisarZip(bytes, opciones) is { } fallo:
                return Fallo(lector, fallo.Descriptor, fallo.Mensaje);
        }

        try
        {
            using var flujo = new MemoryStream(bytes, writable: false);
            using var reader = ExcelReaderFactory.CreateReader(flujo);
            LeerHojas(reader, lector, opciones);
        }
        catch (InvalidPasswordException)
        {
            return Fallo(lector, CatalogoDeDiagnosticos.LibroProtegido,
                "El libro está protegido con contraseña (cifrado): no se puede leer. Guarde una copia sin contraseña (Archivo › Información › Proteger libro).");
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or IOException or InvalidOperationException or FormatException
            or ArgumentException or IndexOutOfRangeException or NullReferenceException or System.Xml.XmlException or NotSupportedException or OverflowException)
        {
            // The reader's own failures on a damaged part; reported with what it said, never thrown.
            return Fallo(lector, CatalogoDeDiagnosticos.LibroDanado, $"El libro está dañado y no se puede leer ({e.GetType().Name}: {e.Message}).");
        }

        return lector.Terminar(FormatoTabular.Libro);
    }

    private static void LeerHojas(IExcelDataReader reader, LectorDePoa lector, OpcionesDeLibro opciones)
    {
        var fila = new Fila(string.Empty);
        do
        {
            var nombre = reader.Name ?? "Hoja";
            if (!string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase) && reader.VisibleState is not null)
            {
                lector.IniciarHoja(nombre);
                lector.Reportar(CatalogoDeDiagnosticos.HojaOculta, 1, null, null, null,
                    $"La hoja «{nombre}» está oculta y no se lee (suele ser una versión anterior o un catálogo). Muéstrela en el libro si contiene un POA que deba importarse.");
                lector.TerminarHoja();
                continue;
            }

            lector.IniciarHoja(nombre);
            var fuente = new FuenteDeHoja(reader, lector, opciones.MaximoDeFilasPorHoja);
            lector.Recorrer(fuente, fila);
            if (fuente.Excedida)
            {
                lector.Reportar(CatalogoDeDiagnosticos.LibroExcedeLimites, fuente.Filas, null, null, null,
                    $"La hoja «{nombre}» tiene más de {opciones.MaximoDeFilasPorHoja.ToString("N0", CultureInfo.InvariantCulture)} filas: la lectura de la hoja se detuvo ahí.");
            }

            if (!lector.TerminarHoja())
            {
                lector.Reportar(CatalogoDeDiagnosticos.HojaSinPoa, 1, null, null, null,
                    $"La hoja «{nombre}» no tiene un título «Programa Operativo Anual AAAA» y se omite (instrucciones, catálogos…).");
            }
        }
        while (reader.NextResult());
    }

    /// <summary>A zip that cannot be opened, is not a workbook, or declares more than the allowed decompressed size.</summary>
    private static (DescriptorDeDiagnostico Descriptor, string Mensaje)? RevisarZip(byte[] bytes, OpcionesDeLibro opciones)
    {
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

            return libro ? null : (CatalogoDeDiagnosticos.NoEsLibro, "El archivo es un zip, pero no un libro de Excel (no tiene xl/workbook.xml): ¿un .docx u otro archivo comprimido?");
        }
        catch (InvalidDataException e)
        {
            return (CatalogoDeDiagnosticos.LibroDanado, $"El libro está dañado o truncado: su zip no se puede abrir ({e.Message}).");
        }
    }

    private static ResultadoDeImportacion Fallo(LectorDePoa lector, DescriptorDeDiagnostico descriptor, string mensaje)
    {
        lector.Reportar(descriptor, 1, null, null, null, mensaje);
        return lector.TerminarSinContenido(FormatoTabular.Libro);
    }
}
