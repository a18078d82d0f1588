using System;
using System.Collections.Generic;
using System.Globalization;
using Poa.Domain.Internal;

namespace Poa.Domain.Importacion;

/// <summary>
/// The interpreter: turns the cells of an activity row, found by the recogniser's <see cref="Encabezado"/>, into an
/// <see cref="Actividad"/> (or the diagnostics that say why not), and a closed block into its <see cref="Plan"/> with the
/// validation's diagnostics placed at their rows and cells. It never learns whether the row came from text, CSV or a sheet.
/// </summary>
internal sealed partial class InterpreteDePoa
{
    private const string NoSeImporta = " La actividad no se importa.";

    // Where the comma is the decimal separator, as messages about a rejected point say it.
    private const string FormatoConComa = "En CSV separado por punto y coma";

    private readonly OpcionesDeImportacion opciones;
    private readonly RegistroDeDiagnosticos registro;
    private readonly List<Plan> planes = [];

    // In CsvPuntoYComa numbers use a decimal comma and a dot is rejected; elsewhere the reverse (LectorDeNumeros).
    private readonly char separadorDecimal;

    // The block whose row is being read.
    private BloqueDePoa? bloque;

    // Parsed values by their cell texts: a file repeats a handful of metas, bands and alignments.
    private readonly Dictionary<(string, string, string), (Semaforizacion Semaforizacion, bool Ajustada)> semaforizaciones = [];
    private readonly Dictionary<(string, string), Meta> metas = [];

    // Caches of repeated cell values and what they parse to (the same eje, bands and unit on most rows).
    private string? ultimoEje;
    private string? ultimoObjetivo;
    private Alineacion? ultimaAlineacion;
    private string? ultimoPrograma;
    private ProgramaPresupuestario? ultimoProgramaPresupuestario;
    private string? ultimoVerde;
    private string? ultimoAmarillo;
    private string? ultimoRojo;
    private Semaforizacion? ultimaSemaforizacion;
    private bool ultimaAjustada;

    // The band cells whose integer ranges were adjusted and already said so (POA124) in the block being read.
    private readonly HashSet<(string, string, string)> ajustesDichos = [];
    private BloqueDePoa? bloqueDeLosAjustes;
    private string? ultimaCantidad;
    private string? ultimaUnidad;
    private Meta? ultimaMeta;

    internal InterpreteDePoa(OpcionesDeImportacion opciones, RegistroDeDiagnosticos registro, char separadorDecimal)
    {
        this.opciones = opciones;
        this.registro = registro;
        this.separadorDecimal = separadorDecimal;
    }

    /// <summary>The plans of the blocks closed so far, in order.</summary>
    internal List<Plan> Planes => planes;

    /// <summary>Reads one activity row of <paramref name="b"/>, whose header has every required column.</summary>
    internal void LeerActividad(BloqueDePoa b, Fila fila)
    {
        bloque = b;
        var encabezado = b.Encabezado;
        var unidad = b.Unidad;
        var colNo = encabezado[Encabezado.No];
        if (!int.TryParse(fila.Celda(colNo), NumberStyles.None, CultureInfo.InvariantCulture, out var numero) || numero is < 1 or > Limites.MaximoNumeroDeActividad)
        {
            Reportar(CatalogoDeDiagnosticos.NumeroDeActividadIlegible, fila.Linea, fila.Columna(colNo), unidad, null,
                $"«{fila.Celda(colNo)}» no es un número de actividad (un entero de 1 a {Limites.MaximoNumeroDeActividad}); la fila no se importa: {fila.Crudo()}.");
            return;
        }

        var errores = 0;
        var descripcion = Obligatoria(fila, Encabezado.Actividad, numero, ref errores);
        var textoEje = fila.Celda(encabezado[Encabezado.Eje], ref ultimoEje);
        var textoObjetivo = fila.Celda(encabezado[Encabezado.Objetivo], ref ultimoObjetivo);
        var alineacion = LeerAlineacion(fila, textoEje, textoObjetivo, numero, ref errores);
        var programa = LeerPrograma(fila, numero, ref errores);
        var meta = LeerMeta(fila, numero, ref errores);
        var semaforizacion = LeerSemaforizacion(fila, numero, ref errores);
        var medios = fila.Celda(encabezado[Encabezado.Medios]);
        var calendario = LeerCalendario(fila, numero, ref errores);
        var opcionales = LeerOpcionales(fila, numero, ref errores);
        RevisarColumnasSinEncabezado(fila, numero);
        if (errores > 0 || calendario is null)
        {
            b.Rechazadas.Add(numero);
            return;
        }

        var columnas = new int[Encabezado.Campos];
        for (var campo = 0; campo < columnas.Length; campo++)
        {
            columnas[campo] = encabezado[campo] < 0 ? 0 : fila.Columna(encabezado[campo]);
        }

        var frecuencia = opcionales.Frecuencia ?? (encabezado.EsTrimestral ? Frecuencia.Trimestral : Frecuencia.Mensual);
        var actividad = new Actividad(numero, descripcion, alineacion!, programa!, meta!, calendario, medios, semaforizacion,
            acumulacion: opcionales.Acumulacion, frecuencia: frecuencia, lineaBase: opcionales.LineaBase, peso: opcionales.Peso ?? 1m);
        RevisarTotal(fila, actividad);
        b.Actividades.Add((actividad, fila.Linea, columnas));
    }

    private string Obligatoria(Fila fila, int campo, int numero, ref int errores)
    {
        var columna = bloque!.Encabezado[campo];
        if (fila.Vacia(columna))
        {
            errores++;
            Reportar(CatalogoDeDiagnosticos.CeldaObligatoriaVacia, fila.Linea, fila.Columna(columna), bloque.Unidad, numero,
                $"La celda «{Nombre(campo)}» (celda {N(columna + 1)}) está vacía." + NoSeImporta);
            return string.Empty;
        }

        return fila.Celda(columna);
    }

    private Alineacion? LeerAlineacion(Fila fila, string eje, string objetivo, int numero, ref int errores)
    {
        if (ultimaAlineacion is not null && ReferenceEquals(eje, ultimoEjeParseado) && ReferenceEquals(objetivo, ultimoObjetivoParseado))
        {
            return ultimaAlineacion;
        }

        var encabezado = bloque!.Encabezado;
        if (!EjeRector.TryParse(eje, out var ejeRector, out var error))
        {
            errores++;
            Reportar(CatalogoDeDiagnosticos.AlineacionIlegible, fila.Linea, fila.Columna(encabezado[Encabezado.Eje]), bloque.Unidad, numero, error + NoSeImporta);
            return null;
        }

        if (!ObjetivoEstrategico.TryParse(objetivo, out var objetivoEstrategico, out error))
        {
            errores++;
            Reportar(CatalogoDeDiagnosticos.AlineacionIlegible, fila.Linea, fila.Columna(encabezado[Encabezado.Objetivo]), bloque.Unidad, numero, error + NoSeImporta);
            return null;
        }

        ultimoEjeParseado = eje;
        ultimoObjetivoParseado = objetivo;
        ultimaAlineacion = Alineacion.Create(ejeRector, objetivoEstrategico);
        return ultimaAlineacion;
    }

    private string? ultimoEjeParseado;
    private string? ultimoObjetivoParseado;

    private ProgramaPresupuestario? LeerPrograma(Fila fila, int numero, ref int errores)
    {
        var columna = bloque!.Encabezado[Encabezado.Programa];
        if (fila.Vacia(columna))
        {
            Obligatoria(fila, Encabezado.Programa, numero, ref errores);
            return null;
        }

        var textoPrograma = fila.Celda(columna, ref ultimoPrograma);
        if (ultimoProgramaPresupuestario is null || !ReferenceEquals(textoPrograma, ultimoProgramaTexto))
        {
            ultimoProgramaTexto = textoPrograma;
            ultimoProgramaPresupuestario = new ProgramaPresupuestario(textoPrograma);
        }

        return ultimoProgramaPresupuestario;
    }

    private string? ultimoProgramaTexto;
    private string? ultimaCantidadParseada;
    private string? ultimaUnidadParseada;

    private Meta? LeerMeta(Fila fila, int numero, ref int errores)
    {
        var encabezado = bloque!.Encabezado;
        int columnaMeta = encabezado[Encabezado.Meta], columnaUnidad = encabezado[Encabezado.Unidad];
        if (fila.Vacia(columnaMeta) || fila.Vacia(columnaUnidad))
        {
            Obligatoria(fila, fila.Vacia(columnaMeta) ? Encabezado.Meta : Encabezado.Unidad, numero, ref errores);
            return null;
        }

        var cantidad = fila.Celda(columnaMeta, ref ultimaCantidad);
        var unidadDeMedida = fila.Celda(columnaUnidad, ref ultimaUnidad);
        if (ultimaMeta is not null && ReferenceEquals(cantidad, ultimaCantidadParseada) && ReferenceEquals(unidadDeMedida, ultimaUnidadParseada))
        {
            return ultimaMeta;
        }

        if (metas.TryGetValue((cantidad, unidadDeMedida), out var conocida))
        {
            ultimaCantidadParseada = cantidad;
            ultimaUnidadParseada = unidadDeMedida;
            ultimaMeta = conocida;
            return conocida;
        }

        if (!Meta.TryParse(cantidad, unidadDeMedida, separadorDecimal, FormatoConComa, out var meta, out var error))
        {
            errores++;
            Reportar(CatalogoDeDiagnosticos.MetaIlegible, fila.Linea, fila.Columna(columnaMeta), bloque.Unidad, numero, error + NoSeImporta);
            return null;
        }

        ultimaCantidadParseada = cantidad;
        ultimaUnidadParseada = unidadDeMedida;
        ultimaMeta = meta;
        metas[(cantidad, unidadDeMedida)] = meta;
        return meta;
    }

    private string? ultimoVerdeParseado;
    private string? ultimoAmarilloParseado;
    private string? ultimoRojoParseado;

    private Semaforizacion? LeerSemaforizacion(Fila fila, int numero, ref int errores)
    {
        var encabezado = bloque!.Encabezado;
        var verde = fila.Celda(encabezado[Encabezado.Verde], ref ultimoVerde);
        var amarillo = fila.Celda(encabezado[Encabezado.Amarillo], ref ultimoAmarillo);
        var rojo = fila.Celda(encabezado[Encabezado.Rojo], ref ultimoRojo);
        if (verde.Length == 0 && amarillo.Length == 0 && rojo.Length == 0)
        {
            Reportar(CatalogoDeDiagnosticos.SemaforizacionVacia, fila.Linea, fila.Columna(encabezado[Encabezado.Verde]), bloque.Unidad, numero,
                $"Las tres celdas de semaforización están vacías: se usa la predeterminada ({Semaforizacion.Predeterminada}).");
            return Semaforizacion.Predeterminada;
        }

        if (ultimaSemaforizacion is not null && ReferenceEquals(verde, ultimoVerdeParseado) && ReferenceEquals(amarillo, ultimoAmarilloParseado) && ReferenceEquals(rojo, ultimoRojoParseado))
        {
            if (ultimaAjustada)
            {
                DecirAjuste(fila, numero, verde, amarillo, rojo, ultimaSemaforizacion);
            }

            return ultimaSemaforizacion;
        }

        if (!semaforizaciones.TryGetValue((verde, amarillo, rojo), out var conocida))
        {
            // A threshold with the other format's decimal separator between digits («80.5» in CsvPuntoYComa, «80,5» elsewhere) is
            // ambiguous; in CsvPuntoYComa a comma between digits is the decimal comma and other commas still separate two conditions.
            if (!Semaforizacion.TryParse(verde, amarillo, rojo, separadorDecimal, FormatoConComa, out var semaforizacion, out var error, out var ajustada))
            {
                errores++;
                Reportar(CatalogoDeDiagnosticos.SemaforizacionInvalida, fila.Linea, fila.Columna(encabezado[Encabezado.Verde]), bloque.Unidad, numero,
                    $"«{verde}», «{amarillo}», «{rojo}»: {error}" + NoSeImporta);
                return null;
            }

            conocida = (semaforizacion, ajustada);
            semaforizaciones[(verde, amarillo, rojo)] = conocida;
        }

        ultimoVerdeParseado = verde;
        ultimoAmarilloParseado = amarillo;
        ultimoRojoParseado = rojo;
        ultimaSemaforizacion = conocida.Semaforizacion;
        ultimaAjustada = conocida.Ajustada;
        if (conocida.Ajustada)
        {
            DecirAjuste(fila, numero, verde, amarillo, rojo, conocida.Semaforizacion);
        }

        return conocida.Semaforizacion;
    }

    /// <summary>Integer-written band ranges read with their gaps closed: said once per block and cells (POA124), at the verde cell.</summary>
    private void DecirAjuste(Fila fila, int numero, string verde, string amarillo, string rojo, Semaforizacion leida)
    {
        if (!ReferenceEquals(bloqueDeLosAjustes, bloque))
        {
            bloqueDeLosAjustes = bloque;
            ajustesDichos.Clear();
        }

        if (ajustesDichos.Add((verde, amarillo, rojo)))
        {
            Reportar(CatalogoDeDiagnosticos.RangosEnterosAjustados, fila.Linea, fila.Columna(bloque!.Encabezado[Encabezado.Verde]), bloque.Unidad, numero,
                $"Las celdas de semaforización «{verde}», «{amarillo}», «{rojo}» son rangos enteros que dejan huecos y terminan en 100 %: se leyeron como {leida} "
                + "(cada banda llega hasta el inicio de la siguiente y la más alta sigue hacia arriba). Vale también para las demás filas del bloque con las mismas celdas.");
        }
    }

    private Calendarizacion? LeerCalendario(Fila fila, int numero, ref int errores)
    {
        var encabezado = bloque!.Encabezado;
        var valores = new decimal?[Calendarizacion.Meses];
        var valido = true;
        for (var mes = 1; mes <= Calendarizacion.Meses; mes++)
        {
            var columna = encabezado.Mes(mes);
            if (fila.Vacia(columna))
            {
                continue;
            }

            var leido = LeerValor(fila, columna);
            if (!leido.Ok)
            {
                valido = false;
                errores++;
                Reportar(CatalogoDeDiagnosticos.ValorDeMesInvalido, fila.Linea, fila.Columna(columna), bloque.Unidad, numero,
                    $"El valor de {Calendarizacion.NombreDeMes(mes)} (Mes {mes:00}) «{fila.Celda(columna)}» {Motivo(leido, fila.Celda(columna))}" + NoSeImporta);
                continue;
            }

            valores[mes - 1] = leido.Valor;
        }

        // Cells after the last month: the seed's 24-column tables put values there.
        var ultimoMes = encabezado.Mes(Calendarizacion.Meses);
        var primeraExtra = -1;
        var extras = 0;
        for (var i = ultimoMes + 1; i < fila.Cantidad; i++)
        {
            if (!fila.Vacia(i) && !encabezado.EsConocida(i))
            {
                primeraExtra = primeraExtra < 0 ? i : primeraExtra;
                extras++;
            }
        }

        if (extras > 0)
        {
            var primerMes = encabezado.Mes(1);
            var crudo = $"celdas del calendario con valor, contando «Mes 01» como 1: {fila.Crudo(primerMes)}";
            var treceava = ultimoMes + 1;
            var politica = opciones.CeldasExtra;
            if (politica == PoliticaDeCeldasExtra.TreceavaComoDiciembre && extras == 1 && primeraExtra == treceava && valores[Calendarizacion.Meses - 1] is null && fila.Vacia(ultimoMes))
            {
                var diciembre = LeerValor(fila, treceava);
                if (diciembre.Ok)
                {
                    valores[Calendarizacion.Meses - 1] = diciembre.Valor;
                    Reportar(CatalogoDeDiagnosticos.TreceavaCeldaComoDiciembre, fila.Linea, fila.Columna(treceava), bloque.Unidad, numero,
                        $"La calendarización tiene un valor en una 13.ª celda y «Mes 12» vacío: por la política explícita TreceavaComoDiciembre, «{fila.Celda(treceava)}» se leyó como diciembre. Revise la fila: {crudo}.");
                }
                else
                {
                    valido = false;
                    errores++;
                    Reportar(CatalogoDeDiagnosticos.ValorDeMesInvalido, fila.Linea, fila.Columna(treceava), bloque.Unidad, numero,
                        $"El valor de la 13.ª celda del calendario «{fila.Celda(treceava)}» {Motivo(diciembre, fila.Celda(treceava))}" + NoSeImporta);
                }
            }
            else
            {
                var consecuencia = politica == PoliticaDeCeldasExtra.OmitirCeldasExtra
                    ? " Por la política OmitirCeldasExtra, la actividad se importa con los 12 meses y sin los valores extra."
                    : politica == PoliticaDeCeldasExtra.TreceavaComoDiciembre
                        ? " La política TreceavaComoDiciembre no aplica (sólo aplica a un único valor en la 13.ª celda con «Mes 12» vacío)." + NoSeImporta
                        : " No se puede saber a qué mes corresponde cada valor." + NoSeImporta + " La política explícita TreceavaComoDiciembre lee la 13.ª celda como diciembre cuando «Mes 12» está vacío.";
                Reportar(CatalogoDeDiagnosticos.CeldasDeCalendarioExtra, fila.Linea, fila.Columna(primeraExtra), bloque.Unidad, numero,
                    $"La calendarización tiene valores en {N(extras)} celda(s) después de «Mes 12»: {crudo}." + consecuencia);
                if (politica != PoliticaDeCeldasExtra.OmitirCeldasExtra)
                {
                    errores++;
                    valido = false;
                }
            }
        }

        return valido ? Calendarizacion.Create(valores) : null;
    }

    private void RevisarColumnasSinEncabezado(Fila fila, int numero)
    {
        var encabezado = bloque!.Encabezado;
        var limite = Math.Min(fila.Cantidad, encabezado.Mes(Calendarizacion.Meses));
        for (var i = 0; i < limite; i++)
        {
            if (!fila.Vacia(i) && !encabezado.EsConocida(i))
            {
                Reportar(CatalogoDeDiagnosticos.CeldaSinEncabezado, fila.Linea, fila.Columna(i), bloque.Unidad, numero,
                    $"La celda {N(i + 1)} tiene «{fila.Celda(i)}», pero su columna no tiene un encabezado conocido: el valor no se lee.");
            }
        }
    }

    /// <summary>
    /// Reads a month value with the <see cref="LectorDeNumeros"/>: the format's decimal separator (the other one is rejected,
    /// never read as a thousands separator), an optional <c>%</c>, 0 to 10^12, at most 6 decimals; without copying the cell.
    /// A negative value is an error (<see cref="NumeroLeido.Ok"/> false, <see cref="NumeroLeido.Negativo"/> true).
    /// </summary>
    private NumeroLeido LeerValor(Fila fila, int columna) => LeerValor(fila, columna, separadorDecimal);

    /// <summary>The same rule for another reader of rows (the avances importer), with its decimal separator.</summary>
    internal static NumeroLeido LeerValor(Fila fila, int columna, char separadorDecimal)
    {
        var texto = fila.Texto(columna);
        if (texto.Length > 0 && texto[texto.Length - 1] == '%')
        {
            texto = texto.Slice(0, texto.Length - 1);
        }

        var leido = LectorDeNumeros.Leer(texto, separadorDecimal, Limites.MaximaCantidad, exponente: false);
        return leido.Negativo ? new NumeroLeido(ErrorDeNumero.NoEsNumero, 0m, true, 0) : leido;
    }

    /// <summary>Why a month value is rejected, after the quoted cell: «no es un número no negativo. La coma no se acepta…», «excede el máximo…».</summary>
    private string Motivo(in NumeroLeido leido, string celda)
        => leido.Error is ErrorDeNumero.ExcedeElMaximo or ErrorDeNumero.DemasiadosDecimales
            ? LectorDeNumeros.Explicar(leido, celda, separadorDecimal, Limites.MaximaCantidad)
            : "no es un número no negativo." + LectorDeNumeros.ExplicarSeparador(celda, separadorDecimal, FormatoConComa) + LectorDeNumeros.ExplicarAgrupacion(celda);


    /// <summary>The plan of a closed block whose title block is complete, validated when <see cref="OpcionesDeImportacion.Validar"/>.</summary>
    internal void CrearPlan(BloqueDePoa b, EjercicioFiscal ejercicio, string dependencia, string unidad)
    {
        var plan = new Plan(ejercicio, new Dependencia(dependencia), new UnidadResponsable(unidad), b.ActividadesSinLinea(), b.Firmantes);
        planes.Add(plan);
        if (opciones.Validar)
        {
            AgregarValidacion(plan, b);
        }
    }

    private void AgregarValidacion(Plan plan, BloqueDePoa b)
    {
        // A row that exists but was not imported was already reported: its number is not missing (POA006).
        foreach (var d in ValidadorDePlan.Validar(plan, null, b.Rechazadas))
        {
            var u = d.Ubicacion;
            var linea = b.LineaDeTitulo;
            int? columna = null;
            if (u.Actividad is { } numero && b.Buscar(numero, d.Descriptor == CatalogoDeDiagnosticos.NumeroDeActividadDuplicado) is { } fila)
            {
                linea = fila.Linea;
                var campo = CampoDe(u.Propiedad);
                columna = campo < 0 || fila.Columnas[campo] == 0 ? null : fila.Columnas[campo];
            }

            registro.Reubicar(d, linea, columna);
        }
    }

    private static int CampoDe(string? propiedad)
        => propiedad switch
        {
            "meta" => Encabezado.Meta,
            "numero" => Encabezado.No,
            "alineacion.objetivo" => Encabezado.Objetivo,
            "calendarizacion" => Encabezado.Mes1,
            { } p when p.StartsWith("calendarizacion.mes", StringComparison.Ordinal)
                && int.TryParse(p.Substring("calendarizacion.mes".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var mes)
                && mes is >= 1 and <= Calendarizacion.Meses => Encabezado.Mes1 + mes - 1,
            _ => -1,
        };


    private void Reportar(DescriptorDeDiagnostico descriptor, int linea, int? columna, string? unidad, int? actividad, string mensaje)
        => registro.Reportar(descriptor, linea, columna, unidad, actividad, mensaje);

    private static string Nombre(int campo) => campo switch
    {
        Encabezado.Actividad => "Actividad",
        Encabezado.Programa => "Programa Presupuestario",
        Encabezado.Meta => "Meta anual",
        Encabezado.Unidad => "Unidad de medida",
        _ => "celda",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
