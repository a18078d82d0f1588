namespace Poa.Domain.Importacion;

/// <summary>
/// A row source: text lines (<see cref="Tokenizador"/>), CSV records, or the rows of one sheet of a workbook
/// (<c>Poa.Domain.Excel</c>), each filled into a reused <see cref="Fila"/> with every cell's text and place. The layout
/// recogniser and the interpreter (<see cref="ReconocedorDePoa"/>, <see cref="InterpreteDePoa"/>) never learn which one it is.
/// </summary>
internal interface IFuenteDeFilas
{
    /// <summary>Fills <paramref name="fila"/> with the next row; false at the end.</summary>
    /// <param name="fila">The row to fill (cleared first).</param>
    /// <returns>Whether there was a row.</returns>
    bool Siguiente(Fila fila);
}
