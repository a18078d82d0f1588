using System;
using Poa.Domain.Internal;

namespace Poa.Domain;

/// <summary>
/// A signatory of a plan (<em>firmante</em>): an optional title (<c>Lic.</c>, <c>Dra.</c>, <c>Mtra.</c>),
/// a name and a cargo (<c>Director de Gobierno Digital</c>).
/// </summary>
/// <remarks>Texts are kept as written (spaces normalized). Equality compares the three texts ordinally, as written.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public sealed class Firmante : IEquatable<Firmante>
{
    private static readonly string[] TitulosConocidos =
        ["Lic.", "Licda.", "Ing.", "Dr.", "Dra.", "Mtro.", "Mtra.", "C.", "Arq.", "C.P.", "Prof.", "Profa.", "Mtr."];

    /// <summary>Creates a signatory.</summary>
    /// <param name="titulo">The title, e.g. <c>Lic.</c>; null or blank when the document gives none.</param>
    /// <param name="nombre">The full name.</param>
    /// <param name="cargo">The position, e.g. <c>Directora de Mejora Regulatoria</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="nombre"/> or <paramref name="cargo"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nombre"/> or <paramref name="cargo"/> is blank.</exception>
    public Firmante(string? titulo, string nombre, string cargo)
    {
        Titulo = string.IsNullOrWhiteSpace(titulo) ? null : Texto.NormalizarEspacios(titulo!);
        Nombre = Texto.NormalizarEspacios(Preconditions.CheckNotBlank(nombre, nameof(nombre)));
        Cargo = Texto.NormalizarEspacios(Preconditions.CheckNotBlank(cargo, nameof(cargo)));
    }

    /// <summary>The title, or <c>null</c>.</summary>
    public string? Titulo { get; }

    /// <summary>The full name.</summary>
    public string Nombre { get; }

    /// <summary>The position.</summary>
    public string Cargo { get; }

    /// <summary>
    /// Reads the name line of a signature block, splitting a leading known title:
    /// <c>FromLineas("Lic. Dulce Alejandra Guerrero Cavazos", "Directora de Mejora Regulatoria")</c>.
    /// </summary>
    /// <param name="lineaDeNombre">The name line of a signature as written: title and name (<c>Lic. Dulce Alejandra Guerrero Cavazos</c>).</param>
    /// <param name="cargo">The cargo line under it.</param>
    /// <returns>The signatory, with the title split from the name.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public static Firmante FromLineas(string lineaDeNombre, string cargo)
    {
        var linea = Texto.NormalizarEspacios(Preconditions.CheckNotBlank(lineaDeNombre, nameof(lineaDeNombre)));
        foreach (var titulo in TitulosConocidos)
        {
            if (linea.StartsWith(titulo + " ", StringComparison.OrdinalIgnoreCase))
            {
                return new Firmante(linea.Substring(0, titulo.Length), linea.Substring(titulo.Length + 1), cargo);
            }
        }

        return new Firmante(null, linea, cargo);
    }

    /// <summary>The name line as it is signed: <c>Lic. Dulce Alejandra Guerrero Cavazos</c>.</summary>
    public string NombreCompleto => Titulo is null ? Nombre : Titulo + " " + Nombre;

    /// <summary><c>Lic. Dulce Alejandra Guerrero Cavazos, Directora de Mejora Regulatoria</c>.</summary>
    /// <returns>The text in the form shown above.</returns>
    public override string ToString() => NombreCompleto + ", " + Cargo;

    /// <inheritdoc />
    public bool Equals(Firmante? other)
        => other is not null
           && string.Equals(Titulo, other.Titulo, StringComparison.Ordinal)
           && string.Equals(Nombre, other.Nombre, StringComparison.Ordinal)
           && string.Equals(Cargo, other.Cargo, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Firmante);

    /// <inheritdoc />
    public override int GetHashCode()
        => Hash.Combine(Hash.Combine(Hash.Combine(Hash.Seed, Titulo is null ? 0 : StringComparer.Ordinal.GetHashCode(Titulo)), StringComparer.Ordinal.GetHashCode(Nombre)), StringComparer.Ordinal.GetHashCode(Cargo));

    /// <summary>Equality of title, name and cargo.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are equal, as <c>Equals</c> compares them.</returns>
    public static bool operator ==(Firmante? left, Firmante? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of title, name or cargo.</summary>
    /// <param name="left">The first value to compare.</param>
    /// <param name="right">The second value to compare.</param>
    /// <returns><c>true</c> when <paramref name="left"/> and <paramref name="right"/> are not equal.</returns>
    public static bool operator !=(Firmante? left, Firmante? right) => !(left == right);
}
