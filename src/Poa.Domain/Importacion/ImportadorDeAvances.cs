using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using Poa.Domain.Internal;

namespace Poa.Domain.Importacion;

/// <summary>
/// Reads avances from the files people exchange — CSV separated by <c>,</c> or <c>;</c>, tab-separated text, or the
/// JSON avances document (<c>poa.avances</c>, one or JSON Lines of them) — against one or more plans, and returns the
/// validated <see cref="AvancesDelPlan"/> of each plan with diagnostics by file, line and column (codes <c>POA220</c>–<c>POA239</c>,
/// and <c>POA201</c>–<c>POA205</c> for avances that do not fit their plan). Bad content never throws. See <c>docs/importacion.md</c>.
/// </summary>
/// <remarks>
/// <para>A row names its plan by <c>unidad_responsable</c>, compared as <see cref="UnidadResponsable"/> compares
/// (without regard to case, accents or repeated spaces); when a unit has plans of several ejercicios, the year of the
/// month chooses. Numbers follow the rule of <see cref="ImportadorDePoa"/>: no thousands separator, a decimal point
/// (a decimal comma in <see cref="FormatoTabular.CsvPuntoYComa"/>), never negative.</para>
/// <para>Read one file with <see cref="Importar(string, IEnumerable{Plan}, OpcionesDeImportacionDeAvances?)"/>; read several
/// (whose avances may complete or repeat each other) by <see cref="Agregar(string, string?)"/>-ing each one to an instance and
/// taking its <see cref="Resultado"/>.</para>
/// </remarks>
public sealed partial class ImportadorDeAvances
{
    private readonly Plan[] planes;
    private readonly OpcionesDeImportacionDeAvances opciones;
    private readonly Dictionary<UnidadResponsable, int[]> porUnidad = new();
    private readonly List<Leido>[] porPlan;
    private readonly List<string?> archivos = [];
    private readonly List<(Diagnostico Diagnostico, int Fuente, int Linea, int Columna, int Orden)> diagnosticos = [];
    private readonly Dictionary<UnidadResponsable, (Origen Primera, int Filas)> omitidas = new();
    private readonly List<UnidadResponsable> ordenDeOmitidas = [];

    /// <summary>Creates an importer of avances for <paramref name="planes"/>.</summary>
    /// <param name="planes">The plans the avances belong to; at least one.</param>
    /// <param name="opciones">The options; <see cref="OpcionesDeImportacionDeAvances.Predeterminadas"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="planes"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="planes"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option has an undefined enum value.</exception>
    public ImportadorDeAvances(IEnumerable<Plan> planes, OpcionesDeImportacionDeAvances? opciones = null)
    {
        Preconditions.CheckNotNull(planes, nameof(planes));
        this.opciones = opciones ?? OpcionesDeImportacionDeAvances.Predeterminadas;
        this.opciones.Verificar();
        this.planes = planes.ToArray();
        if (this.planes.Length == 0)
        {
            throw new ArgumentException("Se necesita al menos un plan para leer sus avances.", nameof(planes));
        }

        porPlan = new List<Leido>[this.planes.Length];
        var indices = new Dictionary<UnidadResponsable, List<int>>();
        for (var p = 0; p < this.planes.Length; p++)
        {
            var plan = this.planes[p] ?? throw new ArgumentNullException(nameof(planes), $"El plan en la posición {p} es nulo.");
            porPlan[p] = [];
            if (!indices.TryGetValue(plan.UnidadResponsable, out var lista))
            {
                indices[plan.UnidadResponsable] = lista = [];
            }

            lista.Add(p);
        }

        foreach (var par in indices)
        {
            porUnidad[par.Key] = par.Value.ToArray();
        }
    }

    /// <summary>Reads one file of avances for <paramref name="planes"/>.</summary>
    /// <param name="texto">The whole text.</param>
    /// <param name="planes">The plans the avances belong to; at least one.</param>
    /// <param name="opciones">The options; <see cref="OpcionesDeImportacionDeAvances.Predeterminadas"/> when null.</param>
    /// <returns>The avances of each plan and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument, or a plan, is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="planes"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option has an undefined enum value.</exception>
    public static ResultadoDeImportacionDeAvances Importar(string texto, IEnumerable<Plan> planes, OpcionesDeImportacionDeAvances? opciones = null)
    {
        var importador = new ImportadorDeAvances(planes, opciones);
        importador.Agregar(texto);
        return importador.Resultado();
    }

    /// <summary>Reads the bytes of one file of avances: UTF-8 (with or without byte order mark) or UTF-16 with one.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="planes">The plans the avances belong to; at least one.</param>
    /// <param name="opciones">The options; <see cref="OpcionesDeImportacionDeAvances.Predeterminadas"/> when null.</param>
    /// <returns>The avances of each plan and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument, or a plan, is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="planes"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option has an undefined enum value.</exception>
    public static ResultadoDeImportacionDeAvances Importar(byte[] bytes, IEnumerable<Plan> planes, OpcionesDeImportacionDeAvances? opciones = null)
    {
        var importador = new ImportadorDeAvances(planes, opciones);
        importador.Agregar(bytes);
        return importador.Resultado();
    }

    /// <summary>Reads one file of avances from a stream (read to its end); see <see cref="Importar(byte[], IEnumerable{Plan}, OpcionesDeImportacionDeAvances?)"/>.</summary>
    /// <param name="flujo">The file's bytes.</param>
    /// <param name="planes">The plans the avances belong to; at least one.</param>
    /// <param name="opciones">The options; <see cref="OpcionesDeImportacionDeAvances.Predeterminadas"/> when null.</param>
    /// <returns>The avances of each plan and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument, or a plan, is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="planes"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option has an undefined enum value.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static ResultadoDeImportacionDeAvances Importar(Stream flujo, IEnumerable<Plan> planes, OpcionesDeImportacionDeAvances? opciones = null)
    {
        var importador = new ImportadorDeAvances(planes, opciones);
        importador.Agregar(flujo);
        return importador.Resultado();
    }

    /// <summary>Reads the text of one more file.</summary>
    /// <param name="texto">The whole text.</param>
    /// <param name="archivo">The file name for diagnostics; <see cref="OpcionesDeImportacionDeAvances.Archivo"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="texto"/> is null.</exception>
    public void Agregar(string texto, string? archivo = null)
    {
        Preconditions.CheckNotNull(texto, nameof(texto));
        var fuente = NuevaFuente(archivo);
        var inicio = 0;
        while (inicio < texto.Length && (texto[inicio] == '\uFEFF' || char.IsWhiteSpace(texto[inicio])))
        {
            inicio++;
        }

        if (inicio == texto.Length)
        {
            Reportar(CatalogoDeDiagnosticos.ArchivoVacio, fuente, 1, 0, "El archivo está vacío: no contiene avances.");
            return;
        }

        var nulo = texto.IndexOf('\0');
        if (nulo >= 0)
        {
            Reportar(CatalogoDeDiagnosticos.ArchivoBinario, fuente, LineaDe(texto, nulo), 0,
                "El archivo contiene caracteres nulos: no es texto, sino un archivo binario (¿un .xlsx?). Exporte la hoja como CSV en UTF-8.");
            return;
        }

        if (opciones.Formato == FormatoTabular.Automatico && texto[inicio] is '{' or '[')
        {
            LeerJson(System.Text.Encoding.UTF8.GetBytes(texto.Substring(inicio)), fuente, LineaDe(texto, inicio) - 1);
            return;
        }

        LeerTabla(texto, fuente);
    }

    /// <summary>Reads the bytes of one more file: UTF-8 (with or without byte order mark) or UTF-16 with one.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="archivo">The file name for diagnostics; <see cref="OpcionesDeImportacionDeAvances.Archivo"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is null.</exception>
    public void Agregar(byte[] bytes, string? archivo = null)
    {
        Preconditions.CheckNotNull(bytes, nameof(bytes));
        var texto = TextoDeArchivo.Decodificar(bytes, archivo ?? opciones.Archivo, out var fallo);
        if (texto is null)
        {
            var fuente = NuevaFuente(archivo);
            diagnosticos.Add((fallo!, fuente, fallo!.Ubicacion.Linea ?? 0, 0, diagnosticos.Count));
            return;
        }

        Agregar(texto, archivo);
    }

    /// <summary>Reads one more file from a stream (read to its end); see <see cref="Agregar(byte[], string?)"/>.</summary>
    /// <param name="flujo">The file's bytes.</param>
    /// <param name="archivo">The file name for diagnostics; <see cref="OpcionesDeImportacionDeAvances.Archivo"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="flujo"/> is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public void Agregar(Stream flujo, string? archivo = null)
    {
        Preconditions.CheckNotNull(flujo, nameof(flujo));
        using var memoria = new MemoryStream();
        flujo.CopyTo(memoria);
        Agregar(memoria.ToArray(), archivo);
    }

    /// <summary>
    /// The avances read so far, validated against their plans (<see cref="AvancesDelPlan.TryCreate"/>), with every
    /// diagnostic. An avance that does not fit its plan (<c>POA201</c>–<c>POA205</c>) is reported at its row and left out;
    /// of two avances of one activity and month, the first read is kept.
    /// </summary>
    /// <returns>The avances of each plan, in the order the plans were given, and the diagnostics in file order.</returns>
    public ResultadoDeImportacionDeAvances Resultado()
    {
        var todos = new List<(Diagnostico Diagnostico, int Fuente, int Linea, int Columna, int Orden)>(diagnosticos);
        foreach (var unidad in ordenDeOmitidas)
        {
            var (primera, filas) = omitidas[unidad];
            todos.Add((CatalogoDeDiagnosticos.UnidadDeAvanceOmitida.Crear(
                Ubicar(primera, null, null, null, primera.ColumnaDeUnidad),
                $"Se omitieron {Contar(filas, "avance", "avances")} de «{unidad.Nombre}»: no es la unidad responsable de ninguno de los planes."),
                primera.Fuente, primera.Linea, primera.ColumnaDeUnidad, todos.Count));
        }

        var avances = new AvancesDelPlan[planes.Length];
        for (var p = 0; p < planes.Length; p++)
        {
            var leidos = porPlan[p];
            if (AvancesDelPlan.TryCreate(planes[p], Avances(leidos, null), out var delPlan, out var problemas))
            {
                avances[p] = delPlan;
                continue;
            }

            var descartados = new HashSet<int>();
            foreach (var problema in problemas)
            {
                var i = IndiceDe(problema.Ubicacion.Propiedad);
                if (i < 0 || i >= leidos.Count)
                {
                    todos.Add((problema, int.MaxValue, 0, 0, todos.Count));
                    continue;
                }

                descartados.Add(i);
                var origen = leidos[i].Origen;
                var columna = ColumnaDe(problema.Descriptor, origen);
                var ubicacion = Ubicar(origen, planes[p].UnidadResponsable.Nombre, leidos[i].Avance.Actividad, CampoDe(problema.Descriptor), columna);
                todos.Add((problema.Descriptor.Crear(ubicacion, problema.Mensaje), origen.Fuente, origen.Linea, columna, todos.Count));
            }

            // What is left fits the plan: every avance that made a problem is out, and of two of one month the first stays.
            avances[p] = AvancesDelPlan.TryCreate(planes[p], Avances(leidos, descartados), out delPlan, out _) ? delPlan : AvancesDelPlan.SinAvances(planes[p]);
        }

        todos.Sort((a, b) =>
        {
            var c = a.Fuente.CompareTo(b.Fuente);
            c = c != 0 ? c : a.Linea.CompareTo(b.Linea);
            c = c != 0 ? c : ClaveDeColumna(a.Columna).CompareTo(ClaveDeColumna(b.Columna));
            return c != 0 ? c : a.Orden.CompareTo(b.Orden);
        });
        return new ResultadoDeImportacionDeAvances(avances, todos.Select(t => t.Diagnostico).ToArray(), ordenDeOmitidas.ToArray());
    }

    /// <summary>In a line, what is about the whole line comes after what is about a cell.</summary>
    private static int ClaveDeColumna(int columna) => columna > 0 ? columna : int.MaxValue;

    private static IEnumerable<Avance> Avances(List<Leido> leidos, HashSet<int>? descartados)
    {
        for (var i = 0; i < leidos.Count; i++)
        {
            if (descartados is null || !descartados.Contains(i))
            {
                yield return leidos[i].Avance;
            }
        }
    }

    /// <summary>The position in the list given to <see cref="AvancesDelPlan.TryCreate"/>: its diagnostics say <c>avances[i]</c>.</summary>
    private static int IndiceDe(string? propiedad)
    {
        const string Prefijo = "avances[";
        if (propiedad is null || !propiedad.StartsWith(Prefijo, StringComparison.Ordinal) || !propiedad.EndsWith("]", StringComparison.Ordinal))
        {
            return -1;
        }

        return int.TryParse(propiedad.Substring(Prefijo.Length, propiedad.Length - Prefijo.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
    }

    private static int ColumnaDe(DescriptorDeDiagnostico descriptor, Origen origen)
    {
        if (descriptor == CatalogoDeDiagnosticos.AvanceFueraDelEjercicio || descriptor == CatalogoDeDiagnosticos.AvanceDuplicado)
        {
            return origen.ColumnaDeMes;
        }

        return descriptor == CatalogoDeDiagnosticos.VariablesEnMetaAcumulable ? origen.ColumnaDeNumerador : origen.ColumnaDeActividad;
    }

    private static string CampoDe(DescriptorDeDiagnostico descriptor)
    {
        if (descriptor == CatalogoDeDiagnosticos.AvanceFueraDelEjercicio || descriptor == CatalogoDeDiagnosticos.AvanceDuplicado)
        {
            return ".mes";
        }

        return descriptor == CatalogoDeDiagnosticos.VariablesEnMetaAcumulable ? ".numerador" : ".actividad";
    }

    private int NuevaFuente(string? archivo)
    {
        archivos.Add(archivo ?? opciones.Archivo);
        return archivos.Count - 1;
    }

    /// <summary>Where an avance came from: a row of a table (line and the columns of its cells) or an element of a JSON document.</summary>
    private readonly record struct Origen(int Fuente, int Linea, int ColumnaDeUnidad, int ColumnaDeActividad, int ColumnaDeMes, int ColumnaDeNumerador, int IndiceJson);

    private readonly record struct Leido(Avance Avance, Origen Origen);

    /// <summary>
    /// The location of a diagnostic about what came from <paramref name="origen"/>: file, line and column for a table
    /// (<paramref name="campo"/> is not shown: line and column say it), file, line (JSON Lines) and path for JSON.
    /// </summary>
    private Ubicacion Ubicar(Origen origen, string? unidad, int? actividad, string? campo, int columna)
    {
        var archivo = archivos[origen.Fuente];
        if (origen.IndiceJson >= 0)
        {
            var ruta = "$.avances[" + origen.IndiceJson.ToString(CultureInfo.InvariantCulture) + "]" + campo;
            return new Ubicacion(unidad, actividad, ruta, archivo, origen.Linea > 0 ? origen.Linea : null);
        }

        if (origen.IndiceJson == SinIndiceJson)
        {
            return new Ubicacion(unidad, actividad, "$.unidadResponsable", archivo, origen.Linea > 0 ? origen.Linea : null);
        }

        return Lugar(origen.Fuente, unidad, actividad, origen.Linea, columna);
    }

    /// <summary>The <see cref="Origen.IndiceJson"/> of a table row.</summary>
    private const int EnTabla = -1;

    /// <summary>The <see cref="Origen.IndiceJson"/> of a whole JSON document (what is said of it is said of its unidad responsable).</summary>
    private const int SinIndiceJson = -2;

    private void Reportar(DescriptorDeDiagnostico descriptor, int fuente, int linea, int columna, string mensaje, string? unidad = null, int? actividad = null)
    {
        diagnosticos.Add((descriptor.Crear(Lugar(fuente, unidad, actividad, linea, columna), mensaje), fuente, linea, columna, diagnosticos.Count));
    }

    private void Reportar(DescriptorDeDiagnostico descriptor, Origen origen, int columna, string mensaje, string? unidad = null, int? actividad = null, string? campo = null)
        => diagnosticos.Add((descriptor.Crear(Ubicar(origen, unidad, actividad, campo, columna), mensaje), origen.Fuente, origen.Linea, columna, diagnosticos.Count));

    /// <summary>
    /// The plans of <paramref name="unidad"/>, or null when it has none: then its <paramref name="filas"/> avances are
    /// reported (<c>POA225</c>) or, on request, counted as left out (<c>POA226</c>).
    /// </summary>
    private int[]? PlanesDe(UnidadResponsable unidad, Origen origen, int columna, int filas)
    {
        if (porUnidad.TryGetValue(unidad, out var indices))
        {
            return indices;
        }

        if (!opciones.OmitirOtrasUnidades)
        {
            Reportar(CatalogoDeDiagnosticos.UnidadDeAvanceSinPlan, origen, columna,
                $"La unidad responsable «{unidad.Nombre}» no es de ninguno de los planes ({ListaDeUnidades()}).");
        }
        else if (omitidas.TryGetValue(unidad, out var antes))
        {
            omitidas[unidad] = (antes.Primera, antes.Filas + filas);
        }
        else
        {
            omitidas[unidad] = (origen, filas);
            ordenDeOmitidas.Add(unidad);
        }

        return null;
    }

    /// <summary>
    /// Which of the plans <paramref name="indices"/> of <paramref name="unidad"/> an avance of year <paramref name="anio"/>
    /// (null when only the month was given) belongs to; <see cref="Ambiguo"/> (reported) when that is not one plan.
    /// </summary>
    private int ElegirPlan(int[] indices, UnidadResponsable unidad, int? anio, Origen origen, int columna)
    {
        if (indices.Length == 1)
        {
            return indices[0];
        }

        var elegido = SinPlan;
        if (anio is { } a)
        {
            foreach (var i in indices)
            {
                if (planes[i].Ejercicio.Anio != a)
                {
                    continue;
                }

                if (elegido != SinPlan)
                {
                    elegido = Ambiguo;
                    break;
                }

                elegido = i;
            }

            if (elegido == SinPlan)
            {
                // No plan of that year: the first one reports the month outside its ejercicio (POA202).
                return indices[0];
            }
        }

        if (elegido >= 0)
        {
            return elegido;
        }

        var ejercicios = string.Join(", ", indices.Select(i => planes[i].Ejercicio.ToString()));
        Reportar(CatalogoDeDiagnosticos.PlanDeAvanceAmbiguo, origen, columna,
            anio is null
                ? $"Hay {indices.Length.ToString(CultureInfo.InvariantCulture)} planes de «{unidad.Nombre}» (ejercicios {ejercicios}): escriba el mes como AAAA-MM para elegir el plan."
                : $"Hay más de un plan de «{unidad.Nombre}» del ejercicio {anio.Value.ToString(CultureInfo.InvariantCulture)}: evalúelos por separado.",
            unidad.Nombre);
        return Ambiguo;
    }

    private const int SinPlan = -1;
    private const int Ambiguo = -2;

    private string ListaDeUnidades()
    {
        const int Maximo = 5;
        var nombres = porUnidad.Keys.Take(Maximo).Select(u => "«" + u.Nombre + "»");
        var texto = "los planes son de " + string.Join(", ", nombres);
        return porUnidad.Count > Maximo ? texto + $" y {(porUnidad.Count - Maximo).ToString(CultureInfo.InvariantCulture)} más" : texto;
    }

    private static YearMonth Mes(Plan plan, int? anio, int mes) => new(anio ?? plan.Ejercicio.Anio, mes);

    /// <summary>An exception message without the « (Parameter 'x')» that .NET appends.</summary>
    private static string SinParametro(string mensaje)
    {
        var corte = mensaje.IndexOf(" (Parameter", StringComparison.Ordinal);
        var texto = corte >= 0 ? mensaje.Substring(0, corte) : mensaje;
        var linea = texto.IndexOf('\n');
        return (linea >= 0 ? texto.Substring(0, linea) : texto).Trim();
    }

    private static int LineaDe(string texto, int indice)
    {
        var linea = 1;
        for (var i = 0; i < indice && i < texto.Length; i++)
        {
            if (texto[i] == '\n')
            {
                linea++;
            }
        }

        return linea;
    }

    private static string Contar(int n, string singular, string plural) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural);
}
