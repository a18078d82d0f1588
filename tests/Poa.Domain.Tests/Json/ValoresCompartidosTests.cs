using System.Text;
using Poa.Domain.Json;

namespace Poa.Domain.Tests.Json;

/// <summary>
/// A read parses each distinct axis, objective, programa, unit, dependencia and unidad responsable once and shares the
/// immutable value (a cache keyed by the raw bytes, with a bounded number of slots): these tests fill it past its slots
/// and check that every value read is exactly the one written, never a neighbour's.
/// </summary>
public class ValoresCompartidosTests
{
    private static readonly Alineacion Alineacion = Alineacion.Parse("V. Ciudad abierta", "5.1 Monterrey abierto e inteligente");

    [Fact]
    public void MuchasUnidadesYProgramasDistintos_CadaActividadLeeLosSuyos()
    {
        var builder = new Plan.Builder(2024, "Secretaría de Prueba", "Dirección de Prueba");
        for (var i = 1; i <= 300; i++)
        {
            // Names that differ only in the middle, and names that differ only in length, land on few slots.
            var unidad = i % 2 == 0 ? $"Unidad {i:D4} de medida" : "Piezas" + new string('s', i);
            builder.AgregarActividad($"Actividad {i}", Alineacion, new ProgramaPresupuestario($"Programa {i % 70:D3}"), Meta.Create(i, unidad), Calendarizacion.De(diciembre: i));
        }

        var plan = builder.Build();

        var leido = PoaJson.DeserializePlan(PoaJson.SerializeToUtf8Bytes(plan));

        leido.Actividades.Select(a => a.Meta.Unidad.Nombre).Should().Equal(plan.Actividades.Select(a => a.Meta.Unidad.Nombre));
        leido.Actividades.Select(a => a.Programa.Nombre).Should().Equal(plan.Actividades.Select(a => a.Programa.Nombre));
        leido.Should().Be(plan);
    }

    [Fact]
    public void UnidadesQueSoloDifierenEnMayusculas_SeLeenComoSeEscribieron()
    {
        // Equal for the domain (same key), but different texts: each keeps its own spelling.
        var plan = new Plan.Builder(2024, "Secretaría de Prueba", "Dirección de Prueba")
            .AgregarActividad("Una", Alineacion, new ProgramaPresupuestario("Gobierno Digital"), Meta.Create(1, "Cuentas"), Calendarizacion.De(enero: 1))
            .AgregarActividad("Otra", Alineacion, new ProgramaPresupuestario("GOBIERNO DIGITAL"), Meta.Create(1, "CUENTAS"), Calendarizacion.De(enero: 1))
            .Build();

        var leido = PoaJson.DeserializePlan(PoaJson.Serialize(plan));

        leido.Actividades.Select(a => a.Meta.Unidad.Nombre).Should().Equal("Cuentas", "CUENTAS");
        leido.Actividades.Select(a => a.Programa.Nombre).Should().Equal("Gobierno Digital", "GOBIERNO DIGITAL");
    }

    [Fact]
    public void LineasConMuchasDependencias_CadaPlanLeeLasSuyasYLasIgualesSeComparten()
    {
        var planes = Enumerable.Range(0, 400)
            .Select(i => new Plan.Builder(2024, $"Secretaría {i % 150}", $"Dirección {i % 90} de la secretaría")
                .AgregarActividad("Una", Alineacion, new ProgramaPresupuestario("Gobierno Digital"), Meta.Create(1, "Cuentas"), Calendarizacion.De(enero: 1))
                .Build())
            .ToList();
        using var stream = new MemoryStream();
        PoaJson.SerializePlanes(stream, planes);

        var leidos = PoaJson.DeserializePlanes(stream.ToArray()).Select(d => d.Plan).ToList();

        leidos.Select(p => p.Dependencia.Nombre).Should().Equal(planes.Select(p => p.Dependencia.Nombre));
        leidos.Select(p => p.UnidadResponsable.Nombre).Should().Equal(planes.Select(p => p.UnidadResponsable.Nombre));
        leidos[1].Actividades[0].Meta.Unidad.Should().BeSameAs(leidos[0].Actividades[0].Meta.Unidad);
        leidos[1].Dependencia.Should().NotBeSameAs(leidos[0].Dependencia);
    }

    [Fact]
    public void UnTextoConEscapes_SeLeeIgualQueSinEllos()
    {
        // The cache is keyed by the raw bytes: the escaped spelling is another key, parsed on its own, with the same value.
        var json = Encoding.UTF8.GetString(PoaJson.SerializeToUtf8Bytes(new Plan.Builder(2024, "Secretaría de Prueba", "Dirección de Prueba")
            .AgregarActividad("Una", Alineacion, new ProgramaPresupuestario("Gobierno Digital"), Meta.Create(1, "Cuentas"), Calendarizacion.De(enero: 1))
            .AgregarActividad("Otra", Alineacion, new ProgramaPresupuestario("Gobierno Digital"), Meta.Create(1, "Cuentas"), Calendarizacion.De(enero: 1))
            .Build()));
        var indice = json.LastIndexOf("\"Cuentas\"", StringComparison.Ordinal);
        json = json.Substring(0, indice) + "\"Cu\\u0065ntas\"" + json.Substring(indice + "\"Cuentas\"".Length);

        var leido = PoaJson.DeserializePlan(json);

        leido.Actividades.Select(a => a.Meta.Unidad.Nombre).Should().Equal("Cuentas", "Cuentas");
    }
}
