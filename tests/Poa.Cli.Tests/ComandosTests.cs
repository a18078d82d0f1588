using System.Diagnostics;
using Poa.Domain.Json;
using Muestras = Poa.Domain.Testing.PlanesDeEjemplo;

namespace Poa.Cli.Tests;

public sealed class ComandosTests : IDisposable
{
    // The project's own copy of the seed (byte for byte the file in shared/seeds), so tests never need ../shared.
    private static readonly string Seed = Path.Combine(DatosDeEjemploTests.RaizDelRepositorio(), "tests", "Poa.Domain.Tests", "Importacion", "Datos", "poa-2023.txt");

    private readonly DirectorioTemporal dir = new();

    public void Dispose() => dir.Dispose();

    private static string SeedOCopia() => File.Exists(Seed) ? Seed : throw new InvalidOperationException($"No se encontró la copia del seed en {Seed}.");

    [Fact]
    public void Importar_Seed_SeisPlanesIgualesALosCurados_DiagnosticosEnStderr_Codigo1()
    {
        File.Copy(SeedOCopia(), Path.Combine(dir.Ruta, "seed.txt"));
        var r = Ejecucion.De(dir.Ruta, "importar", "seed.txt", "--salida", "planes", "--celdas-extra", "diciembre");
        r.Codigo.Should().Be(1, "el seed tiene tres metas que no cuadran (POA001)");
        r.Salida.Should().EndWith("seed.txt: 6 planes, 34 actividades; 3 errores, 4 advertencias." + Environment.NewLine);
        r.Errores.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(l => l.StartsWith("seed.txt:", StringComparison.Ordinal));
        r.Errores.Should().Contain("error POA001").And.Contain("advertencia POA113");
        var archivos = Directory.GetFiles(Path.Combine(dir.Ruta, "planes"), "*.json");
        archivos.Should().HaveCount(6);
        var planes = archivos.Select(a => PoaJson.DeserializePlan(File.ReadAllText(a))).ToList();
        planes.Should().BeEquivalentTo(Muestras.Todos, o => o.Using<Poa.Domain.Plan>(c => c.Subject.Should().Be(c.Expectation)).WhenTypeIs<Poa.Domain.Plan>(),
            "importar el seed con la regla de la celda 13 da la copia curada");
    }

    [Fact]
    public void Importar_PorOmision_RechazaLasFilasConCeldasExtra()
    {
        File.Copy(SeedOCopia(), Path.Combine(dir.Ruta, "seed.txt"));
        var r = Ejecucion.De(dir.Ruta, "importar", "seed.txt");
        r.Codigo.Should().Be(1);
        r.Errores.Should().Contain("error POA112");
        Directory.GetFiles(dir.Ruta, "*.json").Should().HaveCount(6);
        r.Salida.Should().Contain("6 planes, 30 actividades");
    }

    [Fact]
    public void Importar_SeparadorExplicito_PuntoYComa_LeeLaCopiaCsvDelSeed()
    {
        var copia = Path.Combine(Path.GetDirectoryName(Seed)!, "poa-2023-punto-y-coma.csv");
        File.Copy(copia, Path.Combine(dir.Ruta, "seed.csv"));
        var r = Ejecucion.De(dir.Ruta, "importar", "seed.csv", "--separador", "punto-y-coma", "--celdas-extra", "diciembre", "--salida", "planes");
        r.Codigo.Should().Be(1, "el seed tiene tres metas que no cuadran (POA001)");
        r.Salida.Should().Contain("6 planes, 34 actividades");
        var planes = Directory.GetFiles(Path.Combine(dir.Ruta, "planes"), "*.json").Select(a => PoaJson.DeserializePlan(File.ReadAllText(a))).ToList();
        planes.Should().BeEquivalentTo(Muestras.Todos, o => o.Using<Poa.Domain.Plan>(c => c.Subject.Should().Be(c.Expectation)).WhenTypeIs<Poa.Domain.Plan>());

        var forzado = Ejecucion.De(dir.Ruta, "importar", "seed.csv", "--separador", "tab", "--salida", "otros");
        forzado.Codigo.Should().Be(1, "leído como tabulado, el archivo no tiene las columnas de un POA");
        Ejecucion.De(dir.Ruta, "importar", "seed.csv", "--separador", "pipe").Should().Be(
            new Ejecucion(2, "", "poa: --separador «pipe» no es auto, tab, coma ni punto-y-coma." + Environment.NewLine));
    }

    [Fact]
    public void Importar_Vacio_Binario_Inexistente_Codigo2()
    {
        dir.Archivo("vacio.txt", "");
        File.WriteAllBytes(Path.Combine(dir.Ruta, "imagen.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        Ejecucion.De(dir.Ruta, "importar", "vacio.txt").Should().Be(new Ejecucion(2, "", "vacio.txt: el archivo está vacío." + Environment.NewLine));
        Ejecucion.De(dir.Ruta, "importar", "imagen.png").Should().Be(new Ejecucion(2, "", "imagen.png: no es un archivo de texto (parece binario)." + Environment.NewLine));
        Ejecucion.De(dir.Ruta, "importar", "no.txt").Codigo.Should().Be(2);
        Ejecucion.De(dir.Ruta, "importar").Codigo.Should().Be(2);
        Ejecucion.De(dir.Ruta, "importar", "a.txt", "b.txt").Errores.Should().Contain("sobra «b.txt»");
        Ejecucion.De(dir.Ruta, "importar", "a.txt", "--celdas-extra", "adivinar").Errores.Should().Contain("--celdas-extra «adivinar»");
    }

    [Fact]
    public void Importar_TextoSinPoa_Codigo1ConDiagnostico()
    {
        dir.Archivo("notas.txt", "Lista del súper\nleche\tpan\n");
        var r = Ejecucion.De(dir.Ruta, "importar", "notas.txt");
        r.Codigo.Should().Be(1);
        r.Errores.Should().StartWith("notas.txt").And.Contain("error POA1");
        r.Salida.Should().Contain("0 planes");
    }

    [Fact]
    public void Validar_PlanesDeEjemplo_DiagnosticosEnStderrResumenEnStdout()
    {
        var carpeta = DatosDeEjemploTests.CarpetaDePlanes;
        var mejora = Path.Combine(carpeta, "05-direccion-de-mejora-regulatoria-2023.json");
        var enlace = Path.Combine(carpeta, "06-direccion-de-enlace-municipal-2023.json");
        var r = Ejecucion.De(dir.Ruta, "validar", mejora, enlace);
        r.Codigo.Should().Be(1);
        r.Errores.Trim().Split(Environment.NewLine).Should().ContainSingle()
            .Which.Should().StartWith(mejora + ": plan «Dirección de Mejora Regulatoria», actividad 1, meta: error POA001: La meta anual es 3 Reuniones");
        r.Salida.Should().Be(
            $"{mejora}: plan «Dirección de Mejora Regulatoria» 2023, 4 actividades: 1 error, 0 advertencias.{Environment.NewLine}"
            + $"{enlace}: plan «Dirección de Enlace Municipal» 2023, 6 actividades: 0 errores, 0 advertencias.{Environment.NewLine}");
        Ejecucion.De(dir.Ruta, "validar", enlace).Codigo.Should().Be(0);
    }

    [Fact]
    public void Validar_JsonInvalidoYVacio()
    {
        dir.Archivo("malo.json", "{ \"formato\": \"poa.plan\", \"version\": 1 }");
        var r = Ejecucion.De(dir.Ruta, "validar", "malo.json");
        r.Codigo.Should().Be(1);
        r.Errores.Should().StartWith("malo.json: error: $");
        r.Salida.Should().Be("malo.json: no se pudo leer el plan." + Environment.NewLine);
        dir.Archivo("vacio.json", "");
        Ejecucion.De(dir.Ruta, "validar", "vacio.json").Codigo.Should().Be(2);
        Ejecucion.De(dir.Ruta, "validar").Codigo.Should().Be(2);
    }

    [Fact]
    public void Validar_ActividadNumerada10Millones_ErrorConLaRutaSinColgarse()
    {
        var json = File.ReadAllText(Path.Combine(DatosDeEjemploTests.CarpetaDePlanes, "05-direccion-de-mejora-regulatoria-2023.json"));
        dir.Archivo("plan.json", json.Replace("\"numero\": 4,", "\"numero\": 10000000,"));

        var r = Ejecucion.De(dir.Ruta, "validar", "plan.json");

        r.Codigo.Should().Be(1);
        r.Errores.Should().StartWith("plan.json: error: $.actividades[3].numero: se esperaba un entero de 1 a 9999 (el número de la actividad); se recibió 10000000.");
    }

    [Fact]
    public void Importar_ActividadNumerada2147483647_DiagnosticoPOA123SinColgarse()
    {
        var lineas = File.ReadAllLines(SeedOCopia());
        var i = Array.FindIndex(lineas, l => l.StartsWith("4\t", StringComparison.Ordinal));
        lineas[i] = "2147483647" + lineas[i].Substring(1);
        File.WriteAllLines(Path.Combine(dir.Ruta, "seed.txt"), lineas);

        var r = Ejecucion.De(dir.Ruta, "importar", "seed.txt", "--salida", "planes");

        r.Codigo.Should().Be(1);
        r.Errores.Should().Contain($"seed.txt:{i + 1}:1, plan «Gobierno Digital»: error POA123: «2147483647» no es un número de actividad (un entero de 1 a 9999)");
    }

    [Fact]
    public void Validar_JsonLines_UnPlanPorLinea()
    {
        using (var flujo = File.Create(Path.Combine(dir.Ruta, "planes.jsonl")))
        {
            PoaJson.SerializePlanes(flujo, Muestras.Todos);
        }

        var r = Ejecucion.De(dir.Ruta, "validar", "planes.jsonl");
        r.Salida.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(6);
        r.Codigo.Should().Be(1);
    }

    [Fact]
    public void Ejemplo_EvaluaLosSeisPlanesAlCortePredeterminado()
    {
        var r = Ejecucion.De(".", "ejemplo");
        r.Codigo.Should().Be(0);
        r.Errores.Should().BeEmpty();
        r.Salida.Should().StartWith("Semáforo al corte 2023-06: 6 planes, 34 actividades: 17 verde, 7 amarillo, 8 rojo, 2 sin color.")
            .And.Contain("Dirección de Mejora Regulatoria").And.Contain("Resumen por unidad responsable");
    }

    [Fact]
    public void Ejemplo_OtroCorteYFormato()
    {
        var r = Ejecucion.De(".", "ejemplo", "--corte", "2023-12", "--formato", "json");
        r.Codigo.Should().Be(0);
        r.Salida.Should().Contain("\"corte\": \"2023-12\"");
        Ejecucion.De(".", "ejemplo", "--corte", "2024-01").Codigo.Should().Be(2);
        Ejecucion.De(".", "ejemplo", "extra").Codigo.Should().Be(2);
    }

    // ---- as a real process ----

    private static (int Codigo, string Salida, string Errores) Proceso(string directorio, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "poa.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directorio };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("NO_COLOR");
        using var proceso = Process.Start(info)!;
        var salida = proceso.StandardOutput.ReadToEndAsync();
        var errores = proceso.StandardError.ReadToEndAsync();
        proceso.WaitForExit(60_000).Should().BeTrue();
        return (proceso.ExitCode, salida.Result, errores.Result);
    }

    [Fact]
    public void Proceso_EjemploRedirigido_SinColor_Codigo0()
    {
        var (codigo, salida, errores) = Proceso(dir.Ruta, "ejemplo");
        codigo.Should().Be(0);
        errores.Should().BeEmpty();
        salida.Should().StartWith("Semáforo al corte 2023-06").And.NotContain("\u001b");
    }

    [Fact]
    public void Proceso_EntradaMala_CodigoRealYUnaLineaEnStderrSinTraza()
    {
        dir.Archivo("a.csv", "unidad_responsable,actividad,mes,realizado\nDirección de Mejora Regulatoria,7,2023-01,1\n");
        var plan = Path.Combine(DatosDeEjemploTests.CarpetaDePlanes, "05-direccion-de-mejora-regulatoria-2023.json");
        var (codigo, salida, errores) = Proceso(dir.Ruta, "evaluar", plan, "--avances", "a.csv", "--corte", "2023-06");
        codigo.Should().Be(1);
        salida.Should().BeEmpty();
        errores.Should().Be("a.csv:2:33: el plan «Dirección de Mejora Regulatoria» no tiene la actividad 7 (tiene 4)." + Environment.NewLine);

        var (codigo2, _, errores2) = Proceso(dir.Ruta, "evaluar", plan, "--avances", "a.csv", "--corte", "2030-01");
        codigo2.Should().Be(2);
        errores2.Should().StartWith("poa: el corte 2030-01 está fuera del ejercicio 2023").And.NotContain(" at ");
    }
}
