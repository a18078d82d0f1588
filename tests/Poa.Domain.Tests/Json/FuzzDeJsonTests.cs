using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Poa.Domain.Json;
using Poa.Domain.Testing;
using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Json;

/// <summary>
/// Fuzz test of every JSON reader: seeded random mutations (<see cref="Mutador"/>) of the seed's plan, avances and results
/// documents and of a JSON Lines file. Only <see cref="JsonException"/> may escape; the readers of one kind agree (bytes,
/// string, stream, plan or document); and whatever reads successfully is stable: read → write → read → write gives the same
/// bytes and an equal value. A failure names the iteration (its seed) and the mutations, and leaves the input in
/// <c>$TMPDIR/poa-fuzz/</c>. <c>POA_FUZZ_ITERACIONES</c> multiplies the iterations for a longer run.
/// </summary>
public class FuzzDeJsonTests
{
    private const int Semilla = 20_261_124;
    private static readonly PoaJsonOpciones Compacto = new() { Indentado = false };
    private static readonly UTF8Encoding Utf8Estricto = new(false, true);
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures");

    internal static int Iteraciones(int base_)
        => int.TryParse(Environment.GetEnvironmentVariable("POA_FUZZ_ITERACIONES"), out var factor) && factor > 0 ? base_ * factor : base_;

    private static byte[][] Planes()
        => [.. PlanesDeEjemplo.Todos.SelectMany(p => new[] { PoaJson.SerializeToUtf8Bytes(p), PoaJson.SerializeToUtf8Bytes(p, Compacto) }),
            File.ReadAllBytes(Path.Combine(Fixtures, "plan.v2-futuro.json"))];

    private static byte[][] Avances()
        => [File.ReadAllBytes(Path.Combine(Fixtures, "avances.v1.json")), File.ReadAllBytes(Path.Combine(Fixtures, "avances.v2-futuro.json")),
            Encoding.UTF8.GetBytes(PoaJson.SerializeAvances(AvancesDeEjemplo.MejoraRegulatoria, Compacto))];

    private static byte[][] Resultados()
        => [File.ReadAllBytes(Path.Combine(Fixtures, "resultados.v1.json")), File.ReadAllBytes(Path.Combine(Fixtures, "resultados.v3-futuro.json")),
            PoaJson.SerializeResultadosToUtf8Bytes(
                EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.MejoraRegulatoria, AvancesDeEjemplo.Corte),
                EvaluadorDeSemaforo.Predeterminado.Resumir([EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.MejoraRegulatoria, AvancesDeEjemplo.Corte)], Agrupacion.ProgramaPresupuestario),
                Compacto)];

    [Fact]
    public void Planes_Mutados_SoloJsonExceptionYLoLeidoEsEstable()
        => Fuzz("plan", Planes(), Iteraciones(2500), (bytes, fallo) =>
        {
            var documento = Intentar(() => PoaJson.DeserializeDocumentoDePlan(bytes), fallo, "DeserializeDocumentoDePlan(bytes)");
            var plan = Intentar(() => PoaJson.DeserializePlan(bytes), fallo, "DeserializePlan(bytes)");
            Acuerdan(documento, plan, fallo, "DeserializePlan(bytes)", (d, p) => d.Plan.Equals(p));
            if (Texto(bytes) is { } texto)
            {
                Acuerdan(documento, Intentar(() => PoaJson.DeserializeDocumentoDePlan(texto), fallo, "DeserializeDocumentoDePlan(string)"), fallo, "DeserializeDocumentoDePlan(string)", (a, b) => a.Plan.Equals(b.Plan));
            }

            Acuerdan(documento, Intentar(() => PoaJson.DeserializeDocumentoDePlan(new MemoryStream(bytes)), fallo, "DeserializeDocumentoDePlan(stream)"), fallo, "DeserializeDocumentoDePlan(stream)", (a, b) => a.Plan.Equals(b.Plan));
            _ = Intentar(() => JsonSerializer.Deserialize(bytes, PoaJson.InfoDeDocumentoDePlan), fallo, "JsonSerializer DocumentoDePlan");
            if (documento.Valor is { } leido)
            {
                Estable(leido, d => PoaJson.SerializeToUtf8Bytes(d), b => PoaJson.DeserializeDocumentoDePlan(b), (a, b) => a.Plan.Equals(b.Plan) && a.Version == b.Version && CampoDesconocido.MismosCampos(a.CamposDesconocidos, b.CamposDesconocidos), fallo);
                Estable(leido, d => PoaJson.SerializeToUtf8Bytes(d, Compacto), b => PoaJson.DeserializeDocumentoDePlan(b, Compacto), (a, b) => a.Plan.Equals(b.Plan), fallo);
            }

            return documento.Valor is not null;
        });

    [Fact]
    public void Avances_Mutados_SoloJsonExceptionYLoLeidoEsEstable()
        => Fuzz("avances", Avances(), Iteraciones(1500), (bytes, fallo) =>
        {
            var documento = Intentar(() => PoaJson.DeserializeAvances(bytes), fallo, "DeserializeAvances(bytes)");
            if (Texto(bytes) is { } texto)
            {
                Acuerdan(documento, Intentar(() => PoaJson.DeserializeAvances(texto), fallo, "DeserializeAvances(string)"), fallo, "DeserializeAvances(string)", (a, b) => a.Avances.SequenceEqual(b.Avances));
                _ = Intentar(() => PoaJson.DeserializeAvances(texto, PlanesDeEjemplo.EnlaceMunicipal), fallo, "DeserializeAvances(string, plan)");
                _ = Intentar(() => PoaJson.DeserializeAvances(texto, PlanesDeEjemplo.MejoraRegulatoria), fallo, "DeserializeAvances(string, plan)");
            }

            Acuerdan(documento, Intentar(() => PoaJson.DeserializeAvances(new MemoryStream(bytes)), fallo, "DeserializeAvances(stream)"), fallo, "DeserializeAvances(stream)", (a, b) => a.Avances.SequenceEqual(b.Avances));
            _ = Intentar(() => JsonSerializer.Deserialize(bytes, PoaJson.InfoDeDocumentoDeAvances), fallo, "JsonSerializer DocumentoDeAvances");
            if (documento.Valor is { } leido)
            {
                Estable(
                    leido,
                    d => PoaJson.SerializeToUtf8Bytes(d),
                    b => PoaJson.DeserializeAvances(b),
                    (a, b) => a.Ejercicio == b.Ejercicio && Equals(a.UnidadResponsable, b.UnidadResponsable) && a.Version == b.Version
                              && a.Avances.SequenceEqual(b.Avances) && CampoDesconocido.MismosCampos(a.CamposDesconocidos, b.CamposDesconocidos),
                    fallo);
            }

            return documento.Valor is not null;
        });

    [Fact]
    public void Resultados_Mutados_SoloJsonExceptionYLoLeidoEsEstableEIgual()
        => Fuzz("resultados", Resultados(), Iteraciones(1500), (bytes, fallo) =>
        {
            var documento = Intentar(() => PoaJson.DeserializeResultados(bytes), fallo, "DeserializeResultados(bytes)");
            if (Texto(bytes) is { } texto)
            {
                Acuerdan(documento, Intentar(() => PoaJson.DeserializeResultados(texto), fallo, "DeserializeResultados(string)"), fallo, "DeserializeResultados(string)", (a, b) => a == b);
            }

            Acuerdan(documento, Intentar(() => PoaJson.DeserializeResultados(new MemoryStream(bytes)), fallo, "DeserializeResultados(stream)"), fallo, "DeserializeResultados(stream)", (a, b) => a == b);
            _ = Intentar(() => JsonSerializer.Deserialize(bytes, PoaJson.InfoDeDocumentoDeResultados), fallo, "JsonSerializer DocumentoDeResultados");
            if (documento.Valor is { } leido)
            {
                Estable(leido, d => PoaJson.SerializeToUtf8Bytes(d), b => PoaJson.DeserializeResultados(b), (a, b) => a == b && a.GetHashCode() == b.GetHashCode(), fallo);
            }

            return documento.Valor is not null;
        });

    [Fact]
    public void LineasJson_Mutadas_SoloJsonExceptionYLoLeidoEsEstable()
    {
        using var archivo = new MemoryStream();
        PoaJson.SerializePlanes(archivo, PlanesDeEjemplo.Todos);
        Fuzz("jsonl", [archivo.ToArray()], Iteraciones(300), (bytes, fallo) =>
        {
            var documentos = Intentar(() => PoaJson.DeserializePlanes(bytes), fallo, "DeserializePlanes(bytes)");
            Acuerdan(documentos, Intentar(() => PoaJson.DeserializePlanes(new MemoryStream(bytes)), fallo, "DeserializePlanes(stream)"), fallo, "DeserializePlanes(stream)", (a, b) => a.Select(d => d.Plan).SequenceEqual(b.Select(d => d.Plan)));
            if (documentos.Valor is { } leidos)
            {
                Estable(
                    leidos,
                    d =>
                    {
                        using var salida = new MemoryStream();
                        PoaJson.SerializePlanes(salida, d);
                        return salida.ToArray();
                    },
                    b => PoaJson.DeserializePlanes(b),
                    (a, b) => a.Select(d => d.Plan).SequenceEqual(b.Select(d => d.Plan)) && a.Zip(b).All(p => CampoDesconocido.MismosCampos(p.First.CamposDesconocidos, p.Second.CamposDesconocidos)),
                    fallo);
            }

            return documentos.Valor is not null;
        });
    }

    // ------------------------------------------------------------------ machinery

    /// <summary>What a reader gave: a value, a <see cref="JsonException"/> (expected on bad input), or nothing when it threw something else.</summary>
    private readonly record struct Resultado<T>(T? Valor, JsonException? Error, bool Fallo)
        where T : class;

    /// <summary>
    /// Runs a reader; any exception other than <see cref="JsonException"/> is a failure, and so is a message of the library's
    /// readers that does not start with the path (JsonSerializer's own messages are its own).
    /// </summary>
    private static Resultado<T> Intentar<T>(Func<T?> leer, Action<string> fallo, string que)
        where T : class
    {
        try
        {
            return new Resultado<T>(leer(), null, false);
        }
        catch (JsonException e)
        {
            var propio = !que.StartsWith("JsonSerializer", StringComparison.Ordinal);
            if (propio && !(e.Message.StartsWith("$", StringComparison.Ordinal) || e.Message.StartsWith("Línea ", StringComparison.Ordinal)))
            {
                fallo($"{que}: JsonException sin la ruta al principio de su mensaje: {e.Message}");
            }

            return new Resultado<T>(null, e, false);
        }
        catch (Exception e)
        {
            fallo($"{que}: {e.GetType().Name} en lugar de JsonException: {e}");
            return new Resultado<T>(null, null, true);
        }
    }

    /// <summary>Two readers of the same input: both read it (with equal values) or both reject it with the same message.</summary>
    private static void Acuerdan<T, U>(Resultado<T> a, Resultado<U> b, Action<string> fallo, string que, Func<T, U, bool> iguales)
        where T : class
        where U : class
    {
        if (a.Fallo || b.Fallo)
        {
            return;
        }

        if ((a.Valor is null) != (b.Valor is null))
        {
            fallo($"{que} no coincide: uno lee y el otro lanza «{(a.Error ?? b.Error)?.Message}»");
        }
        else if (a.Valor is not null && !iguales(a.Valor, b.Valor!))
        {
            fallo($"{que} lee un valor distinto");
        }
        else if (a.Error is not null && b.Error is not null && a.Error.Message != b.Error.Message)
        {
            fallo($"{que} lanza otro mensaje: «{a.Error.Message}» y «{b.Error.Message}»");
        }
    }

    /// <summary>read → write → read → write: the second write is the first, byte for byte, and the values are equal.</summary>
    private static void Estable<T>(T leido, Func<T, byte[]> escribir, Func<byte[], T> leer, Func<T, T, bool> iguales, Action<string> fallo)
    {
        try
        {
            var primera = escribir(leido);
            var releido = leer(primera);
            var segunda = escribir(releido);
            if (!primera.AsSpan().SequenceEqual(segunda))
            {
                fallo($"la segunda escritura difiere de la primera:\n{Encoding.UTF8.GetString(primera)}\n---\n{Encoding.UTF8.GetString(segunda)}");
            }

            if (!iguales(leido, releido))
            {
                fallo("lo releído no es igual a lo leído");
            }
        }
        catch (Exception e)
        {
            fallo($"escribir lo leído y volver a leerlo lanzó {e}");
        }
    }

    /// <summary>The input as a .NET string, when it is valid UTF-8 (otherwise it has no string form).</summary>
    private static string? Texto(byte[] bytes)
    {
        try
        {
            return Utf8Estricto.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Mutates the originals in turn, each iteration with its own seed, and checks each input (<paramref name="comprobar"/>
    /// says whether it was read); reports the first failures. At least one input in twenty must still read, so that the
    /// stability checks run on many documents, not only the rejections.
    /// </summary>
    internal static void Fuzz(string tipo, byte[][] originales, int iteraciones, Func<byte[], Action<string>, bool> comprobar, bool esJson = true)
    {
        var fallos = new List<string>();
        var leidos = 0;
        var reloj = Stopwatch.StartNew();
        for (var i = 0; i < iteraciones && fallos.Count < 5; i++)
        {
            var mutador = new Mutador(Semilla + i);
            var original = originales[i % originales.Length];
            var entrada = mutador.Mutar(original, esJson);
            var propios = new List<string>();
            if (comprobar(entrada, propios.Add))
            {
                leidos++;
            }

            if (propios.Count > 0)
            {
                var carpeta = Path.Combine(Path.GetTempPath(), "poa-fuzz");
                Directory.CreateDirectory(carpeta);
                var archivo = Path.Combine(carpeta, $"{tipo}-{i}.bin");
                File.WriteAllBytes(archivo, entrada);
                fallos.Add($"{tipo}, iteración {i} (semilla {Semilla + i}, original {i % originales.Length}: {mutador.Descripcion}; entrada en {archivo}):\n  " + string.Join("\n  ", propios));
            }
        }

        var resumen = $"{iteraciones} documentos {tipo} mutados en {reloj.Elapsed.TotalSeconds:F1} s, {leidos} leídos";
        fallos.Should().BeEmpty(resumen);
        leidos.Should().BeGreaterThan(iteraciones / 20, resumen);
    }
}
