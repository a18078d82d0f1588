using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
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
        const int BFormato = 1, BVersion = 2, BEjercicio = 4, BDependencia = 8, BUnidad = 16, BActividades = 32, BFirmantes = 64;
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
            if (reader.ValueTextEquals("formato"u8))
            {
                Marcar(ref vistas, BFormato, contexto, "formato");
                ruta.Entrar("formato");
                Avanzar(ref reader, contexto);
                if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals("poa.plan"u8))
                {
                    throw Error(contexto, $"se esperaba el marcador de formato \"{Formato}\"; se encontró {Describir(ref reader)}.");
                }

                ruta.Salir();
            }
            else if (reader.ValueTextEquals("version"u8))
            {
                Marcar(ref vistas, BVersion, contexto, "version");
                ruta.Entrar("version");
                Avanzar(ref reader, contexto);
                version = LeerEntero(ref reader, contexto, "la versión del formato", 1, int.MaxValue);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("ejercicio"u8))
            {
                Marcar(ref vistas, BEjercicio, contexto, "ejercicio");
                ruta.Entrar("ejercicio");
                Avanzar(ref reader, contexto);
                ejercicio = LeerEjercicio(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("dependencia"u8))
            {
                Marcar(ref vistas, BDependencia, contexto, "dependencia");
                ruta.Entrar("dependencia");
                Avanzar(ref reader, contexto);
                dependencia = new Dependencia(LeerTextoNoVacio(ref reader, contexto, "el nombre de la dependencia"));
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("unidadResponsable"u8))
            {
                Marcar(ref vistas, BUnidad, contexto, "unidadResponsable");
                ruta.Entrar("unidadResponsable");
                Avanzar(ref reader, contexto);
                unidad = new UnidadResponsable(LeerTextoNoVacio(ref reader, contexto, "el nombre de la unidad responsable"));
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("actividades"u8))
            {
                Marcar(ref vistas, BActividades, contexto, "actividades");
                ruta.Entrar("actividades");
                Avanzar(ref reader, contexto);
                EsperarArreglo(ref reader, contexto, "las actividades del plan");
                actividades = new List<Actividad>();
                Avanzar(ref reader, contexto);
                while (reader.TokenType != JsonTokenType.EndArray)
                {
                    ruta.Entrar(actividades.Count);
                    actividades.Add(LeerActividad(ref reader, contexto));
                    ruta.Salir();
                    Avanzar(ref reader, contexto);
                }

                ruta.Salir();
            }
            else if (reader.ValueTextEquals("firmantes"u8))
            {
                Marcar(ref vistas, BFirmantes, contexto, "firmantes");
                ruta.Entrar("firmantes");
                Avanzar(ref reader, contexto);
                EsperarArreglo(ref reader, contexto, "los firmantes del plan");
                firmantes = new List<Firmante>();
                Avanzar(ref reader, contexto);
                while (reader.TokenType != JsonTokenType.EndArray)
                {
                    ruta.Entrar(firmantes.Count);
                    firmantes.Add(LeerFirmante(ref reader, contexto));
                    ruta.Salir();
                    Avanzar(ref reader, contexto);
                }

                ruta.Salir();
            }
            else
            {
                Desconocida(ref reader, contexto);
            }

            Avanzar(ref reader, contexto);
        }

        Exigir(vistas, BFormato, contexto, "formato", $"el marcador \"{Formato}\"");
        Exigir(vistas, BVersion, contexto, "version", "la versión del formato, un entero desde 1");
        Exigir(vistas, BEjercicio, contexto, "ejercicio", "el año del ejercicio fiscal, como 2023");
        Exigir(vistas, BDependencia, contexto, "dependencia", "el nombre de la secretaría");
        Exigir(vistas, BUnidad, contexto, "unidadResponsable", "el nombre de la dirección");
        Exigir(vistas, BActividades, contexto, "actividades", "un arreglo de actividades");
        return new Plan(ejercicio, dependencia!, unidad!, actividades!, firmantes);
    }

    /// <summary>Reads the fiscal year: a JSON integer from 1900 to 9999.</summary>
    internal static EjercicioFiscal LeerEjercicio(ref Utf8JsonReader reader, ContextoDeLectura contexto)
        => new(LeerEntero(ref reader, contexto, "el año del ejercicio fiscal", EjercicioFiscal.AnioMinimo, EjercicioFiscal.AnioMaximo));

    /// <summary>Reads an activity object.</summary>
    internal static Actividad LeerActividad(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarObjeto(ref reader, contexto, "una actividad");
        const int BNumero = 1, BDescripcion = 2, BAlineacion = 4, BPrograma = 8, BMeta = 16, BCalendario = 32, BSemaforo = 64, BMedios = 128, BSentido = 256;
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
        var ruta = contexto.Ruta;

        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("numero"u8))
            {
                Marcar(ref vistas, BNumero, contexto, "numero");
                ruta.Entrar("numero");
                Avanzar(ref reader, contexto);
                numero = LeerEntero(ref reader, contexto, "el número de la actividad", 1, int.MaxValue);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("descripcion"u8))
            {
                Marcar(ref vistas, BDescripcion, contexto, "descripcion");
                ruta.Entrar("descripcion");
                Avanzar(ref reader, contexto);
                descripcion = LeerTextoNoVacio(ref reader, contexto, "la descripción de la actividad");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("alineacion"u8))
            {
                Marcar(ref vistas, BAlineacion, contexto, "alineacion");
                ruta.Entrar("alineacion");
                Avanzar(ref reader, contexto);
                alineacion = LeerAlineacion(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("programa"u8))
            {
                Marcar(ref vistas, BPrograma, contexto, "programa");
                ruta.Entrar("programa");
                Avanzar(ref reader, contexto);
                programa = contexto.Programas.Buscar(ref reader)
                    ?? contexto.Programas.Guardar(ref reader, new ProgramaPresupuestario(LeerTextoNoVacio(ref reader, contexto, "el programa presupuestario")));
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("meta"u8))
            {
                Marcar(ref vistas, BMeta, contexto, "meta");
                ruta.Entrar("meta");
                Avanzar(ref reader, contexto);
                meta = LeerMeta(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("calendarizacion"u8))
            {
                Marcar(ref vistas, BCalendario, contexto, "calendarizacion");
                ruta.Entrar("calendarizacion");
                Avanzar(ref reader, contexto);
                calendarizacion = LeerCalendarizacion(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("semaforizacion"u8))
            {
                Marcar(ref vistas, BSemaforo, contexto, "semaforizacion");
                ruta.Entrar("semaforizacion");
                Avanzar(ref reader, contexto);
                semaforizacion = LeerSemaforizacion(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("mediosDeVerificacion"u8))
            {
                Marcar(ref vistas, BMedios, contexto, "mediosDeVerificacion");
                ruta.Entrar("mediosDeVerificacion");
                Avanzar(ref reader, contexto);
                medios = LeerTexto(ref reader, contexto, "los medios de verificación");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("sentido"u8))
            {
                Marcar(ref vistas, BSentido, contexto, "sentido");
                ruta.Entrar("sentido");
                Avanzar(ref reader, contexto);
                sentido = LeerSentido(ref reader, contexto);
                ruta.Salir();
            }
            else
            {
                Desconocida(ref reader, contexto);
            }

            Avanzar(ref reader, contexto);
        }

        Exigir(vistas, BNumero, contexto, "numero", "el número de la actividad, un entero desde 1");
        Exigir(vistas, BDescripcion, contexto, "descripcion", "qué se hará");
        Exigir(vistas, BAlineacion, contexto, "alineacion", "un objeto con \"eje\" y \"objetivo\"");
        Exigir(vistas, BPrograma, contexto, "programa", "el programa presupuestario");
        Exigir(vistas, BMeta, contexto, "meta", "un objeto con \"cantidad\" y \"unidad\"");
        Exigir(vistas, BCalendario, contexto, "calendarizacion", "un arreglo de 12 meses");
        return new Actividad(numero, descripcion!, alineacion!, programa!, meta!, calendarizacion!, medios, semaforizacion, sentido);
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
                Marcar(ref vistas, BEje, contexto, "eje");
                ruta.Entrar("eje");
                Avanzar(ref reader, contexto);
                eje = LeerEje(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("objetivo"u8))
            {
                Marcar(ref vistas, BObjetivo, contexto, "objetivo");
                ruta.Entrar("objetivo");
                Avanzar(ref reader, contexto);
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
                Marcar(ref vistas, BCantidad, contexto, "cantidad");
                ruta.Entrar("cantidad");
                Avanzar(ref reader, contexto);
                cantidad = LeerDecimalNoNegativo(ref reader, contexto, "la cantidad de la meta");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("unidad"u8))
            {
                Marcar(ref vistas, BUnidad, contexto, "unidad");
                ruta.Entrar("unidad");
                Avanzar(ref reader, contexto);
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
                celdas[indice] = LeerDecimalNoNegativo(ref reader, contexto, $"lo programado en {Calendarizacion.NombreDeMes(indice + 1)} (mes {indice + 1}), o null");
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
                Marcar(ref vistas, BVerde, contexto, "verde");
                ruta.Entrar("verde");
                Avanzar(ref reader, contexto);
                verde = LeerBanda(ref reader, contexto, Color.Verde, VerdePredeterminadoUtf8, ref predeterminadas, BVerde);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("amarillo"u8))
            {
                Marcar(ref vistas, BAmarillo, contexto, "amarillo");
                ruta.Entrar("amarillo");
                Avanzar(ref reader, contexto);
                amarillo = LeerBanda(ref reader, contexto, Color.Amarillo, AmarilloPredeterminadoUtf8, ref predeterminadas, BAmarillo);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("rojo"u8))
            {
                Marcar(ref vistas, BRojo, contexto, "rojo");
                ruta.Entrar("rojo");
                Avanzar(ref reader, contexto);
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
        if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(canonica))
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
                Marcar(ref vistas, BColor, contexto, "color");
                ruta.Entrar("color");
                Avanzar(ref reader, contexto);
                color = LeerColor(ref reader, contexto);
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("notacion"u8))
            {
                Marcar(ref vistas, BNotacion, contexto, "notacion");
                ruta.Entrar("notacion");
                Avanzar(ref reader, contexto);
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
                Marcar(ref vistas, BTitulo, contexto, "titulo");
                ruta.Entrar("titulo");
                Avanzar(ref reader, contexto);
                titulo = LeerTextoONulo(ref reader, contexto, "el título, como \"Lic.\", o null");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("nombre"u8))
            {
                Marcar(ref vistas, BNombre, contexto, "nombre");
                ruta.Entrar("nombre");
                Avanzar(ref reader, contexto);
                nombre = LeerTextoNoVacio(ref reader, contexto, "el nombre del firmante");
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("cargo"u8))
            {
                Marcar(ref vistas, BCargo, contexto, "cargo");
                ruta.Entrar("cargo");
                Avanzar(ref reader, contexto);
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

    /// <summary>Reads <c>"ascendente"</c>, <c>"descendente"</c> or <c>"regular"</c> (any case).</summary>
    internal static Sentido LeerSentido(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        const string Esperado = "el sentido: \"ascendente\", \"descendente\" o \"regular\"";
        var texto = LeerTexto(ref reader, contexto, Esperado);
        return texto.ToUpperInvariant() switch
        {
            "ASCENDENTE" => Sentido.Ascendente,
            "DESCENDENTE" => Sentido.Descendente,
            "REGULAR" => Sentido.Regular,
            _ => throw Error(contexto, $"se esperaba {Esperado}; se encontró \"{texto}\"."),
        };
    }

    /// <summary>Reads <c>"verde"</c>, <c>"amarillo"</c> or <c>"rojo"</c> (any case).</summary>
    internal static Color LeerColor(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        const string Esperado = "un color: \"verde\", \"amarillo\" o \"rojo\"";
        var texto = LeerTexto(ref reader, contexto, Esperado);
        return texto.ToUpperInvariant() switch
        {
            "VERDE" => Color.Verde,
            "AMARILLO" => Color.Amarillo,
            "ROJO" => Color.Rojo,
            _ => throw Error(contexto, $"se esperaba {Esperado}; se encontró \"{texto}\"."),
        };
    }

    // ------------------------------------------------------------------ writing

    /// <summary>Writes a plan document; <paramref name="extensiones"/> are the unknown fields to put back (may be null).</summary>
    internal static void EscribirDocumento(Utf8JsonWriter writer, Plan plan, int version, Extensiones? extensiones)
    {
        writer.WriteStartObject();
        writer.WriteString(PFormato, VFormato);
        writer.WriteNumber(PVersion, version);
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
