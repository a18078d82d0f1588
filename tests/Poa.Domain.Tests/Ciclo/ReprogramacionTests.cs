using NodaTime;
using static Poa.Domain.Tests.Ciclo.CicloDeEjemplo;

namespace Poa.Domain.Tests.Ciclo;

/// <summary><see cref="Plan.Reprogramar"/>, the views of a plan and its equality with modificaciones.</summary>
public class ReprogramacionTests
{
    [Fact]
    public void Reprogramar_NuncaCambiaElPlanOriginal()
    {
        var original = CicloDeEjemplo.Aprobado;
        var resultado = original.Reprogramar(Folio1);

        resultado.Aceptada.Should().BeTrue();
        resultado.Plan.Should().NotBeSameAs(original);
        original.Modificaciones.Should().BeEmpty();
        original.ActividadVigente(1).Should().BeSameAs(original.ActividadAprobada(1));
        resultado.Plan.Actividades.Should().Equal(original.Actividades, "lo aprobado nunca se sobrescribe");
        resultado.ToString().Should().Be("Modificación folio 1 aceptada (0 diagnósticos)");
    }

    [Theory]
    [InlineData(2023, 12)]
    [InlineData(2025, 1)]
    [InlineData(1999, 3)]
    public void CerradoHastaFueraDelEjercicio_POA043(int anio, int mes)
    {
        var plan = CicloDeEjemplo.Aprobado.ConCerradoHasta(new YearMonth(anio, mes));

        var d = plan.Validar().Should().ContainSingle().Subject;

        d.Codigo.Should().Be("POA043");
        d.EsError.Should().BeTrue();
        d.Ubicacion.Propiedad.Should().Be("cerradoHasta");
        d.Mensaje.Should().Be($"El plan está cerrado hasta {Avance.Describir(new YearMonth(anio, mes))}, que no es un mes del ejercicio 2024: antes del ejercicio no cierra ningún mes y después los cierra todos. Escriba un mes de 2024 (2024-12 cierra el año completo).");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void CerradoHastaDentroDelEjercicio_SinDiagnosticos(int mes)
        => CicloDeEjemplo.Aprobado.ConCerradoHasta(Mes(mes)).Validar().Should().BeEmpty();

    [Fact]
    public void Reprogramar_EnUnMesCerradoDelPlan_POA040_AunqueLaFechaLoPermita()
    {
        // Authorised on 3 July with 5 days of grace June is still open, but the plan says cerrado hasta junio.
        var junio = Modificacion.Create(1, 2, Mes(6), null, Calendarizacion.De(junio: 0, julio: 1, septiembre: 1, diciembre: 1), "Mover el informe.", Dia(7, 3));
        var plan = CicloDeEjemplo.Aprobado.ConCerradoHasta(Mes(6));

        var resultado = plan.Reprogramar(junio, Regla);

        resultado.Aceptada.Should().BeFalse();
        resultado.Plan.Should().BeSameAs(plan);
        var d = resultado.Diagnosticos.Should().ContainSingle().Subject;
        d.Codigo.Should().Be("POA040");
        d.Mensaje.Should().Be("La modificación con folio 1 aplica desde junio de 2024, pero el plan está cerrado hasta junio de 2024: una modificación nueva debe aplicar desde un mes posterior.");

        // Stored in the plan, the same modificación is valid: it was authorised while June was open.
        new Plan(plan.Ejercicio, plan.Dependencia, plan.UnidadResponsable, plan.Actividades, plan.Firmantes, [junio], Mes(6)).Validar(Regla).Should().BeEmpty();
    }

    [Fact]
    public void Reprogramar_ConAdvertencias_SeAceptaYLasDevuelve()
    {
        var resultado = CicloDeEjemplo.Aprobado.Reprogramar(Modificacion.Create(2, 1, Mes(7), Meta.Parse("90 Luminarias"), Calendarizacion.Mensual(5, 7, 12), "Recorte.", Dia(7, 8)));

        resultado.Aceptada.Should().BeTrue();
        resultado.Diagnosticos.Should().ContainSingle().Which.Codigo.Should().Be("POA034");
    }

    [Fact]
    public void Reprogramar_NoLoDetieneUnErrorQueElPlanYaTeniaEnOtraActividad()
    {
        var roto = CicloDeEjemplo.Aprobado.Actividades[1].ConMeta(Meta.Parse("5 Informes"));
        var plan = new Plan(CicloDeEjemplo.Aprobado.Ejercicio, CicloDeEjemplo.Aprobado.Dependencia, CicloDeEjemplo.Aprobado.UnidadResponsable,
            [CicloDeEjemplo.Aprobado.Actividades[0], roto, CicloDeEjemplo.Aprobado.Actividades[2]]);

        plan.Reprogramar(Folio1).Aceptada.Should().BeTrue();
    }

    [Fact]
    public void UnaModificacionPosterior_SobrescribeALaAnteriorDesdeSuPropioMes()
    {
        var segundo = Modificacion.Create(2, 1, Mes(10), Meta.Parse("96 Luminarias"), Calendarizacion.De(octubre: 7, noviembre: 7, diciembre: 7), "Llega material.", Dia(10, 2));
        var plan = new Plan.Builder(2024, "Secretaría de Servicios Públicos", "Dirección de Alumbrado y Bacheo")
            .Agregar(CicloDeEjemplo.Aprobado.Actividades[0])
            .AgregarModificacion(Folio1)
            .AgregarModificacion(segundo)
            .CerrarHasta(Mes(9))
            .AgregarFirmante("Ing.", "Responsable de Prueba", "Director de Alumbrado y Bacheo")
            .Build();

        plan.CerradoHasta.Should().Be(Mes(9));
        plan.ActividadVigente(1)!.Calendarizacion.Should().Be(Calendarizacion.Parse("10;10;10;10;10;10;5;5;5;7;7;7"));
        plan.ActividadVigente(1)!.Meta.Should().Be(Meta.Parse("96 Luminarias"));
        plan.Validar().Should().BeEmpty();
        plan.Historial(1).Select(v => v.Actividad.Meta.Cantidad).Should().Equal(120m, 90m, 96m);
    }

    [Fact]
    public void LasModificaciones_SeAplicanEnOrdenDeFolio_AunqueVenganDesordenadas()
    {
        var segundo = Modificacion.Create(2, 1, Mes(10), Meta.Parse("96 Luminarias"), Calendarizacion.De(octubre: 7, noviembre: 7, diciembre: 7), "Llega material.", Dia(10, 2));
        var desordenado = new Plan(CicloDeEjemplo.Aprobado.Ejercicio, CicloDeEjemplo.Aprobado.Dependencia, CicloDeEjemplo.Aprobado.UnidadResponsable,
            CicloDeEjemplo.Aprobado.Actividades, null, [segundo, Folio1]);

        desordenado.ActividadVigente(1)!.Calendarizacion.Should().Be(Calendarizacion.Parse("10;10;10;10;10;10;5;5;5;7;7;7"));
        desordenado.Validar().Select(d => d.Codigo).Should().Contain("POA033");
    }

    [Fact]
    public void Igualdad_IncluyeModificacionesYCerradoHasta()
    {
        var a = CicloDeEjemplo.Aprobado.Reprogramar(Folio1).Plan;
        var b = CicloDeEjemplo.Aprobado.Reprogramar(Folio1).Plan;

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(CicloDeEjemplo.Aprobado);
        a.ConCerradoHasta(Mes(6)).Should().NotBe(a);
        a.ConCerradoHasta(Mes(6)).ConCerradoHasta(null).Should().Be(a);
    }

    [Fact]
    public void SinModificaciones_LaVistaVigenteEsLaAprobada_MismosObjetos()
    {
        var plan = CicloDeEjemplo.Aprobado;

        plan.Vigente.Should().BeSameAs(plan);
        plan.ActividadesVigentes.Should().Equal(plan.Actividades, ReferenceEquals);
        plan.SiguienteFolio.Should().Be(1);
    }

    [Fact]
    public void CerradoHasta_FueraDelCalendarioIso_LanzaArgumentException()
    {
        var juliano = new YearMonth(2024, 6, CalendarSystem.Julian);

        var crear = () => CicloDeEjemplo.Aprobado.ConCerradoHasta(juliano);

        crear.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("cerradoHasta");
    }
}
