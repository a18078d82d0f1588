using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using NodaTime;
using Poa.Domain.Internal;
using static Poa.Domain.Json.LecturaJson;

namespace Poa.Domain.Json;

/// <summary>
/// Reads and writes the plan document (<c>"formato": "poa.plan"</c>) and the values inside it, by hand over
/// <see cref="Utf8JsonReader"/>/<see cref="Utf8JsonWriter"/>: one table of properties per object
/// (<see cref="Objeto{TEstado, T}"/>) serves both directions; one pass, exact paths in errors, unknown fields kept.
/// </summary>
internal static class FormatoDePlan
{
    internal const string Formato = "poa.plan";

    /// <summary>The lowest version written; a plan with a property of version 2 is written as version 2.</summary>
    internal const int Version = 1;

    private static readonly string VerdePredeterminado = Semaforizacion.Predeterminada.Verde.ToString();
    private static readonly string AmarilloPredeterminado = Semaforizacion.Predeterminada.Amarillo.ToString();
    private static readonly string RojoPredeterminado = Semaforizacion.Predeterminada.Rojo.ToString();
    private static readonly byte[] VerdePredeterminadoUtf8 = Encoding.UTF8.GetBytes(VerdePredeterminado);
    private static readonly byte[] AmarilloPredeterminadoUtf8 = Encoding.UTF8.GetBytes(AmarilloPredeterminado);
    private static readonly byte[] RojoPredeterminadoUtf8 = Encoding.UTF8.GetBytes(RojoPredeterminado);

    // ------------------------------------------------------------------ the tables: one row per property

    private static readonly Objeto<EstadoDeAlineacion, Alineacion> TablaDeAlineacion = new Objeto<EstadoDeAlineacion, Alineacion>("una alineación con \"eje\" y \"objetivo\"")
        .Obligatoria("eje", "el eje rector, como \"V. Ciudad abierta\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAlineacion e) => e.Eje = LeerEje(ref r, c), static (w, n, a, _) => w.WriteString(n, a.Eje.ToString()))
        .Obligatoria("objetivo", "el objetivo estratégico, como \"5.1 Monterrey abierto e inteligente\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAlineacion e) => e.Objetivo = LeerObjetivo(ref r, c), static (w, n, a, _) => w.WriteString(n, a.Objetivo.ToString()));

    private static readonly Objeto<EstadoDeMeta, Meta> TablaDeMeta = new Objeto<EstadoDeMeta, Meta>("una meta con \"cantidad\" y \"unidad\"")
        .Obligatoria("cantidad", "un número no negativo, como 1500 o 100", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeMeta e) => e.Cantidad = LeerCantidad(ref r, c, "la cantidad de la meta"), static (w, n, m, _) => w.WriteNumber(n, Canonico(m.Cantidad)))
        .Obligatoria("unidad", "la unidad de medida, como \"Cuentas\" o \"Porcentaje\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeMeta e) => e.Unidad = LeerUnidad(ref r, c), static (w, n, m, _) => w.WriteString(n, m.Unidad.Nombre));

    private static readonly Objeto<EstadoDeSemaforizacion, Semaforizacion> TablaDeSemaforizacion = new Objeto<EstadoDeSemaforizacion, Semaforizacion>("una semaforización con las bandas \"verde\", \"amarillo\" y \"rojo\"")
        .Obligatoria("verde", "la banda verde, como \">= 80%\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeSemaforizacion e) => e.Verde = LeerBanda(ref r, c, Color.Verde, VerdePredeterminadoUtf8, ref e.Predeterminadas, 1), static (w, n, s, _) => w.WriteString(n, ReferenceEquals(s, Semaforizacion.Predeterminada) ? VerdePredeterminado : s.Verde.ToString()))
        .Obligatoria("amarillo", "la banda amarilla, como \"> 50% y < 80%\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeSemaforizacion e) => e.Amarillo = LeerBanda(ref r, c, Color.Amarillo, AmarilloPredeterminadoUtf8, ref e.Predeterminadas, 2), static (w, n, s, _) => w.WriteString(n, ReferenceEquals(s, Semaforizacion.Predeterminada) ? AmarilloPredeterminado : s.Amarillo.ToString()))
        .Obligatoria("rojo", "la banda roja, como \"<= 50%\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeSemaforizacion e) => e.Rojo = LeerBanda(ref r, c, Color.Rojo, RojoPredeterminadoUtf8, ref e.Predeterminadas, 4), static (w, n, s, _) => w.WriteString(n, ReferenceEquals(s, Semaforizacion.Predeterminada) ? RojoPredeterminado : s.Rojo.ToString()));

    private static readonly Objeto<EstadoDeBanda, Banda> TablaDeBanda = new Objeto<EstadoDeBanda, Banda>("una banda con \"color\" y \"notacion\"")
        .Obligatoria("color", "\"verde\", \"amarillo\" o \"rojo\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeBanda e) => e.Color = LeerColor(ref r, c), static (w, n, b, _) => w.WriteString(n, NombreDe(b.Color)))
        .Obligatoria("notacion", "la notación, como \">= 80%\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeBanda e) => e.Notacion = LeerTexto(ref r, c, "la notación de la banda, como \">= 80%\""), static (w, n, b, _) => w.WriteString(n, b.ToString()));

    private static readonly Objeto<EstadoDeLineaBase, LineaBase> TablaDeLineaBase = new Objeto<EstadoDeLineaBase, LineaBase>("una línea base con \"valor\" y \"anio\"")
        .Obligatoria("valor", "el valor de la línea base", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeLineaBase e) => e.Valor = LeerCantidad(ref r, c, "el valor de la línea base"), static (w, n, l, _) => w.WriteNumber(n, Canonico(l.Valor)))
        .Obligatoria("anio", "el año de la línea base", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeLineaBase e) => e.Anio = LeerEntero(ref r, c, "el año de la línea base", EjercicioFiscal.AnioMinimo, EjercicioFiscal.AnioMaximo), static (w, n, l, _) => w.WriteNumber(n, l.Anio));

    private static readonly Objeto<EstadoDeFirmante, Firmante> TablaDeFirmante = new Objeto<EstadoDeFirmante, Firmante>("un firmante con \"nombre\" y \"cargo\"")
        .Opcional("titulo", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeFirmante e) => e.Titulo = LeerTextoONulo(ref r, c, "el título, como \"Lic.\", o null"), static (w, n, f, _) => w.WriteString(n, f.Titulo), static f => f.Titulo is not null)
        .Obligatoria("nombre", "el nombre del firmante", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeFirmante e) => e.Nombre = LeerTextoNoVacio(ref r, c, "el nombre del firmante"), static (w, n, f, _) => w.WriteString(n, f.Nombre))
        .Obligatoria("cargo", "el cargo del firmante", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeFirmante e) => e.Cargo = LeerTextoNoVacio(ref r, c, "el cargo del firmante"), static (w, n, f, _) => w.WriteString(n, f.Cargo));

    private static readonly Objeto<EstadoDeActividad, Actividad> TablaDeActividad = new Objeto<EstadoDeActividad, Actividad>("una actividad")
        .Obligatoria("numero", "el número de la actividad, un entero de 1 a 9999", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeActividad e) => e.Numero = LeerEntero(ref r, c, "el número de la actividad", 1, Limites.MaximoNumeroDeActividad), static (w, n, a, _) => w.WriteNumber(n, a.Numero))
        .Obligatoria("descripcion", "qué se hará", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeActividad e) => e.Descripcion = LeerTextoNoVacio(ref r, c, "la descripción de la actividad"), static (w, n, a, _) => w.WriteString(n, a.Descripcion))
        .Obligatoria("alineacion", "un objeto con \"eje\" y \"objetivo\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeActividad e) => e.Alineacion = LeerAlineacion(ref r, c), static (w, n, a, l) => Anidado(w, n, TablaDeAlineacion, a.Alineacion, l))
        .Obligatoria("programa", "el programa presupuestario", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeActividad e) => e.Programa = LeerPrograma(ref r, c), static (w, n, a, _) => w.WriteString(n, a.Programa.Nombre))
        .Obligatoria("meta", "un objeto con \"cantidad\" y \"unidad\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeActividad e) => e.Meta = LeerMeta(ref r, c), static (w, n, a, l) => Anidado(w, n, TablaDeMeta, a.Meta, l))
        .Opcional("semaforizacion", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeActividad e) => e.Semaforizacion = LeerSemaforizacion(ref r, c), static (w, n, a, l) => Anidado(w, n, TablaDeSemaforizacion, a.Semaforizacion, l))
        .Opcional("mediosDeVerificacion", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeActividad e) => e.Medios = LeerTexto(ref r, c, "los medios de verificación"), static (w, n, a, _) => w.WriteString(n, a.MediosDeVerificacion))
        .Obligatoria("calendarizacion", "un arreglo de 12 meses", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeActividad e) => e.Calendarizacion = LeerCalendarizacion(ref r, c), static (w, n, a, _) => EscribirCalendarizacion(w, n, a.Calendarizacion))
        .Opcional("sentido", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeActividad e) => e.Sentido = LeerSentido(ref r, c), static (w, n, a, _) => w.WriteString(n, NombreDe(a.Sentido)))
        .Opcional("tipo", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeActividad e) => e.Tipo = LeerNombre<TipoDeAcumulacion>(ref r, c, "el tipo de acumulación"), static (w, n, a, _) => w.WriteString(n, FormatoDeResultados.Nombre(a.AcumulacionExplicita!.Value)), static a => a.AcumulacionExplicita.HasValue, version: 2)
        .Opcional("frecuencia", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeActividad e) => e.Frecuencia = LeerNombre<Frecuencia>(ref r, c, "la frecuencia"), static (w, n, a, _) => w.WriteString(n, FormatoDeResultados.Nombre(a.Frecuencia)), static a => a.Frecuencia != Frecuencia.Mensual, version: 2)
        .Opcional("lineaBase", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeActividad e) => e.LineaBase = LeerLineaBase(ref r, c), static (w, n, a, l) => Anidado(w, n, TablaDeLineaBase, a.LineaBase!, l), static a => a.LineaBase is not null, version: 2)
        .Opcional("peso", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeActividad e) => e.Peso = LeerCantidad(ref r, c, "el peso de la actividad", Actividad.PesoMaximo, "el peso"), static (w, n, a, _) => w.WriteNumber(n, Canonico(a.Peso)), static a => a.Peso != 1m, version: 2);

    private static readonly Objeto<EstadoDeModificacion, Modificacion> TablaDeModificacion = new Objeto<EstadoDeModificacion, Modificacion>("una modificación")
        .Obligatoria("folio", "el folio de la modificación, un entero desde 1", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeModificacion e) => e.Folio = LeerEntero(ref r, c, "el folio de la modificación", 1, int.MaxValue), static (w, n, m, _) => w.WriteNumber(n, m.Folio))
        .Obligatoria("actividad", "el número de la actividad modificada", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeModificacion e) => e.Actividad = LeerEntero(ref r, c, "el número de la actividad", 1, Limites.MaximoNumeroDeActividad), static (w, n, m, _) => w.WriteNumber(n, m.Actividad))
        .Obligatoria("aplicaDesde", "el primer mes que cambia, como \"2024-07\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeModificacion e) => e.Desde = FormatoDeAvances.LeerMes(ref r, c), static (w, n, m, _) => w.WriteString(n, FormatoDeAvances.TextoDeMes(m.AplicaDesde)))
        .Opcional("meta", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeModificacion e) => e.Meta = r.TokenType == JsonTokenType.Null ? null : LeerMeta(ref r, c), static (w, n, m, l) => Anidado(w, n, TablaDeMeta, m.Meta!, l), static m => m.Meta is not null)
        .Opcional("calendarizacion", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeModificacion e) => e.Calendarizacion = r.TokenType == JsonTokenType.Null ? null : LeerCalendarizacion(ref r, c), static (w, n, m, _) => EscribirCalendarizacion(w, n, m.Calendarizacion!), static m => m.Calendarizacion is not null)
        .Obligatoria("justificacion", "por qué se modifica", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeModificacion e) => e.Justificacion = LeerTexto(ref r, c, "la justificación de la modificación"), static (w, n, m, _) => w.WriteString(n, m.Justificacion))
        .Obligatoria("autorizadaEl", "la fecha de autorización, como \"2024-06-28\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeModificacion e) => e.AutorizadaEl = FormatoDeAvances.LeerFecha(ref r, c), static (w, n, m, _) => w.WriteString(n, FormatoDeAvances.TextoDeFecha(m.AutorizadaEl)))
        .Opcional("autorizadaPor", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeModificacion e) => e.AutorizadaPor = r.TokenType == JsonTokenType.Null ? null : LeerTexto(ref r, c, "quién autorizó la modificación"), static (w, n, m, _) => w.WriteString(n, m.AutorizadaPor), static m => m.AutorizadaPor is not null);

    // The readers and writers of list elements, as delegates created once (a method group would make one per list).
    private static readonly Lector<Actividad> LectorDeActividad = LeerActividad;
    private static readonly Lector<Modificacion> LectorDeModificacion = LeerModificacion;
    private static readonly Lector<Firmante> LectorDeFirmante = LeerFirmante;
    private static readonly Action<Utf8JsonWriter, Actividad, Lugar> EscritorDeActividad = static (w, a, l) => TablaDeActividad.Escribir(w, a, l);
    private static readonly Action<Utf8JsonWriter, Modificacion, Lugar> EscritorDeModificacion = static (w, m, l) => TablaDeModificacion.Escribir(w, m, l);
    private static readonly Action<Utf8JsonWriter, Firmante, Lugar> EscritorDeFirmante = static (w, f, l) => TablaDeFirmante.Escribir(w, f, l);

    private static readonly Objeto<EstadoDePlan, Plan> TablaDePlan = new Objeto<EstadoDePlan, Plan>("un documento de plan con \"formato\": \"poa.plan\"")
        .Encabezado(Formato)
        .Obligatoria("ejercicio", "el año del ejercicio fiscal, como 2023", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDePlan e) => e.Ejercicio = LeerEjercicio(ref r, c), static (w, n, p, _) => w.WriteNumber(n, p.Ejercicio.Anio))
        .Responsables(static p => p.Dependencia, static p => p.UnidadResponsable)
        .Obligatoria("actividades", "un arreglo de actividades", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDePlan e) => e.Actividades = Comunes.LeerLista(ref r, c, "las actividades del plan", LectorDeActividad), static (w, n, p, l) => Comunes.EscribirLista(w, n, p.Actividades, l.En("actividades"), EscritorDeActividad))
        .ConVersionAnidada(static p => VersionDeActividades(p.Actividades))
        .Opcional("cerradoHasta", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDePlan e) => e.CerradoHasta = r.TokenType == JsonTokenType.Null ? null : FormatoDeAvances.LeerMes(ref r, c), static (w, n, p, _) => w.WriteString(n, FormatoDeAvances.TextoDeMes(p.CerradoHasta!.Value)), static p => p.CerradoHasta.HasValue, version: 2)
        .Opcional("modificaciones", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDePlan e) => e.Modificaciones = Comunes.LeerLista(ref r, c, "las modificaciones del plan", LectorDeModificacion), static (w, n, p, l) => Comunes.EscribirLista(w, n, p.Modificaciones, l.En("modificaciones"), EscritorDeModificacion), static p => p.Modificaciones.Count > 0, version: 2)
        .Opcional("firmantes", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDePlan e) => e.Firmantes = Comunes.LeerLista(ref r, c, "los firmantes del plan", LectorDeFirmante), static (w, n, p, l) => Comunes.EscribirLista(w, n, p.Firmantes, l.En("firmantes"), EscritorDeFirmante));

    private static void Anidado<TEstado, T>(Utf8JsonWriter writer, JsonEncodedText nombre, Objeto<TEstado, T> tabla, T valor, Lugar lugar)
        where TEstado : struct
    {
        writer.WritePropertyName(nombre);
        tabla.Escribir(writer, valor, lugar.En(nombre.Value));
    }

    private static int VersionDeActividades(IReadOnlyList<Actividad> actividades)
    {
        var version = 1;
        for (var i = 0; i < actividades.Count; i++)
        {
            version = Math.Max(version, TablaDeActividad.VersionPara(actividades[i]));
        }

        return version;
    }

    // ------------------------------------------------------------------ reading

    /// <summary>Reads a plan document; the reader is on its <c>{</c> and ends on its <c>}</c>. Its version is read first, wherever it stands.</summary>
    internal static Plan LeerDocumento(ref Utf8JsonReader reader, ContextoDeLectura contexto, out int version)
    {
        contexto.Version = VersionDeclarada(reader);
        var e = default(EstadoDePlan);
        TablaDePlan.Leer(ref reader, contexto, ref e);
        version = e.Version;
        return new Plan(e.Ejercicio, e.Dependencia!, e.Unidad!, e.Actividades!, e.Firmantes, e.Modificaciones, e.CerradoHasta);
    }

    /// <summary>Reads an activity object.</summary>
    internal static Actividad LeerActividad(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var e = new EstadoDeActividad { Peso = 1m };
        TablaDeActividad.Leer(ref reader, contexto, ref e);
        return new Actividad(e.Numero, e.Descripcion!, e.Alineacion!, e.Programa!, e.Meta!, e.Calendarizacion!, e.Medios, e.Semaforizacion, e.Sentido, e.Tipo, e.Frecuencia, e.LineaBase, e.Peso);
    }

    /// <summary>Reads a modificación (<c>folio</c>, <c>actividad</c>, <c>aplicaDesde</c>, <c>meta</c> and/or <c>calendarizacion</c>, <c>justificacion</c>, <c>autorizadaEl</c>, <c>autorizadaPor</c>).</summary>
    internal static Modificacion LeerModificacion(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var e = default(EstadoDeModificacion);
        TablaDeModificacion.Leer(ref reader, contexto, ref e);
        if (e.Meta is null && e.Calendarizacion is null)
        {
            throw Error(contexto, "la modificación no cambia nada: se espera \"meta\", \"calendarizacion\" o ambas.");
        }

        return Modificacion.Create(e.Folio, e.Actividad, e.Desde, e.Meta, e.Calendarizacion, e.Justificacion, e.AutorizadaEl, e.AutorizadaPor);
    }

    /// <summary>Reads <c>{"valor": 120, "anio": 2023}</c>.</summary>
    internal static LineaBase LeerLineaBase(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var e = default(EstadoDeLineaBase);
        TablaDeLineaBase.Leer(ref reader, contexto, ref e);
        return LineaBase.Create(e.Valor, e.Anio);
    }

    /// <summary>Reads <c>{"eje": "V. Ciudad abierta", "objetivo": "5.1 Monterrey abierto e inteligente"}</c>.</summary>
    internal static Alineacion LeerAlineacion(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var e = default(EstadoDeAlineacion);
        TablaDeAlineacion.Leer(ref reader, contexto, ref e);

        // Activities repeat the alineación of the one before (their eje and objetivo are shared values, see Memo).
        if (contexto.UltimaAlineacion is { } ultima && ReferenceEquals(ultima.Eje, e.Eje) && ReferenceEquals(ultima.Objetivo, e.Objetivo))
        {
            return ultima;
        }

        return contexto.UltimaAlineacion = Alineacion.Create(e.Eje!, e.Objetivo!);
    }

    /// <summary>Reads <c>{"cantidad": 1500, "unidad": "Cuentas"}</c>.</summary>
    internal static Meta LeerMeta(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var e = default(EstadoDeMeta);
        TablaDeMeta.Leer(ref reader, contexto, ref e);

        // The quantity was checked as Meta.Create checks it (LeerCantidad).
        return Meta.SinVerificar(e.Cantidad, e.Unidad!);
    }

    /// <summary>Reads <c>{"verde": "&gt;= 80%", "amarillo": "&gt; 50% y &lt; 80%", "rojo": "&lt;= 50%"}</c>; the seed's bands, recognised from their bytes, give <see cref="Semaforizacion.Predeterminada"/>.</summary>
    internal static Semaforizacion LeerSemaforizacion(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var e = default(EstadoDeSemaforizacion);
        TablaDeSemaforizacion.Leer(ref reader, contexto, ref e);
        if (e.Predeterminadas == 7)
        {
            return Semaforizacion.Predeterminada;
        }

        return Semaforizacion.TryCreate(
            e.Verde ?? Semaforizacion.Predeterminada.Verde,
            e.Amarillo ?? Semaforizacion.Predeterminada.Amarillo,
            e.Rojo ?? Semaforizacion.Predeterminada.Rojo,
            out var result,
            out var error)
            ? result
            : throw Error(contexto, error);
    }

    /// <summary>Reads a band standing alone: <c>{"color": "verde", "notacion": "&gt;= 80%"}</c>.</summary>
    internal static Banda LeerBandaSuelta(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var e = default(EstadoDeBanda);
        TablaDeBanda.Leer(ref reader, contexto, ref e);
        return Banda.TryParse(e.Color, e.Notacion, out var banda, out var error) ? banda : throw Error(contexto, error);
    }

    /// <summary>Reads a signatory object.</summary>
    internal static Firmante LeerFirmante(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var e = default(EstadoDeFirmante);
        TablaDeFirmante.Leer(ref reader, contexto, ref e);
        return new Firmante(e.Titulo, e.Nombre!, e.Cargo!);
    }

    /// <summary>Reads the fiscal year: a JSON integer from 1900 to 9999.</summary>
    internal static EjercicioFiscal LeerEjercicio(ref Utf8JsonReader reader, ContextoDeLectura contexto)
        => new(LeerEntero(ref reader, contexto, "el año del ejercicio fiscal", EjercicioFiscal.AnioMinimo, EjercicioFiscal.AnioMaximo));

    private static ProgramaPresupuestario LeerPrograma(ref Utf8JsonReader reader, ContextoDeLectura contexto)
        => contexto.Programas.Buscar(ref reader)
           ?? contexto.Programas.Guardar(ref reader, new ProgramaPresupuestario(LeerTextoNoVacio(ref reader, contexto, "el programa presupuestario")));

    // ------------------------------------------------------------------ writing

    /// <summary>Writes a plan document in the version it needs (at least <paramref name="version"/>); <paramref name="extensiones"/> are the unknown fields to put back (may be null).</summary>
    internal static void EscribirDocumento(Utf8JsonWriter writer, Plan plan, int version, Extensiones? extensiones)
        => TablaDePlan.Escribir(writer, plan, Lugar.Documento(VersionPara(plan, version), extensiones));

    /// <summary>
    /// The version a plan needs: 2 when it has a property of version 2 (cerradoHasta, modificaciones, or an activity's
    /// tipo, frecuencia, línea base or peso), so that a plan without them stays readable by version-1 consumers; never
    /// below <paramref name="minima"/>.
    /// </summary>
    internal static int VersionPara(Plan plan, int minima) => Math.Max(minima, TablaDePlan.VersionPara(plan));

    /// <summary>Writes an activity object.</summary>
    internal static void EscribirActividad(Utf8JsonWriter writer, Actividad actividad) => TablaDeActividad.Escribir(writer, actividad, Lugar.Suelto);

    /// <summary>Writes the property <paramref name="nombre"/> as <c>{"cantidad": ..., "unidad": ...}</c>, with the unknown fields read at its place.</summary>
    internal static void EscribirMeta(Utf8JsonWriter writer, JsonEncodedText nombre, Meta meta, Lugar lugar) => Anidado(writer, nombre, TablaDeMeta, meta, lugar);

    /// <summary>Writes the property <paramref name="nombre"/> as <c>{"valor": ..., "anio": ...}</c>, or <c>null</c>.</summary>
    internal static void EscribirLineaBase(Utf8JsonWriter writer, JsonEncodedText nombre, LineaBase? lineaBase, Lugar lugar)
    {
        if (lineaBase is null)
        {
            writer.WriteNull(nombre);
        }
        else
        {
            Anidado(writer, nombre, TablaDeLineaBase, lineaBase, lugar);
        }
    }

    /// <summary>Writes <c>{"eje": ..., "objetivo": ...}</c>.</summary>
    internal static void EscribirAlineacion(Utf8JsonWriter writer, Alineacion alineacion) => TablaDeAlineacion.Escribir(writer, alineacion, Lugar.Suelto);

    /// <summary>Writes <c>{"cantidad": ..., "unidad": ...}</c>.</summary>
    internal static void EscribirMeta(Utf8JsonWriter writer, Meta meta) => TablaDeMeta.Escribir(writer, meta, Lugar.Suelto);

    /// <summary>Writes the three bands in canonical notation.</summary>
    internal static void EscribirSemaforizacion(Utf8JsonWriter writer, Semaforizacion semaforizacion) => TablaDeSemaforizacion.Escribir(writer, semaforizacion, Lugar.Suelto);

    /// <summary>Writes a band standing alone: <c>{"color": "verde", "notacion": "&gt;= 80%"}</c>.</summary>
    internal static void EscribirBandaSuelta(Utf8JsonWriter writer, Banda banda) => TablaDeBanda.Escribir(writer, banda, Lugar.Suelto);

    /// <summary>Writes a signatory object (no <c>titulo</c> when it has none).</summary>
    internal static void EscribirFirmante(Utf8JsonWriter writer, Firmante firmante) => TablaDeFirmante.Escribir(writer, firmante, Lugar.Suelto);

    private static void EscribirCalendarizacion(Utf8JsonWriter writer, JsonEncodedText nombre, Calendarizacion calendarizacion)
    {
        writer.WritePropertyName(nombre);
        EscribirCalendarizacion(writer, calendarizacion);
    }

    // ------------------------------------------------------------------ what a read collects per object

    private struct EstadoDePlan : IEstadoDeDocumento, IConResponsables
    {
        public int Version { get; set; }

        public Dependencia? Dependencia { get; set; }

        public UnidadResponsable? Unidad { get; set; }

        internal EjercicioFiscal Ejercicio;
        internal List<Actividad>? Actividades;
        internal List<Firmante>? Firmantes;
        internal List<Modificacion>? Modificaciones;
        internal YearMonth? CerradoHasta;
    }

    private struct EstadoDeActividad
    {
        internal int Numero;
        internal string? Descripcion;
        internal Alineacion? Alineacion;
        internal ProgramaPresupuestario? Programa;
        internal Meta? Meta;
        internal Calendarizacion? Calendarizacion;
        internal Semaforizacion? Semaforizacion;
        internal string? Medios;
        internal Sentido Sentido;
        internal TipoDeAcumulacion? Tipo;
        internal Frecuencia Frecuencia;
        internal LineaBase? LineaBase;
        internal decimal Peso;
    }

    private struct EstadoDeModificacion
    {
        internal int Folio;
        internal int Actividad;
        internal YearMonth Desde;
        internal Meta? Meta;
        internal Calendarizacion? Calendarizacion;
        internal string? Justificacion;
        internal LocalDate AutorizadaEl;
        internal string? AutorizadaPor;
    }

    private struct EstadoDeAlineacion
    {
        internal EjeRector? Eje;
        internal ObjetivoEstrategico? Objetivo;
    }

    private struct EstadoDeMeta
    {
        internal decimal Cantidad;
        internal UnidadDeMedida? Unidad;
    }

    private struct EstadoDeSemaforizacion
    {
        internal Banda? Verde;
        internal Banda? Amarillo;
        internal Banda? Rojo;
        internal int Predeterminadas;
    }

    private struct EstadoDeBanda
    {
        internal Color Color;
        internal string? Notacion;
    }

    private struct EstadoDeLineaBase
    {
        internal decimal Valor;
        internal int Anio;
    }

    private struct EstadoDeFirmante
    {
        internal string? Titulo;
        internal string? Nombre;
        internal string? Cargo;
    }

    /// <summary>Reads <c>"V. Ciudad abierta"</c>.</summary>
    internal static EjeRector LeerEje(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        if (contexto.Ejes.Buscar(ref reader) is { } conocido)
        {
            return conocido;
        }

        var texto = LeerTexto(ref reader, contexto, "el eje rector, como \"V. Ciudad abierta\"");
        return EjeRector.TryParse(texto, out var eje, out var error) ? contexto.Ejes.Guardar(ref reader, eje) : throw Error(contexto, error);
    }

    /// <summary>Reads <c>"5.1 Monterrey abierto e inteligente"</c>.</summary>
    internal static ObjetivoEstrategico LeerObjetivo(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        if (contexto.Objetivos.Buscar(ref reader) is { } conocido)
        {
            return conocido;
        }

        var texto = LeerTexto(ref reader, contexto, "el objetivo estratégico, como \"5.1 Monterrey abierto e inteligente\"");
        return ObjetivoEstrategico.TryParse(texto, out var objetivo, out var error) ? contexto.Objetivos.Guardar(ref reader, objetivo) : throw Error(contexto, error);
    }

    /// <summary>Reads a unit name.</summary>
    internal static UnidadDeMedida LeerUnidad(ref Utf8JsonReader reader, ContextoDeLectura contexto)
        => contexto.Unidades.Buscar(ref reader)
           ?? contexto.Unidades.Guardar(ref reader, UnidadDeMedida.Create(LeerTextoNoVacio(ref reader, contexto, "la unidad de medida, como \"Cuentas\" o \"Porcentaje\"")));

    /// <summary>Reads twelve cells, January first: a non-negative number, or <c>null</c> for a month with nothing programmed.</summary>
    internal static Calendarizacion LeerCalendarizacion(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarArreglo(ref reader, contexto, "la calendarización: 12 valores, de enero a diciembre, null donde no hay nada programado");
        var valores = new decimal[Calendarizacion.Meses];
        ushort programados = 0;
        var ruta = contexto.Ruta;
        var indice = 0;
        Avanzar(ref reader, contexto);
        while (reader.TokenType != JsonTokenType.EndArray)
        {
            ruta.Entrar(indice);
            if (indice >= Calendarizacion.Meses)
            {
                throw Error(contexto, $"la calendarización tiene {Calendarizacion.Meses} meses; sobra el elemento {indice + 1} (no existe el mes {indice + 1}).");
            }

            if (reader.TokenType != JsonTokenType.Null)
            {
                valores[indice] = LeerCelda(ref reader, contexto, indice);
                programados |= (ushort)(1 << indice);
            }

            ruta.Salir();
            indice++;
            Avanzar(ref reader, contexto);
        }

        if (indice != Calendarizacion.Meses)
        {
            throw Error(contexto, $"la calendarización tiene {Calendarizacion.Meses} meses, de enero a diciembre (null donde no hay nada programado); se recibieron {indice}.");
        }

        // Every cell was checked as Calendarizacion.Create checks it (LeerCelda, LeerCantidad).
        return Calendarizacion.SinVerificar(valores, programados);
    }

    /// <summary>
    /// One cell of a calendarización: the common case (a non-negative number) without building the description of the
    /// cell, which is only needed for an error message.
    /// </summary>
    private static decimal LeerCelda(ref Utf8JsonReader reader, ContextoDeLectura contexto, int indice)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt64(out var entero) && entero >= 0 && entero <= Limites.MaximaCantidad)
            {
                return entero;
            }
        }

        return LeerCantidad(ref reader, contexto, $"lo programado en {Calendarizacion.NombreDeMes(indice + 1)} (mes {indice + 1}), o null");
    }

    private static Banda? LeerBanda(ref Utf8JsonReader reader, ContextoDeLectura contexto, Color color, byte[] canonica, ref int predeterminadas, int bit)
    {
        if (reader.TokenType == JsonTokenType.String && TextoEs(ref reader, contexto, canonica))
        {
            predeterminadas |= bit;
            return null;
        }

        var texto = LeerTexto(ref reader, contexto, "la notación de una banda, como \">= 80%\" o \"> 50% y < 80%\"");
        return Banda.TryParse(color, texto, out var banda, out var error) ? banda : throw Error(contexto, error);
    }

    private static readonly (byte[], string, Sentido) Ascendente = ("ascendente"u8.ToArray(), "ascendente", Sentido.Ascendente);
    private static readonly (byte[], string, Sentido) Descendente = ("descendente"u8.ToArray(), "descendente", Sentido.Descendente);
    private static readonly (byte[], string, Sentido) Regular = ("regular"u8.ToArray(), "regular", Sentido.Regular);
    private static readonly (byte[], string, Color) Verde = ("verde"u8.ToArray(), "verde", Color.Verde);
    private static readonly (byte[], string, Color) Amarillo = ("amarillo"u8.ToArray(), "amarillo", Color.Amarillo);
    private static readonly (byte[], string, Color) Rojo = ("rojo"u8.ToArray(), "rojo", Color.Rojo);

    /// <summary>Reads <c>"ascendente"</c>, <c>"descendente"</c> or <c>"regular"</c> (any case).</summary>
    internal static Sentido LeerSentido(ref Utf8JsonReader reader, ContextoDeLectura contexto)
        => LeerUnoDeTres(ref reader, contexto, "el sentido: \"ascendente\", \"descendente\" o \"regular\"", Ascendente, Descendente, Regular);

    /// <summary>Reads <c>"verde"</c>, <c>"amarillo"</c> or <c>"rojo"</c> (any case).</summary>
    internal static Color LeerColor(ref Utf8JsonReader reader, ContextoDeLectura contexto)
        => LeerUnoDeTres(ref reader, contexto, "un color: \"verde\", \"amarillo\" o \"rojo\"", Verde, Amarillo, Rojo);

    /// <summary>Writes the twelve cells, <c>null</c> for an empty month.</summary>
    internal static void EscribirCalendarizacion(Utf8JsonWriter writer, Calendarizacion calendarizacion)
    {
        writer.WriteStartArray();
        var mascara = calendarizacion.Mascara;
        for (var i = 0; i < Calendarizacion.Meses; i++)
        {
            if ((mascara & (1 << i)) != 0)
            {
                writer.WriteNumberValue(Canonico(calendarizacion.ValorSinVerificar(i)));
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>The JSON name of a sentido: <c>ascendente</c>, <c>descendente</c>, <c>regular</c>.</summary>
    internal static string NombreDe(Sentido sentido) => sentido switch
    {
        Sentido.Descendente => "descendente",
        Sentido.Regular => "regular",
        _ => "ascendente",
    };

    /// <summary>The JSON name of a colour: <c>verde</c>, <c>amarillo</c>, <c>rojo</c>.</summary>
    internal static string NombreDe(Color color) => color switch
    {
        Color.Amarillo => "amarillo",
        Color.Rojo => "rojo",
        _ => "verde",
    };

    /// <summary>The decimal without trailing zeros (1.50 → 1.5, 100.0 → 100), so equal values write equal bytes.</summary>
    internal static decimal Canonico(decimal valor) => valor / 1.000000000000000000000000000000000m;
}
