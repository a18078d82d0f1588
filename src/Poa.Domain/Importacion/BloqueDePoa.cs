using System.Collections.Generic;
using System.Globalization;
using Poa.Domain.Internal;

namespace Poa.Domain.Importacion;

/// <summary>Where in a block a row is: the title block's general data, the table, or the signatures below it.</summary>
internal enum ZonaDelBloque
{
    Generales,
    Tabla,
    Firmas,
}

/// <summary>
/// One POA block being read: its title block (ejercicio, dependencia, unidad responsable), its header
/// (<see cref="Encabezado"/>), the activities the interpreter read with their places, and the signatures.
/// </summary>
internal sealed class BloqueDePoa
{
    internal BloqueDePoa(int lineaDeTitulo)
    {
        LineaDeTitulo = lineaDeTitulo;
    }

    internal int LineaDeTitulo { get; }

    internal EjercicioFiscal? Ejercicio { get; set; }

    internal ZonaDelBloque Zona { get; set; } = ZonaDelBloque.Generales;

    internal Encabezado Encabezado { get; } = new();

    internal bool EncabezadoRevisado { get; set; }

    internal string? FaltanColumnas { get; set; }

    internal int FilasDeDatos { get; set; }

    internal int FilasNoLeidas { get; set; }

    internal int? LineaDePrimeraFila { get; set; }

    /// <summary>Each activity with the line (row) it was read from and the column of each field (0 when absent).</summary>
    internal List<(Actividad Actividad, int Linea, int[] Columnas)> Actividades { get; } = [];

    /// <summary>The numbers of the rows that were reported and not imported: validation does not call them missing.</summary>
    internal HashSet<int> Rechazadas { get; } = [];

    internal List<Firmante> Firmantes { get; } = [];

    internal List<(string Texto, int Linea, int Columna)> LineasDeFirma { get; } = [];

    internal List<List<(string Texto, int Linea, int Columna)>> FilasDeFirmas { get; } = [];

#pragma warning disable SA1401, CA1051 // Fields passed by reference.
    internal string? Dependencia;
    internal string? Unidad;
    internal int LineaDeDependencia;
    internal int LineaDeUnidad;
#pragma warning restore SA1401, CA1051

    internal IEnumerable<Actividad> ActividadesSinLinea()
    {
        var result = new Actividad[Actividades.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Actividades[i].Actividad;
        }

        return result;
    }

    /// <summary>The line and field columns of activity <paramref name="numero"/>: the first one read, or the last when <paramref name="ultima"/>.</summary>
    internal (int Linea, int[] Columnas)? Buscar(int numero, bool ultima)
    {
        (int, int[])? encontrada = null;
        foreach (var (actividad, linea, columnas) in Actividades)
        {
            if (actividad.Numero == numero)
            {
                encontrada = (linea, columnas);
                if (!ultima)
                {
                    break;
                }
            }
        }

        return encontrada;
    }

    /// <summary>Names side by side over cargos side by side: the i-th name with the i-th cargo.</summary>
    internal void CerrarFirmasLadoALado(RegistroDeDiagnosticos registro)
    {
        if (FilasDeFirmas.Count == 0)
        {
            return;
        }

        var nombres = FilasDeFirmas[0];
        if (FilasDeFirmas.Count == 2 && FilasDeFirmas[1].Count == nombres.Count)
        {
            for (var i = 0; i < nombres.Count; i++)
            {
                Firmantes.Add(Firmante.FromLineas(nombres[i].Texto, Texto.NormalizarEspacios(FilasDeFirmas[1][i].Texto)));
            }
        }
        else
        {
            var celdas = new List<string>();
            foreach (var fila in FilasDeFirmas)
            {
                foreach (var (t, _, _) in fila)
                {
                    celdas.Add("«" + t + "»");
                }
            }

            registro.Reportar(CatalogoDeDiagnosticos.FirmaIncompleta, nombres[0].Linea, nombres[0].Columna, Unidad, null,
                $"Las firmas lado a lado son una fila de nombres sobre una fila de cargos con el mismo número de celdas; aquí hay: {string.Join(", ", celdas)}. No se importan.");
        }

        FilasDeFirmas.Clear();
    }

    /// <summary>A signature of two lines (name over cargo) ends at a blank line, another row or the block's end.</summary>
    internal void CerrarFirma(RegistroDeDiagnosticos registro)
    {
        CerrarFirmasLadoALado(registro);
        if (LineasDeFirma.Count == 0)
        {
            return;
        }

        if (LineasDeFirma.Count == 2)
        {
            Firmantes.Add(Firmante.FromLineas(LineasDeFirma[0].Texto, Texto.NormalizarEspacios(LineasDeFirma[1].Texto)));
        }
        else
        {
            var lineas = new List<string>();
            foreach (var (t, _, _) in LineasDeFirma)
            {
                lineas.Add("«" + t + "»");
            }

            registro.Reportar(CatalogoDeDiagnosticos.FirmaIncompleta, LineasDeFirma[0].Linea, 1, Unidad, null,
                $"Una firma son dos líneas seguidas, el nombre y el cargo; aquí hay {LineasDeFirma.Count.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", lineas)}. No se importa.");
        }

        LineasDeFirma.Clear();
    }
}
