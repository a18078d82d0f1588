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

    private Ubicacion(Ubicacion origen, string? hoja, string? celda)
        : this(origen.UnidadResponsable, origen.Actividad, origen.Propiedad, origen.Archivo, origen.Linea, origen.Columna)
    {
        Hoja = hoja;
        Celda = celda;
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

    /// <summary>The sheet of a workbook (<c>Alumbrado</c>); null when the data did not come from a workbook.</summary>
    public string? Hoja { get; }

    /// <summary>The cell reference in <see cref="Hoja"/> (<c>L12</c>), or null; <see cref="Linea"/> is then its row and <see cref="Columna"/> its column number.</summary>
    public string? Celda { get; }

    /// <summary>
    /// A copy placed in a workbook: the file, the sheet, and the cell by its row and column (from 1), printed as
    /// <c>[poa.xlsx]Alumbrado!L12</c>.
    /// </summary>
    /// <param name="archivo">The workbook's file name, or null.</param>
    /// <param name="hoja">The sheet name.</param>
    /// <param name="fila">The row, from 1.</param>
    /// <param name="columna">The column number, from 1 (A = 1), or null for the whole row.</param>
    /// <returns>The location with <see cref="Hoja"/>, <see cref="Celda"/>, <see cref="Linea"/> and <see cref="Columna"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hoja"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fila"/> or <paramref name="columna"/> is less than 1.</exception>
    public Ubicacion EnHoja(string? archivo, string hoja, int fila, int? columna = null)
    {
        Preconditions.CheckNotNull(hoja, nameof(hoja));
        var enTexto = new Ubicacion(UnidadResponsable, Actividad, Propiedad, archivo, fila, columna);
        var celda = columna is { } c ? ReferenciaDeCelda(c, fila) : fila.ToString(CultureInfo.InvariantCulture);
        return new Ubicacion(enTexto, hoja, celda);
    }

    /// <summary>The A1 reference of a cell: column 12, row 12 is <c>L12</c>.</summary>
    /// <param name="columna">The column number, from 1.</param>
    /// <param name="fila">The row, from 1.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="columna"/> or <paramref name="fila"/> is less than 1.</exception>
    public static string ReferenciaDeCelda(int columna, int fila)
    {
        if (columna < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(columna), columna, "La columna empieza en 1.");
        }

        if (fila < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fila), fila, "La fila empieza en 1.");
        }

        var letras = string.Empty;
        for (var n = columna; n > 0; n = (n - 1) / 26)
        {
            letras = (char)('A' + ((n - 1) % 26)) + letras;
        }

        return letras + fila.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A copy with the file, line and column set.</summary>
    /// <param name="archivo">The file's name, or <c>null</c>.</param>
    /// <param name="linea">The line, from 1, or <c>null</c>.</param>
    /// <param name="columna">The column, from 1, or <c>null</c>.</param>
    /// <returns>A copy placed in that text file.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="linea"/> or <paramref name="columna"/> is less than 1.</exception>
    public Ubicacion EnTexto(string? archivo, int? linea, int? columna = null)
        => new(UnidadResponsable, Actividad, Propiedad, archivo, linea, columna);

    /// <summary>A copy with the plan, activity and property set, keeping the place in the file or workbook.</summary>
    /// <param name="unidadResponsable">The plan, by its unidad responsable.</param>
    /// <param name="actividad">The activity number.</param>
    /// <param name="propiedad">The property path.</param>
    /// <returns>The location.</returns>
    public Ubicacion ConDetalle(string? unidadResponsable, int? actividad, string? propiedad)
    {
        var copia = new Ubicacion(unidadResponsable, actividad, propiedad, Archivo, Linea, Columna);
        return Hoja is null ? copia : new Ubicacion(copia, Hoja, Celda);
    }

    /// <summary>
    /// Readable Spanish form, most precise part first:
    /// <c>poa.txt:12:5, plan «Dirección de Mejora Regulatoria», actividad 2, meta</c>; in a workbook
    /// <c>[poa.xlsx]Alumbrado!L12, plan …</c>.
    /// </summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString()
    {
        var partes = new List<string>();
        if (Hoja is not null)
        {
            partes.Add((Archivo is null ? string.Empty : "[" + Archivo + "]") + Hoja + "!" + Celda);
        }
        else if (Archivo is not null || Linea is not null)
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
           && Columna == other.Columna
           && string.Equals(Hoja, other.Hoja, StringComparison.Ordinal)
           && string.Equals(Celda, other.Celda, StringComparison.Ordinal);

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
        hash = Hash.Combine(hash, Hoja is null ? 0 : StringComparer.Ordinal.GetHashCode(Hoja));
        return Hash.Combine(hash, Columna);
    }

    /// <summary>Equality of every part.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Ubicacion? left, Ubicacion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of any part.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Ubicacion? left, Ubicacion? right) => !(left == right);
}
