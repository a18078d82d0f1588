namespace Poa.Domain.Testing.Tests.Constructores;

public class PlanBuilderTests
{
    [Fact]
    public void PorOmision_EsUnPlanSinDiagnosticos()
    {
        Plan plan = Crear.UnPlan();

        plan.Ejercicio.Anio.Should().Be(2023);
        plan.Dependencia.Nombre.Should().Be(ValoresPorOmision.Dependencia);
        plan.UnidadResponsable.Nombre.Should().Be(ValoresPorOmision.UnidadResponsable);
        plan.Actividades.Should().ContainSingle();
        plan.Firmantes.Should().ContainSingle().Which.Should().Be(Crear.UnFirmante());
        plan.Should().NoTenerDiagnosticos();
    }

    [Fact]
    public void ConActividad_ReemplazaLaActividadPorOmisionYNumeraEnOrden()
    {
        Plan plan = Crear.UnPlan()
            .ConActividad(a => a.ConDescripcion("Primera"))
            .ConActividad(Crear.UnaActividad().ConDescripcion("Segunda"))
            .ConActividad();

        plan.Actividades.Select(a => a.Numero).Should().Equal(1, 2, 3);
        plan.Actividades.Select(a => a.Descripcion).Should().Equal("Primera", "Segunda", ValoresPorOmision.Descripcion);
        plan.Should().NoTenerDiagnosticos();
    }

    [Fact]
    public void ConActividad_ConNumeroPropio_LasSiguientesLoSiguen()
    {
        Plan plan = Crear.UnPlan().ConActividad(a => a.ConNumero(5)).ConActividad();

        plan.Actividades.Select(a => a.Numero).Should().Equal(5, 6);
        plan.Should().TenerDiagnostico("POA006");
    }

    [Fact]
    public void ConActividades_NumeradasYDescritas()
    {
        Plan plan = Crear.UnPlan().ConActividades(3);

        plan.Actividades.Select(a => a.ToString()).Should().Equal(
            "1. Actividad 1 (12 Reportes)", "2. Actividad 2 (12 Reportes)", "3. Actividad 3 (12 Reportes)");
    }

    [Fact]
    public void ModificarActividad_CambiaSoloEsa()
    {
        var original = PlanesDeEjemplo.MejoraRegulatoria;

        Plan corregido = Crear.UnPlan(original).ModificarActividad(1, a => a.ConMeta(2, "Reuniones"));

        corregido.Should().SerValido();
        corregido.Actividades.Skip(1).Should().Equal(original.Actividades.Skip(1));
    }

    [Fact]
    public void ModificarActividad_NumeroInexistente_Lanza()
    {
        Action act = () => Crear.UnPlan().ModificarActividad(2, a => a);

        act.Should().Throw<ArgumentException>().WithParameterName("numero").WithMessage("El plan no tiene una actividad con el número 2.*");
    }

    [Fact]
    public void SinActividadesYSinFirmantes_ProvocanSusDiagnosticos()
    {
        Plan plan = Crear.UnPlan().SinActividades().SinFirmantes();

        plan.Should().TenerDiagnostico(CatalogoDeDiagnosticos.PlanSinActividades)
            .And.TenerDiagnostico(CatalogoDeDiagnosticos.PlanSinFirmantes);
    }

    [Fact]
    public void ConFirmante_ReemplazaElFirmantePorOmision()
    {
        Plan plan = Crear.UnPlan()
            .ConFirmante("Lic.", "Dulce Alejandra Guerrero Cavazos", "Directora de Mejora Regulatoria")
            .ConFirmante(Firmante.FromLineas("Dra. Cintia Smith", "Secretaria de Innovación y Gobierno Abierto"));

        plan.Firmantes.Select(f => f.Nombre).Should().Equal("Dulce Alejandra Guerrero Cavazos", "Cintia Smith");
    }

    [Fact]
    public void ConEjercicioDependenciaYUnidad_CambianLoQueDicen()
    {
        Plan plan = Crear.UnPlan().ConEjercicio(2024).ConDependencia("Secretaría de Finanzas").ConUnidadResponsable("Dirección de Egresos");

        plan.ToString().Should().Be("POA 2024 · Dirección de Egresos (Secretaría de Finanzas) · 1 actividades");
    }

    [Fact]
    public void DesdeUnPlan_ReconstruyeElMismoPlan()
    {
        foreach (var plan in PlanesDeEjemplo.Todos)
        {
            Crear.UnPlan(plan).Build().Should().SerEquivalenteA(plan).And.NotBeSameAs(plan);
        }
    }

    [Fact]
    public void EsInmutable()
    {
        var base_ = Crear.UnPlan().ConActividad();

        Plan uno = base_.ConActividad();
        Plan otro = base_;

        uno.Actividades.Should().HaveCount(2);
        otro.Actividades.Should().HaveCount(1);
    }
}

public class CrearTests
{
    [Fact]
    public void ValoresSueltos_TienenLosValoresPorOmision()
    {
        Crear.UnaMeta().ToString().Should().Be("12 Reportes");
        Crear.UnaMetaDePorcentaje().ToString().Should().Be("100% Porcentaje");
        Crear.UnaAlineacion().ToString().Should().Be("V. Ciudad abierta / 5.1 Monterrey abierto e inteligente");
        Crear.UnaSemaforizacion().Should().Be(Semaforizacion.Predeterminada);
        Crear.UnFirmante().ToString().Should().Be("Lic. Ana Martínez Garza, Directora de Gobierno Digital");
    }

    [Fact]
    public void UnaSemaforizacion_Propia_ClasificaConSusLimites()
    {
        var semaforizacion = Crear.UnaSemaforizacion(verdeDesde: 90, rojoHasta: 60);

        semaforizacion.Clasificar(90).Should().Be(Color.Verde);
        semaforizacion.Clasificar(89.99m).Should().Be(Color.Amarillo);
        semaforizacion.Clasificar(60).Should().Be(Color.Rojo);
    }

    [Theory]
    [InlineData(50, 50)]
    [InlineData(50, 80)]
    [InlineData(80, -1)]
    public void UnaSemaforizacion_LimitesImposibles_Lanza(decimal verde, decimal rojo)
    {
        Action act = () => Crear.UnaSemaforizacion(verde, rojo);

        act.Should().Throw<ArgumentException>().WithParameterName("rojoHasta");
    }

    [Fact]
    public void ArgumentosNulos_Lanzan()
    {
        ((Action)(() => Crear.UnPlan(null!))).Should().Throw<ArgumentNullException>().WithParameterName("plan");
        ((Action)(() => Crear.UnaActividad(null!))).Should().Throw<ArgumentNullException>().WithParameterName("actividad");
    }
}
