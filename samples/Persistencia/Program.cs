using Microsoft.EntityFrameworkCore;
using Persistencia;
using Poa.Domain;
using Poa.Domain.EntityFrameworkCore;
using Poa.Domain.Json;

// dotnet run -- sqlite [archivo.db]   |   dotnet run -- postgres "Host=127.0.0.1;Port=5432;Username=postgres;Database=poa"
var proveedor = args.Length > 0 ? args[0] : "sqlite";
using ContextoPoa db = proveedor switch
{
    "sqlite" => ContextoSqlite.Crear("Data Source=" + (args.Length > 1 ? args[1] : "poa-ejemplo.db")),
    "postgres" => ContextoPostgreSql.Crear(args.Length > 1 ? args[1] : Environment.GetEnvironmentVariable("POA_PG")
        ?? throw new ArgumentException("Falta la cadena de conexión de PostgreSQL (argumento o POA_PG).")),
    _ => throw new ArgumentException($"Proveedor desconocido «{proveedor}»: use sqlite o postgres."),
};

// The schema comes from the migrations of this provider (Migraciones/Sqlite or Migraciones/PostgreSql).
db.Database.Migrate();

// 1. Save the seed's six plans with their avances, once: one record per plan, one SaveChanges (one transaction).
var ejercicio = new EjercicioFiscal(2023);
if (!db.Planes.DelEjercicio(ejercicio).Any())
{
    db.Planes.AddRange(DatosDeEjemplo.Leer().Select(RegistroDePlan.Create));
    db.SaveChanges();

    // A reprogramación, through the domain (Plan.Reprogramar decides; a refused one changes nothing): the first activity
    // of eje V that programs something in March moves it to April, authorised on 1 March; then the first quarter closes.
    var registro = db.Planes.DelEjercicio(ejercicio).AsEnumerable()
        .First(p => p.Actividades.Any(a => a.NumeroDeEje == 5 && a.Marzo > 0m && a.Acumulacion == TipoDeAcumulacion.Suma));
    var actividad = registro.ToPlan().Actividades.First(a => a.Alineacion.Eje.Numero == 5 && a.Calendarizacion[3] > 0m && a.Acumulacion == TipoDeAcumulacion.Suma);
    var celdas = new decimal?[12];
    for (var mes = 3; mes <= 12; mes++)
    {
        celdas[mes - 1] = actividad.Calendarizacion[mes];
    }

    celdas[3] = (celdas[3] ?? 0m) + celdas[2];
    celdas[2] = 0m;
    var resultado = registro.Reprogramar(Modificacion.Create(
        registro.ToPlan().SiguienteFolio, actividad.Numero, ejercicio.Mes(3), null, Calendarizacion.Create(celdas),
        "Lo de marzo se hará en abril.", new NodaTime.LocalDate(2023, 3, 1), "Dirección de Planeación"));
    if (!resultado.Aceptada)
    {
        Console.Error.WriteLine("La modificación fue rechazada: " + string.Join(" ", resultado.Diagnosticos));
        return 1;
    }

    registro.CerrarHasta(ejercicio.Mes(3));
    db.SaveChanges();
}

var planes = db.Planes.DelEjercicio(ejercicio).AsNoTracking().OrderBy(p => p.Id).ToList();
Console.WriteLine($"{planes.Count} planes de {ejercicio}, {planes.Sum(p => p.Actividades.Count)} actividades, {planes.Sum(p => p.Avances.Count)} avances ({proveedor})");

// What is programmed in March: the approved calendar (marzo) and the vigente one (marzo_vigente, modificaciones applied).
var marzo = db.Planes.AsNoTracking().DelEjercicio(ejercicio)
    .SelectMany(p => p.Actividades)
    .Where(a => a.Marzo != null || a.MarzoVigente != null)
    .Select(a => new { Aprobado = a.Marzo, Vigente = a.MarzoVigente })
    .ToList();
Console.WriteLine(string.Create(
    System.Globalization.CultureInfo.InvariantCulture,
    $"Programado en marzo: {marzo.Sum(a => a.Aprobado ?? 0m):0.######} aprobado, {marzo.Sum(a => a.Vigente ?? 0m):0.######} vigente; {marzo.Count(a => a.Aprobado != a.Vigente)} actividad(es) reprogramada(s)"));

// 2. Every rojo activity of eje V at the corte of June 2023, by loading and evaluating in memory.
const int eje = 5;
const int mesDeCorte = 6;
var corte = Corte.De(ejercicio, mesDeCorte);
var evaluadas = planes
    .SelectMany(p => EvaluadorDeSemaforo.Predeterminado.Evaluar(p.ToAvancesDelPlan(), corte).Resultados.Select(r => (p.UnidadResponsable, Resultado: r)))
    .Where(x => x.Resultado.Actividad.Alineacion.Eje.Numero == eje && x.Resultado.Color == Color.Rojo)
    .ToList();
Console.WriteLine($"En rojo en el eje V al corte {corte}, evaluando en memoria: {evaluadas.Count}");
foreach (var (unidad, r) in evaluadas)
{
    Console.WriteLine($"  {unidad} · {r.Actividad.Numero}. {r.Actividad.Descripcion}: {r.CumplimientoRedondeado}% ({r.Realizado} de {r.Programado})");
}

// 3. The same with the database doing the work where it can (acumulable, ascendente, the seed's bands), and the rest in memory.
var consulta = SemaforoEnSql.RojasDecididasEnSql(db.Planes, ejercicio, mesDeCorte, eje);
var enSql = consulta.ToList();
var enMemoria = SemaforoEnSql.SinDecidirEnSql(db.Planes, ejercicio, eje).AsNoTracking().AsEnumerable()
    .SelectMany(p => EvaluadorDeSemaforo.Predeterminado.Evaluar(p.ToAvancesDelPlan(), corte).Resultados.Select(r => (p.UnidadResponsable, Resultado: r)))
    .Where(x => x.Resultado.Actividad.Alineacion.Eje.Numero == eje && !SemaforoEnSql.SeDecideEnSql(x.Resultado.Actividad) && x.Resultado.Color == Color.Rojo)
    .ToList();
Console.WriteLine($"Con filtro en SQL: {enSql.Count} decididas por la base de datos y {enMemoria.Count} en memoria");
foreach (var a in enSql)
{
    Console.WriteLine($"  {a.UnidadResponsable} · {a.Numero}. {a.Descripcion}: {a.Realizado} de {a.Programado} (SQL)");
}

Console.WriteLine();
Console.WriteLine(consulta.ToQueryString());
Console.WriteLine();

var porEvaluacion = evaluadas.Select(x => (x.UnidadResponsable.Nombre, x.Resultado.Actividad.Numero)).OrderBy(x => x).ToList();
var porSql = enSql.Select(a => (a.UnidadResponsable.Nombre, a.Numero))
    .Concat(enMemoria.Select(x => (x.UnidadResponsable.Nombre, x.Resultado.Actividad.Numero)))
    .OrderBy(x => x)
    .ToList();
if (!porEvaluacion.SequenceEqual(porSql))
{
    Console.Error.WriteLine("Las dos consultas no coinciden.");
    return 1;
}

Console.WriteLine($"Las dos consultas coinciden: {porEvaluacion.Count} actividades en rojo.");
return 0;

/// <summary>The sample data of the poa tool: the six plans of 2023 and made-up avances of every plan.</summary>
internal static class DatosDeEjemplo
{
    internal static IEnumerable<AvancesDelPlan> Leer()
    {
        var carpeta = Path.Combine(AppContext.BaseDirectory, "Datos");
        var avances = File.ReadAllLines(Path.Combine(carpeta, "avances-2023.jsonl")).Where(l => l.Length > 0).ToList();
        foreach (var archivo in Directory.GetFiles(Path.Combine(carpeta, "planes-2023"), "*.json").Order(StringComparer.Ordinal))
        {
            var plan = PoaJson.DeserializePlan(File.ReadAllText(archivo));
            var linea = avances.SingleOrDefault(l => PoaJson.DeserializeAvances(l).UnidadResponsable == plan.UnidadResponsable);
            yield return linea is null ? AvancesDelPlan.SinAvances(plan) : PoaJson.DeserializeAvances(linea, plan);
        }
    }
}
