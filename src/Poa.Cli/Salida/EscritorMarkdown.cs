using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Poa.Cli.Comandos;
using Poa.Domain;

namespace Poa.Cli.Salida;

/// <summary><c>--formato markdown</c>: the tables of <c>tabla</c> as Markdown, with 🟢 🟡 🔴 ⚪ beside each colour's name.</summary>
internal sealed class EscritorMarkdown : IEscritorDeEvaluacion
{
    public string Nombre => "markdown";

    public string Descripcion => "las mismas tablas en Markdown, con marcas de color";

    public int Orden => 3;

    public void Escribir(Evaluacion evaluacion, Contexto contexto)
    {
        var salida = contexto.Salida;
        salida.WriteLine($"# Semáforo al corte {evaluacion.Corte}");
        salida.WriteLine();
        salida.WriteLine(evaluacion.Resumen());
        var columnas = Columnas.DeActividad.EnTabla(evaluacion);
        foreach (var plan in evaluacion.Planes)
        {
            salida.WriteLine();
            salida.WriteLine($"## {Md(plan.Plan.UnidadResponsable.Nombre)}");
            salida.WriteLine();
            salida.WriteLine($"{Md(plan.Plan.Dependencia.Nombre)}, ejercicio {plan.Plan.Ejercicio}.");
            salida.WriteLine();
            Tabla(salida, columnas, FilaDeActividad.De(plan));
        }

        foreach (var grupo in evaluacion.Grupos)
        {
            salida.WriteLine();
            salida.WriteLine($"## {grupo.Titulo}");
            salida.WriteLine();
            Tabla(salida, Columnas.DeResumen(grupo.TituloDelNombre).En(Vista.Tabla), grupo.Resumenes);
        }

        if (evaluacion.TituloDeReportes is { } titulo)
        {
            salida.WriteLine();
            salida.WriteLine($"## {Md(titulo)}");
            salida.WriteLine();
            Tabla(salida, Columnas.DeReportes.En(Vista.Tabla), evaluacion.Reportes);
        }
    }

    private static void Tabla<T>(TextWriter salida, IReadOnlyList<Columna<T>> columnas, IEnumerable<T> filas)
    {
        salida.WriteLine("| " + string.Join(" | ", columnas.Select(c => Md(c.Titulo))) + " |");
        salida.WriteLine("| " + string.Join(" | ", columnas.Select(c => c.Derecha ? "---:" : "---")) + " |");
        var linea = new StringBuilder();
        foreach (var fila in filas)
        {
            linea.Clear().Append('|');
            foreach (var columna in columnas)
            {
                var valor = columna.Leer(fila);
                var texto = columna.Tipo == TipoDeColumna.Color ? Marca(valor.Color) : EscritorTabla.Texto(columna.Tipo, valor);
                linea.Append(' ').Append(Md(texto)).Append(" |");
            }

            salida.WriteLine(linea);
        }
    }

    private static string Marca(Color? color) => color switch
    {
        Color.Verde => "🟢 verde",
        Color.Amarillo => "🟡 amarillo",
        Color.Rojo => "🔴 rojo",
        _ => "⚪ sin color",
    };

    private static string Md(string texto) => EscritorTabla.UnaLinea(texto).Replace("|", "\\|", System.StringComparison.Ordinal);
}
