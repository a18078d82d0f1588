using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Poa.Domain;
using Poa.Domain.Internal;
using Poa.Domain.Json;

namespace Poa.Cli;

/// <summary>One avance as read from a file, before it is matched with its plan.</summary>
internal sealed record FilaDeAvance(
    string UnidadResponsable,
    int Actividad,
    int? Anio,
    int Mes,
    decimal? Realizado,
    decimal? Numerador,
    decimal? Denominador,
    string? Justificacion,
    string? Evidencia,
    string Donde,
    string DondeActividad,
    string DondeMes);

/// <summary>Reads avances from CSV or JSON and matches them with the plans; every problem is one line with file and place.</summary>
internal static class LectorDeAvances
{
    private static readonly string[] Requeridas = ["unidad_responsable", "actividad", "mes", "realizado"];
    private static readonly string[] Opcionales = ["numerador", "denominador", "justificacion", "evidencia"];

    /// <summary>Reads the file: JSON when its first character is <c>{</c> or <c>[</c>, CSV otherwise.</summary>
    internal static List<FilaDeAvance> Leer(string texto, string archivo, IReadOnlyList<Plan> planes)
    {
        var inicio = texto.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return inicio.StartsWith('{') || inicio.StartsWith('[') ? LeerJson(texto, archivo, planes) : LeerCsv(texto, archivo);
    }

    /// <summary>CSV with a header row: <c>unidad_responsable,actividad,mes,realizado</c> and optional <c>numerador,denominador,justificacion,evidencia</c>.</summary>
    internal static List<FilaDeAvance> LeerCsv(string texto, string archivo)
    {
        var registros = Csv.Leer(texto, archivo);
        var errores = new List<string>();
        var encabezado = registros[0];
        var indice = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < encabezado.Count; c++)
        {
            var nombre = encabezado[c].Texto.Trim().ToLowerInvariant();
            if (!Requeridas.Contains(nombre) && !Opcionales.Contains(nombre))
            {
                errores.Add($"{archivo}:{encabezado[c].Linea}:{encabezado[c].Columna}: columna desconocida «{encabezado[c].Texto.Trim()}»; las columnas son {string.Join(",", Requeridas)} y, opcionales, {string.Join(",", Opcionales)}.");
            }
            else if (!indice.TryAdd(nombre, c))
            {
                errores.Add($"{archivo}:{encabezado[c].Linea}:{encabezado[c].Columna}: la columna «{nombre}» aparece dos veces.");
            }
        }

        foreach (var requerida in Requeridas.Where(r => !indice.ContainsKey(r)))
        {
            errores.Add($"{archivo}:{encabezado[0].Linea}: falta la columna «{requerida}» en el encabezado; las columnas requeridas son {string.Join(",", Requeridas)}.");
        }

        if (errores.Count > 0)
        {
            throw new ErrorDeContenido(errores);
        }

        var filas = new List<FilaDeAvance>();
        foreach (var registro in registros.Skip(1))
        {
            var linea = registro[0].Linea;
            if (registro.Count != encabezado.Count)
            {
                errores.Add($"{archivo}:{linea}: la fila tiene {registro.Count} columnas y el encabezado {encabezado.Count}.");
                continue;
            }

            Celda En(string columna) => registro[indice[columna]];
            string? Opcional(string columna) => indice.TryGetValue(columna, out var i) && registro[i].Texto.Trim().Length > 0 ? registro[i].Texto.Trim() : null;
            string Donde(Celda celda) => $"{archivo}:{celda.Linea}:{celda.Columna}";

            var antes = errores.Count;
            var unidad = En("unidad_responsable");
            if (unidad.Texto.Trim().Length == 0)
            {
                errores.Add($"{Donde(unidad)}: falta la unidad responsable.");
            }

            var actividad = En("actividad");
            if (!int.TryParse(actividad.Texto.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var numero) || numero < 1)
            {
                errores.Add($"{Donde(actividad)}: el número de actividad «{actividad.Texto}» no es un entero positivo.");
            }

            var mes = En("mes");
            if (!LeerMes(mes.Texto.Trim(), out var anio, out var numeroDeMes))
            {
                errores.Add($"{Donde(mes)}: el mes «{mes.Texto}» no es AAAA-MM ni un número de 1 a 12.");
            }

            var valores = new decimal?[3];
            string[] columnas = ["realizado", "numerador", "denominador"];
            for (var k = 0; k < columnas.Length; k++)
            {
                if (!indice.TryGetValue(columnas[k], out var i))
                {
                    continue;
                }

                var valorTexto = registro[i].Texto.Trim();
                if (valorTexto.Length == 0)
                {
                    continue;
                }

                // The library's number rule: a decimal point, no thousands separator, 0 to 10^12, at most 6 decimals.
                var leido = LectorDeNumeros.Leer(valorTexto, '.', Limites.MaximaCantidad);
                if (!leido.Ok || leido.Negativo)
                {
                    errores.Add(leido.Error is ErrorDeNumero.ExcedeElMaximo or ErrorDeNumero.DemasiadosDecimales && !leido.Negativo
                        ? $"{Donde(registro[i])}: «{valorTexto}» ({columnas[k]}) {LectorDeNumeros.Explicar(leido, valorTexto, '.', Limites.MaximaCantidad)}"
                        : $"{Donde(registro[i])}: «{valorTexto}» no es un número no negativo con punto decimal ({columnas[k]}).");
                    continue;
                }

                valores[k] = leido.Valor;
            }

            if (errores.Count > antes)
            {
                continue;
            }

            filas.Add(new FilaDeAvance(
                unidad.Texto.Trim(), numero, anio, numeroDeMes, valores[0], valores[1], valores[2],
                Opcional("justificacion"), Opcional("evidencia"),
                $"{archivo}:{linea}", Donde(actividad), Donde(mes)));
        }

        return errores.Count > 0 ? throw new ErrorDeContenido(errores) : filas;
    }

    /// <summary>
    /// JSON in the library's format: one <c>poa.avances</c> document (docs/json.md), or JSON Lines of them (one per line),
    /// each matched with its plan by <c>unidadResponsable</c> (optional when there is one plan).
    /// </summary>
    internal static List<FilaDeAvance> LeerJson(string texto, string archivo, IReadOnlyList<Plan> planes)
    {
        var documentos = new List<(DocumentoDeAvances Documento, string Donde)>();
        var errores = new List<string>();
        var lineas = texto.TrimStart('\uFEFF').Split('\n');
        var esJsonLines = lineas.Count(l => l.Trim().Length > 0) > 1 && lineas.All(l => l.Trim().Length == 0 || l.TrimStart().StartsWith('{'));
        try
        {
            documentos.Add((PoaJson.DeserializeAvances(texto.TrimStart('\uFEFF')), archivo));
        }
        catch (JsonException) when (esJsonLines)
        {
            for (var i = 0; i < lineas.Length; i++)
            {
                if (lineas[i].Trim().Length == 0)
                {
                    continue;
                }

                var donde = $"{archivo}:{(i + 1).ToString(CultureInfo.InvariantCulture)}";
                try
                {
                    documentos.Add((PoaJson.DeserializeAvances(lineas[i]), donde));
                }
                catch (JsonException e)
                {
                    errores.Add($"{donde}: error: {Planes.PrimeraLinea(e.Message)}");
                }
            }
        }
        catch (JsonException e)
        {
            errores.Add($"{archivo}: error: {Planes.PrimeraLinea(e.Message)}");
        }

        var filas = new List<FilaDeAvance>();
        foreach (var (documento, donde) in documentos)
        {
            string unidad;
            if (documento.UnidadResponsable is { } u)
            {
                unidad = u.Nombre;
            }
            else if (planes.Count == 1)
            {
                unidad = planes[0].UnidadResponsable.Nombre;
            }
            else
            {
                errores.Add($"{donde}: $.unidadResponsable: falta; con varios planes, cada documento de avances debe nombrar su unidad responsable.");
                continue;
            }

            for (var i = 0; i < documento.Avances.Count; i++)
            {
                var a = documento.Avances[i];
                var ruta = $"{donde}: $.avances[{i.ToString(CultureInfo.InvariantCulture)}]";
                filas.Add(new FilaDeAvance(
                    unidad, a.Actividad, a.Mes.Year, a.Mes.Month, a.TieneVariables ? null : a.Realizado, a.Numerador, a.Denominador,
                    a.Justificacion, a.Evidencia, ruta, ruta + ".actividad", ruta + ".mes"));
            }
        }

        return errores.Count > 0 ? throw new ErrorDeContenido(errores) : filas;
    }

    /// <summary>Matches the rows with their plans and builds the validated avances of every plan (plans without rows get none).</summary>
    internal static List<AvancesDelPlan> Asignar(IReadOnlyList<Plan> planes, IReadOnlyList<FilaDeAvance> filas, string archivo, ISet<string>? omitidas = null)
    {
        var porUnidad = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < planes.Count; p++)
        {
            var clave = Clave(planes[p].UnidadResponsable.Nombre);
            if (!porUnidad.TryGetValue(clave, out var lista))
            {
                porUnidad[clave] = lista = [];
            }

            lista.Add(p);
        }

        var errores = new List<string>();
        var avances = planes.Select(_ => new List<(Avance Avance, FilaDeAvance Fila)>()).ToArray();
        foreach (var fila in filas)
        {
            if (!porUnidad.TryGetValue(Clave(fila.UnidadResponsable), out var indices))
            {
                if (omitidas is not null)
                {
                    omitidas.Add(fila.UnidadResponsable);
                    continue;
                }

                errores.Add($"{fila.Donde}: la unidad responsable «{fila.UnidadResponsable}» no es de ninguno de los planes (use --omitir-otras-unidades para omitir sus avances).");
                continue;
            }

            if (indices.Count > 1)
            {
                errores.Add($"{fila.Donde}: hay {indices.Count} planes de la unidad responsable «{fila.UnidadResponsable}»; evalúelos por separado.");
                continue;
            }

            var plan = planes[indices[0]];
            var actividad = plan.BuscarActividad(fila.Actividad);
            if (actividad is null)
            {
                errores.Add($"{fila.DondeActividad}: el plan «{plan.UnidadResponsable.Nombre}» no tiene la actividad {fila.Actividad} (tiene {plan.Actividades.Count}).");
                continue;
            }

            if (fila.Anio is { } anio && anio != plan.Ejercicio.Anio)
            {
                errores.Add($"{fila.DondeMes}: el mes {anio:D4}-{fila.Mes:D2} está fuera del ejercicio {plan.Ejercicio} del plan «{plan.UnidadResponsable.Nombre}».");
                continue;
            }

            var mes = plan.Ejercicio.Mes(fila.Mes);
            try
            {
                Avance avance;
                if (fila.Numerador is not null || fila.Denominador is not null)
                {
                    if (fila.Numerador is not { } n || fila.Denominador is not { } d)
                    {
                        errores.Add($"{fila.Donde}: el avance trae {(fila.Numerador is null ? "denominador sin numerador" : "numerador sin denominador")}; dé los dos o ninguno.");
                        continue;
                    }

                    avance = Avance.ConVariables(fila.Actividad, mes, n, d, fila.Justificacion, fila.Evidencia);
                    if (fila.Realizado is { } r && Math.Abs(r - avance.Realizado) >= 0.005m)
                    {
                        errores.Add($"{fila.Donde}: el realizado {Formato.Numero(r)} no coincide con numerador / denominador = {Formato.Numero(Math.Round(avance.Realizado, 2, MidpointRounding.AwayFromZero))}%; deje vacío el realizado o corríjalo.");
                        continue;
                    }
                }
                else if (fila.Realizado is { } r)
                {
                    avance = Avance.Create(fila.Actividad, mes, r, fila.Justificacion, fila.Evidencia);
                }
                else
                {
                    errores.Add($"{fila.Donde}: falta el realizado (o, para una meta de porcentaje, numerador y denominador).");
                    continue;
                }

                avances[indices[0]].Add((avance, fila));
            }
            catch (ArgumentException e)
            {
                errores.Add($"{fila.Donde}: {PrimeraLinea(e.Message)}");
            }
        }

        var result = new List<AvancesDelPlan>(planes.Count);
        for (var p = 0; p < planes.Count; p++)
        {
            if (AvancesDelPlan.TryCreate(planes[p], avances[p].Select(a => a.Avance), out var delPlan, out var diagnosticos))
            {
                result.Add(delPlan);
                continue;
            }

            foreach (var diagnostico in diagnosticos)
            {
                var donde = archivo;
                var propiedad = diagnostico.Ubicacion.Propiedad;
                if (propiedad is not null && propiedad.StartsWith("avances[", StringComparison.Ordinal)
                    && int.TryParse(propiedad.AsSpan(8, propiedad.Length - 9), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                    && i < avances[p].Count)
                {
                    donde = avances[p][i].Fila.Donde;
                }

                errores.Add($"{donde}: error {diagnostico.Codigo}: {diagnostico.Mensaje}");
            }
        }

        return errores.Count > 0 ? throw new ErrorDeContenido(errores) : result;
    }

    /// <summary><c>AAAA-MM</c> or <c>1</c>..<c>12</c>.</summary>
    internal static bool LeerMes(string texto, out int? anio, out int mes)
    {
        anio = null;
        if (int.TryParse(texto, NumberStyles.None, CultureInfo.InvariantCulture, out mes))
        {
            return mes is >= 1 and <= 12;
        }

        if (texto.Length == 7 && texto[4] == '-'
            && int.TryParse(texto.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            && int.TryParse(texto.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out mes)
            && a is >= EjercicioFiscal.AnioMinimo and <= EjercicioFiscal.AnioMaximo && mes is >= 1 and <= 12)
        {
            anio = a;
            return true;
        }

        mes = 0;
        return false;
    }

    private static string Clave(string unidad) => string.Join(' ', unidad.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string PrimeraLinea(string mensaje) => mensaje.Split('\n')[0].Split(" (Parameter", 2)[0].Trim();
}
