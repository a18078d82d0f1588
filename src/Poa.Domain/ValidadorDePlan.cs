using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>The consistency rules of a plan; each produces diagnostics of one code.</summary>
internal static class ValidadorDePlan
{
    internal static IReadOnlyList<Diagnostico> Validar(Plan plan, ReglaDeCierre? reglaDeCierre)
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

        ValidarNumeros(plan, unidad, diagnosticos);
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
                EnElPlanVigente(plan, aprobada.Numero, diagnosticos, inicio);
            }
        }

        var regla = reglaDeCierre ?? ReglaDeCierre.FinDeMes;
        for (var i = 0; i < plan.Modificaciones.Count; i++)
        {
            ValidarModificacion(plan, i, regla, unidad, diagnosticos);
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
                $"La modificación con folio {N(modificacion.Folio)} aplica desde {Mes(modificacion.AplicaDesde)}, pero el plan está cerrado hasta {Mes(cerrado)}: una modificación nueva debe aplicar desde un mes posterior."));
        }

        ValidarModificacion(plan, indice, reglaDeCierre ?? ReglaDeCierre.FinDeMes, unidad, diagnosticos);
        var posicion = Array.FindIndex(plan.VigentesInternas, a => a.Numero == modificacion.Actividad);
        if (posicion >= 0)
        {
            var inicio = diagnosticos.Count;
            ValidarMetaYCalendario(plan.VigentesInternas[posicion], unidad, diagnosticos);
            if (!ReferenceEquals(plan.VigentesInternas[posicion], plan.Actividades[posicion]))
            {
                EnElPlanVigente(plan, modificacion.Actividad, diagnosticos, inicio);
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

    /// <summary>Says, in the messages from <paramref name="inicio"/> on, that they are about the vigente activity and which folios made it.</summary>
    private static void EnElPlanVigente(Plan plan, int numero, List<Diagnostico> diagnosticos, int inicio)
    {
        if (inicio == diagnosticos.Count)
        {
            return;
        }

        var aprobada = plan.BuscarActividad(numero)!;
        var folios = Plan.EnOrdenDeFolio(plan.Modificaciones)
            .Where(m => m.Actividad == numero && Plan.Aplicable(m, plan.Ejercicio, aprobada, out _))
            .Select(m => N(m.Folio))
            .ToList();
        var sufijo = folios.Count == 1
            ? $" (plan vigente, con la modificación de folio {folios[0]})"
            : $" (plan vigente, con las modificaciones de folio {string.Join(", ", folios.Take(folios.Count - 1))} y {folios[folios.Count - 1]})";
        for (var i = inicio; i < diagnosticos.Count; i++)
        {
            var d = diagnosticos[i];
            var mensaje = d.Mensaje.EndsWith(".", StringComparison.Ordinal) ? d.Mensaje.Substring(0, d.Mensaje.Length - 1) + sufijo + "." : d.Mensaje + sufijo;
            diagnosticos[i] = d.Descriptor.Crear(d.Ubicacion, mensaje);
        }
    }

    /// <summary>The checks of the modificación at <paramref name="indice"/>, each against its own date and the ones before it.</summary>
    private static void ValidarModificacion(Plan plan, int indice, ReglaDeCierre regla, string unidad, List<Diagnostico> diagnosticos)
    {
        var m = plan.Modificaciones[indice];
        var ruta = $"modificaciones[{N(indice)}]";
        var folio = N(m.Folio);

        // Folios go 1, 2, 3... in the order given.
        var anteriores = plan.Modificaciones.Take(indice).ToList();
        var maximo = anteriores.Count == 0 ? 0 : anteriores.Max(a => a.Folio);
        if (anteriores.Any(a => a.Folio == m.Folio))
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.FolioRepetido.Crear(
                new Ubicacion(unidad, m.Actividad, ruta + ".folio"),
                $"El folio {folio} está repetido: otra modificación anterior usa el mismo folio."));
        }
        else if (m.Folio < maximo)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.FolioFueraDeOrden.Crear(
                new Ubicacion(unidad, m.Actividad, ruta + ".folio"),
                $"El folio {folio} viene después del folio {N(maximo)}: las modificaciones van en orden de folio."));
        }
        else if (m.Folio > maximo + 1)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.FolioFaltante.Crear(
                new Ubicacion(unidad, m.Actividad, ruta + ".folio"),
                maximo == 0
                    ? $"Los folios empiezan en 1, pero el primero es el {folio}."
                    : m.Folio == maximo + 2
                        ? $"Falta el folio {N(maximo + 1)}: después del folio {N(maximo)} viene el {folio}."
                        : $"Faltan los folios {N(maximo + 1)} {(m.Folio == maximo + 3 ? "y" : "a")} {N(m.Folio - 1)}: después del folio {N(maximo)} viene el {folio}."));
        }

        if (anteriores.Count > 0 && anteriores[anteriores.Count - 1] is { } previa && m.AutorizadaEl < previa.AutorizadaEl)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionAutorizadaAntesQueLaAnterior.Crear(
                new Ubicacion(unidad, m.Actividad, ruta + ".autorizadaEl"),
                $"La modificación con folio {folio} se autorizó el {Fecha(m.AutorizadaEl)}, antes que la de folio {N(previa.Folio)} ({Fecha(previa.AutorizadaEl)}): los folios siguen el orden de autorización."));
        }

        if (m.Justificacion.Length == 0)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionSinJustificacion.Crear(
                new Ubicacion(unidad, m.Actividad, ruta + ".justificacion"),
                $"La modificación con folio {folio} no tiene justificación: toda modificación de meta se justifica."));
        }

        var aprobada = plan.BuscarActividad(m.Actividad);
        if (aprobada is null)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionDeActividadInexistente.Crear(
                new Ubicacion(unidad, m.Actividad, ruta + ".actividad"),
                $"La modificación con folio {folio} es de la actividad {N(m.Actividad)}, que el plan no tiene: no se aplica."));
        }
        else if (m.Meta is { } meta && !meta.Unidad.Equals(aprobada.Meta.Unidad))
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionCambiaLaUnidad.Crear(
                new Ubicacion(unidad, m.Actividad, ruta + ".meta"),
                $"La modificación con folio {folio} cambia la meta a «{meta}», pero la meta aprobada es «{aprobada.Meta}»: la unidad de medida no cambia con una modificación; no se aplica."));
        }

        if (!plan.Ejercicio.Contiene(m.AplicaDesde))
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionFueraDelEjercicio.Crear(
                new Ubicacion(unidad, m.Actividad, ruta + ".aplicaDesde"),
                $"La modificación con folio {folio} aplica desde {Mes(m.AplicaDesde)}, fuera del ejercicio {plan.Ejercicio}: no se aplica."));
            return;
        }

        if (m.Calendarizacion is { } calendario)
        {
            var bloqueados = calendario.MesesProgramados.Where(mes => mes < m.AplicaDesde.Month).ToList();
            if (bloqueados.Count > 0)
            {
                diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionDeMesBloqueado.Crear(
                    new Ubicacion(unidad, m.Actividad, ruta + ".calendarizacion"),
                    $"La modificación con folio {folio} aplica desde {Mes(m.AplicaDesde)}, pero su calendarización trae valores en {string.Join(", ", bloqueados.Select(Calendarizacion.NombreDeMes))}: los meses anteriores están bloqueados y no se modifican."));
            }
        }

        // Checked against its own date: closing more months later never invalidates an old, valid modificación.
        var primerAbierto = regla.PrimerMesAbierto(m.AutorizadaEl);
        if (m.AplicaDesde < primerAbierto)
        {
            var cuando = $"se autorizó el {Fecha(m.AutorizadaEl)}, cuando {Mes(m.AplicaDesde)} ya estaba cerrado (el primer mes abierto era {Mes(primerAbierto)})";
            if (plan.CerradoHasta is { } cerrado && m.AplicaDesde <= cerrado)
            {
                diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionAntesDelCierreDelPlan.Crear(
                    new Ubicacion(unidad, m.Actividad, ruta + ".aplicaDesde"),
                    $"La modificación con folio {folio} aplica desde {Mes(m.AplicaDesde)}, dentro del periodo cerrado del plan (hasta {Mes(cerrado)}), y {cuando}."));
            }
            else
            {
                diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionDeMesCerrado.Crear(
                    new Ubicacion(unidad, m.Actividad, ruta + ".aplicaDesde"),
                    $"La modificación con folio {folio} aplica desde {Mes(m.AplicaDesde)}, pero {cuando}: una modificación no cambia meses cerrados."));
            }
        }
    }

    private static void ValidarNumeros(Plan plan, string unidad, List<Diagnostico> diagnosticos)
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
        for (var numero = 1; numero < maximo; numero++)
        {
            if (!vistos.Contains(numero))
            {
                diagnosticos.Add(CatalogoDeDiagnosticos.NumeroDeActividadFaltante.Crear(
                    new Ubicacion(unidad, numero, "numero"),
                    $"Falta la actividad número {N(numero)}: los números van del 1 al {N(maximo)} sin saltos."));
            }
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
                    $"La actividad es {actividad.Frecuencia.ToString().ToLowerInvariant()}: sus valores van en el mes de cierre de cada periodo, no en {Calendarizacion.NombreDeMes(mes)}."));
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

    private static string Mes(NodaTime.YearMonth mes) => Avance.Describir(mes);

    private static string Fecha(NodaTime.LocalDate fecha) => fecha.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
