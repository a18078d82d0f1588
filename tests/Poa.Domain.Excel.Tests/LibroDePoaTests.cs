using System.Threading.Tasks;
using System.IO.Compression;
using System.Text;
using Poa.Domain.Importacion;
using Poa.Domain.Tests.Datos;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace Poa.Domain.Excel.Tests;

/// <summary>Workbooks are generated here with SpreadCheetah: no binary fixtures.</summary>
public partial class LibroDePoaTests
{
    private static string Seed => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Datos", "poa-2023.txt"));

    /// <summary>The seed as the six workbooks it was pasted from: one sheet per POA, header merges, a hidden empty column, values in their months.</summary>
    private static async Task<byte[]> SeedComoLibroAsync()
    {
        var bloques = new List<List<string[]>>();
        foreach (var linea in Seed.Replace("\r", string.Empty).Split('\n'))
        {
            var celdas = linea.Split('\t');
            if (celdas[0].StartsWith("Programa Operativo Anual", StringComparison.Ordinal))
            {
                bloques.Add([]);
            }

            if (bloques.Count > 0)
            {
                bloques[^1].Add(celdas);
            }
        }

        using var memoria = new MemoryStream();
        await using (var libro = await Spreadsheet.CreateNewAsync(memoria))
        {
            var n = 0;
            foreach (var bloque in bloques)
            {
                // 24-column tables: the 13th calendar cell belongs to Mes 12 (the curated decision); the extra column is hidden.
                var veinticuatro = bloque.Any(c => c.Length >= 24 && char.IsDigit(c[0].FirstOrDefault()));
                var opciones = new WorksheetOptions();
                if (veinticuatro)
                {
                    opciones.Column(12).Width = 8; // ExcelDataReader 3.6 needs a width on <col> (Excel always writes one)
                    opciones.Column(12).Hidden = true;
                }

                await libro.StartWorksheetAsync("POA " + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture), opciones);
                var fila = 0;
                foreach (var original in bloque)
                {
                    fila++;
                    var celdas = original.ToList();
                    if (veinticuatro && celdas.Count > 11)
                    {
                        if (char.IsDigit(celdas[0].FirstOrDefault()) && celdas.Count >= 24)
                        {
                            if (celdas[23].Trim().Length > 0 && celdas[22].Trim().Length == 0)
                            {
                                celdas[22] = celdas[23];
                            }

                            celdas.RemoveAt(23);
                        }

                        celdas.Insert(11, string.Empty); // the hidden column L
                    }

                    await libro.AddRowAsync(celdas.Select(c => Celda(c)).ToArray());
                    if (celdas.Count > 12 && celdas[0].StartsWith("Desglose", StringComparison.Ordinal))
                    {
                        libro.MergeCells($"A{fila}:K{fila}");
                    }
                }
            }

            await libro.FinishAsync();
        }

        return memoria.ToArray();
    }

    /// <summary>Numbers as numbers (a typed workbook), the rest as text.</summary>
    private static Cell Celda(string texto)
        => decimal.TryParse(texto, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) && !texto.Contains(',')
            ? new Cell((double)d)
            : new Cell(texto);

    [Fact]
    public async Task SeedComoLibro_SeisPlanesY34ActividadesSinAdivinarLaCeldaTrece()
    {
        var r = LibroDePoa.Importar(await SeedComoLibroAsync(), new OpcionesDeLibro { Archivo = "poa-2023.xlsx" });

        r.Formato.Should().Be(FormatoTabular.Libro, string.Join("\n", r.Diagnosticos.Take(8)));
        r.Planes.Should().HaveCount(6, string.Join("\n", r.Diagnosticos.Take(8)));
        r.Actividades.Should().Be(34);
        r.Diagnosticos.Select(d => d.Codigo).Should().NotContain(["POA112", "POA113"]);
        r.Planes.Should().Equal(PlanesDelSeed.Todos);
    }

    [Fact]
    public async Task Diagnosticos_DicenHojaYCelda()
    {
        var r = LibroDePoa.Importar(await SeedComoLibroAsync(), new OpcionesDeLibro { Archivo = "poa-2023.xlsx" });

        var d = r.Diagnosticos.First(x => x.Codigo == "POA001");
        d.Ubicacion.Hoja.Should().StartWith("POA ");
        d.Ubicacion.ToString().Should().MatchRegex(@"^\[poa-2023\.xlsx\]POA \d![A-Z]+\d+");
    }

    [Fact]
    public async Task Plan_LibroPlanLibroPlan_Igual()
    {
        using var primero = new MemoryStream();
        await LibroDePoa.EscribirAsync(primero, PlanesDelSeed.Todos);
        var leidos = LibroDePoa.Importar(primero.ToArray());
        leidos.Planes.Should().Equal(PlanesDelSeed.Todos);

        using var segundo = new MemoryStream();
        await LibroDePoa.EscribirAsync(segundo, leidos.Planes);
        LibroDePoa.Importar(segundo.ToArray()).Planes.Should().Equal(PlanesDelSeed.Todos);
    }

    [Fact]
    public async Task Plantilla_SeLeeComoUnPlanSinActividades()
    {
        using var flujo = new MemoryStream();
        await LibroDePoa.EscribirPlantillaAsync(flujo, "Secretaría de Obras", "Alumbrado", new EjercicioFiscal(2025));

        var r = LibroDePoa.Importar(flujo.ToArray());

        r.Planes.Should().ContainSingle().Which.UnidadResponsable.Nombre.Should().Be("Alumbrado");
        r.Planes[0].Ejercicio.Should().Be(new EjercicioFiscal(2025));
        r.Diagnosticos.Select(d => d.Codigo).Should().Contain("POA009");
    }

    [Fact]
    public void CsvRenombrado_POA143()
    {
        var r = LibroDePoa.Importar(Encoding.UTF8.GetBytes("No.,Actividad\n1,Algo\n"));

        r.Diagnosticos.Should().ContainSingle().Which.Codigo.Should().Be("POA143");
        r.Diagnosticos[0].Mensaje.Should().Contain("texto");
        r.Planes.Should().BeEmpty();
    }

    [Fact]
    public void NoEsLibro_BytesAlAzar_POA143()
        => LibroDePoa.Importar([0x01, 0x02, 0x03, 0x00, 0xFF, 0x10, 0x11, 0x12, 0x13, 0x14]).Diagnosticos.Single().Codigo.Should().Be("POA143");

    [Fact]
    public async Task LibroTruncado_POA144()
    {
        var bytes = await SeedComoLibroAsync();

        var r = LibroDePoa.Importar(bytes.AsSpan(0, bytes.Length / 2).ToArray());

        r.Diagnosticos.Single().Codigo.Should().Be("POA144");
    }

    [Fact]
    public void ZipQueNoEsLibro_POA143()
    {
        using var memoria = new MemoryStream();
        using (var zip = new ZipArchive(memoria, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var escritor = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            escritor.Write("<w/>");
        }

        LibroDePoa.Importar(memoria.ToArray()).Diagnosticos.Single().Codigo.Should().Be("POA143");
    }

    [Fact]
    public void BombaZip_POA146SinDescomprimir()
    {
        using var memoria = new MemoryStream();
        using (var zip = new ZipArchive(memoria, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
            using var flujo = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
            var ceros = new byte[1 << 20];
            for (var i = 0; i < 64; i++)
            {
                flujo.Write(ceros);
            }
        }

        var r = LibroDePoa.Importar(memoria.ToArray(), new OpcionesDeLibro { MaximoDeBytesDescomprimidos = 16L * 1024 * 1024 });

        r.Diagnosticos.Single().Codigo.Should().Be("POA146");
    }

    [Fact]
    public async Task LibroSinPoa_POA147PorHojaYPOA103()
    {
        using var memoria = new MemoryStream();
        await using (var libro = await Spreadsheet.CreateNewAsync(memoria))
        {
            await libro.StartWorksheetAsync("Instrucciones");
            await libro.AddRowAsync([new Cell("Llene la hoja POA")]);
            await libro.FinishAsync();
        }

        var r = LibroDePoa.Importar(memoria.ToArray());

        r.Diagnosticos.Select(d => d.Codigo).Should().Equal("POA147", "POA103");
    }

    [Fact]
    public async Task HojaGrande_SeLeeHastaElLimiteYPOA146()
    {
        using var memoria = new MemoryStream();
        await using (var libro = await Spreadsheet.CreateNewAsync(memoria))
        {
            await libro.StartWorksheetAsync("Datos");
            for (var i = 0; i < 20_000; i++)
            {
                await libro.AddRowAsync([new Cell(string.Empty)]);
            }

            await libro.FinishAsync();
        }

        var r = LibroDePoa.Importar(memoria.ToArray(), new OpcionesDeLibro { MaximoDeFilasPorHoja = 10_000 });

        r.Diagnosticos.Select(d => d.Codigo).Should().Contain("POA146");
    }
}
