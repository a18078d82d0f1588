using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Validations;
using SpreadCheetah.Worksheets;

namespace Poa.Domain.Excel.Escritura;

/// <summary>The plan layout: title block, two header rows with merges, one row per activity, signatures side by side.</summary>
internal static class EscritorDePlan
{
    internal const int Columnas = 28; // 11 fixed + 5 optional + 12 months

    private static readonly string[] Fijas =
    [
        "No.", "Actividad", "Eje Rector", "Objetivo Estratégico", "Programa Presupuestario", "Meta anual", "Unidad de medida",
        "Aceptable (verde)", "En progreso (amarillo)", "En riesgo (rojo)", "Medios de verificación",
        "Tipo de acumulación", "Frecuencia", "Línea base", "Año línea base", "Peso",
    ];

    internal static readonly string[] Acumulaciones = ["suma", "promedio", "último valor", "máximo"];

    internal static readonly string[] Frecuencias = ["mensual", "bimestral", "trimestral", "cuatrimestral", "semestral", "anual"];

    internal static async Task EscribirAsync(Stream destino, IEnumerable<Plan> planes, CancellationToken cancelacion)
    {
        await using var libro = await Spreadsheet.CreateNewAsync(destino, cancellationToken: cancelacion).ConfigureAwait(false);
        var estilos = new Estilos(libro);
        var nombres = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var hay = false;
        foreach (var plan in planes)
        {
            hay = true;
            await libro.StartWorksheetAsync(NombreDeHoja(plan.UnidadResponsable.Nombre, nombres), Opciones(), cancelacion).ConfigureAwait(false);
            await EncabezadoAsync(libro, estilos, plan.Ejercicio, plan.Dependencia.Nombre, plan.UnidadResponsable.Nombre, cancelacion).ConfigureAwait(false);
            foreach (var a in plan.Actividades)
            {
                await libro.AddRowAsync(Fila(a, estilos), cancelacion).ConfigureAwait(false);
            }

            await FirmasAsync(libro, plan.Firmantes, cancelacion).ConfigureAwait(false);
        }

        if (!hay)
        {
            await libro.StartWorksheetAsync("POA", token: cancelacion).ConfigureAwait(false);
        }

        await libro.FinishAsync(cancelacion).ConfigureAwait(false);
    }

    /// <summary>The catalogue sheet of the plantilla (a sheet without a POA: the reader skips it with <c>POA147</c>).</summary>
    internal const string HojaDeCatalogos = "Catálogos";

    /// <summary>The rows of the plantilla that get the lists: 200 activities below the two header rows.</summary>
    internal const string FilasDeActividades = "9:208";

    internal static async Task EscribirPlantillaAsync(Stream destino, string dependencia, string unidad, EjercicioFiscal ejercicio, IReadOnlyList<Alineacion> alineaciones, CancellationToken cancelacion)
    {
        await using var libro = await Spreadsheet.CreateNewAsync(destino, cancellationToken: cancelacion).ConfigureAwait(false);
        var estilos = new Estilos(libro);
        var nombres = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { HojaDeCatalogos };
        await libro.StartWorksheetAsync(NombreDeHoja(unidad, nombres), Opciones(), cancelacion).ConfigureAwait(false);
        await EncabezadoAsync(libro, estilos, ejercicio, dependencia, unidad, cancelacion).ConfigureAwait(false);

        // The lists come from the catalogue sheet (a literal list is limited to 255 characters and cannot hold commas).
        var ejes = alineaciones.Select(a => a.Eje.ToString()).Distinct(StringComparer.Ordinal).ToList();
        var objetivos = alineaciones.Select(a => a.Objetivo.ToString()).Distinct(StringComparer.Ordinal).ToList();
        var listas = new (string Titulo, string Columna, IReadOnlyList<string> Valores)[]
        {
            ("Eje Rector", "C", ejes),
            ("Objetivo Estratégico", "D", objetivos),
            ("Tipo de acumulación", "L", Acumulaciones),
            ("Frecuencia", "M", Frecuencias),
        };
        var columna = 0;
        foreach (var (titulo, destinoDeLista, valores) in listas)
        {
            columna++;
            if (valores.Count == 0)
            {
                continue;
            }

            var letra = ((char)('A' + columna - 1)).ToString();
            var validacion = DataValidation.ListValuesFromCells(HojaDeCatalogos, $"${letra}$2:${letra}${(valores.Count + 1).ToString(CultureInfo.InvariantCulture)}");
            validacion.ErrorTitle = titulo;
            validacion.ErrorMessage = $"Elija un valor de la lista (hoja «{HojaDeCatalogos}»).";
            var filas = FilasDeActividades.Split(':');
            libro.AddDataValidation($"{destinoDeLista}{filas[0]}:{destinoDeLista}{filas[1]}", validacion);
        }

        var opciones = new WorksheetOptions();
        for (var c = 1; c <= listas.Length; c++)
        {
            opciones.Column(c).Width = c <= 2 ? 45 : 20;
        }

        await libro.StartWorksheetAsync(HojaDeCatalogos, opciones, cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync(listas.Select(l => new Cell(l.Titulo, estilos.Encabezado)).ToArray(), cancelacion).ConfigureAwait(false);
        var filasDeCatalogo = listas.Max(l => l.Valores.Count);
        for (var i = 0; i < filasDeCatalogo; i++)
        {
            await libro.AddRowAsync(listas.Select(l => new Cell(i < l.Valores.Count ? l.Valores[i] : string.Empty)).ToArray(), cancelacion).ConfigureAwait(false);
        }

        await libro.FinishAsync(cancelacion).ConfigureAwait(false);
    }

    private static WorksheetOptions Opciones()
    {
        var opciones = new WorksheetOptions();
        opciones.Column(2).Width = 50;
        opciones.Column(3).Width = 22;
        opciones.Column(4).Width = 30;
        return opciones;
    }

    /// <summary>Rows 1..8: municipality line, title, Información General, Dependencia, Unidad responsable, blank, two header rows.</summary>
    private static async Task EncabezadoAsync(Spreadsheet libro, Estilos estilos, EjercicioFiscal ejercicio, string dependencia, string unidad, CancellationToken cancelacion)
    {
        await libro.AddRowAsync([new Cell("Programa Operativo Anual " + ejercicio.Anio.ToString(CultureInfo.InvariantCulture), estilos.Negrita)], cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync([new Cell("Información General", estilos.Negrita)], cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync([new Cell("Dependencia", estilos.Negrita), new Cell(dependencia)], cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync([new Cell("Unidad responsable", estilos.Negrita), new Cell(unidad)], cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync(Array.Empty<Cell>(), cancelacion).ConfigureAwait(false);

        // Row 6: groups; row 7: columns; row 8: sub-columns of the groups.
        var grupos = new Cell[Columnas];
        var columnas = new Cell[Columnas];
        var sub = new Cell[Columnas];
        for (var i = 0; i < Columnas; i++)
        {
            grupos[i] = new Cell(string.Empty, estilos.Encabezado);
            columnas[i] = new Cell(string.Empty, estilos.Encabezado);
            sub[i] = new Cell(string.Empty, estilos.Encabezado);
        }

        grupos[0] = new Cell("Desglose de Actividades", estilos.Encabezado);
        grupos[16] = new Cell("Calendarización de actividades", estilos.Encabezado);
        for (var i = 0; i < 16; i++)
        {
            columnas[i] = new Cell(Fijas[i], estilos.Encabezado);
        }

        columnas[2] = new Cell("Alineación al Plan Municipal de Desarrollo", estilos.Encabezado);
        columnas[3] = new Cell(string.Empty, estilos.Encabezado);
        columnas[7] = new Cell("Semaforización", estilos.Encabezado);
        columnas[8] = new Cell(string.Empty, estilos.Encabezado);
        columnas[9] = new Cell(string.Empty, estilos.Encabezado);
        for (var i = 2; i <= 3; i++)
        {
            sub[i] = new Cell(Fijas[i], estilos.Encabezado);
        }

        for (var i = 7; i <= 9; i++)
        {
            sub[i] = new Cell(Fijas[i], estilos.Encabezado);
        }

        for (var mes = 1; mes <= Calendarizacion.Meses; mes++)
        {
            columnas[15 + mes] = new Cell("Mes " + mes.ToString("00", CultureInfo.InvariantCulture), estilos.Encabezado);
        }

        await libro.AddRowAsync(grupos, cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync(columnas, cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync(sub, cancelacion).ConfigureAwait(false);
        libro.MergeCells("A6:P6");
        libro.MergeCells("Q6:AB6");
        libro.MergeCells("C7:D7");
        libro.MergeCells("H7:J7");
        foreach (var c in new[] { "A", "B", "E", "F", "G", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "AA", "AB" })
        {
            libro.MergeCells(c + "7:" + c + "8");
        }
    }

    private static Cell[] Fila(Actividad a, Estilos estilos)
    {
        var celdas = new Cell[Columnas];
        var porcentaje = a.Meta.Tipo == TipoDeMeta.Porcentaje;
        celdas[0] = new Cell(a.Numero);
        celdas[1] = new Cell(a.Descripcion);
        celdas[2] = new Cell(a.Alineacion.Eje.ToString());
        celdas[3] = new Cell(a.Alineacion.Objetivo.ToString());
        celdas[4] = new Cell(a.Programa.Nombre);
        celdas[5] = Numero(a.Meta.Cantidad, porcentaje, estilos);
        celdas[6] = new Cell(a.Meta.Unidad.ToString());
        celdas[7] = new Cell(a.Semaforizacion.Verde.ToString());
        celdas[8] = new Cell(a.Semaforizacion.Amarillo.ToString());
        celdas[9] = new Cell(a.Semaforizacion.Rojo.ToString());
        celdas[10] = new Cell(a.MediosDeVerificacion);
        celdas[11] = a.AcumulacionExplicita is { } tipo ? new Cell(Acumulaciones[(int)tipo]) : new Cell(string.Empty);
        celdas[12] = new Cell(Frecuencias[(int)a.Frecuencia]);
        celdas[13] = a.LineaBase is { } lb ? Numero(lb.Valor, false, estilos) : new Cell(string.Empty);
        celdas[14] = a.LineaBase is { } lb2 ? new Cell(lb2.Anio) : new Cell(string.Empty);
        celdas[15] = Numero(a.Peso, false, estilos);
        for (var mes = 1; mes <= Calendarizacion.Meses; mes++)
        {
            celdas[15 + mes] = a.Calendarizacion[mes] is { } v ? Numero(v, porcentaje, estilos) : new Cell(string.Empty);
        }

        return celdas;
    }

    /// <summary>A number cell when a double holds the decimal exactly (a percentage as a fraction with a % format); else its exact text.</summary>
    private static Cell Numero(decimal valor, bool porcentaje, Estilos estilos)
    {
        var guardado = porcentaje ? valor / 100m : valor;
        var doble = (double)guardado;
        if (decimal.TryParse(doble.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var vuelta) && vuelta == guardado)
        {
            return porcentaje ? new Cell(doble, estilos.Porcentaje) : new Cell(doble);
        }

        var texto = (valor / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        return new Cell(porcentaje ? texto + "%" : texto);
    }

    private static async Task FirmasAsync(Spreadsheet libro, IReadOnlyList<Firmante> firmantes, CancellationToken cancelacion)
    {
        await libro.AddRowAsync(Array.Empty<Cell>(), cancelacion).ConfigureAwait(false);
        if (firmantes.Count == 0)
        {
            return;
        }

        // Side by side, two columns apart, as offices lay them out.
        var nombres = new Cell[firmantes.Count * 3];
        var cargos = new Cell[firmantes.Count * 3];
        for (var i = 0; i < nombres.Length; i++)
        {
            nombres[i] = new Cell(string.Empty);
            cargos[i] = new Cell(string.Empty);
        }

        for (var i = 0; i < firmantes.Count; i++)
        {
            nombres[(i * 3) + 1] = new Cell(firmantes[i].NombreCompleto);
            cargos[(i * 3) + 1] = new Cell(firmantes[i].Cargo);
        }

        await libro.AddRowAsync(nombres, cancelacion).ConfigureAwait(false);
        await libro.AddRowAsync(cargos, cancelacion).ConfigureAwait(false);
    }

    /// <summary>
    /// A valid, unique sheet name: at most 31 characters (a surrogate pair never cut), without <c>[]:*?/\</c> nor control
    /// characters, not starting or ending with an apostrophe, never Excel's reserved <c>History</c>; a repeated name gets <c>(2)</c>, <c>(3)</c>...
    /// </summary>
    internal static string NombreDeHoja(string nombre, HashSet<string> usados)
    {
        var limpio = new System.Text.StringBuilder();
        foreach (var c in nombre)
        {
            limpio.Append(c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? ' ' : c);
        }

        var baseDeNombre = limpio.ToString().Trim().Trim('\'');
        if (baseDeNombre.Length == 0)
        {
            baseDeNombre = "POA";
        }

        baseDeNombre = Recortar(baseDeNombre, 31);
        var candidato = baseDeNombre;
        for (var n = 2; string.Equals(candidato, "History", StringComparison.OrdinalIgnoreCase) || !usados.Add(candidato); n++)
        {
            var sufijo = " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
            candidato = Recortar(baseDeNombre, 31 - sufijo.Length) + sufijo;
        }

        return candidato;
    }

    /// <summary>At most <paramref name="largo"/> characters, without cutting a surrogate pair, without trailing spaces or apostrophes.</summary>
    private static string Recortar(string nombre, int largo)
    {
        if (nombre.Length <= largo)
        {
            return nombre;
        }

        var corte = char.IsHighSurrogate(nombre[largo - 1]) ? largo - 1 : largo;
        var recortado = nombre.Substring(0, corte).TrimEnd().TrimEnd('\'');
        return recortado.Length == 0 ? "POA" : recortado;
    }

    private sealed class Estilos
    {
        internal Estilos(Spreadsheet libro)
        {
            Negrita = libro.AddStyle(new Style { Font = { Bold = true } });
            Encabezado = libro.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = System.Drawing.Color.FromArgb(217, 225, 242) } });
            Porcentaje = libro.AddStyle(new Style { Format = NumberFormat.Custom("0.######%") });
        }

        internal StyleId Negrita { get; }

        internal StyleId Encabezado { get; }

        internal StyleId Porcentaje { get; }
    }
}
