using System;
using System.Collections.Generic;
using System.Globalization;

namespace Poa.Domain.Testing.Internal;

/// <summary>One value that differs between two objects: where, what was expected, what there is.</summary>
internal readonly record struct Diferencia(string Ruta, string Esperado, string Real)
{
    public override string ToString() => $"{Ruta}: se esperaba {Esperado}, pero es {Real}";
}

/// <summary>
/// Lists, property by property, where two plans or activities differ (every value their <c>Equals</c> compares, the
/// metas' tipo, frecuencia, línea base and peso, the plan's modificaciones and cerradoHasta too), with the paths the library uses in
/// its diagnostics and JSON (<c>actividades[1].calendarizacion.mes03</c>). Leaves are compared with the model's
/// own <c>Equals</c>, so "no difference" means exactly what <see cref="Plan.Equals(Plan)"/> means.
/// </summary>
internal static class Diferencias
{
    private const string NoExiste = "(no existe)";

    internal static List<Diferencia> DePlanes(Plan esperado, Plan real)
    {
        var lista = new List<Diferencia>();
        Comparar(lista, "ejercicio", esperado.Ejercicio, real.Ejercicio);
        Comparar(lista, "dependencia", esperado.Dependencia, real.Dependencia);
        Comparar(lista, "unidadResponsable", esperado.UnidadResponsable, real.UnidadResponsable);

        var n = Math.Max(esperado.Actividades.Count, real.Actividades.Count);
        for (var i = 0; i < n; i++)
        {
            var ruta = "actividades[" + I(i) + "]";
            var e = i < esperado.Actividades.Count ? esperado.Actividades[i] : null;
            var r = i < real.Actividades.Count ? real.Actividades[i] : null;
            if (e is null || r is null)
            {
                lista.Add(new Diferencia(ruta, e is null ? NoExiste : Mensajes.Citar(e), r is null ? NoExiste : Mensajes.Citar(r)));
            }
            else
            {
                DeActividades(lista, ruta + ".", e, r);
            }
        }

        CompararElementos(lista, "firmantes", esperado.Firmantes, real.Firmantes);
        CompararElementos(lista, "modificaciones", esperado.Modificaciones, real.Modificaciones);
        Comparar(lista, "cerradoHasta", esperado.CerradoHasta, real.CerradoHasta);
        return lista;
    }

    internal static List<Diferencia> DeActividades(Actividad esperada, Actividad real)
    {
        var lista = new List<Diferencia>();
        DeActividades(lista, string.Empty, esperada, real);
        return lista;
    }

    private static void DeActividades(List<Diferencia> lista, string prefijo, Actividad e, Actividad r)
    {
        Comparar(lista, prefijo + "numero", e.Numero, r.Numero);
        if (!string.Equals(e.Descripcion, r.Descripcion, StringComparison.Ordinal))
        {
            lista.Add(new Diferencia(prefijo + "descripcion", Mensajes.Citar(e.Descripcion), Mensajes.Citar(r.Descripcion)));
        }

        Comparar(lista, prefijo + "alineacion.eje", e.Alineacion.Eje, r.Alineacion.Eje);
        Comparar(lista, prefijo + "alineacion.objetivo", e.Alineacion.Objetivo, r.Alineacion.Objetivo);
        Comparar(lista, prefijo + "programa", e.Programa, r.Programa);
        Comparar(lista, prefijo + "meta", e.Meta, r.Meta);
        for (var mes = 1; mes <= Calendarizacion.Meses; mes++)
        {
            var ve = e.Calendarizacion[mes];
            var vr = r.Calendarizacion[mes];
            if (ve != vr)
            {
                lista.Add(new Diferencia(
                    prefijo + "calendarizacion.mes" + mes.ToString("00", CultureInfo.InvariantCulture),
                    ve is { } x ? Mensajes.Citar(x) : "(vacío)",
                    vr is { } y ? Mensajes.Citar(y) : "(vacío)"));
            }
        }

        if (!string.Equals(e.MediosDeVerificacion, r.MediosDeVerificacion, StringComparison.Ordinal))
        {
            lista.Add(new Diferencia(prefijo + "mediosDeVerificacion", Mensajes.Citar(e.MediosDeVerificacion), Mensajes.Citar(r.MediosDeVerificacion)));
        }

        Comparar(lista, prefijo + "semaforizacion.verde", e.Semaforizacion.Verde, r.Semaforizacion.Verde);
        Comparar(lista, prefijo + "semaforizacion.amarillo", e.Semaforizacion.Amarillo, r.Semaforizacion.Amarillo);
        Comparar(lista, prefijo + "semaforizacion.rojo", e.Semaforizacion.Rojo, r.Semaforizacion.Rojo);
        Comparar(lista, prefijo + "sentido", e.Sentido, r.Sentido);
        Comparar(lista, prefijo + "tipo", e.AcumulacionExplicita, r.AcumulacionExplicita);
        Comparar(lista, prefijo + "frecuencia", e.Frecuencia, r.Frecuencia);
        Comparar(lista, prefijo + "lineaBase", e.LineaBase, r.LineaBase);
        Comparar(lista, prefijo + "peso", e.Peso, r.Peso);
    }

    /// <summary>One difference per position where two lists hold different (or missing) elements.</summary>
    private static void CompararElementos<T>(List<Diferencia> lista, string nombre, IReadOnlyList<T> esperados, IReadOnlyList<T> reales)
        where T : class
    {
        var n = Math.Max(esperados.Count, reales.Count);
        for (var i = 0; i < n; i++)
        {
            var e = i < esperados.Count ? esperados[i] : null;
            var r = i < reales.Count ? reales[i] : null;
            if (e is null || r is null || !e.Equals(r))
            {
                lista.Add(new Diferencia(nombre + "[" + I(i) + "]", e is null ? NoExiste : Mensajes.Citar(e), r is null ? NoExiste : Mensajes.Citar(r)));
            }
        }
    }

    private static void Comparar<T>(List<Diferencia> lista, string ruta, T esperado, T real)
    {
        if (!EqualityComparer<T>.Default.Equals(esperado, real))
        {
            lista.Add(new Diferencia(ruta, Mensajes.Citar(esperado), Mensajes.Citar(real)));
        }
    }

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}
