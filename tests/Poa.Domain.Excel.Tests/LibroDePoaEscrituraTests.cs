using System.IO.Compression;
using System.Threading.Tasks;
using System.Xml.Linq;
using Poa.Domain.Tests.Datos;

namespace Poa.Domain.Excel.Tests;

/// <summary>
/// The writing side of <see cref="LibroDePoa"/>: the plantilla and its lists, and round trips workbook → plan → workbook → plan
/// (the reading side is <see cref="LibroDePoaTests"/>).
/// </summary>
public class LibroDePoaEscrituraTests
{
    private static readonly XNamespace Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The data validations of the first sheet: cells → list formula.</summary>
    private static Dictionary<string, string> Validaciones(byte[] libro)
    {
        using var zip = new ZipArchive(new MemoryStream(libro), ZipArchiveMode.Read);
        using var flujo = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        return XDocument.Load(flujo).Descendants(Ns + "dataValidation")
            .Where(v => (string?)v.Attribute("type") == "list")
            .ToDictionary(v => v.Attribute("sqref")!.Value, v => v.Element(Ns + "formula1")!.Value);
    }

    private static async Task<byte[]> PlantillaAsync(IEnumerable<Alineacion>? alineaciones = null)
    {
        using var flujo = new MemoryStream();
        await LibroDePoa.EscribirPlantillaAsync(flujo, "Secretaría de Obras", "Alumbrado", new EjercicioFiscal(2025), alineaciones);
        return flujo.ToArray();
    }

    [Fact]
    public async Task Plantilla_ListasDeTipoYFrecuenciaEnLasFilasDeActividades()
    {
        var bytes = await PlantillaAsync();

        var validaciones = Validaciones(bytes);
        validaciones.Keys.Should().BeEquivalentTo(["L9:L208", "M9:M208"]);
        var catalogos = LibroLeido.Leer(bytes).Hoja("Catálogos");
        catalogos[0].Should().Equal("Eje Rector", "Objetivo Estratégico", "Tipo de acumulación", "Frecuencia");
        catalogos.Skip(1).Select(f => f[2]).Where(v => v is string { Length: > 0 }).Should().Equal("suma", "promedio", "último valor", "máximo");
        catalogos.Skip(1).Select(f => f[3]).Should().Equal("mensual", "bimestral", "trimestral", "cuatrimestral", "semestral", "anual");
        validaciones["L9:L208"].Should().Be("'Catálogos'!$C$2:$C$5");
        validaciones["M9:M208"].Should().Be("'Catálogos'!$D$2:$D$7");
    }

    [Fact]
    public async Task Plantilla_ConAlineaciones_ListasDeEjeYObjetivoSinRepetir()
    {
        var alineaciones = PlanesDelSeed.Todos.SelectMany(p => p.Actividades).Select(a => a.Alineacion).ToList();
        var ejes = alineaciones.Select(a => a.Eje.ToString()).Distinct().ToList();
        var objetivos = alineaciones.Select(a => a.Objetivo.ToString()).Distinct().ToList();

        var bytes = await PlantillaAsync(alineaciones);

        var validaciones = Validaciones(bytes);
        validaciones["C9:C208"].Should().Be($"'Catálogos'!$A$2:$A${ejes.Count + 1}");
        validaciones["D9:D208"].Should().Be($"'Catálogos'!$B$2:$B${objetivos.Count + 1}");
        var catalogos = LibroLeido.Leer(bytes).Hoja("Catálogos").Skip(1).ToList();
        catalogos.Select(f => f[0]).Where(v => v is string { Length: > 0 }).Should().Equal(ejes);
        catalogos.Select(f => f[1]).Where(v => v is string { Length: > 0 }).Should().Equal(objetivos);
    }

    [Fact]
    public async Task Plantilla_SeLeeComoUnPlanVacioYLaHojaDeCatalogosSeOmiteConPOA147()
    {
        var r = LibroDePoa.Importar(await PlantillaAsync(PlanesDelSeed.Todos[0].Actividades.Select(a => a.Alineacion)));

        r.Planes.Should().ContainSingle().Which.UnidadResponsable.Nombre.Should().Be("Alumbrado");
        r.Diagnosticos.Should().Contain(d => d.Codigo == "POA147" && d.Ubicacion.Hoja == "Catálogos");
    }

    [Fact]
    public async Task Plantilla_AlineacionNula_ArgumentNullException()
        => await FluentActions.Awaiting(() => PlantillaAsync([null!])).Should().ThrowAsync<ArgumentNullException>();

    [Fact]
    public async Task LibroDeLaPlantillaLlenado_PlanLibroPlan_Igual()
    {
        // An office fills the plantilla: every optional column, a porcentaje meta, a decimal a double cannot hold, firmantes.
        var plan = new Plan.Builder(2025, "Secretaría de Obras", "Alumbrado")
            .AgregarActividad(
                "Sustituir luminarias por LED, incluidas «avenidas» y calles; 2.ª etapa",
                eje: "I. Ciudad ordenada",
                objetivo: "1.2 Infraestructura, servicios y espacio público",
                programa: "Alumbrado Público",
                meta: "1200 Luminarias",
                calendarizacion: Calendarizacion.De(0, 0, 300, 0, 0, 300, 0, 0, 300, 0, 0, 300),
                mediosDeVerificacion: "Actas de entrega",
                acumulacion: TipoDeAcumulacion.Suma,
                frecuencia: Frecuencia.Trimestral,
                lineaBase: LineaBase.Create(850m, 2024),
                peso: 2.5m)
            .AgregarActividad(
                "Atender los reportes ciudadanos de fallas",
                eje: "I. Ciudad ordenada",
                objetivo: "1.2 Infraestructura, servicios y espacio público",
                programa: "Alumbrado Público",
                meta: "95% Porcentaje",
                calendarizacion: Calendarizacion.Mensual(95m),
                acumulacion: TipoDeAcumulacion.Promedio)
            .AgregarActividad(
                "Medir el consumo de energía",
                eje: "I. Ciudad ordenada",
                objetivo: "1.3 Energía",
                programa: "Alumbrado Público",
                meta: "123456789012.345678 Gigawatts",
                calendarizacion: Calendarizacion.De(diciembre: 123456789012.345678m),
                acumulacion: TipoDeAcumulacion.UltimoValor,
                frecuencia: Frecuencia.Anual)
            .AgregarFirmante("Ing.", "Ana López", "Directora de Alumbrado")
            .AgregarFirmante("Lic.", "Luis Pérez", "Secretario de Obras")
            .Build();
        using var primero = new MemoryStream();
        await LibroDePoa.EscribirAsync(primero, [plan]);

        var leido = LibroDePoa.Importar(primero.ToArray());
        leido.Planes.Should().Equal([plan], string.Join("\n", leido.Diagnosticos));
        using var segundo = new MemoryStream();
        await LibroDePoa.EscribirAsync(segundo, leido.Planes);
        var releido = LibroDePoa.Importar(segundo.ToArray());

        releido.Planes.Should().Equal([plan]);
        releido.Diagnosticos.Select(d => d.ToString()).Should().Equal(leido.Diagnosticos.Select(d => d.ToString()));
    }

    [Fact]
    public async Task MismaUnidadDosVeces_HojasUnicasYAmbosPlanesDeVuelta()
    {
        var plan = PlanesDelSeed.Todos[4];
        var otro = Poa.Domain.Testing.Crear.UnPlan(plan).ConEjercicio(2024).Build();
        using var flujo = new MemoryStream();

        await LibroDePoa.EscribirAsync(flujo, [plan, otro]);

        var libro = LibroLeido.Leer(flujo.ToArray());
        plan.UnidadResponsable.Nombre.Should().HaveLength(31);
        libro.Hojas.Select(h => h.Nombre).Should().Equal(plan.UnidadResponsable.Nombre, plan.UnidadResponsable.Nombre[..27] + " (2)");
        LibroDePoa.Importar(flujo.ToArray()).Planes.Should().Equal(plan, otro);
    }
}
