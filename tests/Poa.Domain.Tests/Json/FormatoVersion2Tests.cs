using System.Text.Json;
using System.Threading.Tasks;
using System.Text.Json.Nodes;
using NJsonSchema;
using NodaTime;
using Poa.Domain.Json;

namespace Poa.Domain.Tests.Json;

/// <summary>
/// Version 2 of the three documents: one fixture per document with every field of version 2 (written by the library,
/// read back byte for byte and equal, valid against its <c>v2</c> schema), the version rule (v1 when nothing needs v2),
/// and a malformed document per new field with its exact path and Spanish message.
/// </summary>
public class FormatoVersion2Tests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures");
    private static readonly string Esquemas = Path.Combine(AppContext.BaseDirectory, "Json", "Esquemas");

    /// <summary>A plan that uses every field of version 2: tipo, frecuencia, línea base, peso, a union band, cerradoHasta, a modificación.</summary>
    internal static Plan Plan()
        => new Plan.Builder(2024, "Secretaría de Obras Públicas", "Dirección de Construcción")
            .AgregarActividad("Construir el centro comunitario", "III. Ciudad ordenada", "3.2 Infraestructura", "Obra Pública", "100 Por ciento de avance",
                Calendarizacion.De(marzo: 10, junio: 40, septiembre: 75, diciembre: 100),
                acumulacion: TipoDeAcumulacion.UltimoValor, frecuencia: Frecuencia.Trimestral, lineaBase: LineaBase.Create(2.5m, 2023), peso: 3)
            .AgregarActividad("Entregar los informes de obra", "III. Ciudad ordenada", "3.2 Infraestructura", "Obra Pública", "12 Informes", Calendarizacion.Mensual(1),
                semaforizacion: Semaforizacion.Parse(">= 90% y <= 110%", ">= 60% y < 90% o > 110%", "< 60%"))
            .AgregarModificacion(Modificacion.Create(1, 2, new YearMonth(2024, 7), Meta.Parse("9 Informes"),
                Calendarizacion.Parse(";;;;;;0;0;1;1;0;1"), "Recorte presupuestal autorizado por el cabildo", new LocalDate(2024, 6, 28), "Tesorería"))
            .CerrarHasta(new YearMonth(2024, 6))
            .AgregarFirmante("Ing.", "Rosa María Treviño", "Directora de Construcción")
            .Build();

    /// <summary>Avances with reporting dates (one late), justificaciones, a missing month.</summary>
    internal static AvancesDelPlan Avances()
        => AvancesDelPlan.Create(Plan(),
        [
            Avance.Create(1, new YearMonth(2024, 3), 8, "Lluvias atrasaron la cimentación.", fechaDeReporte: new LocalDate(2024, 4, 3)),
            Avance.Create(1, new YearMonth(2024, 6), 30, fechaDeReporte: new LocalDate(2024, 7, 20)),
            Avance.Create(2, new YearMonth(2024, 1), 1, fechaDeReporte: new LocalDate(2024, 2, 2)),
            Avance.Create(2, new YearMonth(2024, 2), 1, fechaDeReporte: new LocalDate(2024, 3, 4)),
            Avance.Create(2, new YearMonth(2024, 4), 0, "Sin personal de supervisión.", fechaDeReporte: new LocalDate(2024, 5, 6)),
        ]);

    /// <summary>The results of <see cref="Avances"/> evaluated on a date, against the approved plan, with a roll-up in another mode.</summary>
    internal static DocumentoDeResultados Resultados()
    {
        var evaluador = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { Vista = VistaDelPlan.Aprobado });
        var resultado = evaluador.Evaluar(Avances(), new LocalDate(2024, 7, 10), ReglaDeCierre.Create(5, DateTimeZoneProviders.Tzdb["America/Monterrey"]));
        return DocumentoDeResultados.Desde(resultado, evaluador.Resumir([resultado], Agrupacion.UnidadResponsable, ModoDeResumen.PromedioPonderado));
    }

    private static string PlanJson() => PoaJson.Serialize(Plan());

    private static string AvancesJson() => PoaJson.SerializeAvances(Avances());

    private static string ResultadosJson() => PoaJson.Serialize(Resultados());

    public static TheoryData<string, string> Documentos => new()
    {
        { "plan.v2.json", "poa.plan.v2.schema.json" },
        { "avances.v2.json", "poa.avances.v2.schema.json" },
        { "resultados.v2-ciclo.json", "poa.resultados.v2.schema.json" },
        { "resultados.v2.json", "poa.resultados.v2.schema.json" },
    };

    [Fact]
    public void Fixtures_SonLoQueEscribeLaBiblioteca()
    {
        if (Environment.GetEnvironmentVariable("POA_REGENERAR_FIXTURES") == "1")
        {
            var carpeta = Path.Combine("..", "..", "..", "Json", "Fixtures");
            File.WriteAllText(Path.Combine(carpeta, "plan.v2.json"), PlanJson());
            File.WriteAllText(Path.Combine(carpeta, "avances.v2.json"), AvancesJson());
            File.WriteAllText(Path.Combine(carpeta, "resultados.v2-ciclo.json"), ResultadosJson());
        }

        PlanJson().Should().Be(File.ReadAllText(Path.Combine(Fixtures, "plan.v2.json")));
        AvancesJson().Should().Be(File.ReadAllText(Path.Combine(Fixtures, "avances.v2.json")));
        ResultadosJson().Should().Be(File.ReadAllText(Path.Combine(Fixtures, "resultados.v2-ciclo.json")));
    }

    [Theory]
    [MemberData(nameof(Documentos))]
    public async Task Fixture_CumpleSuEsquemaV2_YSeReescribeByteAByte(string archivo, string esquema)
    {
        var texto = File.ReadAllText(Path.Combine(Fixtures, archivo));

        (await JsonSchema.FromFileAsync(Path.Combine(Esquemas, esquema))).Validate(texto).Select(e => e.ToString()).Should().BeEmpty();
        JsonNode.Parse(texto)!["version"]!.GetValue<int>().Should().Be(2);
        var reescrito = archivo.StartsWith("plan", StringComparison.Ordinal) ? PoaJson.Serialize(PoaJson.DeserializeDocumentoDePlan(texto))
            : archivo.StartsWith("avances", StringComparison.Ordinal) ? PoaJson.Serialize(PoaJson.DeserializeAvances(texto))
            : PoaJson.Serialize(PoaJson.DeserializeResultados(texto));
        reescrito.Should().Be(texto);
    }

    [Fact]
    public void Plan_IdaYVuelta_EsIgual()
    {
        var leido = PoaJson.DeserializePlan(PlanJson());

        leido.Should().Be(Plan());
        leido.Modificaciones.Should().Equal(Plan().Modificaciones);
        leido.CerradoHasta.Should().Be(new YearMonth(2024, 6));
    }

    [Fact]
    public void Resultados_IdaYVuelta_SonIgualesYTraenLoDeLaVersion2()
    {
        var documento = Resultados();

        var leido = PoaJson.DeserializeResultados(ResultadosJson());

        leido.Should().Be(documento);
        leido.Version.Should().Be(2);
        var obra = leido.Actividad(1)!;
        obra.Tipo.Should().Be(TipoDeAcumulacion.UltimoValor);
        obra.Frecuencia.Should().Be(Frecuencia.Trimestral);
        obra.PeriodosContados!.Value.Should().Equal(3, 6);
        obra.LineaBase.Should().Be(LineaBase.Create(2.5m, 2023));
        obra.CambioContraLineaBase.Should().Be(30m - 2.5m);
        obra.Vista.Should().Be(VistaDelPlan.Aprobado);
        obra.Justificaciones.Should().Equal(new JustificacionDeAvance(new YearMonth(2024, 3), "Lluvias atrasaron la cimentación."));
        var informes = leido.Actividad(2)!;
        informes.MetaAprobada.Should().Be(Meta.Parse("12 Informes"));
        informes.MetaVigente.Should().Be(Meta.Parse("9 Informes"));
        informes.ProgramadoAprobado.Should().Be(6m);
        leido.Actividades.Should().Contain(a => a.Alerta != null || a.JustificacionFaltante != null);
        leido.Resumenes.Single().Modo.Should().Be(ModoDeResumen.PromedioPonderado);
        leido.Reportes.Should().NotBeNull();
        leido.Reportes!.Fecha.Should().Be(new LocalDate(2024, 7, 10));
        (leido.Reportes.Reportados + leido.Reportes.Vencidos).Should().Be(leido.Reportes.Debidos);
        leido.Reportes.Extemporaneos.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Resultados_SinNadaDeLaVersion2_SeEscribenEnVersion1()
    {
        var plan = new Plan.Builder(2023, "Secretaría", "Dirección")
            .AgregarActividad("Informes", "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Programa", "2 Informes", Calendarizacion.De(enero: 1, febrero: 1))
            .Build();
        var resultado = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDelPlan.Create(plan, [Avance.Create(1, new YearMonth(2023, 1), 1), Avance.Create(1, new YearMonth(2023, 2), 1)]), Corte.De(new YearMonth(2023, 2)));

        var json = PoaJson.SerializeResultados(resultado, EvaluadorDeSemaforo.Predeterminado.Resumir([resultado], Agrupacion.UnidadResponsable));

        var nodo = JsonNode.Parse(json)!;
        nodo["version"]!.GetValue<int>().Should().Be(1);
        nodo["actividades"]![0]!.AsObject().Select(p => p.Key).Should().NotContain(["tipo", "alerta", "justificaciones"]);
        nodo.AsObject().ContainsKey("reportes").Should().BeFalse();
        PoaJson.DeserializeResultados(json).Actividades.Single().Tipo.Should().BeNull();
    }

    [Fact]
    public void ResultadosV2_LeidosComoVersion1_ConservanLosCamposNuevosComoDesconocidos()
    {
        var v1 = ResultadosJson().Replace("\"version\": 2,", "\"version\": 1,");

        var documento = PoaJson.DeserializeResultados(v1);

        documento.Version.Should().Be(1);
        documento.Reportes.Should().BeNull();
        documento.Actividades.Should().OnlyContain(a => a.Tipo == null);
        documento.CamposDesconocidos.Select(c => c.Objeto + "#" + c.Nombre).Should().Contain(["/actividades/0#tipo", "/actividades/1#alerta", "/resumenes/0#modo", "#reportes"]);
        PoaJson.Serialize(documento).Should().Be(v1);
    }

    /// <summary>Document, where to put the bad value (a JSON Pointer), the bad value (JSON), expected path and message.</summary>
    public static TheoryData<string, string, string, string, string> Malformados => new()
    {
        { "plan", "/actividades/0/tipo", "\"acumulado\"", "$.actividades[0].tipo", "$.actividades[0].tipo: se esperaba el tipo de acumulación: \"suma\", \"promedio\", \"ultimoValor\", \"maximo\"; se encontró el texto \"acumulado\"." },
        { "plan", "/actividades/0/frecuencia", "\"quincenal\"", "$.actividades[0].frecuencia", "$.actividades[0].frecuencia: se esperaba la frecuencia: \"mensual\", \"bimestral\", \"trimestral\", \"cuatrimestral\", \"semestral\", \"anual\"; se encontró el texto \"quincenal\"." },
        { "plan", "/actividades/0/lineaBase", "{\"valor\": 1}", "$.actividades[0].lineaBase", "$.actividades[0].lineaBase: falta la propiedad obligatoria «anio» (el año de la línea base)." },
        { "plan", "/actividades/0/lineaBase/valor", "-3", "$.actividades[0].lineaBase.valor", "$.actividades[0].lineaBase.valor: se esperaba un número no negativo (el valor de la línea base); se recibió -3." },
        { "plan", "/actividades/0/peso", "0", "$.actividades[0].peso", "$.actividades[0].peso: se esperaba un número mayor que cero (el peso); se recibió 0." },
        { "plan", "/cerradoHasta", "\"2024-13\"", "$.cerradoHasta", "$.cerradoHasta: «2024-13» no es un mes válido: no existe el mes 13 (se esperan 01 a 12)." },
        { "plan", "/modificaciones/0/justificacion", "7", "$.modificaciones[0].justificacion", "$.modificaciones[0].justificacion: se esperaba un texto (la justificación de la modificación); se encontró el número 7." },
        { "plan", "/modificaciones/0/autorizadaEl", "\"28/06/2024\"", "$.modificaciones[0].autorizadaEl", "$.modificaciones[0].autorizadaEl: se esperaba una fecha en formato ISO \"aaaa-MM-dd\", como \"2024-07-05\"; se encontró \"28/06/2024\"." },
        { "plan", "/modificaciones/0/folio", "0", "$.modificaciones[0].folio", "$.modificaciones[0].folio: se esperaba un entero desde 1 (el folio de la modificación); se recibió 0." },
        { "avances", "/avances/0/fechaDeReporte", "\"2024-02-30\"", "$.avances[0].fechaDeReporte", "$.avances[0].fechaDeReporte: se esperaba una fecha en formato ISO \"aaaa-MM-dd\", como \"2024-07-05\"; se encontró \"2024-02-30\"." },
        { "resultados", "/actividades/0/tipo", "null", "$.actividades[0].tipo", "$.actividades[0].tipo: se esperaba un texto (el tipo de acumulación: \"suma\", \"promedio\", \"ultimoValor\", \"maximo\"); se encontró null." },
        { "resultados", "/actividades/0/frecuencia", "\"diaria\"", "$.actividades[0].frecuencia", "$.actividades[0].frecuencia: se esperaba la frecuencia: \"mensual\", \"bimestral\", \"trimestral\", \"cuatrimestral\", \"semestral\", \"anual\"; se encontró el texto \"diaria\"." },
        { "resultados", "/actividades/0/periodosContados", "[\"2024-06\", \"2024-03\"]", "$.actividades[0].periodosContados[1]", "$.actividades[0].periodosContados[1]: los meses van en orden ascendente y sin repetirse; 2024-03 viene después de un mes igual o posterior." },
        { "resultados", "/actividades/0/lineaBase", "{\"valor\": 2.5, \"anio\": 1800}", "$.actividades[0].lineaBase.anio", "$.actividades[0].lineaBase.anio: se esperaba un entero de 1900 a 9999 (el año de la línea base); se recibió 1800." },
        { "resultados", "/actividades/0/cambioContraLineaBase", "\"27.5\"", "$.actividades[0].cambioContraLineaBase", "$.actividades[0].cambioContraLineaBase: se esperaba un número (el cambio contra la línea base, o null); se encontró el texto \"27.5\"." },
        { "resultados", "/actividades/0/vista", "\"ajustada\"", "$.actividades[0].vista", "$.actividades[0].vista: se esperaba la vista del plan: \"vigente\", \"aprobado\"; se encontró el texto \"ajustada\"." },
        { "resultados", "/actividades/1/metaAprobada", "null", "$.actividades[1].metaAprobada", "$.actividades[1].metaAprobada: se esperaba un objeto (una meta con \"cantidad\" y \"unidad\"); se encontró null." },
        { "resultados", "/actividades/1/metaVigente", "{\"cantidad\": 9}", "$.actividades[1].metaVigente", "$.actividades[1].metaVigente: falta la propiedad obligatoria «unidad» (la unidad de medida, como \"Cuentas\" o \"Porcentaje\")." },
        { "resultados", "/actividades/1/programadoAprobado", "-6", "$.actividades[1].programadoAprobado", "$.actividades[1].programadoAprobado: se esperaba un número no negativo (lo programado hasta el corte en el plan aprobado); se recibió -6." },
        { "resultados", "/actividades/0/justificaciones", "[{\"mes\": \"2023-03\", \"texto\": \"x\"}]", "$.actividades[0].justificaciones[0].mes", "$.actividades[0].justificaciones[0].mes: el mes 2023-03 no pertenece al ejercicio 2024." },
        { "resultados", "/actividades/0/justificaciones", "[{\"mes\": \"2024-03\", \"texto\": \" \"}]", "$.actividades[0].justificaciones[0].texto", "$.actividades[0].justificaciones[0].texto: se esperaba un texto no vacío (el texto de la justificación)." },
        { "resultados", "/actividades/1/alerta", "{\"realizado\": 2, \"faltante\": 7, \"mesesProgramadosContados\": 2, \"mesesProgramadosRestantes\": 4, \"ritmoObservado\": 2, \"ritmoRequerido\": 1.75, \"porRitmo\": true, \"porMesesSinAvance\": false}", "$.actividades[1].alerta.ritmoObservado", "$.actividades[1].alerta.ritmoObservado: el ritmo observado 2 no es realizado ÷ mesesProgramadosContados (1)." },
        { "resultados", "/actividades/1/alerta", "{\"realizado\": 2, \"faltante\": 7, \"mesesProgramadosContados\": 2, \"mesesProgramadosRestantes\": 4, \"ritmoObservado\": 1, \"ritmoRequerido\": 1.75, \"porRitmo\": \"sí\", \"porMesesSinAvance\": false}", "$.actividades[1].alerta.porRitmo", "$.actividades[1].alerta.porRitmo: se esperaba true o false (si alerta por el ritmo); se encontró el texto \"sí\"." },
        { "resultados", "/actividades/1/justificacionFaltante", "\"2024-13\"", "$.actividades[1].justificacionFaltante", "$.actividades[1].justificacionFaltante: «2024-13» no es un mes válido: no existe el mes 13 (se esperan 01 a 12)." },
        { "resultados", "/resumenes/0/modo", "\"mediana\"", "$.resumenes[0].modo", "$.resumenes[0].modo: se esperaba cómo se resume el grupo: \"promedio\", \"promedioPonderado\", \"peorColor\", \"porcentajeEnVerde\"; se encontró el texto \"mediana\"." },
        { "resultados", "/reportes/vencidos", "99", "$.reportes", "$.reportes: las cuentas no cuadran: reportados (5) + vencidos (99) debe ser igual a debidos (*)." },
        { "resultados", "/reportes/fecha", "\"10/07/2024\"", "$.reportes.fecha", "$.reportes.fecha: se esperaba una fecha en formato ISO \"aaaa-MM-dd\", como \"2024-07-05\"; se encontró \"10/07/2024\"." },
    };

    [Theory]
    [MemberData(nameof(Malformados))]
    public void CampoNuevoMalo_LanzaJsonExceptionConRutaYMensaje(string documento, string puntero, string valor, string ruta, string mensaje)
    {
        var nodo = JsonNode.Parse(documento switch { "plan" => PlanJson(), "avances" => AvancesJson(), _ => ResultadosJson() })!;
        var partes = puntero.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var padre = partes.SkipLast(1).Aggregate(nodo, (n, p) => int.TryParse(p, out var i) ? n[i]! : n[p]!);
        var nuevo = JsonNode.Parse(valor);
        if (int.TryParse(partes[^1], out var indice))
        {
            padre[indice] = nuevo;
        }
        else
        {
            padre[partes[^1]] = nuevo;
        }

        var texto = nodo.ToJsonString();
        Action leer = documento switch
        {
            "plan" => () => PoaJson.DeserializeDocumentoDePlan(texto),
            "avances" => () => PoaJson.DeserializeAvances(texto),
            _ => () => PoaJson.DeserializeResultados(texto),
        };

        leer.Should().ThrowExactly<JsonException>().Where(e => e.Path == ruta).WithMessage(mensaje);
    }
}
