using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using Poa.Cli.Entrada;
using Poa.Cli.Salida;
using Poa.Domain;
using Poa.Domain.Importacion;
using Poa.Domain.Json;

namespace Poa.Cli.Comandos;

/// <summary><c>poa evaluar PLAN... --avances AVANCES... --corte AAAA-MM</c>: the semáforo of every activity and the roll-ups.</summary>
internal sealed class ComandoEvaluar : Comando
{
    private readonly EntradaDeEvaluacion entrada = new();

    private readonly Option<Corte?> corte = Opciones.Corte("El mes de corte: cuentan los meses de enero a ese mes. Debe estar en el ejercicio de cada plan. Se requiere --corte o --fecha.", requerida: false);

    private readonly Option<FechaDada?> fecha = OpcionesDelCiclo.Fecha();

    private readonly Option<int?> diasDeCierre = OpcionesDelCiclo.DiasDeCierre("Los días después del fin de mes en que el mes cierra y su avance vence (de 0 a 366): con 5, enero cierra el 5 de febrero y un avance de enero reportado el 6 es extemporáneo. Predeterminado: 0, el mes cierra cuando termina. Solo con --fecha.");

    private readonly Option<NodaTime.DateTimeZone?> zona = OpcionesDelCiclo.Zona($"La zona horaria (IANA) en la que «--fecha hoy» es una fecha; se nombra en la regla de cierre. Predeterminado: {OpcionesDelCiclo.ZonaPredeterminada}. Solo con --fecha.");

    private readonly OpcionDeValores<VistaDelPlan> contra = OpcionesDelCiclo.Contra();

    private readonly Option<bool> estricto = Opciones.Bandera("--estricto", "Termina con código 1 si a una actividad en amarillo o rojo (o sobre el límite de sobrecumplimiento) le falta la justificación en su último avance; los diagnósticos del ciclo (POA250–POA252) se escriben en la salida de errores.");

    private readonly OpcionDeValores<IEscritorDeEvaluacion> formato = Escritores.Opcion();

    private readonly ArchivoDeSalida archivoDeSalida = new();

    /// <summary>The extensions of avances files taken from a folder.</summary>
    internal static readonly string[] ExtensionesDeAvances = [".csv", ".tsv", ".txt", ".json", ".jsonl"];

    internal override string Nombre => "evaluar";

    internal override string Descripcion => "Calcula el semáforo de cada actividad al corte y los resúmenes por unidad responsable, dependencia, programa presupuestario, eje rector y objetivo estratégico.";

    internal override int Orden => 3;

    internal override string Notas => """
        Avances en CSV: un encabezado con unidad_responsable,actividad,mes,realizado y, opcionales,
        numerador,denominador,justificacion,evidencia,fecha_de_reporte (en cualquier orden). mes es AAAA-MM o
        1..12; fecha_de_reporte es AAAA-MM-DD; números sin separador de miles, con punto decimal (coma decimal
        si el archivo se separa con punto y coma); para una meta de porcentaje, realizado es el porcentaje
        (90 = 90 %) y puede quedar vacío si hay numerador y denominador. La unidad responsable se compara sin
        importar mayúsculas ni acentos.

        Ejemplos:
          poa evaluar planes/ --avances avances.csv --corte 2023-06
          poa evaluar planes/*.json --avances enero.csv febrero.csv --corte 2023-02 --formato json
          poa evaluar planes/ --avances avances.csv --fecha 2024-07-06 --dias-de-cierre 5
          poa evaluar planes/ --avances avances.csv --corte 2024-09 --contra aprobado
          poa evaluar planes/ --avances avances.csv --corte 2023-06 --formato xlsx --salida resultados.xlsx

        Códigos de salida: 0 éxito; 1 planes o avances con errores (cada uno en la salida de errores, con
        archivo, línea y columna), con --estricto justificaciones faltantes, o un archivo de --salida que ya
        existe (sin --sobrescribir); 2 uso incorrecto (también --formato xlsx sin --salida), corte fuera del
        ejercicio o archivo ilegible.
        """;

    protected override void Declarar(Command comando)
    {
        comando.Arguments.Add(entrada.Planes);
        comando.Options.Add(entrada.Avances);
        comando.Options.Add(corte);
        comando.Options.Add(fecha);
        comando.Options.Add(diasDeCierre);
        comando.Options.Add(zona);
        comando.Options.Add(contra.Opcion);
        comando.Options.Add(formato.Opcion);
        archivoDeSalida.Declarar(comando);
        comando.Options.Add(entrada.OmitirOtrasUnidades);
        comando.Options.Add(estricto);
        comando.Options.Add(entrada.LimiteJson);
    }

    protected override int Ejecutar(ParseResult resultado, Contexto contexto)
    {
        var escritor = formato.Leer(resultado);
        archivoDeSalida.Verificar(escritor, resultado, contexto);
        var (alCorte, dia, regla) = Cuando(resultado);
        var leidosDeAvances = entrada.Leer(resultado, contexto, alCorte, dia);
        var vista = contra.Leer(resultado);
        var evaluador = vista == VistaDelPlan.Vigente ? EvaluadorDeSemaforo.Predeterminado : new EvaluadorDeSemaforo(new OpcionesDeEvaluacion { Vista = vista });
        var evaluacion = dia is { } d
            ? new Evaluacion(evaluador, leidosDeAvances, d, regla!)
            : new Evaluacion(evaluador, leidosDeAvances, alCorte);
        archivoDeSalida.Escribir(escritor, evaluacion, resultado, contexto);
        return resultado.GetValue(estricto) ? Estricto(evaluacion, contexto) : Aplicacion.Exito;
    }

    /// <summary>
    /// The corte, and the date and closing rule when <c>--fecha</c> was given (then the corte is the last month closed on
    /// that date). Exactly one of <c>--corte</c> and <c>--fecha</c>; the rule's options only with <c>--fecha</c>.
    /// </summary>
    private (Corte Corte, NodaTime.LocalDate? Fecha, ReglaDeCierre? Regla) Cuando(ParseResult resultado)
    {
        var alCorte = resultado.GetValue(corte);
        var dada = resultado.GetValue(fecha);
        if (dada is null)
        {
            var sinFecha = resultado.GetResult(diasDeCierre) is not null ? "--dias-de-cierre" : resultado.GetResult(zona) is not null ? "--zona" : null;
            if (sinFecha is not null)
            {
                throw new ErrorDeUso($"{sinFecha} solo se usa con --fecha: la regla de cierre dice qué meses han cerrado en esa fecha.");
            }

            return alCorte is { } c ? (c, null, null) : throw new ErrorDeUso("falta --corte AAAA-MM (el mes de corte) o --fecha AAAA-MM-DD (la fecha, que da el corte y los reportes vencidos).");
        }

        if (alCorte is not null)
        {
            throw new ErrorDeUso("dé --corte o --fecha, no las dos: con --fecha el corte es el último mes cerrado en esa fecha.");
        }

        var enZona = resultado.GetValue(zona) ?? OpcionesDelCiclo.Predeterminada;
        var regla = ReglaDeCierre.Create(resultado.GetValue(diasDeCierre) ?? 0, enZona);
        var dia = dada.Value.Resolver(enZona);
        return (Corte.Desde(dia, regla), dia, regla);
    }

    /// <summary>
    /// <c>--estricto</c>: the cycle's diagnostics of every plan (missing justificaciones, and with a date vencidos and
    /// extemporáneos) on standard error; exit code 1 when a justificación is missing.
    /// </summary>
    private static int Estricto(Evaluacion evaluacion, Contexto contexto)
    {
        var faltan = 0;
        foreach (var plan in evaluacion.Planes)
        {
            foreach (var diagnostico in plan.Diagnosticos)
            {
                contexto.Errores.WriteLine(diagnostico.ToString());
                faltan += diagnostico.Descriptor == CatalogoDeDiagnosticos.JustificacionFaltante ? 1 : 0;
            }
        }

        if (faltan == 0)
        {
            return Aplicacion.Exito;
        }

        contexto.Errores.WriteLine($"poa evaluar: {faltan} {(faltan == 1 ? "actividad necesita" : "actividades necesitan")} justificación (--estricto).");
        return Aplicacion.ErroresEnLaEntrada;
    }

    /// <summary>Reads every avances file against the plans; prints the diagnostics; any error stops with exit code 1.</summary>
    internal static IReadOnlyList<AvancesDelPlan> LeerAvances(Contexto contexto, IReadOnlyList<Plan> planes, IReadOnlyList<string> archivos, OpcionesDeImportacionDeAvances opciones)
    {
        var importador = new ImportadorDeAvances(planes, opciones);
        var contenidos = Archivos.LeerTextos(contexto.Consola, archivos);
        for (var i = 0; i < archivos.Count; i++)
        {
            importador.Agregar(contenidos[i], archivos[i]);
            contenidos[i] = [];
        }

        var resultado = importador.Resultado();
        if (resultado.TieneErrores)
        {
            throw new ErrorDeContenido(resultado.Diagnosticos.Select(ComoLoEscribeElUsuario).ToList());
        }

        foreach (var diagnostico in resultado.Diagnosticos)
        {
            contexto.Errores.WriteLine(ComoLoEscribeElUsuario(diagnostico));
        }

        return resultado.Avances;
    }

    /// <summary>The library names its JSON limit as the .NET option; the tool says the flag that raises it.</summary>
    private static string ComoLoEscribeElUsuario(Diagnostico diagnostico)
        => diagnostico.ToString().Replace("PoaJsonOpciones.TamanoMaximo", "--limite-json", System.StringComparison.Ordinal);

    /// <summary>
    /// The corte must be a month of every plan's ejercicio (exit code 2 otherwise). With a date, a corte after the ejercicio
    /// is allowed (the whole year counts, and its reportes are still chased); one before it is not (nothing has closed yet).
    /// </summary>
    internal static void VerificarCorte(IEnumerable<PlanLeido> planes, Corte corte, NodaTime.LocalDate? fecha = null)
    {
        foreach (var (plan, archivo) in planes)
        {
            if (fecha is { } dia && corte.Mes.Year >= plan.Ejercicio.Anio)
            {
                continue;
            }

            if (fecha is { } antes)
            {
                throw new ErrorDeUso($"el {Evaluacion.FormatoDeFecha(antes)} aún no ha cerrado ningún mes del ejercicio {plan.Ejercicio} del plan «{plan.UnidadResponsable.Nombre}» ({archivo}): el último mes cerrado es {corte}.");
            }

            if (!plan.Ejercicio.Contiene(corte.Mes))
            {
                var anio = plan.Ejercicio.Anio.ToString(CultureInfo.InvariantCulture);
                throw new ErrorDeUso($"el corte {corte} está fuera del ejercicio {plan.Ejercicio} del plan «{plan.UnidadResponsable.Nombre}» ({archivo}); use un mes de {anio}-01 a {anio}-12.");
            }
        }
    }
}
