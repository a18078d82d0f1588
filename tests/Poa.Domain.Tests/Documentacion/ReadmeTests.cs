using System.Text.RegularExpressions;
using Poa.Domain.Tests.Modelo;

namespace Poa.Domain.Tests.Documentacion;

/// <summary>Keeps the README true: its quick start is the consumer sample that CI runs against the packages.</summary>
public class ReadmeTests
{
    private static readonly string Raiz = ValidacionDePlanTests.RaizDelRepositorio();

    [Fact]
    public void QuickStart_EsElProgramaDelConsumidor()
    {
        var readme = File.ReadAllText(Path.Combine(Raiz, "README.md"));
        var bloque = Regex.Match(readme, @"## Quick start.*?```csharp\n(.*?)```", RegexOptions.Singleline);
        bloque.Success.Should().BeTrue("el README tiene un quick start en C#");
        var programa = File.ReadAllText(Path.Combine(Raiz, "samples", "Consumidor", "Program.cs"));
        programa.ReplaceLineEndings("\n").Should().Be(bloque.Groups[1].Value.ReplaceLineEndings("\n"),
            "samples/Consumidor/Program.cs es el quick start del README al pie de la letra; CI lo ejecuta contra los paquetes");
    }

    [Fact]
    public void Readme_DaLosDosComandos()
    {
        var readme = File.ReadAllText(Path.Combine(Raiz, "README.md"));
        readme.Should().Contain("dotnet run --project src/Poa.Cli -- ");
        readme.Should().Contain("dotnet test -c Release");
        File.ReadAllText(Path.Combine(Raiz, ".ci", "run")).Should().Contain("dotnet test -c Release");
    }
}
