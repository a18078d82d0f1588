using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using Poa.Cli.Entrada;
using Poa.Domain;

namespace Poa.Cli.Comandos;

/// <summary>
/// <c>poa reprogramar PLAN.json --actividad N --desde AAAA-MM (--calendario "…" | --meta "…") --justificacion "…" --autorizada AAAA-MM-DD</c>:
/// adds one modificación through <see cref="Plan.Reprogramar"/> and writes the plan with it (in place, or to <c>--salida</c>),
/// atomically; a refused modificación writes nothing and exits with 1.
/// </summary>
internal sealed class ComandoReprogramar : Comando
{
    private readonly Argument<string> plan = PlanEnArchivo.Argumento();

    private readonly Option<int?> actividad = new("--actividad")
    {
        Description = "El número de la actividad que se modifica.",
        HelpName = "N",
        Required = true,
    };

    private readonly Option<string> desde = new("--desde")
    {
        Description = "El primer mes que cambia (AAAA-MM); los meses anteriores quedan como estaban.",
        HelpName = "AAAA-MM",
        Required = true,
    };

    private readonly Option<string> calendario = new("--calendario")
    {
        Description = "El calendario nuevo: 12 celdas de enero a diciembre separadas por punto y coma (o por «|»), vacías antes de --desde; una celda vacía desde --desde es un mes sin programación. Números con punto decimal y sin separador de miles: \";;;;;;5;5;5;5;5;5\".",
        HelpName = "CELDAS",
    };

    private readonly Option<string> meta = new("--meta")
    {
        Description = "La meta anual nueva con su unidad de medida, como en el plan: \"90 Luminarias\", \"95% Porcentaje\".",
        HelpName = "META",
    };

    private readonly Option<string> justificacion = new("--justificacion")
    {
        Description = "Por qué se modifica la meta (obligatoria, no puede quedar en blanco).",
        HelpName = "TEXTO",
        Required = true,
    };

    private readonly Option<string> autorizada = new("--autorizada")
    {
        Description = "La fecha en que se autorizó (AAAA-MM-DD): --desde no puede ser un mes que ya estaba cerrado en esa fecha.",
        HelpName = "AAAA-MM-DD",
        Required = true,
    };

    private readonly Option<string> por = new("--por")
    {
        Description = "Quién la autorizó (opcional): \"Cabildo, sesión ordinaria 14\".",
        HelpName = "TEXTO",
    };

    private readonly Option<int?> folio = new("--folio")
    {
        Description = "El folio de la modificación; predeterminado: el siguiente del plan (1, 2, 3…).",
        HelpName = "N",
    };

    private readonly Option<int?> diasDeCierre = OpcionesDelCiclo.DiasDeCierre("Los días después del fin de mes en que el mes cierra (de 0 a 366): con 5, junio sigue abierto hasta el 5 de julio y una modificación autorizada ese día aún puede aplicar desde junio. Predeterminado: 0.");

    private readonly Option<string> salida = PlanEnArchivo.Salida("el plan con la modificación");

    private readonly Option<int?> limite = Opciones.LimiteJson();

    internal override string Nombre => "reprogramar";

    internal override string Descripcion => "Agrega una modificación de meta (reprogramación) a un plan: la meta o el calendario de una actividad desde un mes, con su justificación; los meses anteriores no cambian.";

    internal override int Orden => 6;

    internal override string Notas => """
        El plan aprobado no se sobrescribe: la modificación se agrega a «modificaciones» con su folio, y
        «poa evaluar» evalúa el plan vigente (o el aprobado con --contra aprobado). Se rechaza, sin escribir
        nada, una modificación de una actividad que no existe, con la justificación en blanco, con un folio
        fuera de orden o repetido, que cambia un mes anterior a --desde, que aplica desde un mes ya cerrado
        (al «cerradoHasta» del plan o en la fecha de autorización), o cuyo plan vigente rompe una regla (la
        calendarización debe sumar la meta anual).

        Ejemplos:
          poa reprogramar alumbrado.json --actividad 1 --desde 2024-07 --meta "90 Luminarias" --calendario ";;;;;;5;5;5;5;5;5" --justificacion "Recorte presupuestal." --autorizada 2024-07-08 --por "Cabildo"
          poa reprogramar alumbrado.json --actividad 2 --desde 2024-09 --calendario ";;;;;;;;;1;;1" --justificacion "Cambio de fechas." --autorizada 2024-08-30 --salida alumbrado-v2.json

        Códigos de salida: 0 modificación aceptada y plan escrito; 1 modificación rechazada (los
        diagnósticos en la salida de errores; no se escribe nada) o plan ilegible; 2 uso incorrecto o archivo
        que no se puede leer o escribir.
        """;

    protected override void Declarar(Command comando)
    {
        comando.Arguments.Add(plan);
        comando.Options.Add(actividad);
        comando.Options.Add(desde);
        comando.Options.Add(calendario);
        comando.Options.Add(meta);
        comando.Options.Add(justificacion);
        comando.Options.Add(autorizada);
        comando.Options.Add(por);
        comando.Options.Add(folio);
        comando.Options.Add(diasDeCierre);
        comando.Options.Add(salida);
        comando.Options.Add(limite);
    }

    protected override int Ejecutar(ParseResult resultado, Contexto contexto)
    {
        var consola = contexto.Consola;
        var archivo = resultado.GetValue(plan)!;
        var documento = PlanEnArchivo.Leer(consola, archivo, Opciones.Json(resultado, limite), "reprogramar");
        var modificacion = Modificacion.Create(
            resultado.GetValue(folio) is { } f ? Positivo(f, "--folio") : documento.Plan.SiguienteFolio,
            Positivo(resultado.GetValue(actividad)!.Value, "--actividad"),
            Opciones.LeerMes(resultado.GetValue(desde)!.Trim()) ?? throw new ErrorDeUso($"--desde «{resultado.GetValue(desde)}» no es un mes AAAA-MM (por ejemplo 2024-07)."),
            LeerMeta(resultado.GetValue(meta)),
            LeerCalendario(resultado.GetValue(calendario), resultado.GetValue(meta) is not null),
            resultado.GetValue(justificacion),
            OpcionesDelCiclo.LeerFecha(resultado.GetValue(autorizada)!.Trim()) ?? throw new ErrorDeUso($"--autorizada «{resultado.GetValue(autorizada)}» no es una fecha AAAA-MM-DD (por ejemplo 2024-07-08)."),
            resultado.GetValue(por));
        var regla = ReglaDeCierre.Create(resultado.GetValue(diasDeCierre) ?? 0, OpcionesDelCiclo.Predeterminada);
        var reprogramacion = documento.Plan.Reprogramar(modificacion, regla);
        var lineas = reprogramacion.Diagnosticos.Select(d => $"{archivo}: {d}").ToList();
        if (!reprogramacion.Aceptada)
        {
            lineas.Add($"{archivo}: la modificación con folio {N(modificacion.Folio)} de la actividad {N(modificacion.Actividad)} se rechazó; el plan no se modificó.");
            throw new ErrorDeContenido(lineas);
        }

        var destino = PlanEnArchivo.Escribir(consola, archivo, resultado.GetValue(salida), documento, reprogramacion.Plan);
        foreach (var linea in lineas)
        {
            contexto.Errores.WriteLine(linea);
        }

        var nuevo = reprogramacion.Plan;
        contexto.Salida.WriteLine($"{destino}: plan «{nuevo.UnidadResponsable.Nombre}» {nuevo.Ejercicio}: modificación con folio {N(modificacion.Folio)} de la actividad {N(modificacion.Actividad)} desde {modificacion.AplicaDesde.ToString("yyyy-MM", CultureInfo.InvariantCulture)} aceptada; {N(nuevo.Modificaciones.Count)} {(nuevo.Modificaciones.Count == 1 ? "modificación" : "modificaciones")} en total.");
        contexto.Salida.WriteLine($"Actividad {N(modificacion.Actividad)} vigente: {nuevo.ActividadVigente(modificacion.Actividad)!.Meta} · {nuevo.ActividadVigente(modificacion.Actividad)!.Calendarizacion} (aprobada: {nuevo.ActividadAprobada(modificacion.Actividad)!.Meta} · {nuevo.ActividadAprobada(modificacion.Actividad)!.Calendarizacion}).");
        return Aplicacion.Exito;
    }

    private static Meta? LeerMeta(string? texto)
    {
        if (texto is null)
        {
            return null;
        }

        try
        {
            return Meta.Parse(texto.Trim(), CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw new ErrorDeUso($"--meta «{texto}» no es una meta con su unidad de medida (por ejemplo \"90 Luminarias\"): {e.Message}");
        }
    }

    private static Calendarizacion? LeerCalendario(string? texto, bool hayMeta)
    {
        if (texto is null)
        {
            return hayMeta ? null : throw new ErrorDeUso("dé --calendario, --meta o las dos: una modificación que no cambia nada no se registra.");
        }

        try
        {
            return Calendarizacion.Parse(texto, CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw new ErrorDeUso($"--calendario «{texto}» no es un calendario de 12 celdas: {e.Message}");
        }
    }

    private static int Positivo(int valor, string opcion)
        => valor >= 1 ? valor : throw new ErrorDeUso($"{opcion} {N(valor)} no es válido: debe ser un número de 1 en adelante.");

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
