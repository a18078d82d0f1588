using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Poa.Domain.Json;

/// <summary>Reads a value with path tracking (a converter's body).</summary>
internal delegate T Lector<T>(ref Utf8JsonReader reader, ContextoDeLectura contexto);

/// <summary>What every converter shares: a fresh path, and domain exceptions turned into <see cref="JsonException"/>.</summary>
internal static class Convertidor
{
    /// <summary>What every converter's <c>Write</c> checks first: neither the writer nor the value is null.</summary>
    internal static void ComprobarEscritura(Utf8JsonWriter writer, object? value = null, bool valorObligatorio = true)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (valorObligatorio && value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }
    }

    internal static T Leer<T>(ref Utf8JsonReader reader, Lector<T> lector)
    {
        var contexto = ContextoDeLectura.ParaConvertidor(ref reader);
        try
        {
            return lector(ref reader, contexto);
        }
        catch (ArgumentException e)
        {
            throw LecturaJson.Error(contexto, e.Message, e);
        }
        catch (FormatException e)
        {
            throw LecturaJson.Error(contexto, e.Message, e);
        }
        catch (ArithmeticException e)
        {
            throw LecturaJson.Error(contexto, LecturaJson.FueraDeRango, e);
        }
    }
}

/// <summary>JSON for <see cref="Plan"/>: a plan as a whole document (<c>"formato": "poa.plan"</c>, <c>"version"</c>, ...). Unknown fields are skipped on read; read a <see cref="DocumentoDePlan"/> to keep them. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class PlanJsonConverter : JsonConverter<Plan>
{
    /// <inheritdoc />
    public override Plan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, static (ref Utf8JsonReader r, ContextoDeLectura c) => FormatoDePlan.LeerDocumento(ref r, c, out _));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Plan value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        FormatoDePlan.EscribirDocumento(writer, value, FormatoDePlan.Version, null);
    }
}

/// <summary>JSON for <see cref="DocumentoDePlan"/>: a plan document keeping the fields this version does not know. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class DocumentoDePlanJsonConverter : JsonConverter<DocumentoDePlan>
{
    /// <inheritdoc />
    public override DocumentoDePlan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, static (ref Utf8JsonReader r, ContextoDeLectura c) =>
            {
                var contexto = new ContextoDeLectura(c.Ruta, new System.Collections.Generic.List<CampoDesconocido>()) { Desplazamiento = c.Desplazamiento };
                var plan = FormatoDePlan.LeerDocumento(ref r, contexto, out var version);
                return new DocumentoDePlan(plan, version, contexto.Desconocidos!);
            });

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DocumentoDePlan value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        FormatoDePlan.EscribirDocumento(writer, value.Plan, Math.Max(value.Version, FormatoDePlan.Version), value.Extensiones);
    }
}

/// <summary>JSON for <see cref="Actividad"/>: an activity object (<c>numero</c>, <c>descripcion</c>, <c>alineacion</c>, <c>programa</c>, <c>meta</c>, <c>semaforizacion</c>, <c>mediosDeVerificacion</c>, <c>calendarizacion</c>, <c>sentido</c>). Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class ActividadJsonConverter : JsonConverter<Actividad>
{
    /// <inheritdoc />
    public override Actividad Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, FormatoDePlan.LeerActividad);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Actividad value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        FormatoDePlan.EscribirActividad(writer, value);
    }
}

/// <summary>JSON for <see cref="Alineacion"/>: <c>{"eje": "V. Ciudad abierta", "objetivo": "5.1 Monterrey abierto e inteligente"}</c>. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class AlineacionJsonConverter : JsonConverter<Alineacion>
{
    /// <inheritdoc />
    public override Alineacion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, FormatoDePlan.LeerAlineacion);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Alineacion value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        FormatoDePlan.EscribirAlineacion(writer, value);
    }
}

/// <summary>JSON for <see cref="EjeRector"/>: an axis as its canonical text, <c>"V. Ciudad abierta"</c>. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class EjeRectorJsonConverter : JsonConverter<EjeRector>
{
    /// <inheritdoc />
    public override EjeRector Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, FormatoDePlan.LeerEje);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EjeRector value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        writer.WriteStringValue(value.ToString());
    }
}

/// <summary>JSON for <see cref="ObjetivoEstrategico"/>: an objective as its canonical text, <c>"5.1 Monterrey abierto e inteligente"</c>. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class ObjetivoEstrategicoJsonConverter : JsonConverter<ObjetivoEstrategico>
{
    /// <inheritdoc />
    public override ObjetivoEstrategico Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, FormatoDePlan.LeerObjetivo);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ObjetivoEstrategico value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        writer.WriteStringValue(value.ToString());
    }
}

/// <summary>JSON for <see cref="Meta"/>: <c>{"cantidad": 1500, "unidad": "Cuentas"}</c>; the quantity is an exact JSON number, never negative. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class MetaJsonConverter : JsonConverter<Meta>
{
    /// <inheritdoc />
    public override Meta Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, FormatoDePlan.LeerMeta);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Meta value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        FormatoDePlan.EscribirMeta(writer, value);
    }
}

/// <summary>JSON for <see cref="UnidadDeMedida"/>: a unit as its name, <c>"Cuentas"</c>. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class UnidadDeMedidaJsonConverter : JsonConverter<UnidadDeMedida>
{
    /// <inheritdoc />
    public override UnidadDeMedida Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, FormatoDePlan.LeerUnidad);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, UnidadDeMedida value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        writer.WriteStringValue(value.Nombre);
    }
}

/// <summary>JSON for <see cref="Calendarizacion"/>: twelve cells, January first, <c>null</c> where nothing is programmed: <c>[null, null, 1, null, ...]</c>. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class CalendarizacionJsonConverter : JsonConverter<Calendarizacion>
{
    /// <inheritdoc />
    public override Calendarizacion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, FormatoDePlan.LeerCalendarizacion);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Calendarizacion value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        FormatoDePlan.EscribirCalendarizacion(writer, value);
    }
}

/// <summary>JSON for <see cref="Semaforizacion"/>: <c>{"verde": "&gt;= 80%", "amarillo": "&gt; 50% y &lt; 80%", "rojo": "&lt;= 50%"}</c> in canonical notation; any notation the domain parses is read. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class SemaforizacionJsonConverter : JsonConverter<Semaforizacion>
{
    /// <inheritdoc />
    public override Semaforizacion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, FormatoDePlan.LeerSemaforizacion);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Semaforizacion value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        FormatoDePlan.EscribirSemaforizacion(writer, value);
    }
}

/// <summary>JSON for <see cref="Banda"/>: <c>{"color": "verde", "notacion": "&gt;= 80%"}</c>. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class BandaJsonConverter : JsonConverter<Banda>
{
    /// <inheritdoc />
    public override Banda Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, FormatoDePlan.LeerBandaSuelta);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Banda value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        FormatoDePlan.EscribirBandaSuelta(writer, value);
    }
}

/// <summary>JSON for <see cref="Firmante"/>: <c>{"titulo": "Lic.", "nombre": "...", "cargo": "..."}</c>; <c>titulo</c> is left out when there is none. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class FirmanteJsonConverter : JsonConverter<Firmante>
{
    /// <inheritdoc />
    public override Firmante Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, FormatoDePlan.LeerFirmante);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Firmante value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        FormatoDePlan.EscribirFirmante(writer, value);
    }
}

/// <summary>JSON for <see cref="Dependencia"/>: a dependencia as its name. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class DependenciaJsonConverter : JsonConverter<Dependencia>
{
    /// <inheritdoc />
    public override Dependencia Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, static (ref Utf8JsonReader r, ContextoDeLectura c) => new Dependencia(LecturaJson.LeerTextoNoVacio(ref r, c, "el nombre de la dependencia")));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Dependencia value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        writer.WriteStringValue(value.Nombre);
    }
}

/// <summary>JSON for <see cref="UnidadResponsable"/>: a unidad responsable as its name. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class UnidadResponsableJsonConverter : JsonConverter<UnidadResponsable>
{
    /// <inheritdoc />
    public override UnidadResponsable Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, static (ref Utf8JsonReader r, ContextoDeLectura c) => new UnidadResponsable(LecturaJson.LeerTextoNoVacio(ref r, c, "el nombre de la unidad responsable")));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, UnidadResponsable value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        writer.WriteStringValue(value.Nombre);
    }
}

/// <summary>JSON for <see cref="ProgramaPresupuestario"/>: a programa presupuestario as its name. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>; names are fixed by the format, not by a naming policy.</remarks>
public sealed class ProgramaPresupuestarioJsonConverter : JsonConverter<ProgramaPresupuestario>
{
    /// <inheritdoc />
    public override ProgramaPresupuestario Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, static (ref Utf8JsonReader r, ContextoDeLectura c) => new ProgramaPresupuestario(LecturaJson.LeerTextoNoVacio(ref r, c, "el programa presupuestario")));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ProgramaPresupuestario value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        writer.WriteStringValue(value.Nombre);
    }
}

/// <summary>JSON for <see cref="EjercicioFiscal"/>: the year as a JSON integer, <c>2023</c>. Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>.</remarks>
public sealed class EjercicioFiscalJsonConverter : JsonConverter<EjercicioFiscal>
{
    /// <inheritdoc />
    public override EjercicioFiscal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, static (ref Utf8JsonReader r, ContextoDeLectura c) => FormatoDePlan.LeerEjercicio(ref r, c));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EjercicioFiscal value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, valorObligatorio: false);
        writer.WriteNumberValue(value.Anio);
    }
}

/// <summary>JSON for <see cref="Sentido"/>: <c>"ascendente"</c>, <c>"descendente"</c> or <c>"regular"</c> (read in any case; numbers are rejected). Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>.</remarks>
public sealed class SentidoJsonConverter : JsonConverter<Sentido>
{
    /// <inheritdoc />
    public override Sentido Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, FormatoDePlan.LeerSentido);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Sentido value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, valorObligatorio: false);
        writer.WriteStringValue(FormatoDePlan.NombreDe(value));
    }
}

/// <summary>JSON for <see cref="Color"/>: <c>"verde"</c>, <c>"amarillo"</c> or <c>"rojo"</c> (read in any case; numbers are rejected). Errors are <see cref="JsonException"/>s naming the path and what was expected.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>.</remarks>
public sealed class ColorJsonConverter : JsonConverter<Color>
{
    /// <inheritdoc />
    public override Color Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, FormatoDePlan.LeerColor);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Color value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, valorObligatorio: false);
        writer.WriteStringValue(FormatoDePlan.NombreDe(value));
    }
}

/// <summary>JSON for <see cref="Avance"/>: <c>{"actividad": 3, "mes": "2023-03", "realizado": 95}</c>, or with <c>"numerador"</c> and <c>"denominador"</c> instead of <c>"realizado"</c>; optional <c>"justificacion"</c> and <c>"evidencia"</c>.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>.</remarks>
public sealed class AvanceJsonConverter : JsonConverter<Avance>
{
    /// <inheritdoc />
    public override Avance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, FormatoDeAvances.LeerAvance);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Avance value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        FormatoDeAvances.EscribirAvance(writer, value);
    }
}

/// <summary>JSON for <see cref="DocumentoDeResultados"/>: the document <c>"formato": "poa.resultados"</c>, keeping unknown fields.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>.</remarks>
public sealed class DocumentoDeResultadosJsonConverter : JsonConverter<DocumentoDeResultados>
{
    /// <inheritdoc />
    public override DocumentoDeResultados Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(
            ref reader,
            static (ref Utf8JsonReader r, ContextoDeLectura c) => FormatoDeResultados.LeerDocumento(ref r, new ContextoDeLectura(c.Ruta, new System.Collections.Generic.List<CampoDesconocido>()) { Desplazamiento = c.Desplazamiento }));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DocumentoDeResultados value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        FormatoDeResultados.EscribirDocumento(writer, value);
    }
}

/// <summary>JSON for <see cref="DocumentoDeAvances"/>: the document <c>"formato": "poa.avances"</c>, keeping unknown fields.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>.</remarks>
public sealed class DocumentoDeAvancesJsonConverter : JsonConverter<DocumentoDeAvances>
{
    /// <inheritdoc />
    public override DocumentoDeAvances Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(
            ref reader,
            static (ref Utf8JsonReader r, ContextoDeLectura c) => FormatoDeAvances.LeerDocumento(ref r, new ContextoDeLectura(c.Ruta, new System.Collections.Generic.List<CampoDesconocido>()) { Desplazamiento = c.Desplazamiento }));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DocumentoDeAvances value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, value);
        FormatoDeAvances.EscribirDocumento(writer, value);
    }
}

/// <summary>JSON for <see cref="Corte"/>: its month as ISO <c>"yyyy-MM"</c>, e.g. <c>"2023-06"</c>.</summary>
/// <remarks>Attached to the type, so it works with any <see cref="JsonSerializerOptions"/>.</remarks>
public sealed class CorteJsonConverter : JsonConverter<Corte>
{
    /// <inheritdoc />
    public override Corte Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Convertidor.Leer(ref reader, static (ref Utf8JsonReader r, ContextoDeLectura c) => Corte.De(FormatoDeAvances.LeerMes(ref r, c)));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Corte value, JsonSerializerOptions options)
    {
        Convertidor.ComprobarEscritura(writer, valorObligatorio: false);
        writer.WriteStringValue(FormatoDeAvances.TextoDeMes(value.Mes));
    }
}
