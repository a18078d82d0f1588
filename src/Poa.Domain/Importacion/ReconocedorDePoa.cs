using System;
using System.Collections.Generic;
using System.Globalization;
using Poa.Domain.Internal;

namespace Poa.Domain.Importacion;

/// <summary>
/// The layout recogniser: classifies each row of a row source (<see cref="IFuenteDeFilas"/>) as the title block
/// (<c>MUNICIPIO DE …</c>, <c>Programa Operativo Anual AAAA</c>, <c>Dependencia</c> and <c>Unidad responsable</c> as a label and
/// value or <c>Label: value</c>), a header row (the column of each field by its label, <see cref="Encabezado"/>), an activity row
/// (handed to the <see cref="InterpreteDePoa"/>) or a signature, block by block. The same for text, CSV and workbook sheets.
/// </summary>
internal sealed class ReconocedorDePoa
{
    private readonly RegistroDeDiagnosticos registro;
    private readonly InterpreteDePoa interprete;
    private BloqueDePoa? bloque;
    private bool vioTituloEnHoja;

    internal ReconocedorDePoa(RegistroDeDiagnosticos registro, InterpreteDePoa interprete)
    {
        this.registro = registro;
        this.interprete = interprete;
    }

    /// <summary>Whether some row had text.</summary>
    internal bool HayTexto { get; private set; }

    /// <summary>Whether some row was a <c>Programa Operativo Anual</c> title.</summary>
    internal bool VioTitulo { get; private set; }

    /// <summary>Starts a sheet of a workbook: closes the open block; later diagnostics carry the sheet and cell.</summary>
    internal void IniciarHoja(string nombre)
    {
        Cerrar();
        registro.IniciarHoja(nombre);
        vioTituloEnHoja = false;
    }

    /// <summary>Ends the current sheet; whether it held a «Programa Operativo Anual» title.</summary>
    internal bool TerminarHoja()
    {
        Cerrar();
        return vioTituloEnHoja;
    }

    /// <summary>Reads one row of the source.</summary>
    internal void Procesar(Fila fila)
    {
        if (!fila.EstaVacia())
        {
            HayTexto = true;
        }

        if (fila.EstaVacia())
        {
            if (bloque is not null)
            {
                bloque.CerrarFirma(registro);
                if (bloque.Zona == ZonaDelBloque.Tabla && bloque.FilasDeDatos > 0)
                {
                    bloque.Zona = ZonaDelBloque.Firmas;
                }
            }

            return;
        }

        var primera = fila.PrimeraNoVacia();
        var inicial = fila.Primero(primera);
        var esNumero = primera == 0 && inicial is >= '0' and <= '9';
        string? clave = null;
        if (!esNumero)
        {
            clave = Texto.Clave(fila.Celda(primera));
            if (clave.StartsWith("PROGRAMA OPERATIVO ANUAL", StringComparison.Ordinal))
            {
                IniciarBloque(fila, clave);
                return;
            }
        }

        if (clave is not null && EsEncabezadoDeDocumento(clave))
        {
            // «MUNICIPIO DE …» above the title: the title block of the sheet, not data.
            bloque?.CerrarFirma(registro);
            return;
        }

        if (bloque is null)
        {
            Reportar(CatalogoDeDiagnosticos.TextoFueraDeBloque, fila.Linea, fila.Columna(primera),
                $"Esta línea está antes de cualquier título «Programa Operativo Anual» y no se lee: {fila.Crudo()}.");
            return;
        }

        if (esNumero)
        {
            if (bloque.Zona == ZonaDelBloque.Firmas)
            {
                bloque.CerrarFirma(registro);
                Reportar(CatalogoDeDiagnosticos.FilaFueraDeTabla, fila.Linea, fila.Columna(0),
                    $"Esta fila de actividad está después de las firmas, fuera de la tabla, y no se importa: {fila.Crudo()}.");
                return;
            }

            LeerActividad(fila);
            return;
        }

        if (fila.NoVacias() <= 2 && bloque.Zona != ZonaDelBloque.Firmas && bloque.FilasDeDatos == 0)
        {
            // «Dependencia» with its value in the next non-empty cell, or «Dependencia: valor» in one cell.
            var dosPuntos = clave!.IndexOf(':');
            var etiqueta = (dosPuntos < 0 ? clave : clave.Substring(0, dosPuntos)).Trim();
            switch (etiqueta)
            {
                case "INFORMACION GENERAL":
                    return;
                case "DEPENDENCIA":
                    AsignarDatoGeneral(fila, primera, ref bloque.Dependencia, ref bloque.LineaDeDependencia, "Dependencia");
                    return;
                case "UNIDAD RESPONSABLE":
                    AsignarDatoGeneral(fila, primera, ref bloque.Unidad, ref bloque.LineaDeUnidad, "Unidad responsable");
                    return;
            }
        }

        if (bloque.Zona != ZonaDelBloque.Firmas && bloque.FilasDeDatos == 0 && Encabezado.EsFilaDeEncabezado(fila))
        {
            bloque.Zona = ZonaDelBloque.Tabla;
            bloque.Encabezado.Agregar(fila, (d, l, c, m) => Reportar(d, l, c, m));
            return;
        }

        if (bloque.Zona == ZonaDelBloque.Firmas)
        {
            if (fila.NoVacias() == 1)
            {
                bloque.LineasDeFirma.Add((fila.Celda(primera), fila.Linea, fila.Columna(primera)));
                return;
            }

            if (bloque.LineasDeFirma.Count == 0)
            {
                // Signatures side by side: a row of names over a row of cargos, paired by position.
                var celdas = new List<(string, int, int)>();
                for (var i = 0; i < fila.Cantidad; i++)
                {
                    if (!fila.Vacia(i))
                    {
                        celdas.Add((fila.Celda(i), fila.Linea, fila.Columna(i)));
                    }
                }

                bloque.FilasDeFirmas.Add(celdas);
                if (bloque.FilasDeFirmas.Count == 2)
                {
                    bloque.CerrarFirmasLadoALado(registro);
                }

                return;
            }

            bloque.CerrarFirma(registro);
            Reportar(CatalogoDeDiagnosticos.FilaFueraDeTabla, fila.Linea, fila.Columna(primera),
                $"Esta fila está entre las firmas, fuera de la tabla, y no se lee: {fila.Crudo()}.");
            return;
        }

        Reportar(CatalogoDeDiagnosticos.FilaNoReconocida, fila.Linea, fila.Columna(primera),
            $"Esta fila no es un dato general, un encabezado ni una actividad (la celda «No.» no tiene número), y no se lee: {fila.Crudo()}.");
    }


    private static bool EsEncabezadoDeDocumento(string clave)
        => clave.StartsWith("MUNICIPIO DE ", StringComparison.Ordinal) || clave.StartsWith("GOBIERNO MUNICIPAL", StringComparison.Ordinal)
           || clave.StartsWith("H. AYUNTAMIENTO", StringComparison.Ordinal) || clave.StartsWith("GOBIERNO DE ", StringComparison.Ordinal);

    private void AsignarDatoGeneral(Fila fila, int primera, ref string? valor, ref int linea, string nombre)
    {
        var celda = primera + 1;
        while (celda < fila.Cantidad && fila.Vacia(celda))
        {
            celda++;
        }

        var etiqueta = fila.Celda(primera);
        var dosPuntos = etiqueta.IndexOf(':');
        string nuevo;
        if (dosPuntos >= 0 && etiqueta.Substring(dosPuntos + 1).Trim().Length > 0)
        {
            nuevo = Texto.NormalizarEspacios(etiqueta.Substring(dosPuntos + 1).Trim());
            celda = primera;
            if (!fila.Vacia(primera + 1) || fila.NoVacias() > 1)
            {
                Reportar(CatalogoDeDiagnosticos.FilaNoReconocida, fila.Linea, fila.Columna(primera),
                    $"«{etiqueta}» ya trae su valor después de los dos puntos; la otra celda de la fila no se lee: {fila.Crudo()}.");
            }
        }
        else
        {
            nuevo = Texto.NormalizarEspacios(fila.Celda(celda));
        }

        if (nuevo.Length == 0)
        {
            Reportar(CatalogoDeDiagnosticos.FaltaDatoGeneral, fila.Linea, fila.Columna(primera + 1), $"La línea «{nombre}» no tiene valor en la celda siguiente.");
            return;
        }

        if (valor is not null)
        {
            Reportar(CatalogoDeDiagnosticos.DatoGeneralRepetido, fila.Linea, fila.Columna(celda),
                $"El bloque ya tiene {nombre.ToLowerInvariant()} «{valor}» (línea {N(linea)}); «{nuevo}» no se usa.");
            return;
        }

        valor = nuevo;
        linea = fila.Linea;
    }

    private void IniciarBloque(Fila fila, string clave)
    {
        Cerrar();
        VioTitulo = true;
        vioTituloEnHoja = true;
        var resto = clave.Substring("PROGRAMA OPERATIVO ANUAL".Length).Trim();
        bloque = new BloqueDePoa(fila.Linea);
        if (EjercicioFiscal.TryParse(resto, out var ejercicio))
        {
            bloque.Ejercicio = ejercicio;
        }
        else
        {
            Reportar(CatalogoDeDiagnosticos.EjercicioIlegible, fila.Linea, fila.Columna(fila.PrimeraNoVacia()),
                $"El título «{fila.Celda(fila.PrimeraNoVacia())}» no termina en un año (como «Programa Operativo Anual 2023»): el bloque no se importa.");
        }
    }


    /// <summary>An activity row: the header is checked once (missing and extra columns), then the interpreter reads the row.</summary>
    private void LeerActividad(Fila fila)
    {
        var b = bloque!;
        b.Zona = ZonaDelBloque.Tabla;
        b.FilasDeDatos++;
        b.LineaDePrimeraFila ??= fila.Linea;
        var encabezado = b.Encabezado;
        if (b.FaltanColumnas is null && !b.EncabezadoRevisado)
        {
            b.EncabezadoRevisado = true;
            b.FaltanColumnas = encabezado.Linea is null ? "todas (no hay encabezado)" : encabezado.Cerrar();
            ReportarAdicionales(encabezado, fila);
        }

        if (b.FaltanColumnas is not null)
        {
            b.FilasNoLeidas++;
            return;
        }

        interprete.LeerActividad(b, fila);
    }

    /// <summary>One information diagnostic per table for the known columns that are not read.</summary>
    private void ReportarAdicionales(Encabezado encabezado, Fila fila)
    {
        if (encabezado.Adicionales.Count == 0)
        {
            return;
        }

        var nombres = new List<string>();
        foreach (var (_, nombre) in encabezado.Adicionales)
        {
            nombres.Add("«" + nombre + "»");
        }

        Reportar(CatalogoDeDiagnosticos.ColumnasAdicionales, encabezado.Linea ?? fila.Linea, null, bloque!.Unidad, null,
            $"La tabla tiene columnas que el POA no lee: {string.Join(", ", nombres)}. Sus valores no se importan.");
    }

    /// <summary>Closes the open block: its last signature, a header that lacked columns, a title block that lacked data; else its plan.</summary>
    internal void Cerrar()
    {
        var b = bloque;
        if (b is null)
        {
            return;
        }

        bloque = null;
        b.CerrarFirma(registro);
        if (b.FaltanColumnas is not null && b.FilasNoLeidas > 0)
        {
            Reportar(CatalogoDeDiagnosticos.EncabezadoIncompleto, b.Encabezado.Linea ?? b.LineaDePrimeraFila ?? b.LineaDeTitulo, null, b.Unidad, null,
                $"Al encabezado de la tabla le faltan columnas: {b.FaltanColumnas}. Las {N(b.FilasNoLeidas)} filas de actividad del bloque no se importan.");
        }

        var perdidas = b.Actividades.Count + b.Rechazadas.Count;
        if (b.Ejercicio is not { } ejercicio)
        {
            return; // POA105 already says the block is not imported.
        }

        if (b.Dependencia is null || b.Unidad is null)
        {
            var falta = b.Dependencia is null && b.Unidad is null ? "la dependencia ni la unidad responsable" : b.Dependencia is null ? "la dependencia" : "la unidad responsable";
            Reportar(CatalogoDeDiagnosticos.FaltaDatoGeneral, b.LineaDeTitulo, null, b.Unidad, null,
                $"El bloque no indica {falta} (líneas «Dependencia» y «Unidad responsable» después del título): el bloque y sus {N(perdidas)} actividades no se importan.");
            return;
        }

        interprete.CrearPlan(b, ejercicio, b.Dependencia, b.Unidad);
    }

    private void Reportar(DescriptorDeDiagnostico descriptor, int linea, int? columna, string mensaje)
        => registro.Reportar(descriptor, linea, columna, bloque?.Unidad, null, mensaje);

    private void Reportar(DescriptorDeDiagnostico descriptor, int linea, int? columna, string? unidad, int? actividad, string mensaje)
        => registro.Reportar(descriptor, linea, columna, unidad, actividad, mensaje);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
