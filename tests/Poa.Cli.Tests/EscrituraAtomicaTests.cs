using Poa.Cli.Salida;

namespace Poa.Cli.Tests;

public sealed class EscrituraAtomicaTests : IDisposable
{
    private readonly DirectorioTemporal dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void FallaAMitadDeEscribir_ErrorDeArchivoYNadaCambia()
    {
        var previo = dir.Archivo("resultados.xlsx", "lo que había");

        var escribir = () => EscrituraAtomica.Escribir(
            [(previo, "resultados.xlsx", flujo =>
            {
                flujo.Write(new byte[100_000]);
                throw new IOException("No queda espacio en el dispositivo");
            })],
            reemplazar: true);

        escribir.Should().Throw<ErrorDeArchivo>().WithMessage("no se pudo escribir: No queda espacio en el dispositivo");
        File.ReadAllText(previo).Should().Be("lo que había");
        Directory.GetFiles(dir.Ruta).Should().Equal(previo);
    }

    [Fact]
    public void ErrorInternoAMitadDeEscribir_SePropagaSinDejarTemporales()
    {
        var ruta = Path.Combine(dir.Ruta, "r.csv");

        var escribir = () => EscrituraAtomica.Escribir([(ruta, "r.csv", _ => throw new InvalidOperationException("defecto"))], reemplazar: false);

        escribir.Should().Throw<InvalidOperationException>();
        Directory.GetFiles(dir.Ruta).Should().BeEmpty();
    }

    [Fact]
    public void EnFlujo_EscribeElArchivoCompleto()
    {
        var ruta = Path.Combine(dir.Ruta, "r.txt");

        EscrituraAtomica.Escribir([(ruta, "r.txt", flujo => flujo.Write("hola"u8))], reemplazar: false);

        File.ReadAllText(ruta).Should().Be("hola");
        Directory.GetFiles(dir.Ruta).Should().Equal(ruta);
    }
}
