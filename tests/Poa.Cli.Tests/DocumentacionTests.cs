using System.CommandLine;
using Poa.Cli.Comandos;

namespace Poa.Cli.Tests;

/// <summary>docs/cli.md and the package's README list every command and option that the parser declares.</summary>
public sealed class DocumentacionTests
{
    public static TheoryData<string> Documentos() => new() { Path.Combine("docs", "cli.md"), Path.Combine("src", "Poa.Cli", "README.md") };

    [Theory]
    [MemberData(nameof(Documentos))]
    public void CadaComandoYOpcion_EstaEnLaDocumentacion(string documento)
    {
        var texto = File.ReadAllText(Path.Combine(DatosDeEjemploTests.RaizDelRepositorio(), documento));
        var consola = new Consola(new StringWriter(), new StringWriter());
        var contexto = new Contexto(consola);
        foreach (var comando in Comando.Todos())
        {
            texto.Should().Contain("poa " + comando.Nombre, documento);
            var creado = comando.Crear(contexto);
            foreach (var opcion in creado.Options)
            {
                texto.Should().Contain(opcion.Name, $"{documento} debe nombrar {opcion.Name} de «poa {comando.Nombre}»");
            }
        }

        foreach (var global in new[] { "--version", "--detalle", "--ayuda", "-h", "--help", "-?" })
        {
            texto.Should().Contain(global, documento);
        }
    }
}
