using System.Text;
using NodaTime;
using Poa.Domain;
using Poa.Domain.Json;

namespace Poa.Cli.Tests;

/// <summary><c>poa cerrar</c>: the plan's <c>cerradoHasta</c> set through the library, written all or nothing.</summary>
public sealed class ComandoCerrarTests : IDisposable
{
    private readonly DirectorioTemporal dir = new();

    public ComandoCerrarTests() => CicloDeAlumbrado.Escribir(dir);

    public void Dispose() => dir.Dispose();

    private string Plan => Path.Combine(dir.Ruta, "alumbrado.json");

    private Ejecucion Cerrar(params string[] opciones) => Ejecucion.De(dir.Ruta, ["cerrar", "alumbrado.json", .. opciones]);

    [Fact]
    public void Cerrar_EscribeElMesEnElPlan_YLuegoReprogramarRechazaEseMes()
    {
        var r = Cerrar("--hasta", "2024-06");

        r.Codigo.Should().Be(0, r.Errores);
        r.Errores.Should().BeEmpty();
        r.Salida.Should().Be("alumbrado.json: plan «Dirección de Alumbrado y Bacheo» 2024: cerrado hasta 2024-06 (antes: sin meses cerrados)." + Environment.NewLine);
        var plan = PoaJson.DeserializePlan(File.ReadAllText(Plan));
        plan.Should().Be(CicloDeAlumbrado.Aprobado.ConCerradoHasta(new YearMonth(2024, 6)));
        Directory.GetFiles(dir.Ruta, "*.tmp").Should().BeEmpty();

        var junio = Ejecucion.De(dir.Ruta, "reprogramar", "alumbrado.json", "--actividad", "1", "--desde", "2024-06", "--calendario", ";;;;;9;9;9;9;9;9;9", "--meta", "117 Luminarias", "--justificacion", "Ajuste.", "--autorizada", "2024-06-20");
        junio.Codigo.Should().Be(1);
        junio.Errores.Should().Contain("POA040");

        var otraVez = Cerrar("--hasta", "2024-06");
        otraVez.Codigo.Should().Be(0, otraVez.Errores);
        otraVez.Salida.Should().Contain("cerrado hasta 2024-06 (ya lo estaba).");
        var adelante = Cerrar("--hasta", "2024-09");
        adelante.Salida.Should().Contain("cerrado hasta 2024-09 (antes: hasta 2024-06).");
    }

    [Fact]
    public void UnMesAnterior_SinReabrir_Codigo1YNoEscribe_ConReabrirSeEscribe()
    {
        Cerrar("--hasta", "2024-06").Codigo.Should().Be(0);
        var antes = File.ReadAllBytes(Plan);

        var sin = Cerrar("--hasta", "2024-03");

        sin.Codigo.Should().Be(1);
        sin.Errores.Should().Be("alumbrado.json: el plan ya está cerrado hasta 2024-06; --hasta 2024-03 reabriría los meses 2024-04 a 2024-06. Si es lo que quiere, agregue --reabrir; el plan no se modificó." + Environment.NewLine);
        File.ReadAllBytes(Plan).Should().Equal(antes);
        Cerrar("--hasta", "2024-05").Errores.Should().Contain("reabriría el mes 2024-06.");

        var con = Cerrar("--hasta", "2024-03", "--reabrir");

        con.Codigo.Should().Be(0, con.Errores);
        con.Salida.Should().Contain("cerrado hasta 2024-03 (antes: hasta 2024-06).");
        PoaJson.DeserializePlan(File.ReadAllText(Plan)).CerradoHasta.Should().Be(new YearMonth(2024, 3));
    }

    [Theory]
    [InlineData("2023-12")]
    [InlineData("2025-01")]
    public void UnMesFueraDelEjercicio_POA043_Codigo1YNoEscribe(string mes)
    {
        var antes = File.ReadAllBytes(Plan);

        var r = Cerrar("--hasta", mes);

        r.Codigo.Should().Be(1);
        r.Errores.Should().Contain("error POA043").And.Contain("no es un mes del ejercicio 2024").And.Contain("el plan no se modificó.");
        File.ReadAllBytes(Plan).Should().Equal(antes);
    }

    [Fact]
    public void Salida_EscribeOtroArchivo_ConLosCamposDesconocidos_YNoReemplazaUnoQueExiste()
    {
        var json = File.ReadAllText(Plan);
        File.WriteAllText(Plan, json.Replace("\"ejercicio\":", "\"sistemaDeOrigen\": {\"folio\": \"SPM-7\"},\n  \"ejercicio\":", StringComparison.Ordinal), new UTF8Encoding(false));
        var antes = File.ReadAllBytes(Plan);

        var r = Cerrar("--hasta", "2024-06", "--salida", "cerrado.json");

        r.Codigo.Should().Be(0, r.Errores);
        r.Salida.Should().StartWith("cerrado.json: plan");
        File.ReadAllBytes(Plan).Should().Equal(antes);
        var documento = PoaJson.DeserializeDocumentoDePlan(File.ReadAllText(Path.Combine(dir.Ruta, "cerrado.json")));
        documento.Plan.CerradoHasta.Should().Be(new YearMonth(2024, 6));
        documento.CamposDesconocidos.Should().ContainSingle(c => c.Nombre == "sistemaDeOrigen");

        var otra = Cerrar("--hasta", "2024-07", "--salida", "cerrado.json");
        otra.Codigo.Should().Be(1);
        otra.Errores.Should().Contain("cerrado.json: ya existe; elija otro archivo en --salida");
    }

    [Theory]
    [InlineData("2024-6")]
    [InlineData("junio")]
    [InlineData("2024-13")]
    public void UnHastaQueNoEsMes_Codigo2(string mes)
    {
        var r = Cerrar("--hasta", mes);

        r.Codigo.Should().Be(2);
        r.Errores.Should().Contain($"--hasta «{mes}» no es un mes AAAA-MM");
    }

    [Fact]
    public void SinHasta_OJsonLines_OArchivoIlegible_NoEscribeNada()
    {
        Ejecucion.De(dir.Ruta, "cerrar", "alumbrado.json").Codigo.Should().Be(2);
        File.WriteAllText(Path.Combine(dir.Ruta, "planes.jsonl"), "{}\n");
        Ejecucion.De(dir.Ruta, "cerrar", "planes.jsonl", "--hasta", "2024-06").Errores.Should().Contain("es JSON Lines: cerrar modifica un plan por archivo");
        File.WriteAllText(Path.Combine(dir.Ruta, "roto.json"), "{\"formato\": \"poa.plan\"");
        var roto = Ejecucion.De(dir.Ruta, "cerrar", "roto.json", "--hasta", "2024-06");
        roto.Codigo.Should().Be(1);
        roto.Errores.Should().StartWith("roto.json: error:");
    }
}
