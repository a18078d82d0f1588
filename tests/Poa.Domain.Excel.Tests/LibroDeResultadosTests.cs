using System.Threading.Tasks;
using Poa.Domain.Excel.Escritura;
using Poa.Domain.Testing;

namespace Poa.Domain.Excel.Tests;

/// <summary><see cref="LibroDePoa.EscribirResultadosAsync"/>: the results workbook, read back with ExcelDataReader.</summary>
public class LibroDeResultadosTests
{
    private const int FilaDeEncabezado = 5; // 0-based: title, dependencia, unidad, corte, blank, header

    private static IReadOnlyList<ResultadoDePlan> Ejemplo => EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDeEjemplo.Todos, AvancesDeEjemplo.Corte);

    private static async Task<LibroLeido> EscribirYLeerAsync(IEnumerable<ResultadoDePlan> resultados, EvaluadorDeSemaforo? evaluador = null)
    {
        using var flujo = new MemoryStream();
        await LibroDePoa.EscribirResultadosAsync(flujo, resultados, evaluador);
        return LibroLeido.Leer(flujo.ToArray());
    }

    /// <summary>The activity rows of a unit's sheet with one plan.</summary>
    private static List<object?[]> Actividades(LibroLeido libro, string hoja)
        => libro.Hoja(hoja).Skip(FilaDeEncabezado + 1).Where(f => f.Length > 0 && f[0] is double).ToList();

    private static decimal? Numero(object? valor) => valor is double d ? (decimal)d : null;

    [Fact]
    public async Task Ejemplo_UnaHojaDeResumenYUnaPorUnidadResponsable()
    {
        var libro = await EscribirYLeerAsync(Ejemplo);

        libro.Hojas.Select(h => h.Nombre).Should().Equal(
            ["Resumen", .. Ejemplo.Select(r => r.Plan.UnidadResponsable.Nombre.Length > 31 ? r.Plan.UnidadResponsable.Nombre[..31].TrimEnd() : r.Plan.UnidadResponsable.Nombre)]);
        libro.Hojas.Should().OnlyContain(h => h.Nombre.Length <= 31);
    }

    [Fact]
    public async Task HojaDeUnidad_TituloEncabezadoYCadaActividadConSusValores()
    {
        var plan = Ejemplo[1]; // Gobierno Digital: every colour, rates with numerador/denominador, justificaciones
        var hoja = plan.Plan.UnidadResponsable.Nombre;

        var libro = await EscribirYLeerAsync(Ejemplo);

        var filas = libro.Hoja(hoja);
        filas[0][0].Should().Be("Resultados del semáforo · POA 2023");
        filas[1].Take(2).Should().Equal("Dependencia", plan.Plan.Dependencia.Nombre);
        filas[2].Take(2).Should().Equal("Unidad responsable", plan.Plan.UnidadResponsable.Nombre);
        filas[3].Take(2).Should().Equal("Corte", "2023-06");
        filas[FilaDeEncabezado].Take(EscritorDeResultados.ColumnasDeActividad.Length).Should().Equal(EscritorDeResultados.ColumnasDeActividad);
        var actividades = Actividades(libro, hoja);
        actividades.Should().HaveCount(plan.Resultados.Count);
        for (var i = 0; i < actividades.Count; i++)
        {
            var r = plan.Resultados[i];
            var fila = actividades[i];
            Numero(fila[0]).Should().Be(r.Actividad.Numero);
            fila[1].Should().Be(r.Actividad.Descripcion);
            fila[2].Should().Be(r.Actividad.Meta.ToString());
            Numero(fila[4]).Should().BeApproximately(r.Programado, 0.000000001m);
            Numero(fila[5]).Should().BeApproximately(r.Realizado, 0.000000001m);
            if (r.Cumplimiento is { } c)
            {
                Numero(fila[6]).Should().BeApproximately(c, 0.000000001m);
            }
            else
            {
                fila[6].Should().BeNull();
            }

            Numero(fila[7]).Should().BeApproximately(r.AvanceAnual!.Value, 0.000000001m);
            fila[8].Should().Be(r.Color switch { Color.Verde => "Verde", Color.Amarillo => "Amarillo", Color.Rojo => "Rojo", _ => "Sin color" });
        }
    }

    [Fact]
    public async Task ColorDeCadaActividad_RellenoDeSuColorYSuNombreComoTexto()
    {
        var libro = await EscribirYLeerAsync(Ejemplo);

        var vistos = new HashSet<string>();
        foreach (var (nombre, _) in libro.Hojas.Skip(1))
        {
            var filas = libro.Hoja(nombre);
            for (var f = FilaDeEncabezado + 1; f < filas.Count; f++)
            {
                if (filas[f].Length <= 8 || filas[f][8] is not string color)
                {
                    continue;
                }

                vistos.Add(color);
                libro.Relleno(nombre, f, 8).Should().Be(color switch
                {
                    "Verde" => "C6EFCE",
                    "Amarillo" => "FFEB9C",
                    "Rojo" => "FFC7CE",
                    _ => null,
                }, $"{nombre}, fila {f + 1}: {color}");
            }
        }

        vistos.Should().BeEquivalentTo(["Verde", "Amarillo", "Rojo", "Sin color"]);
    }

    [Fact]
    public async Task MetaDePorcentajeConVariables_NumeradorYDenominadorSumados()
    {
        // Gobierno Digital, activity 6: N/D of January to June 45/50, 38/40, 50/52, 41/45, 47/50, 44/48.
        var libro = await EscribirYLeerAsync(Ejemplo);

        var fila = Actividades(libro, Ejemplo[1].Plan.UnidadResponsable.Nombre).Single(f => Numero(f[0]) == 6);

        Numero(fila[9]).Should().Be(265m);
        Numero(fila[10]).Should().Be(285m);
        Numero(fila[5]).Should().BeApproximately(265m * 100m / 285m, 0.000000001m);
    }

    [Fact]
    public async Task SinVariables_NumeradorYDenominadorVacios()
    {
        var libro = await EscribirYLeerAsync(Ejemplo);

        var fila = Actividades(libro, Ejemplo[1].Plan.UnidadResponsable.Nombre).Single(f => Numero(f[0]) == 1);

        fila[9].Should().BeNull();
        fila[10].Should().BeNull();
    }

    [Fact]
    public async Task Justificaciones_ConSuMesEnLaUltimaColumna()
    {
        var libro = await EscribirYLeerAsync(Ejemplo);

        var fila = Actividades(libro, Ejemplo[1].Plan.UnidadResponsable.Nombre).Single(f => Numero(f[0]) == 3);

        fila[13].Should().Be("2023-06: Se liberaron 2 de 5 conjuntos de datos programados.");
    }

    [Fact]
    public async Task MesesSinReporteYFaltaDeJustificacion_EnSusColumnas()
    {
        // Gobierno Digital, activity 5: June's report missing, amarillo without a justificación.
        var r = Ejemplo[1].Resultados[4];
        var libro = await EscribirYLeerAsync(Ejemplo);

        var fila = Actividades(libro, Ejemplo[1].Plan.UnidadResponsable.Nombre).Single(f => Numero(f[0]) == 5);

        fila[11].Should().Be("jun");
        r.FaltaJustificacion.Should().BeTrue();
        ((string)fila[12]!).Should().Contain("falta la justificación de 2023-04");
    }

    [Fact]
    public async Task Resumen_LosResumenesDeResumirPorCadaAgrupacion()
    {
        var libro = await EscribirYLeerAsync(Ejemplo);

        var filas = libro.Hoja("Resumen");
        filas[0][0].Should().Be("Resultados del semáforo");
        filas[1].Take(2).Should().Equal("Corte", "2023-06");
        Numero(filas[2][1]).Should().Be(6);
        Numero(filas[3][1]).Should().Be(34);
        filas[4].Take(8).Select(v => v is double d ? (object)(int)d : v).Should().Equal("Verde", 17, "Amarillo", 7, "Rojo", 8, "Sin color", 2);
        foreach (var agrupacion in Enum.GetValues<Agrupacion>())
        {
            var grupos = EvaluadorDeSemaforo.Predeterminado.Resumir(Ejemplo, agrupacion);
            var titulo = filas.FindIndex(f => f.Length > 0 && f[0] is string t && t.StartsWith("Resumen por ", StringComparison.Ordinal)
                && t.EndsWith(agrupacion switch
                {
                    Agrupacion.UnidadResponsable => "unidad responsable",
                    Agrupacion.Dependencia => "dependencia",
                    Agrupacion.ProgramaPresupuestario => "programa presupuestario",
                    Agrupacion.EjeRector => "eje rector",
                    _ => "objetivo estratégico",
                }, StringComparison.Ordinal));
            titulo.Should().BePositive();
            for (var i = 0; i < grupos.Count; i++)
            {
                var g = grupos[i];
                var fila = filas[titulo + 2 + i];
                fila[0].Should().Be(g.Nombre);
                fila.Skip(1).Take(6).Select(Numero).Should().Equal(g.Actividades, g.Verdes, g.Amarillos, g.Rojos, g.SinColor, g.ConCumplimiento);
                Numero(fila[7]).Should().BeApproximately(g.PorcentajeVerde!.Value, 0.000000001m);
                Numero(fila[8]).Should().BeApproximately(g.CumplimientoPromedio!.Value, 0.000000001m);
                fila[9].Should().Be(g.Color!.Value.ToString());
                libro.Relleno("Resumen", titulo + 2 + i, 9).Should().NotBeNull();
            }
        }
    }

    [Fact]
    public async Task Resumen_ConElEvaluadorDado_UsaSusBandasDeGrupo()
    {
        var estricto = new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { SemaforizacionDeGrupos = Crear.UnaSemaforizacion(verdeDesde: 99.99m, rojoHasta: 99m) });

        var libro = await EscribirYLeerAsync(Ejemplo, estricto);

        var filas = libro.Hoja("Resumen");
        var titulo = filas.FindIndex(f => f.Length > 0 && Equals(f[0], "Resumen por unidad responsable"));
        var colores = filas.Skip(titulo + 2).Take(Ejemplo.Count).Select(f => f[9]).ToList();
        colores.Should().Equal(estricto.Resumir(Ejemplo, Agrupacion.UnidadResponsable).Select(g => g.Color!.Value.ToString()));
        colores.Should().NotEqual(EvaluadorDeSemaforo.Predeterminado.Resumir(Ejemplo, Agrupacion.UnidadResponsable).Select(g => g.Color!.Value.ToString()));
    }

    [Fact]
    public async Task NombresDeHoja_ValidosUnicosYDeHasta31Caracteres()
    {
        var largo = "Dirección de Planeación, Evaluación y Seguimiento del Desarrollo Municipal";
        var planes = new[] { "Obras: [Alumbrado]/Calles*?", "Resumen", largo, largo + " Norte", "history" }
            .Select(u => Crear.UnPlan().ConUnidadResponsable(u).ConActividades(1).Build())
            .Select(p => EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDelPlan.SinAvances(p), Corte.De(new NodaTime.YearMonth(2023, 6))));

        var libro = await EscribirYLeerAsync(planes);

        libro.Hojas.Select(h => h.Nombre).Should().Equal(
            "Resumen", "Obras   Alumbrado  Calles", "Resumen (2)", largo[..31], largo[..27] + " (2)", "history (2)");
    }

    [Fact]
    public async Task DosPlanesDeLaMismaUnidad_UnaHojaConUnBloquePorPlan()
    {
        var plan = PlanesDeEjemplo.MejoraRegulatoria;
        var otro = Crear.UnPlan(plan).ConEjercicio(2024).Build();
        var resultados = new[]
        {
            EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDelPlan.SinAvances(plan), Corte.De(new NodaTime.YearMonth(2023, 6))),
            EvaluadorDeSemaforo.Predeterminado.Evaluar(AvancesDelPlan.SinAvances(otro), Corte.De(new NodaTime.YearMonth(2024, 6))),
        };

        var libro = await EscribirYLeerAsync(resultados);

        libro.Hojas.Select(h => h.Nombre).Should().Equal("Resumen", plan.UnidadResponsable.Nombre);
        var titulos = libro.Hoja(plan.UnidadResponsable.Nombre).Where(f => f.Length > 0 && f[0] is string t && t.StartsWith("Resultados del semáforo", StringComparison.Ordinal)).Select(f => f[0]);
        titulos.Should().Equal("Resultados del semáforo · POA 2023", "Resultados del semáforo · POA 2024");
        libro.Hoja("Resumen")[1][1].Should().Be("2023-06, 2024-06");
    }

    [Fact]
    public async Task SinResultados_SoloLaHojaDeResumen()
    {
        var libro = await EscribirYLeerAsync([]);

        libro.Hojas.Should().ContainSingle().Which.Nombre.Should().Be("Resumen");
        Numero(libro.Hoja("Resumen")[2][1]).Should().Be(0);
    }

    [Fact]
    public async Task ArgumentosNulos_ArgumentNullException()
    {
        using var flujo = new MemoryStream();

        await FluentActions.Awaiting(() => LibroDePoa.EscribirResultadosAsync(null!, Ejemplo)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => LibroDePoa.EscribirResultadosAsync(flujo, null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => LibroDePoa.EscribirResultadosAsync(flujo, [Ejemplo[0], null!])).Should().ThrowAsync<ArgumentNullException>();
        flujo.Length.Should().Be(0);
    }

    [Fact]
    public async Task Cancelado_OperationCanceledException()
    {
        using var flujo = new MemoryStream();
        using var cancelacion = new System.Threading.CancellationTokenSource();
        await cancelacion.CancelAsync();

        await FluentActions.Awaiting(() => LibroDePoa.EscribirResultadosAsync(flujo, Ejemplo, cancelacion: cancelacion.Token)).Should().ThrowAsync<OperationCanceledException>();
    }
}
