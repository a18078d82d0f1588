using System;
using System.Collections.Generic;
using System.Globalization;
using Poa.Domain.Internal;

namespace Poa.Domain.Importacion;

/// <summary>The interpreter of the optional columns: tipo de acumulación, frecuencia, línea base, peso, and the <c>Total</c> check.</summary>
internal sealed partial class InterpreteDePoa
{
    private static readonly (string Clave, TipoDeAcumulacion Tipo)[] Acumulaciones =
    [
        ("SUMA", TipoDeAcumulacion.Suma),
        ("ACUMULABLE", TipoDeAcumulacion.Suma),
        ("PROMEDIO", TipoDeAcumulacion.Promedio),
        ("ULTIMO VALOR", TipoDeAcumulacion.UltimoValor),
        ("ULTIMOVALOR", TipoDeAcumulacion.UltimoValor),
        ("MAXIMO", TipoDeAcumulacion.Maximo),
    ];

    private static readonly (string Clave, Frecuencia Frecuencia)[] Frecuencias =
    [
        ("MENSUAL", Frecuencia.Mensual),
        ("BIMESTRAL", Frecuencia.Bimestral),
        ("TRIMESTRAL", Frecuencia.Trimestral),
        ("CUATRIMESTRAL", Frecuencia.Cuatrimestral),
        ("SEMESTRAL", Frecuencia.Semestral),
        ("ANUAL", Frecuencia.Anual),
    ];

    private (TipoDeAcumulacion? Acumulacion, Frecuencia? Frecuencia, LineaBase? LineaBase, decimal? Peso) LeerOpcionales(Fila fila, int numero, ref int errores)
    {
        var encabezado = bloque!.Encabezado;
        TipoDeAcumulacion? acumulacion = null;
        Frecuencia? frecuencia = null;
        LineaBase? lineaBase = null;
        decimal? peso = null;

        var columna = encabezado[Encabezado.Acumulacion];
        if (!fila.Vacia(columna))
        {
            acumulacion = Buscar(Acumulaciones, fila.Celda(columna), out var encontrado);
            if (!encontrado)
            {
                RechazarOpcional(fila, columna, numero, ref errores, "Tipo de acumulación", "suma, promedio, último valor o máximo");
            }
        }

        columna = encabezado[Encabezado.Frecuencia];
        if (!fila.Vacia(columna))
        {
            frecuencia = Buscar(Frecuencias, fila.Celda(columna), out var encontrado);
            if (!encontrado)
            {
                RechazarOpcional(fila, columna, numero, ref errores, "Frecuencia", "mensual, bimestral, trimestral, cuatrimestral, semestral o anual");
            }
        }

        int columnaValor = encabezado[Encabezado.LineaBase], columnaAnio = encabezado[Encabezado.AnioLineaBase];
        if (!fila.Vacia(columnaValor) || !fila.Vacia(columnaAnio))
        {
            var valor = LeerValor(fila, columnaValor);
            if (fila.Vacia(columnaValor) || !valor.Ok)
            {
                RechazarOpcional(fila, columnaValor < 0 ? columnaAnio : columnaValor, numero, ref errores, "Línea base",
                    "un número no negativo, de a lo más 10^12 y 6 decimales, con su año en «Año línea base»");
            }
            else if (fila.Vacia(columnaAnio)
                || !int.TryParse(fila.Celda(columnaAnio), NumberStyles.None, CultureInfo.InvariantCulture, out var anio)
                || anio is < EjercicioFiscal.AnioMinimo or > EjercicioFiscal.AnioMaximo)
            {
                RechazarOpcional(fila, columnaAnio < 0 ? columnaValor : columnaAnio, numero, ref errores, "Año línea base",
                    $"un año de {EjercicioFiscal.AnioMinimo.ToString(CultureInfo.InvariantCulture)} a {EjercicioFiscal.AnioMaximo.ToString(CultureInfo.InvariantCulture)} (la línea base necesita su año)");
            }
            else
            {
                lineaBase = LineaBase.Create(valor.Valor, anio);
            }
        }

        columna = encabezado[Encabezado.Peso];
        if (!fila.Vacia(columna))
        {
            var leido = LectorDeNumeros.Leer(fila.Texto(columna), separadorDecimal, Actividad.PesoMaximo, exponente: false);
            if (!leido.Ok || leido.Negativo || leido.Valor <= 0m)
            {
                RechazarOpcional(fila, columna, numero, ref errores, "Peso", "un número mayor que 0 y a lo más 1,000,000, con a lo más 6 decimales");
            }
            else
            {
                peso = leido.Valor;
            }
        }

        return (acumulacion, frecuencia, lineaBase, peso);
    }

    private static T? Buscar<T>((string Clave, T Valor)[] tabla, string celda, out bool encontrado)
        where T : struct
    {
        var clave = Texto.Clave(celda);
        foreach (var (c, valor) in tabla)
        {
            if (string.Equals(c, clave, StringComparison.Ordinal))
            {
                encontrado = true;
                return valor;
            }
        }

        encontrado = false;
        return null;
    }

    private void RechazarOpcional(Fila fila, int columna, int numero, ref int errores, string nombre, string esperado)
    {
        errores++;
        Reportar(CatalogoDeDiagnosticos.ColumnaOpcionalIlegible, fila.Linea, fila.Columna(columna), bloque!.Unidad, numero,
            $"La celda «{nombre}» tiene «{fila.Celda(columna)}»; se esperaba {esperado}." + NoSeImporta);
    }

    /// <summary>A <c>Total</c> cell is compared with the sum of the calendar (for a <c>suma</c> activity); a difference is a warning.</summary>
    private void RevisarTotal(Fila fila, Actividad actividad)
    {
        var columna = bloque!.Encabezado[Encabezado.Total];
        if (fila.Vacia(columna) || actividad.Acumulacion != TipoDeAcumulacion.Suma)
        {
            return;
        }

        var total = LeerValor(fila, columna);
        var suma = actividad.Calendarizacion.Total;
        if (!total.Ok || total.Valor != suma)
        {
            Reportar(CatalogoDeDiagnosticos.TotalNoCoincide, fila.Linea, fila.Columna(columna), bloque.Unidad, actividad.Numero,
                $"La celda «Total» dice «{fila.Celda(columna)}», pero los meses suman {Numeros.Formatear(suma, CultureInfo.InvariantCulture)}. Se usan los meses.");
        }
    }
}
