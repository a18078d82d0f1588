using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Poa.Domain;

/// <summary>
/// The checks of a plan's modificaciones (<c>POA030</c>–<c>POA041</c>), each against its own date and the ones before it.
/// Linear in the number of modificaciones: the folios seen and the activities are indexed once.
/// </summary>
internal sealed class ValidadorDeModificaciones
{
    private readonly Plan plan;
    private readonly ReglaDeCierre regla;
    private readonly string unidad;
    private readonly Dictionary<int, Actividad> aprobadas = [];
    private readonly HashSet<int> folios = [];
    private Dictionary<int, List<int>>? aplicadas;
    private int maximo;
    private Modificacion? previa;

    internal ValidadorDeModificaciones(Plan plan, ReglaDeCierre? regla)
    {
        this.plan = plan;
        this.regla = regla ?? ReglaDeCierre.FinDeMes;
        unidad = plan.UnidadResponsable.Nombre;
        foreach (var actividad in plan.Actividades)
        {
            if (!aprobadas.ContainsKey(actividad.Numero))
            {
                aprobadas.Add(actividad.Numero, actividad);
            }
        }
    }

    /// <summary>Takes <paramref name="m"/> as one before the next checked, without checking it.</summary>
    internal void Registrar(Modificacion m)
    {
        folios.Add(m.Folio);
        maximo = m.Folio > maximo ? m.Folio : maximo;
        previa = m;
    }

    /// <summary>Checks the modificación at <paramref name="indice"/>; the ones before it must have been checked or registered, in order.</summary>
    internal void Validar(int indice, List<Diagnostico> diagnosticos)
    {
        var m = plan.Modificaciones[indice];
        var ruta = $"modificaciones[{N(indice)}]";
        var folio = N(m.Folio);

        // Folios go 1, 2, 3... in the order given.
        if (folios.Contains(m.Folio))
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.FolioRepetido.Crear(
                Donde(m, ruta + ".folio"),
                $"El folio {folio} está repetido: otra modificación anterior usa el mismo folio."));
        }
        else if (m.Folio < maximo)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.FolioFueraDeOrden.Crear(
                Donde(m, ruta + ".folio"),
                $"El folio {folio} viene después del folio {N(maximo)}: las modificaciones van en orden de folio."));
        }
        else if (m.Folio > maximo + 1)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.FolioFaltante.Crear(
                Donde(m, ruta + ".folio"),
                maximo == 0
                    ? $"Los folios empiezan en 1, pero el primero es el {folio}."
                    : m.Folio == maximo + 2
                        ? $"Falta el folio {N(maximo + 1)}: después del folio {N(maximo)} viene el {folio}."
                        : $"Faltan los folios {N(maximo + 1)} {(m.Folio == maximo + 3 ? "y" : "a")} {N(m.Folio - 1)}: después del folio {N(maximo)} viene el {folio}."));
        }

        if (previa is not null && m.AutorizadaEl < previa.AutorizadaEl)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionAutorizadaAntesQueLaAnterior.Crear(
                Donde(m, ruta + ".autorizadaEl"),
                $"La modificación con folio {folio} se autorizó el {Fecha(m.AutorizadaEl)}, antes que la de folio {N(previa.Folio)} ({Fecha(previa.AutorizadaEl)}): los folios siguen el orden de autorización."));
        }

        Registrar(m);
        if (m.Justificacion.Length == 0)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionSinJustificacion.Crear(
                Donde(m, ruta + ".justificacion"),
                $"La modificación con folio {folio} no tiene justificación: toda modificación de meta se justifica."));
        }

        if (!aprobadas.TryGetValue(m.Actividad, out var aprobada))
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionDeActividadInexistente.Crear(
                Donde(m, ruta + ".actividad"),
                $"La modificación con folio {folio} es de la actividad {N(m.Actividad)}, que el plan no tiene: no se aplica."));
        }
        else if (m.Meta is { } meta && !meta.Unidad.Equals(aprobada.Meta.Unidad))
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionCambiaLaUnidad.Crear(
                Donde(m, ruta + ".meta"),
                $"La modificación con folio {folio} cambia la meta a «{meta}», pero la meta aprobada es «{aprobada.Meta}»: la unidad de medida no cambia con una modificación; no se aplica."));
        }

        if (!plan.Ejercicio.Contiene(m.AplicaDesde))
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionFueraDelEjercicio.Crear(
                Donde(m, ruta + ".aplicaDesde"),
                $"La modificación con folio {folio} aplica desde {Mes(m.AplicaDesde)}, fuera del ejercicio {plan.Ejercicio}: no se aplica."));
            return;
        }

        if (m.Calendarizacion is { } calendario)
        {
            var bloqueados = calendario.MesesProgramados.Where(mes => mes < m.AplicaDesde.Month).ToList();
            if (bloqueados.Count > 0)
            {
                diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionDeMesBloqueado.Crear(
                    Donde(m, ruta + ".calendarizacion"),
                    $"La modificación con folio {folio} aplica desde {Mes(m.AplicaDesde)}, pero su calendarización trae valores en {string.Join(", ", bloqueados.Select(Calendarizacion.NombreDeMes))}: los meses anteriores están bloqueados y no se modifican."));
            }
        }

        // Checked against its own date: closing more months later never invalidates an old, valid modificación.
        var primerAbierto = regla.PrimerMesAbierto(m.AutorizadaEl);
        if (m.AplicaDesde >= primerAbierto)
        {
            return;
        }

        var cuando = $"se autorizó el {Fecha(m.AutorizadaEl)}, cuando {Mes(m.AplicaDesde)} ya estaba cerrado (el primer mes abierto era {Mes(primerAbierto)})";
        if (plan.CerradoHasta is { } cerrado && m.AplicaDesde <= cerrado)
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionAntesDelCierreDelPlan.Crear(
                Donde(m, ruta + ".aplicaDesde"),
                $"La modificación con folio {folio} aplica desde {Mes(m.AplicaDesde)}, dentro del periodo cerrado del plan (hasta {Mes(cerrado)}), y {cuando}."));
        }
        else
        {
            diagnosticos.Add(CatalogoDeDiagnosticos.ModificacionDeMesCerrado.Crear(
                Donde(m, ruta + ".aplicaDesde"),
                $"La modificación con folio {folio} aplica desde {Mes(m.AplicaDesde)}, pero {cuando}: una modificación no cambia meses cerrados."));
        }
    }

    /// <summary>Says, in the messages from <paramref name="inicio"/> on, that they are about the vigente activity and which folios made it.</summary>
    internal void EnElPlanVigente(int numero, List<Diagnostico> diagnosticos, int inicio)
    {
        if (inicio == diagnosticos.Count)
        {
            return;
        }

        aplicadas ??= FoliosAplicados();
        if (!aplicadas.TryGetValue(numero, out var lista))
        {
            return;
        }

        var sufijo = lista.Count == 1
            ? $" (plan vigente, con la modificación de folio {N(lista[0])})"
            : $" (plan vigente, con las modificaciones de folio {string.Join(", ", lista.Take(lista.Count - 1).Select(N))} y {N(lista[lista.Count - 1])})";
        for (var i = inicio; i < diagnosticos.Count; i++)
        {
            var d = diagnosticos[i];
            var mensaje = d.Mensaje.EndsWith(".", System.StringComparison.Ordinal) ? d.Mensaje.Substring(0, d.Mensaje.Length - 1) + sufijo + "." : d.Mensaje + sufijo;
            diagnosticos[i] = d.Descriptor.Crear(d.Ubicacion, mensaje);
        }
    }

    /// <summary>Per activity number, the folios applied to it, in the order they are applied.</summary>
    private Dictionary<int, List<int>> FoliosAplicados()
    {
        var resultado = new Dictionary<int, List<int>>();
        foreach (var m in Plan.EnOrdenDeFolio(plan.Modificaciones))
        {
            if (aprobadas.TryGetValue(m.Actividad, out var aprobada) && Plan.Aplicable(m, plan.Ejercicio, aprobada, out _))
            {
                if (!resultado.TryGetValue(m.Actividad, out var lista))
                {
                    resultado.Add(m.Actividad, lista = []);
                }

                lista.Add(m.Folio);
            }
        }

        return resultado;
    }

    private Ubicacion Donde(Modificacion m, string propiedad) => new(unidad, m.Actividad, propiedad);

    private static string N(int valor) => valor.ToString(CultureInfo.InvariantCulture);

    private static string Mes(NodaTime.YearMonth mes) => Avance.Describir(mes);

    private static string Fecha(NodaTime.LocalDate fecha) => fecha.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
