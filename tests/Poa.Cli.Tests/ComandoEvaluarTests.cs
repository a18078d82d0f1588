using System.Text;
using System.Text.Json;
using Poa.Cli.Salida;
using Poa.Domain;
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

    // ---- the reporting cycle: --fecha, --dias-de-cierre, --zona, --contra, --estricto ----

    private static Ejecucion EnAlumbrado(DirectorioTemporal ciclo, params string[] args) => Ejecucion.De(ciclo.Ruta, ["evaluar", "alumbrado.json", .. args]);

    /// <summary>The plan after 8 July: cerrado hasta junio, folio 1 (luminarias 90, 5 a month from July) and folio 2 (bacheo 90% from July).</summary>
    private static void EscribirReprogramado(DirectorioTemporal ciclo)
    {
        var regla = ReglaDeCierre.Create(5, NodaTime.DateTimeZoneProviders.Tzdb["America/Monterrey"]);
        var plan = CicloDeAlumbrado.Aprobado.ConCerradoHasta(new NodaTime.YearMonth(2024, 6));
        plan = plan.Reprogramar(Modificacion.Create(1, 1, new NodaTime.YearMonth(2024, 7), Meta.Parse("90 Luminarias"), Calendarizacion.Mensual(5, 7, 12),
            "Recorte presupuestal.", new NodaTime.LocalDate(2024, 7, 8)), regla).Plan;
        plan = plan.Reprogramar(Modificacion.Create(2, 3, new NodaTime.YearMonth(2024, 7), Meta.Parse("95% Porcentaje"), Calendarizacion.Mensual(90, 7, 12),
            "Temporada de lluvias.", new NodaTime.LocalDate(2024, 7, 8)), regla).Plan;
        plan.Modificaciones.Should().HaveCount(2);
        ciclo.Archivo("reprogramado.json", PoaJson.Serialize(plan));
    }

    [Fact]
    public void Fecha_DaElCorte_LaNotaDiceAlertasJustificacionesYReportes_YUnaTablaDeReportesPorUnidad()
    {
        using var ciclo = new DirectorioTemporal();
        CicloDeAlumbrado.Escribir(ciclo);

        var r = EnAlumbrado(ciclo, "--avances", "avances-julio-6.csv", "--fecha", "2024-07-06", "--dias-de-cierre", "5", "--zona", "America/Monterrey");

        r.Errores.Should().BeEmpty("sin --estricto los diagnósticos del ciclo solo se muestran en la tabla");
        r.Codigo.Should().Be(0);
        r.Salida.Should().StartWith("Semáforo al 2024-07-06 (corte 2024-06): 1 plan, 3 actividades: 1 verde, 1 amarillo, 1 rojo, 0 sin color.");
        r.Salida.Should().MatchRegex(@"\n +1 +Rehabilitar luminarias en vialidades principales +120 Luminarias +60 +42 +70\.00 +35\.00 +amarillo +alerta temprana; extemporáneo: may\n");
        r.Salida.Should().MatchRegex(@"\n +2 +Elaborar .+ +rojo +sin reporte: jun; alerta temprana; falta justificación: mar; vencido: jun\n");
        r.Salida.Should().Contain("""

            Reportes al 2024-07-06 con la regla de cierre de 5 días después del fin de mes (America/Monterrey)
            Unidad responsable               Ejercicio  Debidos  Reportados  Vencidos  Extemporáneos
            Dirección de Alumbrado y Bacheo       2024       14          13         1              1
            """.ReplaceLineEndings("\n"));
        r.Salida.Should().NotContain("Meta aprobada", "sin modificaciones la tabla muestra una sola meta");
    }

    [Fact]
    public void Fecha_ConCeroDiasDeCierre_PorOmision_JunioYaCerroEl1DeJulio()
    {
        using var ciclo = new DirectorioTemporal();
        CicloDeAlumbrado.Escribir(ciclo);

        var r = EnAlumbrado(ciclo, "--avances", "avances-julio-6.csv", "--fecha", "2024-07-01");

        r.Codigo.Should().Be(0);
        r.Salida.Should().StartWith("Semáforo al 2024-07-01 (corte 2024-06)")
            .And.Contain("Reportes al 2024-07-01 con la regla de cierre de 0 días después del fin de mes (America/Mexico_City)");
        r.Salida.Should().MatchRegex(@"verde +extemporáneos: ene, feb, mar, abr, may, jun\n", "sin días de gracia, cada avance de bacheo reportado el día 1 del mes siguiente llega tarde");
    }

    [Fact]
    public void ContraAprobadoOVigente_LaTablaMuestraMetaAprobadaYVigenteCuandoDifieren()
    {
        using var ciclo = new DirectorioTemporal();
        CicloDeAlumbrado.Escribir(ciclo);
        EscribirReprogramado(ciclo);
        string[] args = ["evaluar", "reprogramado.json", "--avances", "avances.csv", "--fecha", "2024-10-10", "--dias-de-cierre", "5"];

        var vigente = Ejecucion.De(ciclo.Ruta, args);
        var aprobado = Ejecucion.De(ciclo.Ruta, [.. args, "--contra", "APROBADO"]);

        vigente.Codigo.Should().Be(0);
        vigente.Salida.Should().StartWith("Semáforo al 2024-10-10 (corte 2024-09): 1 plan, 3 actividades: 3 verde");
        vigente.Salida.Should().Contain("Meta aprobada    Meta vigente").And.NotContain("  Meta  ");
        vigente.Salida.Should().MatchRegex(@"\n +1 +Rehabilitar .+ +120 Luminarias +90 Luminarias +75 +62 +82\.67 +68\.89 +verde +alerta temprana; extemporáneos: may, ago\n");
        aprobado.Codigo.Should().Be(0);
        aprobado.Salida.Should().StartWith("Semáforo al 2024-10-10 (corte 2024-09), contra el plan aprobado: 1 plan, 3 actividades:");
        aprobado.Salida.Should().MatchRegex(@"\n +1 +Rehabilitar .+ +120 Luminarias +90 Luminarias +90 +62 +68\.89 +51\.67 +amarillo ");

        var csv = Ejecucion.De(ciclo.Ruta, [.. args, "--contra", "aprobado", "--formato", "csv"]).Salida.Split("\r\n");
        csv[1].Should().EndWith(",aprobado,120 Luminarias,90 Luminarias,90,75,1,por_ritmo,9,,5;8");
        Ejecucion.De(ciclo.Ruta, [.. args, "--contra", "ninguno"]).Errores.Should().Contain("--contra «ninguno» no es un valor válido: use vigente o aprobado.");
    }

    [Fact]
    public void Estricto_JustificacionFaltante_Codigo1ConLosDiagnosticosDelCiclo_SinEstrictoCodigo0()
    {
        using var ciclo = new DirectorioTemporal();
        CicloDeAlumbrado.Escribir(ciclo);
        string[] args = ["--avances", "avances-julio-6.csv", "--fecha", "2024-07-06", "--dias-de-cierre", "5", "--zona", "America/Monterrey"];

        var estricto = EnAlumbrado(ciclo, [.. args, "--estricto"]);
        var normal = EnAlumbrado(ciclo, args);

        estricto.Codigo.Should().Be(1);
        estricto.Salida.Should().Be(normal.Salida, "la salida es la misma; solo cambian los errores y el código");
        estricto.LineasDeErrores.Select(l => System.Text.RegularExpressions.Regex.Match(l, "POA2[0-9]{2}").Value).Should().Equal("POA250", "POA252", "POA251", "");
        estricto.LineasDeErrores[0].Should().Contain("La actividad 2 está en rojo (50%) al corte 2024-06 y el avance de marzo de 2024 no trae justificación.");
        estricto.LineasDeErrores[^1].Should().Be("poa evaluar: 1 actividad necesita justificación (--estricto).");
        normal.Codigo.Should().Be(0);

        // On 10 October, after the reprogramación, everything is verde: --estricto passes, and still prints the extemporáneos.
        EscribirReprogramado(ciclo);
        var octubre = Ejecucion.De(ciclo.Ruta, "evaluar", "reprogramado.json", "--avances", "avances.csv", "--fecha", "2024-10-10", "--dias-de-cierre", "5", "--estricto");
        octubre.Codigo.Should().Be(0, octubre.Errores);
        octubre.Errores.Should().Contain("POA252").And.NotContain("POA250");

        // Against the approved plan luminarias is amarillo (68.89%) and September's avance has no justificación.
        var aprobado = Ejecucion.De(ciclo.Ruta, "evaluar", "reprogramado.json", "--avances", "avances.csv", "--fecha", "2024-10-10", "--dias-de-cierre", "5", "--estricto", "--contra", "aprobado");
        aprobado.Codigo.Should().Be(1);
        aprobado.Errores.Should().Contain("La actividad 1 está en amarillo (68.89%) al corte 2024-09 y el avance de septiembre de 2024 no trae justificación.");
    }

    [Fact]
    public void CsvYJson_LlevanLosDatosDelCiclo_YElResumenDeReportes()
    {
        using var ciclo = new DirectorioTemporal();
        CicloDeAlumbrado.Escribir(ciclo);
        string[] args = ["--avances", "avances-julio-6.csv", "--fecha", "2024-07-06", "--dias-de-cierre", "5", "--zona", "America/Monterrey"];

        var csv = EnAlumbrado(ciclo, [.. args, "--formato", "csv"]).Salida.Split("\r\n");
        var json = EnAlumbrado(ciclo, [.. args, "--formato", "json"]);
        var sinFecha = EnAlumbrado(ciclo, "--avances", "avances-julio-6.csv", "--corte", "2024-06", "--formato", "json");

        csv[0].Should().EndWith(",senales,vista,meta_aprobada,meta_vigente,programado_aprobado,programado_vigente,modificaciones,alerta,falta_justificacion,vencidos,extemporaneos");
        csv[1].Should().EndWith(",vigente,120 Luminarias,120 Luminarias,60,60,0,por_ritmo,,,5");
        csv[2].Should().EndWith(",vigente,4 Informes,4 Informes,2,2,0,por_ritmo,3,6,");
        using var doc = JsonDocument.Parse(json.Salida);
        var raiz = doc.RootElement;
        raiz.GetProperty("fecha").GetString().Should().Be("2024-07-06");
        raiz.GetProperty("vista").GetString().Should().Be("vigente");
        raiz.GetProperty("reglaDeCierre").GetProperty("dias").GetInt32().Should().Be(5);
        raiz.GetProperty("reglaDeCierre").GetProperty("zona").GetString().Should().Be("America/Monterrey");
        var reportes = raiz.GetProperty("reportes").EnumerateArray().Single();
        reportes.EnumerateObject().Select(p => p.Name).Should().Equal(Columnas.DeReportes.En(Vista.Datos).Select(c => c.Clave));
        (reportes.GetProperty("debidos").GetInt32(), reportes.GetProperty("vencidos").GetInt32(), reportes.GetProperty("extemporaneos").GetInt32()).Should().Be((14, 1, 1));
        var informes = raiz.GetProperty("actividades")[1];
        informes.GetProperty("faltaJustificacion").EnumerateArray().Select(e => e.GetString()).Should().Equal("2024-03");
        informes.GetProperty("vencidos").EnumerateArray().Select(e => e.GetString()).Should().Equal("2024-06");
        informes.GetProperty("alerta").EnumerateArray().Select(e => e.GetString()).Should().Equal("porRitmo");

        using var otro = JsonDocument.Parse(sinFecha.Salida);
        otro.RootElement.GetProperty("fecha").ValueKind.Should().Be(JsonValueKind.Null);
        otro.RootElement.GetProperty("reportes").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("--corte 2024-06 --fecha 2024-07-06", "dé --corte o --fecha, no las dos")]
    [InlineData("", "falta --corte AAAA-MM (el mes de corte) o --fecha AAAA-MM-DD")]
    [InlineData("--corte 2024-06 --dias-de-cierre 5", "--dias-de-cierre solo se usa con --fecha")]
    [InlineData("--corte 2024-06 --zona America/Monterrey", "--zona solo se usa con --fecha")]
    [InlineData("--fecha 06/07/2024", "--fecha «06/07/2024» no es una fecha AAAA-MM-DD (por ejemplo 2024-07-06) ni «hoy».")]
    [InlineData("--fecha 2024-02-30", "--fecha «2024-02-30» no es una fecha AAAA-MM-DD")]
    [InlineData("--fecha 2024-07-06 --dias-de-cierre -1", "--dias-de-cierre «-1» no es un número de días de 0 a 366.")]
    [InlineData("--fecha 2024-07-06 --dias-de-cierre 400", "--dias-de-cierre «400» no es un número de días de 0 a 366.")]
    [InlineData("--fecha 2024-07-06 --zona Monterrey", "--zona «Monterrey» no es una zona horaria IANA")]
    [InlineData("--fecha 2024-01-03", "el 2024-01-03 aún no ha cerrado ningún mes del ejercicio 2024 del plan «Dirección de Alumbrado y Bacheo» (alumbrado.json): el último mes cerrado es 2023-12.")]
    public void OpcionesDelCiclo_MalUsadas_SonErroresDeUso(string opciones, string mensaje)
    {
        using var ciclo = new DirectorioTemporal();
        CicloDeAlumbrado.Escribir(ciclo);

        var r = EnAlumbrado(ciclo, ["--avances", "avances.csv", .. opciones.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        r.Codigo.Should().Be(2);
        r.Errores.Should().Contain(mensaje);
        r.Salida.Should().BeEmpty();
    }

    [Fact]
    public void Fecha_DespuesDelEjercicio_CuentaElAnioEntero_YLosMesesSinAvanceEstanVencidos()
    {
        using var ciclo = new DirectorioTemporal();
        CicloDeAlumbrado.Escribir(ciclo);
        EscribirReprogramado(ciclo);

        var r = Ejecucion.De(ciclo.Ruta, "evaluar", "reprogramado.json", "--avances", "avances.csv", "--fecha", "2025-01-10", "--dias-de-cierre", "5");

        r.Codigo.Should().Be(0);
        r.Salida.Should().StartWith("Semáforo al 2025-01-10 (corte 2024-12)");
        r.Salida.Should().MatchRegex(@"Dirección de Alumbrado y Bacheo +2024 +28 +21 +7 +3\n");
    }

    [Fact]
    public void Fecha_Hoy_EsLaFechaDeLaZona()
    {
        using var ciclo = new DirectorioTemporal();
        CicloDeAlumbrado.Escribir(ciclo);
        var zona = NodaTime.DateTimeZoneProviders.Tzdb["America/Tijuana"];
        var antes = NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(zona).Date;

        var r = EnAlumbrado(ciclo, "--avances", "avances.csv", "--fecha", "HOY", "--zona", "America/Tijuana", "--formato", "json");

        var despues = NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(zona).Date;
        using var doc = JsonDocument.Parse(r.Salida);
        doc.RootElement.GetProperty("fecha").GetString().Should().BeOneOf(Fecha(antes), Fecha(despues));
        doc.RootElement.GetProperty("reglaDeCierre").GetProperty("zona").GetString().Should().Be("America/Tijuana");

        static string Fecha(NodaTime.LocalDate d) => NodaTime.Text.LocalDatePattern.Iso.Format(d);
    }

    [Fact]
    public void FechaDeReporteIlegibleEnLosAvances_Codigo1ConArchivoLineaYColumna()
    {
        using var ciclo = new DirectorioTemporal();
        CicloDeAlumbrado.Escribir(ciclo);
        ciclo.Archivo("malos.csv", "unidad_responsable,actividad,mes,realizado,fecha_de_reporte\n" + CicloDeAlumbrado.Unidad + ",1,2024-01,10,02/02/2024\n");

        var r = EnAlumbrado(ciclo, "--avances", "malos.csv", "--fecha", "2024-07-06");

        r.Codigo.Should().Be(1);
        r.LineasDeErrores.Should().ContainSingle().Which.Should().StartWith("malos.csv:2:46, plan «Dirección de Alumbrado y Bacheo», actividad 1: error POA238: La fecha de reporte «02/02/2024» no es una fecha AAAA-MM-DD");
        r.Salida.Should().BeEmpty();
    }

    [Fact]
    public void FormatoHtml_ConFechaYContraAprobado_EsElReporteDeEsaVistaEnEsaFecha()
    {
        var r = Ejecucion.De(dir.Ruta, ["evaluar", ".", "--avances", "avances.csv", "--fecha", "2023-07-05", "--dias-de-cierre", "5", "--contra", "aprobado", "--formato", "html"]);

        r.Codigo.Should().Be(0, r.Errores);
        var regla = ReglaDeCierre.Create(5, NodaTime.DateTimeZoneProviders.Tzdb["America/Mexico_City"]);
        var opciones = new Poa.Domain.Reportes.OpcionesDeReporte
        {
            Evaluador = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { Vista = VistaDelPlan.Aprobado }),
            ReglaDeCierre = regla,
        };
        var fecha = new NodaTime.LocalDate(2023, 7, 5);
        var esperado = new Poa.Domain.Reportes.ReporteHtml(opciones).Generar(Poa.Domain.Testing.AvancesDeEjemplo.Todos, Corte.Desde(fecha, regla), fecha);
        r.Salida.Should().Be(esperado);
    }

}
