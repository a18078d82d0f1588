using System.Text.RegularExpressions;

namespace Poa.Docs.Tests;

/// <summary>Every relative link of README.md and docs/ points to a file or folder that exists.</summary>
public class EnlacesTests
{
    private static readonly Regex Enlace = new(@"\]\((?<destino>[^)#\s]+)(#[^)]*)?\)");

    [Fact]
    public void EnlacesRelativos_ApuntanAArchivosQueExisten()
    {
        var raiz = Fragmento.Raiz();
        var archivos = new[] { Path.Combine(raiz, "README.md"), Path.Combine(raiz, "CHANGELOG.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(raiz, "docs"), "*.md", SearchOption.AllDirectories));
        var rotos = new List<string>();
        foreach (var archivo in archivos)
        {
            foreach (Match m in Enlace.Matches(File.ReadAllText(archivo)))
            {
                var destino = m.Groups["destino"].Value;
                if (destino.Contains("://", StringComparison.Ordinal) || destino.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var ruta = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(archivo)!, destino));
                if (!File.Exists(ruta) && !Directory.Exists(ruta))
                {
                    rotos.Add($"{Path.GetRelativePath(raiz, archivo)} → {destino}");
                }
            }
        }

        rotos.Should().BeEmpty("cada enlace relativo de la documentación lleva a algo que existe");
    }
}
