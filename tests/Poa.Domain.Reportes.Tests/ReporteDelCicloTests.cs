using AngleSharp.Dom;
using NodaTime;
using Poa.Domain.Tests.Ciclo;

namespace Poa.Domain.Reportes.Tests;

/// <summary>
/// The reporting cycle in the report (docs/ciclo.md's Dirección de Alumbrado y Bacheo on 10 October 2024, corte septiembre):
/// the meta and programado of both views of a modified activity and the plan's modificaciones, the alerta temprana (here on
/// a verde activity), a missing justificación, and with a closing rule the reportes due, vencidos and extemporáneos per unidad.
/// </summary>
public sealed class ReporteDelCicloTests
{
    private static readonly ReglaDeCierre CincoDias = CicloDeEjemplo.Regla;
    private static readonly LocalDate DiezDeOctubre = new(2024, 10, 10);
    private static readonly Corte Septiembre = Corte.De(new YearMonth(2024, 9));
    private static readonly AvancesDelPlan Alumbrado = CrearAlumbrado(CicloDeEjemplo.Folio1.AutorizadaPor!, CicloDeEjemplo.Folio1.Justificacion);

    private static readonly Lazy<string> HtmlConRegla = new(() => Generar(new OpcionesDeReporte { ReglaDeCierre = CincoDias }));

    private static readonly Lazy<IDocument> ConRegla = new(() => Muestra.Leer(HtmlConRegla.Value));

    /// <summary>
    /// Luminarias (120, 10 a month; folio 1: 90, 5 a month from July) reported every month, May and August late: 62 of 75,
    /// verde, with an alerta temprana. Informes (4, one a quarter): March on time, June late and without justificación,
    /// September missing: 2 of 3, amarillo, with an alert too. Folio 1 with <paramref name="autorizadaPor"/> and <paramref name="justificacion"/>.
    /// </summary>
    private static AvancesDelPlan CrearAlumbrado(string autorizadaPor, string justificacion)
    {
        var plan = new Plan.Builder(2024, "Secretaría de Servicios Públicos", "Dirección de Alumbrado y Bacheo")
            .AgregarActividad("Rehabilitar luminarias en vialidades principales", eje: "III. Ciudad funcional", objetivo: "3.2 Servicios públicos de calidad",
                programa: "Alumbrado Público", meta: "120 Luminarias", calendarizacion: Calendarizacion.Mensual(10))
            .AgregarActividad("Elaborar los informes trimestrales de avance", eje: "III. Ciudad funcional", objetivo: "3.2 Servicios públicos de calidad",
                programa: "Alumbrado Público", meta: "4 Informes", calendarizacion: Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1))
            .AgregarFirmante("Ing.", "Responsable de Prueba", "Director de Alumbrado y Bacheo")
            .Build()
            .ConCerradoHasta(CicloDeEjemplo.Mes(6));
        var f = CicloDeEjemplo.Folio1;
        var reprogramado = plan.Reprogramar(Modificacion.Create(f.Folio, f.Actividad, f.AplicaDesde, f.Meta, f.Calendarizacion, justificacion, f.AutorizadaEl, autorizadaPor), CincoDias);
        reprogramado.Aceptada.Should().BeTrue(string.Join("\n", reprogramado.Diagnosticos));
        Avance[] informes =
        [
            Avance.Create(2, CicloDeEjemplo.Mes(3), 1, fechaDeReporte: CicloDeEjemplo.Dia(4, 3)),
            Avance.Create(2, CicloDeEjemplo.Mes(6), 1, fechaDeReporte: CicloDeEjemplo.Dia(7, 20)),
        ];
        return AvancesDelPlan.Create(reprogramado.Plan, CicloDeEjemplo.Luminarias.Concat(informes));
    }

    private static string Generar(OpcionesDeReporte? opciones = null, AvancesDelPlan? avances = null)
        => new ReporteHtml(opciones).Generar([avances ?? Alumbrado], Septiembre, DiezDeOctubre);

    private static string[] Celdas(IDocument documento, string id) => documento.GetElementById(id)!.Children.Select(c => c.TextContent).ToArray();

    [Fact]
    public void ActividadModificada_MuestraLaMetaYLoProgramadoDelPlanAprobadoBajoLosVigentes()
    {
        var documento = ConRegla.Value;

        var meta = documento.GetElementById("a1-1")!.Children[2];
        meta.TextContent.Should().Be("90 Luminariasaprobada 120 Luminarias");
        meta.QuerySelector(".otra")!.TextContent.Should().Be("aprobada 120 Luminarias");
        documento.GetElementById("a1-1")!.Children[3].QuerySelector(".otra")!.TextContent.Should().Be("aprobado 90");
        Celdas(documento, "a1-1").Skip(3).Take(3).Should().Equal("75aprobado 90", "62", "82.67%");
        documento.GetElementById("a1-2")!.QuerySelector(".otra").Should().BeNull("los informes no tienen modificación");
    }

    [Fact]
    public void ContraElPlanAprobado_MuestraElVigenteBajoElAprobado()
    {
        var aprobado = new OpcionesDeReporte { Evaluador = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { Vista = VistaDelPlan.Aprobado }) };

        var documento = Muestra.Leer(Generar(aprobado));

        Celdas(documento, "a1-1").Skip(2).Take(4).Should().Equal("120 Luminariasvigente 90 Luminarias", "90vigente 75", "62", "68.89%");
        documento.GetElementById("a1-1")!.QuerySelector(".chip")!.TextContent.Should().Be("Amarillo");
        documento.QuerySelector("#reglas")!.TextContent.Should().Contain("Plan evaluado: el aprobado, sin las modificaciones de meta");
    }

    [Fact]
    public void ModificacionesDelPlan_EnSuTablaConFolioActividadMesCambioJustificacionYAutorizacion()
    {
        var documento = ConRegla.Value;

        var tabla = documento.QuerySelector("#u1 table.modificaciones")!;
        tabla.QuerySelector("caption")!.TextContent.Should().Be("Modificaciones de meta");
        var filas = tabla.QuerySelectorAll("tbody tr");
        filas.Should().ContainSingle();
        filas[0].Children.Select(c => c.TextContent).Should().Equal(
            "1", "1", "julio de 2024", "meta 90 Luminarias; calendarización nueva desde julio",
            "Recorte presupuestal: el proveedor entrega la mitad de las luminarias LED.", "8 de julio de 2024 · Cabildo, sesión ordinaria 14");
        filas[0].QuerySelector("a")!.GetAttribute("href").Should().Be("#a1-1");
        documento.GetElementById("o1-1")!.TextContent.Should().Contain("Evaluada contra el plan vigente (modificaciones de folio 1): meta aprobada 120 Luminarias, meta vigente 90 Luminarias");
    }

    [Fact]
    public void AlertaTemprana_EnUnaActividadVerde_SeMarcaJuntoAlChipYSeExplica()
    {
        var documento = ConRegla.Value;
        var resultado = EvaluadorDeSemaforo.Predeterminado.Evaluar(Alumbrado, Septiembre).Resultados[0];

        resultado.Color.Should().Be(Color.Verde);
        resultado.TieneAlerta.Should().BeTrue();
        var color = documento.GetElementById("a1-1")!.Children[7];
        color.QuerySelector(".chip")!.TextContent.Should().Be("Verde");
        color.QuerySelectorAll("em").Select(m => m.ClassName + ": " + m.TextContent).Should().Equal("alerta: Alerta temprana");
        documento.GetElementById("a1-1")!.QuerySelector("th a")!.GetAttribute("href").Should().Be("#o1-1", "una actividad verde con alerta también se explica");
        var obs = documento.GetElementById("o1-1")!;
        obs.ClassList.Should().Contain("verde");
        obs.QuerySelector("p")!.TextContent.Should().Contain("Alerta temprana: ritmo observado 6.89 (62 ÷ 9 meses programados), ritmo requerido 9.33 (28 ÷ 3 meses programados restantes)");
        obs.TextContent.Should().Contain("Justificación: junio de 2024: «El proveedor entregó tarde las luminarias LED.».");
        Cuenta(documento, "alerta").Should().Be("2con alerta temprana", "los informes van a 2 de 4 con un trimestre por delante");
    }

    [Fact]
    public void JustificacionFaltante_SeMarcaYDiceElMesDelAvanceQueLaDebe()
    {
        var documento = ConRegla.Value;

        var fila = documento.GetElementById("a1-2")!;
        fila.QuerySelector(".chip")!.TextContent.Should().Be("Amarillo");
        fila.QuerySelectorAll("em").Select(m => m.ClassName + ": " + m.TextContent).Should().Equal("alerta: Alerta temprana", "falta: Sin justificación");
        var obs = documento.GetElementById("o1-2")!;
        obs.QuerySelectorAll("p").Last().TextContent.Should().Be("Justificación: no registrada; falta la del avance de junio de 2024.");
        obs.QuerySelector("p")!.TextContent.Should().NotContain("Falta la justificación", "la línea de la justificación lo dice");
        EvaluadorDeSemaforo.Predeterminado.Evaluar(Alumbrado, Septiembre).Resultados[1].Explicar().Should().EndWith(obs.QuerySelector("p")!.TextContent + " Falta la justificación del desvío en el avance de junio de 2024.");
        Cuenta(documento, "falta").Should().Be("1justificación faltante");
    }

    [Fact]
    public void ConReglaDeCierre_ReportesDeCadaUnidadALaFechaDeGeneracion()
    {
        var documento = ConRegla.Value;
        var reportes = EvaluadorDeSemaforo.Predeterminado.Reportes(Alumbrado, DiezDeOctubre, CincoDias);

        reportes.Debidos.Should().Be(12);
        var fila = documento.QuerySelector("#resumen table.reportes tbody tr")!;
        fila.Children.Select(c => c.TextContent).Should().Equal(
            "Dirección de Alumbrado y Bacheo", reportes.Debidos.ToString(), reportes.Reportados.ToString(), reportes.Vencidos.ToString(), reportes.Extemporaneos.ToString());
        fila.Children.Select(c => c.TextContent).Skip(1).Should().Equal("12", "11", "1", "3");
        fila.QuerySelector("a")!.GetAttribute("href").Should().Be("#u1");
        documento.QuerySelector("#resumen table.reportes caption")!.TextContent.Should().Be("Reportes al 10 de octubre de 2024 por unidad responsable");
        Cuenta(documento, "vencidos").Should().Be("1reporte vencido de 12 debidos");
        documento.QuerySelectorAll(".datos dt").Select(d => d.TextContent + ": " + d.NextElementSibling!.TextContent)
            .Should().Contain("Reportes al: 10 de octubre de 2024 (cierre: 5 días después del fin de mes (America/Monterrey))");
        documento.QuerySelectorAll("#u1 .sub")[1].TextContent.Should().Be("Reportes al 10 de octubre de 2024: 12 debidos, 11 reportados, 1 vencido, 3 extemporáneos.");
        documento.QuerySelectorAll("#u1 ul.vencidos li").Select(l => l.TextContent).Should().Equal(
            "Actividad 1 · extemporáneos: mayo (cerró el 5 de junio de 2024, reportado el 12 de junio de 2024), agosto (cerró el 5 de septiembre de 2024, reportado el 12 de septiembre de 2024)",
            "Actividad 2 · vencido: septiembre · extemporáneo: junio (cerró el 5 de julio de 2024, reportado el 20 de julio de 2024)");
        documento.QuerySelectorAll("#u1 ul.vencidos a").Select(a => a.GetAttribute("href")).Should().Equal("#a1-1", "#a1-2");
        documento.QuerySelector("#reglas")!.TextContent.Should().Contain("Reportes al 10 de octubre de 2024: un mes programado se debe cuando cierra (regla de cierre: 5 días después del fin de mes (America/Monterrey))");
    }

    [Fact]
    public void SinReglaDeCierre_NoHayReportesVencidos()
    {
        var documento = Muestra.Leer(Generar());

        documento.QuerySelectorAll("table.reportes, ul.vencidos, .cuenta.vencidos").Should().BeEmpty();
        documento.QuerySelectorAll(".datos dt").Select(d => d.TextContent).Should().NotContain("Reportes al");
        documento.QuerySelectorAll("#u1 .sub").Should().ContainSingle();
        documento.QuerySelector("#reglas")!.TextContent.Should().NotContain("regla de cierre");
    }

    [Fact]
    public void ReporteDelCiclo_AutocontenidoAccesibleYConEnlacesQueLlegan()
    {
        var html = HtmlConRegla.Value;
        var documento = ConRegla.Value;

        ReporteHtmlTests.SinScriptsNiDireccionesExternas(html);
        ReporteHtmlTests.TablasAccesibles(documento);
        documento.QuerySelectorAll("em").Should().OnlyContain(m => m.TextContent.Length > 0, "una marca siempre dice lo que es");
    }

    [Fact]
    public void TextosHostilesDeLaModificacion_SeCodifican()
    {
        const string por = "<script>alert('x')</script> Cabildo & \"Síndico\" 🚦";
        const string justificacion = "</td></tr></table><img src=x onerror=alert(1)> مرحبا";
        var documento = Muestra.Leer(Generar(avances: CrearAlumbrado(por, justificacion)));

        documento.QuerySelectorAll("script, img").Should().BeEmpty();
        var celdas = documento.QuerySelector("table.modificaciones tbody tr")!.Children;
        celdas[4].TextContent.Should().Be(justificacion);
        celdas[4].QuerySelector("bdi").Should().NotBeNull("un texto de derecha a izquierda se aísla");
        celdas[5].TextContent.Should().Be("8 de julio de 2024 · " + por);
    }

    private static string Cuenta(IDocument documento, string clase) => documento.QuerySelector($"#resumen .cuenta.{clase}")!.TextContent;
}
