using Poa.Domain.Internal;

namespace Poa.Domain.Importacion;

/// <summary>
/// One import of plans, put together: a row source (<see cref="Tokenizador"/> over text or CSV, or a workbook's sheets through
/// <see cref="Recorrer"/>) → the layout recogniser (<see cref="ReconocedorDePoa"/>) → the interpreter (<see cref="InterpreteDePoa"/>),
/// all reporting to one <see cref="RegistroDeDiagnosticos"/>. One instance per import.
/// </summary>
internal sealed class LectorDePoa
{
    private readonly OpcionesDeImportacion opciones;
    private readonly RegistroDeDiagnosticos registro;
    private readonly InterpreteDePoa interprete;
    private readonly ReconocedorDePoa reconocedor;

    /// <summary>An import whose numbers use <paramref name="separadorDecimal"/> (a comma only in <see cref="FormatoTabular.CsvPuntoYComa"/>).</summary>
    internal LectorDePoa(OpcionesDeImportacion opciones, char separadorDecimal = '.')
    {
        this.opciones = opciones;
        registro = new RegistroDeDiagnosticos(opciones.Archivo);
        interprete = new InterpreteDePoa(opciones, registro, separadorDecimal);
        reconocedor = new ReconocedorDePoa(registro, interprete);
    }

    /// <summary>Imports a whole text: detects its format (unless given), refuses binary content, reads its rows.</summary>
    internal static ResultadoDeImportacion LeerTexto(string texto, OpcionesDeImportacion opciones)
    {
        var formato = opciones.Formato == FormatoTabular.Automatico ? DetectorDeFormato.Detectar(texto) : opciones.Formato;
        var lector = new LectorDePoa(opciones, formato == FormatoTabular.CsvPuntoYComa ? ',' : '.');
        if (DetectorDeFormato.EsBinario(texto, out var lineaBinaria))
        {
            lector.Reportar(CatalogoDeDiagnosticos.ArchivoBinario, lineaBinaria, null,
                "El archivo contiene caracteres de control: no es texto, sino un archivo binario (¿un .xlsx?). Lea los libros de Excel con el paquete Poa.Domain.Excel, o exporte la hoja como texto separado por tabuladores o CSV en UTF-8.");
            return lector.TerminarSinContenido(formato);
        }

        var tokenizador = new Tokenizador(texto, DetectorDeFormato.Separador(formato));
        lector.Recorrer(tokenizador, new Fila(texto));
        lector.reconocedor.Cerrar();
        if (tokenizador.LineaDeComillaAbierta is { } lineaDeComilla)
        {
            lector.Reportar(CatalogoDeDiagnosticos.CsvMalFormado, lineaDeComilla, null,
                "Unas comillas abiertas en esta fila no se cierran antes del fin del archivo: el resto del archivo se leyó como una sola celda.");
        }

        return lector.Terminar(formato);
    }

    /// <summary>Reads every row of a row source (text lines, CSV records or the rows of one sheet) through the recogniser.</summary>
    internal void Recorrer(IFuenteDeFilas fuente, Fila fila)
    {
        while (fuente.Siguiente(fila))
        {
            reconocedor.Procesar(fila);
        }
    }

    /// <summary>Starts a sheet of a workbook: closes the open block; later diagnostics carry the sheet and cell.</summary>
    internal void IniciarHoja(string nombre) => reconocedor.IniciarHoja(nombre);

    /// <summary>Ends the current sheet; whether it held a «Programa Operativo Anual» title.</summary>
    internal bool TerminarHoja() => reconocedor.TerminarHoja();

    /// <summary>The sorted result of a file that could not be read at all (its diagnostic already reported).</summary>
    internal ResultadoDeImportacion TerminarSinContenido(FormatoTabular formato)
    {
        registro.TerminarHojas();
        return new ResultadoDeImportacion(interprete.Planes.ToArray(), registro.Ordenados(), formato);
    }

    /// <summary>The empty-file and no-POA diagnostics, and the sorted result.</summary>
    internal ResultadoDeImportacion Terminar(FormatoTabular formato)
    {
        reconocedor.Cerrar();
        registro.TerminarHojas();
        if (!reconocedor.HayTexto)
        {
            Reportar(CatalogoDeDiagnosticos.ArchivoVacio, 1, null, "El archivo está vacío: no contiene ningún Programa Operativo Anual.");
        }
        else if (interprete.Planes.Count == 0 && !reconocedor.VioTitulo)
        {
            // Without any title every line was reported as outside a block: one diagnostic says it better.
            registro.QuitarTodos(CatalogoDeDiagnosticos.TextoFueraDeBloque);
            Reportar(CatalogoDeDiagnosticos.SinProgramaOperativo, 1, null, formato == FormatoTabular.Libro
                ? "Ninguna hoja del libro tiene un título «Programa Operativo Anual AAAA»: el libro no contiene un POA."
                : "No se encontró ningún título «Programa Operativo Anual AAAA»: el texto no tiene el formato tabular del POA.");
        }

        return new ResultadoDeImportacion(interprete.Planes.ToArray(), registro.Ordenados(), formato);
    }

    /// <summary>A diagnostic at a line (row) and column of the current text or sheet.</summary>
    internal void Reportar(DescriptorDeDiagnostico descriptor, int linea, int? columna, string? unidad, int? actividad, string mensaje)
        => registro.Reportar(descriptor, linea, columna, unidad, actividad, mensaje);

    /// <summary>The month-value rule of the interpreter, for another reader of rows (the avances importer).</summary>
    internal static NumeroLeido LeerValor(Fila fila, int columna, char separadorDecimal) => InterpreteDePoa.LeerValor(fila, columna, separadorDecimal);

    private void Reportar(DescriptorDeDiagnostico descriptor, int linea, int? columna, string mensaje)
        => registro.Reportar(descriptor, linea, columna, null, null, mensaje);
}
