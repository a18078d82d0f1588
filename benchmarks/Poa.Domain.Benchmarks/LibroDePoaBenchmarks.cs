using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using ExcelDataReader;
using Poa.Domain.Excel;
using Poa.Domain.Importacion;

namespace Poa.Domain.Benchmarks;

/// <summary>
/// Import of a generated workbook of 10,000 activities (the plans of <see cref="GeneradorDePoa"/>, written by
/// <see cref="LibroDePoa.EscribirAsync"/>) against the floor: a bare ExcelDataReader pass over the same bytes that reads every
/// cell's value and nothing more. Target: at most 1.5× the floor.
/// </summary>
[MemoryDiagnoser]
public class LibroDePoaBenchmarks
{
    private byte[] libro = [];

    [GlobalSetup]
    public void Preparar()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var planes = ImportadorDePoa.Importar(GeneradorDePoa.Generar(10_000), new OpcionesDeImportacion { Validar = false }).Planes;
        using var memoria = new MemoryStream();
        LibroDePoa.EscribirAsync(memoria, planes).GetAwaiter().GetResult();
        libro = memoria.ToArray();
        var leido = LibroDePoa.Importar(libro, new OpcionesDeLibro { Validar = false });
        System.Console.WriteLine($"// libro: {libro.Length} bytes; {planes.Count} planes; {leido.Actividades} actividades leídas");
    }

    [Benchmark(Baseline = true)]
    public int Libro_PasadaDeExcelDataReader()
    {
        var celdas = 0;
        using var flujo = new MemoryStream(libro, writable: false);
        using var reader = ExcelReaderFactory.CreateReader(flujo);
        do
        {
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetValue(i) is not null)
                    {
                        celdas++;
                    }
                }
            }
        }
        while (reader.NextResult());

        return celdas;
    }

    [Benchmark]
    public int Libro_Importar() => LibroDePoa.Importar(libro).Actividades;

    [Benchmark]
    public int Libro_ImportarSinValidar() => LibroDePoa.Importar(libro, new OpcionesDeLibro { Validar = false }).Actividades;
}
