using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Poa.Docs.Tests;

/// <summary>
/// The XML docs of the packages help at every parameter: each public method, constructor, operator and indexer of
/// Poa.Domain and Poa.Domain.Testing has a <c>&lt;param&gt;</c> for each parameter and, when it returns a value, a
/// <c>&lt;returns&gt;</c>, with text; and every public member of Poa.Domain.Testing is named in docs/pruebas.md.
/// The members are listed with Roslyn from the built assemblies and looked up by their documentation ids in the
/// XML files the build writes beside them.
/// </summary>
public class DocumentacionXmlTests
{
    [Theory]
    [InlineData("Poa.Domain")]
    [InlineData("Poa.Domain.Testing")]
    public void CadaMiembroPublico_DocumentaSusParametrosYSuRetorno(string ensamblado)
    {
        var docs = Documentacion(ensamblado);
        var faltas = new List<string>();
        foreach (var miembro in MiembrosPublicos(ensamblado))
        {
            var id = miembro.GetDocumentationCommentId()!;
            if (!docs.TryGetValue(id, out var doc))
            {
                if (miembro is IMethodSymbol { MethodKind: MethodKind.Constructor, Parameters.Length: 0 })
                {
                    // The default constructor the compiler adds has no docs to write, and nothing to explain.
                    continue;
                }

                faltas.Add($"{id}: sin documentación XML");
                continue;
            }

            if (doc.Descendants("inheritdoc").Any())
            {
                continue;
            }

            var parametros = miembro switch
            {
                IMethodSymbol m => m.Parameters,
                IPropertySymbol p => p.Parameters,
                _ => [],
            };
            foreach (var parametro in parametros)
            {
                var param = doc.Elements("param").FirstOrDefault(e => (string?)e.Attribute("name") == parametro.Name);
                if (param is null || string.IsNullOrWhiteSpace(param.Value) && !param.Descendants().Any())
                {
                    faltas.Add($"{id}: falta <param name=\"{parametro.Name}\">");
                }
            }

            if (miembro is IMethodSymbol { ReturnsVoid: false, MethodKind: not MethodKind.Constructor } && string.IsNullOrWhiteSpace(doc.Element("returns")?.Value))
            {
                faltas.Add($"{id}: falta <returns>");
            }
        }

        string.Join(Environment.NewLine, faltas).Should().BeEmpty(
            "IntelliSense explica cada parámetro y cada valor devuelto de {0} ({1} faltas)", ensamblado, faltas.Count);
    }

    [Fact]
    public void CadaMiembroPublicoDelPaqueteDePruebas_ApareceEnPruebasMd()
    {
        var pagina = File.ReadAllText(Path.Combine(Fragmento.Raiz(), "docs", "pruebas.md"));
        var heredados = new HashSet<string>(StringComparer.Ordinal) { "ToString", "Equals", "GetHashCode", "Subject", "Identifier" };
        var faltan = MiembrosPublicos("Poa.Domain.Testing")
            .Where(m => m is not IMethodSymbol { MethodKind: MethodKind.Conversion } and not IMethodSymbol { IsOverride: true })
            .Select(m => m is IMethodSymbol { MethodKind: MethodKind.Constructor } ? m.ContainingType : m)
            .Select(m => m.Name)
            .Concat(MiembrosPublicos("Poa.Domain.Testing").Select(m => m.ContainingType.Name))
            .Where(n => !heredados.Contains(n))
            .Distinct()
            .Where(n => !Regex.IsMatch(pagina, @"\b" + Regex.Escape(n) + @"\b"))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

        string.Join(", ", faltan).Should().BeEmpty("docs/pruebas.md es la referencia del paquete: nombra cada tipo y miembro público");
    }

    private static Dictionary<string, XElement> Documentacion(string ensamblado)
    {
        var xml = XDocument.Load(Path.Combine(AppContext.BaseDirectory, ensamblado + ".xml"));
        return xml.Descendants("member")
            .Where(e => e.Attribute("name") is not null)
            .GroupBy(e => (string)e.Attribute("name")!)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The public methods, constructors, operators, properties and fields of the public types of <paramref name="ensamblado"/>.</summary>
    private static IEnumerable<ISymbol> MiembrosPublicos(string ensamblado)
    {
        var compilacion = CSharpCompilation.Create("Miembros", references: Compilador.ReferenciasCargadas);
        var referencia = Compilador.ReferenciasCargadas.OfType<PortableExecutableReference>()
            .Single(r => string.Equals(Path.GetFileNameWithoutExtension(r.FilePath), ensamblado, StringComparison.Ordinal));
        var asm = (IAssemblySymbol)compilacion.GetAssemblyOrModuleSymbol(referencia)!;
        return Tipos(asm.GlobalNamespace)
            .SelectMany(t => t.GetMembers())
            .Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared)
            .Where(m => m is IMethodSymbol
                {
                    MethodKind: MethodKind.Ordinary or MethodKind.Constructor or MethodKind.UserDefinedOperator or MethodKind.Conversion,
                }
                or IPropertySymbol or IFieldSymbol);
    }

    private static IEnumerable<INamedTypeSymbol> Tipos(INamespaceSymbol espacio)
    {
        foreach (var tipo in espacio.GetTypeMembers().SelectMany(Anidados))
        {
            yield return tipo;
        }

        foreach (var hijo in espacio.GetNamespaceMembers())
        {
            foreach (var tipo in Tipos(hijo))
            {
                yield return tipo;
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> Anidados(INamedTypeSymbol tipo)
        => tipo.DeclaredAccessibility != Accessibility.Public
            ? []
            : new[] { tipo }.Concat(tipo.GetTypeMembers().SelectMany(Anidados));
}
