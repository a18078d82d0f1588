using System;
using Poa.Domain.Importacion;

namespace Poa.Domain.Excel;

/// <summary>Options of <see cref="LibroDePoa.Importar(System.IO.Stream, OpcionesDeLibro?)"/> and <see cref="LibroDePoa.ImportarAvances(byte[], System.Collections.Generic.IEnumerable{Plan}, OpcionesDeLibro?)"/>. The defaults read real workbooks safely.</summary>
public sealed class OpcionesDeLibro
{
    /// <summary>The defaults: no file name, <see cref="PoliticaDeCeldasExtra.Rechazar"/>, validation on, 256 MiB decompressed, 1,048,576 rows.</summary>
    public static OpcionesDeLibro Predeterminadas { get; } = new();

    /// <summary>The file name shown in every diagnostic (<c>[poa.xlsx]Alumbrado!L12</c>); null for none.</summary>
    public string? Archivo { get; init; }

    /// <summary>What to do with calendar values beyond the twelfth month; <see cref="PoliticaDeCeldasExtra.Rechazar"/> by default.</summary>
    public PoliticaDeCeldasExtra CeldasExtra { get; init; } = PoliticaDeCeldasExtra.Rechazar;

    /// <summary>
    /// For <see cref="LibroDePoa.ImportarAvances(byte[], System.Collections.Generic.IEnumerable{Plan}, OpcionesDeLibro?)"/>: avances of a
    /// unidad responsable that has no plan give one information diagnostic per unit (<c>POA226</c>) instead of an error per row
    /// (<c>POA225</c>); false by default.
    /// </summary>
    public bool OmitirOtrasUnidades { get; init; }

    /// <summary>Whether to run <see cref="Plan.Validar()"/> on every imported plan; true by default.</summary>
    public bool Validar { get; init; } = true;

    /// <summary>
    /// The most bytes the workbook's parts may declare once decompressed (a zip bomb is refused with <c>POA146</c>
    /// before anything is decompressed); 256 MiB by default.
    /// </summary>
    public long MaximoDeBytesDescomprimidos { get; init; } = 256L * 1024 * 1024;

    /// <summary>The most rows read from one sheet (Excel's own limit by default, 1,048,576); reading the sheet stops there with <c>POA146</c>.</summary>
    public int MaximoDeFilasPorHoja { get; init; } = 1_048_576;

    internal OpcionesDeImportacion Importacion => new()
    {
        Archivo = Archivo,
        CeldasExtra = CeldasExtra,
        Validar = Validar,
        Formato = FormatoTabular.Automatico,
    };

    internal void Verificar()
    {
        if (CeldasExtra is not (PoliticaDeCeldasExtra.Rechazar or PoliticaDeCeldasExtra.OmitirCeldasExtra or PoliticaDeCeldasExtra.TreceavaComoDiciembre))
        {
            throw new ArgumentOutOfRangeException(nameof(CeldasExtra), CeldasExtra, "Política de celdas extra no definida.");
        }

        if (MaximoDeBytesDescomprimidos < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaximoDeBytesDescomprimidos), MaximoDeBytesDescomprimidos, "El máximo de bytes debe ser mayor que 0.");
        }

        if (MaximoDeFilasPorHoja < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaximoDeFilasPorHoja), MaximoDeFilasPorHoja, "El máximo de filas debe ser mayor que 0.");
        }
    }
}
