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

    private readonly Option<Corte?> corte = Opciones.Corte("El mes de corte: cuentan los meses de enero a ese mes. Debe estar en el ejercicio de cada plan.", requerida: true);

    private readonly OpcionDeValores<IEscritorDeEvaluacion> formato = Escritores.Opcion();

    /// <summary>The extensions of avances files taken from a folder.</summary>
    internal static readonly string[] ExtensionesDeAvances = [".csv", ".tsv", ".txt", ".json", ".jsonl"];

    internal override string Nombre => "evaluar";

    internal override string Descripcion => "Calcula el semáforo de cada actividad al corte y los resúmenes por unidad responsable, dependencia, programa presupuestario, eje rector y objetivo estratégico.";

    internal override int Orden => 3;

    internal override string Notas => """
        Avances en CSV: un encabezado con unidad_responsable,actividad,mes,realizado y, opcionales,
        numerador,denominador,justificacion,evidencia (en cualquier orden). mes es AAAA-MM o 1..12; números
        sin separador de miles, con punto decimal (coma decimal si el archivo se separa con punto y coma);
        para una meta de porcentaje, realizado es el porcentaje (90 = 90 %) y puede quedar vacío si hay
        numerador y denominador. La unidad responsable se compara sin importar mayúsculas ni acentos.

        Ejemplos:
          poa evaluar planes/ --avances avances.csv --corte 2023-06
          poa evaluar planes/*.json --avances enero.csv febrero.csv --corte 2023-02 --formato json

        Códigos de salida: 0 éxito; 1 planes o avances con errores (cada uno en la salida de errores, con
        archivo, línea y columna); 2 uso incorrecto, corte fuera del ejercicio o archivo ilegible.
        """;

    protected override void Declarar(Command comando)
    {
        comando.Arguments.Add(entrada.Planes);
        comando.Options.Add(entrada.Avances);
        comando.Options.Add(corte);
        comando.Options.Add(formato.Opcion);
        comando.Options.Add(entrada.OmitirOtrasUnidades);
        comando.Options.Add(entrada.LimiteJson);
    }

    protected override int Ejecutar(ParseResult resultado, Contexto contexto)
    {
        var alCorte = resultado.GetValue(corte)!.Value;
        var leidosDeAvances = entrada.Leer(resultado, contexto, alCorte);
        var evaluacion = new Evaluacion(EvaluadorDeSemaforo.Predeterminado, leidosDeAvances, alCorte);
        formato.Leer(resultado).Escribir(evaluacion, contexto);
        return Aplicacion.Exito;
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

    /// <summary>The corte must be a month of every plan's ejercicio (exit code 2 otherwise).</summary>
    internal static void VerificarCorte(IEnumerable<PlanLeido> planes, Corte corte)
    {
        foreach (var (plan, archivo) in planes)
        {
            if (!plan.Ejercicio.Contiene(corte.Mes))
            {
                var anio = plan.Ejercicio.Anio.ToString(CultureInfo.InvariantCulture);
                throw new ErrorDeUso($"el corte {corte} está fuera del ejercicio {plan.Ejercicio} del plan «{plan.UnidadResponsable.Nombre}» ({archivo}); use un mes de {anio}-01 a {anio}-12.");
            }
        }
    }
}
