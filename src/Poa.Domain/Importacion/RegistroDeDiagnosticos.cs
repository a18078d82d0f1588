using System.Collections.Generic;

namespace Poa.Domain.Importacion;

/// <summary>
/// The diagnostics of one import of plans, each with its place: line and character column in a text, or sheet and cell in a
/// workbook (<see cref="IniciarHoja"/>). Shared by the recogniser (<see cref="ReconocedorDePoa"/>), the interpreter
/// (<see cref="InterpreteDePoa"/>) and the row sources; <see cref="Ordenados"/> gives them in file order.
/// </summary>
internal sealed class RegistroDeDiagnosticos
{
    private readonly List<(Diagnostico Diagnostico, int Orden, int Hoja)> diagnosticos = [];
    private readonly string? archivo;
    private string? hoja;
    private int ordenDeHoja;

    internal RegistroDeDiagnosticos(string? archivo)
    {
        this.archivo = archivo;
    }

    /// <summary>From now on, places are cells of sheet <paramref name="nombre"/> (row and column numbers).</summary>
    internal void IniciarHoja(string nombre)
    {
        hoja = nombre;
        ordenDeHoja++;
    }

    /// <summary>From now on, places are of the file as a whole (what is said of the workbook, not of a sheet).</summary>
    internal void TerminarHojas() => hoja = null;

    internal void Reportar(DescriptorDeDiagnostico descriptor, int linea, int? columna, string? unidad, int? actividad, string mensaje)
        => diagnosticos.Add((descriptor.Crear(Lugar(linea, columna).ConDetalle(unidad, actividad, null), mensaje), diagnosticos.Count, ordenDeHoja));

    /// <summary>A diagnostic made elsewhere (plan validation), placed at <paramref name="linea"/> and <paramref name="columna"/>.</summary>
    internal void Reubicar(Diagnostico diagnostico, int linea, int? columna)
    {
        var u = diagnostico.Ubicacion;
        diagnosticos.Add((diagnostico.Descriptor.Crear(Lugar(linea, columna).ConDetalle(u.UnidadResponsable, u.Actividad, u.Propiedad), diagnostico.Mensaje), diagnosticos.Count, ordenDeHoja));
    }

    internal void QuitarTodos(DescriptorDeDiagnostico descriptor) => diagnosticos.RemoveAll(d => d.Diagnostico.Descriptor == descriptor);

    /// <summary>Sheet by sheet, then by line (row) and column, then in the order reported.</summary>
    internal Diagnostico[] Ordenados()
    {
        diagnosticos.Sort((a, b) =>
        {
            var c = a.Hoja.CompareTo(b.Hoja);
            if (c == 0)
            {
                c = (a.Diagnostico.Ubicacion.Linea ?? 0).CompareTo(b.Diagnostico.Ubicacion.Linea ?? 0);
            }

            if (c == 0)
            {
                c = (a.Diagnostico.Ubicacion.Columna ?? 0).CompareTo(b.Diagnostico.Ubicacion.Columna ?? 0);
            }

            return c != 0 ? c : a.Orden.CompareTo(b.Orden);
        });
        var lista = new Diagnostico[diagnosticos.Count];
        for (var i = 0; i < lista.Length; i++)
        {
            lista[i] = diagnosticos[i].Diagnostico;
        }

        return lista;
    }

    /// <summary>A place in the text (line and character column) or, inside a sheet, the cell (row and column number).</summary>
    private Ubicacion Lugar(int linea, int? columna)
        => hoja is null ? new Ubicacion(archivo: archivo, linea: linea, columna: columna) : Ubicacion.Ninguna.EnHoja(archivo, hoja, linea, columna);
}
