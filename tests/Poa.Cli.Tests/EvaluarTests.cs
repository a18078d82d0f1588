using System.Text;
using System.Text.Json;

namespace Poa.Cli.Tests;

public sealed class EvaluarTests : IDisposable
{
    private readonly DirectorioTemporal dir = new();

    public EvaluarTests()
    {
        foreach (var archivo in Directory.GetFiles(DatosDeEjemploTests.CarpetaDePlanes, "*.json"))
        {
            File.Copy(archivo, Path.Combine(dir.Ruta, Path.GetFileName(archivo)));
        }

        File.Copy(DatosDeEjemploTests.ArchivoDeAvances, Path.Combine(dir.Ruta, "avances.csv"));
    }

    private static string MejoraRegulatoria => "05-direccion-de-mejora-regulatoria-2023.json";

    private static string EnlaceMunicipal => "06-direccion-de-enlace-municipal-2023.json";

    private string[] TodosLosPlanes => Directory.GetFiles(dir.Ruta, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    public void Dispose() => dir.Dispose();

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
    public void Json_CadaActividadConUnidadNumeroColorYCumplimientoExacto()
    {
        var r = Evaluar(MejoraRegulatoria, EnlaceMunicipal, "--avances", "avances.csv", "--omitir-otras-unidades", "--corte", "2023-06", "--formato", "json");
        r.Codigo.Should().Be(0);
        r.Errores.Should().Be("avances.csv: se omitieron los avances de 4 unidades sin plan: «Dirección General de Gobierno Digital y Soporte Tecnológico», «Dirección de Participación Ciudadana», «Dirección de Soporte e infraestructura», «Gobierno Digital»." + Environment.NewLine);
        using var doc = JsonDocument.Parse(r.Salida);
        doc.RootElement.GetProperty("corte").GetString().Should().Be("2023-06");
        var actividades = doc.RootElement.GetProperty("actividades").EnumerateArray().ToList();
        actividades.Should().HaveCount(10);
        var mr2 = actividades[1];
        mr2.GetProperty("unidadResponsable").GetString().Should().Be("Dirección de Mejora Regulatoria");
        mr2.GetProperty("actividad").GetInt32().Should().Be(2);
        mr2.GetProperty("color").ValueKind.Should().Be(JsonValueKind.Null);
        mr2.GetProperty("cumplimiento").ValueKind.Should().Be(JsonValueKind.Null);
        mr2.GetProperty("estado").GetString().Should().Be("sinMetaProgramada");
        actividades[3].GetProperty("color").GetString().Should().Be("rojo");
        actividades[3].GetProperty("cumplimiento").GetDecimal().Should().Be(50m);
        actividades[3].GetProperty("mesesSinReporte").EnumerateArray().Select(e => e.GetString()).Should().Equal("2023-06");
        var enlace1 = actividades[4];
        enlace1.GetProperty("color").GetString().Should().Be("verde");
        enlace1.GetProperty("cumplimiento").GetDecimal().Should().Be(1053m / 1070m * 100m, "JSON da el decimal exacto");
        var resumenes = doc.RootElement.GetProperty("resumenes").EnumerateArray().ToList();
        resumenes.Where(g => g.GetProperty("agrupacion").GetString() == "unidadResponsable").Select(g => g.GetProperty("nombre").GetString())
            .Should().Equal("Dirección de Mejora Regulatoria", "Dirección de Enlace Municipal");
        var planes = doc.RootElement.GetProperty("planes").EnumerateArray().ToList();
        planes.Should().HaveCount(2);
        planes[0].GetProperty("formato").GetString().Should().Be("poa.resultados");
        planes[0].GetProperty("unidadResponsable").GetString().Should().Be("Dirección de Mejora Regulatoria");
        planes[0].GetProperty("actividades")[3].GetProperty("cumplimientoRedondeado").GetDecimal().Should().Be(50m);
    }

    [Fact]
    public void Csv_InvarianteConComillasRfc4180YDosDecimales()
    {
        var r = Evaluar(EnlaceMunicipal, "--avances", "avances.csv", "--omitir-otras-unidades", "--corte", "2023-06", "--formato", "csv");
        r.Codigo.Should().Be(0);
        var lineas = r.Salida.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lineas[0].Should().Be("unidad_responsable,dependencia,ejercicio,actividad,descripcion,programa_presupuestario,tipo,estado,programado,realizado,cumplimiento,avance_anual,color,meses_sin_reporte");
        lineas.Should().HaveCount(7);
        lineas[1].Should().EndWith(",porcentaje,evaluada,100,98.41,98.41,98.41,verde,");
        lineas[2].Should().EndWith(",acumulable,evaluada,6,4,66.67,33.33,amarillo,5;6");
        lineas[5].Should().EndWith(",Promover campañas informativas propuestas por la Secretaría Ejecutiva y la propia Dependencia.,Gobierno Digital,porcentaje,evaluada,100,60,60,60,amarillo,");
    }

    [Theory]
    [InlineData("simple", "simple")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("dice \"sí\"", "\"dice \"\"sí\"\"\"")]
    [InlineData("dos\nlíneas", "\"dos\nlíneas\"")]
    [InlineData("", "")]
    public void CampoCsv_ComillasSoloCuandoHacenFalta(string texto, string esperado) => Csv.Campo(texto).Should().Be(esperado);

    [Fact]
    public void Markdown_TablasConMarcasDeColor()
    {
        var r = Evaluar(MejoraRegulatoria, "--avances", "avances.csv", "--omitir-otras-unidades", "--corte", "2023-06", "--formato", "markdown");
        r.Codigo.Should().Be(0);
        r.Salida.Should().StartWith("# Semáforo al corte 2023-06")
            .And.Contain("## Dirección de Mejora Regulatoria")
            .And.Contain("| 4 | Elaborar los informes de avance del Programa Anual de Mejora Regulatoria | 4 Informes | 2 | 1 | 50.00 | 25.00 | 🔴 rojo | sin reporte: jun |")
            .And.Contain("⚪ sin color");
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void Tabla_ColoreaSoloEnTerminalSinNoColor(bool terminal, bool sinColor, bool colorea)
    {
        var r = Ejecucion.De(dir.Ruta, terminal, sinColor, "evaluar", MejoraRegulatoria, "--avances", "avances.csv", "--omitir-otras-unidades", "--corte", "2023-06");
        r.Codigo.Should().Be(0);
        r.Salida.Contains("\u001b[32mverde", StringComparison.Ordinal).Should().Be(colorea);
        r.Salida.Contains("\u001b[31mrojo", StringComparison.Ordinal).Should().Be(colorea);
        r.Salida.Contains('\u001b').Should().Be(colorea);
    }

    [Fact]
    public void OtrosFormatos_NuncaColorean()
    {
        foreach (var formato in new[] { "json", "csv", "markdown" })
        {
            Ejecucion.De(dir.Ruta, true, false, "evaluar", MejoraRegulatoria, "--avances", "avances.csv", "--omitir-otras-unidades", "--corte", "2023-06", "--formato", formato)
                .Salida.Should().NotContain("\u001b");
        }
    }

    [Fact]
    public void AvancesCsv_MesNumerico_VariablesSinRealizado_YJustificacionEntreComillas()
    {
        dir.Archivo("a.csv", "unidad_responsable,actividad,mes,realizado,numerador,denominador,justificacion\n"
            + "Dirección de Enlace Municipal,1,1,,95,100,\"Cinco llegaron tarde, el último día\"\n"
            + "Dirección de Enlace Municipal,1,2,100,300,300,\n"
            + "dirección de enlace  municipal,2,2023-01,1,,,\n");
        var r = Evaluar(EnlaceMunicipal, "--avances", "a.csv", "--corte", "2023-02", "--formato", "json");
        r.Errores.Should().BeEmpty();
        r.Codigo.Should().Be(0);
        using var doc = JsonDocument.Parse(r.Salida);
        var a = doc.RootElement.GetProperty("actividades");
        a[0].GetProperty("cumplimiento").GetDecimal().Should().Be(395m / 400m * 100m);
        a[1].GetProperty("cumplimiento").GetDecimal().Should().Be(50m);
    }

    [Fact]
    public void AvancesJson_FormatoDeLaBiblioteca()
    {
        dir.Archivo("a.json", """
            { "formato": "poa.avances", "version": 1, "ejercicio": 2023, "unidadResponsable": "Dirección de Mejora Regulatoria",
              "avances": [ { "actividad": 1, "mes": "2023-01", "realizado": 1 }, { "actividad": 4, "mes": "2023-03", "realizado": 1 } ] }
            """);
        var r = Evaluar(MejoraRegulatoria, "--avances", "a.json", "--corte", "2023-03", "--formato", "csv");
        r.Errores.Should().BeEmpty();
        r.Codigo.Should().Be(0);
        r.Salida.Should().Contain(",1,1,100,33.33,verde,").And.Contain(",1,1,100,25,verde,");
    }

    [Fact]
    public void AvancesJsonLines_UnDocumentoPorPlan()
    {
        dir.Archivo("a.jsonl",
            """{ "formato": "poa.avances", "version": 1, "ejercicio": 2023, "unidadResponsable": "Dirección de Mejora Regulatoria", "avances": [ { "actividad": 1, "mes": "2023-01", "realizado": 1 } ] }""" + "\n"
            + """{ "formato": "poa.avances", "version": 1, "ejercicio": 2023, "unidadResponsable": "Dirección de Enlace Municipal", "avances": [ { "actividad": 6, "mes": "2023-04", "realizado": 1 } ] }""" + "\n");
        var r = Evaluar(MejoraRegulatoria, EnlaceMunicipal, "--avances", "a.jsonl", "--corte", "2023-04", "--formato", "json");
        r.Errores.Should().BeEmpty();
        r.Codigo.Should().Be(0);
        using var doc = JsonDocument.Parse(r.Salida);
        doc.RootElement.GetProperty("actividades")[9].GetProperty("color").GetString().Should().Be("verde");
    }

    [Fact]
    public void AvancesJson_Invalido_Codigo1ConArchivoYRuta()
    {
        dir.Archivo("a.json", """{ "formato": "poa.avances", "version": 1, "ejercicio": 2023, "avances": [ { "actividad": "uno", "mes": "2023-01", "realizado": 1 } ] }""");
        var r = Evaluar(MejoraRegulatoria, "--avances", "a.json", "--corte", "2023-03");
        r.Codigo.Should().Be(1);
        r.Errores.Should().StartWith("a.json: error: $.avances[0].actividad");
        r.Salida.Should().BeEmpty();
    }

    // ---- bad input ----

    [Fact]
    public void PlanVacio_Codigo2()
    {
        dir.Archivo("vacio.json", "");
        var r = Evaluar("vacio.json", "--avances", "avances.csv", "--corte", "2023-06");
        r.Codigo.Should().Be(2);
        r.Errores.Should().Be("vacio.json: el archivo está vacío." + Environment.NewLine);
    }

    [Fact]
    public void AvancesVacios_Codigo2()
    {
        dir.Archivo("vacio.csv", "  \n");
        var r = Evaluar(MejoraRegulatoria, "--avances", "vacio.csv", "--corte", "2023-06");
        r.Codigo.Should().Be(2);
        r.Errores.Should().Be("vacio.csv: el archivo está vacío." + Environment.NewLine);
    }

    [Fact]
    public void ArchivoBinario_Codigo2()
    {
        File.WriteAllBytes(Path.Combine(dir.Ruta, "binario.json"), [0x7B, 0x00, 0xFF, 0x10, 0x00, 0x89, 0x50, 0x4E, 0x47]);
        var r = Evaluar("binario.json", "--avances", "avances.csv", "--corte", "2023-06");
        r.Codigo.Should().Be(2);
        r.Errores.Should().Be("binario.json: no es un archivo de texto (parece binario)." + Environment.NewLine);
    }

    [Fact]
    public void AvancesBinarios_Codigo2()
    {
        File.WriteAllBytes(Path.Combine(dir.Ruta, "binario.csv"), [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28]);
        var r = Evaluar(MejoraRegulatoria, "--avances", "binario.csv", "--corte", "2023-06");
        r.Codigo.Should().Be(2);
        r.Errores.Should().StartWith("binario.csv: no es texto UTF-8");
    }

    [Fact]
    public void ArchivoInexistente_Codigo2()
    {
        var r = Evaluar("no-existe.json", "--avances", "avances.csv", "--corte", "2023-06");
        r.Codigo.Should().Be(2);
        r.Errores.Should().Be("no-existe.json: no existe el archivo." + Environment.NewLine);
    }

    [Fact]
    public void CsvSinUnaColumna_Codigo1_LineaDelEncabezado()
    {
        dir.Archivo("a.csv", "unidad_responsable,actividad,mes\nDirección de Mejora Regulatoria,1,2023-01\n");
        var r = Evaluar(MejoraRegulatoria, "--avances", "a.csv", "--corte", "2023-06");
        r.Codigo.Should().Be(1);
        r.Errores.Should().Be("a.csv:1: falta la columna «realizado» en el encabezado; las columnas requeridas son unidad_responsable,actividad,mes,realizado." + Environment.NewLine);
        r.Salida.Should().BeEmpty();
    }

    [Fact]
    public void ActividadDesconocida_Codigo1_ArchivoLineaYColumna()
    {
        dir.Archivo("a.csv", "unidad_responsable,actividad,mes,realizado\nDirección de Mejora Regulatoria,1,2023-01,1\n\"Dirección de Mejora Regulatoria\",9,2023-02,1\n");
        var r = Evaluar(MejoraRegulatoria, "--avances", "a.csv", "--corte", "2023-06");
        r.Codigo.Should().Be(1);
        r.Errores.Should().Be("a.csv:3:35: el plan «Dirección de Mejora Regulatoria» no tiene la actividad 9 (tiene 4)." + Environment.NewLine);
    }

    [Fact]
    public void UnidadDesconocida_Codigo1()
    {
        dir.Archivo("a.csv", "unidad_responsable,actividad,mes,realizado\nDirección de Obras,1,2023-01,1\n");
        var r = Evaluar(MejoraRegulatoria, "--avances", "a.csv", "--corte", "2023-06");
        r.Codigo.Should().Be(1);
        r.Errores.Should().Be("a.csv:2: la unidad responsable «Dirección de Obras» no es de ninguno de los planes (use --omitir-otras-unidades para omitir sus avances)." + Environment.NewLine);
    }

    [Fact]
    public void VariosErroresEnElCsv_UnaLineaPorProblema()
    {
        dir.Archivo("a.csv", "unidad_responsable,actividad,mes,realizado,numerador,denominador\n"
            + "Dirección de Mejora Regulatoria,uno,2023-01,1,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-13,1,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-01,\"1,5\",,\n"
            + "Dirección de Mejora Regulatoria,1,2023-01,1\n"
            + "Dirección de Mejora Regulatoria,1,2022-12,1,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-01,,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-02,,5,\n");
        var r = Evaluar(MejoraRegulatoria, "--avances", "a.csv", "--corte", "2023-06");
        r.Codigo.Should().Be(1);
        r.Errores.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "a.csv:2:33: el número de actividad «uno» no es un entero positivo.",
            "a.csv:3:35: el mes «2023-13» no es AAAA-MM ni un número de 1 a 12.",
            "a.csv:4:43: «1,5» no es un número no negativo con punto decimal (realizado).",
            "a.csv:5: la fila tiene 4 columnas y el encabezado 6.");
    }

    [Fact]
    public void CsvConNumerosFueraDeLimites_UnaLineaPorProblemaConLugarYMotivo()
    {
        dir.Archivo("a.csv", "unidad_responsable,actividad,mes,realizado,numerador,denominador\n"
            + "Dirección de Mejora Regulatoria,1,2023-01,79228162514264337593543950335,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-02,0.0000001,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-03,1e3,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-04,,1e27,100\n");
        var r = Evaluar(MejoraRegulatoria, "--avances", "a.csv", "--corte", "2023-06");
        r.Codigo.Should().Be(1);
        r.Errores.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "a.csv:2:43: «79228162514264337593543950335» (realizado) excede el máximo admitido, 1000000000000 (10^12).",
            "a.csv:3:43: «0.0000001» (realizado) tiene 7 decimales, más de los 6 admitidos.",
            "a.csv:4:43: «1e3» no es un número no negativo con punto decimal (realizado).",
            "a.csv:5:44: «1e27» no es un número no negativo con punto decimal (numerador).");
    }

    [Fact]
    public void ErroresAlAsignar_MesFueraDelEjercicio_SinRealizado_VariablesIncompletas_Duplicado()
    {
        dir.Archivo("a.csv", "unidad_responsable,actividad,mes,realizado,numerador,denominador\n"
            + "Dirección de Mejora Regulatoria,1,2022-12,1,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-01,,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-02,,5,\n"
            + "Dirección de Mejora Regulatoria,1,3,1,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-03,2,,\n"
            + "Dirección de Mejora Regulatoria,1,4,,95,100\n");
        var r = Evaluar(MejoraRegulatoria, "--avances", "a.csv", "--corte", "2023-06");
        r.Codigo.Should().Be(1);
        var lineas = r.Errores.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lineas.Should().HaveCount(5);
        lineas[0].Should().Be("a.csv:2:35: el mes 2022-12 está fuera del ejercicio 2023 del plan «Dirección de Mejora Regulatoria».");
        lineas[1].Should().Be("a.csv:3: falta el realizado (o, para una meta de porcentaje, numerador y denominador).");
        lineas[2].Should().Be("a.csv:4: el avance trae numerador sin denominador; dé los dos o ninguno.");
        lineas[3].Should().StartWith("a.csv:6: error POA").And.Contain("dos avances");
        lineas[4].Should().StartWith("a.csv:7: error POA").And.Contain("acumulable");
    }

    [Fact]
    public void RealizadoQueNoCoincideConLasVariables_Codigo1()
    {
        dir.Archivo("a.csv", "unidad_responsable,actividad,mes,realizado,numerador,denominador\nDirección de Enlace Municipal,1,1,90,95,100\n");
        var r = Evaluar(EnlaceMunicipal, "--avances", "a.csv", "--corte", "2023-06");
        r.Codigo.Should().Be(1);
        r.Errores.Should().Contain("a.csv:2: el realizado 90 no coincide con numerador / denominador = 95%");
    }

    [Theory]
    [InlineData("2024-01")]
    [InlineData("2022-12")]
    public void CorteFueraDelEjercicio_Codigo2(string corte)
    {
        var r = Evaluar(MejoraRegulatoria, "--avances", "avances.csv", "--corte", corte);
        r.Codigo.Should().Be(2);
        r.Errores.Should().Be($"poa: el corte {corte} está fuera del ejercicio 2023 del plan «Dirección de Mejora Regulatoria» ({MejoraRegulatoria}); use un mes de 2023-01 a 2023-12." + Environment.NewLine);
        r.Salida.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2023-6")]
    [InlineData("junio")]
    [InlineData("2023-13")]
    [InlineData("6")]
    public void CorteMalEscrito_Codigo2(string corte)
    {
        var r = Evaluar(MejoraRegulatoria, "--avances", "avances.csv", "--corte", corte);
        r.Codigo.Should().Be(2);
        r.Errores.Should().Be($"poa: el corte «{corte}» no es un mes AAAA-MM (por ejemplo 2023-06)." + Environment.NewLine);
    }

    [Theory]
    [InlineData(new[] { "--avances", "avances.csv", "--corte", "2023-06" }, "necesita al menos un PLAN.json")]
    [InlineData(new[] { "x.json", "--corte", "2023-06" }, "necesita --avances ARCHIVO")]
    [InlineData(new[] { "x.json", "--avances", "avances.csv" }, "necesita --corte AAAA-MM")]
    [InlineData(new[] { "x.json", "--avances", "avances.csv", "--corte", "2023-06", "--formato", "xml" }, "formato desconocido «xml»")]
    [InlineData(new[] { "x.json", "--avance", "avances.csv" }, "opción desconocida --avance")]
    public void UsoIncorrecto_Codigo2(string[] args, string mensaje)
    {
        var r = Evaluar(args);
        r.Codigo.Should().Be(2);
        r.Errores.Should().StartWith("poa: ").And.Contain(mensaje);
    }

    [Fact]
    public void PlanJsonInvalido_Codigo1ConRuta()
    {
        var json = File.ReadAllText(Path.Combine(dir.Ruta, MejoraRegulatoria)).Replace("\"numero\": 2", "\"numero\": \"dos\"", StringComparison.Ordinal);
        dir.Archivo("malo.json", json);
        dir.Archivo("truncado.json", json.Substring(0, json.Length / 2));
        var r = Evaluar("malo.json", "truncado.json", "--avances", "avances.csv", "--corte", "2023-06");
        r.Codigo.Should().Be(1);
        var lineas = r.Errores.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lineas.Should().HaveCount(2);
        lineas[0].Should().StartWith("malo.json: error: $.actividades[1].numero");
        lineas[1].Should().StartWith("truncado.json: error: $");
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
            ["utf16"] = [0xFF, 0xFE, 0x41, 0x00],
            ["profundo"] = Encoding.UTF8.GetBytes(new string('[', 5000)),
        };
        foreach (var (nombre, bytes) in malos)
        {
            File.WriteAllBytes(Path.Combine(dir.Ruta, nombre), bytes);
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
    public void MuchosPlanes_ProgresoEnStderrSoloEnTerminal()
    {
        var plan = File.ReadAllText(Path.Combine(dir.Ruta, MejoraRegulatoria));
        var archivos = new List<string>();
        for (var i = 0; i < 201; i++)
        {
            archivos.Add(dir.Archivo($"p{i}.json", plan.Replace("Dirección de Mejora Regulatoria", $"Dirección {i}", StringComparison.Ordinal)));
        }

        dir.Archivo("vacios.csv", "unidad_responsable,actividad,mes,realizado\n");
        string[] args = ["evaluar", .. archivos.Select(Path.GetFileName)!, "--avances", "vacios.csv", "--corte", "2023-06", "--formato", "csv"];
        var enTerminal = Ejecucion.De(dir.Ruta, true, false, args);
        enTerminal.Codigo.Should().Be(0);
        enTerminal.Errores.Should().Contain("\rLeyendo planes: 201/201 (100 %)");
        enTerminal.Salida.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + (201 * 4));
        var redirigido = Ejecucion.De(dir.Ruta, false, false, args);
        redirigido.Codigo.Should().Be(0);
        redirigido.Errores.Should().BeEmpty();
        Ejecucion.De(dir.Ruta, true, false, ["evaluar", "p1.json", "p2.json", "--avances", "vacios.csv", "--corte", "2023-06"]).Errores.Should().BeEmpty();
    }
}
