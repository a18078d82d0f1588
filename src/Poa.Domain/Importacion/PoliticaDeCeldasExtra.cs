namespace Poa.Domain.Importacion;

/// <summary>
/// What the importer does with an activity row whose calendar has values in more cells than the
/// twelve months (the seed's 24-column tables put values in a 13th cell). Every policy reports the
/// row with its line and raw cells; none guesses silently. See <c>docs/importacion.md</c>.
/// </summary>
public enum PoliticaDeCeldasExtra
{
    /// <summary>
    /// The default and the safest: the row is reported as an error (<c>POA114</c>) and the activity is
    /// NOT imported, so no plan carries a calendar that the file does not state.
    /// </summary>
    Rechazar = 0,

    /// <summary>
    /// The activity is imported with the twelve month cells only; the extra cells are reported as an
    /// error (<c>POA114</c>) and their values are not used.
    /// </summary>
    OmitirCeldasExtra = 1,

    /// <summary>
    /// The curation rule of <c>docs/datos-de-ejemplo.md</c>: when the only extra value is in the 13th
    /// cell and the 12th cell (December) is empty, the 13th value is read as December and the row is
    /// reported as a warning (<c>POA115</c>). Any other shape is rejected as with <see cref="Rechazar"/>.
    /// </summary>
    TreceavaComoDiciembre = 2,
}
