using System;
using System.Linq;
using Poa.Domain.EntityFrameworkCore.Internos;

namespace Poa.Domain.EntityFrameworkCore;

/// <summary>
/// Filters that compare names as the domain does (ignoring case and accents) on every database, through the stored
/// comparison keys: <c>db.Planes.DelEjercicio(2023).DeLaUnidad(unidad)</c>. They are translated to SQL.
/// </summary>
public static class PoaQueryableExtensions
{
    /// <summary>The plans of <paramref name="ejercicio"/>.</summary>
    /// <param name="planes">The plans to filter.</param>
    /// <param name="ejercicio">The fiscal year.</param>
    /// <returns>The filtered query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="planes"/> is null.</exception>
    public static IQueryable<RegistroDePlan> DelEjercicio(this IQueryable<RegistroDePlan> planes, EjercicioFiscal ejercicio)
        => Requerido(planes, nameof(planes)).Where(p => p.Ejercicio == ejercicio);

    /// <summary>The plans of <paramref name="unidad"/>, compared as the domain compares names (<c>DIRECCION</c> finds <c>Dirección</c>).</summary>
    /// <param name="planes">The plans to filter.</param>
    /// <param name="unidad">The unidad responsable.</param>
    /// <returns>The filtered query.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IQueryable<RegistroDePlan> DeLaUnidad(this IQueryable<RegistroDePlan> planes, UnidadResponsable unidad)
    {
        var clave = Requerido(unidad, nameof(unidad)).Clave;
        return Requerido(planes, nameof(planes)).Where(p => p.ClaveDeUnidadResponsable == clave);
    }

    /// <summary>The plans of <paramref name="dependencia"/>, compared as the domain compares names.</summary>
    /// <param name="planes">The plans to filter.</param>
    /// <param name="dependencia">The dependencia.</param>
    /// <returns>The filtered query.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IQueryable<RegistroDePlan> DeLaDependencia(this IQueryable<RegistroDePlan> planes, Dependencia dependencia)
    {
        var clave = Requerido(dependencia, nameof(dependencia)).Clave;
        return Requerido(planes, nameof(planes)).Where(p => p.ClaveDeDependencia == clave);
    }

    /// <summary>The activities of <paramref name="programa"/>, compared as the domain compares names.</summary>
    /// <param name="actividades">The activities to filter, e.g. <c>db.Planes.SelectMany(p =&gt; p.Actividades)</c>.</param>
    /// <param name="programa">The programa presupuestario.</param>
    /// <returns>The filtered query.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IQueryable<RegistroDeActividad> DelPrograma(this IQueryable<RegistroDeActividad> actividades, ProgramaPresupuestario programa)
    {
        var clave = Requerido(programa, nameof(programa)).Clave;
        return Requerido(actividades, nameof(actividades)).Where(a => a.ClaveDePrograma == clave);
    }

    private static T Requerido<T>(T valor, string nombre)
        where T : class
        => valor ?? throw new ArgumentNullException(nombre);
}
