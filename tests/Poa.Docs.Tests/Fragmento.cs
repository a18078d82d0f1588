using System.Text.RegularExpressions;

namespace Poa.Docs.Tests;

/// <summary>One ```csharp block of a Markdown file.</summary>
public sealed record Fragmento(string Archivo, int Linea, string Codigo)
{
    private static readonly Regex Bloque = new(@"^```csharp[^\n]*\n(?<codigo>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline);

    public override string ToString() => $"{Archivo}:{Linea}";

    public static string Raiz()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Poa.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("No se encontró Poa.Domain.sln.");
    }

    /// <summary>Every block of README.md and docs/**/*.md.</summary>
    public static IEnumerable<Fragmento> Todos()
    {
        var raiz = Raiz();
        var archivos = new[] { Path.Combine(raiz, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(raiz, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(raiz, "src"), "README.md", SearchOption.AllDirectories));
        foreach (var archivo in archivos.OrderBy(a => a, StringComparer.Ordinal))
        {
            var texto = File.ReadAllText(archivo).ReplaceLineEndings("\n");
            foreach (Match m in Bloque.Matches(texto))
            {
                var linea = texto.Take(m.Index).Count(c => c == '\n') + 1;
                yield return new Fragmento(Path.GetRelativePath(raiz, archivo).Replace('\\', '/'), linea, m.Groups["codigo"].Value);
            }
        }
    }
}
