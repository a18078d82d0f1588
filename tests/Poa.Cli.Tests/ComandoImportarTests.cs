using Poa.Domain.Json;
using Muestras = Poa.Domain.Testing.PlanesDeEjemplo;

namespace Poa.Cli.Tests;

public sealed class ComandoImportarTests : IDisposable
{
    // The project's own copy of the seed (byte for byte the file in shared/seeds), so tests never need ../shared.
    private static readonly string Datos = Path.Combine(DatosDeEjemploTests.RaizDelRepositorio(), "tests", "Poa.Domain.Tests", "Importacion", "Datos");

    private readonly DirectorioTemporal dir = new();

    public void Dispose() => dir.Dispose();

    private void CopiarSeed(string nombre = "seed.txt", string origen = "poa-2023.txt") => File.Copy(Path.Combine(Datos, origen), Path.Combine(dir.Ruta, nombre));

    private List<Poa.Domain.Plan> PlanesEn(string carpeta)
        => Directory.GetFiles(Path.Combine(dir.Ruta, carpeta), "*.json").Order(StringComparer.Ordinal).Select(a => PoaJson.DeserializePlan(File.ReadAllText(a))).ToList();

    [Fact]
    public void Seed_ConDiciembre_SeisPlanesIgualesALosCurados_DiagnosticosConLaBanderaQueSeEscribe()
    {
        CopiarSeed();

        var r = Ejecucion.De(dir.Ruta, "importar", "seed.txt", "--salida", "planes", "--celdas-extra", "diciembre");

        r.Codigo.Should().Be(1, "el seed tiene tres metas que no cuadran (POA001)");
        r.Salida.Should().EndWith("seed.txt: 6 planes, 34 actividades; 3 errores, 4 advertencias." + Environment.NewLine);
        r.LineasDeErrores.Should().OnlyContain(l => l.StartsWith("seed.txt:", StringComparison.Ordinal));
        r.Errores.Should().Contain("error POA001").And.Contain("advertencia POA113")
            .And.Contain("por la política explícita --celdas-extra diciembre,").And.NotContain("TreceavaComoDiciembre");
        PlanesEn("planes").Should().BeEquivalentTo(Muestras.Todos, o => o.Using<Poa.Domain.Plan>(c => c.Subject.Should().Be(c.Expectation)).WhenTypeIs<Poa.Domain.Plan>());
    }

    [Fact]
    public void PorOmision_RechazaLasFilasConCeldasExtra_YElMensajeNombraLaBandera()
    {
        CopiarSeed();

        var r = Ejecucion.De(dir.Ruta, "importar", "seed.txt");

        r.Codigo.Should().Be(1);
        r.Errores.Should().Contain("error POA112").And.Contain("La política explícita --celdas-extra diciembre lee la 13.ª celda");
        Directory.GetFiles(dir.Ruta, "*.json").Should().HaveCount(6);
        r.Salida.Should().Contain("6 planes, 30 actividades");
        Ejecucion.De(dir.Ruta, "importar", "seed.txt", "--celdas-extra", "OMITIR", "--salida", "o").Errores.Should().Contain("Por la política --celdas-extra omitir,");
    }

    [Fact]
    public void SeparadorExplicito_PuntoYComa()
    {
        CopiarSeed("seed.csv", "poa-2023-punto-y-coma.csv");

        var r = Ejecucion.De(dir.Ruta, "importar", "seed.csv", "--separador", "punto-y-coma", "--celdas-extra", "diciembre", "--salida", "planes");

        r.Salida.Should().Contain("6 planes, 34 actividades");
        PlanesEn("planes").Should().BeEquivalentTo(Muestras.Todos, o => o.Using<Poa.Domain.Plan>(c => c.Subject.Should().Be(c.Expectation)).WhenTypeIs<Poa.Domain.Plan>());
        Ejecucion.De(dir.Ruta, "importar", "seed.csv", "--separador", "TAB", "--salida", "otros").Codigo.Should().Be(1, "leído como tabulado, no tiene las columnas de un POA");
    }

    [Fact]
    public void VariosArchivos_UnaCarpetaYUnPatron_CadaPlanUnaVez()
    {
        Directory.CreateDirectory(Path.Combine(dir.Ruta, "hojas"));
        File.Copy(Path.Combine(Datos, "limpio.txt"), Path.Combine(dir.Ruta, "hojas", "a.txt"));
        File.Copy(Path.Combine(Datos, "limpio.csv"), Path.Combine(dir.Ruta, "hojas", "b.csv"));

        var r = Ejecucion.De(dir.Ruta, "importar", "hojas", "--salida", "planes");
        var conPatron = Ejecucion.De(dir.Ruta, "importar", "hojas/*.txt", "--salida", "otros");

        r.Codigo.Should().Be(0);
        r.Salida.Should().Contain(Path.Combine("hojas", "a.txt") + ": ").And.Contain(Path.Combine("hojas", "b.csv") + ": ");
        Directory.GetFiles(Path.Combine(dir.Ruta, "planes"), "*.json").Select(Path.GetFileName).Should().HaveCount(2).And.Contain(n => n!.EndsWith("-2.json", StringComparison.Ordinal),
            "el mismo plan en dos archivos se escribe dos veces, el segundo con -2");
        conPatron.Codigo.Should().Be(0);
        Directory.GetFiles(Path.Combine(dir.Ruta, "otros"), "*.json").Should().ContainSingle();
        Ejecucion.De(dir.Ruta, "importar", "hojas/*.xlsx").Should().Be(new Ejecucion(2, "", "hojas/*.xlsx: ningún archivo coincide con el patrón." + Environment.NewLine));
    }

    [Fact]
    public void ArchivoExistente_SinSobrescribir_Codigo1YNoEscribeNada_ConSobrescribirLoReemplaza()
    {
        CopiarSeed();
        var existente = dir.Archivo(Path.Combine("planes", "direccion-de-mejora-regulatoria-2023.json"), "editado a mano");

        var r = Ejecucion.De(dir.Ruta, "importar", "seed.txt", "--salida", "planes", "--celdas-extra", "diciembre");

        r.Codigo.Should().Be(1);
        r.Errores.Should().Contain(Path.Combine("planes", "direccion-de-mejora-regulatoria-2023.json") + ": ya existe; use --sobrescribir para reemplazarlo. No se escribió ningún archivo.");
        r.Salida.Should().BeEmpty();
        File.ReadAllText(existente).Should().Be("editado a mano");
        Directory.GetFiles(Path.Combine(dir.Ruta, "planes")).Should().ContainSingle("ningún otro plan se escribe, ni temporales");

        var s = Ejecucion.De(dir.Ruta, "importar", "seed.txt", "--salida", "planes", "--celdas-extra", "diciembre", "--sobrescribir");

        s.Codigo.Should().Be(1, "el seed tiene errores de validación, pero sus planes se escriben");
        Directory.GetFiles(Path.Combine(dir.Ruta, "planes")).Should().HaveCount(6);
        PoaJson.DeserializePlan(File.ReadAllText(existente)).Should().Be(Muestras.MejoraRegulatoria);
    }

    [Fact]
    public void UnaEntradaIlegible_Codigo2_YNoSeEscribeNada()
    {
        CopiarSeed();

        var r = Ejecucion.De(dir.Ruta, "importar", "seed.txt", "no-existe.txt", "--salida", "planes");

        r.Should().Be(new Ejecucion(2, "", "no-existe.txt: no existe el archivo." + Environment.NewLine));
        Directory.Exists(Path.Combine(dir.Ruta, "planes")).Should().BeFalse();
    }

    [Fact]
    public void CarpetaDeSalida_QueNoExisteSeCrea_UnArchivoEnSuLugarEsCodigo2()
    {
        CopiarSeed();
        dir.Archivo("ocupado", "no soy una carpeta");

        Ejecucion.De(dir.Ruta, "importar", "seed.txt", "--salida", Path.Combine("nueva", "sub")).Codigo.Should().Be(1);
        Directory.GetFiles(Path.Combine(dir.Ruta, "nueva", "sub"), "*.json").Should().HaveCount(6);
        Ejecucion.De(dir.Ruta, "importar", "seed.txt", "--salida", "ocupado").Should().Be(new Ejecucion(2, "", "ocupado: es un archivo, no una carpeta." + Environment.NewLine));
    }

    [Fact]
    public void CarpetaDeSalidaDeSoloLectura_Codigo2_SinArchivosAMedias()
    {
        CopiarSeed();
        var soloLectura = Path.Combine(dir.Ruta, "solo-lectura");
        Directory.CreateDirectory(soloLectura);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(soloLectura, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        if (PuedeEscribir(soloLectura))
        {
            // As root the permission does not stop anyone: a read-only file system does.
            soloLectura = "/proc/self";
        }

        var r = Ejecucion.De(dir.Ruta, "importar", "seed.txt", "--salida", soloLectura);

        r.Codigo.Should().Be(2);
        r.LineasDeErrores.Last().Should().Contain("no se pudo");
        r.Errores.Should().NotContain("error interno");
        if (soloLectura != "/proc/self")
        {
            Directory.GetFileSystemEntries(soloLectura).Should().BeEmpty();
        }
    }

    private static bool PuedeEscribir(string carpeta)
    {
        try
        {
            File.WriteAllText(Path.Combine(carpeta, ".prueba"), "");
            File.Delete(Path.Combine(carpeta, ".prueba"));
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Fact]
    public void Vacio_Binario_Inexistente_Carpeta_Codigo2()
    {
        dir.Archivo("vacio.txt", "");
        dir.Bytes("imagen.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        Directory.CreateDirectory(Path.Combine(dir.Ruta, "carpeta.txt"));

        Ejecucion.De(dir.Ruta, "importar", "vacio.txt").Should().Be(new Ejecucion(2, "", "vacio.txt: el archivo está vacío." + Environment.NewLine));
        Ejecucion.De(dir.Ruta, "importar", "imagen.png").Should().Be(new Ejecucion(2, "", "imagen.png: no es un archivo de texto (parece binario)." + Environment.NewLine));
        Ejecucion.De(dir.Ruta, "importar", "no.txt").Should().Be(new Ejecucion(2, "", "no.txt: no existe el archivo." + Environment.NewLine));
        Ejecucion.De(dir.Ruta, "importar", "carpeta.txt").Should().Be(new Ejecucion(2, "", "carpeta.txt: la carpeta no tiene archivos .xlsx, .xlsm, .xls, .txt, .tsv, .csv." + Environment.NewLine));
    }

    [Fact]
    public void TextoSinPoa_Codigo1ConDiagnostico()
    {
        dir.Archivo("notas.txt", "Lista del súper\nleche\tpan\n");

        var r = Ejecucion.De(dir.Ruta, "importar", "notas.txt");

        r.Codigo.Should().Be(1);
        r.Errores.Should().StartWith("notas.txt").And.Contain("error POA1");
        r.Salida.Should().Contain("0 planes");
    }
}
