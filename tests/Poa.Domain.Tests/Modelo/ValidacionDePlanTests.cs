using Poa.Domain.Tests.Datos;

namespace Poa.Domain.Tests.Modelo;

public class ValidacionDePlanTests
{
    private static readonly Alineacion Alineacion51 = Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente");

    private static Actividad Actividad(int numero, Meta meta, Calendarizacion calendario, Alineacion? alineacion = null)
        => new(numero, "Actividad " + numero, alineacion ?? Alineacion51, new ProgramaPresupuestario("Gobierno Digital"), meta, calendario);

    private static Plan Plan(params Actividad[] actividades)
        => new(new EjercicioFiscal(2023), new Dependencia("Secretaría"), new UnidadResponsable("Dirección"), actividades, [new Firmante(null, "A", "B")]);

    [Fact]
    public void Seed_ReportaExactamenteLasTresMetasQueNoCoinciden()
    {
        var diagnosticos = PlanesDelSeed.Todos.SelectMany(p => p.Validar()).ToList();
        diagnosticos.Should().HaveCount(3);
        diagnosticos.Should().OnlyContain(d => d.Codigo == "POA001" && d.Severidad == Severidad.Error);
        diagnosticos.Select(d => (d.Ubicacion.UnidadResponsable, d.Ubicacion.Actividad)).Should().BeEquivalentTo(new[]
        {
            ("Dirección de Participación Ciudadana", (int?)2),
            ("Dirección de Participación Ciudadana", (int?)3),
            ("Dirección de Mejora Regulatoria", (int?)1),
        });
        diagnosticos.Select(d => d.Mensaje).Should().Contain(m => m.Contains("1 Mapeos") && m.Contains("24"))
            .And.Contain(m => m.Contains("4560 Asistencia") && m.Contains("1980"))
            .And.Contain(m => m.Contains("3 Reuniones") && m.Contains("suma 2"));
    }

    [Fact]
    public void Seed_TieneSeisPlanesY34Actividades()
    {
        PlanesDelSeed.Todos.Should().HaveCount(6);
        PlanesDelSeed.Todos.Sum(p => p.Actividades.Count).Should().Be(34);
        PlanesDelSeed.GobiernoDigitalYSoporte.Firmantes.Should().HaveCount(3);
        PlanesDelSeed.EnlaceMunicipal.Actividades[5].Alineacion.Eje.ToString().Should().Be("IV. Ciudad Humana");
        PlanesDelSeed.ParticipacionCiudadana.Actividades[0].Meta.Unidad.Should().Be(UnidadDeMedida.Porcentaje, "Porcentual = Porcentaje");
    }

    [Fact]
    public void MetaDistintaDeCalendarizacion_POA001()
    {
        var d = Plan(Actividad(1, Meta.Create(3, "Reuniones"), Calendarizacion.De(enero: 1, abril: 1))).Validar().Single();
        d.Codigo.Should().Be("POA001");
        d.Ubicacion.Should().Be(new Ubicacion("Dirección", 1, "meta"));
        d.Mensaje.Should().Be("La meta anual es 3 Reuniones, pero la calendarización suma 2 (1 + 1): deben coincidir.");
        d.ToString().Should().Be("plan «Dirección», actividad 1, meta: error POA001: " + d.Mensaje);
    }

    [Fact]
    public void PorcentajeMayorA100_POA002()
    {
        var d = Plan(Actividad(1, Meta.Porcentaje(100), Calendarizacion.De(enero: 100, febrero: 120))).Validar().Single();
        d.Codigo.Should().Be("POA002");
        d.Ubicacion.Propiedad.Should().Be("calendarizacion.mes02");
        d.Mensaje.Should().Contain("febrero").And.Contain("120%");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(150)]
    public void MetaPorcentualInvalida_POA003(decimal porcentaje)
    {
        var d = Plan(Actividad(1, Meta.Porcentaje(porcentaje), Calendarizacion.Mensual(100))).Validar().Single();
        d.Codigo.Should().Be("POA003");
        d.Ubicacion.Propiedad.Should().Be("meta");
    }

    [Fact]
    public void ObjetivoFueraDelEje_POA004()
    {
        var alineacion = Alineacion.Parse("V. Ciudad abierta", "4.11 Igualdad sustantiva");
        var d = Plan(Actividad(1, Meta.Create(1, "Plan"), Calendarizacion.De(abril: 1), alineacion)).Validar().Single();
        d.Codigo.Should().Be("POA004");
        d.Mensaje.Should().Contain("4.11").And.Contain("eje IV").And.Contain("V. Ciudad abierta");
    }

    [Fact]
    public void NumerosDuplicadosYFaltantes_POA005_POA006()
    {
        var meta = Meta.Create(1, "Reporte");
        var cal = Calendarizacion.De(enero: 1);
        var diagnosticos = Plan(Actividad(1, meta, cal), Actividad(1, meta, cal), Actividad(4, meta, cal)).Validar();
        diagnosticos.Select(d => d.Codigo).Should().Equal("POA005", "POA006");
        var faltantes = diagnosticos.Single(d => d.Codigo == "POA006");
        faltantes.Ubicacion.Actividad.Should().Be(2, "un tramo de números faltantes se ubica en su primer número");
        faltantes.Mensaje.Should().Be("Faltan las actividades 2 a 3 (2 números): los números van del 1 al 4 sin saltos.");
    }

    [Fact]
    public void SinNadaProgramado_POA007_YNoOtraCosa()
    {
        var d = Plan(Actividad(1, Meta.Create(27, "Procesos"), Calendarizacion.Vacia)).Validar().Single();
        d.Codigo.Should().Be("POA007");
        d.Ubicacion.Propiedad.Should().Be("calendarizacion");
    }

    [Fact]
    public void PlanVacioYSinFirmas_POA009_POA010_ErroresPrimero()
    {
        var plan = new Plan(new EjercicioFiscal(2023), new Dependencia("S"), new UnidadResponsable("D"), []);
        var diagnosticos = plan.Validar();
        diagnosticos.Select(d => d.Codigo).Should().Equal("POA009", "POA010");
        diagnosticos[1].Severidad.Should().Be(Severidad.Advertencia);
        plan.EsValido.Should().BeFalse();
    }

    [Fact]
    public void Catalogo_CodigosUnicosYDocumentados()
    {
        var codigos = CatalogoDeDiagnosticos.Todos.Select(d => d.Codigo).ToList();
        codigos.Should().OnlyHaveUniqueItems();
        var docs = File.ReadAllText(Path.Combine(RaizDelRepositorio(), "docs", "diagnosticos.md"));
        foreach (var descriptor in CatalogoDeDiagnosticos.Todos)
        {
            docs.Should().Contain($"`{descriptor.Codigo}`", "cada código está en docs/diagnosticos.md");
        }
    }

    internal static string RaizDelRepositorio()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Poa.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("No se encontró Poa.Domain.sln.");
    }
}
