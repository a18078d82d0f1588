using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Poa.Cli.Entrada;
using Poa.Cli.Salida;
using Poa.Domain;
using Poa.Domain.Excel;

namespace Poa.Cli.Comandos;

/// <summary><c>poa plantilla --dependencia … --unidad … --ejercicio 2025</c>: an empty POA workbook for an office to fill in.</summary>
internal sealed class ComandoPlantilla : Comando
{
    private readonly Option<string> dependencia = new("--dependencia")
    {
        Description = "La dependencia (secretaría) del POA.",
        HelpName = "NOMBRE",
        Required = true,
    };

    private readonly Option<string> unidad = new("--unidad")
    {
        Description = "La unidad responsable (dirección) del POA.",
        HelpName = "NOMBRE",
        Required = true,
    };

    private readonly Option<EjercicioFiscal?> ejercicio = new("--ejercicio")
    {
        Description = "El ejercicio fiscal (año) del POA.",
        HelpName = "AAAA",
        Required = true,
        CustomParser = resultado =>
        {
            var texto = resultado.Tokens.Count == 0 ? string.Empty : resultado.Tokens[^1].Value;
            if (texto.Length == 4 && int.TryParse(texto, NumberStyles.None, CultureInfo.InvariantCulture, out var anio)
                && anio is >= EjercicioFiscal.AnioMinimo and <= EjercicioFiscal.AnioMaximo)
            {
                return new EjercicioFiscal(anio);
            }

            resultado.AddError($"--ejercicio «{texto}» no es un año de {EjercicioFiscal.AnioMinimo.ToString(CultureInfo.InvariantCulture)} a {EjercicioFiscal.AnioMaximo.ToString(CultureInfo.InvariantCulture)} (por ejemplo 2025).");
            return null;
        },
    };

    private readonly Option<string> salida = new("--salida")
    {
        Description = "El libro que se escribe (.xlsx). Predeterminado: <unidad-responsable>-<año>.xlsx en la carpeta actual.",
        HelpName = "ARCHIVO",
    };

    private readonly Option<string[]> alineaciones = new("--alineaciones")
    {
        Description = "Planes en JSON (por ejemplo, los del año anterior) cuyos ejes rectores y objetivos estratégicos forman las listas de la plantilla: archivos .json, .jsonl, carpetas o patrones. Sin esta opción, esas columnas quedan libres.",
        HelpName = "PLAN",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<bool> sobrescribir = Opciones.Bandera("--sobrescribir", "Reemplaza el libro si ya existe; sin esta opción, un libro existente (quizá ya llenado) detiene el comando (código 1) y no se escribe nada.");

    private readonly Option<int?> limite = Opciones.LimiteJson();

    internal override string Nombre => "plantilla";

    internal override string Descripcion => "Escribe una plantilla de POA en Excel, vacía, para que una unidad responsable la llene: título, encabezados y listas para elegir eje, objetivo, tipo de acumulación y frecuencia.";

    internal override int Orden => 5;

    internal override string Notas => """
        La plantilla tiene la forma que lee «poa importar»: el bloque de título, dos filas de encabezado
        combinadas y las columnas opcionales (tipo de acumulación, frecuencia, línea base, peso). Las
        listas están en la hoja «Catálogos», que «poa importar» omite (POA147, información).

        Ejemplos:
          poa plantilla --dependencia "Secretaría de Obras Públicas" --unidad "Dirección de Alumbrado" --ejercicio 2025
          poa plantilla --dependencia "Secretaría de Obras Públicas" --unidad "Dirección de Alumbrado" --ejercicio 2025 --alineaciones planes-2024/ --salida alumbrado.xlsx

        Códigos de salida: 0 éxito; 1 el libro ya existe (sin --sobrescribir) o los planes de --alineaciones
        tienen errores; 2 uso incorrecto, o un archivo que no se puede leer o escribir.
        """;

    protected override void Declarar(Command comando)
    {
        comando.Options.Add(dependencia);
        comando.Options.Add(unidad);
        comando.Options.Add(ejercicio);
        comando.Options.Add(salida);
        comando.Options.Add(alineaciones);
        comando.Options.Add(sobrescribir);
        comando.Options.Add(limite);
    }

    protected override int Ejecutar(ParseResult resultado, Contexto contexto)
    {
        var consola = contexto.Consola;
        var anio = resultado.GetValue(ejercicio)!.Value;
        Plan vacio;
        try
        {
            vacio = new Plan.Builder(anio.Anio, Texto(resultado.GetValue(dependencia), "--dependencia"), Texto(resultado.GetValue(unidad), "--unidad")).Build();
        }
        catch (ArgumentException e)
        {
            throw new ErrorDeUso(Planes.PrimeraLinea(e.Message));
        }

        var nombreDeDependencia = vacio.Dependencia.Nombre;
        var nombreDeUnidad = vacio.UnidadResponsable.Nombre;
        var archivo = resultado.GetValue(salida) ?? Planes.NombreDeArchivo(vacio) + ".xlsx";
        var reemplazar = resultado.GetValue(sobrescribir);
        ArchivoDeSalida.VerificarDestino(consola, archivo, reemplazar);

        var conocidas = resultado.GetValue(alineaciones) is { Length: > 0 } origenes
            ? Planes.LeerTodos(contexto, Archivos.Expandir(consola, origenes, Planes.Extensiones), Opciones.Json(resultado, limite))
                .SelectMany(p => p.Plan.Actividades.Select(a => a.Alineacion))
                .ToList()
            : [];
        ArchivoDeSalida.Guardar(consola, archivo, flujo => LibroDePoa.EscribirPlantillaAsync(flujo, nombreDeDependencia, nombreDeUnidad, anio, conocidas).GetAwaiter().GetResult(), reemplazar);
        var ejes = conocidas.Select(a => a.Eje).Distinct().Count();
        var objetivos = conocidas.Select(a => a.Objetivo).Distinct().Count();
        contexto.Salida.WriteLine($"{archivo}: plantilla del POA {anio} de «{nombreDeUnidad}» ({nombreDeDependencia})"
            + (conocidas.Count == 0 ? "." : $", con {ComandoValidar.Contar(ejes, "eje rector", "ejes rectores")} y {ComandoValidar.Contar(objetivos, "objetivo estratégico", "objetivos estratégicos")} para elegir."));
        return Aplicacion.Exito;
    }

    /// <summary>The name given, trimmed; a blank one is a usage error.</summary>
    private static string Texto(string? valor, string opcion)
        => string.IsNullOrWhiteSpace(valor) ? throw new ErrorDeUso($"{opcion} no puede estar vacío.") : valor.Trim();
}
