using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using NodaTime;

namespace Poa.Domain.Reportes.Tests;

/// <summary>The structure of the report, read with an HTML parser (AngleSharp) as a browser would read it.</summary>
public class ReporteHtmlTests
{
    private static readonly IReadOnlyList<ResultadoDePlan> Resultados =
        EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte);

    private static string Clase(Color? color) => color switch
    {
        Color.Verde => "verde",
        Color.Amarillo => "amarillo",
        Color.Rojo => "rojo",
        _ => "sin-color",
    };

    private static string Nombre(Color? color) => color switch
    {
        Color.Verde => "Verde",
        Color.Amarillo => "Amarillo",
        Color.Rojo => "Rojo",
        _ => "Sin color",
    };

    [Fact]
    public void Muestra_CadaActividadApareceUnaVez_ConElNombreYLaClaseDeSuColor()
    {
        var documento = Muestra.Leer(Muestra.Reporte);

        documento.QuerySelectorAll("table.actividades tbody tr").Should().HaveCount(34);
        for (var p = 0; p < Resultados.Count; p++)
        {
            var seccion = documento.GetElementById($"u{p + 1}")!;
            seccion.QuerySelector("h2")!.TextContent.Should().Be(Resultados[p].Plan.UnidadResponsable.Nombre);
            var filas = seccion.QuerySelectorAll("table.actividades tbody tr");
            filas.Should().HaveCount(Resultados[p].Resultados.Count);
            for (var i = 0; i < filas.Length; i++)
            {
                var r = Resultados[p].Resultados[i];
                var fila = filas[i];
                var donde = $"{r.Actividad.Numero}. {r.Actividad.Descripcion}";
                fila.Id.Should().Be($"a{p + 1}-{i + 1}");
                fila.QuerySelector("th[scope=row]")!.TextContent.Should().Be(r.Actividad.Numero.ToString(CultureInfo.InvariantCulture), donde);
                fila.Children[1].TextContent.Should().Be(r.Actividad.Descripcion, donde);
                var chips = fila.QuerySelectorAll(".chip");
                chips.Should().ContainSingle(donde);
                chips[0].TextContent.Should().Be(Nombre(r.Color), donde);
                chips[0].ClassList.Should().BeEquivalentTo(["chip", Clase(r.Color)], donde);
            }
        }
    }

    [Fact]
    public void Muestra_ColumnasDeLaTabla_SonLasDeLaActividad()
    {
        var documento = Muestra.Leer(Muestra.Reporte);
        var encabezados = documento.QuerySelector("table.actividades thead")!.QuerySelectorAll("th").Select(t => t.TextContent);

        encabezados.Should().Equal("No.", "Actividad", "Meta anual", "Programado", "Realizado", "Cumplimiento", "Avance anual", "Color", "Tendencia");

        // Dirección de Soporte e infraestructura, activity 6: 7 of 6 programmed, over-compliance kept.
        var fila = documento.GetElementById("a3-6")!.Children.Select(c => c.TextContent).ToList();
        fila.Take(7).Should().Equal("6", PlanesDeEjemplo.SoporteEInfraestructura.Actividades[5].Descripcion, "12 Usuarios", "6", "7", "116.67%", "58.33%");

        // Gobierno Digital, activity 6: a rate with numerador and denominador (ΣN/ΣD), shown as a percent.
        documento.GetElementById("a2-6")!.Children[2].TextContent.Should().Be("100% Porcentaje");

        // Dirección General de Gobierno Digital, activity 2: ahead of schedule; Participación Ciudadana 3: nothing programmed yet.
        documento.GetElementById("a1-2")!.Children[5].TextContent.Should().Be("100% (adelantada)");
        documento.GetElementById("a4-3")!.Children[5].TextContent.Should().Be("sin meta programada");
        documento.GetElementById("a4-3")!.Children[2].TextContent.Should().Be("4,560 Asistencia", "los miles llevan coma, sin depender de la cultura");
    }

    [Fact]
    public void Muestra_CuentasDelResumen_SonLasDeLosResumenesDelEvaluador()
    {
        var documento = Muestra.Leer(Muestra.Reporte);
        var todos = Resultados.SelectMany(r => r.Resultados).ToList();

        Cuenta(documento, "verde").Should().Be(todos.Count(r => r.Color == Color.Verde).ToString(CultureInfo.InvariantCulture)).And.Be("17");
        Cuenta(documento, "amarillo").Should().Be("7");
        Cuenta(documento, "rojo").Should().Be("8");
        Cuenta(documento, "sin-color").Should().Be("2");
        Cuenta(documento, "en-verde").Should().Be("53.13%");
        Cuenta(documento, "sin-reporte").Should().Be(todos.Sum(r => r.MesesSinReporte.Cantidad).ToString(CultureInfo.InvariantCulture));

        var tablas = documento.QuerySelectorAll("table.grupos");
        tablas.Select(t => t.QuerySelector("caption")!.TextContent).Should().Equal("Por dependencia", "Por unidad responsable", "Por eje rector");
        var agrupaciones = new[] { Agrupacion.Dependencia, Agrupacion.UnidadResponsable, Agrupacion.EjeRector };
        for (var t = 0; t < tablas.Length; t++)
        {
            var resumenes = EvaluadorDeSemaforo.Predeterminado.Resumir(Resultados, agrupaciones[t]);
            var filas = tablas[t].QuerySelectorAll("tbody tr");
            filas.Should().HaveCount(resumenes.Count);
            for (var i = 0; i < resumenes.Count; i++)
            {
                var g = resumenes[i];
                var celdas = filas[i].Children.Select(c => c.TextContent).ToList();
                var esperado = new[]
                {
                    g.Nombre, celdas[1], N(g.Actividades), N(g.Verdes), N(g.Amarillos), N(g.Rojos), N(g.SinColor),
                    Pct(g.PorcentajeVerde), Pct(g.CumplimientoPromedio), Nombre(g.Color), N(FaltantesDe(agrupaciones[t], g)),
                };
                celdas.Should().Equal(esperado, $"{agrupaciones[t]} «{g.Nombre}»");
                filas[i].QuerySelector(".chip")!.ClassList.Should().Contain(Clase(g.Color));
                filas[i].QuerySelector("svg title")!.TextContent.Should().StartWith($"{g.Verdes} verde, {g.Amarillos} amarillo, {g.Rojos} rojo, {g.SinColor} sin color");
            }
        }
    }

    [Fact]
    public void Muestra_SinScriptsNiDireccionesExternas() => SinScriptsNiDireccionesExternas(Muestra.Reporte);

    /// <summary>No script, no event attribute, no address outside the page, every link lands on an element of the page, the CSP.</summary>
    internal static void SinScriptsNiDireccionesExternas(string html)
    {
        var documento = Muestra.Leer(html);

        documento.QuerySelectorAll("script, iframe, object, embed, link, img, base, form").Should().BeEmpty();
        documento.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Should().BeEmpty();
        foreach (var atributo in documento.All.SelectMany(e => e.Attributes).Where(a => a.Name is "src" or "href" or "xlink:href" or "action" or "srcset"))
        {
            atributo.Value.Should().StartWith("#", "solo hay enlaces dentro de la página");
            documento.GetElementById(atributo.Value[1..]).Should().NotBeNull($"el destino de {atributo.Value} existe");
        }

        html.Should().NotContainAny("http://", "https://", "url(", "@import", "javascript:");
        documento.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content").Should().Be("default-src 'none'; style-src 'unsafe-inline'");
    }

    [Fact]
    public void Muestra_EsUnaPaginaEnEspanolYUtf8()
    {
        var documento = Muestra.Leer(Muestra.Reporte);

        Muestra.Reporte.Should().StartWith("<!DOCTYPE html>\n<html lang=\"es-MX\">");
        documento.DocumentElement.GetAttribute("lang").Should().Be("es-MX");
        documento.QuerySelector("meta[charset]")!.GetAttribute("charset").Should().Be("utf-8");
        documento.Title.Should().Be("Semáforo del Programa Operativo Anual 2023 · corte junio de 2023");
        var datos = documento.QuerySelectorAll(".datos dt").Select(d => d.TextContent + ": " + d.NextElementSibling!.TextContent);
        datos.Should().Equal(
            "Ejercicio: 2023",
            "Corte: junio de 2023 (cuentan los meses de enero a junio)",
            "Dependencia: Secretaría de Innovación y Gobierno Abierto",
            "Unidades responsables: " + string.Join(" · ", PlanesDeEjemplo.Todos.Select(p => p.UnidadResponsable.Nombre)),
            "Generado el: 5 de julio de 2023");
    }

    [Fact]
    public void Muestra_CadaAmarilloRojoOAlerta_TieneSuExplicacionMesesSinReporteYJustificacion()
    {
        var documento = Muestra.Leer(Muestra.Reporte);
        var esperadas = new List<string>();
        for (var p = 0; p < Resultados.Count; p++)
        {
            for (var i = 0; i < Resultados[p].Resultados.Count; i++)
            {
                var r = Resultados[p].Resultados[i];
                var fila = documento.GetElementById($"a{p + 1}-{i + 1}")!;
                if (r.Color is not (Color.Amarillo or Color.Rojo) && !r.TieneAlerta && !r.FaltaJustificacion)
                {
                    fila.QuerySelector("a").Should().BeNull("solo las actividades en amarillo o rojo, con alerta temprana o sin la justificación que deben llevan a una explicación");
                    continue;
                }

                var id = $"o{p + 1}-{i + 1}";
                esperadas.Add(id);
                fila.QuerySelector("th a")!.GetAttribute("href").Should().Be("#" + id);
                var obs = documento.GetElementById(id)!;
                obs.ClassList.Should().Contain(Clase(r.Color));
                obs.QuerySelector("h4 a")!.GetAttribute("href").Should().Be($"#a{p + 1}-{i + 1}");
                var parrafos = obs.QuerySelectorAll("p").Select(x => x.TextContent).ToList();
                // The explanation without its opening sentence (activity and corte), which the heading and the header say.
                var explicar = r.Explicar();
                explicar.Should().StartWith($"Actividad {r.Actividad.Numero} «{r.Actividad.Descripcion}», corte 2023-06 (meses contados: enero a junio). ");
                // ... and without its closing sentence on a missing justificación, which the justificación's line says.
                var falta = r.FaltaJustificacion ? $" Falta la justificación del desvío en el avance de {Calendarizacion.NombreDeMes(r.MesAJustificar!.Value.Month)} de 2023." : string.Empty;
                explicar.Should().EndWith(parrafos[0] + falta);
                parrafos[^1].Should().EndWith(r.FaltaJustificacion ? $"; falta la del avance de {Calendarizacion.NombreDeMes(r.MesAJustificar!.Value.Month)} de 2023." : ".");
                parrafos[0].Should().StartWith(r.Estado == EstadoDeEvaluacion.Evaluada ? "Programado" : "Adelantada");
                if (!r.MesesSinReporte.EstaVacio)
                {
                    parrafos.Should().Contain($"Meses sin reporte: {r.MesesSinReporte}.");
                }

                parrafos[^1].Should().StartWith("Justificación: ");
            }
        }

        documento.QuerySelectorAll("article.obs").Select(a => a.Id).Should().Equal(esperadas);
        esperadas.Should().HaveCount(15 + Resultados.SelectMany(r => r.Resultados).Count(r => r.Color is not (Color.Amarillo or Color.Rojo) && r.TieneAlerta));
        documento.GetElementById("o2-3")!.TextContent.Should().Contain("Justificación: junio de 2023: «Se liberaron 2 de 5 conjuntos de datos programados.».");
        documento.GetElementById("o5-3")!.TextContent.Should().Contain("Justificación: enero de 2023: «El programa se publicó hasta julio.».");
        documento.GetElementById("o6-2")!.TextContent.Should().Contain("Meses sin reporte: mayo, junio.").And.Contain("Justificación: no registrada; falta la del avance de abril de 2023.");
    }

    [Fact]
    public void Muestra_TablasYGraficasAccesibles()
    {
        var documento = Muestra.Leer(Muestra.Reporte);

        TablasAccesibles(documento);

        var graficas = documento.QuerySelectorAll("svg[role=img]");
        graficas.Should().HaveCount(34 + 1 + 1 + 6 + 2, "una tendencia por actividad, la barra total y una barra por grupo");
        graficas.Should().OnlyContain(s => s.FirstElementChild!.LocalName == "title" && s.FirstElementChild.TextContent.Length > 10);
        documento.QuerySelector("svg.defs")!.GetAttribute("aria-hidden").Should().Be("true");
        documento.QuerySelectorAll(".chip").Should().OnlyContain(c => c.TextContent.Length > 0);
        documento.QuerySelectorAll("[id]").Select(e => e.Id).Should().OnlyHaveUniqueItems();
    }

    /// <summary>Every table has a caption, column headers with <c>scope="col"</c> and a row header with <c>scope="row"</c>; ids are unique.</summary>
    internal static void TablasAccesibles(IDocument documento)
    {
        foreach (var tabla in documento.QuerySelectorAll("table"))
        {
            tabla.QuerySelector("caption").Should().NotBeNull();
            tabla.QuerySelectorAll("thead th").Should().OnlyContain(th => th.GetAttribute("scope") == "col");
            tabla.QuerySelectorAll("tbody tr").Should().OnlyContain(tr => tr.Children[0].LocalName == "th" && tr.Children[0].GetAttribute("scope") == "row");
        }

        documento.QuerySelectorAll("[id]").Select(e => e.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Tendencia_DibujaLaSerieMesAMesSobreLasBandas()
    {
        var documento = Muestra.Leer(Muestra.Reporte);

        // Enlace Municipal 2: 1 a month programmed, reported January to April: 100% to April, then 80%, 66.67%.
        var svg = documento.GetElementById("a6-2")!.QuerySelector("svg.sl")!;
        svg.QuerySelector("title")!.TextContent.Should().Be("Cumplimiento mensual (%), ene a jun: 100, 100, 100, 100, 80, 66.67");
        svg.QuerySelector("use")!.GetAttribute("href").Should().Be("#s0");
        svg.QuerySelector("polyline")!.GetAttribute("points").Should().Be(
            $"5,{Y(100)} 15,{Y(100)} 25,{Y(100)} 35,{Y(100)} 45,{Y(80)} 55,{Y(66.67m)}", "con un decimal");
        svg.QuerySelector("circle")!.GetAttribute("cx").Should().Be("55");

        // The bands of the seed: tinted areas and dashed lines at 50% and 80%.
        var bandas = documento.GetElementById("s0")!;
        bandas.QuerySelectorAll("rect").Select(r => r.ClassName).Should().Equal("bv", "ba", "br");
        bandas.QuerySelectorAll("line").Select(l => l.GetAttribute("y1")).Should().BeEquivalentTo(Formato.Coordenada(Graficas.Y(80)), Formato.Coordenada(Graficas.Y(50)));

        // Participación Ciudadana 3: nothing programmed to June, no cumplimiento any month: no line.
        var vacia = documento.GetElementById("a4-3")!.QuerySelector("svg.sl")!;
        vacia.QuerySelector("polyline").Should().BeNull();
        vacia.QuerySelector("title")!.TextContent.Should().Be("Cumplimiento mensual (%), ene a jun: sin dato, sin dato, sin dato, sin dato, sin dato, sin dato");
    }

    [Fact]
    public void Tendencia_SobrecumplimientoSeDibujaEnElBordeSuperior_YLosMesesSinDatoNoSeDibujan()
    {
        var plan = Crear.UnPlan().ConActividad(a => a.ConProgramacion(Calendarizacion.De(marzo: 1, abril: 1), "Informes")).Build();
        var avances = Crear.UnosAvances(plan).Con(1, 3, 3).Con(1, 4, 0).Build();

        var documento = Muestra.Leer(ReporteHtml.Predeterminado.Generar([avances], Corte.De(plan.Ejercicio, 4), Muestra.GeneradoEl));

        var svg = documento.QuerySelector("svg.sl")!;
        svg.QuerySelector("title")!.TextContent.Should().Be("Cumplimiento mensual (%), ene a abr: sin dato, sin dato, 300, 150");
        svg.QuerySelector("polyline")!.GetAttribute("points").Should().Be("25,2 35,2", "la escala llega a 120% y lo que pasa se dibuja en el borde");
        svg.QuerySelector("circle")!.GetAttribute("cx").Should().Be("35");
    }

    [Fact]
    public void NombresHostiles_SeCodifican_YSeLeenTalCualSonSinEjecutarNada()
    {
        const string unidad = "<script>alert('x')</script> Dirección \"de\" Pruebas & Cía.";
        const string dependencia = "Secretaría de «Comillas» 'simples' y \"dobles\" <b>negrita</b>";
        const string descripcion = "Atender el semáforo 🚦👍 de la مرحبا بالعالم y \u202Egnp.exe\u202C sin </td></tr></table> romper nada";
        const string unidadDeMedida = "Informes <i> مرحبا";
        var plan = new Plan.Builder(2023, dependencia, unidad)
            .AgregarActividad(descripcion, "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Programa <img src=x onerror=alert(1)>", "3 " + unidadDeMedida, Calendarizacion.De(enero: 1, febrero: 1, marzo: 1))
            .Build();
        var avances = AvancesDelPlan.Create(plan, [Avance.Create(1, new YearMonth(2023, 1), 1, "Porque «sí» & <script>no</script>")]);

        var html = ReporteHtml.Predeterminado.Generar([avances], Corte.De(plan.Ejercicio, 3), Muestra.GeneradoEl);
        var documento = Muestra.Leer(html);

        documento.QuerySelectorAll("script, img, b, i").Should().BeEmpty();
        html.Should().NotContain("<script>").And.NotContain("<img").And.NotContain("</td></tr></table> romper");
        documento.QuerySelector("#u1 h2")!.TextContent.Should().Be(unidad);
        documento.QuerySelector("#u1 .sub")!.TextContent.Should().StartWith(dependencia + " · POA 2023");
        documento.QuerySelectorAll("table.actividades tbody tr").Should().ContainSingle();
        var descripcionLeida = documento.GetElementById("a1-1")!.Children[1];
        descripcionLeida.TextContent.Should().Be(descripcion);
        descripcionLeida.QuerySelector("bdi").Should().NotBeNull("un texto de derecha a izquierda se aísla del resto");
        documento.GetElementById("a1-1")!.Children[2].TextContent.Should().Be("3 " + unidadDeMedida);
        var explicacion = documento.GetElementById("o1-1")!;
        EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, 1, Corte.De(plan.Ejercicio, 3)).Explicar().Should().EndWith(explicacion.QuerySelector("p")!.TextContent);
        explicacion.QuerySelector("p bdi")!.TextContent.Should().StartWith("Programado 3 " + unidadDeMedida, "un texto con letras de derecha a izquierda se aísla");
        explicacion.TextContent.Should().Contain("Justificación: enero de 2023: «Porque «sí» & <script>no</script>».");
        html.Should().Contain("&#x1F6A6;", "los emoji se escriben como referencias numéricas");
    }

    [Fact]
    public void Reporte_NoDependeDeLaCultura_NiCambiaDeUnaVezAOtra()
    {
        var anterior = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var aleman = ReporteHtml.Predeterminado.Generar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, Muestra.GeneradoEl);
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            var arabe = ReporteHtml.Predeterminado.Generar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, Muestra.GeneradoEl);

            aleman.Should().Be(Muestra.Reporte);
            arabe.Should().Be(Muestra.Reporte);
        }
        finally
        {
            CultureInfo.CurrentCulture = anterior;
        }
    }

    [Fact]
    public void Escribir_EnUnTextWriter_EsLoMismoQueGenerar()
    {
        using var destino = new StringWriter();

        ReporteHtml.Predeterminado.Escribir(destino, AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, Muestra.GeneradoEl);

        destino.ToString().Should().Be(Muestra.Reporte);
    }

    [Fact]
    public async Task EscribirAsync_EnUnFlujoSoloAsincrono_DaLosBytesUtf8SinBom()
    {
        var flujo = new FlujoSoloAsincrono();

        await ReporteHtml.Predeterminado.EscribirAsync(flujo, AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, Muestra.GeneradoEl);

        flujo.ToArray().Should().Equal(new UTF8Encoding(false).GetBytes(Muestra.Reporte));
        flujo.Vaciado.Should().BeTrue();
    }

    [Fact]
    public async Task EscribirAsync_Cancelado_LanzaOperationCanceled()
    {
        using var cancelacion = new CancellationTokenSource();
        await cancelacion.CancelAsync();

        var escribir = () => ReporteHtml.Predeterminado.EscribirAsync(new MemoryStream(), AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, Muestra.GeneradoEl, cancelacion.Token);

        await escribir.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void ArgumentosNulos_LanzanConElNombreYLaPosicion()
    {
        var reporte = ReporteHtml.Predeterminado;

        ((Action)(() => reporte.Generar(null!, AvancesDeEjemplo.Corte, Muestra.GeneradoEl))).Should().Throw<ArgumentNullException>().WithParameterName("planes");
        ((Action)(() => reporte.Generar([AvancesDeEjemplo.GobiernoDigital, null!], AvancesDeEjemplo.Corte, Muestra.GeneradoEl)))
            .Should().Throw<ArgumentNullException>().WithParameterName("planes").WithMessage("El plan en la posición 1 es nulo.*");
        ((Action)(() => reporte.Escribir(null!, AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, Muestra.GeneradoEl))).Should().Throw<ArgumentNullException>().WithParameterName("destino");
        ((Func<Task>)(() => reporte.EscribirAsync(null!, AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, Muestra.GeneradoEl))).Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact]
    public void SinPlanes_DiceQueNoHayActividades()
    {
        var documento = Muestra.Leer(ReporteHtml.Predeterminado.Generar([], AvancesDeEjemplo.Corte, Muestra.GeneradoEl));

        documento.QuerySelector("#resumen p")!.TextContent.Should().Be("No hay actividades en este reporte.");
        documento.QuerySelector("h1")!.TextContent.Should().Be("Semáforo del Programa Operativo Anual");
        documento.QuerySelectorAll("section.unidad").Should().BeEmpty();
        documento.GetElementById("reglas").Should().NotBeNull();
    }

    [Fact]
    public void Opciones_TituloYEvaluador_SeUsan()
    {
        var opciones = new OpcionesDeReporte
        {
            Titulo = "  Semáforo <del> segundo trimestre  ",
            Evaluador = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { MesesSinReporte = PoliticaDeMesesSinReporte.Excluir, PromedioDeGrupo = PromedioDeGrupo.SinTope }),
        };

        var documento = Muestra.Leer(new ReporteHtml(opciones).Generar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte, Muestra.GeneradoEl));

        documento.QuerySelector("h1")!.TextContent.Should().Be("Semáforo <del> segundo trimestre");
        documento.Title.Should().StartWith("Semáforo <del> segundo trimestre · corte");
        var reglas = documento.GetElementById("reglas")!.TextContent;
        reglas.Should().Contain("se deja fuera de lo programado y de lo realizado").And.Contain("sin tope");
        // Enlace Municipal 2 with May and June excluded: 4 of 4, verde.
        documento.GetElementById("a6-2")!.QuerySelector(".chip")!.TextContent.Should().Be("Verde");
        ((Action)(() => new OpcionesDeReporte { Titulo = " " })).Should().Throw<ArgumentException>().WithMessage("*no puede estar vacío*");
        ((Action)(() => new OpcionesDeReporte { Evaluador = null! })).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Reglas_DicenLasBandasLaPoliticaYLasFormulas()
    {
        var reglas = Muestra.Leer(Muestra.Reporte).GetElementById("reglas")!;
        var puntos = reglas.QuerySelectorAll("li").Select(l => l.TextContent).ToList();

        puntos[0].Should().Be("Bandas (34 actividades): verde >= 80%; amarillo > 50% y < 80%; rojo <= 50%. El color se decide con el cumplimiento exacto; los porcentajes se muestran redondeados a 2 decimales.");
        puntos.Should().Contain(p => p.StartsWith("Meses sin reporte: un mes programado sin avance cuenta como 0 realizado", StringComparison.Ordinal));
        puntos.Should().Contain(p => p.StartsWith("Metas acumulables: cumplimiento = realizado ÷ programado × 100", StringComparison.Ordinal));
        puntos.Should().Contain(p => p.Contains("ΣN ÷ ΣD × 100", StringComparison.Ordinal));
        puntos.Should().Contain(p => p.StartsWith("Avance anual = realizado ÷ meta anual × 100", StringComparison.Ordinal));
        puntos.Should().Contain(p => p.Contains("cuenta cada actividad hasta 100%", StringComparison.Ordinal));
    }

    [Fact]
    public void MuchasUnidades_ElEncabezadoLasCuenta_YElResumenLasNombra()
    {
        var planes = Enumerable.Range(1, 13)
            .Select(i => AvancesDelPlan.SinAvances(Crear.UnPlan().ConUnidadResponsable($"Dirección {i}").Build()))
            .ToList();

        var documento = Muestra.Leer(ReporteHtml.Predeterminado.Generar(planes, Corte.De(new EjercicioFiscal(2023), 1), Muestra.GeneradoEl));

        documento.QuerySelectorAll(".datos dd")[3].TextContent.Should().Be("13 (en el resumen por unidad responsable)");
        documento.QuerySelectorAll("table.grupos")[1].QuerySelectorAll("tbody th a").Select(a => a.TextContent)
            .Should().Equal(Enumerable.Range(1, 13).Select(i => $"Dirección {i}"));
    }

    [Fact]
    public void Impresion_A4Horizontal_ConColores_SinCortarFilas()
    {
        var estilo = Muestra.Leer(Muestra.Reporte).QuerySelector("style")!.TextContent;

        estilo.Should().Contain("@page{size:A4 landscape")
            .And.Contain("print-color-adjust:exact")
            .And.Contain("tr,.obs,.cuenta,svg{break-inside:avoid;page-break-inside:avoid}")
            .And.Contain("thead{display:table-header-group}")
            .And.Contain("@media (max-width:700px)")
            .And.Contain(".tabla{overflow-x:auto}");
    }

    private static string Cuenta(IDocument documento, string clase)
        => documento.QuerySelector($".cuentas .cuenta.{clase} strong")!.TextContent;

    private static string N(int n) => n.ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Pct(decimal? v)
        => v is { } x ? Math.Round(x, 2, MidpointRounding.AwayFromZero).ToString("#,##0.##", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Y(decimal cumplimiento) => Graficas.Punto(Graficas.Y(cumplimiento));

    private static int FaltantesDe(Agrupacion agrupacion, ResumenDeGrupo g)
        => Resultados.SelectMany(p => p.Resultados.Select(r => (p.Plan, r)))
            .Where(x => agrupacion switch
            {
                Agrupacion.Dependencia => x.Plan.Dependencia.Equals(g.Clave),
                Agrupacion.UnidadResponsable => x.Plan.UnidadResponsable.Equals(g.Clave),
                _ => x.r.Actividad.Alineacion.Eje.Equals(g.Clave),
            })
            .Sum(x => x.r.MesesSinReporte.Cantidad);

    /// <summary>A stream that, like an ASP.NET Core response by default, refuses synchronous writes.</summary>
    private sealed class FlujoSoloAsincrono : MemoryStream
    {
        internal bool Vaciado { get; private set; }

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Escritura síncrona no permitida.");

        public override void Flush() => throw new InvalidOperationException("Vaciado síncrono no permitido.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            base.Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Vaciado = true;
            return Task.CompletedTask;
        }
    }
}
