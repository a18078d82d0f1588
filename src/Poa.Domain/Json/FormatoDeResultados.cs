using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Poa.Domain.Internal;
using NodaTime;
using static Poa.Domain.Json.LecturaJson;

namespace Poa.Domain.Json;

/// <summary>
/// Reads and writes the results document (<c>"formato": "poa.resultados"</c>): the evaluation of a plan at a corte, per
/// activity, and the roll-ups, as a <see cref="DocumentoDeResultados"/>.
/// </summary>
internal static class FormatoDeResultados
{
    internal const string Formato = "poa.resultados";
    internal const int Version = 1;

    private static readonly JsonEncodedText VFormato = JsonEncodedText.Encode(Formato);

    // ------------------------------------------------------------------ reading

    /// <summary>Reads a results document; the reader is on its <c>{</c>.</summary>
    internal static DocumentoDeResultados LeerDocumento(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarObjeto(ref reader, contexto, "un documento de resultados con \"formato\": \"poa.resultados\"");
        const int BEjercicio = 4, BCorte = 8, BActividades = 64, BResumenes = 128;
        var vistas = 0;
        var version = 0;
        var corte = default(YearMonth);
        Dependencia? dependencia = null;
        UnidadResponsable? unidad = null;
        var estado = new Estado();
        var ruta = contexto.Ruta;
        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (LeerEncabezado(ref reader, contexto, ref vistas, "poa.resultados"u8, Formato, ref version))
            {
            }
            else if (reader.ValueTextEquals("ejercicio"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BEjercicio, "ejercicio");
                estado.Ejercicio = FormatoDePlan.LeerEjercicio(ref reader, contexto);
                if (estado.AnioDeMeses is { } anio && anio != estado.Ejercicio.Value.Anio)
                {
                    throw Error(contexto, $"el ejercicio {estado.Ejercicio.Value} no corresponde a los meses de los resultados, que son de {anio}.");
                }

                ruta.Salir();
            }
            else if (reader.ValueTextEquals("corte"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BCorte, "corte");
                corte = FormatoDeAvances.LeerMes(ref reader, contexto);
                ruta.Salir();
            }
            else if (FormatoDePlan.LeerResponsables(ref reader, contexto, ref vistas, ref dependencia, ref unidad))
            {
            }
            else if (reader.ValueTextEquals("actividades"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BActividades, "actividades");
                LeerArreglo(
                    ref reader,
                    contexto,
                    "los resultados por actividad",
                    estado,
                    static (ref Utf8JsonReader r, ContextoDeLectura c, Estado e, int _) => e.Actividades.Add(LeerResultado(ref r, c, e)));
                ruta.Salir();
            }
            else if (reader.ValueTextEquals("resumenes"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BResumenes, "resumenes");
                LeerArreglo(
                    ref reader,
                    contexto,
                    "los resúmenes por grupo",
                    estado,
                    static (ref Utf8JsonReader r, ContextoDeLectura c, Estado e, int _) => e.Resumenes.Add(LeerResumen(ref r, c)));
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
        Exigir(vistas, BCorte, contexto, "corte", "el mes del corte, como \"2023-06\"");
        FormatoDePlan.ExigirResponsables(vistas, contexto);
        Exigir(vistas, BActividades, contexto, "actividades", "un arreglo de resultados por actividad");
        Exigir(vistas, BResumenes, contexto, "resumenes", "un arreglo de resúmenes, vacío si no hay");
        var ejercicio = estado.Ejercicio!.Value;
        if (!ejercicio.Contiene(corte))
        {
            ruta.Entrar("corte");
            throw Error(contexto, $"el corte {FormatoDeAvances.TextoDeMes(corte)} no pertenece al ejercicio {ejercicio}.");
        }

        return new DocumentoDeResultados(
            version,
            ejercicio,
            corte,
            dependencia!,
            unidad!,
            estado.Actividades,
            estado.Resumenes,
            (IEnumerable<CampoDesconocido>?)contexto.Desconocidos ?? []);
    }

    /// <summary>Reads the result of one activity.</summary>
    internal static ResultadoLeido LeerResultado(ref Utf8JsonReader reader, ContextoDeLectura contexto, Estado estado)
    {
        EsperarObjeto(ref reader, contexto, "el resultado de una actividad");
        const int BNumero = 1 << 0, BDescripcion = 1 << 1, BEstado = 1 << 2, BProgramado = 1 << 3, BRealizado = 1 << 4,
            BCumplimiento = 1 << 5, BRedondeado = 1 << 6, BAvanceAnual = 1 << 7, BColor = 1 << 8, BBanda = 1 << 9,
            BFormula = 1 << 10, BAgregacion = 1 << 11, BPolitica = 1 << 12, BProgramados = 1 << 13, BReportados = 1 << 14,
            BSinReporte = 1 << 15, BConsiderados = 1 << 16, BSenales = 1 << 17;
        var vistas = 0;
        var numero = 0;
        string? descripcion = null, banda = null;
        var estadoDeEvaluacion = default(EstadoDeEvaluacion);
        decimal programado = 0m, realizado = 0m;
        decimal? cumplimiento = null, redondeado = null, avanceAnual = null;
        Color? color = null;
        var formula = default(FormulaDeCumplimiento);
        var agregacion = default(AgregacionDeMeses);
        var politica = default(PoliticaDeMesesSinReporte);
        ConjuntoDeMeses programados = default, reportados = default, sinReporte = default, considerados = default;
        var senales = SenalesDeEvaluacion.Ninguna;
        var ruta = contexto.Ruta;
        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("numero"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BNumero, "numero");
                numero = LeerEntero(ref reader, contexto, "el número de la actividad", 1, Limites.MaximoNumeroDeActividad);
            }
            else if (reader.ValueTextEquals("descripcion"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BDescripcion, "descripcion");
                descripcion = LeerTexto(ref reader, contexto, "la descripción de la actividad");
            }
            else if (reader.ValueTextEquals("estado"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BEstado, "estado");
                estadoDeEvaluacion = LeerNombre<EstadoDeEvaluacion>(ref reader, contexto, "el estado de la evaluación");
            }
            else if (reader.ValueTextEquals("programado"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BProgramado, "programado");
                programado = LeerDecimalNoNegativo(ref reader, contexto, "lo programado hasta el corte");
            }
            else if (reader.ValueTextEquals("realizado"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BRealizado, "realizado");
                realizado = LeerDecimalNoNegativo(ref reader, contexto, "lo realizado hasta el corte");
            }
            else if (reader.ValueTextEquals("cumplimiento"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BCumplimiento, "cumplimiento");
                cumplimiento = LeerDecimalONulo(ref reader, contexto, "el cumplimiento en porcentaje");
            }
            else if (reader.ValueTextEquals("cumplimientoRedondeado"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BRedondeado, "cumplimientoRedondeado");
                redondeado = LeerDecimalONulo(ref reader, contexto, "el cumplimiento redondeado");
            }
            else if (reader.ValueTextEquals("avanceAnual"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BAvanceAnual, "avanceAnual");
                avanceAnual = LeerDecimalONulo(ref reader, contexto, "el avance anual en porcentaje");
            }
            else if (reader.ValueTextEquals("color"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BColor, "color");
                color = reader.TokenType == JsonTokenType.Null ? null : FormatoDePlan.LeerColor(ref reader, contexto);
            }
            else if (reader.ValueTextEquals("bandaAplicada"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BBanda, "bandaAplicada");
                banda = LeerTextoONulo(ref reader, contexto, "la banda aplicada, como \">= 80%\", o null");
            }
            else if (reader.ValueTextEquals("formula"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BFormula, "formula");
                formula = LeerNombre<FormulaDeCumplimiento>(ref reader, contexto, "la fórmula del cumplimiento");
            }
            else if (reader.ValueTextEquals("agregacion"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BAgregacion, "agregacion");
                agregacion = LeerNombre<AgregacionDeMeses>(ref reader, contexto, "la agregación de los meses");
            }
            else if (reader.ValueTextEquals("politicaDeMesesSinReporte"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BPolitica, "politicaDeMesesSinReporte");
                politica = LeerNombre<PoliticaDeMesesSinReporte>(ref reader, contexto, "la política de meses sin reporte");
            }
            else if (reader.ValueTextEquals("mesesProgramados"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BProgramados, "mesesProgramados");
                programados = LeerMeses(ref reader, contexto, estado);
            }
            else if (reader.ValueTextEquals("mesesReportados"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BReportados, "mesesReportados");
                reportados = LeerMeses(ref reader, contexto, estado);
            }
            else if (reader.ValueTextEquals("mesesSinReporte"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BSinReporte, "mesesSinReporte");
                sinReporte = LeerMeses(ref reader, contexto, estado);
            }
            else if (reader.ValueTextEquals("mesesConsiderados"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BConsiderados, "mesesConsiderados");
                considerados = LeerMeses(ref reader, contexto, estado);
            }
            else if (reader.ValueTextEquals("senales"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BSenales, "senales");
                senales = LeerSenales(ref reader, contexto);
            }
            else
            {
                Desconocida(ref reader, contexto);
                Avanzar(ref reader, contexto);
                continue;
            }

            ruta.Salir();
            Avanzar(ref reader, contexto);
        }

        Exigir(vistas, BNumero, contexto, "numero", "el número de la actividad, un entero de 1 a 9999");
        Exigir(vistas, BEstado, contexto, "estado", "el estado de la evaluación, como \"evaluada\"");
        Exigir(vistas, BProgramado, contexto, "programado", "lo programado hasta el corte");
        Exigir(vistas, BRealizado, contexto, "realizado", "lo realizado hasta el corte");
        Exigir(vistas, BCumplimiento, contexto, "cumplimiento", "el cumplimiento en porcentaje, o null");
        Exigir(vistas, BRedondeado, contexto, "cumplimientoRedondeado", "el cumplimiento redondeado, o null");
        Exigir(vistas, BAvanceAnual, contexto, "avanceAnual", "el avance anual en porcentaje, o null");
        Exigir(vistas, BColor, contexto, "color", "el color del semáforo, o null");
        Exigir(vistas, BBanda, contexto, "bandaAplicada", "la banda aplicada, o null");
        Exigir(vistas, BFormula, contexto, "formula", "la fórmula del cumplimiento");
        Exigir(vistas, BAgregacion, contexto, "agregacion", "la agregación de los meses");
        Exigir(vistas, BPolitica, contexto, "politicaDeMesesSinReporte", "la política de meses sin reporte");
        Exigir(vistas, BProgramados, contexto, "mesesProgramados", "un arreglo de meses \"aaaa-MM\"");
        Exigir(vistas, BReportados, contexto, "mesesReportados", "un arreglo de meses \"aaaa-MM\"");
        Exigir(vistas, BSinReporte, contexto, "mesesSinReporte", "un arreglo de meses \"aaaa-MM\"");
        Exigir(vistas, BConsiderados, contexto, "mesesConsiderados", "un arreglo de meses \"aaaa-MM\"");
        Exigir(vistas, BSenales, contexto, "senales", "un arreglo de señales, vacío si no hay");
        Banda? bandaAplicada = null;
        if (banda is not null)
        {
            ruta.Entrar("bandaAplicada");
            if (color is not { } c)
            {
                throw Error(contexto, $"hay banda aplicada («{banda}») pero el color es null: la banda es la del color del semáforo.");
            }

            if (!Banda.TryParse(c, banda, out var b, out var error))
            {
                throw Error(contexto, error);
            }

            bandaAplicada = b;
            ruta.Salir();
        }

        return new ResultadoLeido(
            numero,
            descripcion,
            estadoDeEvaluacion,
            programado,
            realizado,
            cumplimiento,
            redondeado,
            avanceAnual,
            color,
            bandaAplicada,
            formula,
            agregacion,
            politica,
            programados,
            reportados,
            sinReporte,
            considerados,
            senales);
    }

    /// <summary>Reads one roll-up.</summary>
    internal static ResumenLeido LeerResumen(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarObjeto(ref reader, contexto, "el resumen de un grupo");
        const int BAgrupacion = 1 << 0, BNombre = 1 << 1, BActividades = 1 << 2, BVerdes = 1 << 3, BAmarillos = 1 << 4, BRojos = 1 << 5,
            BSinColor = 1 << 6, BConCumplimiento = 1 << 7, BPorcentaje = 1 << 8, BPromedioValor = 1 << 9, BColor = 1 << 10, BPromedio = 1 << 11;
        var vistas = 0;
        var agrupacion = default(Agrupacion);
        string nombre = string.Empty;
        int actividades = 0, verdes = 0, amarillos = 0, rojos = 0, sinColor = 0, conCumplimiento = 0;
        decimal? porcentaje = null, promedioValor = null;
        Color? color = null;
        var promedio = default(PromedioDeGrupo);
        var ruta = contexto.Ruta;
        Avanzar(ref reader, contexto);
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("agrupacion"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BAgrupacion, "agrupacion");
                agrupacion = LeerNombre<Agrupacion>(ref reader, contexto, "la agrupación");
            }
            else if (reader.ValueTextEquals("nombre"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BNombre, "nombre");
                nombre = LeerTexto(ref reader, contexto, "el nombre del grupo");
            }
            else if (reader.ValueTextEquals("actividades"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BActividades, "actividades");
                actividades = LeerEntero(ref reader, contexto, "el número de actividades del grupo", 0, int.MaxValue);
            }
            else if (reader.ValueTextEquals("verdes"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BVerdes, "verdes");
                verdes = LeerEntero(ref reader, contexto, "las actividades en verde", 0, int.MaxValue);
            }
            else if (reader.ValueTextEquals("amarillos"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BAmarillos, "amarillos");
                amarillos = LeerEntero(ref reader, contexto, "las actividades en amarillo", 0, int.MaxValue);
            }
            else if (reader.ValueTextEquals("rojos"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BRojos, "rojos");
                rojos = LeerEntero(ref reader, contexto, "las actividades en rojo", 0, int.MaxValue);
            }
            else if (reader.ValueTextEquals("sinColor"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BSinColor, "sinColor");
                sinColor = LeerEntero(ref reader, contexto, "las actividades sin color", 0, int.MaxValue);
            }
            else if (reader.ValueTextEquals("conCumplimiento"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BConCumplimiento, "conCumplimiento");
                conCumplimiento = LeerEntero(ref reader, contexto, "las actividades con cumplimiento", 0, int.MaxValue);
            }
            else if (reader.ValueTextEquals("porcentajeVerde"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BPorcentaje, "porcentajeVerde");
                porcentaje = LeerDecimalONulo(ref reader, contexto, "el porcentaje de actividades en verde");
            }
            else if (reader.ValueTextEquals("cumplimientoPromedio"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BPromedioValor, "cumplimientoPromedio");
                promedioValor = LeerDecimalONulo(ref reader, contexto, "el cumplimiento promedio");
            }
            else if (reader.ValueTextEquals("color"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BColor, "color");
                color = reader.TokenType == JsonTokenType.Null ? null : FormatoDePlan.LeerColor(ref reader, contexto);
            }
            else if (reader.ValueTextEquals("promedio"u8))
            {
                AbrirPropiedad(ref reader, contexto, ref vistas, BPromedio, "promedio");
                promedio = LeerNombre<PromedioDeGrupo>(ref reader, contexto, "cómo se promedia");
            }
            else
            {
                Desconocida(ref reader, contexto);
                Avanzar(ref reader, contexto);
                continue;
            }

            ruta.Salir();
            Avanzar(ref reader, contexto);
        }

        Exigir(vistas, BAgrupacion, contexto, "agrupacion", "la agrupación, como \"unidadResponsable\"");
        Exigir(vistas, BNombre, contexto, "nombre", "el nombre del grupo");
        Exigir(vistas, BActividades, contexto, "actividades", "el número de actividades del grupo");
        Exigir(vistas, BVerdes, contexto, "verdes", "las actividades en verde");
        Exigir(vistas, BAmarillos, contexto, "amarillos", "las actividades en amarillo");
        Exigir(vistas, BRojos, contexto, "rojos", "las actividades en rojo");
        Exigir(vistas, BSinColor, contexto, "sinColor", "las actividades sin color");
        Exigir(vistas, BConCumplimiento, contexto, "conCumplimiento", "las actividades con cumplimiento");
        Exigir(vistas, BPorcentaje, contexto, "porcentajeVerde", "el porcentaje en verde, o null");
        Exigir(vistas, BPromedioValor, contexto, "cumplimientoPromedio", "el cumplimiento promedio, o null");
        Exigir(vistas, BColor, contexto, "color", "el color del grupo, o null");
        Exigir(vistas, BPromedio, contexto, "promedio", "cómo se promedia, como \"topadoEn100\"");
        if ((long)verdes + amarillos + rojos + sinColor != actividades)
        {
            throw Error(contexto, $"las cuentas no cuadran: verdes ({verdes}) + amarillos ({amarillos}) + rojos ({rojos}) + sinColor ({sinColor}) debe ser igual a actividades ({actividades}).");
        }

        if (conCumplimiento > actividades)
        {
            throw Error(contexto, $"conCumplimiento ({conCumplimiento}) no puede ser mayor que actividades ({actividades}).");
        }

        return new ResumenLeido(agrupacion, nombre, actividades, verdes, amarillos, rojos, conCumplimiento, porcentaje, promedioValor, color, promedio);
    }

    /// <summary>Reads months <c>yyyy-MM</c> of one year, ascending and without repetition, into a set of month numbers.</summary>
    private static ConjuntoDeMeses LeerMeses(ref Utf8JsonReader reader, ContextoDeLectura contexto, Estado estado)
    {
        EsperarArreglo(ref reader, contexto, "meses en formato \"aaaa-MM\"");
        var mascara = 0;
        var anterior = 0;
        var indice = 0;
        Avanzar(ref reader, contexto);
        while (reader.TokenType != JsonTokenType.EndArray)
        {
            contexto.Ruta.Entrar(indice);
            var mes = FormatoDeAvances.LeerMes(ref reader, contexto);
            if (estado.Ejercicio is { } ejercicio)
            {
                if (!ejercicio.Contiene(mes))
                {
                    throw Error(contexto, $"el mes {FormatoDeAvances.TextoDeMes(mes)} no pertenece al ejercicio {ejercicio}.");
                }
            }
            else if (estado.AnioDeMeses is { } anio && anio != mes.Year)
            {
                throw Error(contexto, $"el mes {FormatoDeAvances.TextoDeMes(mes)} es de otro año que los meses anteriores ({anio}).");
            }

            estado.AnioDeMeses = mes.Year;
            if (mes.Month <= anterior)
            {
                throw Error(contexto, $"los meses van en orden ascendente y sin repetirse; {FormatoDeAvances.TextoDeMes(mes)} viene después de un mes igual o posterior.");
            }

            anterior = mes.Month;
            mascara |= 1 << (mes.Month - 1);
            contexto.Ruta.Salir();
            indice++;
            Avanzar(ref reader, contexto);
        }

        return new ConjuntoDeMeses(mascara);
    }

    private static SenalesDeEvaluacion LeerSenales(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        EsperarArreglo(ref reader, contexto, "las señales de la evaluación");
        var senales = SenalesDeEvaluacion.Ninguna;
        var indice = 0;
        Avanzar(ref reader, contexto);
        while (reader.TokenType != JsonTokenType.EndArray)
        {
            contexto.Ruta.Entrar(indice);
            var senal = LeerNombre<SenalesDeEvaluacion>(ref reader, contexto, "una señal de la evaluación");
            if ((senales & senal) != 0)
            {
                throw Error(contexto, $"la señal «{Nombre(senal)}» aparece más de una vez.");
            }

            senales |= senal;
            contexto.Ruta.Salir();
            indice++;
            Avanzar(ref reader, contexto);
        }

        return senales;
    }

    /// <summary>What a results read carries between its objects.</summary>
    internal sealed class Estado
    {
        internal EjercicioFiscal? Ejercicio { get; set; }

        internal int? AnioDeMeses { get; set; }

        internal List<ResultadoLeido> Actividades { get; } = new();

        internal List<ResumenLeido> Resumenes { get; } = new();
    }

    // ------------------------------------------------------------------ writing

    /// <summary>Writes a results document, with its unknown fields and its version (the current one, or the newer one it was read with).</summary>
    internal static void EscribirDocumento(Utf8JsonWriter writer, DocumentoDeResultados documento)
    {
        var extensiones = documento.Extensiones;
        writer.WriteStartObject();
        writer.WriteString("formato"u8, VFormato);
        writer.WriteNumber("version"u8, Math.Max(documento.Version, Version));
        writer.WriteNumber("ejercicio"u8, documento.Ejercicio.Anio);
        writer.WriteString("corte"u8, FormatoDeAvances.TextoDeMes(documento.Corte));
        writer.WriteString("dependencia"u8, documento.Dependencia.Nombre);
        writer.WriteString("unidadResponsable"u8, documento.UnidadResponsable.Nombre);
        writer.WritePropertyName("actividades"u8);
        writer.WriteStartArray();
        var actividades = documento.Actividades;
        for (var i = 0; i < actividades.Count; i++)
        {
            EscribirResultado(writer, actividades[i], documento.Ejercicio, extensiones, Puntero(extensiones, "/actividades/", i));
        }

        writer.WriteEndArray();
        writer.WritePropertyName("resumenes"u8);
        writer.WriteStartArray();
        var resumenes = documento.Resumenes;
        for (var i = 0; i < resumenes.Count; i++)
        {
            EscribirResumen(writer, resumenes[i], extensiones, Puntero(extensiones, "/resumenes/", i));
        }

        writer.WriteEndArray();
        extensiones?.Escribir(writer, string.Empty);
        writer.WriteEndObject();
    }

    private static string? Puntero(Extensiones? extensiones, string prefijo, int indice)
        => extensiones is null ? null : prefijo + indice.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes the result of one activity.</summary>
    internal static void EscribirResultado(Utf8JsonWriter writer, ResultadoLeido r, EjercicioFiscal ejercicio, Extensiones? extensiones = null, string? puntero = null)
    {
        writer.WriteStartObject();
        writer.WriteNumber("numero"u8, r.Numero);
        if (r.Descripcion is not null)
        {
            writer.WriteString("descripcion"u8, r.Descripcion);
        }

        writer.WriteString("estado"u8, Nombre(r.Estado));
        writer.WriteNumber("programado"u8, FormatoDePlan.Canonico(r.Programado));
        writer.WriteNumber("realizado"u8, FormatoDePlan.Canonico(r.Realizado));
        NumeroONulo(writer, "cumplimiento"u8, r.Cumplimiento);
        NumeroONulo(writer, "cumplimientoRedondeado"u8, r.CumplimientoRedondeado);
        NumeroONulo(writer, "avanceAnual"u8, r.AvanceAnual);
        ColorONulo(writer, r.Color);
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
        foreach (var (nombre, senal) in NombresDe<SenalesDeEvaluacion>.Nombres)
        {
            if ((r.Senales & senal) == senal)
            {
                writer.WriteStringValue(nombre);
            }
        }

        writer.WriteEndArray();
        if (puntero is not null)
        {
            extensiones?.Escribir(writer, puntero);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one roll-up.</summary>
    internal static void EscribirResumen(Utf8JsonWriter writer, ResumenLeido resumen, Extensiones? extensiones = null, string? puntero = null)
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
        ColorONulo(writer, resumen.Color);
        writer.WriteString("promedio"u8, Nombre(resumen.Promedio));
        if (puntero is not null)
        {
            extensiones?.Escribir(writer, puntero);
        }

        writer.WriteEndObject();
    }

    private static void ColorONulo(Utf8JsonWriter writer, Color? color)
    {
        if (color is { } c)
        {
            writer.WriteString("color"u8, FormatoDePlan.NombreDe(c));
        }
        else
        {
            writer.WriteNull("color"u8);
        }
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
