using Microsoft.EntityFrameworkCore;
using NodaTime;
using Poa.Domain.EntityFrameworkCore.Tests.Infraestructura;
using Poa.Domain.Tests.Ciclo;

namespace Poa.Domain.EntityFrameworkCore.Tests;

// The same suite on each database: SQLite in memory, SQLite on a file, PostgreSQL (POA_PG).
public sealed class CicloPersistidoEnSqliteEnMemoriaTests(SqliteEnMemoria db) : CicloPersistidoTests<SqliteEnMemoria>(db);

#if !POA_NET80
public sealed class CicloPersistidoEnSqliteEnArchivoTests(SqliteEnArchivo db) : CicloPersistidoTests<SqliteEnArchivo>(db);
#endif

public sealed class CicloPersistidoEnPostgreSqlTests(PostgreSql db) : CicloPersistidoTests<PostgreSql>(db);

/// <summary>
/// What the reporting cycle and the metas add to a stored plan (tipo de acumulación, frecuencia, línea base, peso,
/// <c>fechaDeReporte</c>, <c>cerradoHasta</c>, modificaciones): each comes back equal, and a change in a closed month is
/// refused by the domain before the database sees it.
/// </summary>
public abstract class CicloPersistidoTests<TBase>(TBase db) : PruebasEnBaseDeDatos<TBase>(db)
    where TBase : BaseDeDatos
{
    [SkippableFact]
    public void LaAcumulacionExplicitaEImplicita_SeLeenDistintas()
    {
        var implicita = Actividad(1, "100% Porcentaje", Calendarizacion.Mensual(100));
        var explicita = Actividad(2, "100% Porcentaje", Calendarizacion.Mensual(100)).ConAcumulacion(TipoDeAcumulacion.Promedio);
        var ultimoValor = Actividad(3, "40 Kilómetros", Calendarizacion.De(marzo: 10, junio: 25, diciembre: 40)).ConAcumulacion(TipoDeAcumulacion.UltimoValor);
        var plan = PlanCon(implicita, explicita, ultimoValor);

        var leido = GuardarYLeer(RegistroDePlan.Create(plan));

        leido.ToPlan().Should().Be(plan);
        leido.ToPlan().Actividades.Select(a => a.AcumulacionExplicita).Should().Equal(null, TipoDeAcumulacion.Promedio, TipoDeAcumulacion.UltimoValor);
        leido.Actividades.Select(a => (a.Acumulacion, a.EsAcumulacionExplicita))
            .Should().Equal((TipoDeAcumulacion.Promedio, false), (TipoDeAcumulacion.Promedio, true), (TipoDeAcumulacion.UltimoValor, true));
    }

    [SkippableFact]
    public void LaFrecuencia_LaLineaBaseYElPeso_SeLeenIguales()
    {
        var plan = PlanCon(
            Actividad(1, "4 Informes", Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1)).ConFrecuencia(Frecuencia.Trimestral),
            Actividad(2, "120 Cuentas", Calendarizacion.Mensual(10)).ConLineaBase(LineaBase.Create(98.5m, 2022)).ConPeso(2.75m),
            Actividad(3, "2 Evaluaciones", Calendarizacion.De(junio: 1, diciembre: 1)).ConFrecuencia(Frecuencia.Semestral).ConPeso(0.000001m));

        var leido = GuardarYLeer(RegistroDePlan.Create(plan));

        leido.ToPlan().Should().Be(plan);
        leido.Actividades.Select(a => a.Frecuencia).Should().Equal(Frecuencia.Trimestral, Frecuencia.Mensual, Frecuencia.Semestral);
        leido.Actividades[1].ValorDeLineaBase.Should().Be(98.5m);
        leido.Actividades[1].AnioDeLineaBase.Should().Be(2022);
        leido.Actividades[0].ValorDeLineaBase.Should().BeNull();
        leido.Actividades.Select(a => a.Peso).Should().Equal(1m, 2.75m, 0.000001m);
        leido.ToPlan().Actividades[1].LineaBase.Should().Be(LineaBase.Create(98.5m, 2022));
    }

    [SkippableFact]
    public void LaFechaDeReporte_SeLeeIgual_YSinElla_SigueSinElla()
    {
        var plan = PlanCon(Actividad(1, "12 Reportes", Calendarizacion.Mensual(1)));
        var avances = AvancesDelPlan.Create(plan,
        [
            Avance.Create(1, new YearMonth(2024, 1), 1, fechaDeReporte: new LocalDate(2024, 2, 29)),
            Avance.Create(1, new YearMonth(2024, 2), 1),
            Avance.Create(1, new YearMonth(2024, 3), 0, "Sin sesión.", "Acta", new LocalDate(2024, 12, 31)),
        ]);

        var leido = GuardarYLeer(RegistroDePlan.Create(avances));

        leido.ToAvancesDelPlan().Avances.Should().Equal(avances.Avances);
        leido.Avances.Select(a => a.FechaDeReporte).Should().Equal(new LocalDate(2024, 2, 29), null, new LocalDate(2024, 12, 31));
    }

    [SkippableFact]
    public void CerradoHasta_SeLeeIgual_YSuAusenciaTambien()
    {
        var abierto = PlanCon(Actividad(1, "12 Reportes", Calendarizacion.Mensual(1)));
        var cerrado = PlanCon("Dirección Cerrada", Actividad(1, "12 Reportes", Calendarizacion.Mensual(1))).ConCerradoHasta(new YearMonth(2024, 6));
        Guardar(RegistroDePlan.Create(abierto), RegistroDePlan.Create(cerrado));

        using var contexto = Db.Nuevo();
        var leidos = contexto.Planes.AsNoTracking().OrderBy(p => p.Id).ToList();
        leidos.Select(p => p.ToPlan()).Should().Equal(abierto, cerrado);
        leidos.Select(p => p.CerradoHasta).Should().Equal(null, new YearMonth(2024, 6));
        contexto.Planes.Count(p => p.CerradoHasta >= new YearMonth(2024, 6)).Should().Be(1, "el mes se guarda como texto aaaa-MM, que se ordena");
    }

    [SkippableFact]
    public void LasModificaciones_DeMetaDeCalendarioDeAmbasYQueVacianMeses_SeLeenIguales()
    {
        var plan = CicloDeEjemplo.Aprobado;
        var modificaciones = new[]
        {
            CicloDeEjemplo.Folio1,
            CicloDeEjemplo.Folio2,
            Modificacion.Create(3, 2, CicloDeEjemplo.Mes(9), Meta.Parse("3 Informes"), null, "Se fusionan dos informes.", CicloDeEjemplo.Dia(9, 1)),
            Modificacion.Create(4, 1, CicloDeEjemplo.Mes(11), null, Calendarizacion.Create(new decimal?[12]), "Ya no se programan luminarias.", CicloDeEjemplo.Dia(10, 30), "  Cabildo  "),
        };
        var reprogramado = new Plan(plan.Ejercicio, plan.Dependencia, plan.UnidadResponsable, plan.Actividades, plan.Firmantes, modificaciones, CicloDeEjemplo.Mes(8));

        var leido = GuardarYLeer(RegistroDePlan.Create(reprogramado));

        leido.ToPlan().Should().Be(reprogramado);
        leido.ToPlan().Modificaciones.Should().Equal(modificaciones);
        leido.ToPlan().ActividadesVigentes.Should().Equal(reprogramado.ActividadesVigentes);
        leido.Modificaciones.Select(m => (m.CantidadDeMeta, m.CambiaCalendarizacion)).Should().Equal((90m, true), (95m, true), (3m, false), (null, true));
        leido.Modificaciones[3].Noviembre.Should().BeNull("una calendarización nueva vacía desde noviembre se guarda como tal");
        leido.Modificaciones[3].AutorizadaPor.Should().Be("Cabildo");
        leido.Modificaciones[1].AutorizadaPor.Should().BeNull();
    }

    [SkippableFact]
    public void LosSeisPlanesDelSeed_ConModificacionesYMesesCerrados_SeLeenIgualesConSusAvances()
    {
        var datos = DatosDeEjemplo.PlanesConAvances.Select(d =>
        {
            var plan = d.Plan;
            var primera = plan.Actividades[0];
            var desdeJulio = Calendarizacion.Create(Enumerable.Range(1, 12).Select(m => m < 7 ? null : primera.Calendarizacion[m]));
            Modificacion[] modificaciones =
            [
                Modificacion.Create(1, primera.Numero, new YearMonth(2023, 7), primera.Meta, desdeJulio, "Se ratifica el segundo semestre.", new LocalDate(2023, 7, 3), "Dirección de Planeación"),
                Modificacion.Create(2, plan.Actividades[^1].Numero, new YearMonth(2023, 10), null, Calendarizacion.Create(new decimal?[12]), "Se cancela el último trimestre.", new LocalDate(2023, 9, 29)),
            ];
            return AvancesDelPlan.Create(
                new Plan(plan.Ejercicio, plan.Dependencia, plan.UnidadResponsable, plan.Actividades, plan.Firmantes, modificaciones, new YearMonth(2023, 6)),
                d.Avances);
        }).ToList();
        Guardar([.. datos.Select(RegistroDePlan.Create)]);

        using var contexto = Db.Nuevo();
        var leidos = contexto.Planes.AsNoTracking().OrderBy(p => p.Id).ToList();

        leidos.Select(r => r.ToPlan()).Should().Equal(datos.Select(d => d.Plan));
        leidos.Select(r => r.ToAvancesDelPlan().Avances).Should().BeEquivalentTo(datos.Select(d => d.Avances), o => o.WithStrictOrdering());
        leidos.Sum(r => r.Modificaciones.Count).Should().Be(12);
        var corte = Corte.De(new YearMonth(2023, 12));
        leidos.SelectMany(r => EvaluadorDeSemaforo.Predeterminado.Evaluar(r.ToAvancesDelPlan(), corte).Resultados.Select(x => (x.Color, x.Cumplimiento)))
            .Should().Equal(datos.SelectMany(d => EvaluadorDeSemaforo.Predeterminado.Evaluar(d, corte).Resultados.Select(x => (x.Color, x.Cumplimiento))));
    }

    [SkippableFact]
    public void ElPlanReprogramadoDelCiclo_ConSusAvances_SeLeeIgualYSeEvaluaIgual()
    {
        var avances = CicloReprogramado();

        var leido = GuardarYLeer(RegistroDePlan.Create(avances));

        var avancesLeidos = leido.ToAvancesDelPlan();
        avancesLeidos.Plan.Should().Be(avances.Plan);
        avancesLeidos.Avances.Should().Equal(avances.Avances);
        var fecha = CicloDeEjemplo.Dia(10, 10);
        var antes = EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, fecha, CicloDeEjemplo.Regla);
        var despues = EvaluadorDeSemaforo.Predeterminado.Evaluar(avancesLeidos, fecha, CicloDeEjemplo.Regla);
        despues.Resultados.Select(r => (r.Color, r.Cumplimiento)).Should().Equal(antes.Resultados.Select(r => (r.Color, r.Cumplimiento)));
        despues.Resultados[0].CumplimientoRedondeado.Should().Be(82.67m, "docs/ciclo.md: 82.67% verde contra el plan vigente");
        despues.Reportes!.Extemporaneos.Should().Be(antes.Reportes!.Extemporaneos).And.Be(3);
    }

    [SkippableFact]
    public void UnPlanTrimestral_SeLeeIgualYSeEvaluaIgual()
    {
        var plan = PlanCon(
            Actividad(1, "4 Informes", Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1)).ConFrecuencia(Frecuencia.Trimestral),
            Actividad(2, "90% Porcentaje", Calendarizacion.De(marzo: 90, junio: 90, septiembre: 90, diciembre: 90)).ConFrecuencia(Frecuencia.Trimestral));
        var avances = AvancesDelPlan.Create(plan,
        [
            Avance.Create(1, new YearMonth(2024, 3), 1),
            Avance.Create(1, new YearMonth(2024, 6), 0, "Se pospuso."),
            Avance.ConVariables(2, new YearMonth(2024, 3), 80, 100),
            Avance.ConVariables(2, new YearMonth(2024, 6), 2, 3),
        ]);

        var leido = GuardarYLeer(RegistroDePlan.Create(avances)).ToAvancesDelPlan();

        leido.Plan.Should().Be(plan);
        leido.Avances.Should().Equal(avances.Avances);
        foreach (var mes in new[] { 5, 6, 8 })
        {
            var corte = Corte.De(new YearMonth(2024, mes));
            EvaluadorDeSemaforo.Predeterminado.Evaluar(leido, corte).Resultados.Select(r => (r.Color, r.Cumplimiento))
                .Should().Equal(EvaluadorDeSemaforo.Predeterminado.Evaluar(avances, corte).Resultados.Select(r => (r.Color, r.Cumplimiento)), $"corte {corte}");
        }
    }

    [SkippableFact]
    public void LoProgramadoEnMarzo_VigenteYAprobado_SeConsultaEnSql()
    {
        var plan = CicloDeEjemplo.Aprobado;
        var marzo = Modificacion.Create(1, 1, CicloDeEjemplo.Mes(3), null, Calendarizacion.Mensual(4, 3, 12), "Menos luminarias desde marzo.", CicloDeEjemplo.Dia(3, 1));
        var reprogramado = new Plan(plan.Ejercicio, plan.Dependencia, plan.UnidadResponsable, plan.Actividades, plan.Firmantes, [marzo, CicloDeEjemplo.Folio2]);
        Guardar(RegistroDePlan.Create(reprogramado));

        using var contexto = Db.Nuevo();
        var enMarzo = contexto.Planes.AsNoTracking()
            .SelectMany(p => p.Actividades)
            .OrderBy(a => a.Posicion)
            .Select(a => new { a.Numero, Aprobado = a.Marzo, Vigente = a.MarzoVigente, Julio = a.JulioVigente, Meta = a.CantidadDeMetaVigente })
            .ToList();

        enMarzo.Select(a => (a.Numero, a.Aprobado, a.Vigente)).Should().Equal((1, 10m, 4m), (2, 1m, 1m), (3, 100m, 100m));
        enMarzo.Select(a => a.Julio).Should().Equal(4m, null, 90m);
        enMarzo.Select(a => a.Meta).Should().Equal(120m, 4m, 95m);
        contexto.Planes.AsNoTracking().SelectMany(p => p.Actividades).Count(a => a.MarzoVigente != a.Marzo).Should().Be(1);
    }

    [SkippableFact]
    public void ElSemaforoEnSql_ConUnPlanReprogramadoYUnoTrimestral_CoincideConElEvaluador()
    {
        var ejercicio = new EjercicioFiscal(2023);
        var datos = DatosDeEjemplo.PlanesConAvances.ToList();
        var i = datos.FindIndex(d => d.Plan.Actividades.Any(EnSqlDelEjeV));
        var original = datos[i];
        var actividad = original.Plan.Actividades.First(EnSqlDelEjeV);
        var triple = Calendarizacion.Create(Enumerable.Range(1, 12).Select(m => m < 4 ? null : actividad.Calendarizacion[m] * 3));
        var plan = original.Plan;
        var reprogramado = new Plan(plan.Ejercicio, plan.Dependencia, plan.UnidadResponsable, plan.Actividades, plan.Firmantes,
            [Modificacion.Create(1, actividad.Numero, ejercicio.Mes(4), null, triple, "Se triplica lo programado.", new LocalDate(2023, 4, 1))]);
        datos[i] = AvancesDelPlan.Create(reprogramado, original.Avances);
        var trimestral = new Plan(ejercicio, new Dependencia("Secretaría de Pruebas"), new UnidadResponsable("Dirección Trimestral"),
            [Actividad(1, "4 Informes", Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1)).ConFrecuencia(Frecuencia.Trimestral)]);
        datos.Add(AvancesDelPlan.Create(trimestral, [Avance.Create(1, ejercicio.Mes(3), 0), Avance.Create(1, ejercicio.Mes(6), 2)]));
        Guardar([.. datos.Select(RegistroDePlan.Create)]);
        using var contexto = Db.Nuevo();
        var cambios = 0;

        for (var mes = 1; mes <= 12; mes++)
        {
            var corte = Corte.De(ejercicio, mes);
            IEnumerable<(string, int)> Rojas(IEnumerable<AvancesDelPlan> planes) => planes
                .SelectMany(d => EvaluadorDeSemaforo.Predeterminado.Evaluar(d, corte).Resultados.Select(r => (d.Plan.UnidadResponsable.Nombre, r)))
                .Where(x => x.r.Actividad.Alineacion.Eje.Numero == 5 && x.r.Color == Color.Rojo)
                .Select(x => (x.Nombre, x.r.Actividad.Numero));
            var esperadas = Rojas(datos).ToList();
            var enSql = Persistencia.SemaforoEnSql.RojasDecididasEnSql(contexto.Planes, ejercicio, mes, 5).ToList()
                .Select(a => (a.UnidadResponsable.Nombre, a.Numero));
            var enMemoria = Persistencia.SemaforoEnSql.SinDecidirEnSql(contexto.Planes, ejercicio, 5).AsNoTracking().AsEnumerable()
                .SelectMany(p => EvaluadorDeSemaforo.Predeterminado.Evaluar(p.ToAvancesDelPlan(), corte).Resultados.Select(r => (p.UnidadResponsable.Nombre, r)))
                .Where(x => x.r.Actividad.Alineacion.Eje.Numero == 5 && x.r.Color == Color.Rojo && !Persistencia.SemaforoEnSql.SeDecideEnSql(x.r.Actividad))
                .Select(x => (x.Nombre, x.r.Actividad.Numero));

            enSql.Concat(enMemoria).Should().BeEquivalentTo(esperadas, $"corte {corte}");
            Color? ColorDe(AvancesDelPlan d) => EvaluadorDeSemaforo.Predeterminado.Evaluar(d, corte).Resultados.First(r => r.Actividad.Numero == actividad.Numero).Color;
            cambios += ColorDe(original) != ColorDe(datos[i]) ? 1 : 0;
        }

        cambios.Should().BeGreaterThan(0, "la modificación cambia el color de la actividad en algún corte, y la consulta lo sigue: usa el calendario vigente");

        static bool EnSqlDelEjeV(Actividad a) => a.Alineacion.Eje.Numero == 5 && Persistencia.SemaforoEnSql.SeDecideEnSql(a) && a.Calendarizacion[6] > 0m;
    }

    [SkippableFact]
    public void Reprogramar_UnaModificacionAceptada_SeGuardaConSuVistaVigenteYSubeLaVersion()
    {
        Guardar(RegistroDePlan.Create(CicloDeEjemplo.Aprobado.ConCerradoHasta(CicloDeEjemplo.Mes(6))));

        using (var contexto = Db.Nuevo())
        {
            var registro = contexto.Planes.Single();
            var resultado = registro.Reprogramar(CicloDeEjemplo.Folio1, CicloDeEjemplo.Regla);
            resultado.Aceptada.Should().BeTrue(string.Join(" ", resultado.Diagnosticos));
            registro.Version.Should().Be(2);
            contexto.SaveChanges();
        }

        using var despues = Db.Nuevo();
        var leido = despues.Planes.AsNoTracking().Single();
        leido.Version.Should().Be(2);
        leido.ToPlan().Should().Be(CicloDeEjemplo.Aprobado.ConCerradoHasta(CicloDeEjemplo.Mes(6)).Reprogramar(CicloDeEjemplo.Folio1, CicloDeEjemplo.Regla).Plan);
        leido.Actividades[0].CantidadDeMetaVigente.Should().Be(90m);
        leido.Actividades[0].JulioVigente.Should().Be(5m);
        leido.Actividades[0].Julio.Should().Be(10m, "el plan aprobado no se sobrescribe");
    }

    [SkippableFact]
    public void Reprogramar_DesdeUnMesCerrado_ElDominioLaRechazaConPOA040SinCambiarNada()
    {
        Guardar(RegistroDePlan.Create(CicloDeEjemplo.Aprobado.ConCerradoHasta(CicloDeEjemplo.Mes(7))));
        using var contexto = Db.Nuevo();
        var registro = contexto.Planes.Single();

        var resultado = registro.Reprogramar(CicloDeEjemplo.Folio1, CicloDeEjemplo.Regla);

        resultado.Aceptada.Should().BeFalse();
        resultado.Diagnosticos.Should().Contain(d => d.Codigo == "POA040");
        registro.Version.Should().Be(1);
        registro.Modificaciones.Should().BeEmpty();
        registro.Actividades[0].CantidadDeMetaVigente.Should().Be(120m);
        contexto.ChangeTracker.HasChanges().Should().BeFalse();
        contexto.SaveChanges().Should().Be(0);
    }

    [SkippableFact]
    public void UnAvanceEnUnMesCerrado_SeRechazaConPOA042SinCambiarNada()
    {
        var registro = RegistroDePlan.Create(CicloDeEjemplo.Aprobado);
        registro.AgregarAvance(Avance.Create(1, CicloDeEjemplo.Mes(5), 5));
        registro.CerrarHasta(CicloDeEjemplo.Mes(6));
        Guardar(registro);
        using var contexto = Db.Nuevo();
        var leido = contexto.Planes.Single();

        var agregar = () => leido.AgregarAvances([Avance.Create(1, CicloDeEjemplo.Mes(6), 3), Avance.Create(1, CicloDeEjemplo.Mes(7), 7)]);
        var corregir = () => leido.ReemplazarAvance(Avance.Create(1, CicloDeEjemplo.Mes(5), 6));

        agregar.Should().Throw<AvancesInvalidosException>().Which.Diagnosticos.Should().ContainSingle()
            .Which.Should().Match<Diagnostico>(d => d.Codigo == "POA042" && d.Mensaje.Contains("2024-06") && d.Ubicacion.Actividad == 1);
        corregir.Should().Throw<AvancesInvalidosException>().Which.Diagnosticos.Should().ContainSingle(d => d.Codigo == "POA042");
        leido.Version.Should().Be(3);
        leido.Avances.Should().ContainSingle().Which.Realizado.Should().Be(5m);
        contexto.ChangeTracker.HasChanges().Should().BeFalse();

        leido.AgregarAvance(Avance.Create(1, CicloDeEjemplo.Mes(7), 7));
        contexto.SaveChanges();
        using var despues = Db.Nuevo();
        despues.Planes.AsNoTracking().Single().Avances.Select(a => a.Mes).Should().Equal(CicloDeEjemplo.Mes(5), CicloDeEjemplo.Mes(7));
    }

    [SkippableFact]
    public void CerrarHasta_UnMesFueraDelEjercicio_SeRechazaConElMensajeDePOA043SinCambiarNada()
    {
        Guardar(RegistroDePlan.Create(CicloDeEjemplo.Aprobado));
        using var contexto = Db.Nuevo();
        var registro = contexto.Planes.Single();

        var cerrar = () => registro.CerrarHasta(new YearMonth(2023, 12));

        cerrar.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("mes")
            .WithMessage("El plan está cerrado hasta diciembre de 2023, que no es un mes del ejercicio 2024*");
        registro.CerradoHasta.Should().BeNull();
        registro.ToPlan().CerradoHasta.Should().BeNull();
        contexto.ChangeTracker.HasChanges().Should().BeFalse();
    }

    [SkippableFact]
    public void CerrarHasta_SeGuarda_YReabrirPermiteElAvance()
    {
        Guardar(RegistroDePlan.Create(CicloDeEjemplo.Aprobado));
        using (var contexto = Db.Nuevo())
        {
            contexto.Planes.Single().CerrarHasta(CicloDeEjemplo.Mes(6));
            contexto.SaveChanges();
        }

        using (var contexto = Db.Nuevo())
        {
            var registro = contexto.Planes.Single();
            registro.CerradoHasta.Should().Be(CicloDeEjemplo.Mes(6));
            registro.ToPlan().CerradoHasta.Should().Be(CicloDeEjemplo.Mes(6));
            registro.CerrarHasta(null);
            registro.AgregarAvance(Avance.Create(1, CicloDeEjemplo.Mes(6), 3));
            contexto.SaveChanges();
        }

        using var despues = Db.Nuevo();
        var leido = despues.Planes.AsNoTracking().Single();
        leido.CerradoHasta.Should().BeNull();
        leido.Version.Should().Be(4);
        leido.Avances.Should().ContainSingle();
    }

    [SkippableFact]
    public void DosEscritoresQueReprograman_ElSegundoRecibeElErrorDeConcurrencia()
    {
        Guardar(RegistroDePlan.Create(CicloDeEjemplo.Aprobado));
        using var primero = Db.Nuevo();
        using var segundo = Db.Nuevo();
        var delPrimero = primero.Planes.Single();
        var delSegundo = segundo.Planes.Single();

        delPrimero.Reprogramar(CicloDeEjemplo.Folio1).Aceptada.Should().BeTrue();
        primero.SaveChanges();
        delSegundo.Reprogramar(CicloDeEjemplo.Folio1).Aceptada.Should().BeTrue();
        var guardarSegundo = () => segundo.SaveChanges();

        guardarSegundo.Should().Throw<DbUpdateConcurrencyException>();
        using var despues = Db.Nuevo();
        var final = despues.Planes.AsNoTracking().Single();
        final.Version.Should().Be(2);
        final.Modificaciones.Should().ContainSingle();
    }

    [SkippableFact]
    public void UnaModificacionEditadaAMano_ConMesesSinCalendario_DaUnRegistroInvalidoQueNombraLaColumna()
    {
        var plan = CicloDeEjemplo.Aprobado;
        Guardar(RegistroDePlan.Create(new Plan(plan.Ejercicio, plan.Dependencia, plan.UnidadResponsable, plan.Actividades, plan.Firmantes, [CicloDeEjemplo.Folio1])));
        using var contexto = Db.Nuevo();
        contexto.Database.ExecuteSql($"UPDATE poa_modificaciones SET cambia_calendarizacion = {false}");
        var leido = contexto.Planes.Single();

        var leer = () => leido.ToPlan();

        leer.Should().Throw<RegistroInvalidoException>()
            .Which.Message.Should().Contain("poa_modificaciones").And.Contain("folio 1").And.Contain("cambia_calendarizacion");
    }

    private static AvancesDelPlan CicloReprogramado()
    {
        var plan = CicloDeEjemplo.Aprobado.ConCerradoHasta(CicloDeEjemplo.Mes(6));
        plan = plan.Reprogramar(CicloDeEjemplo.Folio1, CicloDeEjemplo.Regla).Plan.Reprogramar(CicloDeEjemplo.Folio2, CicloDeEjemplo.Regla).Plan;
        plan.Modificaciones.Should().HaveCount(2);
        return AvancesDelPlan.Create(plan, [.. CicloDeEjemplo.Luminarias, .. CicloDeEjemplo.Informes, .. CicloDeEjemplo.Bacheo]);
    }

    private RegistroDePlan GuardarYLeer(RegistroDePlan registro)
    {
        Guardar(registro);
        using var contexto = Db.Nuevo();
        return contexto.Planes.AsNoTracking().Single();
    }

    private void Guardar(params RegistroDePlan[] registros) => Guardar((IEnumerable<RegistroDePlan>)registros);

    private static Plan PlanCon(params Actividad[] actividades) => PlanCon("Dirección de Pruebas", actividades);

    private static Plan PlanCon(string unidad, params Actividad[] actividades)
        => new(new EjercicioFiscal(2024), new Dependencia("Secretaría de Pruebas"), new UnidadResponsable(unidad), actividades, [new Firmante("Lic.", "Nombre de Prueba", "Director")]);

    private static Actividad Actividad(int numero, string meta, Calendarizacion calendarizacion)
        => new(
            numero,
            $"Actividad de prueba {numero}",
            Alineacion.Create(EjeRector.Create(5, "Ciudad abierta"), ObjetivoEstrategico.Create("5.1", "Monterrey abierto e inteligente")),
            new ProgramaPresupuestario("Gobierno Digital"),
            Meta.Parse(meta),
            calendarizacion);
}
