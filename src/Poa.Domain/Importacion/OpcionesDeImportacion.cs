using System;

namespace Poa.Domain.Importacion;

/// <summary>Options of <see cref="ImportadorDePoa"/>. The defaults read the seed's layout safely.</summary>
public sealed class OpcionesDeImportacion
{
    /// <summary>The defaults: automatic format, no file name, <see cref="PoliticaDeCeldasExtra.Rechazar"/>.</summary>
    public static OpcionesDeImportacion Predeterminadas { get; } = new();

    /// <summary>How cells are separated; <see cref="FormatoTabular.Automatico"/> by default.</summary>
    public FormatoTabular Formato { get; init; } = FormatoTabular.Automatico;

    /// <summary>The file name shown in every diagnostic's <see cref="Ubicacion.Archivo"/>; null for none.</summary>
    public string? Archivo { get; init; }

    /// <summary>What to do with calendar values beyond the twelfth month; <see cref="PoliticaDeCeldasExtra.Rechazar"/> by default.</summary>
    public PoliticaDeCeldasExtra CeldasExtra { get; init; } = PoliticaDeCeldasExtra.Rechazar;

    /// <summary>Whether to run <see cref="Plan.Validar()"/> on every imported plan and add its diagnostics with file locations; true by default.</summary>
    public bool Validar { get; init; } = true;

    internal void Verificar()
    {
        if (Formato is not (FormatoTabular.Automatico or FormatoTabular.Tabulado or FormatoTabular.Csv or FormatoTabular.CsvPuntoYComa))
        {
            throw new ArgumentOutOfRangeException(nameof(Formato), Formato, "Formato tabular no definido.");
        }

        if (CeldasExtra is not (PoliticaDeCeldasExtra.Rechazar or PoliticaDeCeldasExtra.OmitirCeldasExtra or PoliticaDeCeldasExtra.TreceavaComoDiciembre))
        {
            throw new ArgumentOutOfRangeException(nameof(CeldasExtra), CeldasExtra, "Política de celdas extra no definida.");
        }
    }
}
