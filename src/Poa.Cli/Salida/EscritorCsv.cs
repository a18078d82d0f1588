using System.Globalization;
using System.Linq;
using System.Text;
using Poa.Cli.Comandos;

namespace Poa.Cli.Salida;

/// <summary>
/// <c>--formato csv</c>: one row per activity with every data column, invariant culture, RFC 4180 quoting, <c>\r\n</c>
/// line ends. Quantities and percents rounded to 2 decimals; an absent value is an empty cell; months as <c>5;6</c>;
/// names (estado, señales) in snake_case, as CSV headers are.
/// </summary>
internal sealed class EscritorCsv : IEscritorDeEvaluacion
{
    public string Nombre => "csv";

    public string Descripcion => "una fila por actividad, para hojas de cálculo y otros sistemas";

    public int Orden => 2;

    public void Escribir(Evaluacion evaluacion, Contexto contexto)
    {
        var salida = contexto.Salida;
        var columnas = Columnas.DeActividad.En(Vista.Datos);
        salida.Write(string.Join(",", columnas.Select(c => Columnas.Serpiente(c.Clave))));
        salida.Write("\r\n");
        var linea = new StringBuilder();
        foreach (var fila in evaluacion.Actividades)
        {
            linea.Clear();
            for (var c = 0; c < columnas.Count; c++)
            {
                if (c > 0)
                {
                    linea.Append(',');
                }

                linea.Append(Campo(Texto(columnas[c].Tipo, columnas[c].Leer(fila))));
            }

            linea.Append("\r\n");
            salida.Write(linea);
        }
    }

    private static string Texto(TipoDeColumna tipo, Valor valor) => tipo switch
    {
        TipoDeColumna.Clave => Columnas.Serpiente(valor.Texto ?? string.Empty),
        TipoDeColumna.Entero => ((long)(valor.Numero ?? 0)).ToString(CultureInfo.InvariantCulture),
        TipoDeColumna.Cantidad or TipoDeColumna.Porcentaje => valor.Numero is { } n ? Columnas.Numero(n) : string.Empty,
        TipoDeColumna.Color => valor.Color is { } color ? Columnas.NombreDe(color) : string.Empty,
        TipoDeColumna.Meses => string.Join(";", valor.Meses.Select(m => m.ToString(CultureInfo.InvariantCulture))),
        TipoDeColumna.Lista => string.Join(";", (valor.Lista ?? []).Select(Columnas.Serpiente)),
        _ => valor.Texto ?? string.Empty,
    };

    /// <summary>A cell quoted when it needs to be (comma, quote, line break, or leading/trailing space).</summary>
    internal static string Campo(string texto)
    {
        var necesita = texto.IndexOfAny([',', '"', '\n', '\r']) >= 0 || (texto.Length > 0 && (texto[0] == ' ' || texto[^1] == ' '));
        return necesita ? "\"" + texto.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"" : texto;
    }
}
