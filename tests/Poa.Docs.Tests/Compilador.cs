using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Poa.Docs.Tests;

/// <summary>Compiles a snippet with Roslyn against the assemblies this test project references, and runs it.</summary>
public static class Compilador
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Referencias = new(CargarReferencias);

    /// <summary>The framework and every assembly beside the tests (the library and its packages), as Roslyn references.</summary>
    public static IReadOnlyList<MetadataReference> ReferenciasCargadas => Referencias.Value;

    private static readonly string[] UsingsImplicitos =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Threading.Tasks",
    ];

    public static (Assembly? Ensamblado, IReadOnlyList<string> Errores) Compilar(Fragmento fragmento)
    {
        var usings = string.Concat(UsingsImplicitos.Select(u => $"global using {u};\n"));
        var arboles = new[]
        {
            CSharpSyntaxTree.ParseText(usings, new CSharpParseOptions(LanguageVersion.Latest), path: "Usings.cs"),
            CSharpSyntaxTree.ParseText(fragmento.Codigo, new CSharpParseOptions(LanguageVersion.Latest), path: fragmento.ToString()),
        };
        var tieneSentencias = arboles[1].GetRoot().ChildNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any();
        var opciones = new CSharpCompilationOptions(tieneSentencias ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable);
        var compilacion = CSharpCompilation.Create("Fragmento" + Guid.NewGuid().ToString("N"), arboles, Referencias.Value, opciones);
        using var stream = new MemoryStream();
        var resultado = compilacion.Emit(stream);
        var errores = resultado.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
        if (!resultado.Success)
        {
            return (null, errores);
        }

        stream.Position = 0;
        var contexto = new AssemblyLoadContext(fragmento.ToString(), isCollectible: true);
        return (contexto.LoadFromStream(stream), errores);
    }

    private static IReadOnlyList<MetadataReference> CargarReferencias()
    {
        // Make sure the library assemblies are loaded, then reference the framework and every loaded assembly.
        _ = typeof(Poa.Domain.Plan).Assembly;
        _ = typeof(NodaTime.LocalDate).Assembly;
        var rutas = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .Where(r => !string.IsNullOrEmpty(r) && File.Exists(r))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First());
        var referencias = new List<MetadataReference>();
        foreach (var ruta in rutas)
        {
            try
            {
                AssemblyName.GetAssemblyName(ruta);
                referencias.Add(MetadataReference.CreateFromFile(ruta));
            }
            catch (BadImageFormatException)
            {
                // Native libraries are not assemblies.
            }
        }

        return referencias;
    }
}
