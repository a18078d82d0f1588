using Poa.Domain;
using Poa.Domain.Json;

namespace Poa.Cli.Tests;

public sealed class ComandoReprogramarTests : IDisposable
{
    private const string Folio1 = "--actividad 1 --desde 2024-07 --meta 90_Luminarias --calendario ;;;;;;5;5;5;5;5;5 --autorizada 2024-07-08";

    private readonly DirectorioTemporal dir = new();

    public ComandoReprogramarTests() => CicloDeAlumbrado.Escribir(dir);

    public void Dispose() => dir.Dispose();

    private string Plan => Path.Combine(dir.Ruta, "alumbrado.json");

    /// <summary>Runs <c>poa reprogramar alumbrado.json</c> with <paramref name="opciones"/> (spaces separate; <c>_</c> is a space inside a value) and the justificación.</summary>
    private Ejecucion Reprogramar(string opciones, string? justificacion = "Recorte presupuestal: el proveedor entrega la mitad.", string archivo = "alumbrado.json")
    {
        var args = new List<string> { "reprogramar", archivo };
        args.AddRange(opciones.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Replace('_', ' ')));
        if (justificacion is not null)
        {
            args.AddRange(["--justificacion", justificacion]);
        }

        return Ejecucion.De(dir.Ruta, [.. args]);
    }

    [Fact]
    public void Aceptada_EscribeElPlanEnSuLugarConUnaModificacionMas_ElAprobadoIntacto()
    {
        var r = Reprogramar(Folio1 + " --por Cabildo,_sesión_ordinaria_14");

        r.Errores.Should().BeEmpty();
        r.Codigo.Should().Be(0);
        r.Salida.Should().StartWith("alumbrado.json: plan «Dirección de Alumbrado y Bacheo» 2024: modificación con folio 1 de la actividad 1 desde 2024-07 aceptada; 1 modificación en total.")
            .And.Contain("Actividad 1 vigente: 90 Luminarias · 10;10;10;10;10;10;5;5;5;5;5;5 (aprobada: 120 Luminarias · 10;10;10;10;10;10;10;10;10;10;10;10).");
        var plan = PoaJson.DeserializePlan(File.ReadAllText(Plan));
        plan.Modificaciones.Should().Equal(Modificacion.Create(1, 1, new NodaTime.YearMonth(2024, 7), Meta.Parse("90 Luminarias"), Calendarizacion.Mensual(5, 7, 12),
            "Recorte presupuestal: el proveedor entrega la mitad.", new NodaTime.LocalDate(2024, 7, 8), "Cabildo, sesión ordinaria 14"));
        plan.Actividades.Should().Equal(CicloDeAlumbrado.Aprobado.Actividades, "el plan aprobado nunca se sobrescribe");
        Directory.GetFiles(dir.Ruta, "*.tmp").Should().BeEmpty();

        // The second goes on top of the first, with the next folio; the calendar alone is enough.
        var segunda = Reprogramar("--actividad 3 --desde 2024-07 --meta 95%_Porcentaje --calendario ;;;;;;90;90;90;90;90;90 --autorizada 2024-07-08");
        segunda.Codigo.Should().Be(0, segunda.Errores);
        PoaJson.DeserializePlan(File.ReadAllText(Plan)).Modificaciones.Select(m => (m.Folio, m.Actividad)).Should().Equal((1, 1), (2, 3));
    }

    [Fact]
    public void Salida_EscribeOtroArchivo_YNoReemplazaUnoQueExiste()
    {
        var antes = File.ReadAllBytes(Plan);

        var r = Reprogramar(Folio1 + " --salida v2.json");

        r.Codigo.Should().Be(0, r.Errores);
        File.ReadAllBytes(Plan).Should().Equal(antes);
        PoaJson.DeserializePlan(File.ReadAllText(Path.Combine(dir.Ruta, "v2.json"))).Modificaciones.Should().ContainSingle();

        var otra = Reprogramar(Folio1 + " --salida v2.json");
        otra.Codigo.Should().Be(1);
        otra.Errores.Should().Contain("v2.json: ya existe; elija otro archivo en --salida");
    }

    [Theory]
    [InlineData("--actividad 9 --desde 2024-07 --meta 90_Luminarias --autorizada 2024-07-08", null, "POA030")]
    [InlineData("--actividad 1 --desde 2024-08 --calendario ;;;;;;;20;20;20;20;20 --autorizada 2024-08-02", null, "POA001")]
    [InlineData("--actividad 1 --desde 2024-07 --calendario ;;;;;;5;5;5;5;5;5 --autorizada 2024-08-02", null, "POA037")]
    [InlineData("--actividad 1 --desde 2024-07 --meta 90_Luminarias --calendario ;;;;;1;5;5;5;5;5;4 --autorizada 2024-07-01", null, "POA035")]
    [InlineData("--actividad 1 --desde 2024-07 --meta 90_Informes --calendario ;;;;;;5;5;5;5;5;5 --autorizada 2024-07-01", null, "POA039")]
    [InlineData(Folio1, "   ", "POA031")]
    public void Rechazada_Codigo1ConLosDiagnosticos_YElPlanIntacto(string opciones, string? justificacion, string codigo)
    {
        var antes = File.ReadAllBytes(Plan);

        var r = Reprogramar(opciones, justificacion ?? "Motivo.");

        r.Codigo.Should().Be(1);
        r.Salida.Should().BeEmpty();
        r.Errores.Should().Contain($"error {codigo}:");
        r.LineasDeErrores.Should().AllSatisfy(l => l.Should().StartWith("alumbrado.json: "));
        r.LineasDeErrores[^1].Should().EndWith("se rechazó; el plan no se modificó.");
        File.ReadAllBytes(Plan).Should().Equal(antes);
        Directory.GetFiles(dir.Ruta).Select(Path.GetFileName).Should().BeEquivalentTo(["alumbrado.json", "avances.csv", "avances-julio-6.csv"]);
    }

    [Fact]
    public void FolioRepetido_SeRechaza_ElSiguienteSeAcepta()
    {
        Reprogramar(Folio1).Codigo.Should().Be(0);
        var antes = File.ReadAllBytes(Plan);

        var repetido = Reprogramar("--actividad 3 --desde 2024-07 --meta 95%_Porcentaje --calendario ;;;;;;90;90;90;90;90;90 --autorizada 2024-07-08 --folio 1");

        repetido.Codigo.Should().Be(1);
        repetido.Errores.Should().MatchRegex("error POA03[23]:");
        File.ReadAllBytes(Plan).Should().Equal(antes);
        Reprogramar("--actividad 3 --desde 2024-07 --meta 95%_Porcentaje --calendario ;;;;;;90;90;90;90;90;90 --autorizada 2024-07-08 --folio 2").Codigo.Should().Be(0);
    }

    [Fact]
    public void MesCerrado_PorElCerradoHastaDelPlan_OPorLaReglaDeCierre()
    {
        File.WriteAllText(Plan, PoaJson.Serialize(CicloDeAlumbrado.Aprobado.ConCerradoHasta(new NodaTime.YearMonth(2024, 6))));
        var antes = File.ReadAllBytes(Plan);

        var junio = Reprogramar("--actividad 2 --desde 2024-06 --calendario ;;;;;0;1;;1;;;1 --autorizada 2024-07-03 --dias-de-cierre 5");
        var julio = Reprogramar("--actividad 2 --desde 2024-07 --calendario ;;;;;;1;;;;;1 --autorizada 2024-07-03 --dias-de-cierre 5");

        junio.Codigo.Should().Be(1);
        junio.Errores.Should().Contain("POA040");
        File.ReadAllBytes(Plan).Should().NotEqual(antes, "julio sigue abierto: la segunda se acepta");
        julio.Codigo.Should().Be(0, julio.Errores);
    }

    [Fact]
    public void ConCincoDiasDeCierre_JunioSigueAbiertoEl3DeJulio()
    {
        var sinDias = Reprogramar("--actividad 2 --desde 2024-06 --calendario ;;;;;0;1;;1;;;1 --autorizada 2024-07-03");
        var conDias = Reprogramar("--actividad 2 --desde 2024-06 --calendario ;;;;;0;1;;1;;;1 --autorizada 2024-07-03 --dias-de-cierre 5");

        sinDias.Codigo.Should().Be(1);
        sinDias.Errores.Should().Contain("POA037");
        conDias.Codigo.Should().Be(0, conDias.Errores);
    }

    [Theory]
    [InlineData("--actividad 1 --desde 2024-07 --autorizada 2024-07-08", "dé --calendario, --meta o las dos")]
    [InlineData("--actividad 1 --desde julio --meta 90_Luminarias --autorizada 2024-07-08", "--desde «julio» no es un mes AAAA-MM")]
    [InlineData("--actividad 1 --desde 2024-07 --meta 90_Luminarias --autorizada 08/07/2024", "--autorizada «08/07/2024» no es una fecha AAAA-MM-DD")]
    [InlineData("--actividad 1 --desde 2024-07 --meta noventa --autorizada 2024-07-08", "--meta «noventa» no es una meta con su unidad de medida")]
    [InlineData("--actividad 1 --desde 2024-07 --calendario 5;5;5 --autorizada 2024-07-08", "--calendario «5;5;5» no es un calendario de 12 celdas: Una calendarización tiene 12 celdas separadas por «;»; se encontraron 3.")]
    [InlineData("--actividad 1 --desde 2024-07 --calendario ;;;;;;5;5;5;5;5;1,5 --autorizada 2024-07-08", "--calendario «;;;;;;5;5;5;5;5;1,5» no es un calendario de 12 celdas: El valor de diciembre (mes 12) «1,5»")]
    [InlineData("--actividad 0 --desde 2024-07 --meta 90_Luminarias --autorizada 2024-07-08", "--actividad 0 no es válido")]
    [InlineData("--actividad 1 --desde 2024-07 --meta 90_Luminarias --autorizada 2024-07-08 --folio 0", "--folio 0 no es válido")]
    public void UsoIncorrecto_Codigo2_YElPlanIntacto(string opciones, string mensaje)
    {
        var antes = File.ReadAllBytes(Plan);

        var r = Reprogramar(opciones);

        r.Codigo.Should().Be(2);
        r.Errores.Should().Contain(mensaje);
        File.ReadAllBytes(Plan).Should().Equal(antes);
    }

    [Fact]
    public void PlanIlegibleOJsonLines_NoSeEscribeNada()
    {
        dir.Archivo("roto.json", "{\"formato\": \"poa.plan\", \"version\": 1, \"ejercicio\": \"x\"}");
        dir.Archivo("planes.jsonl", File.ReadAllText(Plan).ReplaceLineEndings(" ") + "\n");

        var roto = Reprogramar(Folio1, archivo: "roto.json");
        var jsonl = Reprogramar(Folio1, archivo: "planes.jsonl");
        var falta = Reprogramar(Folio1, archivo: "no-existe.json");

        roto.Codigo.Should().Be(1);
        roto.Errores.Should().StartWith("roto.json: error: $.");
        jsonl.Codigo.Should().Be(2);
        jsonl.Errores.Should().Contain("es JSON Lines");
        falta.Codigo.Should().Be(2);
    }

    [Fact]
    public void ElPlanReprogramado_SeEvaluaContraElVigenteYElAprobado()
    {
        Reprogramar(Folio1).Codigo.Should().Be(0);

        var vigente = Ejecucion.De(dir.Ruta, "evaluar", "alumbrado.json", "--avances", "avances.csv", "--corte", "2024-09");
        var aprobado = Ejecucion.De(dir.Ruta, "evaluar", "alumbrado.json", "--avances", "avances.csv", "--corte", "2024-09", "--contra", "aprobado");

        vigente.Salida.Should().MatchRegex(@"\n +1 +Rehabilitar .+ +120 Luminarias +90 Luminarias +75 +62 +82\.67 +68\.89 +verde ");
        aprobado.Salida.Should().MatchRegex(@"\n +1 +Rehabilitar .+ +120 Luminarias +90 Luminarias +90 +62 +68\.89 +51\.67 +amarillo ");
    }
}
