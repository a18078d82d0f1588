using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Poa.Domain.Excel;

namespace Poa.Domain.Benchmarks;

/// <summary>
/// The results of 1,000 plans (36,000 activities, <see cref="GeneradorDeAvances"/>) written as a workbook: the library's
/// <see cref="LibroDePoa.EscribirResultadosAsync"/> on SpreadCheetah (the baseline), against the same workbook written with
/// the Open XML SDK's streaming writer (<see cref="OpenXmlWriter"/>, the SDK's fastest way). Target: under 2 s.
/// </summary>
[MemoryDiagnoser]
public class LibroDeResultadosBenchmarks
{
    private static readonly string[] Columnas =
    [
        "No.", "Actividad", "Meta", "Estado", "Programado", "Realizado", "Cumplimiento %", "Avance anual %", "Semáforo",
        "Numerador", "Denominador", "Meses sin reporte", "Observaciones", "Justificaciones",
    ];

    private List<AvancesDelPlan> avances = [];
    private IReadOnlyList<ResultadoDePlan> resultados = [];
    private MemoryStream destino = new();

    [GlobalSetup]
    public void Preparar()
    {
        avances = GeneradorDeAvances.Generar(1_000);
        resultados = EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, GeneradorDeAvances.Corte);
        destino = new MemoryStream(32 * 1024 * 1024);
        System.Console.WriteLine($"// SpreadCheetah: {SpreadCheetah().Length:N0} bytes; Open XML SDK: {OpenXmlSdk().Length:N0} bytes");
    }

    [Benchmark(Baseline = true)]
    public MemoryStream SpreadCheetah()
    {
        destino.SetLength(0);
        LibroDePoa.EscribirResultadosAsync(destino, resultados).GetAwaiter().GetResult();
        return destino;
    }

    [Benchmark]
    public MemoryStream OpenXmlSdk()
    {
        destino.SetLength(0);
        using (var documento = SpreadsheetDocument.Create(destino, SpreadsheetDocumentType.Workbook))
        {
            var libro = documento.AddWorkbookPart();
            libro.AddNewPart<WorkbookStylesPart>().Stylesheet = Estilos();
            var hojas = new Sheets();
            uint numero = 0;
            void Hoja(string nombre, System.Action<OpenXmlWriter> filas)
            {
                var parte = libro.AddNewPart<WorksheetPart>();
                using (var escritor = OpenXmlWriter.Create(parte))
                {
                    escritor.WriteStartElement(new Worksheet());
                    escritor.WriteStartElement(new SheetData());
                    filas(escritor);
                    escritor.WriteEndElement();
                    escritor.WriteEndElement();
                }

                hojas.Append(new Sheet { Id = libro.GetIdOfPart(parte), SheetId = ++numero, Name = nombre });
            }

            Hoja("Resumen", w =>
            {
                Fila(w, Texto("Resultados del semáforo"));
                foreach (var agrupacion in new[] { Agrupacion.UnidadResponsable, Agrupacion.Dependencia, Agrupacion.ProgramaPresupuestario, Agrupacion.EjeRector, Agrupacion.ObjetivoEstrategico })
                {
                    Fila(w, Texto(agrupacion.ToString()));
                    foreach (var g in EvaluadorDeSemaforo.Predeterminado.Resumir(resultados, agrupacion))
                    {
                        Fila(w, Texto(g.Nombre), Numero(g.Actividades), Numero(g.Verdes), Numero(g.Amarillos), Numero(g.Rojos), Numero(g.SinColor),
                            Numero(g.ConCumplimiento), Numero(g.PorcentajeVerde), Numero(g.CumplimientoPromedio), ColorDe(g.Color));
                    }
                }
            });
            for (var p = 0; p < resultados.Count; p++)
            {
                var plan = resultados[p];
                var delPlan = avances[p];
                Hoja(plan.Plan.UnidadResponsable.Nombre, w =>
                {
                    Fila(w, Texto("Resultados del semáforo · POA " + plan.Plan.Ejercicio));
                    Fila(w, Texto("Dependencia"), Texto(plan.Plan.Dependencia.Nombre));
                    Fila(w, Texto("Unidad responsable"), Texto(plan.Plan.UnidadResponsable.Nombre));
                    Fila(w, Texto("Corte"), Texto(plan.Corte.ToString()));
                    Fila(w);
                    Fila(w, Columnas.Select(Texto).ToArray());
                    foreach (var r in plan.Resultados)
                    {
                        decimal? n = null, d = null;
                        foreach (var mes in r.MesesReportados)
                        {
                            if (delPlan.Buscar(r.Actividad.Numero, mes) is { TieneVariables: true } avance)
                            {
                                n = (n ?? 0m) + avance.Numerador!.Value;
                                d = (d ?? 0m) + avance.Denominador!.Value;
                            }
                        }

                        Fila(w, Numero(r.Actividad.Numero), Texto(r.Actividad.Descripcion), Texto(r.Actividad.Meta.ToString()), Texto(r.Estado.ToString()),
                            Numero(r.Programado), Numero(r.Realizado), Numero(r.Cumplimiento), Numero(r.AvanceAnual), ColorDe(r.Color), Numero(n), Numero(d),
                            Texto(string.Join(", ", r.MesesSinReporte)), Texto(string.Empty), Texto(string.Join("\n", r.Justificaciones)));
                    }
                });
            }

            libro.Workbook = new Workbook(hojas);
        }

        return destino;
    }

    private static void Fila(OpenXmlWriter escritor, params Cell[] celdas)
    {
        escritor.WriteStartElement(new Row());
        foreach (var celda in celdas)
        {
            escritor.WriteElement(celda);
        }

        escritor.WriteEndElement();
    }

    private static Cell Texto(string texto) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(texto)) };

    private static Cell Numero(decimal? valor) => valor is { } v ? new Cell { CellValue = new CellValue(v) } : new Cell();

    /// <summary>Style 1, 2, 3: verde, amarillo, rojo fills; the name as text.</summary>
    private static Cell ColorDe(Color? color) => color is { } c
        ? new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(c.ToString())), StyleIndex = (uint)c + 1 }
        : Texto("Sin color");

    private static Stylesheet Estilos()
    {
        static Fill Solido(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }) { PatternType = PatternValues.Solid });
        return new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }), Solido("FFC6EFCE"), Solido("FFFFEB9C"), Solido("FFFFC7CE")),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                new CellFormat { FillId = 2, ApplyFill = true },
                new CellFormat { FillId = 3, ApplyFill = true },
                new CellFormat { FillId = 4, ApplyFill = true }));
    }
}
