using System;
using System.Collections.Generic;
using System.Globalization;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// Where a <see cref="Diagnostico"/> is: the plan (its unidad responsable), the activity number and
/// the property path inside the model, and, for imported text, the file, line and column (1-based).
/// Every part is optional.
/// </summary>
/// <remarks>Equality compares every part.</remarks>
public sealed class Ubicacion : IEquatable<Ubicacion>
{
    /// <summary>A location with no detail.</summary>
    public static Ubicacion Ninguna { get; } = new();

    /// <summary>Creates a location; give only the parts that are known.</summary>
    /// <param name="unidadResponsable">The plan, by its unidad responsable.</param>
    /// <param name="actividad">The activity number.</param>
    /// <param name="propiedad">The property path, e.g. <c>actividades[2].meta</c> or <c>calendarizacion.mes13</c>.</param>
    /// <param name="archivo">The file name or path.</param>
    /// <param name="linea">The line, from 1.</param>
    /// <param name="columna">The column, from 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="linea"/> or <paramref name="columna"/> is less than 1.</exception>
    public Ubicacion(
        string? unidadResponsable = null,
        int? actividad = null,
        string? propiedad = null,
        string? archivo = null,
        int? linea = null,
        int? columna = null)
    {
        if (linea is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(linea), linea, "La línea empieza en 1.");
        }

        if (columna is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(columna), columna, "La columna empieza en 1.");
        }

        UnidadResponsable = string.IsNullOrWhiteSpace(unidadResponsable) ? null : unidadResponsable;
        Actividad = actividad;
        Propiedad = string.IsNullOrWhiteSpace(propiedad) ? null : propiedad;
        Archivo = string.IsNullOrWhiteSpace(archivo) ? null : archivo;
        Linea = linea;
        Columna = columna;
    }

    /// <summary>The plan, by the name of its unidad responsable; null when not about one plan.</summary>
    public string? UnidadResponsable { get; }

    /// <summary>The activity number; null when not about one activity.</summary>
    public int? Actividad { get; }

    /// <summary>The property path, e.g. <c>meta</c> or <c>calendarizacion.mes03</c>; null when not about one property.</summary>
    public string? Propiedad { get; }

    /// <summary>The file; null when the data did not come from a file.</summary>
    public string? Archivo { get; }

    /// <summary>The line in the file, from 1.</summary>
    public int? Linea { get; }

    /// <summary>The column in the file, from 1.</summary>
    public int? Columna { get; }

    /// <summary>A copy with the file, line and column set.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="linea"/> or <paramref name="columna"/> is less than 1.</exception>
    public Ubicacion EnTexto(string? archivo, int? linea, int? columna = null)
        => new(UnidadResponsable, Actividad, Propiedad, archivo, linea, columna);

    /// <summary>
    /// Readable Spanish form, most precise part first:
    /// <c>poa.txt:12:5, plan «Dirección de Mejora Regulatoria», actividad 2, meta</c>.
    /// </summary>
    public override string ToString()
    {
        var partes = new List<string>();
        if (Archivo is not null || Linea is not null)
        {
            var texto = Archivo ?? "línea";
            if (Linea is { } linea)
            {
                texto += (Archivo is null ? " " : ":") + linea.ToString(CultureInfo.InvariantCulture);
                if (Columna is { } columna)
                {
                    texto += ":" + columna.ToString(CultureInfo.InvariantCulture);
                }
            }

            partes.Add(texto);
        }

        if (UnidadResponsable is not null)
        {
            partes.Add($"plan «{UnidadResponsable}»");
        }

        if (Actividad is { } actividad)
        {
            partes.Add("actividad " + actividad.ToString(CultureInfo.InvariantCulture));
        }

        if (Propiedad is not null)
        {
            partes.Add(Propiedad);
        }

        return string.Join(", ", partes);
    }

    /// <inheritdoc />
    public bool Equals(Ubicacion? other)
        => other is not null
           && string.Equals(UnidadResponsable, other.UnidadResponsable, StringComparison.Ordinal)
           && Actividad == other.Actividad
           && string.Equals(Propiedad, other.Propiedad, StringComparison.Ordinal)
           && string.Equals(Archivo, other.Archivo, StringComparison.Ordinal)
           && Linea == other.Linea
           && Columna == other.Columna;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Ubicacion);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = Hash.Combine(Hash.Seed, UnidadResponsable is null ? 0 : StringComparer.Ordinal.GetHashCode(UnidadResponsable));
        hash = Hash.Combine(hash, Actividad);
        hash = Hash.Combine(hash, Propiedad is null ? 0 : StringComparer.Ordinal.GetHashCode(Propiedad));
        hash = Hash.Combine(hash, Archivo is null ? 0 : StringComparer.Ordinal.GetHashCode(Archivo));
        hash = Hash.Combine(hash, Linea);
        return Hash.Combine(hash, Columna);
    }

    /// <summary>Equality of every part.</summary>
    public static bool operator ==(Ubicacion? left, Ubicacion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of any part.</summary>
    public static bool operator !=(Ubicacion? left, Ubicacion? right) => !(left == right);
}
