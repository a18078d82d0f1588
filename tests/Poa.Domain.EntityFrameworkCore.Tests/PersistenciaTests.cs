using Microsoft.EntityFrameworkCore;
using NodaTime;
using Poa.Domain.EntityFrameworkCore.Tests.Infraestructura;
using Poa.Domain.Json;

namespace Poa.Domain.EntityFrameworkCore.Tests;

// The same suite on each database: SQLite in memory, SQLite on a file, PostgreSQL (POA_PG).
public sealed class PersistenciaEnSqliteEnMemoriaTests(SqliteEnMemoria db) : PersistenciaTests<SqliteEnMemoria>(db);

#if !POA_NET80
// The net8.0 build (EF Core 9) runs the suite in memory and on PostgreSQL only, to keep CI short.
public sealed class PersistenciaEnSqliteEnArchivoTests(SqliteEnArchivo db) : PersistenciaTests<SqliteEnArchivo>(db);
#endif

public sealed class PersistenciaEnPostgreSqlTests(PostgreSql db) : PersistenciaTests<PostgreSql>(db);

/// <summary>The mapping of <see cref="RegistroDePlan"/> on a real database: round trips, identity, concurrency, transactions, size.</summary>
public abstract class PersistenciaTests<TBase>(TBase db) : PruebasEnBaseDeDatos<TBase>(db)
    where TBase : BaseDeDatos
{
    private static readonly YearMonth Enero2023 = new(2023, 1);

    [SkippableFact]
    public void LosSeisPlanesDelSeed_ConSusAvances_SeLeenIgualesALoGuardado()
    {
        var datos = DatosDeEjemplo.PlanesConAvances;
        Guardar(datos.Select(RegistroDePlan.Create));

        using var contexto = Db.Nuevo();
        var leidos = contexto.Planes.AsNoTracking().OrderBy(p => p.Id).ToList();

        leidos.Select(r => r.ToPlan()).Should().Equal(datos.Select(d => d.Plan));
        leidos.Select(r => PoaJson.Serialize(r.ToPlan())).Should().Equal(datos.Select(d => PoaJson.Serialize(d.Plan)), "los textos vuelven tal como se escribieron");
        leidos.Sum(r => r.Actividades.Count).Should().Be(34);
        for (var i = 0; i < datos.Count; i++)
        {
            leidos[i].ToAvancesDelPlan().Avances.Should().Equal(datos[i].Avances, $"los avances de {datos[i].Plan.UnidadResponsable}");
        }

        leidos.Sum(r => r.Avances.Count).Should().Be(datos.Sum(d => d.Avances.Count)).And.BeGreaterThan(50);
        Textos(leidos.Select(r => r.ToAvancesDelPlan())).Should().Equal(Textos(datos), "un 40 vuelve como 40, no como 40.000000");
    }

    [SkippableFact]
    public void ElSemaforoEnSql_YLaEvaluacionEnMemoria_DanLasMismasActividadesEnRojo()
    {
        var datos = DatosDeEjemplo.PlanesConAvances;
        Guardar(datos.Select(RegistroDePlan.Create));
        var ejercicio = new EjercicioFiscal(2023);
        using var contexto = Db.Nuevo();
        var decididasEnSql = 0;

        foreach (var eje in new[] { 4, 5 })
        {
            for (var mes = 1; mes <= 12; mes++)
            {
                var corte = Corte.De(ejercicio, mes);
                var esperadas = datos
                    .SelectMany(d => EvaluadorDeSemaforo.Predeterminado.Evaluar(d, corte).Resultados.Select(r => (d.Plan.UnidadResponsable.Nombre, r)))
                    .Where(x => x.r.Actividad.Alineacion.Eje.Numero == eje && x.r.Color == Color.Rojo)
                    .Select(x => (x.Nombre, x.r.Actividad.Numero))
                    .ToList();
                var enSql = Persistencia.SemaforoEnSql.RojasDecididasEnSql(contexto.Planes, ejercicio, mes, eje).ToList();
                var enMemoria = Persistencia.SemaforoEnSql.SinDecidirEnSql(contexto.Planes, ejercicio, eje).AsNoTracking().AsEnumerable()
                    .SelectMany(p => EvaluadorDeSemaforo.Predeterminado.Evaluar(p.ToAvancesDelPlan(), corte).Resultados.Select(r => (p.UnidadResponsable.Nombre, r)))
                    .Where(x => x.r.Actividad.Alineacion.Eje.Numero == eje && x.r.Color == Color.Rojo && !Persistencia.SemaforoEnSql.SeDecideEnSql(x.r.Actividad))
                    .Select(x => (x.Nombre, x.r.Actividad.Numero));

                enSql.Select(a => (a.UnidadResponsable.Nombre, a.Numero)).Concat(enMemoria)
                    .Should().BeEquivalentTo(esperadas, $"eje {eje}, corte {corte}");
                decididasEnSql += enSql.Count;
            }
        }

        decididasEnSql.Should().BeGreaterThan(10, "la base de datos decide la mayoría de las actividades en rojo");
    }

    [SkippableFact]
    public void LosPlanesLeidos_EvaluadosAlCorte_DanLosMismosResultadosQueLosOriginales()
    {
        var datos = DatosDeEjemplo.PlanesConAvances;
        Guardar(datos.Select(RegistroDePlan.Create));
        var corte = Corte.De(new YearMonth(2023, 6));

        using var contexto = Db.Nuevo();
        var leidos = contexto.Planes.AsNoTracking().OrderBy(p => p.Id).ToList().Select(r => r.ToAvancesDelPlan()).ToList();

        var antes = datos.Select(d => EvaluadorDeSemaforo.Predeterminado.Evaluar(d, corte).Resultados.Select(r => (r.Color, r.Cumplimiento)));
        var despues = leidos.Select(d => EvaluadorDeSemaforo.Predeterminado.Evaluar(d, corte).Resultados.Select(r => (r.Color, r.Cumplimiento)));
        despues.SelectMany(x => x).Should().Equal(antes.SelectMany(x => x));
    }

    [SkippableFact]
    public void UnMesVacioYUnCeroProgramado_SeLeenDistintos()
    {
        var plan = PlanDePrueba("Dirección de Pruebas", Calendarizacion.De(enero: 0, marzo: 1.5m, diciembre: 0.000001m));
        Guardar([RegistroDePlan.Create(plan)]);

        using var contexto = Db.Nuevo();
        var registro = contexto.Planes.Single();
        var actividad = registro.Actividades.Single();
        actividad.Enero.Should().Be(0m);
        actividad.Febrero.Should().BeNull();
        actividad.Marzo.Should().Be(1.5m);
        actividad.Diciembre.Should().Be(0.000001m);
        registro.ToPlan().Should().Be(plan);
        registro.ToPlan().Actividades[0].Calendarizacion.MesesProgramados.Should().Equal(1, 3, 12);
    }

    [SkippableFact]
    public void UnAvanceDeUnoDeTres_SeGuardaComoVariablesYSeLeeExacto()
    {
        var plan = PlanDePrueba("Dirección de Pruebas", Calendarizacion.Mensual(100), meta: "100% Porcentaje");
        var avance = Avance.ConVariables(1, Enero2023, 1, 3, "Sólo se atendió una de tres solicitudes.");
        var registro = RegistroDePlan.Create(plan);
        registro.AgregarAvance(avance);
        Guardar([registro]);

        using var contexto = Db.Nuevo();
        var leido = contexto.Planes.Single();
        leido.Avances.Single().Realizado.Should().BeNull("la tasa se guarda por sus variables, no redondeada");
        var avanceLeido = leido.ToAvancesDelPlan().Avances.Single();
        avanceLeido.Should().Be(avance);
        avanceLeido.Realizado.Should().Be(100m / 3m);
    }

    [SkippableFact]
    public void ElMismoEjercicioYUnidad_EscritosConOtrasMayusculasYSinAcentos_LaBaseLosRechaza()
    {
        Guardar([RegistroDePlan.Create(PlanDePrueba("Dirección de Participación Ciudadana", Calendarizacion.Mensual(1)))]);

        using var contexto = Db.Nuevo();
        contexto.Planes.Add(RegistroDePlan.Create(PlanDePrueba("DIRECCION DE PARTICIPACION  CIUDADANA", Calendarizacion.Mensual(2))));
        var guardar = () => contexto.SaveChanges();

        guardar.Should().Throw<DbUpdateException>();
        using var otro = Db.Nuevo();
        otro.Planes.Should().ContainSingle();
    }

    [SkippableFact]
    public void LaMismaUnidadEnOtroEjercicio_SeGuarda()
    {
        Guardar([RegistroDePlan.Create(PlanDePrueba("Dirección de Pruebas", Calendarizacion.Mensual(1)))]);
        Guardar([RegistroDePlan.Create(PlanDePrueba("Dirección de Pruebas", Calendarizacion.Mensual(1), ejercicio: 2024))]);

        using var contexto = Db.Nuevo();
        contexto.Planes.Select(p => p.Ejercicio).ToList().Should().BeEquivalentTo([new EjercicioFiscal(2023), new EjercicioFiscal(2024)]);
    }

    [SkippableFact]
    public void DosEscritoresDelMismoPlan_ElPrimeroGanaYElSegundoRecibeElErrorDeConcurrencia()
    {
        Guardar([RegistroDePlan.Create(PlanDePrueba("Dirección de Pruebas", Calendarizacion.Mensual(1)))]);
        using var primero = Db.Nuevo();
        using var segundo = Db.Nuevo();
        var delPrimero = primero.Planes.Single();
        var delSegundo = segundo.Planes.Single();

        delPrimero.AgregarAvance(Avance.Create(1, Enero2023, 1));
        primero.SaveChanges();
        delSegundo.AgregarAvance(Avance.Create(1, new YearMonth(2023, 2), 1));
        var guardarSegundo = () => segundo.SaveChanges();

        guardarSegundo.Should().Throw<DbUpdateConcurrencyException>();
        using var despues = Db.Nuevo();
        var final = despues.Planes.AsNoTracking().Single();
        final.Version.Should().Be(2);
        final.Avances.Should().ContainSingle().Which.Mes.Should().Be(Enero2023);
    }

    [SkippableFact]
    public void UnaTransaccionQueFallaAMedias_NoDejaNada()
    {
        using (var contexto = Db.Nuevo())
        {
            using var transaccion = contexto.Database.BeginTransaction();
            contexto.Planes.Add(RegistroDePlan.Create(PlanDePrueba("Dirección de Pruebas", Calendarizacion.Mensual(1))));
            contexto.SaveChanges();
            contexto.Planes.Add(RegistroDePlan.Create(PlanDePrueba("DIRECCIÓN DE PRUEBAS", Calendarizacion.Mensual(1))));
            var guardar = () => contexto.SaveChanges();
            guardar.Should().Throw<DbUpdateException>();
        }

        using var despues = Db.Nuevo();
        despues.Planes.Should().BeEmpty();
        despues.Planes.AsNoTracking().SelectMany(p => p.Actividades).Should().BeEmpty();
    }

    [SkippableFact]
    public void UnSaveChangesConUnPlanQueFalla_NoGuardaNingunoDeLosDemas()
    {
        using (var contexto = Db.Nuevo())
        {
            contexto.Planes.AddRange(
                RegistroDePlan.Create(PlanDePrueba("Dirección A", Calendarizacion.Mensual(1))),
                RegistroDePlan.Create(PlanDePrueba("Dirección B", Calendarizacion.Mensual(1))),
                RegistroDePlan.Create(PlanDePrueba("dirección a", Calendarizacion.Mensual(1))));
            var guardar = () => contexto.SaveChanges();
            guardar.Should().Throw<DbUpdateException>();
        }

        using var despues = Db.Nuevo();
        despues.Planes.Should().BeEmpty();
    }

    [SkippableFact]
    public void LoProgramadoEnMarzo_SeConsultaEnSql()
    {
        var datos = DatosDeEjemplo.PlanesConAvances;
        Guardar(datos.Select(RegistroDePlan.Create));
        var esperado = datos.SelectMany(d => d.Plan.Actividades).Where(a => a.Calendarizacion[3] is not null).ToList();

        using var contexto = Db.Nuevo();
        var enMarzo = contexto.Planes
            .SelectMany(p => p.Actividades)
            .Where(a => a.Marzo != null)
            .Select(a => new { a.Descripcion, a.Marzo })
            .ToList();

        enMarzo.Select(a => a.Descripcion).Should().BeEquivalentTo(esperado.Select(a => a.Descripcion));
        enMarzo.Sum(a => a.Marzo).Should().Be(esperado.Sum(a => a.Calendarizacion[3]));
    }

    [SkippableFact]
    public void LasConsultasPorNombre_ComparanComoElDominio()
    {
        Guardar(DatosDeEjemplo.PlanesConAvances.Select(RegistroDePlan.Create));

        using var contexto = Db.Nuevo();
        var plan = contexto.Planes.DelEjercicio(new EjercicioFiscal(2023)).DeLaUnidad(new UnidadResponsable("DIRECCION DE MEJORA  REGULATORIA")).Single();
        plan.UnidadResponsable.Nombre.Should().Be("Dirección de Mejora Regulatoria");
        contexto.Planes.DelEjercicio(new EjercicioFiscal(2024)).DeLaUnidad(new UnidadResponsable("Dirección de Mejora Regulatoria")).Should().BeEmpty();
        contexto.Planes.DeLaDependencia(new Dependencia("secretaria de innovacion y gobierno abierto")).Count().Should().Be(6);
        contexto.Planes.SelectMany(p => p.Actividades).DelPrograma(new ProgramaPresupuestario("MEJORA REGULATORIA")).Count()
            .Should().Be(DatosDeEjemplo.PlanesConAvances.SelectMany(d => d.Plan.Actividades).Count(a => a.Programa == new ProgramaPresupuestario("Mejora Regulatoria")));
    }

    [SkippableFact]
    public void UnaCantidadConSieteDecimales_SeRechazaAntesDeGuardar()
    {
        // The domain bounds every quantity to 6 decimals where it is created, so such a value never reaches a registro.
        var crear = () => RegistroDePlan.Create(PlanDePrueba("Dirección de Pruebas", Calendarizacion.De(marzo: 0.1234567m)));

        crear.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain("marzo").And.Contain("0.1234567").And.Contain("6 admitidos");
        using var contexto = Db.Nuevo();
        contexto.Planes.Should().BeEmpty();
    }

    [SkippableFact]
    public void UnAvanceRepetido_ElDominioLoRechazaSinCambiarNada()
    {
        var registro = RegistroDePlan.Create(PlanDePrueba("Dirección de Pruebas", Calendarizacion.Mensual(1)));
        registro.AgregarAvance(Avance.Create(1, Enero2023, 1));
        Guardar([registro]);
        using var contexto = Db.Nuevo();
        var leido = contexto.Planes.Single();
        var version = leido.Version;

        var agregar = () => leido.AgregarAvance(Avance.Create(1, Enero2023, 2));

        agregar.Should().Throw<AvancesInvalidosException>().Which.Diagnosticos.Should().ContainSingle(d => d.Codigo == "POA203");
        leido.Version.Should().Be(version);
        leido.Avances.Should().ContainSingle();
        contexto.ChangeTracker.HasChanges().Should().BeFalse();
    }

    [SkippableFact]
    public void LaBaseDeDatos_RechazaDosAvancesDeLaMismaActividadYMes()
    {
        Guardar([RegistroDePlan.Create(PlanDePrueba("Dirección de Pruebas", Calendarizacion.Mensual(1)))]);
        using var contexto = Db.Nuevo();
        var id = contexto.Planes.Select(p => p.Id).Single();
        var insertar = () => contexto.Database.ExecuteSql($"INSERT INTO poa_avances (plan_id, actividad, mes, realizado) VALUES ({id}, 1, '2023-01', 1)");

        insertar();

        insertar.Should().Throw<System.Data.Common.DbException>();
    }

    [SkippableFact]
    public void ReemplazarUnAvance_LoCorrigeYSubeLaVersion()
    {
        var registro = RegistroDePlan.Create(PlanDePrueba("Dirección de Pruebas", Calendarizacion.Mensual(1)));
        registro.AgregarAvance(Avance.Create(1, Enero2023, 1));
        Guardar([registro]);

        int versionAnterior;
        using (var contexto = Db.Nuevo())
        {
            var guardado = contexto.Planes.Single();
            versionAnterior = guardado.Version;
            guardado.ReemplazarAvance(Avance.Create(1, Enero2023, 0, "Se canceló la sesión."));
            contexto.SaveChanges();
        }

        using var despues = Db.Nuevo();
        var leido = despues.Planes.Single();
        leido.Version.Should().Be(versionAnterior + 1);
        leido.ToAvancesDelPlan().Avances.Should().Equal(Avance.Create(1, Enero2023, 0, "Se canceló la sesión."));
    }

    [SkippableFact]
    public void UnaFilaEditadaAMano_ConMetaNegativa_DaUnRegistroInvalidoQueNombraTablaFilaYColumna()
    {
        Guardar([RegistroDePlan.Create(PlanDePrueba("Dirección de Pruebas", Calendarizacion.Mensual(1)))]);
        using var contexto = Db.Nuevo();
        contexto.Database.ExecuteSql($"UPDATE poa_actividades SET meta_cantidad = -1");
        var leido = contexto.Planes.Single();

        var leer = () => leido.ToPlan();

        leer.Should().Throw<RegistroInvalidoException>()
            .Which.Message.Should().Contain("poa_actividades").And.Contain("«Dirección de Pruebas»").And.Contain("posición 0").And.Contain("meta_cantidad");
    }

    [SkippableFact]
    public void UnaBandaIlegibleEnLaBase_AlCargar_DaUnRegistroInvalidoQueNombraLaColumna()
    {
        Guardar([RegistroDePlan.Create(PlanDePrueba("Dirección de Pruebas", Calendarizacion.Mensual(1)))]);
        using var contexto = Db.Nuevo();
        contexto.Database.ExecuteSql($"UPDATE poa_actividades SET banda_verde = 'mucho'");

        var cargar = () => contexto.Planes.Single();

        cargar.Should().Throw<RegistroInvalidoException>()
            .Which.Message.Should().Contain("poa_actividades.banda_verde").And.Contain("«mucho»");
    }

    private static IEnumerable<string> Textos(IEnumerable<AvancesDelPlan> planes)
        => planes.SelectMany(d => d.Plan.Actividades.Select(a => a.Meta + " " + a.Calendarizacion).Concat(d.Avances.Select(a => a.ToString())));

    private static Plan PlanDePrueba(string unidad, Calendarizacion calendarizacion, string meta = "12 Reportes", int ejercicio = 2023)
        => new Plan.Builder(ejercicio, "Secretaría de Pruebas", unidad)
            .AgregarActividad(
                "Elaborar los reportes",
                eje: "V. Ciudad abierta",
                objetivo: "5.1 Monterrey abierto e inteligente",
                programa: "Gobierno Digital",
                meta: meta,
                calendarizacion: calendarizacion,
                mediosDeVerificacion: "Reportes firmados")
            .AgregarFirmante("Lic.", "Nombre de Prueba", "Director de Pruebas")
            .Build();
}
