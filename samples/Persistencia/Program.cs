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
}

var planes = db.Planes.DelEjercicio(ejercicio).AsNoTracking().OrderBy(p => p.Id).ToList();
Console.WriteLine($"{planes.Count} planes de {ejercicio}, {planes.Sum(p => p.Actividades.Count)} actividades, {planes.Sum(p => p.Avances.Count)} avances ({proveedor})");

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
