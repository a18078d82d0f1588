using System.Globalization;
using System.Text.RegularExpressions;
using Poa.Domain.Reportes.Tests.Navegador;

namespace Poa.Domain.Reportes.Tests;

/// <summary>
/// The sample report rendered by a real browser (headless Chromium): the page is drawn (a screenshot of the
/// expected size, not blank), the chips and counts have their colours where the browser laid them out, the bands
/// behind the sparklines are drawn, a narrow window does not overflow, and the page prints to an A4 landscape PDF.
/// </summary>
public sealed class ReporteEnNavegadorTests : IDisposable
{
    private const int Ancho = 1280;
    private const int Alto = 2400;

    /// <summary>Measures the boxes of chips, counts and sparklines; added only to a copy of the page (the report has no script).</summary>
    private const string Medidor = """
        <script>
        for (const e of document.querySelectorAll('.chip, .cuenta, svg.sl')) {
          const r = e.getBoundingClientRect();
          e.setAttribute('data-caja', [r.left, r.top, r.width, r.height].map(Math.round).join(','));
        }
        document.body.setAttribute('data-ancho', document.documentElement.scrollWidth);
        document.body.setAttribute('data-ventana', window.innerWidth);
        </script>
        """;

    private readonly string carpeta = Directory.CreateTempSubdirectory("poa-reporte-").FullName;

    public void Dispose() => Directory.Delete(carpeta, recursive: true);

    [FactConChromium]
    public void Muestra_EnChromium_SeDibujaConLosColoresDeSusChipsYSusBandas()
    {
        var pagina = Escribir("reporte.html", Muestra.Reporte);
        var captura = Path.Combine(carpeta, "reporte.png");

        Chromium.Capturar(pagina, captura, Ancho, Alto);
        var cajas = Medir(Ancho, Alto);
        var png = Png.Leer(captura);

        png.Ancho.Should().Be(Ancho);
        png.Alto.Should().Be(Alto);
        png.ColoresDistintos().Should().BeGreaterThan(100, "la página se dibujó: texto, chips, barras y gráficas");
        png.ProporcionBlanca().Should().BeInRange(0.3, 0.97);

        var vistos = 0;
        foreach (var (elemento, caja) in cajas.Where(c => c.Caja.Y + c.Caja.Alto < Alto && c.Caja.Alto > 0))
        {
            var clase = elemento.ClassList;
            if (clase.Contains("sl"))
            {
                // The bands drawn by <use href="#s0">: verde at the top, rojo at the bottom (x = 1 is left of the line).
                Color(png, caja.X + 1, caja.Y + 5).Should().Be(Estilos.BandaVerde, $"la banda verde de la tendencia en ({caja.X}, {caja.Y})");
                Color(png, caja.X + 1, caja.Y + 30).Should().Be(Estilos.BandaRoja, $"la banda roja de la tendencia en ({caja.X}, {caja.Y})");
                vistos++;
                continue;
            }

            var esperado = clase.Contains("verde") ? Estilos.FondoVerde
                : clase.Contains("amarillo") ? Estilos.FondoAmarillo
                : clase.Contains("rojo") ? Estilos.FondoRojo
                : clase.Contains("sin-color") ? Estilos.FondoSinColor
                : null;
            if (esperado is null)
            {
                continue;
            }

            // Left padding, half height: the chip's background, clear of its text and its rounded corners.
            Color(png, caja.X + 4, caja.Y + (caja.Alto / 2)).Should().Be(esperado, $"«{elemento.TextContent}» ({clase}) en ({caja.X}, {caja.Y})");
            vistos++;
        }

        vistos.Should().BeGreaterThan(30, "se revisan las cuentas, los chips y las tendencias que caben en la captura");
    }

    [FactConChromium]
    public void Muestra_EnUnaVentanaAngosta_LaPaginaNoSeDesborda()
    {
        // Headless Chromium does not make a window narrower than 500 pixels; that is narrow enough for the
        // page's narrow layout (below 700 pixels) and for its wide tables to scroll inside their own box.
        var documento = Dom(420, 900);

        var ventana = int.Parse(documento.Body!.GetAttribute("data-ventana")!, CultureInfo.InvariantCulture);
        ventana.Should().BeLessThan(700, "la ventana es angosta");
        int.Parse(documento.Body!.GetAttribute("data-ancho")!, CultureInfo.InvariantCulture)
            .Should().BeLessThanOrEqualTo(ventana, "las tablas se desplazan dentro de su recuadro; la página no se desborda");
    }

    [FactConChromium]
    public void Muestra_SeImprimeEnPdfA4Horizontal()
    {
        var pdf = Path.Combine(carpeta, "reporte.pdf");

        Chromium.Impresora().Imprimir(Muestra.Reporte, pdf);

        var texto = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        texto.Should().StartWith("%PDF-");
        var caja = Regex.Match(texto, @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]");
        caja.Success.Should().BeTrue("el PDF declara el tamaño de sus páginas");
        decimal.Parse(caja.Groups[1].Value, CultureInfo.InvariantCulture).Should().BeApproximately(841.89m, 1m, "A4 horizontal: 297 mm de ancho");
        decimal.Parse(caja.Groups[2].Value, CultureInfo.InvariantCulture).Should().BeApproximately(595.28m, 1m, "A4 horizontal: 210 mm de alto");
        Regex.Matches(texto, @"/Type\s*/Page\b(?!s)").Count.Should().BeGreaterThanOrEqualTo(3, "34 actividades con su resumen y explicaciones ocupan varias páginas");
    }

    /// <summary>
    /// The sample kept under docs/ (the page and its screenshot, shown in the README). <c>eng/captura-del-reporte.sh</c>
    /// regenerates both with Chromium (<c>POA_REGENERAR_CAPTURA=1</c>); otherwise this checks, without a browser, that
    /// the page is today's and the screenshot is there, of its size.
    /// </summary>
    [Fact]
    public void CapturaDeLaMuestra_EnDocs()
    {
        var docs = Path.Combine(Muestra.RaizDelRepositorio(), "docs", "ejemplos");
        var html = Path.Combine(docs, "reporte-de-ejemplo.html");
        var png = Path.Combine(docs, "reporte-de-ejemplo.png");
        if (Environment.GetEnvironmentVariable("POA_REGENERAR_CAPTURA") == "1")
        {
            Directory.CreateDirectory(docs);
            File.WriteAllText(html, Muestra.Reporte, new System.Text.UTF8Encoding(false));
            Chromium.Capturar(html, png, 1280, 1500);
        }

        var captura = Png.Leer(png);
        captura.Ancho.Should().Be(1280);
        captura.Alto.Should().Be(1500);
        File.ReadAllText(html).Should().Be(Muestra.Reporte, "la muestra de docs/ es la de hoy: regenérela con eng/captura-del-reporte.sh");
    }

    private string Escribir(string nombre, string html)
    {
        var ruta = Path.Combine(carpeta, nombre);
        File.WriteAllText(ruta, html, new System.Text.UTF8Encoding(false));
        return ruta;
    }

    /// <summary>The sample's DOM after a measuring script ran on a copy of it (without its Content-Security-Policy, which forbids scripts).</summary>
    private AngleSharp.Dom.IDocument Dom(int ancho, int alto)
    {
        var copia = Regex.Replace(Muestra.Reporte, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", string.Empty).Replace("</body>", Medidor + "</body>", StringComparison.Ordinal);
        var medida = Escribir("medida.html", copia);
        return Muestra.Leer(Chromium.Dom(medida, ancho, alto));
    }

    private List<(AngleSharp.Dom.IElement Elemento, (int X, int Y, int Ancho, int Alto) Caja)> Medir(int ancho, int alto)
        => Dom(ancho, alto).QuerySelectorAll("[data-caja]")
            .Select(e =>
            {
                var n = e.GetAttribute("data-caja")!.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
                return (e, (n[0], n[1], n[2], n[3]));
            })
            .ToList();

    /// <summary>The pixel's colour as <c>#RRGGBB</c>, snapped to the palette colour it is within 6 units of (anti-aliasing).</summary>
    private static string Color(Png png, int x, int y)
    {
        var (r, g, b) = png.Pixel(x, y);
        var paleta = new[]
        {
            Estilos.FondoVerde, Estilos.FondoAmarillo, Estilos.FondoRojo, Estilos.FondoSinColor,
            Estilos.BandaVerde, Estilos.BandaAmarilla, Estilos.BandaRoja,
        };
        foreach (var color in paleta)
        {
            var c = Convert.FromHexString(color[1..]);
            if (Math.Abs(c[0] - r) <= 6 && Math.Abs(c[1] - g) <= 6 && Math.Abs(c[2] - b) <= 6)
            {
                return color;
            }
        }

        return $"#{r:X2}{g:X2}{b:X2}";
    }
}
