using System.Text;
using System.Text.Json;
using Poa.Domain.Json;
using Muestras = Poa.Domain.Testing.PlanesDeEjemplo;

namespace Poa.Cli.Tests;

public sealed class ComandoEvaluarTests : IDisposable
{
    private const string MejoraRegulatoria = "05-direccion-de-mejora-regulatoria-2023.json";
    private const string EnlaceMunicipal = "06-direccion-de-enlace-municipal-2023.json";
    private const string Encabezado = "unidad_responsable,actividad,mes,realizado,numerador,denominador,justificacion\n";

    private readonly DirectorioTemporal dir = new();

    public ComandoEvaluarTests() => dir.CopiarDatosDeEjemplo();

    public void Dispose() => dir.Dispose();

    private string[] TodosLosPlanes => Directory.GetFiles(dir.Ruta, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private Ejecucion Evaluar(params string[] args) => Ejecucion.De(dir.Ruta, ["evaluar", .. args]);

    [Fact]
    public void Tabla_TodosLosPlanes_SemaforoYResumenes()
    {
        var r = Evaluar([.. TodosLosPlanes, "--avances", "avances.csv", "--corte", "2023-06"]);

        r.Errores.Should().BeEmpty();
        r.Codigo.Should().Be(0);
        r.Salida.Should().StartWith("Semáforo al corte 2023-06: 6 planes, 34 actividades: 17 verde, 7 amarillo, 8 rojo, 2 sin color.")
            .And.Contain("Resumen por unidad responsable").And.Contain("Resumen por programa presupuestario")
            .And.Contain("Resumen por eje rector").And.Contain("Resumen por objetivo estratégico").And.Contain("Resumen por dependencia")
            .And.NotContain("\u001b[");
        r.Salida.Should().MatchRegex(@"\n +4 +Elaborar los informes de avance del Programa An… +4 Informes +2 +1 +50\.00 +25\.00 +rojo +sin reporte: jun");
    }

    [Fact]
    public void UnaCarpetaDePlanes_UnPatron_YJsonLines_DanLoMismo()
    {
        Directory.CreateDirectory(Path.Combine(dir.Ruta, "planes"));
        foreach (var plan in TodosLosPlanes)
        {
            File.Move(Path.Combine(dir.Ruta, plan), Path.Combine(dir.Ruta, "planes", plan));
        }

        using (var flujo = File.Create(Path.Combine(dir.Ruta, "todos.jsonl")))
        {
            PoaJson.SerializePlanes(flujo, Muestras.Todos);
        }

        var carpeta = Evaluar("planes", "--avances", "avances.csv", "--corte", "2023-06", "--formato", "csv");
        var patron = Evaluar("planes/*.json", "--avances", "avances.csv", "--corte", "2023-06", "--formato", "csv");
        var jsonl = Evaluar("todos.jsonl", "--avances", "avances.csv", "--corte", "2023-06", "--formato", "csv");

        carpeta.Codigo.Should().Be(0);
        carpeta.Salida.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(35);
        patron.Should().Be(carpeta);
        jsonl.Should().Be(carpeta);
        Evaluar("planes", "planes/*.json", "--avances", "avances.csv", "avances.csv", "--corte", "2023-06", "--formato", "csv")
            .Should().Be(carpeta, "un archivo nombrado dos veces se lee una vez");
    }

    [Fact]
    public void VariosArchivosDeAvances_SeCompletan_YUnaCarpetaTambien()
    {
        var lineas = File.ReadAllLines(Path.Combine(dir.Ruta, "avances.csv"));
        Directory.CreateDirectory(Path.Combine(dir.Ruta, "meses"));
        File.WriteAllLines(Path.Combine(dir.Ruta, "meses", "a.csv"), lineas.Take(60));
        File.WriteAllLines(Path.Combine(dir.Ruta, "meses", "b.csv"), lineas.Take(1).Concat(lineas.Skip(60)));
        var todo = Evaluar([.. TodosLosPlanes, "--avances", "avances.csv", "--corte", "2023-06", "--formato", "json"]);

        Evaluar([.. TodosLosPlanes, "--avances", "meses/a.csv", "meses/b.csv", "--corte", "2023-06", "--formato", "json"]).Should().Be(todo);
        Evaluar([.. TodosLosPlanes, "--avances", "meses/a.csv", "--avances", "meses/b.csv", "--corte", "2023-06", "--formato", "json"]).Should().Be(todo);
        Evaluar([.. TodosLosPlanes, "--avances", "meses", "--corte", "2023-06", "--formato", "json"]).Should().Be(todo);
    }

    [Theory]
    [InlineData("Direccion de Mejora Regulatoria")]
    [InlineData("DIRECCIÓN DE MEJORA REGULATORIA")]
    [InlineData("dirección de mejora  regulatoria")]
    public void Unidad_SinAcentosNiMayusculas_EsLaDelPlan(string unidad)
    {
        dir.Archivo("a.csv", Encabezado + unidad + ",4,2023-03,1,,,\n");

        var r = Evaluar(MejoraRegulatoria, "--avances", "a.csv", "--corte", "2023-03", "--formato", "csv");

        r.Errores.Should().BeEmpty();
        r.Codigo.Should().Be(0);
        r.Salida.Split("\r\n")[4].Should().Contain(",4,Elaborar los informes").And.Contain(",1,1,100,25,verde,");
    }

    [Fact]
    public void OmitirOtrasUnidades_UnaNotaPorUnidadEnErrores_YCodigo0()
    {
        var r = Evaluar(MejoraRegulatoria, EnlaceMunicipal, "--avances", "avances.csv", "--omitir-otras-unidades", "--corte", "2023-06", "--formato", "json");

        r.Codigo.Should().Be(0);
        r.LineasDeErrores.Should().HaveCount(4).And.AllSatisfy(l => l.Should().StartWith("avances.csv:").And.Contain("información POA226: Se omitieron"));
        using var doc = JsonDocument.Parse(r.Salida);
        doc.RootElement.GetProperty("actividades").GetArrayLength().Should().Be(10);
        Evaluar(MejoraRegulatoria, "--avances", "avances.csv", "--corte", "2023-06").Codigo.Should().Be(1, "sin la opción, las otras unidades son un error");
    }

    [Fact]
    public void AvancesJson_YJsonLines_FormatoDeLaBiblioteca()
    {
        dir.Archivo("a.json", """
            { "formato": "poa.avances", "version": 1, "ejercicio": 2023, "unidadResponsable": "Dirección de Mejora Regulatoria",
              "avances": [ { "actividad": 1, "mes": "2023-01", "realizado": 1 }, { "actividad": 4, "mes": "2023-03", "realizado": 1 } ] }
            """);
        File.Copy(Path.Combine(DatosDeEjemploTests.RaizDelRepositorio(), "src", "Poa.Cli", "Datos", "avances-2023.jsonl"), Path.Combine(dir.Ruta, "avances.jsonl"));

        var json = Evaluar(MejoraRegulatoria, "--avances", "a.json", "--corte", "2023-03", "--formato", "csv");
        var jsonl = Evaluar([.. TodosLosPlanes, "--avances", "avances.jsonl", "--corte", "2023-06"]);

        json.Errores.Should().BeEmpty();
        json.Salida.Should().Contain(",1,1,100,33.33,verde,").And.Contain(",1,1,100,25,verde,");
        jsonl.Should().Be(Evaluar([.. TodosLosPlanes, "--avances", "avances.csv", "--corte", "2023-06"]));
    }

    // ---- bad input: exit 1 with every problem located, or 2 for what cannot be read ----

    [Fact]
    public void AvancesConErrores_Codigo1_CadaUnoConArchivoLineaYColumna_SinSalida()
    {
        dir.Archivo("a.csv", Encabezado
            + "Dirección de Mejora Regulatoria,uno,2023-01,1,,,\n"
            + "\"Dirección de Mejora Regulatoria\",9,2023-02,1,,,\n"
            + "Dirección de Obras,1,2023-01,1,,,\n");

        var r = Evaluar(MejoraRegulatoria, "--avances", "a.csv", "--corte", "2023-06");

        r.Codigo.Should().Be(1);
        r.Salida.Should().BeEmpty();
        r.LineasDeErrores.Should().Equal(
            "a.csv:2:33, plan «Dirección de Mejora Regulatoria»: error POA228: El número de actividad «uno» no es un entero positivo.",
            "a.csv:3:35, plan «Dirección de Mejora Regulatoria», actividad 9: error POA201: El avance de febrero de 2023 es de la actividad 9, que el plan no tiene.",
            "a.csv:4:1: error POA225: La unidad responsable «Dirección de Obras» no es de ninguno de los planes (los planes son de «Dirección de Mejora Regulatoria»).");
    }

    [Fact]
    public void AvancesSoloComillas_DosMarcasDeOrden_Truncados_NuncaErrorInterno()
    {
        dir.Archivo("comillas.csv", "\"\"");
        dir.Bytes("dos-marcas.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Encabezado + "Dirección de Mejora Regulatoria,4,2023-03,1,,,\n")]);
        dir.Archivo("truncado.csv", Encabezado + "Dirección de Mejora Regulatoria,4,\"2023");

        Evaluar(MejoraRegulatoria, "--avances", "comillas.csv", "--corte", "2023-06").Should().Match<Ejecucion>(r => r.Codigo == 1 && r.Errores.Contains("error POA220"));
        Evaluar(MejoraRegulatoria, "--avances", "dos-marcas.csv", "--corte", "2023-06").Codigo.Should().Be(0);
        Evaluar(MejoraRegulatoria, "--avances", "truncado.csv", "--corte", "2023-06").Should().Match<Ejecucion>(r => r.Codigo == 1 && r.Errores.Contains("error POA236"));
    }

    [Fact]
    public void PlanJsonInvalidoYTruncado_Codigo1ConRuta()
    {
        var json = File.ReadAllText(Path.Combine(dir.Ruta, MejoraRegulatoria)).Replace("\"numero\": 2", "\"numero\": \"dos\"", StringComparison.Ordinal);
        dir.Archivo("malo.json", json);
        dir.Archivo("truncado.json", json[..(json.Length / 2)]);

        var r = Evaluar("malo.json", "truncado.json", "--avances", "avances.csv", "--corte", "2023-06");

        r.Codigo.Should().Be(1);
        r.LineasDeErrores.Should().HaveCount(2);
        r.LineasDeErrores[0].Should().StartWith("malo.json: error: $.actividades[1].numero");
        r.LineasDeErrores[1].Should().StartWith("truncado.json: error: $");
    }

    [Theory]
    [InlineData("2024-01")]
    [InlineData("2022-12")]
    public void CorteFueraDelEjercicio_Codigo2(string corte)
    {
        var r = Evaluar(MejoraRegulatoria, "--avances", "avances.csv", "--corte", corte);

        r.Should().Be(new Ejecucion(2, "", $"poa evaluar: el corte {corte} está fuera del ejercicio 2023 del plan «Dirección de Mejora Regulatoria» ({MejoraRegulatoria}); use un mes de 2023-01 a 2023-12." + Environment.NewLine));
    }

    [Fact]
    public void ArchivosIlegibles_Codigo2_ConElArchivo()
    {
        dir.Archivo("vacio.json", "");
        dir.Archivo("blanco.csv", "  \n");
        dir.Bytes("binario.json", [0x7B, 0x00, 0xFF, 0x10, 0x00, 0x89, 0x50, 0x4E, 0x47]);
        dir.Bytes("latin1.csv", [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28]);
        Directory.CreateDirectory(Path.Combine(dir.Ruta, "carpeta.csv", "x"));

        Evaluar("vacio.json", "--avances", "avances.csv", "--corte", "2023-06").Should().Be(new Ejecucion(2, "", "vacio.json: el archivo está vacío." + Environment.NewLine));
        Evaluar(MejoraRegulatoria, "--avances", "blanco.csv", "--corte", "2023-06").Should().Be(new Ejecucion(2, "", "blanco.csv: el archivo está vacío." + Environment.NewLine));
        Evaluar("binario.json", "--avances", "avances.csv", "--corte", "2023-06").Should().Be(new Ejecucion(2, "", "binario.json: no es un archivo de texto (parece binario)." + Environment.NewLine));
        Evaluar(MejoraRegulatoria, "--avances", "latin1.csv", "--corte", "2023-06").Errores.Should().StartWith("latin1.csv: no es texto UTF-8");
        Evaluar("no-existe.json", "--avances", "avances.csv", "--corte", "2023-06").Should().Be(new Ejecucion(2, "", "no-existe.json: no existe el archivo." + Environment.NewLine));
        Evaluar(MejoraRegulatoria, "--avances", "carpeta.csv", "--corte", "2023-06").Codigo.Should().Be(2);
        Evaluar(MejoraRegulatoria, "--avances", "planes-que-no-hay/*.csv", "--corte", "2023-06").Codigo.Should().Be(2);
    }

    [Fact]
    public void ArchivoQueNoSePuedeLeer_Codigo2()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // A read error of the system (EIO), also as root.
        Evaluar(MejoraRegulatoria, "--avances", "/proc/self/mem", "--corte", "2023-06")
            .Should().Be(new Ejecucion(2, "", "/proc/self/mem: no se pudo leer el archivo: Input/output error" + Environment.NewLine));

        var ruta = dir.Archivo("secreto.csv", Encabezado);
        File.SetUnixFileMode(ruta, UnixFileMode.None);
        var esRoot = Environment.UserName == "root";
        if (!esRoot)
        {
            Evaluar(MejoraRegulatoria, "--avances", "secreto.csv", "--corte", "2023-06").Should().Be(new Ejecucion(2, "", "secreto.csv: no hay permiso para leer el archivo." + Environment.NewLine));
        }
    }

    [Fact]
    public void LimiteJson_AvancesJsonMayoresQueElLimite_NombraLaOpcion()
    {
        var justificacion = new string('x', 8000);
        dir.Archivo("a.json", $$"""
            { "formato": "poa.avances", "version": 1, "ejercicio": 2023, "unidadResponsable": "Dirección de Mejora Regulatoria",
              "avances": [ { "actividad": 1, "mes": "2023-01", "realizado": 1, "justificacion": "{{justificacion}}" } ] }
            """);

        var chico = Evaluar(MejoraRegulatoria, "--avances", "a.json", "--corte", "2023-03", "--limite-json", "5K");

        chico.Codigo.Should().Be(1, "el plan (3.6 KiB) cabe en 5 KiB; los avances (8 KiB), no");
        chico.Errores.Should().Be("a.json: error POA234: $: el documento mide 8210 bytes, más que el máximo de 5120 (--limite-json)." + Environment.NewLine);
        Evaluar(MejoraRegulatoria, "--avances", "a.json", "--corte", "2023-03", "--limite-json", "16K").Codigo.Should().Be(0);
    }

    [Fact]
    public void EntradasMalas_NuncaLleganAlErrorInterno()
    {
        var malos = new Dictionary<string, byte[]>
        {
            ["vacio"] = [],
            ["espacios"] = "   \n\n"u8.ToArray(),
            ["binario"] = [0, 1, 2, 3, 255, 254, 0],
            ["latin1"] = [0x41, 0xE9, 0x2C, 0x31],
            ["texto"] = "hola, mundo\n"u8.ToArray(),
            ["json-roto"] = "{ \"formato\": "u8.ToArray(),
            ["arreglo"] = "[1, 2, 3]"u8.ToArray(),
            ["comillas"] = "unidad_responsable,actividad,mes,realizado\n\"abierta,1,1,1\n"u8.ToArray(),
            ["solo-comillas"] = "\"\""u8.ToArray(),
            ["dos-marcas"] = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, (byte)'{'],
            ["utf16"] = [0xFF, 0xFE, 0x41, 0x00],
            ["profundo"] = Encoding.UTF8.GetBytes(new string('[', 5000)),
            ["sustituto"] = "{ \"formato\": \"poa.plan\", \"version\": 1, \"x\": \"\\ud800\" }"u8.ToArray(),
            ["enorme"] = Encoding.UTF8.GetBytes("unidad_responsable,actividad,mes,realizado\nDirección de Mejora Regulatoria,99999999999999,2023-01,79228162514264337593543950335\n"),
        };
        foreach (var (nombre, bytes) in malos)
        {
            dir.Bytes(nombre, bytes);
            foreach (var args in new[]
            {
                new[] { "evaluar", nombre, "--avances", "avances.csv", "--corte", "2023-06" },
                new[] { "evaluar", MejoraRegulatoria, "--avances", nombre, "--corte", "2023-06" },
                new[] { "validar", nombre },
                new[] { "importar", nombre, "--salida", "salida-" + nombre },
            })
            {
                var r = Ejecucion.De(dir.Ruta, args);
                r.Errores.Should().NotContain("error interno", string.Join(' ', args)).And.NotContain("   at ");
                r.Codigo.Should().BeOneOf([1, 2], string.Join(' ', args));
                r.Errores.Should().NotBeEmpty();
            }
        }
    }

    [Fact]
    public void MuchosPlanes_ProgresoEnErroresSoloEnTerminal()
    {
        var plan = File.ReadAllText(Path.Combine(dir.Ruta, MejoraRegulatoria));
        var archivos = new List<string>();
        for (var i = 0; i < 201; i++)
        {
            archivos.Add(Path.GetFileName(dir.Archivo($"p{i}.json", plan.Replace("Dirección de Mejora Regulatoria", $"Dirección {i}", StringComparison.Ordinal))));
        }

        dir.Archivo("vacios.csv", "unidad_responsable,actividad,mes,realizado\n");
        string[] args = ["evaluar", .. archivos, "--avances", "vacios.csv", "--corte", "2023-06", "--formato", "csv"];

        var enTerminal = Ejecucion.De(dir.Ruta, true, false, args);
        var redirigido = Ejecucion.De(dir.Ruta, false, false, args);

        enTerminal.Codigo.Should().Be(0);
        enTerminal.Errores.Should().Contain("Leyendo planes");
        enTerminal.Salida.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + (201 * 4));
        redirigido.Should().Be(enTerminal with { Errores = "" });
        Ejecucion.De(dir.Ruta, true, false, ["evaluar", "p1.json", "p2.json", "--avances", "vacios.csv", "--corte", "2023-06"]).Errores.Should().BeEmpty();
    }
}
