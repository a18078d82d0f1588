using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NodaTime;

namespace Poa.Domain.Reportes.Tests;

/// <summary>The sample report (the six sample plans with their made-up avances at June 2023) and how tests read a report.</summary>
internal static class Muestra
{
    /// <summary>The date of generation of the sample: the caller's, never the clock.</summary>
    internal static readonly LocalDate GeneradoEl = new(2023, 7, 5);

    private static readonly Lazy<string> Html = new(() => ReporteHtml.Predeterminado.Generar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, GeneradoEl));

    /// <summary>The sample report's HTML.</summary>
    internal static string Reporte => Html.Value;

    /// <summary>Parses a report as a browser would.</summary>
    internal static IDocument Leer(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The repository's root (the folder of Poa.Domain.sln).</summary>
    internal static string RaizDelRepositorio()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Poa.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("No se encontró Poa.Domain.sln.");
    }
}
