using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Poa.Domain.Internal;

namespace Poa.Domain.Importacion;

/// <summary>The avances table: CSV (<c>,</c> or <c>;</c>) or tab-separated text with a header row.</summary>
public sealed partial class ImportadorDeAvances
{
    // The columns of the table, described once: the header name (compared without case, accents, spaces or
    // hyphens: «Unidad responsable» is unidad_responsable) and whether it is required. The positions are the C* constants.
    private static readonly (string Nombre, bool Requerida)[] Columnas =
    [
        ("unidad_responsable", true),
        ("actividad", true),
        ("mes", true),
        ("realizado", true),
        ("numerador", false),
        ("denominador", false),
        ("justificacion", false),
        ("evidencia", false),
        ("fecha_de_reporte", false),
    ];

    private const int CUnidad = 0;
    private const int CActividad = 1;
    private const int CMes = 2;
    private const int CRealizado = 3;
    private const int CNumerador = 4;
    private const int CDenominador = 5;
    private const int CJustificacion = 6;
    private const int CEvidencia = 7;
    private const int CFechaDeReporte = 8;

    private static readonly string[] ClavesDeColumnas = Array.ConvertAll(Columnas, c => c.Nombre.ToUpperInvariant());

    /// <summary>The header names, for messages: <c>unidad_responsable,actividad,mes,realizado</c>.</summary>
    internal static string NombresDeColumnas(bool requeridas)
        => string.Join(",", Array.FindAll(Columnas, c => c.Requerida == requeridas).Select(c => c.Nombre));

    private void LeerTabla(string texto, int fuente)
    {
        // Files joined by hand can carry a second byte order mark; the tokenizer skips one.
        var inicio = 0;
        while (inicio + 1 < texto.Length && texto[inicio] == '\uFEFF' && texto[inicio + 1] == '\uFEFF')
        {
            inicio++;
        }

        if (inicio > 0)
        {
            texto = texto.Substring(inicio);
        }

        var formato = opciones.Formato == FormatoTabular.Automatico ? Detectar(texto) : opciones.Formato;
        var comaDecimal = formato == FormatoTabular.CsvPuntoYComa;
        var tokenizador = new Tokenizador(texto, formato switch
        {
            FormatoTabular.Csv => ',',
            FormatoTabular.CsvPuntoYComa => ';',
            _ => null,
        });
        if (!LeerFilas(tokenizador, new Fila(texto), fuente, comaDecimal, tokenizador))
        {
            return;
        }

        if (tokenizador.LineaDeComillaAbierta is { } linea)
        {
            Reportar(CatalogoDeDiagnosticos.CsvDeAvancesMalFormado, fuente, linea, 0,
                "Unas comillas abiertas en esta fila no se cierran antes del fin del archivo: el resto del archivo se leyó como una sola celda.");
        }
    }

    /// <summary>
    /// Reads the rows of a row source (the lines of a text, the records of a CSV, the rows of a sheet): the first non-empty row is
    /// the header, the others are avances. False when the header has errors (reported): then no row is read.
    /// </summary>
    private bool LeerFilas(IFuenteDeFilas filas, Fila fila, int fuente, bool comaDecimal, Tokenizador? tokenizador)
    {
        int[]? indice = null;
        var celdas = 0;
        var lector = new LectorDeFila(this, fuente, comaDecimal);
        while (filas.Siguiente(fila))
        {
            if (fila.EstaVacia())
            {
                continue;
            }

            if (indice is null)
            {
                indice = LeerEncabezado(fila, fuente);
                if (indice is null)
                {
                    // Without the columns no row can be read; the header's diagnostics say why.
                    return false;
                }

                celdas = fila.Cantidad;
                continue;
            }

            if ((PuedeSerEncabezado(fila, indice[CUnidad]) && EsEncabezado(fila)) || tokenizador?.LineaDeComillaAbierta == fila.Linea)
            {
                // The header again (files joined with «cat»), or a row swallowed by an open quote (POA236 says so).
                continue;
            }

            lector.Leer(fila, indice, celdas);
        }

        if (indice is null)
        {
            Reportar(CatalogoDeDiagnosticos.ColumnaDeAvancesFaltante, fuente, 1, 0,
                $"El archivo no tiene la fila de encabezado con las columnas {NombresDeColumnas(true)} (y, opcionales, {NombresDeColumnas(false)}).");
        }

        return true;
    }

    /// <summary>
    /// The separator of an avances table, from its first non-blank line (the header): a tab → <see cref="FormatoTabular.Tabulado"/>;
    /// commas only → <see cref="FormatoTabular.Csv"/>; semicolons only → <see cref="FormatoTabular.CsvPuntoYComa"/>; both → the
    /// one that splits the line into more known column names; neither → <see cref="FormatoTabular.Csv"/>.
    /// </summary>
    internal static FormatoTabular Detectar(string texto)
    {
        var inicio = 0;
        while (true)
        {
            var fin = texto.IndexOf('\n', inicio);
            var linea = fin < 0 ? texto.Substring(inicio) : texto.Substring(inicio, fin - inicio);
            if (linea.Trim().Trim('\uFEFF').Length > 0 || fin < 0)
            {
                if (linea.IndexOf('\t') >= 0)
                {
                    return FormatoTabular.Tabulado;
                }

                var comas = linea.IndexOf(',') >= 0;
                var puntosYComas = linea.IndexOf(';') >= 0;
                if (comas && puntosYComas)
                {
                    return Conocidas(linea, ';') > Conocidas(linea, ',') ? FormatoTabular.CsvPuntoYComa : FormatoTabular.Csv;
                }

                return puntosYComas ? FormatoTabular.CsvPuntoYComa : FormatoTabular.Csv;
            }

            inicio = fin + 1;
        }
    }

    private static int Conocidas(string linea, char separador)
    {
        var n = 0;
        foreach (var parte in linea.Split(separador))
        {
            if (Array.IndexOf(ClavesDeColumnas, ClaveDeColumna(parte)) >= 0)
            {
                n++;
            }
        }

        return n;
    }

    private static string ClaveDeColumna(string texto)
        => Texto.Clave(texto.Trim().Trim('\uFEFF', '"')).Replace(' ', '_').Replace('-', '_');

    /// <summary>The position of each known column in the row (-1 when absent), or null when the header has errors (reported).</summary>
    private int[]? LeerEncabezado(Fila fila, int fuente)
    {
        var indice = new int[Columnas.Length];
        for (var c = 0; c < indice.Length; c++)
        {
            indice[c] = -1;
        }

        var errores = false;
        for (var i = 0; i < fila.Cantidad; i++)
        {
            var texto = fila.Celda(i);
            var c = Array.IndexOf(ClavesDeColumnas, ClaveDeColumna(texto));
            if (c < 0)
            {
                errores = true;
                Reportar(CatalogoDeDiagnosticos.ColumnaDeAvancesDesconocida, fuente, fila.Linea, fila.Columna(i),
                    $"La columna «{texto.Trim('\uFEFF')}» no es de los avances: las columnas son {NombresDeColumnas(true)} y, opcionales, {NombresDeColumnas(false)}.");
            }
            else if (indice[c] >= 0)
            {
                errores = true;
                Reportar(CatalogoDeDiagnosticos.ColumnaDeAvancesRepetida, fuente, fila.Linea, fila.Columna(i),
                    $"La columna «{Columnas[c].Nombre}» aparece dos veces (columnas {N(indice[c] + 1)} y {N(i + 1)}).");
            }
            else
            {
                indice[c] = i;
            }
        }

        for (var c = 0; c < Columnas.Length; c++)
        {
            if (Columnas[c].Requerida && indice[c] < 0)
            {
                errores = true;
                Reportar(CatalogoDeDiagnosticos.ColumnaDeAvancesFaltante, fuente, fila.Linea, 0,
                    $"Falta la columna «{Columnas[c].Nombre}» en el encabezado; las columnas requeridas son {NombresDeColumnas(true)}.");
            }
        }

        return errores ? null : indice;
    }

    /// <summary>A cheap test before <see cref="EsEncabezado"/>: the unit's cell is no longer than a column name (with a byte order mark).</summary>
    private static bool PuedeSerEncabezado(Fila fila, int columnaDeUnidad) => fila.Longitud(columnaDeUnidad) <= LongitudMaximaDeNombre;

    private static readonly int LongitudMaximaDeNombre = Columnas.Max(c => c.Nombre.Length) + 3;

    private static bool EsEncabezado(Fila fila)
    {
        for (var i = 0; i < fila.Cantidad; i++)
        {
            if (!fila.Vacia(i) && Array.IndexOf(ClavesDeColumnas, ClaveDeColumna(fila.Celda(i))) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Interprets the rows of one table; remembers the last unidad responsable, since rows come grouped by unit.</summary>
    private sealed class LectorDeFila(ImportadorDeAvances importador, int fuente, bool comaDecimal)
    {
        private string? ultimoTexto;
        private UnidadResponsable? ultimaUnidad;

        internal void Leer(Fila fila, int[] indice, int celdas)
        {
            var linea = fila.Linea;
            var origen = new Origen(fuente, linea, fila.Columna(indice[CUnidad]), fila.Columna(indice[CActividad]), fila.Columna(indice[CMes]),
                fila.Columna(indice[indice[CNumerador] >= 0 ? CNumerador : CRealizado]), EnTabla);
            if (fila.Cantidad != celdas && !SoloSobranVacias(fila, celdas))
            {
                importador.Reportar(CatalogoDeDiagnosticos.FilaDeAvanceIncompleta, fuente, linea, 0,
                    fila.Cantidad < celdas
                        ? $"La fila tiene {N(fila.Cantidad)} columnas y el encabezado {N(celdas)}: falta al menos una celda (¿un separador de más o de menos?). La fila no se lee."
                        : $"La fila tiene {N(fila.Cantidad)} columnas con valores después de las {N(celdas)} del encabezado. La fila no se lee.");
                return;
            }

            // A cell of only white space the cell reader keeps (a no-break or em space) is as empty as no text.
            if (fila.Vacia(indice[CUnidad]) || string.IsNullOrWhiteSpace(fila.Celda(indice[CUnidad])))
            {
                importador.Reportar(CatalogoDeDiagnosticos.UnidadDeAvanceFaltante, origen, origen.ColumnaDeUnidad, "Falta la unidad responsable: la fila no se lee.");
                return;
            }

            if (ultimoTexto is null || !fila.Igual(indice[CUnidad], ultimoTexto))
            {
                ultimoTexto = fila.Celda(indice[CUnidad]);
                ultimaUnidad = new UnidadResponsable(ultimoTexto);
            }

            var unidad = ultimaUnidad!;
            var planes = importador.PlanesDe(unidad, origen, origen.ColumnaDeUnidad, 1);
            if (planes is null)
            {
                return;
            }

            var valido = true;
            if (!LeerEntero(fila, indice[CActividad], out var actividad))
            {
                valido = false;
                importador.Reportar(CatalogoDeDiagnosticos.ActividadDeAvanceIlegible, origen, origen.ColumnaDeActividad,
                    $"El número de actividad «{fila.Celda(indice[CActividad])}» no es un entero positivo.", unidad.Nombre);
            }

            if (!LeerMes(fila, indice[CMes], out var anio, out var mes))
            {
                valido = false;
                importador.Reportar(CatalogoDeDiagnosticos.MesDeAvanceIlegible, origen, origen.ColumnaDeMes,
                    $"El mes «{fila.Celda(indice[CMes])}» no es AAAA-MM (2023-06) ni un número de 1 a 12.", unidad.Nombre, valido ? actividad : null);
            }

            valido &= Numero(fila, indice, CRealizado, origen, unidad, out var realizado);
            valido &= Numero(fila, indice, CNumerador, origen, unidad, out var numerador);
            valido &= Numero(fila, indice, CDenominador, origen, unidad, out var denominador);
            valido &= Fecha(fila, indice[CFechaDeReporte], origen, unidad, valido ? actividad : null, out var fechaDeReporte);
            if (!valido)
            {
                return;
            }

            var p = importador.ElegirPlan(planes, unidad, anio, origen, origen.ColumnaDeUnidad);
            if (p < 0)
            {
                return;
            }

            var plan = importador.planes[p];
            var nombre = plan.UnidadResponsable.Nombre;
            var justificacion = Texto(fila, indice[CJustificacion]);
            var evidencia = Texto(fila, indice[CEvidencia]);
            var columnaDeValor = fila.Columna(indice[CRealizado]);
            Avance avance;
            try
            {
                if (numerador is not null || denominador is not null)
                {
                    if (numerador is not { } n || denominador is not { } d)
                    {
                        importador.Reportar(CatalogoDeDiagnosticos.VariablesIncompletas, origen, origen.ColumnaDeNumerador,
                            $"El avance trae {(numerador is null ? "denominador sin numerador" : "numerador sin denominador")}: dé los dos o ninguno.", nombre, actividad);
                        return;
                    }

                    avance = Avance.ConVariables(actividad, Mes(plan, anio, mes), n, d, justificacion, evidencia, fechaDeReporte);
                    if (realizado is { } r && Math.Abs(r - avance.Realizado) >= 0.005m)
                    {
                        importador.Reportar(CatalogoDeDiagnosticos.RealizadoDistintoDeVariables, origen, columnaDeValor,
                            $"El realizado {Numeros.Formatear(r, CultureInfo.InvariantCulture)} no coincide con numerador / denominador = {Numeros.Formatear(Math.Round(avance.Realizado, 2, MidpointRounding.AwayFromZero), CultureInfo.InvariantCulture)}%: deje vacío el realizado o corríjalo.",
                            nombre, actividad);
                        return;
                    }
                }
                else if (realizado is { } r)
                {
                    avance = Avance.Create(actividad, Mes(plan, anio, mes), r, justificacion, evidencia, fechaDeReporte);
                }
                else
                {
                    importador.Reportar(CatalogoDeDiagnosticos.RealizadoFaltante, origen, columnaDeValor,
                        "Falta el realizado (o, para una meta de porcentaje, numerador y denominador).", nombre, actividad);
                    return;
                }
            }
            catch (ArgumentException e)
            {
                // What the factories refuse (a denominador of 0, a value out of bounds) is reported where it was read.
                importador.Reportar(CatalogoDeDiagnosticos.AvanceInvalido, origen, columnaDeValor, SinParametro(e.Message), nombre, actividad);
                return;
            }

            importador.porPlan[p].Add(new Leido(avance, origen));
        }

        private static bool SoloSobranVacias(Fila fila, int celdas)
        {
            if (fila.Cantidad < celdas)
            {
                return false;
            }

            for (var i = celdas; i < fila.Cantidad; i++)
            {
                if (!fila.Vacia(i))
                {
                    return false;
                }
            }

            return true;
        }

        private static string? Texto(Fila fila, int columna) => columna < 0 || fila.Vacia(columna) ? null : fila.Celda(columna);

        /// <summary>A number by the importer's rule (<c>LectorDePoa.LeerValor</c>); false (reported) when the cell has something else.</summary>
        private bool Numero(Fila fila, int[] indice, int c, Origen origen, UnidadResponsable unidad, out decimal? valor)
        {
            valor = null;
            var columna = indice[c];
            if (columna < 0 || fila.Vacia(columna))
            {
                return true;
            }

            var leido = LectorDePoa.LeerValor(fila, columna, comaDecimal ? ',' : '.');
            if (leido.Ok)
            {
                valor = leido.Valor;
                return true;
            }

            var celda = fila.Celda(columna);
            var motivo = leido.Error is ErrorDeNumero.ExcedeElMaximo or ErrorDeNumero.DemasiadosDecimales
                ? LectorDeNumeros.Explicar(leido, celda, comaDecimal ? ',' : '.', Limites.MaximaCantidad)
                : "no es un número no negativo: " + (comaDecimal
                    ? "use coma decimal y ningún separador de miles (p. ej., «1500» o «1,5»)."
                    : "use punto decimal y ningún separador de miles (p. ej., «1500» o «1.5»).");
            importador.Reportar(CatalogoDeDiagnosticos.ValorDeAvanceIlegible, origen, fila.Columna(columna),
                $"El {Columnas[c].Nombre} «{celda}» {motivo}", unidad.Nombre);
            return false;
        }

        /// <summary>
        /// The date of the report, <c>AAAA-MM-DD</c> (ISO 8601, a year of <see cref="EjercicioFiscal"/>'s range), or nothing when the
        /// column is absent or the cell empty; false (reported, <c>POA238</c>) when the cell has something else.
        /// </summary>
        private bool Fecha(Fila fila, int columna, Origen origen, UnidadResponsable unidad, int? actividad, out LocalDate? fecha)
        {
            fecha = null;
            if (columna < 0 || fila.Vacia(columna))
            {
                return true;
            }

            var texto = fila.Celda(columna).Trim();
            var leida = texto.Length == 10 ? LocalDatePattern.Iso.Parse(texto) : null;
            if (leida is { Success: true } && leida.Value.Year is >= EjercicioFiscal.AnioMinimo and <= EjercicioFiscal.AnioMaximo)
            {
                fecha = leida.Value;
                return true;
            }

            importador.Reportar(CatalogoDeDiagnosticos.FechaDeReporteIlegible, origen, fila.Columna(columna),
                $"La fecha de reporte «{fila.Celda(columna)}» no es una fecha AAAA-MM-DD (por ejemplo 2024-07-05) con un año de {N(EjercicioFiscal.AnioMinimo)} a {N(EjercicioFiscal.AnioMaximo)}.",
                unidad.Nombre, actividad);
            return false;
        }

        private static bool LeerEntero(Fila fila, int columna, out int valor)
        {
            valor = 0;
            var longitud = fila.Longitud(columna);
            if (longitud is 0 or > 9)
            {
                return false;
            }

            for (var i = 0; i < longitud; i++)
            {
                var c = fila.Caracter(columna, i);
                if (c is < '0' or > '9')
                {
                    return false;
                }

                valor = (valor * 10) + (c - '0');
            }

            return valor >= 1;
        }

        /// <summary><c>AAAA-MM</c> (a year of <see cref="EjercicioFiscal"/>'s range) or <c>1</c>..<c>12</c>.</summary>
        private static bool LeerMes(Fila fila, int columna, out int? anio, out int mes)
        {
            anio = null;
            mes = 0;
            var longitud = fila.Longitud(columna);
            if (longitud is 1 or 2)
            {
                return Digitos(fila, columna, 0, longitud, out mes) && mes is >= 1 and <= 12;
            }

            if (longitud != 7 || fila.Caracter(columna, 4) != '-'
                || !Digitos(fila, columna, 0, 4, out var a) || !Digitos(fila, columna, 5, 2, out mes)
                || a is < EjercicioFiscal.AnioMinimo or > EjercicioFiscal.AnioMaximo || mes is < 1 or > 12)
            {
                mes = 0;
                return false;
            }

            anio = a;
            return true;
        }

        private static bool Digitos(Fila fila, int columna, int desde, int cuantos, out int valor)
        {
            valor = 0;
            for (var i = desde; i < desde + cuantos; i++)
            {
                var c = fila.Caracter(columna, i);
                if (c is < '0' or > '9')
                {
                    return false;
                }

                valor = (valor * 10) + (c - '0');
            }

            return true;
        }
    }
}
