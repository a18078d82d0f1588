using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Poa.Cli.Comandos;
using Poa.Domain;
using Spectre.Console;
using Color = Poa.Domain.Color;

namespace Poa.Cli.Salida;

/// <summary>
/// <c>--formato tabla</c> (the default): one aligned table per plan, then the roll-ups; the semáforo cells coloured in a
/// terminal (not when standard output is redirected, nor with <c>NO_COLOR</c>). Columns are as wide as their widest cell
/// on screen (Spectre.Console's cell width: accents count one, wide characters and emoji two).
/// </summary>
/// <remarks>
/// The table is written here rather than with Spectre.Console's <c>Table</c>, measured at 3.1 s and 2 GB of allocations for
/// the 36,000 rows of 1,000 plans (docs/benchmarks.md): more than the whole budget of <c>poa evaluar</c>.
/// </remarks>
internal sealed class EscritorTabla : IEscritorDeEvaluacion
{
    private const string Verde = "\u001b[32m";
    private const string Amarillo = "\u001b[33m";
    private const string Rojo = "\u001b[31m";
    private const string Tenue = "\u001b[2m";
    private const string Normal = "\u001b[0m";

    public string Nombre => "tabla";

    public string Descripcion => "tablas alineadas para leer en la terminal, con color";

    public int Orden => 0;

    public void Escribir(Evaluacion evaluacion, Contexto contexto)
    {
        var salida = contexto.Salida;
        var colorear = contexto.Consola.Colorear;
        salida.WriteLine(evaluacion.Resumen());
        var columnas = Columnas.DeActividad.EnTabla(evaluacion);
        foreach (var plan in evaluacion.Planes)
        {
            salida.WriteLine();
            salida.WriteLine($"{plan.Plan.UnidadResponsable.Nombre} · {plan.Plan.Dependencia.Nombre} · {plan.Plan.Ejercicio}");
            Tabla(salida, columnas, FilaDeActividad.De(plan).ToList(), colorear);
        }

        foreach (var grupo in evaluacion.Grupos)
        {
            salida.WriteLine();
            salida.WriteLine(grupo.Titulo);
            Tabla(salida, Columnas.DeResumen(grupo.TituloDelNombre).En(Vista.Tabla), grupo.Resumenes, colorear);
        }

        if (evaluacion.TituloDeReportes is { } titulo)
        {
            salida.WriteLine();
            salida.WriteLine(titulo);
            Tabla(salida, Columnas.DeReportes.En(Vista.Tabla), evaluacion.Reportes.ToList(), colorear);
        }
    }

    /// <summary>Writes an aligned table: two spaces between columns, numbers to the right, no trailing spaces.</summary>
    internal static void Tabla<T>(TextWriter salida, IReadOnlyList<Columna<T>> columnas, IReadOnlyList<T> filas, bool colorear)
    {
        var textos = new string[filas.Count + 1][];
        var colores = new Color?[filas.Count + 1][];
        textos[0] = columnas.Select(c => c.Titulo).ToArray();
        colores[0] = new Color?[columnas.Count];
        for (var f = 0; f < filas.Count; f++)
        {
            textos[f + 1] = new string[columnas.Count];
            colores[f + 1] = new Color?[columnas.Count];
            for (var c = 0; c < columnas.Count; c++)
            {
                var valor = columnas[c].Leer(filas[f]);
                textos[f + 1][c] = Recortar(Texto(columnas[c].Tipo, valor), columnas[c].AnchoMaximo);
                colores[f + 1][c] = valor.Color;
            }
        }

        var anchos = new int[columnas.Count];
        var anchosDeCelda = new int[textos.Length][];
        for (var f = 0; f < textos.Length; f++)
        {
            anchosDeCelda[f] = new int[columnas.Count];
            for (var c = 0; c < columnas.Count; c++)
            {
                anchosDeCelda[f][c] = Ancho(textos[f][c]);
                anchos[c] = System.Math.Max(anchos[c], anchosDeCelda[f][c]);
            }
        }

        var linea = new StringBuilder();
        for (var f = 0; f < textos.Length; f++)
        {
            linea.Clear();
            for (var c = 0; c < columnas.Count; c++)
            {
                if (c > 0)
                {
                    linea.Append("  ");
                }

                var relleno = anchos[c] - anchosDeCelda[f][c];
                var derecha = columnas[c].Derecha;
                if (derecha)
                {
                    linea.Append(' ', relleno);
                }

                var color = f > 0 && colorear && columnas[c].Tipo == TipoDeColumna.Color;
                if (color)
                {
                    linea.Append(CodigoDe(colores[f][c]));
                }

                linea.Append(textos[f][c]);
                if (color)
                {
                    linea.Append(Normal);
                }

                if (!derecha && c < columnas.Count - 1)
                {
                    linea.Append(' ', relleno);
                }
            }

            while (linea.Length > 0 && linea[^1] == ' ')
            {
                linea.Length--;
            }

            salida.WriteLine(linea);
        }
    }

    /// <summary>The text of a value in the human formats.</summary>
    internal static string Texto(TipoDeColumna tipo, Valor valor) => tipo switch
    {
        TipoDeColumna.Entero => ((long)(valor.Numero ?? 0)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        TipoDeColumna.Cantidad => valor.Numero is { } n ? Columnas.Numero(n) : "—",
        TipoDeColumna.Porcentaje => Columnas.Porcentaje(valor.Numero),
        TipoDeColumna.Color => valor.Color is { } color ? Columnas.NombreDe(color) : "sin color",
        TipoDeColumna.Meses => Columnas.MesesCortos(valor.Meses),
        TipoDeColumna.Lista => string.Join(", ", valor.Lista ?? []),
        _ => UnaLinea(valor.Texto ?? string.Empty),
    };

    /// <summary>Line breaks of a cell (a quoted CSV value) shown as spaces, so that a row stays one line.</summary>
    internal static string UnaLinea(string texto)
        => texto.IndexOfAny(['\n', '\r', '\t']) < 0 ? texto : texto.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');

    /// <summary>The width of a text on screen, in cells: Latin text is its length; otherwise Spectre.Console's cell width.</summary>
    internal static int Ancho(string texto)
    {
        foreach (var c in texto)
        {
            if (c is < ' ' or > '\u02FF')
            {
                return texto.GetCellWidth();
            }
        }

        return texto.Length;
    }

    /// <summary>The text cut to <paramref name="maximo"/> cells on screen, ending in <c>…</c>; as is when it fits or there is no maximum.</summary>
    internal static string Recortar(string texto, int maximo)
    {
        if (maximo <= 0 || Ancho(texto) <= maximo)
        {
            return texto;
        }

        var corte = new StringBuilder();
        var ancho = 0;
        var elementos = System.Globalization.StringInfo.GetTextElementEnumerator(texto);
        while (elementos.MoveNext())
        {
            var elemento = elementos.GetTextElement();
            var w = Ancho(elemento);
            if (ancho + w > maximo - 1)
            {
                break;
            }

            corte.Append(elemento);
            ancho += w;
        }

        return corte.ToString().TrimEnd() + "…";
    }

    private static string CodigoDe(Color? color) => color switch
    {
        Color.Verde => Verde,
        Color.Amarillo => Amarillo,
        Color.Rojo => Rojo,
        _ => Tenue,
    };
}
