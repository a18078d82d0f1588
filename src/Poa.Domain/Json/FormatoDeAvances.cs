using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Poa.Domain.Internal;
using static Poa.Domain.Json.LecturaJson;

namespace Poa.Domain.Json;

/// <summary>Reads and writes the avances document (<c>"formato": "poa.avances"</c>) and months as <c>yyyy-MM</c>.</summary>
internal static class FormatoDeAvances
{
    internal const string Formato = "poa.avances";
    internal const int Version = 1;

    private static readonly JsonEncodedText PFormato = JsonEncodedText.Encode("formato");
    private static readonly JsonEncodedText PVersion = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText PEjercicio = JsonEncodedText.Encode("ejercicio");
    private static readonly JsonEncodedText PUnidadResponsable = JsonEncodedText.Encode("unidadResponsable");
    private static readonly JsonEncodedText PAvances = JsonEncodedText.Encode("avances");
    private static readonly JsonEncodedText PActividad = JsonEncodedText.Encode("actividad");
    private static readonly JsonEncodedText PMes = JsonEncodedText.Encode("mes");
    private static readonly JsonEncodedText PRealizado = JsonEncodedText.Encode("realizado");
    private static readonly JsonEncodedText PNumerador = JsonEncodedText.Encode("numerador");
    private static readonly JsonEncodedText PDenominador = JsonEncodedText.Encode("denominador");
    private static readonly JsonEncodedText PJustificacion = JsonEncodedText.Encode("justificacion");
    private static readonly JsonEncodedText PFechaDeReporte = JsonEncodedText.Encode("fechaDeReporte");
    private static readonly JsonEncodedText PEvidencia = JsonEncodedText.Encode("evidencia");
    private static readonly JsonEncodedText VFormato = JsonEncodedText.Encode(Formato);

    /// <summary>Reads an avances document; the reader is on its <c>{</c>.</summary>
    internal static DocumentoDeAvances LeerDocumento(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarObjeto(ref reader, contexto, "un documento de avances con \"formato\": \"poa.avances\"");
        const int BEjercicio = 4, BUnidad = 8, BAvances = 16;
        var vistas = 0;
        var version = 0;
        var ejercicio = default(EjercicioFiscal);
        UnidadResponsable? unidad = null;
        var avances = new List<Avance>();
        var ruta = contexto.Ruta;
        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (LeerEncabezado(ref reader, contexto, ref vistas, "poa.avances"u8, Formato, ref version))
            {
            }
            else if (reader.ValueTextEquals("ejercicio"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BEjercicio, "ejercicio");
                ejercicio = FormatoDePlan.LeerEjercicio(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("unidadResponsable"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BUnidad, "unidadResponsable");
                var texto = LeerTextoONulo(ref reader, contexto, "el nombre de la unidad responsable, o null");
                unidad = string.IsNullOrWhiteSpace(texto) ? null : new UnidadResponsable(texto!);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("avances"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BAvances, "avances");
                LeerArreglo(ref reader, contexto, "los avances", avances, static (ref Utf8JsonReader r, ContextoDeLectura c, List<Avance> l, int _) => l.Add(LeerAvance(ref r, c)));

                ruta.Salir();
            }
            else
            {
                Desconocida(ref reader, contexto);
            }

            Avanzar(ref reader, contexto);
        }

        ExigirEncabezado(vistas, contexto, Formato);
        Exigir(vistas, BEjercicio, contexto, "ejercicio", "el año del ejercicio fiscal, como 2023");
        Exigir(vistas, BAvances, contexto, "avances", "un arreglo de avances");
        for (var i = 0; i < avances.Count; i++)
        {
            if (!ejercicio.Contiene(avances[i].Mes))
            {
                ruta.Entrar("avances");
                ruta.Entrar(i);
                ruta.Entrar("mes");
                throw Error(contexto, $"el mes {TextoDeMes(avances[i].Mes)} no pertenece al ejercicio {ejercicio}.");
            }
        }

        return new DocumentoDeAvances(ejercicio, unidad, avances, version, (IEnumerable<CampoDesconocido>?)contexto.Desconocidos ?? []);
    }

    /// <summary>Reads one avance: <c>actividad</c>, <c>mes</c>, and <c>realizado</c> or <c>numerador</c> and <c>denominador</c>.</summary>
    internal static Avance LeerAvance(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarObjeto(ref reader, contexto, "un avance con \"actividad\", \"mes\" y \"realizado\"");
        const int BActividad = 1, BMes = 2, BRealizado = 4, BNumerador = 8, BDenominador = 16, BJustificacion = 32, BEvidencia = 64, BFecha = 128;
        LocalDate? fechaDeReporte = null;
        var vistas = 0;
        var actividad = 0;
        var mes = default(YearMonth);
        decimal realizado = 0m, numerador = 0m, denominador = 0m;
        string? justificacion = null, evidencia = null;
        var ruta = contexto.Ruta;
        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("actividad"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BActividad, "actividad");
                actividad = LeerEntero(ref reader, contexto, "el número de la actividad", 1, Limites.MaximoNumeroDeActividad);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("mes"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BMes, "mes");
                mes = LeerMes(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("realizado"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BRealizado, "realizado");
                realizado = LeerCantidad(ref reader, contexto, "el valor realizado");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("numerador"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BNumerador, "numerador");
                numerador = LeerCantidad(ref reader, contexto, "el numerador, como los casos atendidos");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("denominador"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BDenominador, "denominador");
                denominador = LeerCantidad(ref reader, contexto, "el denominador, como los casos recibidos", positivo: "el denominador");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("fechaDeReporte"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BFecha, "fechaDeReporte");
                fechaDeReporte = reader.TokenType == JsonTokenType.Null ? null : LeerFecha(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("justificacion"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BJustificacion, "justificacion");
                justificacion = LeerTextoONulo(ref reader, contexto, "la justificación, o null");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("evidencia"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BEvidencia, "evidencia");
                evidencia = LeerTextoONulo(ref reader, contexto, "la evidencia, o null");
                ruta.Salir();
            }
            else
            {
                Desconocida(ref reader, contexto);
            }

            Avanzar(ref reader, contexto);
        }

        Exigir(vistas, BActividad, contexto, "actividad", "el número de la actividad, un entero de 1 a 9999");
        Exigir(vistas, BMes, contexto, "mes", "el mes reportado, como \"2023-03\"");
        var conVariables = (vistas & (BNumerador | BDenominador)) != 0;
        if (conVariables && (vistas & BRealizado) != 0)
        {
            throw Error(contexto, "un avance lleva «realizado» o bien «numerador» y «denominador», no ambos.");
        }

        if (conVariables)
        {
            Exigir(vistas, BNumerador, contexto, "numerador", "con «denominador» va «numerador»");
            Exigir(vistas, BDenominador, contexto, "denominador", "con «numerador» va «denominador»");
            return Avance.ConVariables(actividad, mes, numerador, denominador, justificacion, evidencia, fechaDeReporte);
        }

        Exigir(vistas, BRealizado, contexto, "realizado", "el valor realizado, o «numerador» y «denominador»");
        return Avance.Create(actividad, mes, realizado, justificacion, evidencia, fechaDeReporte);
    }

    /// <summary>Reads a date written <c>yyyy-MM-dd</c> (ISO 8601), e.g. <c>"2024-07-05"</c>.</summary>
    internal static LocalDate LeerFecha(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        const string Esperado = "una fecha en formato ISO \"aaaa-MM-dd\", como \"2024-07-05\"";
        var texto = LeerTexto(ref reader, contexto, Esperado);
        var resultado = NodaTime.Text.LocalDatePattern.Iso.Parse(texto);
        if (!resultado.Success || texto.Length != 10)
        {
            throw Error(contexto, $"se esperaba {Esperado}; se encontró \"{texto}\".");
        }

        var fecha = resultado.Value;
        if (fecha.Year is < EjercicioFiscal.AnioMinimo or > EjercicioFiscal.AnioMaximo)
        {
            throw Error(contexto, $"«{texto}» no es una fecha válida: el año debe estar entre {EjercicioFiscal.AnioMinimo} y {EjercicioFiscal.AnioMaximo}.");
        }

        return fecha;
    }

    /// <summary><c>2024-07-05</c>.</summary>
    internal static string TextoDeFecha(LocalDate fecha) => NodaTime.Text.LocalDatePattern.Iso.Format(fecha);

    /// <summary>Reads a month written <c>yyyy-MM</c> (ISO 8601), e.g. <c>"2023-03"</c>.</summary>
    internal static YearMonth LeerMes(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        const string Esperado = "un mes en formato ISO \"aaaa-MM\", como \"2023-03\"";
        var texto = LeerTexto(ref reader, contexto, Esperado);
        if (texto.Length != 7 || texto[4] != '-'
            || !int.TryParse(texto.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var anio)
            || !int.TryParse(texto.Substring(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var numero))
        {
            throw Error(contexto, $"se esperaba {Esperado}; se encontró \"{texto}\".");
        }

        if (numero is < 1 or > 12)
        {
            throw Error(contexto, $"«{texto}» no es un mes válido: no existe el mes {numero} (se esperan 01 a 12).");
        }

        if (anio is < EjercicioFiscal.AnioMinimo or > EjercicioFiscal.AnioMaximo)
        {
            throw Error(contexto, $"«{texto}» no es un mes válido: el año debe estar entre {EjercicioFiscal.AnioMinimo} y {EjercicioFiscal.AnioMaximo}.");
        }

        return new YearMonth(anio, numero);
    }

    /// <summary>Writes an avances document.</summary>
    internal static void EscribirDocumento(Utf8JsonWriter writer, DocumentoDeAvances documento)
    {
        var extensiones = documento.Extensiones;
        writer.WriteStartObject();
        writer.WriteString(PFormato, VFormato);
        // Version 2 only when an avance carries a field of version 2 (its fechaDeReporte), so version-1 consumers keep working.
        var version = Math.Max(documento.Version, Version);
        foreach (var a in documento.Avances)
        {
            if (a.FechaDeReporte.HasValue)
            {
                version = Math.Max(version, 2);
                break;
            }
        }

        writer.WriteNumber(PVersion, version);
        writer.WriteNumber(PEjercicio, documento.Ejercicio.Anio);
        if (documento.UnidadResponsable is not null)
        {
            writer.WriteString(PUnidadResponsable, documento.UnidadResponsable.Nombre);
        }

        writer.WritePropertyName(PAvances);
        writer.WriteStartArray();
        var avances = documento.Avances;
        for (var i = 0; i < avances.Count; i++)
        {
            EscribirAvance(writer, avances[i], extensiones, extensiones is null ? null : "/avances/" + i.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteEndArray();
        extensiones?.Escribir(writer, string.Empty);
        writer.WriteEndObject();
    }

    /// <summary>Writes one avance: <c>realizado</c>, or <c>numerador</c> and <c>denominador</c> when it has variables.</summary>
    internal static void EscribirAvance(Utf8JsonWriter writer, Avance avance, Extensiones? extensiones = null, string? puntero = null)
    {
        writer.WriteStartObject();
        writer.WriteNumber(PActividad, avance.Actividad);
        writer.WriteString(PMes, TextoDeMes(avance.Mes));
        if (avance.TieneVariables)
        {
            writer.WriteNumber(PNumerador, FormatoDePlan.Canonico(avance.Numerador!.Value));
            writer.WriteNumber(PDenominador, FormatoDePlan.Canonico(avance.Denominador!.Value));
        }
        else
        {
            writer.WriteNumber(PRealizado, FormatoDePlan.Canonico(avance.Realizado));
        }

        if (avance.Justificacion is not null)
        {
            writer.WriteString(PJustificacion, avance.Justificacion);
        }

        if (avance.FechaDeReporte is { } fecha)
        {
            writer.WriteString(PFechaDeReporte, TextoDeFecha(fecha));
        }

        if (avance.Evidencia is not null)
        {
            writer.WriteString(PEvidencia, avance.Evidencia);
        }

        if (puntero is not null)
        {
            extensiones?.Escribir(writer, puntero);
        }

        writer.WriteEndObject();
    }

    /// <summary><c>2023-03</c>.</summary>
    internal static string TextoDeMes(YearMonth mes) => mes.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
