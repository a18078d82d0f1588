namespace Poa.Domain;

/// <summary>How serious a <see cref="Diagnostico"/> is.</summary>
public enum Severidad
{
    /// <summary>Information: nothing is wrong, but it is worth knowing.</summary>
    Informacion = 0,

    /// <summary>Advertencia: probably a mistake; the data can still be used.</summary>
    Advertencia = 1,

    /// <summary>Error: the data is inconsistent and must be corrected.</summary>
    Error = 2,
}
