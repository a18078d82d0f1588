using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Poa.Domain.Json;

/// <summary>
/// Writes the results document (<c>"formato": "poa.resultados"</c>): the evaluation of a plan at a corte, per activity,
/// and optionally roll-ups. Write-only in this version: results are computed from a plan and its avances.
/// </summary>
internal static class FormatoDeResultados
{
    internal const string Formato = "poa.resultados";
    internal const int Version = 1;

    private static readonly JsonEncodedText VFormato = JsonEncodedText.Encode(Formato);

    /// <summary>Writes the document for <paramref name="resultado"/> and, when given, <paramref name="resumenes"/>.</summary>
    internal static void EscribirDocumento(Utf8JsonWriter writer, ResultadoDePlan resultado, IReadOnlyList<ResumenDeGrupo> resumenes)
    {
        var plan = resultado.Plan;
        writer.WriteStartObject();
        writer.WriteString("formato"u8, VFormato);
        writer.WriteNumber("version"u8, Version);
        writer.WriteNumber("ejercicio"u8, plan.Ejercicio.Anio);
        writer.WriteString("corte"u8, FormatoDeAvances.TextoDeMes(resultado.Corte.Mes));
        writer.WriteString("dependencia"u8, plan.Dependencia.Nombre);
        writer.WriteString("unidadResponsable"u8, plan.UnidadResponsable.Nombre);
        writer.WritePropertyName("actividades"u8);
        writer.WriteStartArray();
        foreach (var r in resultado.Resultados)
        {
            EscribirResultado(writer, r, plan.Ejercicio);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("resumenes"u8);
        writer.WriteStartArray();
        foreach (var resumen in resumenes)
        {
            EscribirResumen(writer, resumen);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the result of one activity.</summary>
    internal static void EscribirResultado(Utf8JsonWriter writer, in ResultadoDeActividad r, EjercicioFiscal ejercicio)
    {
        writer.WriteStartObject();
        writer.WriteNumber("numero"u8, r.Actividad.Numero);
        writer.WriteString("descripcion"u8, r.Actividad.Descripcion);
        writer.WriteString("estado"u8, Nombre(r.Estado));
        writer.WriteNumber("programado"u8, FormatoDePlan.Canonico(r.Programado));
        writer.WriteNumber("realizado"u8, FormatoDePlan.Canonico(r.Realizado));
        NumeroONulo(writer, "cumplimiento"u8, r.Cumplimiento);
        NumeroONulo(writer, "cumplimientoRedondeado"u8, r.CumplimientoRedondeado);
        NumeroONulo(writer, "avanceAnual"u8, r.AvanceAnual);
        if (r.Color is { } color)
        {
            writer.WriteString("color"u8, FormatoDePlan.NombreDe(color));
        }
        else
        {
            writer.WriteNull("color"u8);
        }

        if (r.BandaAplicada is { } banda)
        {
            writer.WriteString("bandaAplicada"u8, banda.ToString());
        }
        else
        {
            writer.WriteNull("bandaAplicada"u8);
        }

        writer.WriteString("formula"u8, Nombre(r.Formula));
        writer.WriteString("agregacion"u8, Nombre(r.Agregacion));
        writer.WriteString("politicaDeMesesSinReporte"u8, Nombre(r.PoliticaDeMesesSinReporte));
        Meses(writer, "mesesProgramados"u8, r.MesesProgramados, ejercicio);
        Meses(writer, "mesesReportados"u8, r.MesesReportados, ejercicio);
        Meses(writer, "mesesSinReporte"u8, r.MesesSinReporte, ejercicio);
        Meses(writer, "mesesConsiderados"u8, r.MesesConsiderados, ejercicio);
        writer.WritePropertyName("senales"u8);
        writer.WriteStartArray();
        foreach (SenalesDeEvaluacion senal in Enum.GetValues(typeof(SenalesDeEvaluacion)))
        {
            if (senal != SenalesDeEvaluacion.Ninguna && (r.Senales & senal) == senal)
            {
                writer.WriteStringValue(Nombre(senal));
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one roll-up.</summary>
    internal static void EscribirResumen(Utf8JsonWriter writer, ResumenDeGrupo resumen)
    {
        writer.WriteStartObject();
        writer.WriteString("agrupacion"u8, Nombre(resumen.Agrupacion));
        writer.WriteString("nombre"u8, resumen.Nombre);
        writer.WriteNumber("actividades"u8, resumen.Actividades);
        writer.WriteNumber("verdes"u8, resumen.Verdes);
        writer.WriteNumber("amarillos"u8, resumen.Amarillos);
        writer.WriteNumber("rojos"u8, resumen.Rojos);
        writer.WriteNumber("sinColor"u8, resumen.SinColor);
        writer.WriteNumber("conCumplimiento"u8, resumen.ConCumplimiento);
        NumeroONulo(writer, "porcentajeVerde"u8, resumen.PorcentajeVerde);
        NumeroONulo(writer, "cumplimientoPromedio"u8, resumen.CumplimientoPromedio);
        if (resumen.Color is { } color)
        {
            writer.WriteString("color"u8, FormatoDePlan.NombreDe(color));
        }
        else
        {
            writer.WriteNull("color"u8);
        }

        writer.WriteString("promedio"u8, Nombre(resumen.Promedio));
        writer.WriteEndObject();
    }

    private static void NumeroONulo(Utf8JsonWriter writer, ReadOnlySpan<byte> nombre, decimal? valor)
    {
        if (valor is { } v)
        {
            writer.WriteNumber(nombre, FormatoDePlan.Canonico(v));
        }
        else
        {
            writer.WriteNull(nombre);
        }
    }

    private static void Meses(Utf8JsonWriter writer, ReadOnlySpan<byte> nombre, ConjuntoDeMeses meses, EjercicioFiscal ejercicio)
    {
        writer.WritePropertyName(nombre);
        writer.WriteStartArray();
        foreach (var mes in meses)
        {
            writer.WriteStringValue(FormatoDeAvances.TextoDeMes(ejercicio.Mes(mes)));
        }

        writer.WriteEndArray();
    }

    /// <summary>An enum member's name in camelCase (<c>SinMetaProgramada</c> → <c>sinMetaProgramada</c>); culture-free.</summary>
    internal static string Nombre<T>(T valor)
        where T : struct, Enum
    {
        var texto = valor.ToString();
        return texto.Length == 0 ? texto : char.ToLowerInvariant(texto[0]) + texto.Substring(1);
    }
}
