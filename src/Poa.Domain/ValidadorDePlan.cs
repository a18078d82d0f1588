using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>The consistency rules of a plan; each produces diagnostics of one code.</summary>
internal static class ValidadorDePlan
{
    internal static IReadOnlyList<Diagnostico> Validar(Plan plan, ReglaDeCierre? reglaDeCierre) => Validar(plan, reglaDeCierre, null);

    /// <summary>
    /// Validates <paramref name="plan"/>; numbers in <paramref name="existentes"/> count as present for <c>POA006</c>
    /// (the importer's rows that exist but were not imported, already reported on their own).
    /// </summary>
    internal static IReadOnlyList<Diagnostico> Validar(Plan plan, ReglaDeCierre? reglaDeCierre, IReadOnlyCollection<int>? existentes)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        var diagnosticos = new List<Diagnostico>();
        var unidad = plan.UnidadResponsable.Nombre;

        if (plan.Actividades.Count == 0)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.PlanSinActividades.Crear(
                new Ubicacion(unidad, propiedad: "actividades"),
                "El plan no tiene actividades."));
        }

        if (plan.Firmantes.Count == 0)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.PlanSinFirmantes.Crear(
                new Ubicacion(unidad, propiedad: "firmantes"),
                "El plan no tiene firmantes: un POA lo firman sus directores y el secretario."));
        }

        if (plan.CerradoHasta is { } cerrado && !plan.Ejercicio.Contiene(cerrado))
        {
            var anio = plan.Ejercicio.ToString();
            diagnosticos.Add(CatalogoDeDiagnosticos.CierreFueraDelEjercicio.Crear(
                new Ubicacion(unidad, propiedad: "cerradoHasta"),
                $"El plan está cerrado hasta {Avance.Describir(cerrado)}, que no es un mes del ejercicio {anio}: antes del ejercicio no cierra ningún mes y después los cierra todos. Escriba un mes de {anio} ({anio}-12 cierra el año completo)."));
        }

        ValidarNumeros(plan, unidad, diagnosticos, existentes);
        var modificaciones = new ValidadorDeModificaciones(plan, reglaDeCierre);
        var vigentes = plan.VigentesInternas;
        for (var i = 0; i < vigentes.Length; i++)
        {
            var aprobada = plan.Actividades[i];
            ValidarAlineacion(aprobada, unidad, diagnosticos);

            // Meta and calendar rules apply to the vigente activity (the sum rule of the vigente plan).
            var inicio = diagnosticos.Count;
            ValidarMetaYCalendario(vigentes[i], unidad, diagnosticos);
            if (!ReferenceEquals(vigentes[i], aprobada))
            {
                modificaciones.EnElPlanVigente(aprobada.Numero, diagnosticos, inicio);
            }
        }

        for (var i = 0; i < plan.Modificaciones.Count; i++)
        {
            modificaciones.Validar(i, diagnosticos);
        }

        return Ordenar(diagnosticos);
    }

    /// <summary>
    /// The diagnostics of the last modificación of <paramref name="plan"/> as a new one (<see cref="Plan.Reprogramar"/>):
    /// its own checks, the lock of <see cref="Plan.CerradoHasta"/>, and the meta and calendar rules of the vigente activity it leaves.
    /// </summary>
    internal static IReadOnlyList<Diagnostico> ValidarNuevaModificacion(Plan plan, ReglaDeCierre? reglaDeCierre)
    {
        var diagnosticos = new List<Diagnostico>();
        var unidad = plan.UnidadResponsable.Nombre;
        var indice = plan.Modificaciones.Count - 1;
        var modificacion = plan.Modificaciones[indice];
        if (plan.CerradoHasta is { } cerrado && modificacion.AplicaDesde <= cerrado)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.NuevaModificacionEnMesCerrado.Crear(
                new Ubicacion(unidad, modificacion.Actividad, $"modificaciones[{N(indice)}].aplicaDesde"),
                $"La modificación con folio {N(modificacion.Folio)} aplica desde {Avance.Describir(modificacion.AplicaDesde)}, pero el plan está cerrado hasta {Avance.Describir(cerrado)}: una modificación nueva debe aplicar desde un mes posterior."));
        }

        var modificaciones = new ValidadorDeModificaciones(plan, reglaDeCierre);
        for (var i = 0; i < indice; i++)
        {
            modificaciones.Registrar(plan.Modificaciones[i]);
        }

        modificaciones.Validar(indice, diagnosticos);
        var posicion = Array.FindIndex(plan.VigentesInternas, a => a.Numero == modificacion.Actividad);
        if (posicion >= 0)
        {
            var inicio = diagnosticos.Count;
            ValidarMetaYCalendario(plan.VigentesInternas[posicion], unidad, diagnosticos);
            if (!ReferenceEquals(plan.VigentesInternas[posicion], plan.Actividades[posicion]))
            {
                modificaciones.EnElPlanVigente(modificacion.Actividad, diagnosticos, inicio);
            }
        }

        return Ordenar(diagnosticos);
    }

    private static List<Diagnostico> Ordenar(List<Diagnostico> diagnosticos)
        => diagnosticos
            .Select((d, i) => (d, i))
            .OrderByDescending(x => x.d.Severidad)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToList();

    /// <summary>
    /// POA005 for each repeated number, and POA006 for each gap in 1..the highest number, one per run of missing numbers
    /// («faltan las actividades 4 a 9998»): the cost is O(n log n) in the activities, never in the numbers' values.
    /// </summary>
    private static void ValidarNumeros(Plan plan, string unidad, List<Diagnostico> diagnosticos, IReadOnlyCollection<int>? existentes)
    {
        var vistos = new HashSet<int>();
        foreach (var actividad in plan.Actividades)
        {
            if (!vistos.Add(actividad.Numero))
            {
                diagnosticos.Add(CatalogoDeDiagnosticos.NumeroDeActividadDuplicado.Crear(
                    new Ubicacion(unidad, actividad.Numero, "numero"),
                    $"El número de actividad {N(actividad.Numero)} está repetido: «{actividad.Descripcion}» usa el número de otra actividad."));
            }
        }

        if (vistos.Count == 0)
        {
            return;
        }

        var maximo = vistos.Max();
        var numeros = new List<int>(vistos);
        if (existentes is not null)
        {
            numeros.AddRange(existentes.Where(n => n < maximo && !vistos.Contains(n)));
        }

        numeros.Sort();
        var anterior = 0;
        foreach (var numero in numeros)
        {
            if (numero > anterior + 1)
            {
                int desde = anterior + 1, hasta = numero - 1;
                var mensaje = desde == hasta
                    ? $"Falta la actividad número {N(desde)}: los números van del 1 al {N(maximo)} sin saltos."
                    : $"Faltan las actividades {N(desde)} a {N(hasta)} ({N(hasta - desde + 1)} números): los números van del 1 al {N(maximo)} sin saltos.";
                diagnosticos.Add(CatalogoDeDiagnosticos.NumeroDeActividadFaltante.Crear(new Ubicacion(unidad, desde, "numero"), mensaje));
            }

            anterior = numero;
        }
    }

    private static void ValidarAlineacion(Actividad actividad, string unidad, List<Diagnostico> diagnosticos)
    {
        var alineacion = actividad.Alineacion;
        if (!alineacion.EsCoherente)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ObjetivoFueraDelEje.Crear(
                new Ubicacion(unidad, actividad.Numero, "alineacion.objetivo"),
                $"El objetivo estratégico «{alineacion.Objetivo}» pertenece al eje {Numeros.ARomano(alineacion.Objetivo.NumeroDeEje)}, no al eje «{alineacion.Eje}»."));
        }
    }

    /// <summary>The rules of the meta and the calendar (what a modificación can change).</summary>
    private static void ValidarMetaYCalendario(Actividad actividad, string unidad, List<Diagnostico> diagnosticos)
    {
        var numero = actividad.Numero;
        var calendario = actividad.Calendarizacion;
        if (calendario.EstaVacia)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ActividadSinProgramacion.Crear(
                new Ubicacion(unidad, numero, "calendarizacion"),
                $"La actividad «{actividad.Descripcion}» no tiene nada programado en ningún mes: no se puede evaluar."));
        }

        var meta = actividad.Meta;
        if (meta.Tipo == TipoDeMeta.Porcentaje)
        {
            if (meta.Cantidad <= 0m || meta.Cantidad > 100m)
            {
                diagnosticos.Add(CatalogoDeDiagnosticos.MetaPorcentualInvalida.Crear(
                    new Ubicacion(unidad, numero, "meta"),
                    $"La meta «{meta}» es de porcentaje, pero {N(meta.Cantidad)}% no es un porcentaje válido: debe ser mayor que 0% y a lo más 100%."));
            }

            foreach (var mes in calendario.MesesProgramados)
            {
                var valor = calendario[mes]!.Value;
                if (valor > 100m)
                {
                    diagnosticos.Add(CatalogoDeDiagnosticos.PorcentajeProgramadoMayorA100.Crear(
                        new Ubicacion(unidad, numero, $"calendarizacion.mes{mes:00}"),
                        $"En {Calendarizacion.NombreDeMes(mes)} se programa {N(valor)}%, más de 100%, en una actividad de porcentaje."));
                }
            }
        }

        // The meta anual against what the calendar implies for the tipo (a rate's meta only when it and its months are valid percents).
        var acumulacion = Acumulacion.De(actividad.Acumulacion);
        if (!calendario.EstaVacia
            && !(meta.Tipo == TipoDeMeta.Porcentaje && (meta.Cantidad <= 0m || meta.Cantidad > 100m || calendario.MesesProgramados.Any(m => calendario[m] > 100m)))
            && !acumulacion.MetaCoincide(meta.Cantidad, calendario, out var regla))
        {
            diagnosticos.Add(acumulacion.MetaDistinta.Crear(
                new Ubicacion(unidad, numero, "meta"),
                $"La meta anual es {meta}, pero {regla}: deben coincidir."));
        }

        foreach (var mes in calendario.MesesProgramados)
        {
            if (!Periodos.EsCierre(actividad.Frecuencia, mes))
            {
                diagnosticos.Add(CatalogoDeDiagnosticos.ValorFueraDelCierreDelPeriodo.Crear(
                    new Ubicacion(unidad, numero, $"calendarizacion.mes{mes:00}"),
                    $"La actividad es {Periodos.NombreDe(actividad.Frecuencia)}: sus valores van en el mes de cierre de cada periodo, no en {Calendarizacion.NombreDeMes(mes)}."));
            }
        }

        if (actividad.Acumulacion == TipoDeAcumulacion.UltimoValor && actividad.Sentido == Sentido.Ascendente)
        {
            decimal? anterior = null;
            foreach (var mes in calendario.MesesProgramados)
            {
                var valor = calendario[mes]!.Value;
                if (anterior is { } a && valor < a)
                {
                    diagnosticos.Add(CatalogoDeDiagnosticos.UltimoValorQueBaja.Crear(
                        new Ubicacion(unidad, numero, $"calendarizacion.mes{mes:00}"),
                        $"El nivel programado baja de {N(a)} a {N(valor)} en {Calendarizacion.NombreDeMes(mes)}, en una actividad ascendente de último valor."));
                    break;
                }

                anterior = valor;
            }
        }
    }

    private static string N(decimal value) => Numeros.Formatear(value, CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

}
