using System;
using Poa.Domain.Json;

namespace Poa.Domain.Importacion;

/// <summary>Options of <see cref="ImportadorDeAvances"/>. The defaults detect the format and reject avances of units without plan.</summary>
public sealed class OpcionesDeImportacionDeAvances
{
    /// <summary>The defaults: automatic format, no file name, units without plan are errors, the JSON limits of <see cref="PoaJsonOpciones.Predeterminadas"/>.</summary>
    public static OpcionesDeImportacionDeAvances Predeterminadas { get; } = new();

    /// <summary>
    /// How a text file separates its cells; <see cref="FormatoTabular.Automatico"/> by default, which also recognizes the
    /// JSON document (text starting with <c>{</c> or <c>[</c>). An explicit tabular format always reads the text as a table.
    /// </summary>
    public FormatoTabular Formato { get; init; } = FormatoTabular.Automatico;

    /// <summary>The file name shown in every diagnostic's <see cref="Ubicacion.Archivo"/>; null for none.</summary>
    public string? Archivo { get; init; }

    /// <summary>
    /// Whether avances of a unidad responsable that none of the plans has are left out with one information
    /// diagnostic per unit (<c>POA226</c>) instead of one error per row (<c>POA225</c>); false by default.
    /// Useful with one avances file for the whole municipality and the plans of a few units.
    /// </summary>
    public bool OmitirOtrasUnidades { get; init; }

    /// <summary>The limits of JSON documents (size, depth); <see cref="PoaJsonOpciones.Predeterminadas"/> when null.</summary>
    public PoaJsonOpciones? Json { get; init; }

    internal void Verificar()
    {
        if (Formato is not (FormatoTabular.Automatico or FormatoTabular.Tabulado or FormatoTabular.Csv or FormatoTabular.CsvPuntoYComa))
        {
            throw new ArgumentOutOfRangeException(nameof(Formato), Formato, "Formato tabular no definido.");
        }
    }
}
