using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using Poa.Domain.Internal;
using static Poa.Domain.Json.LecturaJson;

namespace Poa.Domain.Json;

/// <summary>
/// Reads and writes the results document (<c>"formato": "poa.resultados"</c>): the evaluation of a plan at a corte, per
/// activity, and the roll-ups, as a <see cref="DocumentoDeResultados"/>; one table of properties per object
/// (<see cref="Objeto{TEstado, T}"/>).
/// </summary>
internal static class FormatoDeResultados
{
    internal const string Formato = "poa.resultados";

    /// <summary>The lowest version written; a document with something of version 2 is written as version 2.</summary>
    internal const int Version = 1;

    private const string Meses12 = "un arreglo de meses \"aaaa-MM\"";

    private static readonly Objeto<EstadoDeResultado, (ResultadoLeido R, EjercicioFiscal Ejercicio)> TablaDeResultado = new Objeto<EstadoDeResultado, (ResultadoLeido R, EjercicioFiscal Ejercicio)>("el resultado de una actividad")
        .Obligatoria("numero", "el número de la actividad, un entero de 1 a 9999", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Numero = LeerEntero(ref r, c, "el número de la actividad", 1, Limites.MaximoNumeroDeActividad), static (w, n, v, _) => w.WriteNumber(n, v.R.Numero))
        .Opcional("descripcion", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Descripcion = LeerTexto(ref r, c, "la descripción de la actividad"), static (w, n, v, _) => w.WriteString(n, v.R.Descripcion), static v => v.R.Descripcion is not null)
        .Obligatoria("estado", "el estado de la evaluación, como \"evaluada\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Estado = LeerNombre<EstadoDeEvaluacion>(ref r, c, "el estado de la evaluación"), static (w, n, v, _) => w.WriteString(n, Nombre(v.R.Estado)))
        .Obligatoria("programado", "lo programado hasta el corte", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Programado = LeerDecimalNoNegativo(ref r, c, "lo programado hasta el corte"), static (w, n, v, _) => w.WriteNumber(n, FormatoDePlan.Canonico(v.R.Programado)))
        .Obligatoria("realizado", "lo realizado hasta el corte", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Realizado = LeerDecimalNoNegativo(ref r, c, "lo realizado hasta el corte"), static (w, n, v, _) => w.WriteNumber(n, FormatoDePlan.Canonico(v.R.Realizado)))
        .Obligatoria("cumplimiento", "el cumplimiento en porcentaje, o null", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Cumplimiento = LeerDecimalONulo(ref r, c, "el cumplimiento en porcentaje"), static (w, n, v, _) => Comunes.NumeroONulo(w, n, v.R.Cumplimiento))
        .Obligatoria("cumplimientoRedondeado", "el cumplimiento redondeado, o null", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Redondeado = LeerDecimalONulo(ref r, c, "el cumplimiento redondeado"), static (w, n, v, _) => Comunes.NumeroONulo(w, n, v.R.CumplimientoRedondeado))
        .Obligatoria("avanceAnual", "el avance anual en porcentaje, o null", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.AvanceAnual = LeerDecimalONulo(ref r, c, "el avance anual en porcentaje"), static (w, n, v, _) => Comunes.NumeroONulo(w, n, v.R.AvanceAnual))
        .Obligatoria("color", "el color del semáforo, o null", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Color = r.TokenType == JsonTokenType.Null ? null : FormatoDePlan.LeerColor(ref r, c), static (w, n, v, _) => Comunes.ColorONulo(w, n, v.R.Color))
        .Obligatoria("bandaAplicada", "la banda aplicada, o null", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Banda = LeerTextoONulo(ref r, c, "la banda aplicada, como \">= 80%\", o null"), static (w, n, v, _) => w.WriteString(n, v.R.BandaAplicada?.ToString()))
        .Obligatoria("formula", "la fórmula del cumplimiento", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Formula = LeerNombre<FormulaDeCumplimiento>(ref r, c, "la fórmula del cumplimiento"), static (w, n, v, _) => w.WriteString(n, Nombre(v.R.Formula)))
        .Obligatoria("agregacion", "la agregación de los meses", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Agregacion = LeerNombre<AgregacionDeMeses>(ref r, c, "la agregación de los meses"), static (w, n, v, _) => w.WriteString(n, Nombre(v.R.Agregacion)))
        .Obligatoria("politicaDeMesesSinReporte", "la política de meses sin reporte", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Politica = LeerNombre<PoliticaDeMesesSinReporte>(ref r, c, "la política de meses sin reporte"), static (w, n, v, _) => w.WriteString(n, Nombre(v.R.PoliticaDeMesesSinReporte)))
        .Obligatoria("mesesProgramados", Meses12, static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Programados = LeerMeses(ref r, c, e.Comun!), static (w, n, v, _) => Meses(w, n, v.R.MesesProgramados, v.Ejercicio))
        .Obligatoria("mesesReportados", Meses12, static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Reportados = LeerMeses(ref r, c, e.Comun!), static (w, n, v, _) => Meses(w, n, v.R.MesesReportados, v.Ejercicio))
        .Obligatoria("mesesSinReporte", Meses12, static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.SinReporte = LeerMeses(ref r, c, e.Comun!), static (w, n, v, _) => Meses(w, n, v.R.MesesSinReporte, v.Ejercicio))
        .Obligatoria("mesesConsiderados", Meses12, static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Considerados = LeerMeses(ref r, c, e.Comun!), static (w, n, v, _) => Meses(w, n, v.R.MesesConsiderados, v.Ejercicio))
        .Obligatoria("senales", "un arreglo de señales, vacío si no hay", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.Senales = LeerSenales(ref r, c), static (w, n, v, _) => EscribirSenales(w, n, v.R.Senales))
        .Obligatoria("tipo", "el tipo de acumulación que se aplicó, como \"suma\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.V2.Tipo = LeerNombre<TipoDeAcumulacion>(ref r, c, "el tipo de acumulación"), static (w, n, v, _) => w.WriteString(n, v.R.Tipo is { } t ? Nombre(t) : null), version: 2)
        .Obligatoria("frecuencia", "la frecuencia, como \"mensual\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.V2.Frecuencia = LeerNombre<Frecuencia>(ref r, c, "la frecuencia"), static (w, n, v, _) => w.WriteString(n, v.R.Frecuencia is { } f ? Nombre(f) : null), version: 2)
        .Obligatoria("periodosContados", "los meses de cierre de los periodos contados, " + Meses12, static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.V2.PeriodosContados = LeerMeses(ref r, c, e.Comun!), static (w, n, v, _) => Meses(w, n, v.R.PeriodosContados ?? default, v.Ejercicio), version: 2)
        .Obligatoria("lineaBase", "la línea base {\"valor\", \"anio\"}, o null", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.V2.LineaBase = r.TokenType == JsonTokenType.Null ? null : FormatoDePlan.LeerLineaBase(ref r, c), static (w, n, v, l) => FormatoDePlan.EscribirLineaBase(w, n, v.R.LineaBase, l), version: 2)
        .Obligatoria("cambioContraLineaBase", "realizado menos la línea base, o null", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.V2.CambioContraLineaBase = LeerDecimalONulo(ref r, c, "el cambio contra la línea base"), static (w, n, v, _) => Comunes.NumeroONulo(w, n, v.R.CambioContraLineaBase), version: 2)
        .Obligatoria("vista", "la vista del plan evaluada, \"vigente\" o \"aprobado\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.V2.Vista = LeerNombre<VistaDelPlan>(ref r, c, "la vista del plan"), static (w, n, v, _) => w.WriteString(n, v.R.Vista is { } x ? Nombre(x) : null), version: 2)
        .Obligatoria("metaAprobada", "la meta anual del plan aprobado, {\"cantidad\", \"unidad\"}", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.V2.MetaAprobada = FormatoDePlan.LeerMeta(ref r, c), static (w, n, v, l) => MetaONula(w, n, v.R.MetaAprobada, l), version: 2)
        .Obligatoria("metaVigente", "la meta anual vigente, {\"cantidad\", \"unidad\"}", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.V2.MetaVigente = FormatoDePlan.LeerMeta(ref r, c), static (w, n, v, l) => MetaONula(w, n, v.R.MetaVigente, l), version: 2)
        .Obligatoria("programadoAprobado", "lo programado hasta el corte en el plan aprobado", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.V2.ProgramadoAprobado = LeerDecimalNoNegativo(ref r, c, "lo programado hasta el corte en el plan aprobado"), static (w, n, v, _) => Comunes.NumeroONulo(w, n, v.R.ProgramadoAprobado), version: 2)
        .Obligatoria("justificaciones", "un arreglo de justificaciones {\"mes\", \"texto\"}, vacío si no hay", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.V2.Justificaciones = LeerJustificaciones(ref r, c, e.Comun!), static (w, n, v, l) => EscribirJustificaciones(w, n, v, l.En("justificaciones")), version: 2)
        .Obligatoria("alerta", "la alerta temprana con sus números, o null", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.V2.Alerta = r.TokenType == JsonTokenType.Null ? null : LeerAlerta(ref r, c), static (w, n, v, l) => EscribirAlerta(w, n, v.R.Alerta, l), version: 2)
        .Obligatoria("justificacionFaltante", "el mes cuyo avance no trae la justificación que se necesita, o null", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResultado e) => e.V2.JustificacionFaltante = r.TokenType == JsonTokenType.Null ? null : LeerMesDelEjercicio(ref r, c, e.Comun!), static (w, n, v, _) => w.WriteString(n, v.R.JustificacionFaltante is { } m ? FormatoDeAvances.TextoDeMes(m) : null), version: 2);

    private static readonly Objeto<EstadoDeJustificacion, JustificacionDeAvance> TablaDeJustificacion = new Objeto<EstadoDeJustificacion, JustificacionDeAvance>("una justificación con \"mes\" y \"texto\"")
        .Obligatoria("mes", "el mes del avance, como \"2024-06\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeJustificacion e) => e.Mes = LeerMesDelEjercicio(ref r, c, e.Comun!), static (w, n, j, _) => w.WriteString(n, FormatoDeAvances.TextoDeMes(j.Mes)))
        .Obligatoria("texto", "el texto de la justificación", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeJustificacion e) => e.Texto = LeerTextoNoVacio(ref r, c, "el texto de la justificación"), static (w, n, j, _) => w.WriteString(n, j.Texto));

    private static readonly Objeto<EstadoDeAlerta, AlertaTemprana> TablaDeAlerta = new Objeto<EstadoDeAlerta, AlertaTemprana>("una alerta temprana con sus números, o null")
        .Obligatoria("realizado", "lo realizado hasta el corte", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAlerta e) => e.Realizado = LeerDecimalNoNegativo(ref r, c, "lo realizado hasta el corte"), static (w, n, a, _) => w.WriteNumber(n, FormatoDePlan.Canonico(a.Realizado)))
        .Obligatoria("faltante", "lo que falta para la meta anual vigente", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAlerta e) => e.Faltante = LeerDecimalNoNegativo(ref r, c, "lo que falta para la meta anual vigente"), static (w, n, a, _) => w.WriteNumber(n, FormatoDePlan.Canonico(a.Faltante)))
        .Obligatoria("mesesProgramadosContados", "los meses programados contados al corte", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAlerta e) => e.Contados = LeerEntero(ref r, c, "los meses programados contados al corte", 0, 12), static (w, n, a, _) => w.WriteNumber(n, a.MesesProgramadosContados))
        .Obligatoria("mesesProgramadosRestantes", "los meses programados después del corte", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAlerta e) => e.Restantes = LeerEntero(ref r, c, "los meses programados después del corte", 0, 12), static (w, n, a, _) => w.WriteNumber(n, a.MesesProgramadosRestantes))
        .Obligatoria("ritmoObservado", "realizado ÷ mesesProgramadosContados", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAlerta e) => e.RitmoObservado = LeerDecimalNoNegativo(ref r, c, "el ritmo observado"), static (w, n, a, _) => w.WriteNumber(n, FormatoDePlan.Canonico(a.RitmoObservado)))
        .Obligatoria("ritmoRequerido", "faltante ÷ mesesProgramadosRestantes", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAlerta e) => e.RitmoRequerido = LeerDecimalNoNegativo(ref r, c, "el ritmo requerido"), static (w, n, a, _) => w.WriteNumber(n, FormatoDePlan.Canonico(a.RitmoRequerido)))
        .Obligatoria("porRitmo", "true o false", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAlerta e) => e.PorRitmo = LeerBooleano(ref r, c, "si alerta por el ritmo"), static (w, n, a, _) => w.WriteBoolean(n, a.PorRitmo))
        .Obligatoria("porMesesSinAvance", "true o false", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeAlerta e) => e.PorMesesSinAvance = LeerBooleano(ref r, c, "si alerta por dos meses programados sin avance"), static (w, n, a, _) => w.WriteBoolean(n, a.PorMesesSinAvance));

    private static readonly Objeto<EstadoDeReportes, ReportesLeidos> TablaDeReportes = new Objeto<EstadoDeReportes, ReportesLeidos>("el resumen de los reportes de la unidad, o null")
        .Obligatoria("fecha", "la fecha del corte de reportes, como \"2024-07-10\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeReportes e) => e.Fecha = FormatoDeAvances.LeerFecha(ref r, c), static (w, n, v, _) => w.WriteString(n, FormatoDeAvances.TextoDeFecha(v.Fecha)))
        .Obligatoria("ultimoMesCerrado", "el último mes cerrado en esa fecha, como \"2024-06\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeReportes e) => e.UltimoMesCerrado = FormatoDeAvances.LeerMes(ref r, c), static (w, n, v, _) => w.WriteString(n, FormatoDeAvances.TextoDeMes(v.UltimoMesCerrado)))
        .Obligatoria("debidos", "los meses programados que ya cerraron", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeReportes e) => e.Debidos = LeerEntero(ref r, c, "los meses programados que ya cerraron", 0, int.MaxValue), static (w, n, v, _) => w.WriteNumber(n, v.Debidos))
        .Obligatoria("reportados", "los meses debidos con avance", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeReportes e) => e.Reportados = LeerEntero(ref r, c, "los meses debidos con avance", 0, int.MaxValue), static (w, n, v, _) => w.WriteNumber(n, v.Reportados))
        .Obligatoria("vencidos", "los meses debidos sin avance", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeReportes e) => e.Vencidos = LeerEntero(ref r, c, "los meses debidos sin avance", 0, int.MaxValue), static (w, n, v, _) => w.WriteNumber(n, v.Vencidos))
        .Obligatoria("extemporaneos", "los avances reportados después del cierre de su mes", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeReportes e) => e.Extemporaneos = LeerEntero(ref r, c, "los avances extemporáneos", 0, int.MaxValue), static (w, n, v, _) => w.WriteNumber(n, v.Extemporaneos));

    private static readonly Objeto<EstadoDeResumen, ResumenLeido> TablaDeResumen = new Objeto<EstadoDeResumen, ResumenLeido>("el resumen de un grupo")
        .Obligatoria("agrupacion", "la agrupación, como \"unidadResponsable\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResumen e) => e.Agrupacion = LeerNombre<Agrupacion>(ref r, c, "la agrupación"), static (w, n, v, _) => w.WriteString(n, Nombre(v.Agrupacion)))
        .Obligatoria("nombre", "el nombre del grupo", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResumen e) => e.Nombre = LeerTexto(ref r, c, "el nombre del grupo"), static (w, n, v, _) => w.WriteString(n, v.Nombre))
        .Obligatoria("actividades", "el número de actividades del grupo", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResumen e) => e.Actividades = LeerEntero(ref r, c, "el número de actividades del grupo", 0, int.MaxValue), static (w, n, v, _) => w.WriteNumber(n, v.Actividades))
        .Obligatoria("verdes", "las actividades en verde", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResumen e) => e.Verdes = LeerEntero(ref r, c, "las actividades en verde", 0, int.MaxValue), static (w, n, v, _) => w.WriteNumber(n, v.Verdes))
        .Obligatoria("amarillos", "las actividades en amarillo", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResumen e) => e.Amarillos = LeerEntero(ref r, c, "las actividades en amarillo", 0, int.MaxValue), static (w, n, v, _) => w.WriteNumber(n, v.Amarillos))
        .Obligatoria("rojos", "las actividades en rojo", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResumen e) => e.Rojos = LeerEntero(ref r, c, "las actividades en rojo", 0, int.MaxValue), static (w, n, v, _) => w.WriteNumber(n, v.Rojos))
        .Obligatoria("sinColor", "las actividades sin color", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResumen e) => e.SinColor = LeerEntero(ref r, c, "las actividades sin color", 0, int.MaxValue), static (w, n, v, _) => w.WriteNumber(n, v.SinColor))
        .Obligatoria("conCumplimiento", "las actividades con cumplimiento", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResumen e) => e.ConCumplimiento = LeerEntero(ref r, c, "las actividades con cumplimiento", 0, int.MaxValue), static (w, n, v, _) => w.WriteNumber(n, v.ConCumplimiento))
        .Obligatoria("porcentajeVerde", "el porcentaje en verde, o null", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResumen e) => e.PorcentajeVerde = LeerDecimalONulo(ref r, c, "el porcentaje de actividades en verde"), static (w, n, v, _) => Comunes.NumeroONulo(w, n, v.PorcentajeVerde))
        .Obligatoria("cumplimientoPromedio", "el cumplimiento promedio, o null", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResumen e) => e.CumplimientoPromedio = LeerDecimalONulo(ref r, c, "el cumplimiento promedio"), static (w, n, v, _) => Comunes.NumeroONulo(w, n, v.CumplimientoPromedio))
        .Obligatoria("color", "el color del grupo, o null", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResumen e) => e.Color = r.TokenType == JsonTokenType.Null ? null : FormatoDePlan.LeerColor(ref r, c), static (w, n, v, _) => Comunes.ColorONulo(w, n, v.Color))
        .Obligatoria("promedio", "cómo se promedia, como \"topadoEn100\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResumen e) => e.Promedio = LeerNombre<PromedioDeGrupo>(ref r, c, "cómo se promedia"), static (w, n, v, _) => w.WriteString(n, Nombre(v.Promedio)))
        .Obligatoria("modo", "cómo se resume el grupo, como \"promedio\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeResumen e) => e.Modo = LeerNombre<ModoDeResumen>(ref r, c, "cómo se resume el grupo"), static (w, n, v, _) => w.WriteString(n, v.Modo is { } m ? Nombre(m) : null), version: 2);

    private static readonly Objeto<EstadoDeDocumento, DocumentoDeResultados> TablaDeDocumento = new Objeto<EstadoDeDocumento, DocumentoDeResultados>("un documento de resultados con \"formato\": \"poa.resultados\"")
        .Encabezado(Formato)
        .Obligatoria("ejercicio", "el año del ejercicio fiscal, como 2023", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeDocumento e) => LeerEjercicio(ref r, c, e.Comun!), static (w, n, d, _) => w.WriteNumber(n, d.Ejercicio.Anio))
        .Obligatoria("corte", "el mes del corte, como \"2023-06\"", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeDocumento e) => e.Corte = FormatoDeAvances.LeerMes(ref r, c), static (w, n, d, _) => w.WriteString(n, FormatoDeAvances.TextoDeMes(d.Corte)))
        .Responsables(static d => d.Dependencia, static d => d.UnidadResponsable)
        .Obligatoria("actividades", "un arreglo de resultados por actividad", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeDocumento e) => LeerArreglo(ref r, c, "los resultados por actividad", e.Comun!, static (ref Utf8JsonReader r, ContextoDeLectura c, Estado s, int _) => s.Actividades.Add(LeerResultado(ref r, c, s))), static (w, n, d, l) => EscribirResultados(w, n, d, l.En("actividades")))
        .Obligatoria("resumenes", "un arreglo de resúmenes, vacío si no hay", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeDocumento e) => LeerArreglo(ref r, c, "los resúmenes por grupo", e.Comun!, static (ref Utf8JsonReader r, ContextoDeLectura c, Estado s, int _) => s.Resumenes.Add(LeerResumen(ref r, c))), static (w, n, d, l) => Comunes.EscribirLista(w, n, d.Resumenes, l.En("resumenes"), TablaDeResumen.Escribir))
        .Obligatoria("reportes", "el resumen de los reportes de la unidad, o null", static (ref Utf8JsonReader r, ContextoDeLectura c, ref EstadoDeDocumento e) => e.Reportes = r.TokenType == JsonTokenType.Null ? null : LeerReportes(ref r, c), static (w, n, d, l) => ReportesONulos(w, n, d.Reportes, l), version: 2);

    // ------------------------------------------------------------------ reading

    /// <summary>Reads a results document; the reader is on its <c>{</c>. Its version is read first, wherever it stands.</summary>
    internal static DocumentoDeResultados LeerDocumento(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        contexto.Version = VersionDeclarada(reader);
        var comun = new Estado();
        var e = new EstadoDeDocumento { Comun = comun };
        TablaDeDocumento.Leer(ref reader, contexto, ref e);
        var ejercicio = comun.Ejercicio!.Value;
        if (!ejercicio.Contiene(e.Corte))
        {
            contexto.Ruta.Entrar("corte");
            throw Error(contexto, $"el corte {FormatoDeAvances.TextoDeMes(e.Corte)} no pertenece al ejercicio {ejercicio}.");
        }

        return new DocumentoDeResultados(
            e.Version,
            ejercicio,
            e.Corte,
            e.Dependencia!,
            e.Unidad!,
            comun.Actividades,
            comun.Resumenes,
            (IEnumerable<CampoDesconocido>?)contexto.Desconocidos ?? [],
            e.Reportes);
    }

    private static void LeerEjercicio(ref Utf8JsonReader reader, ContextoDeLectura contexto, Estado estado)
    {
        estado.Ejercicio = FormatoDePlan.LeerEjercicio(ref reader, contexto);
        if (estado.AnioDeMeses is { } anio && anio != estado.Ejercicio.Value.Anio)
        {
            throw Error(contexto, $"el ejercicio {estado.Ejercicio.Value} no corresponde a los meses de los resultados, que son de {anio}.");
        }
    }

    /// <summary>Reads the result of one activity.</summary>
    internal static ResultadoLeido LeerResultado(ref Utf8JsonReader reader, ContextoDeLectura contexto, Estado estado)
    {
        var e = new EstadoDeResultado { Comun = estado };
        TablaDeResultado.Leer(ref reader, contexto, ref e);
        Banda? bandaAplicada = null;
        if (e.Banda is { } banda)
        {
            contexto.Ruta.Entrar("bandaAplicada");
            if (e.Color is not { } c)
            {
                throw Error(contexto, $"hay banda aplicada («{banda}») pero el color es null: la banda es la del color del semáforo.");
            }

            bandaAplicada = Banda.TryParse(c, banda, out var b, out var error) ? b : throw Error(contexto, error);
            contexto.Ruta.Salir();
        }

        return new ResultadoLeido(
            e.Numero,
            e.Descripcion,
            e.Estado,
            e.Programado,
            e.Realizado,
            e.Cumplimiento,
            e.Redondeado,
            e.AvanceAnual,
            e.Color,
            bandaAplicada,
            e.Formula,
            e.Agregacion,
            e.Politica,
            e.Programados,
            e.Reportados,
            e.SinReporte,
            e.Considerados,
            e.Senales,
            e.V2);
    }

    /// <summary>Reads one roll-up; its counts must add up.</summary>
    internal static ResumenLeido LeerResumen(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var e = new EstadoDeResumen { Nombre = string.Empty };
        TablaDeResumen.Leer(ref reader, contexto, ref e);
        if ((long)e.Verdes + e.Amarillos + e.Rojos + e.SinColor != e.Actividades)
        {
            throw Error(contexto, $"las cuentas no cuadran: verdes ({e.Verdes}) + amarillos ({e.Amarillos}) + rojos ({e.Rojos}) + sinColor ({e.SinColor}) debe ser igual a actividades ({e.Actividades}).");
        }

        if (e.ConCumplimiento > e.Actividades)
        {
            throw Error(contexto, $"conCumplimiento ({e.ConCumplimiento}) no puede ser mayor que actividades ({e.Actividades}).");
        }

        return new ResumenLeido(e.Agrupacion, e.Nombre, e.Actividades, e.Verdes, e.Amarillos, e.Rojos, e.ConCumplimiento, e.PorcentajeVerde, e.CumplimientoPromedio, e.Color, e.Promedio, e.Modo);
    }

    /// <summary>Reads months <c>yyyy-MM</c> of one year, ascending and without repetition, into a set of month numbers.</summary>
    /// <summary>Reads a month <c>yyyy-MM</c> that must belong to the document's ejercicio (or, before it is read, to the year of the months read so far).</summary>
    private static YearMonth LeerMesDelEjercicio(ref Utf8JsonReader reader, ContextoDeLectura contexto, Estado estado)
    {
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
        return mes;
    }

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
            var mes = LeerMesDelEjercicio(ref reader, contexto, estado);
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

    private static List<JustificacionDeAvance> LeerJustificaciones(ref Utf8JsonReader reader, ContextoDeLectura contexto, Estado estado)
    {
        var lista = new List<JustificacionDeAvance>();
        LeerArreglo(ref reader, contexto, "las justificaciones", (lista, estado), static (ref Utf8JsonReader r, ContextoDeLectura c, (List<JustificacionDeAvance> Lista, Estado Estado) s, int _) =>
        {
            var e = new EstadoDeJustificacion { Comun = s.Estado };
            TablaDeJustificacion.Leer(ref r, c, ref e);
            s.Lista.Add(new JustificacionDeAvance(e.Mes, e.Texto!));
        });
        return lista;
    }

    private static AlertaTemprana LeerAlerta(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var e = default(EstadoDeAlerta);
        TablaDeAlerta.Leer(ref reader, contexto, ref e);
        var alerta = new AlertaTemprana(e.Realizado, e.Faltante, e.Contados, e.Restantes, e.PorRitmo, e.PorMesesSinAvance);
        if (alerta.RitmoObservado != e.RitmoObservado)
        {
            contexto.Ruta.Entrar("ritmoObservado");
            throw Error(contexto, $"el ritmo observado {Numeros.Formatear(e.RitmoObservado, System.Globalization.CultureInfo.InvariantCulture)} no es realizado ÷ mesesProgramadosContados ({Numeros.Formatear(alerta.RitmoObservado, System.Globalization.CultureInfo.InvariantCulture)}).");
        }

        if (alerta.RitmoRequerido != e.RitmoRequerido)
        {
            contexto.Ruta.Entrar("ritmoRequerido");
            throw Error(contexto, $"el ritmo requerido {Numeros.Formatear(e.RitmoRequerido, System.Globalization.CultureInfo.InvariantCulture)} no es faltante ÷ mesesProgramadosRestantes ({Numeros.Formatear(alerta.RitmoRequerido, System.Globalization.CultureInfo.InvariantCulture)}).");
        }

        return alerta;
    }

    private static ReportesLeidos LeerReportes(ref Utf8JsonReader reader, ContextoDeLectura contexto)
    {
        var e = default(EstadoDeReportes);
        TablaDeReportes.Leer(ref reader, contexto, ref e);
        if ((long)e.Reportados + e.Vencidos != e.Debidos)
        {
            throw Error(contexto, $"las cuentas no cuadran: reportados ({e.Reportados}) + vencidos ({e.Vencidos}) debe ser igual a debidos ({e.Debidos}).");
        }

        if (e.Extemporaneos > e.Reportados)
        {
            throw Error(contexto, $"extemporaneos ({e.Extemporaneos}) no puede ser mayor que reportados ({e.Reportados}).");
        }

        return new ReportesLeidos(e.Fecha, e.UltimoMesCerrado, e.Debidos, e.Reportados, e.Vencidos, e.Extemporaneos);
    }

    // ------------------------------------------------------------------ writing

    /// <summary>Writes a results document, with its unknown fields, in the version it needs or the newer one it was read with.</summary>
    internal static void EscribirDocumento(Utf8JsonWriter writer, DocumentoDeResultados documento)
        => TablaDeDocumento.Escribir(writer, documento, Lugar.Documento(Math.Max(Math.Max(documento.Version, Version), TablaDeDocumento.VersionPara(documento)), documento.Extensiones));

    private static void EscribirResultados(Utf8JsonWriter writer, JsonEncodedText nombre, DocumentoDeResultados documento, Lugar lugar)
    {
        writer.WritePropertyName(nombre);
        writer.WriteStartArray();
        var actividades = documento.Actividades;
        for (var i = 0; i < actividades.Count; i++)
        {
            TablaDeResultado.Escribir(writer, (actividades[i], documento.Ejercicio), lugar.En(i));
        }

        writer.WriteEndArray();
    }

    private static void MetaONula(Utf8JsonWriter writer, JsonEncodedText nombre, Meta? meta, Lugar lugar)
    {
        if (meta is null)
        {
            writer.WriteNull(nombre);
        }
        else
        {
            FormatoDePlan.EscribirMeta(writer, nombre, meta, lugar);
        }
    }

    private static void EscribirJustificaciones(Utf8JsonWriter writer, JsonEncodedText nombre, (ResultadoLeido R, EjercicioFiscal Ejercicio) valor, Lugar lugar)
        => Comunes.EscribirLista(writer, nombre, valor.R.Justificaciones, lugar, TablaDeJustificacion.Escribir);

    private static void EscribirAlerta(Utf8JsonWriter writer, JsonEncodedText nombre, AlertaTemprana? alerta, Lugar lugar)
    {
        writer.WritePropertyName(nombre);
        if (alerta is { } a)
        {
            TablaDeAlerta.Escribir(writer, a, lugar.En(nombre.Value));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void ReportesONulos(Utf8JsonWriter writer, JsonEncodedText nombre, ReportesLeidos? reportes, Lugar lugar)
    {
        writer.WritePropertyName(nombre);
        if (reportes is not null)
        {
            TablaDeReportes.Escribir(writer, reportes, lugar.En(nombre.Value));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void EscribirSenales(Utf8JsonWriter writer, JsonEncodedText nombre, SenalesDeEvaluacion senales)
    {
        writer.WritePropertyName(nombre);
        writer.WriteStartArray();
        foreach (var (texto, senal) in NombresDe<SenalesDeEvaluacion>.Nombres)
        {
            if ((senales & senal) == senal)
            {
                writer.WriteStringValue(texto);
            }
        }

        writer.WriteEndArray();
    }

    private static void Meses(Utf8JsonWriter writer, JsonEncodedText nombre, ConjuntoDeMeses meses, EjercicioFiscal ejercicio)
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

    private struct EstadoDeDocumento : IEstadoDeDocumento, IConResponsables
    {
        public int Version { get; set; }

        public Dependencia? Dependencia { get; set; }

        public UnidadResponsable? Unidad { get; set; }

        internal Estado? Comun;
        internal YearMonth Corte;
        internal ReportesLeidos? Reportes;
    }

    private struct EstadoDeJustificacion
    {
        internal Estado? Comun;
        internal YearMonth Mes;
        internal string? Texto;
    }

    private struct EstadoDeAlerta
    {
        internal decimal Realizado;
        internal decimal Faltante;
        internal int Contados;
        internal int Restantes;
        internal decimal RitmoObservado;
        internal decimal RitmoRequerido;
        internal bool PorRitmo;
        internal bool PorMesesSinAvance;
    }

    private struct EstadoDeReportes
    {
        internal LocalDate Fecha;
        internal YearMonth UltimoMesCerrado;
        internal int Debidos;
        internal int Reportados;
        internal int Vencidos;
        internal int Extemporaneos;
    }

    private struct EstadoDeResultado
    {
        internal Estado? Comun;
        internal int Numero;
        internal string? Descripcion;
        internal EstadoDeEvaluacion Estado;
        internal decimal Programado;
        internal decimal Realizado;
        internal decimal? Cumplimiento;
        internal decimal? Redondeado;
        internal decimal? AvanceAnual;
        internal Color? Color;
        internal string? Banda;
        internal FormulaDeCumplimiento Formula;
        internal AgregacionDeMeses Agregacion;
        internal PoliticaDeMesesSinReporte Politica;
        internal ConjuntoDeMeses Programados;
        internal ConjuntoDeMeses Reportados;
        internal ConjuntoDeMeses SinReporte;
        internal ConjuntoDeMeses Considerados;
        internal SenalesDeEvaluacion Senales;
        internal CamposDeVersion2 V2;
    }

    private struct EstadoDeResumen
    {
        internal Agrupacion Agrupacion;
        internal string Nombre;
        internal int Actividades;
        internal int Verdes;
        internal int Amarillos;
        internal int Rojos;
        internal int SinColor;
        internal int ConCumplimiento;
        internal decimal? PorcentajeVerde;
        internal decimal? CumplimientoPromedio;
        internal Color? Color;
        internal PromedioDeGrupo Promedio;
        internal ModoDeResumen? Modo;
    }
}
