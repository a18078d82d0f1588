using System;
using System.Collections.Generic;
using Poa.Domain.Internal;

namespace Poa.Domain.Importacion;

/// <summary>The columns of one block's table, found from its one or two header rows and the sub-header row.</summary>
internal sealed class Encabezado
{
    internal const int No = 0;
    internal const int Actividad = 1;
    internal const int Eje = 2;
    internal const int Objetivo = 3;
    internal const int Programa = 4;
    internal const int Meta = 5;
    internal const int Unidad = 6;
    internal const int Verde = 7;
    internal const int Amarillo = 8;
    internal const int Rojo = 9;
    internal const int Medios = 10;
    internal const int Mes1 = 11;
    internal const int Acumulacion = Mes1 + Calendarizacion.Meses;
    internal const int Frecuencia = Acumulacion + 1;
    internal const int LineaBase = Acumulacion + 2;
    internal const int AnioLineaBase = Acumulacion + 3;
    internal const int Peso = Acumulacion + 4;
    internal const int Total = Acumulacion + 5;
    internal const int Campos = Total + 1;

    /// <summary>The required fields are the first ones (all but <see cref="Medios"/>); the optional ones start here.</summary>
    internal const int PrimerOpcional = Acumulacion;

    // Group labels: their column is where the group's first sub-column is, unless a sub-header says otherwise.
    private const int GrupoAlineacion = -2;
    private const int GrupoSemaforizacion = -3;
    private const int GrupoSinColumna = -4;

    // Known columns that are not read (reported once per block as information) and quarter headers.
    private const int Adicional = -5;
    private const int Trimestre1 = -10;

    private static readonly string[] NombresDeMes =
        ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE"];

    private static readonly string[] Ordinales = ["PRIMER", "SEGUNDO", "TERCER", "CUARTO"];

    private static readonly (string Clave, int Campo, string Nombre)[] Etiquetas =
    [
        ("NO.", No, "No."),
        ("NO", No, "No."),
        ("NUM.", No, "No."),
        ("NUMERO", No, "No."),
        ("ACTIVIDAD", Actividad, "Actividad"),
        ("ACTIVIDADES", Actividad, "Actividad"),
        ("ALINEACION AL PLAN MUNICIPAL DE DESARROLLO", GrupoAlineacion, "Alineación al Plan Municipal de Desarrollo"),
        ("EJE RECTOR", Eje, "Eje Rector"),
        ("OBJETIVO ESTRATEGICO", Objetivo, "Objetivo Estratégico"),
        ("PROGRAMA PRESUPUESTARIO", Programa, "Programa Presupuestario"),
        ("META ANUAL", Meta, "Meta anual"),
        ("UNIDAD DE MEDIDA", Unidad, "Unidad de medida"),
        ("SEMAFORIZACION", GrupoSemaforizacion, "Semaforización"),
        ("ACEPTABLE (VERDE)", Verde, "Aceptable (verde)"),
        ("EN PROGRESO (AMARILLO)", Amarillo, "En progreso (amarillo)"),
        ("EN RIESGO (ROJO)", Rojo, "En riesgo (rojo)"),
        ("MEDIOS DE VERIFICACION", Medios, "Medios de verificación"),
        ("DESGLOSE DE ACTIVIDADES", GrupoSinColumna, "Desglose de Actividades"),
        ("CALENDARIZACION DE ACTIVIDADES", GrupoSinColumna, "Calendarización de actividades"),
        ("CALENDARIZACION", GrupoSinColumna, "Calendarización"),
        ("TIPO DE ACUMULACION", Acumulacion, "Tipo de acumulación"),
        ("TIPO DE META", Acumulacion, "Tipo de acumulación"),
        ("FRECUENCIA", Frecuencia, "Frecuencia"),
        ("FRECUENCIA DE MEDICION", Frecuencia, "Frecuencia"),
        ("LINEA BASE", LineaBase, "Línea base"),
        ("LINEA DE BASE", LineaBase, "Línea base"),
        ("ANO LINEA BASE", AnioLineaBase, "Año línea base"),
        ("ANO DE LINEA BASE", AnioLineaBase, "Año línea base"),
        ("ANO DE LA LINEA BASE", AnioLineaBase, "Año línea base"),
        ("PESO", Peso, "Peso"),
        ("PONDERACION", Peso, "Peso"),
        ("TOTAL", Total, "Total"),
        ("TOTAL ANUAL", Total, "Total"),
        ("SUBTOTAL", Adicional, "Subtotal"),
        ("OBSERVACIONES", Adicional, "Observaciones"),
        ("RESPONSABLE", Adicional, "Responsable"),
        ("COMENTARIOS", Adicional, "Comentarios"),
    ];

    private static readonly string[] NombresDeCampo =
    [
        "No.", "Actividad", "Eje Rector", "Objetivo Estratégico", "Programa Presupuestario", "Meta anual", "Unidad de medida",
        "Aceptable (verde)", "En progreso (amarillo)", "En riesgo (rojo)", "Medios de verificación",
        "Mes 01", "Mes 02", "Mes 03", "Mes 04", "Mes 05", "Mes 06", "Mes 07", "Mes 08", "Mes 09", "Mes 10", "Mes 11", "Mes 12",
        "Tipo de acumulación", "Frecuencia", "Línea base", "Año línea base", "Peso", "Total",
    ];

    private readonly int[] trimestres = [-1, -1, -1, -1];
    private readonly List<(int Columna, string Nombre)> adicionales = [];

    private readonly int[] columnas = new int[Campos];
    private int alineacion = -1;
    private int semaforizacion = -1;
    private bool cerrado;
    private bool[] conocidas = new bool[32];

    internal Encabezado()
    {
        for (var i = 0; i < Campos; i++)
        {
            columnas[i] = -1;
        }
    }

    /// <summary>The line of the first header row.</summary>
    internal int? Linea { get; private set; }

    /// <summary>The highest column with a header.</summary>
    internal int UltimaColumna { get; private set; } = -1;

    internal int this[int campo] => columnas[campo];

    internal int Mes(int mes) => columnas[Mes1 + mes - 1];

    /// <summary>Whether the calendar is four quarter columns (<c>Trimestre 1</c>, <c>T1</c>, <c>Ene-Mar</c>…) mapped to marzo, junio, septiembre and diciembre.</summary>
    internal bool EsTrimestral { get; private set; }

    /// <summary>Known columns that are not read (<c>Subtotal</c>, <c>Observaciones</c>, quarter subtotals beside months…), for one information diagnostic.</summary>
    internal IReadOnlyList<(int Columna, string Nombre)> Adicionales => adicionales;

    internal bool EsConocida(int columna) => columna < conocidas.Length && columna >= 0 && conocidas[columna];

    /// <summary>Whether a row looks like a header row: some non-empty cell is a known label, exactly or with a small typo.</summary>
    internal static bool EsFilaDeEncabezado(Fila fila)
    {
        for (var i = 0; i < fila.Cantidad; i++)
        {
            if (!fila.Vacia(i) && Reconocer(Texto.Clave(fila.Celda(i)), out _, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many non-empty cells of the row are known labels (exactly or with a small typo); for format detection.</summary>
    internal static int EtiquetasConocidas(Fila fila)
    {
        var n = 0;
        for (var i = 0; i < fila.Cantidad; i++)
        {
            if (!fila.Vacia(i) && Reconocer(Texto.Clave(fila.Celda(i)), out _, out _, out _))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Reads the labels of one header row; reports typos (POA108) and unknown labels (POA109).</summary>
    internal void Agregar(Fila fila, Action<DescriptorDeDiagnostico, int, int, string> reportar)
    {
        Linea ??= fila.Linea;
        for (var i = 0; i < fila.Cantidad; i++)
        {
            if (fila.Vacia(i))
            {
                continue;
            }

            var original = fila.Celda(i);
            var clave = Texto.Clave(original);
            if (!Reconocer(clave, out var campo, out var nombre, out var errata))
            {
                reportar(CatalogoDeDiagnosticos.EncabezadoDesconocido, fila.Linea, fila.Columna(i),
                    $"El encabezado «{original}» (celda {N(i + 1)}) no es una columna conocida del POA; los valores de esa columna no se leen.");
                continue;
            }

            if (errata)
            {
                reportar(CatalogoDeDiagnosticos.EncabezadoConErrata, fila.Linea, fila.Columna(i),
                    $"El encabezado «{original}» se leyó como «{nombre}».");
            }

            Marcar(i);
            if (campo is <= Trimestre1 and > Trimestre1 - 4)
            {
                if (trimestres[Trimestre1 - campo] < 0)
                {
                    trimestres[Trimestre1 - campo] = i;
                }

                continue;
            }

            switch (campo)
            {
                case Adicional:
                    adicionales.Add((i, original));
                    break;
                case GrupoAlineacion:
                    alineacion = i;
                    break;
                case GrupoSemaforizacion:
                    semaforizacion = i;
                    break;
                case GrupoSinColumna:
                    break;
                default:
                    if (columnas[campo] < 0)
                    {
                        columnas[campo] = i;
                    }

                    break;
            }
        }
    }

    /// <summary>Fills group sub-columns not named by a sub-header; returns the missing required columns, or null.</summary>
    internal string? Cerrar()
    {
        if (!cerrado)
        {
            cerrado = true;
            Completar(alineacion, Eje, Objetivo);
            Completar(semaforizacion, Verde, Amarillo, Rojo);
            CerrarTrimestres();
            for (var i = 0; i < Campos; i++)
            {
                if (columnas[i] >= 0)
                {
                    Marcar(columnas[i]);
                    UltimaColumna = Math.Max(UltimaColumna, columnas[i]);
                }
            }
        }

        List<string>? faltan = null;
        for (var i = 0; i < PrimerOpcional; i++)
        {
            if (columnas[i] < 0 && i != Medios && !(EsTrimestral && i >= Mes1))
            {
                (faltan ??= []).Add("«" + NombresDeCampo[i] + "»");
            }
        }

        return faltan is null ? null : string.Join(", ", faltan);
    }

    /// <summary>Quarter headers alone make a quarterly calendar; beside month headers they are subtotals, not read.</summary>
    private void CerrarTrimestres()
    {
        var hayMeses = false;
        for (var mes = 0; mes < Calendarizacion.Meses; mes++)
        {
            hayMeses |= columnas[Mes1 + mes] >= 0;
        }

        for (var t = 0; t < trimestres.Length; t++)
        {
            if (trimestres[t] < 0)
            {
                continue;
            }

            if (hayMeses)
            {
                adicionales.Add((trimestres[t], "Trimestre " + (t + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else
            {
                columnas[Mes1 + (t * 3) + 2] = trimestres[t];
                EsTrimestral = true;
            }
        }
    }

    private void Completar(int grupo, params int[] campos)
    {
        if (grupo < 0)
        {
            return;
        }

        for (var k = 0; k < campos.Length; k++)
        {
            if (columnas[campos[k]] < 0)
            {
                columnas[campos[k]] = grupo + k;
            }
        }
    }

    private void Marcar(int columna)
    {
        if (columna >= conocidas.Length)
        {
            Array.Resize(ref conocidas, Math.Max(columna + 1, conocidas.Length * 2));
        }

        conocidas[columna] = true;
    }

    private static bool Reconocer(string clave, out int campo, out string nombre, out bool errata)
    {
        errata = false;
        if (clave.StartsWith("MES ", StringComparison.Ordinal)
            && int.TryParse(clave.Substring(4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var mes)
            && mes is >= 1 and <= Calendarizacion.Meses)
        {
            campo = Mes1 + mes - 1;
            nombre = NombresDeCampo[campo];
            return true;
        }

        if (Mes(clave) is { } numeroDeMes)
        {
            campo = Mes1 + numeroDeMes - 1;
            nombre = NombresDeCampo[campo];
            return true;
        }

        if (Trimestre(clave) is { } trimestre)
        {
            campo = Trimestre1 - trimestre + 1;
            nombre = "Trimestre " + trimestre.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        foreach (var etiqueta in Etiquetas)
        {
            if (string.Equals(clave, etiqueta.Clave, StringComparison.Ordinal))
            {
                campo = etiqueta.Campo;
                nombre = etiqueta.Nombre;
                return true;
            }
        }

        // Typos: at most two edits on labels of 8 or more letters (Semafización, Acceptable (verde)).
        if (clave.Length >= 8)
        {
            foreach (var etiqueta in Etiquetas)
            {
                if (etiqueta.Clave.Length >= 8 && Math.Abs(etiqueta.Clave.Length - clave.Length) <= 2 && Distancia(clave, etiqueta.Clave) <= 2)
                {
                    campo = etiqueta.Campo;
                    nombre = etiqueta.Nombre;
                    errata = true;
                    return true;
                }
            }
        }

        campo = -1;
        nombre = string.Empty;
        return false;
    }

    /// <summary>A month by name: <c>ENERO</c>, <c>ENE</c>, <c>ENE.</c>, <c>SEPT</c> (keys are upper case without accents).</summary>
    private static int? Mes(string clave)
    {
        var nombre = clave.TrimEnd('.');
        if (nombre.Length < 3)
        {
            return null;
        }

        for (var i = 0; i < NombresDeMes.Length; i++)
        {
            if (string.Equals(nombre, NombresDeMes[i], StringComparison.Ordinal)
                || (nombre.Length <= 4 && NombresDeMes[i].StartsWith(nombre, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return string.Equals(nombre, "SET", StringComparison.Ordinal) ? 9 : null;
    }

    /// <summary>A quarter: <c>TRIMESTRE 1</c>, <c>1ER. TRIMESTRE</c>, <c>PRIMER TRIMESTRE</c>, <c>T1</c>, <c>1T</c>, <c>ENE-MAR</c>, <c>ENERO - MARZO</c>.</summary>
    private static int? Trimestre(string clave)
    {
        var c = clave.Replace(" ", string.Empty).Replace(".", string.Empty).Replace("°", string.Empty).Replace("º", string.Empty);
        if (c.Length == 2 && ((c[0] == 'T' && c[1] is >= '1' and <= '4') || (c[1] == 'T' && c[0] is >= '1' and <= '4')))
        {
            return c[0] == 'T' ? c[1] - '0' : c[0] - '0';
        }

        if (c.Contains("TRIMESTRE"))
        {
            var resto = c.Replace("TRIMESTRE", string.Empty);
            for (var t = 0; t < Ordinales.Length; t++)
            {
                if (string.Equals(resto, Ordinales[t], StringComparison.Ordinal) || string.Equals(resto, Ordinales[t] + "O", StringComparison.Ordinal))
                {
                    return t + 1;
                }
            }

            // «1», «1ER», «2DO», «3RO», «4TO», «1O» before or after the word.
            return resto.Length >= 1 && resto[0] is >= '1' and <= '4' && resto.Substring(1) is "" or "ER" or "RO" or "DO" or "TO" or "O" ? resto[0] - '0' : null;
        }

        var guion = c.IndexOf('-');
        if (guion > 0 && Mes(c.Substring(0, guion)) is { } desde && Mes(c.Substring(guion + 1)) is { } hasta && hasta == desde + 2 && desde % 3 == 1)
        {
            return (desde + 2) / 3;
        }

        return null;
    }

    private static int Distancia(string a, string b)
    {
        var previa = new int[b.Length + 1];
        var actual = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previa[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            actual[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var costo = a[i - 1] == b[j - 1] ? 0 : 1;
                actual[j] = Math.Min(Math.Min(actual[j - 1] + 1, previa[j] + 1), previa[j - 1] + costo);
            }

            (previa, actual) = (actual, previa);
        }

        return previa[b.Length];
    }

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
