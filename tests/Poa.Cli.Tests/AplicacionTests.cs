using System.Globalization;
using System.Reflection;
using System.Text;
using Poa.Cli.Comandos;

namespace Poa.Cli.Tests;

/// <summary>The parser, help, version, exit codes and the last-resort handling of <see cref="Aplicacion"/>, through the real parser.</summary>
public sealed class AplicacionTests : IDisposable
{
    private static readonly string[] Comandos = ["importar", "validar", "evaluar", "ejemplo", "plantilla", "reprogramar", "reporte", "cerrar"];
    private static readonly string[] AliasDeAyuda = ["-h", "--help", "-?", "--ayuda"];

    private readonly DirectorioTemporal dir = new();

    public void Dispose() => dir.Dispose();

    public static TheoryData<string, string> ComandosYAlias()
    {
        var datos = new TheoryData<string, string>();
        foreach (var comando in Comandos.Prepend(""))
        {
            foreach (var alias in AliasDeAyuda)
            {
                datos.Add(comando, alias);
            }
        }

        return datos;
    }

    // ---- help: the same text for every alias, snapshot-tested ----

    [Theory]
    [MemberData(nameof(ComandosYAlias))]
    public void Ayuda_CadaAliasEnCadaComando_EsLaDelArchivoDeReferencia(string comando, string alias)
    {
        var r = comando.Length == 0 ? Ejecucion.De(".", alias) : Ejecucion.De(".", comando, alias);

        r.Codigo.Should().Be(0);
        r.Errores.Should().BeEmpty();
        r.Salida.Should().Be(Referencia(comando.Length == 0 ? "poa" : comando), $"la ayuda de «poa {comando}» cambió: regenere tests/Poa.Cli.Tests/Ayuda con POA_REGENERAR_AYUDA=1 y revise el cambio");
    }

    [Fact]
    public void Ayuda_EnEspanolConLosValoresDeCadaOpcion_YSinNombresDeTiposDeNet()
    {
        var evaluar = Referencia("evaluar");
        evaluar.Should().Contain("Uso:").And.Contain("poa evaluar <PLAN>... [opciones]").And.Contain("--formato <tabla|json|csv|markdown|html|xlsx>")
            .And.Contain("(REQUERIDO)").And.Contain("Códigos de salida");
        Referencia("importar").Should().Contain("--celdas-extra <rechazar|omitir|diciembre>").And.Contain("(predeterminado): la actividad no se importa")
            .And.NotContain("TreceavaComoDiciembre").And.NotContain("System.");
    }

    [Fact]
    public void Ayuda_ConOtrosErrores_SeMuestraIgual()
        => Ejecucion.De(".", "evaluar", "--formato", "xml", "--ayuda").Should().Be(new Ejecucion(0, Referencia("evaluar"), ""));

    private static string Referencia(string nombre)
    {
        var ruta = Path.Combine(DatosDeEjemploTests.RaizDelRepositorio(), "tests", "Poa.Cli.Tests", "Ayuda", nombre + ".txt");
        if (Environment.GetEnvironmentVariable("POA_REGENERAR_AYUDA") == "1")
        {
            var r = nombre == "poa" ? Ejecucion.De(".", "--ayuda") : Ejecucion.De(".", nombre, "--ayuda");
            Directory.CreateDirectory(Path.GetDirectoryName(ruta)!);
            File.WriteAllText(ruta, r.Salida.Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
        }

        return File.ReadAllText(ruta).Replace("\n", Environment.NewLine, StringComparison.Ordinal);
    }

    // ---- version ----

    [Fact]
    public void Version_EsLaVersionDelPaqueteQueMinVerEscribio()
    {
        var r = Ejecucion.De(".", "--version");

        var informativa = typeof(Aplicacion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        r.Should().Be(new Ejecucion(0, informativa.Split('+')[0] + Environment.NewLine, ""));
        r.Salida.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$").And.NotBe("0.0.0");
        typeof(Aplicacion).Assembly.GetName().Version!.ToString(3).Should().NotBe(r.Salida.Trim(), "la versión del ensamblado no es la del paquete");
    }

    // ---- wrong usage: exit code 2, one line per problem and a hint ----

    [Fact]
    public void SinComando_Codigo2()
        => Ejecucion.De(".").Should().Be(new Ejecucion(2, "", "poa: falta el comando. Use «poa --ayuda» para ver los comandos." + Environment.NewLine));

    [Fact]
    public void ComandoDesconocido_SugiereElParecido()
    {
        var r = Ejecucion.De(".", "evaluarr");

        r.Codigo.Should().Be(2);
        r.LineasDeErrores.Should().Equal("poa: comando desconocido «evaluarr»; ¿quiso decir «evaluar»?", "Use «poa --ayuda» para ver el uso.");
    }

    [Fact]
    public void OpcionDesconocida_SugiereLaParecida_Primero()
    {
        var r = Ejecucion.De(".", "evaluar", "plan.json", "--avance", "a.csv", "--corte", "2023-06");

        r.Codigo.Should().Be(2);
        r.LineasDeErrores.Should().Equal(
            "poa evaluar: opción desconocida «--avance»; ¿quiso decir «--avances»?",
            "poa evaluar: Se requiere la opción '--avances'.",
            "Use «poa evaluar --ayuda» para ver el uso.");
        r.Salida.Should().BeEmpty();
    }

    [Theory]
    [InlineData("TABLA")]
    [InlineData("Json")]
    [InlineData("CSV")]
    [InlineData("markdown")]
    public void ValoresDeOpciones_SinDistinguirMayusculas(string formato)
        => Ejecucion.De(".", "ejemplo", "--formato", formato).Codigo.Should().Be(0);

    [Theory]
    [InlineData(new[] { "ejemplo", "--formato", "xml" }, "poa ejemplo: --formato «xml» no es un valor válido: use tabla, json, csv, markdown, html o xlsx.")]
    [InlineData(new[] { "importar", "a.txt", "--celdas-extra", "adivinar" }, "poa importar: --celdas-extra «adivinar» no es un valor válido: use rechazar, omitir o diciembre.")]
    [InlineData(new[] { "importar", "a.txt", "--separador", "pipe" }, "poa importar: --separador «pipe» no es un valor válido: use auto, tab, coma o punto-y-coma.")]
    [InlineData(new[] { "ejemplo", "--corte", "junio" }, "poa ejemplo: --corte «junio» no es un mes AAAA-MM (por ejemplo 2023-06).")]
    [InlineData(new[] { "ejemplo", "--corte", "2023-6" }, "poa ejemplo: --corte «2023-6» no es un mes AAAA-MM (por ejemplo 2023-06).")]
    [InlineData(new[] { "validar", "a.json", "--limite-json", "mucho" }, "poa validar: --limite-json «mucho» no es un tamaño: escriba bytes o un número con K, M o G (por ejemplo 64M), hasta 2G.")]
    [InlineData(new[] { "ejemplo", "sobra" }, "poa ejemplo: argumento de más «sobra»: «poa ejemplo» no lo espera.")]
    [InlineData(new[] { "importar" }, "poa importar: Falta el argumento requerido 'ARCHIVO' para el comando: 'importar'.")]
    [InlineData(new[] { "evaluar", "a.json", "--corte", "2023-06" }, "poa evaluar: Se requiere la opción '--avances'.")]
    [InlineData(new[] { "ejemplo", "--corte" }, "poa ejemplo: Falta el argumento requerido para la opción: '--corte'.")]
    public void UsoIncorrecto_Codigo2_ConElMensajeYLaPista(string[] args, string mensaje)
    {
        var r = Ejecucion.De(".", args);

        r.Codigo.Should().Be(2);
        r.LineasDeErrores.Should().Equal(mensaje, $"Use «poa {args[0]} --ayuda» para ver el uso.");
        r.Salida.Should().BeEmpty();
    }

    // ---- what the parser gives for free ----

    [Fact]
    public void ArchivoDeRespuestas_UnArgumentoPorLinea()
    {
        dir.Archivo("argumentos.rsp", "ejemplo\n--formato\ncsv\n--corte 2023-03\n");

        var r = Ejecucion.De(dir.Ruta, "@" + Path.Combine(dir.Ruta, "argumentos.rsp"));

        r.Codigo.Should().Be(0);
        r.Salida.Should().StartWith("unidad_responsable,");
        Ejecucion.De(dir.Ruta, "@" + Path.Combine(dir.Ruta, "no-existe.rsp")).Codigo.Should().Be(2);
    }

    [Fact]
    public void Autocompletado_DirectivaDeDotnetSuggest_OpcionesYValores()
    {
        Ejecucion.De(".", "[suggest:13]", "evaluar --for").Salida.Should().Be("--formato" + Environment.NewLine);
        Ejecucion.De(".", "[suggest:20]", "evaluar --formato js").Salida.Should().Be("json" + Environment.NewLine);
        Ejecucion.De(".", "[suggest:2]", "ev").Salida.Should().Be("evaluar" + Environment.NewLine);
        Ejecucion.De(".", "[suggest:24]", "importar --celdas-extra ").Salida.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)
            .Should().Equal("diciembre", "omitir", "rechazar");
    }

    // ---- internal errors: 70, one line, the exception's type, no stack trace unless asked ----

    private sealed class EscritorQueFalla : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("falla simulada\ncon más líneas");
    }

    [Fact]
    public void ErrorInterno_Codigo70_UnaLineaConElTipoYComoReportarlo_SinTraza()
    {
        var errores = new StringWriter();
        var r = Ejecucion.Con(new Consola(new EscritorQueFalla(), errores), errores, "ejemplo");

        r.Codigo.Should().Be(70);
        var linea = r.LineasDeErrores.Should().ContainSingle().Subject;
        linea.Should().StartWith("poa ejemplo: error interno (InvalidOperationException): falla simulada Es un defecto de poa: repórtelo en https://")
            .And.EndWith("(--detalle muestra la traza).");
    }

    [Fact]
    public void ErrorInterno_ConDetalleOPoaDebug_MuestraLaTraza()
    {
        var errores = new StringWriter();
        Ejecucion.Con(new Consola(new EscritorQueFalla(), errores), errores, "ejemplo", "--detalle").Errores.Should().Contain("   at ");
        errores = new StringWriter();
        Ejecucion.Con(new Consola(new EscritorQueFalla(), errores, depurar: true), errores, "ejemplo").Errores.Should().Contain("   at ");
    }

    [Fact]
    public void SalidaQueNoSePuedeEscribir_DispositivoLleno_Codigo2()
    {
        if (!File.Exists("/dev/full"))
        {
            return;
        }

        foreach (var formato in new[] { "tabla", "json", "csv" })
        {
            using var lleno = new StreamWriter(new FileStream("/dev/full", FileMode.Open, FileAccess.Write), new UTF8Encoding(false), 1 << 16);
            var errores = new StringWriter();
            var r = Ejecucion.Con(new Consola(lleno, errores, salidaBinaria: formato == "json" ? lleno.BaseStream : null), errores, "ejemplo", "--formato", formato);

            r.Codigo.Should().Be(2, formato);
            r.LineasDeErrores.Should().ContainSingle().Which.Should().StartWith("poa ejemplo: no se pudo escribir la salida: ");
        }
    }

    [Fact]
    public void LaCulturaDelUsuario_NoCambiaLaSalida_YSeRestaura()
    {
        var invariante = Ejecucion.De(".", "ejemplo", "--formato", "csv");
        var ayuda = Ejecucion.De(".", "evaluar", "--ayuda");
        var (cultura, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

            Ejecucion.De(".", "ejemplo", "--formato", "csv").Should().Be(invariante);
            Ejecucion.De(".", "evaluar", "--ayuda").Should().Be(ayuda);
            CultureInfo.CurrentUICulture.Name.Should().Be("en-US");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (cultura, ui);
        }
    }

    [Fact]
    public void CadaComandoEsUnTipo_YCadaFormatoTambien()
    {
        Comando.Todos().Select(c => c.Nombre).Should().Equal(Comandos);
        Poa.Cli.Salida.Escritores.Todos.Select(e => e.Nombre).Should().Equal("tabla", "json", "csv", "markdown", "html", "xlsx");
    }
}
