using System.Text;
using ExcelDataReader;
using Poa.Domain;
using Poa.Domain.Testing;

namespace Poa.Cli.Tests;

/// <summary><c>--formato xlsx --salida</c> of <c>poa evaluar</c> and <c>poa ejemplo</c>, and <c>--salida</c> of the text formats.</summary>
public sealed class EscritorXlsxTests : IDisposable
{
    private readonly DirectorioTemporal dir = new();

    public void Dispose() => dir.Dispose();

    /// <summary>The sheet names and the first cell of each row of every sheet, as ExcelDataReader reads them.</summary>
    internal static List<(string Hoja, List<object?[]> Filas)> Leer(string ruta)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var hojas = new List<(string, List<object?[]>)>();
        using var lector = ExcelReaderFactory.CreateReader(File.OpenRead(ruta));
        do
        {
            var filas = new List<object?[]>();
            while (lector.Read())
            {
                filas.Add(Enumerable.Range(0, lector.FieldCount).Select(lector.GetValue).ToArray());
            }

            hojas.Add((lector.Name, filas));
        }
        while (lector.NextResult());
        return hojas;
    }

    [Fact]
    public void Ejemplo_XlsxConSalida_ResumenYUnaHojaPorUnidad()
    {
        var r = Ejecucion.De(dir.Ruta, "ejemplo", "--formato", "xlsx", "--salida", "resultados.xlsx");

        r.Codigo.Should().Be(0, r.Errores);
        r.Salida.Should().BeEmpty();
        var hojas = Leer(Path.Combine(dir.Ruta, "resultados.xlsx"));
        hojas.Should().HaveCount(7);
        hojas[0].Hoja.Should().Be("Resumen");
        hojas[0].Filas[4].Take(8).Select(v => v is double d ? (object)(int)d : v).Should().Equal("Verde", 17, "Amarillo", 7, "Rojo", 8, "Sin color", 2);
        hojas.Skip(1).Select(h => h.Filas[2][1]).Should().Equal(PlanesDeEjemplo.Todos.Select(p => p.UnidadResponsable.Nombre));
        Directory.GetFiles(dir.Ruta).Should().ContainSingle("no quedan archivos temporales");
    }

    [Fact]
    public void Evaluar_XlsxConSalida_ElMismoLibroQueEjemplo()
    {
        dir.CopiarDatosDeEjemplo("datos");

        var r = Ejecucion.De(dir.Ruta, "evaluar", "datos", "--avances", "datos/avances.csv", "--corte", "2023-06", "--formato", "xlsx", "--salida", "r.xlsx");
        Ejecucion.De(dir.Ruta, "ejemplo", "--formato", "xlsx", "--salida", "e.xlsx").Codigo.Should().Be(0);

        r.Codigo.Should().Be(0, r.Errores);
        Leer(Path.Combine(dir.Ruta, "r.xlsx")).Should().BeEquivalentTo(Leer(Path.Combine(dir.Ruta, "e.xlsx")), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Xlsx_SinSalida_Codigo2ConUnMensajeQueDiceQueHacer()
    {
        var r = Ejecucion.De(dir.Ruta, "evaluar", "no-existe.json", "--avances", "a.csv", "--corte", "2023-06", "--formato", "xlsx");

        r.Codigo.Should().Be(2);
        r.Errores.Should().Be("poa evaluar: --formato xlsx escribe un archivo binario, no texto: indique dónde con --salida, por ejemplo --salida resultados.xlsx." + Environment.NewLine);
        r.Salida.Should().BeEmpty();
    }

    [Fact]
    public void SalidaExistente_SinSobrescribir_Codigo1SinTocarlaYConSobrescribirLaReemplaza()
    {
        var previo = dir.Archivo("resultados.xlsx", "lo que había");

        var r = Ejecucion.De(dir.Ruta, "ejemplo", "--formato", "xlsx", "--salida", "resultados.xlsx");

        r.Codigo.Should().Be(1);
        r.Errores.Should().Contain("resultados.xlsx: ya existe; use --sobrescribir para reemplazarlo.");
        File.ReadAllText(previo).Should().Be("lo que había");
        Ejecucion.De(dir.Ruta, "ejemplo", "--formato", "xlsx", "--salida", "resultados.xlsx", "--sobrescribir").Codigo.Should().Be(0);
        Leer(previo)[0].Hoja.Should().Be("Resumen");
    }

    [Fact]
    public void SalidaEnCarpetaQueNoExiste_Codigo2YNadaEscrito()
    {
        var r = Ejecucion.De(dir.Ruta, "ejemplo", "--formato", "xlsx", "--salida", "no/existe/r.xlsx");

        r.Codigo.Should().Be(2);
        r.Errores.Should().StartWith("no/existe/r.xlsx: no existe la carpeta del archivo.");
        Directory.EnumerateFileSystemEntries(dir.Ruta).Should().BeEmpty();
    }

    [Fact]
    public void SalidaQueEsCarpeta_Codigo2()
    {
        Directory.CreateDirectory(Path.Combine(dir.Ruta, "r.xlsx"));

        var r = Ejecucion.De(dir.Ruta, "ejemplo", "--formato", "xlsx", "--salida", "r.xlsx");

        r.Codigo.Should().Be(2);
        r.Errores.Should().StartWith("r.xlsx: es una carpeta; indique un archivo.");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("tabla")]
    public void FormatoDeTexto_ConSalida_ElMismoTextoQueEnLaSalidaEstandar(string formato)
    {
        var estandar = Ejecucion.De(dir.Ruta, "ejemplo", "--formato", formato);

        var r = Ejecucion.De(dir.Ruta, "ejemplo", "--formato", formato, "--salida", "r.txt");

        r.Codigo.Should().Be(0, r.Errores);
        r.Salida.Should().BeEmpty();
        File.ReadAllText(Path.Combine(dir.Ruta, "r.txt"), new UTF8Encoding(false, true)).Should().Be(estandar.Salida);
    }

    [Fact]
    public void FormatoDeTexto_ConSalida_SinColoresAunqueLaSalidaSeaTerminal()
    {
        var r = Ejecucion.De(dir.Ruta, terminal: true, sinColor: false, "ejemplo", "--salida", "r.txt");

        r.Codigo.Should().Be(0, r.Errores);
        File.ReadAllText(Path.Combine(dir.Ruta, "r.txt")).Should().NotContain("\u001b[").And.Contain("Dirección de Mejora Regulatoria");
    }
}
