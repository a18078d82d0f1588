using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Poa.Domain.Internal;
using static Poa.Domain.Json.LecturaJson;

namespace Poa.Domain.Json;

/// <summary>
/// Reads and writes the plan document (<c>"formato": "poa.plan"</c>) and the values inside it, by hand over
/// <see cref="Utf8JsonReader"/>/<see cref="Utf8JsonWriter"/>: one pass, exact paths in errors, unknown fields kept.
/// </summary>
internal static class FormatoDePlan
{
    internal const string Formato = "poa.plan";
    internal const int Version = 1;

    private static readonly JsonEncodedText PFormato = JsonEncodedText.Encode("formato");
    private static readonly JsonEncodedText PVersion = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText PEjercicio = JsonEncodedText.Encode("ejercicio");
    private static readonly JsonEncodedText PDependencia = JsonEncodedText.Encode("dependencia");
    private static readonly JsonEncodedText PUnidadResponsable = JsonEncodedText.Encode("unidadResponsable");
    private static readonly JsonEncodedText PActividades = JsonEncodedText.Encode("actividades");
    private static readonly JsonEncodedText PFirmantes = JsonEncodedText.Encode("firmantes");
    private static readonly JsonEncodedText PNumero = JsonEncodedText.Encode("numero");
    private static readonly JsonEncodedText PDescripcion = JsonEncodedText.Encode("descripcion");
    private static readonly JsonEncodedText PAlineacion = JsonEncodedText.Encode("alineacion");
    private static readonly JsonEncodedText PEje = JsonEncodedText.Encode("eje");
    private static readonly JsonEncodedText PObjetivo = JsonEncodedText.Encode("objetivo");
    private static readonly JsonEncodedText PPrograma = JsonEncodedText.Encode("programa");
    private static readonly JsonEncodedText PMeta = JsonEncodedText.Encode("meta");
    private static readonly JsonEncodedText PCantidad = JsonEncodedText.Encode("cantidad");
    private static readonly JsonEncodedText PUnidad = JsonEncodedText.Encode("unidad");
    private static readonly JsonEncodedText PSemaforizacion = JsonEncodedText.Encode("semaforizacion");
    private static readonly JsonEncodedText PVerde = JsonEncodedText.Encode("verde");
    private static readonly JsonEncodedText PAmarillo = JsonEncodedText.Encode("amarillo");
    private static readonly JsonEncodedText PRojo = JsonEncodedText.Encode("rojo");
    private static readonly JsonEncodedText PMediosDeVerificacion = JsonEncodedText.Encode("mediosDeVerificacion");
    private static readonly JsonEncodedText PCalendarizacion = JsonEncodedText.Encode("calendarizacion");
    private static readonly JsonEncodedText PSentido = JsonEncodedText.Encode("sentido");
    private static readonly JsonEncodedText PTipo = JsonEncodedText.Encode("tipo");
    private static readonly JsonEncodedText PFrecuencia = JsonEncodedText.Encode("frecuencia");
    private static readonly JsonEncodedText PLineaBase = JsonEncodedText.Encode("lineaBase");
    private static readonly JsonEncodedText PValor = JsonEncodedText.Encode("valor");
    private static readonly JsonEncodedText PAnio = JsonEncodedText.Encode("anio");
    private static readonly JsonEncodedText PPeso = JsonEncodedText.Encode("peso");
    private static readonly JsonEncodedText PCerradoHasta = JsonEncodedText.Encode("cerradoHasta");
    private static readonly JsonEncodedText PModificaciones = JsonEncodedText.Encode("modificaciones");
    private static readonly JsonEncodedText PFolio = JsonEncodedText.Encode("folio");
    private static readonly JsonEncodedText PActividad = JsonEncodedText.Encode("actividad");
    private static readonly JsonEncodedText PAplicaDesde = JsonEncodedText.Encode("aplicaDesde");
    private static readonly JsonEncodedText PJustificacion = JsonEncodedText.Encode("justificacion");
    private static readonly JsonEncodedText PAutorizadaEl = JsonEncodedText.Encode("autorizadaEl");
    private static readonly JsonEncodedText PAutorizadaPor = JsonEncodedText.Encode("autorizadaPor");
    private static readonly JsonEncodedText PTitulo = JsonEncodedText.Encode("titulo");
    private static readonly JsonEncodedText PNombre = JsonEncodedText.Encode("nombre");
    private static readonly JsonEncodedText PCargo = JsonEncodedText.Encode("cargo");
    private static readonly JsonEncodedText PColor = JsonEncodedText.Encode("color");
    private static readonly JsonEncodedText PNotacion = JsonEncodedText.Encode("notacion");
    private static readonly JsonEncodedText VFormato = JsonEncodedText.Encode(Formato);

    private static readonly string VerdePredeterminado = Semaforizacion.Predeterminada.Verde.ToString();
    private static readonly string AmarilloPredeterminado = Semaforizacion.Predeterminada.Amarillo.ToString();
    private static readonly string RojoPredeterminado = Semaforizacion.Predeterminada.Rojo.ToString();
    private static readonly byte[] VerdePredeterminadoUtf8 = Encoding.UTF8.GetBytes(VerdePredeterminado);
    private static readonly byte[] AmarilloPredeterminadoUtf8 = Encoding.UTF8.GetBytes(AmarilloPredeterminado);
    private static readonly byte[] RojoPredeterminadoUtf8 = Encoding.UTF8.GetBytes(RojoPredeterminado);

    // ------------------------------------------------------------------ reading

    /// <summary>Reads a plan document; the reader is on its <c>{</c> and ends on its <c>}</c>.</summary>
    internal static Plan LeerDocumento(ref Utf8JsonReader reader, ContextoDeLectura contexto, out int version)
    {
        EsperarObjeto(ref reader, contexto, "un documento de plan con \"formato\": \"poa.plan\"");
        const int BEjercicio = 4, BActividades = 32, BFirmantes = 64, BCerrado = 128, BModificaciones = 256;
        NodaTime.YearMonth? cerradoHasta = null;
        List<Modificacion>? modificaciones = null;
        var vistas = 0;
        version = 0;
        var ejercicio = default(EjercicioFiscal);
        Dependencia? dependencia = null;
        UnidadResponsable? unidad = null;
        List<Actividad>? actividades = null;
        List<Firmante>? firmantes = null;
        var ruta = contexto.Ruta;

        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (LeerEncabezado(ref reader, contexto, ref vistas, "poa.plan"u8, Formato, ref version))
            {
            }
            else if (reader.ValueTextEquals("ejercicio"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BEjercicio, "ejercicio");
                ejercicio = LeerEjercicio(ref reader, contexto);
                ruta.Salir();
            }
            else if (LeerResponsables(ref reader, contexto, ref vistas, ref dependencia, ref unidad))
            {
            }
            else if (reader.ValueTextEquals("actividades"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BActividades, "actividades");
                actividades = new List<Actividad>();
                LeerArreglo(ref reader, contexto, "las actividades del plan", actividades, static (ref Utf8JsonReader r, ContextoDeLectura c, List<Actividad> l, int _) => l.Add(LeerActividad(ref r, c)));

                ruta.Salir();
            }
            else if (reader.ValueTextEquals("cerradoHasta"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BCerrado, "cerradoHasta");
                cerradoHasta = reader.TokenType == JsonTokenType.Null ? null : FormatoDeAvances.LeerMes(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("modificaciones"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BModificaciones, "modificaciones");
                modificaciones = new List<Modificacion>();
                LeerArreglo(ref reader, contexto, "las modificaciones del plan", modificaciones, static (ref Utf8JsonReader r, ContextoDeLectura c, List<Modificacion> l, int _) => l.Add(LeerModificacion(ref r, c)));

                ruta.Salir();
            }
            else if (reader.ValueTextEquals("firmantes"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BFirmantes, "firmantes");
                firmantes = new List<Firmante>();
                LeerArreglo(ref reader, contexto, "los firmantes del plan", firmantes, static (ref Utf8JsonReader r, ContextoDeLectura c, List<Firmante> l, int _) => l.Add(LeerFirmante(ref r, c)));

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
        ExigirResponsables(vistas, contexto);
        Exigir(vistas, BActividades, contexto, "actividades", "un arreglo de actividades");
        return new Plan(ejercicio, dependencia!, unidad!, actividades!, firmantes, modificaciones, cerradoHasta);
    }

    /// <summary>
    /// Reads a modificación: <c>{"folio": 1, "actividad": 3, "aplicaDesde": "2024-07", "meta": {...}, "calendarizacion": [...],
    /// "justificacion": "...", "autorizadaEl": "2024-06-28", "autorizadaPor": "..."}</c>.
    /// </summary>
    internal static Modificacion LeerModificacion(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarObjeto(ref reader, contexto, "una modificación");
        const int BFolio = 1, BActividad = 2, BDesde = 4, BMeta = 8, BCalendario = 16, BJustificacion = 32, BEl = 64, BPor = 128;
        var vistas = 0;
        int folio = 0, actividad = 0;
        var desde = default(NodaTime.YearMonth);
        var autorizadaEl = default(NodaTime.LocalDate);
        Meta? meta = null;
        Calendarizacion? calendarizacion = null;
        string? justificacion = null, autorizadaPor = null;
        var ruta = contexto.Ruta;
        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("folio"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BFolio, "folio");
                folio = LeerEntero(ref reader, contexto, "el folio de la modificación", 1, int.MaxValue);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("actividad"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BActividad, "actividad");
                actividad = LeerEntero(ref reader, contexto, "el número de la actividad", 1, Limites.MaximoNumeroDeActividad);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("aplicaDesde"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BDesde, "aplicaDesde");
                desde = FormatoDeAvances.LeerMes(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("meta"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BMeta, "meta");
                meta = reader.TokenType == JsonTokenType.Null ? null : LeerMeta(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("calendarizacion"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BCalendario, "calendarizacion");
                calendarizacion = reader.TokenType == JsonTokenType.Null ? null : LeerCalendarizacion(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("justificacion"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BJustificacion, "justificacion");
                justificacion = LeerTexto(ref reader, contexto, "la justificación de la modificación");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("autorizadaEl"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BEl, "autorizadaEl");
                autorizadaEl = FormatoDeAvances.LeerFecha(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("autorizadaPor"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BPor, "autorizadaPor");
                autorizadaPor = reader.TokenType == JsonTokenType.Null ? null : LeerTexto(ref reader, contexto, "quién autorizó la modificación");
                ruta.Salir();
            }
            else
            {
                Desconocida(ref reader, contexto);
            }

            Avanzar(ref reader, contexto);
        }

        Exigir(vistas, BFolio, contexto, "folio", "el folio de la modificación, un entero desde 1");
        Exigir(vistas, BActividad, contexto, "actividad", "el número de la actividad modificada");
        Exigir(vistas, BDesde, contexto, "aplicaDesde", "el primer mes que cambia, como \"2024-07\"");
        Exigir(vistas, BJustificacion, contexto, "justificacion", "por qué se modifica");
        Exigir(vistas, BEl, contexto, "autorizadaEl", "la fecha de autorización, como \"2024-06-28\"");
        if (meta is null && calendarizacion is null)
        {
            throw Error(contexto, "la modificación no cambia nada: se espera \"meta\", \"calendarizacion\" o ambas.");
        }

        return Modificacion.Create(folio, actividad, desde, meta, calendarizacion, justificacion, autorizadaEl, autorizadaPor);
    }

    private static void EscribirModificacion(Utf8JsonWriter writer, Modificacion m)
    {
        writer.WriteStartObject();
        writer.WriteNumber(PFolio, m.Folio);
        writer.WriteNumber(PActividad, m.Actividad);
        writer.WriteString(PAplicaDesde, FormatoDeAvances.TextoDeMes(m.AplicaDesde));
        if (m.Meta is { } meta)
        {
            writer.WritePropertyName(PMeta);
            EscribirMeta(writer, meta);
        }

        if (m.Calendarizacion is { } calendarizacion)
        {
            writer.WritePropertyName(PCalendarizacion);
            EscribirCalendarizacion(writer, calendarizacion);
        }

        writer.WriteString(PJustificacion, m.Justificacion);
        writer.WriteString(PAutorizadaEl, FormatoDeAvances.TextoDeFecha(m.AutorizadaEl));
        if (m.AutorizadaPor is { } por)
        {
            writer.WriteString(PAutorizadaPor, por);
        }

        writer.WriteEndObject();
    }

    /// <summary>The bits of <c>dependencia</c> and <c>unidadResponsable</c> in a document's seen-properties mask (high, to stay clear of the document's own).</summary>
    internal const int BitDeDependencia = 1 << 29, BitDeUnidad = 1 << 30;

    /// <summary>
    /// Reads the properties that name who is responsible for a plan, <c>dependencia</c> and <c>unidadResponsable</c>
    /// (plan and results documents), when the reader is on one of their names; false for any other property.
    /// </summary>
    internal static bool LeerResponsables(ref Utf8JsonReader reader, ContextoDeLectura contexto, ref int vistas, ref Dependencia? dependencia, ref UnidadResponsable? unidad)
    {
        if (reader.ValueTextEquals("dependencia"u8))
        {
            AbrirPropiedad(ref reader, contexto, ref vistas, BitDeDependencia, "dependencia");
            dependencia = new Dependencia(LeerTextoNoVacio(ref reader, contexto, "el nombre de la dependencia"));
        }
        else if (reader.ValueTextEquals("unidadResponsable"u8))
        {
            AbrirPropiedad(ref reader, contexto, ref vistas, BitDeUnidad, "unidadResponsable");
            unidad = new UnidadResponsable(LeerTextoNoVacio(ref reader, contexto, "el nombre de la unidad responsable"));
        }
        else
        {
            return false;
        }

        contexto.Ruta.Salir();
        return true;
    }

    /// <summary>Fails when <c>dependencia</c> or <c>unidadResponsable</c> was not seen.</summary>
    internal static void ExigirResponsables(int vistas, ContextoDeLectura contexto)
    {
        Exigir(vistas, BitDeDependencia, contexto, "dependencia", "el nombre de la secretaría");
        Exigir(vistas, BitDeUnidad, contexto, "unidadResponsable", "el nombre de la dirección");
    }

    /// <summary>Reads the fiscal year: a JSON integer from 1900 to 9999.</summary>
    internal static EjercicioFiscal LeerEjercicio(ref Utf8JsonReader reader, ContextoDeLectura contexto)
        => new(LeerEntero(ref reader, contexto, "el año del ejercicio fiscal", EjercicioFiscal.AnioMinimo, EjercicioFiscal.AnioMaximo));

    /// <summary>Reads an activity object.</summary>
    internal static Actividad LeerActividad(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarObjeto(ref reader, contexto, "una actividad");
        const int BNumero = 1, BDescripcion = 2, BAlineacion = 4, BPrograma = 8, BMeta = 16, BCalendario = 32, BSemaforo = 64, BMedios = 128, BSentido = 256,
            BTipo = 512, BFrecuencia = 1024, BLineaBase = 2048, BPeso = 4096;
        var vistas = 0;
        var numero = 0;
        string? descripcion = null;
        Alineacion? alineacion = null;
        ProgramaPresupuestario? programa = null;
        Meta? meta = null;
        Calendarizacion? calendarizacion = null;
        Semaforizacion? semaforizacion = null;
        string? medios = null;
        var sentido = Sentido.Ascendente;
        TipoDeAcumulacion? tipo = null;
        var frecuencia = Frecuencia.Mensual;
        LineaBase? lineaBase = null;
        var peso = 1m;
        var ruta = contexto.Ruta;

        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("numero"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BNumero, "numero");
                numero = LeerEntero(ref reader, contexto, "el número de la actividad", 1, Limites.MaximoNumeroDeActividad);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("descripcion"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BDescripcion, "descripcion");
                descripcion = LeerTextoNoVacio(ref reader, contexto, "la descripción de la actividad");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("alineacion"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BAlineacion, "alineacion");
                alineacion = LeerAlineacion(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("programa"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BPrograma, "programa");
                programa = contexto.Programas.Buscar(ref reader)
                    ?? contexto.Programas.Guardar(ref reader, new ProgramaPresupuestario(LeerTextoNoVacio(ref reader, contexto, "el programa presupuestario")));
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("meta"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BMeta, "meta");
                meta = LeerMeta(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("calendarizacion"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BCalendario, "calendarizacion");
                calendarizacion = LeerCalendarizacion(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("semaforizacion"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BSemaforo, "semaforizacion");
                semaforizacion = LeerSemaforizacion(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("mediosDeVerificacion"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BMedios, "mediosDeVerificacion");
                medios = LeerTexto(ref reader, contexto, "los medios de verificación");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("sentido"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BSentido, "sentido");
                sentido = LeerSentido(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("tipo"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BTipo, "tipo");
                tipo = LeerNombre<TipoDeAcumulacion>(ref reader, contexto, "el tipo de acumulación");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("frecuencia"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BFrecuencia, "frecuencia");
                frecuencia = LeerNombre<Frecuencia>(ref reader, contexto, "la frecuencia");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("lineaBase"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BLineaBase, "lineaBase");
                lineaBase = LeerLineaBase(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("peso"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BPeso, "peso");
                peso = LeerCantidad(ref reader, contexto, "el peso de la actividad", Actividad.PesoMaximo, "el peso");
                ruta.Salir();
            }
            else
            {
                Desconocida(ref reader, contexto);
            }

            Avanzar(ref reader, contexto);
        }

        Exigir(vistas, BNumero, contexto, "numero", "el número de la actividad, un entero de 1 a 9999");
        Exigir(vistas, BDescripcion, contexto, "descripcion", "qué se hará");
        Exigir(vistas, BAlineacion, contexto, "alineacion", "un objeto con \"eje\" y \"objetivo\"");
        Exigir(vistas, BPrograma, contexto, "programa", "el programa presupuestario");
        Exigir(vistas, BMeta, contexto, "meta", "un objeto con \"cantidad\" y \"unidad\"");
        Exigir(vistas, BCalendario, contexto, "calendarizacion", "un arreglo de 12 meses");
        return new Actividad(numero, descripcion!, alineacion!, programa!, meta!, calendarizacion!, medios, semaforizacion, sentido, tipo, frecuencia, lineaBase, peso);
    }

    /// <summary>Reads <c>{"valor": 120, "anio": 2023}</c>.</summary>
    internal static LineaBase LeerLineaBase(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarObjeto(ref reader, contexto, "una línea base con \"valor\" y \"anio\"");
        const int BValor = 1, BAnio = 2;
        var vistas = 0;
        decimal valor = 0m;
        var anio = 0;
        var ruta = contexto.Ruta;
        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("valor"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BValor, "valor");
                valor = LeerCantidad(ref reader, contexto, "el valor de la línea base");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("anio"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BAnio, "anio");
                anio = LeerEntero(ref reader, contexto, "el año de la línea base", EjercicioFiscal.AnioMinimo, EjercicioFiscal.AnioMaximo);
                ruta.Salir();
            }
            else
            {
                Desconocida(ref reader, contexto);
            }

            Avanzar(ref reader, contexto);
        }

        Exigir(vistas, BValor, contexto, "valor", "el valor de la línea base");
        Exigir(vistas, BAnio, contexto, "anio", "el año de la línea base");
        return LineaBase.Create(valor, anio);
    }

    /// <summary>
    /// The version a plan needs: 2 when it has modificaciones or cerradoHasta, or an activity carries a field of version 2
    /// (tipo, frecuencia, línea base, peso), so that
    /// a plan without them stays readable by version-1 consumers; never below <paramref name="minima"/>.
    /// </summary>
    internal static int VersionPara(Plan plan, int minima)
    {
        if (plan.Modificaciones.Count > 0 || plan.CerradoHasta.HasValue)
        {
            return Math.Max(2, minima);
        }

        foreach (var a in plan.Actividades)
        {
            if (a.AcumulacionExplicita.HasValue || a.Frecuencia != Frecuencia.Mensual || a.LineaBase is not null || a.Peso != 1m)
            {
                return Math.Max(2, minima);
            }
        }

        return minima;
    }

    /// <summary>Reads <c>{"eje": "V. Ciudad abierta", "objetivo": "5.1 Monterrey abierto e inteligente"}</c>.</summary>
    internal static Alineacion LeerAlineacion(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarObjeto(ref reader, contexto, "una alineación con \"eje\" y \"objetivo\"");
        const int BEje = 1, BObjetivo = 2;
        var vistas = 0;
        EjeRector? eje = null;
        ObjetivoEstrategico? objetivo = null;
        var ruta = contexto.Ruta;
        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("eje"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BEje, "eje");
                eje = LeerEje(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("objetivo"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BObjetivo, "objetivo");
                objetivo = LeerObjetivo(ref reader, contexto);
                ruta.Salir();
            }
            else
            {
                Desconocida(ref reader, contexto);
            }

            Avanzar(ref reader, contexto);
        }

        Exigir(vistas, BEje, contexto, "eje", "el eje rector, como \"V. Ciudad abierta\"");
        Exigir(vistas, BObjetivo, contexto, "objetivo", "el objetivo estratégico, como \"5.1 Monterrey abierto e inteligente\"");
        return Alineacion.Create(eje!, objetivo!);
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

    /// <summary>Reads <c>{"cantidad": 1500, "unidad": "Cuentas"}</c>.</summary>
    internal static Meta LeerMeta(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarObjeto(ref reader, contexto, "una meta con \"cantidad\" y \"unidad\"");
        const int BCantidad = 1, BUnidad = 2;
        var vistas = 0;
        var cantidad = 0m;
        UnidadDeMedida? unidad = null;
        var ruta = contexto.Ruta;
        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("cantidad"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BCantidad, "cantidad");
                cantidad = LeerCantidad(ref reader, contexto, "la cantidad de la meta");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("unidad"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BUnidad, "unidad");
                unidad = LeerUnidad(ref reader, contexto);
                ruta.Salir();
            }
            else
            {
                Desconocida(ref reader, contexto);
            }

            Avanzar(ref reader, contexto);
        }

        Exigir(vistas, BCantidad, contexto, "cantidad", "un número no negativo, como 1500 o 100");
        Exigir(vistas, BUnidad, contexto, "unidad", "la unidad de medida, como \"Cuentas\" o \"Porcentaje\"");
        return Meta.Create(cantidad, unidad!);
    }

    /// <summary>Reads a unit name.</summary>
    internal static UnidadDeMedida LeerUnidad(ref Utf8JsonReader reader, ContextoDeLectura contexto)
        => contexto.Unidades.Buscar(ref reader)
           ?? contexto.Unidades.Guardar(ref reader, UnidadDeMedida.Create(LeerTextoNoVacio(ref reader, contexto, "la unidad de medida, como \"Cuentas\" o \"Porcentaje\"")));

    /// <summary>Reads twelve cells, January first: a non-negative number, or <c>null</c> for a month with nothing programmed.</summary>
    internal static Calendarizacion LeerCalendarizacion(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarArreglo(ref reader, contexto, "la calendarización: 12 valores, de enero a diciembre, null donde no hay nada programado");
        var celdas = new decimal?[Calendarizacion.Meses];
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
                celdas[indice] = LeerCelda(ref reader, contexto, indice);
            }

            ruta.Salir();
            indice++;
            Avanzar(ref reader, contexto);
        }

        if (indice != Calendarizacion.Meses)
        {
            throw Error(contexto, $"la calendarización tiene {Calendarizacion.Meses} meses, de enero a diciembre (null donde no hay nada programado); se recibieron {indice}.");
        }

        return Calendarizacion.Create(celdas);
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

    /// <summary>Reads <c>{"verde": "&gt;= 80%", "amarillo": "&gt; 50% y &lt; 80%", "rojo": "&lt;= 50%"}</c>.</summary>
    internal static Semaforizacion LeerSemaforizacion(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarObjeto(ref reader, contexto, "una semaforización con las bandas \"verde\", \"amarillo\" y \"rojo\"");
        const int BVerde = 1, BAmarillo = 2, BRojo = 4;
        var vistas = 0;
        var predeterminadas = 0;
        Banda? verde = null, amarillo = null, rojo = null;
        var ruta = contexto.Ruta;
        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("verde"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BVerde, "verde");
                verde = LeerBanda(ref reader, contexto, Color.Verde, VerdePredeterminadoUtf8, ref predeterminadas, BVerde);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("amarillo"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BAmarillo, "amarillo");
                amarillo = LeerBanda(ref reader, contexto, Color.Amarillo, AmarilloPredeterminadoUtf8, ref predeterminadas, BAmarillo);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("rojo"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BRojo, "rojo");
                rojo = LeerBanda(ref reader, contexto, Color.Rojo, RojoPredeterminadoUtf8, ref predeterminadas, BRojo);
                ruta.Salir();
            }
            else
            {
                Desconocida(ref reader, contexto);
            }

            Avanzar(ref reader, contexto);
        }

        Exigir(vistas, BVerde, contexto, "verde", "la banda verde, como \">= 80%\"");
        Exigir(vistas, BAmarillo, contexto, "amarillo", "la banda amarilla, como \"> 50% y < 80%\"");
        Exigir(vistas, BRojo, contexto, "rojo", "la banda roja, como \"<= 50%\"");
        if (predeterminadas == (BVerde | BAmarillo | BRojo))
        {
            return Semaforizacion.Predeterminada;
        }

        return Semaforizacion.TryCreate(
            verde ?? Semaforizacion.Predeterminada.Verde,
            amarillo ?? Semaforizacion.Predeterminada.Amarillo,
            rojo ?? Semaforizacion.Predeterminada.Rojo,
            out var result,
            out var error)
            ? result
            : throw Error(contexto, error);
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

    /// <summary>Reads a band standing alone: <c>{"color": "verde", "notacion": "&gt;= 80%"}</c>.</summary>
    internal static Banda LeerBandaSuelta(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarObjeto(ref reader, contexto, "una banda con \"color\" y \"notacion\"");
        const int BColor = 1, BNotacion = 2;
        var vistas = 0;
        var color = Color.Verde;
        string? notacion = null;
        var ruta = contexto.Ruta;
        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("color"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BColor, "color");
                color = LeerColor(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("notacion"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BNotacion, "notacion");
                notacion = LeerTexto(ref reader, contexto, "la notación de la banda, como \">= 80%\"");
                ruta.Salir();
            }
            else
            {
                Desconocida(ref reader, contexto);
            }

            Avanzar(ref reader, contexto);
        }

        Exigir(vistas, BColor, contexto, "color", "\"verde\", \"amarillo\" o \"rojo\"");
        Exigir(vistas, BNotacion, contexto, "notacion", "la notación, como \">= 80%\"");
        return Banda.TryParse(color, notacion, out var banda, out var error) ? banda : throw Error(contexto, error);
    }

    /// <summary>Reads a signatory object.</summary>
    internal static Firmante LeerFirmante(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarObjeto(ref reader, contexto, "un firmante con \"nombre\" y \"cargo\"");
        const int BTitulo = 1, BNombre = 2, BCargo = 4;
        var vistas = 0;
        string? titulo = null, nombre = null, cargo = null;
        var ruta = contexto.Ruta;
        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("titulo"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BTitulo, "titulo");
                titulo = LeerTextoONulo(ref reader, contexto, "el título, como \"Lic.\", o null");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("nombre"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BNombre, "nombre");
                nombre = LeerTextoNoVacio(ref reader, contexto, "el nombre del firmante");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("cargo"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BCargo, "cargo");
                cargo = LeerTextoNoVacio(ref reader, contexto, "el cargo del firmante");
                ruta.Salir();
            }
            else
            {
                Desconocida(ref reader, contexto);
            }

            Avanzar(ref reader, contexto);
        }

        Exigir(vistas, BNombre, contexto, "nombre", "el nombre del firmante");
        Exigir(vistas, BCargo, contexto, "cargo", "el cargo del firmante");
        return new Firmante(titulo, nombre!, cargo!);
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

    // ------------------------------------------------------------------ writing

    /// <summary>Writes a plan document; <paramref name="extensiones"/> are the unknown fields to put back (may be null).</summary>
    internal static void EscribirDocumento(Utf8JsonWriter writer, Plan plan, int version, Extensiones? extensiones)
    {
        writer.WriteStartObject();
        writer.WriteString(PFormato, VFormato);
        writer.WriteNumber(PVersion, VersionPara(plan, version));
        writer.WriteNumber(PEjercicio, plan.Ejercicio.Anio);
        writer.WriteString(PDependencia, plan.Dependencia.Nombre);
        writer.WriteString(PUnidadResponsable, plan.UnidadResponsable.Nombre);
        writer.WritePropertyName(PActividades);
        writer.WriteStartArray();
        var actividades = plan.Actividades;
        for (var i = 0; i < actividades.Count; i++)
        {
            EscribirActividad(writer, actividades[i], extensiones, extensiones is null ? null : "/actividades/" + i.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteEndArray();
        if (plan.CerradoHasta is { } cerrado)
        {
            writer.WriteString(PCerradoHasta, FormatoDeAvances.TextoDeMes(cerrado));
        }

        if (plan.Modificaciones.Count > 0)
        {
            writer.WritePropertyName(PModificaciones);
            writer.WriteStartArray();
            foreach (var m in plan.Modificaciones)
            {
                EscribirModificacion(writer, m);
            }

            writer.WriteEndArray();
        }

        writer.WritePropertyName(PFirmantes);
        writer.WriteStartArray();
        var firmantes = plan.Firmantes;
        for (var i = 0; i < firmantes.Count; i++)
        {
            EscribirFirmante(writer, firmantes[i], extensiones, extensiones is null ? null : "/firmantes/" + i.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteEndArray();
        extensiones?.Escribir(writer, string.Empty);
        writer.WriteEndObject();
    }

    /// <summary>Writes an activity object.</summary>
    internal static void EscribirActividad(Utf8JsonWriter writer, Actividad actividad, Extensiones? extensiones = null, string? puntero = null)
    {
        writer.WriteStartObject();
        writer.WriteNumber(PNumero, actividad.Numero);
        writer.WriteString(PDescripcion, actividad.Descripcion);
        writer.WritePropertyName(PAlineacion);
        EscribirAlineacion(writer, actividad.Alineacion, extensiones, puntero is null ? null : puntero + "/alineacion");
        writer.WriteString(PPrograma, actividad.Programa.Nombre);
        writer.WritePropertyName(PMeta);
        EscribirMeta(writer, actividad.Meta, extensiones, puntero is null ? null : puntero + "/meta");
        writer.WritePropertyName(PSemaforizacion);
        EscribirSemaforizacion(writer, actividad.Semaforizacion, extensiones, puntero is null ? null : puntero + "/semaforizacion");
        writer.WriteString(PMediosDeVerificacion, actividad.MediosDeVerificacion);
        writer.WritePropertyName(PCalendarizacion);
        EscribirCalendarizacion(writer, actividad.Calendarizacion);
        writer.WriteString(PSentido, NombreDe(actividad.Sentido));
        if (actividad.AcumulacionExplicita is { } tipo)
        {
            writer.WriteString(PTipo, FormatoDeResultados.Nombre(tipo));
        }

        if (actividad.Frecuencia != Frecuencia.Mensual)
        {
            writer.WriteString(PFrecuencia, FormatoDeResultados.Nombre(actividad.Frecuencia));
        }

        if (actividad.LineaBase is { } lineaBase)
        {
            writer.WritePropertyName(PLineaBase);
            writer.WriteStartObject();
            writer.WriteNumber(PValor, Canonico(lineaBase.Valor));
            writer.WriteNumber(PAnio, lineaBase.Anio);
            writer.WriteEndObject();
        }

        if (actividad.Peso != 1m)
        {
            writer.WriteNumber(PPeso, Canonico(actividad.Peso));
        }

        if (puntero is not null)
        {
            extensiones?.Escribir(writer, puntero);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{"eje": ..., "objetivo": ...}</c>.</summary>
    internal static void EscribirAlineacion(Utf8JsonWriter writer, Alineacion alineacion, Extensiones? extensiones = null, string? puntero = null)
    {
        writer.WriteStartObject();
        writer.WriteString(PEje, alineacion.Eje.ToString());
        writer.WriteString(PObjetivo, alineacion.Objetivo.ToString());
        if (puntero is not null)
        {
            extensiones?.Escribir(writer, puntero);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{"cantidad": ..., "unidad": ...}</c>.</summary>
    internal static void EscribirMeta(Utf8JsonWriter writer, Meta meta, Extensiones? extensiones = null, string? puntero = null)
    {
        writer.WriteStartObject();
        writer.WriteNumber(PCantidad, Canonico(meta.Cantidad));
        writer.WriteString(PUnidad, meta.Unidad.Nombre);
        if (puntero is not null)
        {
            extensiones?.Escribir(writer, puntero);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the three bands in canonical notation.</summary>
    internal static void EscribirSemaforizacion(Utf8JsonWriter writer, Semaforizacion semaforizacion, Extensiones? extensiones = null, string? puntero = null)
    {
        writer.WriteStartObject();
        if (ReferenceEquals(semaforizacion, Semaforizacion.Predeterminada))
        {
            writer.WriteString(PVerde, VerdePredeterminado);
            writer.WriteString(PAmarillo, AmarilloPredeterminado);
            writer.WriteString(PRojo, RojoPredeterminado);
        }
        else
        {
            writer.WriteString(PVerde, semaforizacion.Verde.ToString());
            writer.WriteString(PAmarillo, semaforizacion.Amarillo.ToString());
            writer.WriteString(PRojo, semaforizacion.Rojo.ToString());
        }

        if (puntero is not null)
        {
            extensiones?.Escribir(writer, puntero);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a band standing alone: <c>{"color": "verde", "notacion": "&gt;= 80%"}</c>.</summary>
    internal static void EscribirBandaSuelta(Utf8JsonWriter writer, Banda banda)
    {
        writer.WriteStartObject();
        writer.WriteString(PColor, NombreDe(banda.Color));
        writer.WriteString(PNotacion, banda.ToString());
        writer.WriteEndObject();
    }

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

    /// <summary>Writes a signatory object (no <c>titulo</c> when it has none).</summary>
    internal static void EscribirFirmante(Utf8JsonWriter writer, Firmante firmante, Extensiones? extensiones = null, string? puntero = null)
    {
        writer.WriteStartObject();
        if (firmante.Titulo is not null)
        {
            writer.WriteString(PTitulo, firmante.Titulo);
        }

        writer.WriteString(PNombre, firmante.Nombre);
        writer.WriteString(PCargo, firmante.Cargo);
        if (puntero is not null)
        {
            extensiones?.Escribir(writer, puntero);
        }

        writer.WriteEndObject();
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
