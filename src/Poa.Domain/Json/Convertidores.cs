using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Poa.Domain.Json;

/// <summary>Reads a value with path tracking (a converter's body).</summary>
internal delegate T Lector<T>(ref Utf8JsonReader reader, ContextoDeLectura contexto);

/// <summary>
/// The converter of one type of the model (made by <see cref="PoaJsonConverterFactory"/>): reads with a fresh path and
/// turns the model's exceptions into <see cref="JsonException"/>s naming the path and what was expected.
/// </summary>
internal sealed class ConvertidorPoa<T>(Lector<T> leer, Action<Utf8JsonWriter, T> escribir) : JsonConverter<T>
{
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var contexto = ContextoDeLectura.ParaConvertidor(ref reader);
        try
        {
            return leer(ref reader, contexto);
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

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        escribir(writer, value);
    }
}

/// <summary>
/// The converters of the model's types, attached to each type with
/// <c>[JsonConverter(typeof(PoaJsonConverterFactory))]</c>, so that <see cref="JsonSerializer"/> with any options, your own
/// DTOs and your own source-generated <see cref="JsonSerializerContext"/> write the format's shapes with no set-up. You
/// never need to name it: it is public only because a source-generated context in <em>your</em> assembly instantiates the
/// type named by the attribute. The converters it makes are internal.
/// </summary>
/// <remarks>
/// <para>Handles <see cref="Plan"/>, <see cref="DocumentoDePlan"/>, <see cref="DocumentoDeAvances"/>,
/// <see cref="DocumentoDeResultados"/>, <see cref="Actividad"/>, <see cref="Alineacion"/>, <see cref="EjeRector"/>,
/// <see cref="ObjetivoEstrategico"/>, <see cref="Meta"/>, <see cref="UnidadDeMedida"/>, <see cref="Calendarizacion"/>,
/// <see cref="Semaforizacion"/>, <see cref="Banda"/>, <see cref="Firmante"/>, <see cref="Dependencia"/>,
/// <see cref="UnidadResponsable"/>, <see cref="ProgramaPresupuestario"/>, <see cref="EjercicioFiscal"/>,
/// <see cref="Sentido"/>, <see cref="Color"/>, <see cref="Avance"/> and <see cref="Corte"/>. Names are fixed by the
/// format, not by a naming policy. Read errors are <see cref="JsonException"/>s naming the path and what was expected.</para>
/// </remarks>
public sealed class PoaJsonConverterFactory : JsonConverterFactory
{
    private static readonly Dictionary<Type, JsonConverter> Convertidores = Crear();

    /// <summary>Whether <paramref name="typeToConvert"/> is one of the model's types listed above.</summary>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <returns><c>true</c> for a type of the model with a JSON shape.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeToConvert"/> is null.</exception>
    public override bool CanConvert(Type typeToConvert)
        => Convertidores.ContainsKey(Internal.Preconditions.CheckNotNull(typeToConvert, nameof(typeToConvert)));

    /// <summary>The converter of <paramref name="typeToConvert"/> (one shared, stateless instance per type).</summary>
    /// <param name="typeToConvert">A type for which <see cref="CanConvert"/> is true.</param>
    /// <param name="options">Not used: the format does not depend on options.</param>
    /// <returns>The converter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeToConvert"/> is null.</exception>
    /// <exception cref="NotSupportedException"><paramref name="typeToConvert"/> is not a type of the model with a JSON shape.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => Convertidores.TryGetValue(Internal.Preconditions.CheckNotNull(typeToConvert, nameof(typeToConvert)), out var convertidor)
            ? convertidor
            : throw new NotSupportedException($"El tipo {typeToConvert} no tiene una forma JSON de Poa.Domain.");

    private static Dictionary<Type, JsonConverter> Crear()
    {
        var convertidores = new Dictionary<Type, JsonConverter>();
        Agregar<Plan>(convertidores, static (ref Utf8JsonReader r, ContextoDeLectura c) => FormatoDePlan.LeerDocumento(ref r, c, out _), static (w, v) => FormatoDePlan.EscribirDocumento(w, v, FormatoDePlan.Version, null));
        Agregar<DocumentoDePlan>(convertidores, static (ref Utf8JsonReader r, ContextoDeLectura c) => ConDesconocidos(ref r, c, static (ref Utf8JsonReader r, ContextoDeLectura c) => new DocumentoDePlan(FormatoDePlan.LeerDocumento(ref r, c, out var version), version, c.Desconocidos!)), static (w, v) => FormatoDePlan.EscribirDocumento(w, v.Plan, Math.Max(v.Version, FormatoDePlan.Version), v.Extensiones));
        Agregar<DocumentoDeAvances>(convertidores, static (ref Utf8JsonReader r, ContextoDeLectura c) => ConDesconocidos(ref r, c, FormatoDeAvances.LeerDocumento), FormatoDeAvances.EscribirDocumento);
        Agregar<DocumentoDeResultados>(convertidores, static (ref Utf8JsonReader r, ContextoDeLectura c) => ConDesconocidos(ref r, c, FormatoDeResultados.LeerDocumento), FormatoDeResultados.EscribirDocumento);
        Agregar<Actividad>(convertidores, FormatoDePlan.LeerActividad, FormatoDePlan.EscribirActividad);
        Agregar<Alineacion>(convertidores, FormatoDePlan.LeerAlineacion, FormatoDePlan.EscribirAlineacion);
        Agregar<EjeRector>(convertidores, FormatoDePlan.LeerEje, static (w, v) => w.WriteStringValue(v.ToString()));
        Agregar<ObjetivoEstrategico>(convertidores, FormatoDePlan.LeerObjetivo, static (w, v) => w.WriteStringValue(v.ToString()));
        Agregar<Meta>(convertidores, FormatoDePlan.LeerMeta, FormatoDePlan.EscribirMeta);
        Agregar<UnidadDeMedida>(convertidores, FormatoDePlan.LeerUnidad, static (w, v) => w.WriteStringValue(v.Nombre));
        Agregar<Calendarizacion>(convertidores, FormatoDePlan.LeerCalendarizacion, FormatoDePlan.EscribirCalendarizacion);
        Agregar<Semaforizacion>(convertidores, FormatoDePlan.LeerSemaforizacion, FormatoDePlan.EscribirSemaforizacion);
        Agregar<Banda>(convertidores, FormatoDePlan.LeerBandaSuelta, FormatoDePlan.EscribirBandaSuelta);
        Agregar<Firmante>(convertidores, FormatoDePlan.LeerFirmante, FormatoDePlan.EscribirFirmante);
        Agregar<Dependencia>(convertidores, static (ref Utf8JsonReader r, ContextoDeLectura c) => new Dependencia(LecturaJson.LeerTextoNoVacio(ref r, c, "el nombre de la dependencia")), static (w, v) => w.WriteStringValue(v.Nombre));
        Agregar<UnidadResponsable>(convertidores, static (ref Utf8JsonReader r, ContextoDeLectura c) => new UnidadResponsable(LecturaJson.LeerTextoNoVacio(ref r, c, "el nombre de la unidad responsable")), static (w, v) => w.WriteStringValue(v.Nombre));
        Agregar<ProgramaPresupuestario>(convertidores, static (ref Utf8JsonReader r, ContextoDeLectura c) => new ProgramaPresupuestario(LecturaJson.LeerTextoNoVacio(ref r, c, "el programa presupuestario")), static (w, v) => w.WriteStringValue(v.Nombre));
        Agregar<EjercicioFiscal>(convertidores, FormatoDePlan.LeerEjercicio, static (w, v) => w.WriteNumberValue(v.Anio));
        Agregar<Sentido>(convertidores, FormatoDePlan.LeerSentido, static (w, v) => w.WriteStringValue(FormatoDePlan.NombreDe(v)));
        Agregar<Color>(convertidores, FormatoDePlan.LeerColor, static (w, v) => w.WriteStringValue(FormatoDePlan.NombreDe(v)));
        Agregar<Avance>(convertidores, FormatoDeAvances.LeerAvance, FormatoDeAvances.EscribirAvance);
        Agregar<Corte>(convertidores, static (ref Utf8JsonReader r, ContextoDeLectura c) => Corte.De(FormatoDeAvances.LeerMes(ref r, c)), static (w, v) => w.WriteStringValue(FormatoDeAvances.TextoDeMes(v.Mes)));
        return convertidores;
    }

    /// <summary>A document reader that keeps the fields this version does not know.</summary>
    private static TDocumento ConDesconocidos<TDocumento>(ref Utf8JsonReader reader, ContextoDeLectura contexto, Lector<TDocumento> documento)
        => documento(ref reader, new ContextoDeLectura(contexto.Ruta, new List<CampoDesconocido>()) { Desplazamiento = contexto.Desplazamiento });

    private static void Agregar<T>(Dictionary<Type, JsonConverter> convertidores, Lector<T> leer, Action<Utf8JsonWriter, T> escribir)
        => convertidores.Add(typeof(T), new ConvertidorPoa<T>(leer, escribir));
}
