using Poa.Domain.Importacion;
using Poa.Domain.Json;
using Poa.Domain.Tests.Json;

namespace Poa.Domain.Tests.Importacion;

/// <summary>
/// Fuzz test of <see cref="ImportadorDePoa"/>: seeded random mutations of the tabular files in <c>Importacion/Datos</c>
/// (text and CSV). The importer never throws on content (only diagnostics with catalogued codes), and every plan it
/// imports can be written as JSON and read back equal, byte-stable. Same machinery and reporting as <see cref="FuzzDeJsonTests"/>.
/// </summary>
public class FuzzDelImportadorTests
{
    private static readonly HashSet<string> Codigos = CatalogoDeDiagnosticos.Todos.Select(d => d.Codigo).ToHashSet();

    private static byte[][] Archivos()
        => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Importacion", "Datos"))
            .Where(a => a.EndsWith(".txt", StringComparison.Ordinal) || a.EndsWith(".csv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)];

    [Fact]
    public void ArchivosMutados_SoloDiagnosticosYLosPlanesPasanPorJson()
    {
        var archivos = Archivos();
        archivos.Should().HaveCountGreaterThan(40);
        var vuelta = 0;
        FuzzDeJsonTests.Fuzz("importacion", archivos, FuzzDeJsonTests.Iteraciones(1500), (bytes, fallo) =>
        {
            // The options change with the iteration, so that every format and policy is mutated too.
            vuelta++;
            var opciones = new OpcionesDeImportacion
            {
                Formato = (FormatoTabular)(vuelta % 4),
                CeldasExtra = (PoliticaDeCeldasExtra)(vuelta / 4 % 3),
                Validar = vuelta % 5 != 0,
            };
            ResultadoDeImportacion resultado;
            try
            {
                resultado = ImportadorDePoa.Importar(bytes, opciones);
            }
            catch (Exception e)
            {
                fallo($"Importar lanzó {e}");
                return false;
            }

            foreach (var d in resultado.Diagnosticos.Where(d => !Codigos.Contains(d.Codigo)))
            {
                fallo($"diagnóstico con un código fuera del catálogo: {d}");
            }

            foreach (var plan in resultado.Planes)
            {
                try
                {
                    var json = PoaJson.SerializeToUtf8Bytes(plan);
                    var leido = PoaJson.DeserializePlan(json);
                    if (!leido.Equals(plan) || !PoaJson.SerializeToUtf8Bytes(leido).AsSpan().SequenceEqual(json))
                    {
                        fallo($"el plan importado «{plan.UnidadResponsable}» no vuelve igual de JSON");
                    }
                }
                catch (Exception e)
                {
                    fallo($"el plan importado «{plan.UnidadResponsable}» no pasa por JSON: {e}");
                }
            }

            return resultado.Planes.Count > 0;
        },
        esJson: false);
    }
}
