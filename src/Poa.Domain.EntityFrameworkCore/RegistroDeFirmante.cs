using Poa.Domain.EntityFrameworkCore.Internos;

namespace Poa.Domain.EntityFrameworkCore;

/// <summary>One row of <c>poa_firmantes</c>: a <see cref="Firmante"/> of a <see cref="RegistroDePlan"/>, in the order of the document.</summary>
/// <remarks>Created by <see cref="RegistroDePlan.Create(Plan)"/>, read back with <see cref="ToFirmante()"/>, which gives a value equal to the one saved.</remarks>
public sealed class RegistroDeFirmante
{
    private RegistroDeFirmante()
    {
        Nombre = Cargo = string.Empty;
    }

    /// <summary>The position of the signatory in its plan, from 0.</summary>
    public int Posicion { get; private set; }

    /// <summary>The title (<c>Lic.</c>), or <c>null</c>.</summary>
    public string? Titulo { get; private set; }

    /// <summary>The full name.</summary>
    public string Nombre { get; private set; }

    /// <summary>The position held.</summary>
    public string Cargo { get; private set; }

    /// <summary>The signatory this row holds.</summary>
    /// <exception cref="RegistroInvalidoException">The name or the cargo is blank (the row was written by other means).</exception>
    public Firmante ToFirmante() => ToFirmante($"posición {Posicion}");

    internal Firmante ToFirmante(string fila)
        => new Lector(Tablas.Firmantes, fila).Leer("columnas titulo, nombre y cargo", () => new Firmante(Titulo, Nombre, Cargo));

    internal static RegistroDeFirmante Create(int posicion, Firmante firmante)
        => new() { Posicion = posicion, Titulo = firmante.Titulo, Nombre = firmante.Nombre, Cargo = firmante.Cargo };

    /// <summary><c>Lic. Dulce Alejandra Guerrero Cavazos, Directora de Mejora Regulatoria</c>.</summary>
    public override string ToString() => (Titulo is null ? Nombre : Titulo + " " + Nombre) + ", " + Cargo;
}
