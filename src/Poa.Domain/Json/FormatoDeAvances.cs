using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Poa.Domain.Internal;
using static Poa.Domain.Json.LecturaJson;

namespace Poa.Domain.Json;

/// <summary>Reads and writes the avances document (<c>"formato": "poa.avances"</c>) and months as <c>yyyy-MM</c>; one table of properties per object (<see cref="Objeto{TEstado, T}"/>).</summary>
internal static class FormatoDeAvances
{
    internal const string Formato = "poa.avances";

    /// <summary>The lowest version written; avances with a property of version 2 (<c>fechaDeReporte</c>) are written as version 2.</summary>
    internal const int Version = 1;

    private static readonly Objeto<EstadoDeAvance, Avance> TablaDeAvance = new Objeto<EstadoDeAvance, Avance>("un avance con \"actividad\", \"mes\" y \"realizado\"")
        .Obligatoria("actividad", "el número de la actividad, un entero de 1 a 9999", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAvance e) => e.Actividad = LeerEntero(ref r, c, "el número de la actividad", 1, Limites.MaximoNumeroDeActividad), static (w, n, a, _) => w.WriteNumber(n, a.Actividad))
        .Obligatoria("mes", "el mes reportado, como \"2023-03\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAvance e) => e.Mes = LeerMes(ref r, c), static (w, n, a, _) => w.WriteString(n, TextoDeMes(a.Mes)))
        .Opcional("numerador", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAvance e) => e.Numerador = LeerCantidad(ref r, c, "el numerador, como los casos atendidos"), static (w, n, a, _) => w.WriteNumber(n, FormatoDePlan.Canonico(a.Numerador!.Value)), static a => a.TieneVariables)
        .Opcional("denominador", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAvance e) => e.Denominador = LeerCantidad(ref r, c, "el denominador, como los casos recibidos", positivo: "el denominador"), static (w, n, a, _) => w.WriteNumber(n, FormatoDePlan.Canonico(a.Denominador!.Value)), static a => a.TieneVariables)
        .Opcional("realizado", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAvance e) => e.Realizado = LeerCantidad(ref r, c, "el valor realizado"), static (w, n, a, _) => w.WriteNumber(n, FormatoDePlan.Canonico(a.Realizado)), static a => !a.TieneVariables)
        .Opcional("justificacion", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAvance e) => e.Justificacion = LeerTextoONulo(ref r, c, "la justificación, o null"), static (w, n, a, _) => w.WriteString(n, a.Justificacion), static a => a.Justificacion is not null)
        .Opcional("fechaDeReporte", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAvance e) => e.FechaDeReporte = r.TokenType == JsonTokenType.Null ? null : LeerFecha(ref r, c), static (w, n, a, _) => w.WriteString(n, TextoDeFecha(a.FechaDeReporte!.Value)), static a => a.FechaDeReporte.HasValue, version: 2)
        .Opcional("evidencia", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAvance e) => e.Evidencia = LeerTextoONulo(ref r, c, "la evidencia, o null"), static (w, n, a, _) => w.WriteString(n, a.Evidencia), static a => a.Evidencia is not null);

    /// <summary>The row bits of <c>numerador</c>, <c>denominador</c> and <c>realizado</c> in <see cref="TablaDeAvance"/>.</summary>
    private const long BNumerador = 1 << 2, BDenominador = 1 << 3, BRealizado = 1 << 4;

    // The reader and writer of an element, as delegates created once (a method group would make one per list).
    private static readonly Lector<Avance> LectorDeAvance = LeerAvance;
    private static readonly Action<Utf8JsonWriter, Avance, Lugar> EscritorDeAvance = static (w, a, l) => TablaDeAvance.Escribir(w, a, l);

    private static readonly Objeto<EstadoDeDocumento, DocumentoDeAvances> TablaDeDocumento = new Objeto<EstadoDeDocumento, DocumentoDeAvances>("un documento de avances con \"formato\": \"poa.avances\"")
        .Encabezado(Formato)
        .Obligatoria("ejercicio", "el año del ejercicio fiscal, como 2023", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeDocumento e) => e.Ejercicio = FormatoDePlan.LeerEjercicio(ref r, c), static (w, n, d, _) => w.WriteNumber(n, d.Ejercicio.Anio))
        .Opcional("unidadResponsable", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeDocumento e) => e.Unidad = LeerTextoONulo(ref r, c, "el nombre de la unidad responsable, o null") is { } t && !string.IsNullOrWhiteSpace(t) ? new UnidadResponsable(t) : null, static (w, n, d, _) => w.WriteString(n, d.UnidadResponsable!.Nombre), static d => d.UnidadResponsable is not null)
        .Obligatoria("avances", "un arreglo de avances", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeDocumento e) => e.Avances = Comunes.LeerLista(ref r, c, "los avances", LectorDeAvance), static (w, n, d, l) => Comunes.EscribirLista(w, n, d.Avances, l.En("avances"), EscritorDeAvance))
        .ConVersionAnidada(static d => VersionDeAvances(d.Avances));

    private static int VersionDeAvances(IReadOnlyList<Avance> avances)
    {
        var version = 1;
        for (var i = 0; i < avances.Count && version < 2; i++)
        {
            version = Math.Max(version, TablaDeAvance.VersionPara(avances[i]));
        }

        return version;
    }

    /// <summary>Reads an avances document; the reader is on its <c>{</c>. Its version is read first, wherever it stands.</summary>
    internal static DocumentoDeAvances LeerDocumento(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        contexto.Version = VersionDeclarada(reader);
        var e = default(EstadoDeDocumento);
        TablaDeDocumento.Leer(ref reader, contexto, ref e);
        var avances = e.Avances!;
        for (var i = 0; i < avances.Count; i++)
        {
            if (!e.Ejercicio.Contiene(avances[i].Mes))
            {
                var ruta = contexto.Ruta;
                ruta.Entrar("avances");
                ruta.Entrar(i);
                ruta.Entrar("mes");
                throw Error(contexto, $"el mes {TextoDeMes(avances[i].Mes)} no pertenece al ejercicio {e.Ejercicio}.");
            }
        }

        return new DocumentoDeAvances(e.Ejercicio, e.Unidad, avances, e.Version, (IEnumerable<CampoDesconocido>?)contexto.Desconocidos ?? []);
    }

    /// <summary>Reads one avance: <c>actividad</c>, <c>mes</c>, and <c>realizado</c> or <c>numerador</c> and <c>denominador</c>.</summary>
    internal static Avance LeerAvance(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var e = default(EstadoDeAvance);
        var vistas = TablaDeAvance.Leer(ref reader, contexto, ref e);
        var conVariables = (vistas & (BNumerador | BDenominador)) != 0;
        if (conVariables && (vistas & BRealizado) != 0)
        {
            throw Error(contexto, "un avance lleva «realizado» o bien «numerador» y «denominador», no ambos.");
        }

        if (conVariables)
        {
            Exigir(vistas, BNumerador, contexto, "numerador", "con «denominador» va «numerador»");
            Exigir(vistas, BDenominador, contexto, "denominador", "con «numerador» va «denominador»");
            return Avance.ConVariables(e.Actividad, e.Mes, e.Numerador, e.Denominador, e.Justificacion, e.Evidencia, e.FechaDeReporte);
        }

        Exigir(vistas, BRealizado, contexto, "realizado", "el valor realizado, o «numerador» y «denominador»");
        return Avance.Create(e.Actividad, e.Mes, e.Realizado, e.Justificacion, e.Evidencia, e.FechaDeReporte);
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

    /// <summary>Writes an avances document, in the version it needs (2 when an avance has a <c>fechaDeReporte</c>), or the newer one it was read with.</summary>
    internal static void EscribirDocumento(Utf8JsonWriter writer, DocumentoDeAvances documento)
        => TablaDeDocumento.Escribir(writer, documento, Lugar.Documento(Math.Max(Math.Max(documento.Version, Version), TablaDeDocumento.VersionPara(documento)), documento.Extensiones));

    /// <summary>Writes one avance: <c>realizado</c>, or <c>numerador</c> and <c>denominador</c> when it has variables.</summary>
    internal static void EscribirAvance(Utf8JsonWriter writer, Avance avance) => TablaDeAvance.Escribir(writer, avance, Lugar.Suelto);

    private struct EstadoDeDocumento : IEstadoDeDocumento
    {
        public int Version { get; set; }

        internal EjercicioFiscal Ejercicio;
        internal UnidadResponsable? Unidad;
        internal List<Avance>? Avances;
    }

    private struct EstadoDeAvance
    {
        internal int Actividad;
        internal YearMonth Mes;
        internal decimal Realizado;
        internal decimal Numerador;
        internal decimal Denominador;
        internal string? Justificacion;
        internal string? Evidencia;
        internal LocalDate? FechaDeReporte;
    }

    /// <summary><c>2023-03</c>.</summary>
    internal static string TextoDeMes(YearMonth mes) => mes.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
