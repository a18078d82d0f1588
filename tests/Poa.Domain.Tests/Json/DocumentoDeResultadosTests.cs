using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text;
using NJsonSchema;
using Poa.Domain.Json;
using Poa.Domain.Testing;
using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Json;

/// <summary>The results document <c>poa.resultados</c>: pinned by fixtures per version, validated by its schema, read back byte for byte.</summary>
public class DocumentoDeResultadosTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures");

    internal static string Documento()
    {
        var resultado = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.EnlaceMunicipal, AvancesDeEjemplo.Corte);
        var resumenes = EvaluadorDeSemaforo.Predeterminado.Resumir([resultado], Agrupacion.UnidadResponsable)
            .Concat(EvaluadorDeSemaforo.Predeterminado.Resumir([resultado], Agrupacion.ProgramaPresupuestario));
        return PoaJson.SerializeResultados(resultado, resumenes);
    }

    [Fact]
    public void Resultados_SonLosDelFixtureVersion2()
    {
        if (Environment.GetEnvironmentVariable("POA_REGENERAR_FIXTURES") == "1")
        {
            File.WriteAllText(Path.Combine("..", "..", "..", "Json", "Fixtures", "resultados.v2.json"), Documento());
            RegenerarFuturo();
        }

        Documento().Should().Be(File.ReadAllText(Path.Combine(Fixtures, "resultados.v2.json")));
    }

    /// <summary>The document "from the future" (version 3): the fields of version 2 of <see cref="Documento"/> plus fields this version does not know.</summary>
    private static void RegenerarFuturo()
    {
        var ruta = Path.Combine("..", "..", "..", "Json", "Fixtures", "resultados.v3-futuro.json");
        var actual = JsonNode.Parse(Documento())!.AsObject();
        var futuro = JsonNode.Parse(File.ReadAllText(ruta))!.AsObject();
        futuro["version"] = 3;
        void Completar(JsonObject destino, JsonObject origen)
        {
            foreach (var (clave, valor) in origen.ToList())
            {
                if (!destino.ContainsKey(clave))
                {
                    destino[clave] = valor?.DeepClone();
                }
            }
        }

        Completar(futuro, actual);
        foreach (var lista in new[] { "actividades", "resumenes" })
        {
            for (var i = 0; i < futuro[lista]!.AsArray().Count; i++)
            {
                Completar(futuro[lista]![i]!.AsObject(), actual[lista]![i]!.AsObject());
            }
        }

        File.WriteAllText(ruta, PoaJson.Serialize(PoaJson.DeserializeResultados(futuro.ToJsonString())));
    }

    [Fact]
    public void Resultados_TienenMarcadorCorteYMesesIso()
    {
        var json = JsonNode.Parse(Documento())!;

        json["formato"]!.GetValue<string>().Should().Be("poa.resultados");
        json["version"]!.GetValue<int>().Should().Be(2, "an amarillo activity lacks its justificación (justificacionFaltante is a field of version 2)");
        json["corte"]!.GetValue<string>().Should().MatchRegex("^2023-[0-9]{2}$");
        var actividades = json["actividades"]!.AsArray();
        actividades.Should().HaveCount(AvancesDeEjemplo.EnlaceMunicipal.Plan.Actividades.Count);
        actividades.SelectMany(a => a!["mesesProgramados"]!.AsArray()).Select(m => m!.GetValue<string>()).Should().OnlyContain(m => m.StartsWith("2023-", StringComparison.Ordinal));
        actividades.Select(a => a!["estado"]!.GetValue<string>()).Should().OnlyContain(e => e == "evaluada" || e == "sinMetaProgramada" || e == "sinDatos" || e == "adelantada");
        json["resumenes"]!.AsArray().Select(r => r!["agrupacion"]!.GetValue<string>()).Should().Contain(["unidadResponsable", "programaPresupuestario"]);
    }

    [Fact]
    public async System.Threading.Tasks.Task Resultados_CumplenElEsquema()
    {
        var esquema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Json", "Esquemas", "poa.resultados.v1.schema.json"));

        esquema.Validate(File.ReadAllText(Path.Combine(Fixtures, "resultados.v1.json"))).Select(e => e.ToString()).Should().BeEmpty();
        esquema.Validate(Documento()).Select(e => e.ToString()).Should().BeEmpty("a consumer of version 1 reads version 2: the fields are only added");
    }

    [Fact]
    public void ConCulturaAlemana_EscribeLoMismo()
    {
        var invariante = Documento();

        using (new CulturaActual("de-DE"))
        {
            Documento().Should().Be(invariante);
        }
    }

    [Theory]
    [InlineData("resultados.v1.json")]
    [InlineData("resultados.v2.json")]
    [InlineData("resultados.v3-futuro.json")]
    public void Fixture_LeidoYEscrito_EsIgualByteAByte(string archivo)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures, archivo));

        var documento = PoaJson.DeserializeResultados(bytes);

        PoaJson.SerializeToUtf8Bytes(documento).Should().Equal(bytes);
        PoaJson.Serialize(PoaJson.DeserializeResultados(Encoding.UTF8.GetString(bytes))).Should().Be(Encoding.UTF8.GetString(bytes));
        using var stream = new MemoryStream(bytes);
        PoaJson.DeserializeResultados(stream).Should().Be(documento);
    }

    [Fact]
    public void FixtureVersion1_LeeLosValoresDelEvaluador()
    {
        var resultado = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.EnlaceMunicipal, AvancesDeEjemplo.Corte);

        var documento = PoaJson.DeserializeResultados(File.ReadAllBytes(Path.Combine(Fixtures, "resultados.v1.json")));

        documento.Version.Should().Be(1);
        documento.Ejercicio.Should().Be(resultado.Plan.Ejercicio);
        documento.Corte.Should().Be(resultado.Corte.Mes);
        documento.Dependencia.Should().Be(resultado.Plan.Dependencia);
        documento.UnidadResponsable.Should().Be(resultado.Plan.UnidadResponsable);
        documento.CamposDesconocidos.Should().BeEmpty();
        documento.Actividades.Should().Equal(resultado.Resultados.Select(r => ResultadoLeido.Desde(r, version2: false)));
        documento.Actividades.Should().OnlyContain(a => a.Tipo == null && a.Alerta == null && a.Justificaciones.Count == 0);
        var segunda = documento.Actividad(2)!;
        segunda.Cumplimiento.Should().Be(200m / 3m);
        segunda.CumplimientoRedondeado.Should().Be(66.67m);
        segunda.Color.Should().Be(Color.Amarillo);
        segunda.BandaAplicada!.ToString().Should().Be("> 50% y < 80%");
        segunda.MesesSinReporte.Should().Equal(5, 6);
        segunda.Senales.Should().Be(SenalesDeEvaluacion.MesesSinReporte);
        documento.Resumenes[0].Should().Be(ResumenLeido.Desde(EvaluadorDeSemaforo.Predeterminado.Resumir([resultado], Agrupacion.UnidadResponsable).Single(), version2: false));
        documento.Resumenes[0].SinColor.Should().Be(0);
        documento.Resumenes[0].PorcentajeVerde.Should().Be(50m);
        documento.Actividad(99).Should().BeNull();
    }

    [Fact]
    public void Desde_EsLoQueSeEscribe()
    {
        var resultado = EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.EnlaceMunicipal, AvancesDeEjemplo.Corte);
        var resumenes = EvaluadorDeSemaforo.Predeterminado.Resumir([resultado], Agrupacion.UnidadResponsable)
            .Concat(EvaluadorDeSemaforo.Predeterminado.Resumir([resultado], Agrupacion.ProgramaPresupuestario)).ToList();

        var documento = DocumentoDeResultados.Desde(resultado, resumenes);

        PoaJson.Serialize(documento).Should().Be(Documento());
        PoaJson.DeserializeResultados(Documento()).Should().Be(documento);
        documento.ToString().Should().Be("poa.resultados v2 · 2023 · corte 2023-06 · Dirección de Enlace Municipal · 6 actividades");
    }

    [Fact]
    public void FixtureVersion3_ConservaLosCamposDesconocidos()
    {
        var documento = PoaJson.DeserializeResultados(File.ReadAllText(Path.Combine(Fixtures, "resultados.v3-futuro.json")));

        documento.Version.Should().Be(3);
        documento.CamposDesconocidos.Select(c => c.ToString()).Should().Equal(
            "/actividades/0 · tendencia = \"alza\"",
            "/actividades/0 · historial = [{\"corte\":\"2023-05\",\"cumplimiento\":97.5}]",
            "/resumenes/0 · meta = 80",
            "(documento) · generadoPor = \"tablero-municipal 2.1\"",
            "(documento) · umbrales = {\"verde\":80}");
        documento.Actividades.Should().Equal(PoaJson.DeserializeResultados(Documento()).Actividades);
    }

    [Fact]
    public void Igualdad_CumpleElContrato()
    {
        var a = PoaJson.DeserializeResultados(Documento());
        var b = PoaJson.DeserializeResultados(Documento());
        var futuro = PoaJson.DeserializeResultados(File.ReadAllText(Path.Combine(Fixtures, "resultados.v3-futuro.json")));

        Contratos.Igualdad(a, b, futuro);
        Contratos.Igualdad(a.Actividades[0], b.Actividades[0], a.Actividades[1]);
        Contratos.Igualdad(a.Resumenes[0], b.Resumenes[0], a.Resumenes[1]);
    }

    [Theory]
    [InlineData("\"x\":[1]")]
    [InlineData("\"x\": { \"a\" : [ 1 , { } ] }")]
    [InlineData("\"\\u0078\":\"\\u00e9\\\"\"")]
    public void ConCamposDesconocidos_IgualAntesYDespuesDeEscribirYLeer(string campo)
    {
        var compacto = "{" + campo + "," + PoaJson.Serialize(PoaJson.DeserializeResultados(Documento()), new PoaJsonOpciones { Indentado = false }).Substring(1);
        var leido = PoaJson.DeserializeResultados(compacto);

        var escrito = PoaJson.Serialize(leido);
        var releido = PoaJson.DeserializeResultados(escrito);

        releido.Should().Be(leido, "equality and round trip agree, whatever the spacing or escaping of what was read");
        releido.GetHashCode().Should().Be(leido.GetHashCode());
        PoaJson.Serialize(releido).Should().Be(escrito);
        leido.Should().NotBe(PoaJson.DeserializeResultados(Documento()), "an unknown field is part of the document");
    }

    [Fact]
    public void ConJsonSerializer_UsaElConvertidorYConservaLoDesconocido()
    {
        var json = File.ReadAllText(Path.Combine(Fixtures, "resultados.v3-futuro.json"));

        var documento = JsonSerializer.Deserialize(json, PoaJson.InfoDeDocumentoDeResultados)!;

        documento.Should().Be(PoaJson.DeserializeResultados(json));
        JsonSerializer.Serialize(documento, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Should().Be(json);
    }

    [Fact]
    public void ConCulturaAlemana_LeeLoMismo()
    {
        var invariante = PoaJson.DeserializeResultados(Documento());

        using (new CulturaActual("de-DE"))
        {
            PoaJson.DeserializeResultados(Documento()).Should().Be(invariante);
        }
    }

    /// <summary>File of <c>Json/Fixtures/malformados-resultados</c>, expected path, expected message.</summary>
    public static TheoryData<string, string, string> Malformados => new()
    {
        { "01-formato-de-plan.json", "$.formato", "$.formato: se esperaba el marcador de formato \"poa.resultados\"; se encontró el texto \"poa.plan\"." },
        { "02-sin-corte.json", "$", "$: falta la propiedad obligatoria «corte» (el mes del corte, como \"2023-06\")." },
        { "03-corte-mes-13.json", "$.corte", "$.corte: «2023-13» no es un mes válido: no existe el mes 13 (se esperan 01 a 12)." },
        { "04-corte-de-otro-ejercicio.json", "$.corte", "$.corte: el corte 2024-06 no pertenece al ejercicio 2023." },
        { "05-estado-desconocido.json", "$.actividades[0].estado", "$.actividades[0].estado: se esperaba el estado de la evaluación: \"evaluada\", \"sinMetaProgramada\", \"sinDatos\", \"adelantada\"; se encontró el texto \"terminada\"." },
        { "06-cumplimiento-texto.json", "$.actividades[0].cumplimiento", "$.actividades[0].cumplimiento: se esperaba un número (el cumplimiento en porcentaje, o null); se encontró el texto \"98.41\"." },
        { "07-color-desconocido.json", "$.actividades[0].color", "$.actividades[0].color: se esperaba un color: \"verde\", \"amarillo\" o \"rojo\"; se encontró \"azul\"." },
        { "08-banda-sin-color.json", "$.actividades[0].bandaAplicada", "$.actividades[0].bandaAplicada: hay banda aplicada («>= 80%») pero el color es null: la banda es la del color del semáforo." },
        { "09-banda-ilegible.json", "$.actividades[0].bandaAplicada", "$.actividades[0].bandaAplicada: «mucho» en «mucho» no es una condición válida: *" },
        { "10-mes-de-otro-ejercicio.json", "$.actividades[0].mesesProgramados[0]", "$.actividades[0].mesesProgramados[0]: el mes 2022-01 no pertenece al ejercicio 2023." },
        { "11-meses-desordenados.json", "$.actividades[0].mesesProgramados[1]", "$.actividades[0].mesesProgramados[1]: los meses van en orden ascendente y sin repetirse; 2023-01 viene después de un mes igual o posterior." },
        { "12-senal-desconocida.json", "$.actividades[1].senales[0]", "$.actividades[1].senales[0]: se esperaba una señal de la evaluación: \"mesesSinReporte\", \"sobrecumplimiento\", \"realizadoCeroDescendente\", \"reporteSinProgramacion\"; se encontró el texto \"retraso\"." },
        { "13-senal-repetida.json", "$.actividades[1].senales[1]", "$.actividades[1].senales[1]: la señal «mesesSinReporte» aparece más de una vez." },
        { "14-programado-negativo.json", "$.actividades[0].programado", "$.actividades[0].programado: se esperaba un número no negativo (lo programado hasta el corte); se recibió -100." },
        { "15-sin-color.json", "$.actividades[0]", "$.actividades[0]: falta la propiedad obligatoria «color» (el color del semáforo, o null)." },
        { "16-resumen-cuentas-no-cuadran.json", "$.resumenes[0]", "$.resumenes[0]: las cuentas no cuadran: verdes (4) + amarillos (2) + rojos (1) + sinColor (0) debe ser igual a actividades (6)." },
        { "17-resumenes-faltantes.json", "$", "$: falta la propiedad obligatoria «resumenes» (un arreglo de resúmenes, vacío si no hay)." },
        { "18-actividades-objeto.json", "$.actividades", "$.actividades: se esperaba un arreglo (los resultados por actividad); se encontró un objeto." },
    };

    [Theory]
    [MemberData(nameof(Malformados))]
    public void DocumentoMalformado_LanzaJsonExceptionConRutaYMensaje(string archivo, string ruta, string mensaje)
    {
        var texto = File.ReadAllText(Path.Combine(Fixtures, "malformados-resultados", archivo));

        var act = () => PoaJson.DeserializeResultados(texto);

        act.Should().ThrowExactly<JsonException>().Where(e => e.Path == ruta).WithMessage(mensaje);
        var conSerializer = () => JsonSerializer.Deserialize(texto, PoaJson.InfoDeDocumentoDeResultados);
        conSerializer.Should().Throw<JsonException>();
    }

    [Fact]
    public void CorpusDeResultados_TodosEstanEnLaTabla()
    {
        var archivos = Directory.GetFiles(Path.Combine(Fixtures, "malformados-resultados")).Select(Path.GetFileName).ToList();

        archivos.Should().HaveCountGreaterThanOrEqualTo(8);
        archivos.Should().BeEquivalentTo(Malformados.Select(fila => (string)fila[0]));
    }
}
