using System.Text;
using CsCheck;
using NodaTime;
using Poa.Domain.Importacion;
using Poa.Domain.Json;
using Poa.Domain.Testing;

namespace Poa.Domain.Tests.Importacion;

public class ImportadorDeAvancesTests
{
    private const string Encabezado = "unidad_responsable,actividad,mes,realizado,numerador,denominador,justificacion\n";

    private static readonly Plan Mejora = PlanesDeEjemplo.MejoraRegulatoria;
    private static readonly Plan Enlace = PlanesDeEjemplo.EnlaceMunicipal;

    private static ResultadoDeImportacionDeAvances Leer(string texto, params Plan[] planes)
        => ImportadorDeAvances.Importar(texto, planes.Length == 0 ? [Mejora, Enlace] : planes, new OpcionesDeImportacionDeAvances { Archivo = "a.csv" });

    private static IEnumerable<(string Codigo, int? Linea, int? Columna)> Donde(ResultadoDeImportacionDeAvances r)
        => r.Diagnosticos.Select(d => (d.Codigo, d.Ubicacion.Linea, d.Ubicacion.Columna));

    private static string RaizDelRepositorio()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Poa.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("No se encontró Poa.Domain.sln.");
    }

    // ---- the sample files of the tool, read by the library ----

    [Fact]
    public void AvancesDeEjemplo_CsvDeLaHerramienta_SonLosDelPaqueteDePruebas()
    {
        var ruta = Path.Combine(RaizDelRepositorio(), "src", "Poa.Cli", "Datos", "avances-2023.csv");
        var r = ImportadorDeAvances.Importar(File.ReadAllBytes(ruta), PlanesDeEjemplo.Todos);

        r.Diagnosticos.Should().BeEmpty();
        r.Avances.Should().HaveCount(6);
        r.Avances[4].Avances.Should().Equal(AvancesDeEjemplo.MejoraRegulatoria.Avances);
        r.Avances[5].Avances.Should().Equal(AvancesDeEjemplo.EnlaceMunicipal.Avances);
        r.Leidos.Should().Be(r.Avances.Sum(a => a.Avances.Count)).And.Be(113);
    }

    [Fact]
    public void AvancesDeEjemplo_JsonLinesDeLaHerramienta_SonLosMismosQueElCsv()
    {
        var datos = Path.Combine(RaizDelRepositorio(), "src", "Poa.Cli", "Datos");
        var csv = ImportadorDeAvances.Importar(File.ReadAllBytes(Path.Combine(datos, "avances-2023.csv")), PlanesDeEjemplo.Todos);
        var jsonl = ImportadorDeAvances.Importar(File.ReadAllBytes(Path.Combine(datos, "avances-2023.jsonl")), PlanesDeEjemplo.Todos);

        jsonl.Diagnosticos.Should().BeEmpty();
        jsonl.Avances.Select(a => a.Avances).Should().BeEquivalentTo(csv.Avances.Select(a => a.Avances), o => o.WithStrictOrdering());
    }

    // ---- formats ----

    [Fact]
    public void Csv_MesNumerico_VariablesSinRealizado_JustificacionEntreComillas()
    {
        var r = Leer(Encabezado
            + "Dirección de Enlace Municipal,1,1,,95,100,\"Cinco llegaron tarde, el último día\"\n"
            + "Dirección de Enlace Municipal,1,2,100,300,300,\n"
            + "Dirección de Enlace Municipal,2,2023-01,1,,,\n");

        r.Diagnosticos.Should().BeEmpty();
        r.Avances[1].Avances.Should().Equal(
            Avance.ConVariables(1, new YearMonth(2023, 1), 95, 100, "Cinco llegaron tarde, el último día"),
            Avance.ConVariables(1, new YearMonth(2023, 2), 300, 300),
            Avance.Create(2, new YearMonth(2023, 1), 1));
        r.Avances[0].Avances.Should().BeEmpty();
    }

    [Fact]
    public void CsvPuntoYComa_ComaDecimal_YElPuntoSeRechazaComoAmbiguo()
    {
        var r = Leer("unidad_responsable;actividad;mes;realizado\n"
            + "Dirección de Enlace Municipal;3;2023-01;80,5\n"
            + "Dirección de Enlace Municipal;3;2023-02;1.500\n");

        r.Avances[1].Avances.Should().Equal(Avance.Create(3, new YearMonth(2023, 1), 80.5m));
        var d = r.Diagnosticos.Should().ContainSingle().Subject;
        (d.Codigo, d.Ubicacion.Linea, d.Ubicacion.Columna).Should().Be(("POA230", 3, 41));
        d.Mensaje.Should().Be("El realizado «1.500» no es un número no negativo: use coma decimal y ningún separador de miles (p. ej., «1500» o «1,5»).");
    }

    [Fact]
    public void Csv_ComaEnUnNumero_SeRechazaComoAmbigua()
    {
        var r = Leer(Encabezado + "Dirección de Enlace Municipal,3,2023-01,\"80,5\",,,\n");

        Donde(r).Should().Equal(("POA230", 2, 41));
        r.Diagnosticos[0].Mensaje.Should().Contain("use punto decimal");
        r.Leidos.Should().Be(0);
    }

    [Fact]
    public void Tabulado_ConPorcentaje_YEncabezadoComoLoEscribeLaGente()
    {
        var r = Leer("Unidad responsable\tActividad\tMes\tRealizado\tJustificación\n"
            + "Dirección de Enlace Municipal\t5\t2023-01\t60%\tFaltó personal\n");

        r.Diagnosticos.Should().BeEmpty();
        r.Avances[1].Avances.Should().Equal(Avance.Create(5, new YearMonth(2023, 1), 60, "Faltó personal"));
    }

    [Theory]
    [InlineData("unidad_responsable,actividad,mes,realizado\n", FormatoTabular.Csv)]
    [InlineData("\n\nunidad_responsable;actividad;mes;realizado\n", FormatoTabular.CsvPuntoYComa)]
    [InlineData("unidad_responsable\tactividad\tmes\trealizado\n", FormatoTabular.Tabulado)]
    [InlineData("unidad_responsable;actividad;mes;realizado;justificacion,evidencia\n", FormatoTabular.CsvPuntoYComa)]
    [InlineData("unidad_responsable", FormatoTabular.Csv)]
    public void Detectar_PorElEncabezado(string texto, FormatoTabular esperado)
        => ImportadorDeAvances.Detectar(texto).Should().Be(esperado);

    [Fact]
    public void FormatoExplicito_LeeComoSeIndica()
    {
        var texto = "unidad_responsable,actividad,mes,realizado\nDirección de Enlace Municipal,2,2023-01,1\n";
        var r = ImportadorDeAvances.Importar(texto, [Enlace], new OpcionesDeImportacionDeAvances { Formato = FormatoTabular.CsvPuntoYComa });

        r.Diagnosticos.Select(d => d.Codigo).Should().Equal("POA221", "POA220", "POA220", "POA220", "POA220");
    }

    [Fact]
    public void Json_DocumentoDeLaBiblioteca()
    {
        var json = PoaJson.SerializeAvances(AvancesDeEjemplo.MejoraRegulatoria);
        var r = ImportadorDeAvances.Importar(json, PlanesDeEjemplo.Todos);

        r.Diagnosticos.Should().BeEmpty();
        r.Avances[4].Avances.Should().Equal(AvancesDeEjemplo.MejoraRegulatoria.Avances);
    }

    [Fact]
    public void Json_SinUnidadConUnSoloPlan_EsDeEsePlan_ConVariosEsUnError()
    {
        var json = """{ "formato": "poa.avances", "version": 1, "ejercicio": 2023, "avances": [ { "actividad": 1, "mes": "2023-01", "realizado": 1 } ] }""";

        ImportadorDeAvances.Importar(json, [Mejora]).Avances[0].Avances.Should().ContainSingle();
        var r = ImportadorDeAvances.Importar(json, [Mejora, Enlace], new OpcionesDeImportacionDeAvances { Archivo = "a.json" });
        var d = r.Diagnosticos.Should().ContainSingle().Subject;
        d.Codigo.Should().Be("POA235");
        d.Ubicacion.Should().Be(new Ubicacion(propiedad: "$.unidadResponsable", archivo: "a.json"));
    }

    [Fact]
    public void JsonLines_UnaLineaMala_SeReportaConSuLinea_LasDemasSeLeen()
    {
        var buena = PoaJson.SerializeAvances(AvancesDeEjemplo.EnlaceMunicipal, new PoaJsonOpciones { Indentado = false });
        var texto = "\n" + PoaJson.SerializeAvances(AvancesDeEjemplo.MejoraRegulatoria, new PoaJsonOpciones { Indentado = false }) + "\n"
            + """{ "formato": "poa.avances", "version": 1, "ejercicio": 2023, "avances": [ { "actividad": "uno" } ] }""" + "\n"
            + buena + "\n";
        var r = ImportadorDeAvances.Importar(texto, PlanesDeEjemplo.Todos, new OpcionesDeImportacionDeAvances { Archivo = "a.jsonl" });

        var d = r.Diagnosticos.Should().ContainSingle().Subject;
        (d.Codigo, d.Ubicacion.Linea).Should().Be(("POA234", 3));
        d.Mensaje.Should().StartWith("La línea 3 no es un documento de avances válido: $.avances[0].actividad");
        r.Avances[4].Avances.Should().Equal(AvancesDeEjemplo.MejoraRegulatoria.Avances);
        r.Avances[5].Avances.Should().Equal(AvancesDeEjemplo.EnlaceMunicipal.Avances);
    }

    [Fact]
    public void Json_Truncado_Profundo_OArreglo_SonDiagnosticos()
    {
        foreach (var texto in new[] { "{ \"formato\": ", new string('[', 5000), "[1, 2, 3]", "{}" })
        {
            var r = ImportadorDeAvances.Importar(texto, [Mejora]);
            r.Diagnosticos.Should().ContainSingle().Which.Codigo.Should().Be("POA234", texto.Length > 20 ? "profundo" : texto);
        }
    }

    [Fact]
    public void Json_MayorQueElLimite_SeReportaConElTamanoYLaOpcion_PorLineaEnJsonLines()
    {
        var linea = PoaJson.SerializeAvances(AvancesDeEjemplo.MejoraRegulatoria, new PoaJsonOpciones { Indentado = false });
        var opciones = new OpcionesDeImportacionDeAvances { Json = new PoaJsonOpciones { TamanoMaximo = 100 } };

        var r = ImportadorDeAvances.Importar(linea, PlanesDeEjemplo.Todos, opciones);
        var jsonl = ImportadorDeAvances.Importar(linea + "\n" + linea + "\n", PlanesDeEjemplo.Todos, opciones);

        r.Diagnosticos.Should().ContainSingle().Which.Mensaje.Should().Be(
            $"$: el documento mide {Encoding.UTF8.GetByteCount(linea)} bytes, más que el máximo de 100 (PoaJsonOpciones.TamanoMaximo).");
        jsonl.Diagnosticos.Select(d => (d.Codigo, d.Ubicacion.Linea)).Should().Equal(("POA234", 1), ("POA234", 2));
        ImportadorDeAvances.Importar(linea + "\n" + linea + "\n", PlanesDeEjemplo.Todos, new OpcionesDeImportacionDeAvances { Json = new PoaJsonOpciones { TamanoMaximo = linea.Length * 2 } })
            .Diagnosticos.Should().HaveCount(AvancesDeEjemplo.MejoraRegulatoria.Avances.Count, "el límite es por línea: dos líneas que caben se leen, y la segunda repite cada avance de la primera")
            .And.OnlyContain(d => d.Codigo == "POA203" && d.Ubicacion.Linea == 2);
    }

    [Fact]
    public void Json_AvanceQueNoEsDelPlan_SeUbicaConSuRuta()
    {
        var json = """{ "formato": "poa.avances", "version": 1, "ejercicio": 2023, "unidadResponsable": "Dirección de Mejora Regulatoria", "avances": [ { "actividad": 1, "mes": "2023-01", "realizado": 1 }, { "actividad": 9, "mes": "2023-02", "realizado": 1 } ] }""";
        var r = ImportadorDeAvances.Importar(json, [Mejora], new OpcionesDeImportacionDeAvances { Archivo = "a.json" });

        var d = r.Diagnosticos.Should().ContainSingle().Subject;
        d.Codigo.Should().Be("POA201");
        d.Ubicacion.Should().Be(new Ubicacion("Dirección de Mejora Regulatoria", 9, "$.avances[1].actividad", "a.json"));
        r.Avances[0].Avances.Should().ContainSingle("el avance bueno se conserva");
    }

    // ---- matching units: the domain's equality ----

    [Theory]
    [InlineData("Direccion de Mejora Regulatoria")]
    [InlineData("DIRECCIÓN DE MEJORA  REGULATORIA")]
    [InlineData("  dirección de mejora regulatoria ")]
    public void Unidad_SeComparaComoUnidadResponsable_SinAcentosNiMayusculas(string unidad)
    {
        var r = Leer(Encabezado + unidad + ",4,2023-03,1,,,\n");

        r.Diagnosticos.Should().BeEmpty();
        r.Avances[0].Avances.Should().Equal(Avance.Create(4, new YearMonth(2023, 3), 1));
    }

    [Fact]
    public void UnidadSinPlan_EsUnErrorPorFila_OSeOmiteConUnaNotaPorUnidad()
    {
        var texto = Encabezado + "Dirección de Obras,1,2023-01,1,,,\nDirección de Obras,2,2023-01,1,,,\nDirección de Mejora Regulatoria,4,2023-03,1,,,\n";

        Donde(Leer(texto)).Should().Equal(("POA225", 2, 1), ("POA225", 3, 1));
        Leer(texto).Diagnosticos[0].Mensaje.Should().Be(
            "La unidad responsable «Dirección de Obras» no es de ninguno de los planes (los planes son de «Dirección de Mejora Regulatoria», «Dirección de Enlace Municipal»).");

        var omitiendo = ImportadorDeAvances.Importar(texto, [Mejora], new OpcionesDeImportacionDeAvances { OmitirOtrasUnidades = true });
        var d = omitiendo.Diagnosticos.Should().ContainSingle().Subject;
        (d.Codigo, d.Severidad, d.Ubicacion.Linea).Should().Be(("POA226", Severidad.Informacion, 2));
        d.Mensaje.Should().Be("Se omitieron 2 avances de «Dirección de Obras»: no es la unidad responsable de ninguno de los planes.");
        omitiendo.UnidadesOmitidas.Should().Equal(new UnidadResponsable("Dirección de Obras"));
        omitiendo.TieneErrores.Should().BeFalse();
        omitiendo.Leidos.Should().Be(1);
    }

    [Fact]
    public void DosPlanesDeLaUnidad_ElAnioDelMesElige_SinAnioEsAmbiguo()
    {
        var mejora2024 = new Plan.Builder(2024, Mejora.Dependencia.Nombre, Mejora.UnidadResponsable.Nombre)
            .AgregarActividad("Informes", "V. Ciudad abierta", "5.3 Sistema integral de mejora regulatoria", "Mejora Regulatoria", "1 Informe", Calendarizacion.De(marzo: 1))
            .Build();
        var r = Leer(Encabezado + "Dirección de Mejora Regulatoria,1,2024-03,1,,,\nDirección de Mejora Regulatoria,1,3,1,,,\n", Mejora, mejora2024);

        r.Avances[1].Avances.Should().Equal(Avance.Create(1, new YearMonth(2024, 3), 1));
        r.Avances[0].Avances.Should().BeEmpty();
        Donde(r).Should().Equal(("POA227", 3, 1));
        r.Diagnosticos[0].Mensaje.Should().Contain("(ejercicios 2023, 2024): escriba el mes como AAAA-MM");
    }

    // ---- bad files ----

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n")]
    [InlineData("\uFEFF")]
    public void Vacio_POA100(string texto)
        => Donde(Leer(texto)).Should().Equal(("POA100", 1, null));

    [Fact]
    public void SoloComillasVacias_FaltanLasColumnas_SinExcepcion()
    {
        var r = Leer("\"\"");

        Donde(r).Should().Equal(("POA220", 1, null));
        r.Diagnosticos[0].Mensaje.Should().Be(
            "El archivo no tiene la fila de encabezado con las columnas unidad_responsable,actividad,mes,realizado (y, opcionales, numerador,denominador,justificacion,evidencia,fecha_de_reporte).");
        Leer("unidad_responsable,mes\n").Diagnosticos[0].Mensaje.Should().Be(
            "Falta la columna «actividad» en el encabezado; las columnas requeridas son unidad_responsable,actividad,mes,realizado.");
    }

    [Fact]
    public void DosMarcasDeOrden_SeLeeIgual()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("\uFEFF" + Encabezado + "Dirección de Mejora Regulatoria,4,2023-03,1,,,\n")).ToArray();
        var r = ImportadorDeAvances.Importar(bytes, [Mejora]);

        r.Diagnosticos.Should().BeEmpty();
        r.Leidos.Should().Be(1);
    }

    [Fact]
    public void ArchivosUnidosConCat_ElEncabezadoRepetidoSeSalta()
    {
        var r = Leer(Encabezado + "Dirección de Mejora Regulatoria,4,2023-03,1,,,\n\uFEFF" + Encabezado + "Dirección de Mejora Regulatoria,1,2023-01,1,,,\n");

        r.Diagnosticos.Should().BeEmpty();
        r.Leidos.Should().Be(2);
    }

    [Fact]
    public void Bytes_Binario_Latin1_Utf16()
    {
        ImportadorDeAvances.Importar(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, [Mejora]).Diagnosticos.Single().Codigo.Should().Be("POA101");
        ImportadorDeAvances.Importar(new byte[] { 0x41, 0xE9, 0x2C, 0x31 }, [Mejora]).Diagnosticos.Single().Codigo.Should().Be("POA102");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encabezado + "Dirección de Mejora Regulatoria,4,2023-03,1,,,\n")).ToArray();
        ImportadorDeAvances.Importar(utf16, [Mejora]).Leidos.Should().Be(1);
    }

    [Fact]
    public void Encabezado_ColumnaDesconocida_Repetida_YFaltante()
    {
        var r = Leer("unidad_responsable,actividad,actividad,realizdo\nDirección de Mejora Regulatoria,4,4,1\n");

        Donde(r).Should().Equal(("POA222", 1, 30), ("POA221", 1, 40), ("POA220", 1, null), ("POA220", 1, null));
        r.Diagnosticos[0].Mensaje.Should().Be("La columna «actividad» aparece dos veces (columnas 2 y 3).");
        r.Diagnosticos[1].Mensaje.Should().StartWith("La columna «realizdo» no es de los avances: las columnas son unidad_responsable,actividad,mes,realizado y, opcionales, numerador,denominador,justificacion,evidencia,fecha_de_reporte.");
        r.Leidos.Should().Be(0);
    }

    [Fact]
    public void Filas_CadaProblemaConSuLineaYColumna()
    {
        var r = Leer(Encabezado
            + "Dirección de Mejora Regulatoria,uno,2023-01,1,,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-13,1,,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-01,-1,,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-01,1\n"
            + ",1,2023-01,1,,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-01,,,,\n"
            + "Dirección de Enlace Municipal,1,2023-01,,5,,\n"
            + "Dirección de Enlace Municipal,1,2023-02,90,95,100,\n"
            + "Dirección de Enlace Municipal,1,2023-03,,5,0,\n"
            + "\"Dirección de Mejora Regulatoria,1,2023-01,1,,,\n");

        Donde(r).Should().Equal(
            ("POA228", 2, 33), ("POA229", 3, 35), ("POA230", 4, 43), ("POA223", 5, null), ("POA224", 6, 1), ("POA231", 7, 43),
            ("POA232", 8, 42), ("POA233", 9, 41), ("POA237", 10, 41), ("POA236", 11, null));
        r.Diagnosticos.Select(d => d.Mensaje).Should().Contain(new[]
        {
            "El número de actividad «uno» no es un entero positivo.",
            "El mes «2023-13» no es AAAA-MM (2023-06) ni un número de 1 a 12.",
            "La fila tiene 4 columnas y el encabezado 7: falta al menos una celda (¿un separador de más o de menos?). La fila no se lee.",
            "El avance trae numerador sin denominador: dé los dos o ninguno.",
            "El realizado 90 no coincide con numerador / denominador = 95%: deje vacío el realizado o corríjalo.",
        });
        r.Diagnosticos.Single(d => d.Codigo == "POA237").Mensaje.Should().Contain("debe ser mayor que cero").And.NotContain("Parameter");
        r.Leidos.Should().Be(0);
    }

    [Fact]
    public void FechaDeReporte_ColumnaOpcional_SeLeeEnCadaAvance_VaciaEsSinFecha()
    {
        var r = Leer("Unidad responsable;actividad;mes;realizado;numerador;denominador;Fecha de reporte\n"
            + "Dirección de Enlace Municipal;1;2023-01;;95;100;2023-02-03\n"
            + "Dirección de Enlace Municipal;2;2023-01;1;;; 2023-02-10 \n"
            + "Dirección de Enlace Municipal;2;2023-02;1;;;\n");

        r.Diagnosticos.Should().BeEmpty();
        r.Avances[1].Avances.Select(a => a.FechaDeReporte).Should().Equal(new LocalDate(2023, 2, 3), new LocalDate(2023, 2, 10), null);
        r.Avances[1].Avances[0].Numerador.Should().Be(95);
    }

    [Theory]
    [InlineData("05/07/2023")]
    [InlineData("2023-02-30")]
    [InlineData("2023-7-5")]
    [InlineData("20230705")]
    [InlineData("2023-07-05T10:00")]
    [InlineData("0999-07-05")]
    [InlineData("ayer")]
    public void FechaDeReporte_Ilegible_POA238ConLineaYColumna_YLaFilaNoSeLee(string fecha)
    {
        var r = Leer("unidad_responsable,actividad,mes,realizado,fecha_de_reporte\n"
            + "Dirección de Mejora Regulatoria,1,2023-01,1,2023-02-01\n"
            + $"Dirección de Mejora Regulatoria,1,2023-02,1,{fecha}\n");

        Donde(r).Should().Equal(("POA238", 3, 45));
        var d = r.Diagnosticos[0];
        d.Severidad.Should().Be(Severidad.Error);
        d.Mensaje.Should().Be($"La fecha de reporte «{fecha}» no es una fecha AAAA-MM-DD (por ejemplo 2024-07-05) con un año de 1900 a 9999.");
        d.Ubicacion.Actividad.Should().Be(1);
        d.Ubicacion.Archivo.Should().Be("a.csv");
        r.Avances[0].Avances.Should().ContainSingle().Which.FechaDeReporte.Should().Be(new LocalDate(2023, 2, 1));
    }

    [Fact]
    public void FechaDeReporte_DelCsv_LlegaAlInformeDeReportesExtemporaneos()
    {
        var r = Leer("unidad_responsable,actividad,mes,realizado,fecha_de_reporte\n"
            + "Dirección de Mejora Regulatoria,1,2023-01,1,2023-02-03\n"
            + "Dirección de Mejora Regulatoria,4,2023-03,1,2023-04-20\n", Mejora);
        var regla = ReglaDeCierre.Create(5, DateTimeZone.Utc);

        var reportes = EvaluadorDeSemaforo.Predeterminado.Reportes(r.Avances[0], new LocalDate(2023, 5, 1), regla);

        reportes.Extemporaneos.Should().Be(1);
        reportes.Actividades[3].Extemporaneos.Should().Equal(3);
    }

    [Fact]
    public void AvancesQueNoSonDelPlan_SeReportanEnSuFila_YLoDemasSeConserva()
    {
        var r = Leer(Encabezado
            + "Dirección de Mejora Regulatoria,1,2023-01,1,,,\n"
            + "\"Dirección de Mejora Regulatoria\",9,2023-02,1,,,\n"
            + "Dirección de Mejora Regulatoria,1,2022-12,1,,,\n"
            + "Dirección de Mejora Regulatoria,1,1,2,,,\n"
            + "Dirección de Mejora Regulatoria,1,2023-03,,95,100,\n");

        Donde(r).Should().Equal(("POA201", 3, 35), ("POA202", 4, 35), ("POA203", 5, 35), ("POA205", 6, 44));
        r.Diagnosticos[0].ToString().Should().Be(
            "a.csv:3:35, plan «Dirección de Mejora Regulatoria», actividad 9: error POA201: El avance de febrero de 2023 es de la actividad 9, que el plan no tiene.");
        r.Avances[0].Avances.Should().Equal(new[] { Avance.Create(1, new YearMonth(2023, 1), 1) }, "de dos avances del mismo mes se conserva el primero");
    }

    [Fact]
    public void VariosArchivos_SeCompletan_YUnDuplicadoEntreArchivosSeUbicaEnElSegundo()
    {
        var importador = new ImportadorDeAvances([Mejora]);
        importador.Agregar(Encabezado + "Dirección de Mejora Regulatoria,1,2023-01,1,,,\n", "enero.csv");
        importador.Agregar(Encabezado + "Dirección de Mejora Regulatoria,4,2023-03,1,,,\nDirección de Mejora Regulatoria,1,2023-01,2,,,\n", "marzo.csv");
        var r = importador.Resultado();

        r.Diagnosticos.Should().ContainSingle().Which.Ubicacion.Should().Be(new Ubicacion("Dirección de Mejora Regulatoria", 1, null, "marzo.csv", 3, 35));
        r.Avances[0].Avances.Should().Equal(Avance.Create(1, new YearMonth(2023, 1), 1), Avance.Create(4, new YearMonth(2023, 3), 1));
    }

    [Fact]
    public void SinPlanes_OPlanNulo_SonErroresDelProgramador()
    {
        FluentActions.Invoking(() => new ImportadorDeAvances([])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ImportadorDeAvances([Mejora, null!])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ImportadorDeAvances.Importar((string)null!, [Mejora])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ImportadorDeAvances([Mejora], new OpcionesDeImportacionDeAvances { Formato = (FormatoTabular)9 }))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CualquierTexto_NuncaLanza_YCadaAvanceLeidoEsDeUnPlan()
    {
        var celda = Gen.OneOf("Dirección de Mejora Regulatoria", "direccion de enlace municipal", "1", "4", "2023-03", "13", "0", "1.5", "1,5", "\"", "", "95", "100", "x", "\uFEFF");
        var separador = Gen.OneOf(",", ";", "\t", "\n", "\r\n", "\"");
        var texto = Gen.Select(celda, separador).Array[0, 40].Select(partes => string.Concat(partes.Select(p => p.Item1 + p.Item2)));
        Gen.OneOf(texto.Select(t => Encabezado + t), texto).Sample(t =>
        {
            var r = ImportadorDeAvances.Importar(t, [Mejora, Enlace]);
            return r.Avances.Count == 2 && r.Avances.All(a => a.Avances.All(av => a.Plan.BuscarActividad(av.Actividad) is not null));
        }, iter: 2000);
    }
}
