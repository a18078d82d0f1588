using System;
using System.Collections.Generic;
using System.Globalization;
using Poa.Domain.Internal;

namespace Poa.Domain.Importacion;

/// <summary>The state machine that reads the rows of one text into plans. One instance per import.</summary>
internal sealed partial class LectorDePoa
{
    private const string NoSeImporta = " La actividad no se importa.";

    private readonly string texto;
    private readonly OpcionesDeImportacion opciones;
    private readonly List<(Diagnostico Diagnostico, int Orden, int Hoja)> diagnosticos = [];
    private readonly List<Plan> planes = [];
    private Bloque? bloque;

    // In CsvPuntoYComa numbers use a decimal comma and a dot is rejected; elsewhere the reverse (LectorDeNumeros).
    private char separadorDecimal = '.';

    // Where the comma is the decimal separator, as messages about a rejected point say it.
    private const string FormatoConComa = "En CSV separado por punto y coma";

    // Parsed values by their cell texts: a file repeats a handful of metas, bands and alignments.
    private readonly Dictionary<(string, string, string), Semaforizacion> semaforizaciones = [];
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
    private string? ultimaCantidad;
    private string? ultimaUnidad;
    private Meta? ultimaMeta;

    internal LectorDePoa(string texto, OpcionesDeImportacion opciones)
    {
        this.texto = texto;
        this.opciones = opciones;
    }

    private enum Zona
    {
        Generales,
        Tabla,
        Firmas,
    }

    internal ResultadoDeImportacion Leer()
    {
        var formato = opciones.Formato == FormatoTabular.Automatico ? Detectar(texto) : opciones.Formato;
        if (EsBinario(texto, out var lineaBinaria))
        {
            Reportar(CatalogoDeDiagnosticos.ArchivoBinario, lineaBinaria, null,
                "El archivo contiene caracteres de control: no es texto, sino un archivo binario (¿un .xlsx?). Lea los libros de Excel con el paquete Poa.Domain.Excel, o exporte la hoja como texto separado por tabuladores o CSV en UTF-8.");
            return Resultado(formato);
        }

        separadorDecimal = formato == FormatoTabular.CsvPuntoYComa ? ',' : '.';
        var tokenizador = new Tokenizador(texto, Separador(formato));
        Recorrer(tokenizador, new Fila(texto));
        Cerrar();
        if (tokenizador.LineaDeComillaAbierta is { } lineaDeComilla)
        {
            Reportar(CatalogoDeDiagnosticos.CsvMalFormado, lineaDeComilla, null,
                "Unas comillas abiertas en esta fila no se cierran antes del fin del archivo: el resto del archivo se leyó como una sola celda.");
        }

        return Terminar(formato);
    }

    /// <summary>Reads every row of a row source (text lines, CSV records or the rows of one sheet) through the recogniser.</summary>
    internal void Recorrer(IFuenteDeFilas fuente, Fila fila)
    {
        while (fuente.Siguiente(fila))
        {
            if (!fila.EstaVacia())
            {
                hayTexto = true;
            }

            Procesar(fila);
        }
    }

    /// <summary>Starts a sheet of a workbook: closes the open block; later diagnostics carry the sheet and cell.</summary>
    internal void IniciarHoja(string nombre)
    {
        Cerrar();
        hoja = nombre;
        ordenDeHoja++;
        vioTituloEnHoja = false;
    }

    /// <summary>Ends the current sheet; whether it held a «Programa Operativo Anual» title.</summary>
    internal bool TerminarHoja()
    {
        Cerrar();
        return vioTituloEnHoja;
    }

    /// <summary>The sorted result of a file that could not be read at all (its diagnostic already reported).</summary>
    internal ResultadoDeImportacion TerminarSinContenido(FormatoTabular formato)
    {
        hoja = null;
        return Resultado(formato);
    }

    /// <summary>The empty-file and no-POA diagnostics, and the sorted result.</summary>
    internal ResultadoDeImportacion Terminar(FormatoTabular formato)
    {
        Cerrar();
        hoja = null;
        if (!hayTexto)
        {
            Reportar(CatalogoDeDiagnosticos.ArchivoVacio, 1, null, "El archivo está vacío: no contiene ningún Programa Operativo Anual.");
        }
        else if (planes.Count == 0 && !vioTitulo)
        {
            // Without any title every line was reported as outside a block: one diagnostic says it better.
            diagnosticos.RemoveAll(d => d.Diagnostico.Descriptor == CatalogoDeDiagnosticos.TextoFueraDeBloque);
            Reportar(CatalogoDeDiagnosticos.SinProgramaOperativo, 1, null, formato == FormatoTabular.Libro
                ? "Ninguna hoja del libro tiene un título «Programa Operativo Anual AAAA»: el libro no contiene un POA."
                : "No se encontró ningún título «Programa Operativo Anual AAAA»: el texto no tiene el formato tabular del POA.");
        }

        return Resultado(formato);
    }

    private bool hayTexto;
    private string? hoja;
    private int ordenDeHoja;
    private bool vioTituloEnHoja;

    private bool vioTitulo;

    private ResultadoDeImportacion Resultado(FormatoTabular formato)
    {
        diagnosticos.Sort((a, b) =>
        {
            var c = a.Hoja.CompareTo(b.Hoja);
            if (c == 0)
            {
                c = (a.Diagnostico.Ubicacion.Linea ?? 0).CompareTo(b.Diagnostico.Ubicacion.Linea ?? 0);
            }

            if (c == 0)
            {
                c = (a.Diagnostico.Ubicacion.Columna ?? 0).CompareTo(b.Diagnostico.Ubicacion.Columna ?? 0);
            }

            return c != 0 ? c : a.Orden.CompareTo(b.Orden);
        });
        var lista = new Diagnostico[diagnosticos.Count];
        for (var i = 0; i < lista.Length; i++)
        {
            lista[i] = diagnosticos[i].Diagnostico;
        }

        return new ResultadoDeImportacion(planes.ToArray(), lista, formato);
    }

    private static char? Separador(FormatoTabular formato) => formato switch
    {
        FormatoTabular.Csv => ',',
        FormatoTabular.CsvPuntoYComa => ';',
        _ => null,
    };

    /// <summary>The rule of <see cref="FormatoTabular.Automatico"/>, on the first 64 KiB (documented in docs/importacion.md).</summary>
    internal static FormatoTabular Detectar(string texto)
    {
        var limite = Math.Min(texto.Length, 64 * 1024);
        if (texto.IndexOf('\t', 0, limite) >= 0)
        {
            return FormatoTabular.Tabulado;
        }

        int comas = 0, puntosYComa = 0;
        for (var i = 0; i < limite; i++)
        {
            var c = texto[i];
            if (c == ',')
            {
                comas++;
            }
            else if (c == ';')
            {
                puntosYComa++;
            }
        }

        if (comas == 0 || puntosYComa == 0)
        {
            return puntosYComa > 0 ? FormatoTabular.CsvPuntoYComa : comas > 0 ? FormatoTabular.Csv : FormatoTabular.Tabulado;
        }

        // Both: the header row decides (the separator that splits a row into more known labels); then the frequency.
        var prefijo = limite == texto.Length ? texto : texto.Substring(0, limite);
        var porComa = MaximoDeEtiquetas(prefijo, ',');
        var porPuntoYComa = MaximoDeEtiquetas(prefijo, ';');
        if (porComa != porPuntoYComa)
        {
            return porPuntoYComa > porComa ? FormatoTabular.CsvPuntoYComa : FormatoTabular.Csv;
        }

        return puntosYComa > comas ? FormatoTabular.CsvPuntoYComa : FormatoTabular.Csv;
    }

    private static int MaximoDeEtiquetas(string texto, char separador)
    {
        var tokenizador = new Tokenizador(texto, separador);
        var fila = new Fila(texto);
        var maximo = 0;
        while (tokenizador.Siguiente(fila))
        {
            maximo = Math.Max(maximo, Encabezado.EtiquetasConocidas(fila));
        }

        return maximo;
    }

    private static bool EsBinario(string texto, out int linea)
    {
        linea = 1;
        var limite = Math.Min(texto.Length, 8 * 1024);
        var controles = 0;
        for (var i = 0; i < limite; i++)
        {
            var c = texto[i];
            if (c == '\n')
            {
                linea++;
            }
            else if (c == '\0' || (c < ' ' && c is not ('\t' or '\r' or '\f' or '\v' or '\u001A') && ++controles > 4))
            {
                return true;
            }
        }

        linea = 1;
        return texto.IndexOf('\0') >= 0;
    }

    internal void Procesar(Fila fila)
    {
        if (fila.EstaVacia())
        {
            if (bloque is not null)
            {
                bloque.CerrarFirma(this);
                if (bloque.Zona == Zona.Tabla && bloque.FilasDeDatos > 0)
                {
                    bloque.Zona = Zona.Firmas;
                }
            }

            return;
        }

        var primera = fila.PrimeraNoVacia();
        var inicial = fila.Primero(primera);
        var esNumero = primera == 0 && inicial is >= '0' and <= '9';
        string? clave = null;
        if (!esNumero)
        {
            clave = Texto.Clave(fila.Celda(primera));
            if (clave.StartsWith("PROGRAMA OPERATIVO ANUAL", StringComparison.Ordinal))
            {
                IniciarBloque(fila, clave);
                return;
            }
        }

        if (clave is not null && EsEncabezadoDeDocumento(clave))
        {
            // «MUNICIPIO DE …» above the title: the title block of the sheet, not data.
            bloque?.CerrarFirma(this);
            return;
        }

        if (bloque is null)
        {
            Reportar(CatalogoDeDiagnosticos.TextoFueraDeBloque, fila.Linea, fila.Columna(primera),
                $"Esta línea está antes de cualquier título «Programa Operativo Anual» y no se lee: {fila.Crudo()}.");
            return;
        }

        if (esNumero)
        {
            if (bloque.Zona == Zona.Firmas)
            {
                bloque.CerrarFirma(this);
                Reportar(CatalogoDeDiagnosticos.FilaFueraDeTabla, fila.Linea, fila.Columna(0),
                    $"Esta fila de actividad está después de las firmas, fuera de la tabla, y no se importa: {fila.Crudo()}.");
                return;
            }

            LeerActividad(fila);
            return;
        }

        if (fila.NoVacias() <= 2 && bloque.Zona != Zona.Firmas && bloque.FilasDeDatos == 0)
        {
            // «Dependencia» with its value in the next non-empty cell, or «Dependencia: valor» in one cell.
            var dosPuntos = clave!.IndexOf(':');
            var etiqueta = (dosPuntos < 0 ? clave : clave.Substring(0, dosPuntos)).Trim();
            switch (etiqueta)
            {
                case "INFORMACION GENERAL":
                    return;
                case "DEPENDENCIA":
                    AsignarDatoGeneral(fila, primera, ref bloque.Dependencia, ref bloque.LineaDeDependencia, "Dependencia");
                    return;
                case "UNIDAD RESPONSABLE":
                    AsignarDatoGeneral(fila, primera, ref bloque.Unidad, ref bloque.LineaDeUnidad, "Unidad responsable");
                    return;
            }
        }

        if (bloque.Zona != Zona.Firmas && bloque.FilasDeDatos == 0 && Encabezado.EsFilaDeEncabezado(fila))
        {
            bloque.Zona = Zona.Tabla;
            bloque.Encabezado.Agregar(fila, (d, l, c, m) => Reportar(d, l, c, m));
            return;
        }

        if (bloque.Zona == Zona.Firmas)
        {
            if (fila.NoVacias() == 1)
            {
                bloque.LineasDeFirma.Add((fila.Celda(primera), fila.Linea, fila.Columna(primera)));
                return;
            }

            if (bloque.LineasDeFirma.Count == 0)
            {
                // Signatures side by side: a row of names over a row of cargos, paired by position.
                var celdas = new List<(string, int, int)>();
                for (var i = 0; i < fila.Cantidad; i++)
                {
                    if (!fila.Vacia(i))
                    {
                        celdas.Add((fila.Celda(i), fila.Linea, fila.Columna(i)));
                    }
                }

                bloque.FilasDeFirmas.Add(celdas);
                if (bloque.FilasDeFirmas.Count == 2)
                {
                    bloque.CerrarFirmasLadoALado(this);
                }

                return;
            }

            bloque.CerrarFirma(this);
            Reportar(CatalogoDeDiagnosticos.FilaFueraDeTabla, fila.Linea, fila.Columna(primera),
                $"Esta fila está entre las firmas, fuera de la tabla, y no se lee: {fila.Crudo()}.");
            return;
        }

        Reportar(CatalogoDeDiagnosticos.FilaNoReconocida, fila.Linea, fila.Columna(primera),
            $"Esta fila no es un dato general, un encabezado ni una actividad (la celda «No.» no tiene número), y no se lee: {fila.Crudo()}.");
    }

    private static bool EsEncabezadoDeDocumento(string clave)
        => clave.StartsWith("MUNICIPIO DE ", StringComparison.Ordinal) || clave.StartsWith("GOBIERNO MUNICIPAL", StringComparison.Ordinal)
           || clave.StartsWith("H. AYUNTAMIENTO", StringComparison.Ordinal) || clave.StartsWith("GOBIERNO DE ", StringComparison.Ordinal);

    private void AsignarDatoGeneral(Fila fila, int primera, ref string? valor, ref int linea, string nombre)
    {
        var celda = primera + 1;
        while (celda < fila.Cantidad && fila.Vacia(celda))
        {
            celda++;
        }

        var etiqueta = fila.Celda(primera);
        var dosPuntos = etiqueta.IndexOf(':');
        string nuevo;
        if (dosPuntos >= 0 && etiqueta.Substring(dosPuntos + 1).Trim().Length > 0)
        {
            nuevo = Texto.NormalizarEspacios(etiqueta.Substring(dosPuntos + 1).Trim());
            celda = primera;
            if (!fila.Vacia(primera + 1) || fila.NoVacias() > 1)
            {
                Reportar(CatalogoDeDiagnosticos.FilaNoReconocida, fila.Linea, fila.Columna(primera),
                    $"«{etiqueta}» ya trae su valor después de los dos puntos; la otra celda de la fila no se lee: {fila.Crudo()}.");
            }
        }
        else
        {
            nuevo = Texto.NormalizarEspacios(fila.Celda(celda));
        }

        if (nuevo.Length == 0)
        {
            Reportar(CatalogoDeDiagnosticos.FaltaDatoGeneral, fila.Linea, fila.Columna(primera + 1), $"La línea «{nombre}» no tiene valor en la celda siguiente.");
            return;
        }

        if (valor is not null)
        {
            Reportar(CatalogoDeDiagnosticos.DatoGeneralRepetido, fila.Linea, fila.Columna(celda),
                $"El bloque ya tiene {nombre.ToLowerInvariant()} «{valor}» (línea {N(linea)}); «{nuevo}» no se usa.");
            return;
        }

        valor = nuevo;
        linea = fila.Linea;
    }

    private void IniciarBloque(Fila fila, string clave)
    {
        Cerrar();
        vioTitulo = true;
        vioTituloEnHoja = true;
        var resto = clave.Substring("PROGRAMA OPERATIVO ANUAL".Length).Trim();
        bloque = new Bloque(fila.Linea);
        if (EjercicioFiscal.TryParse(resto, out var ejercicio))
        {
            bloque.Ejercicio = ejercicio;
        }
        else
        {
            Reportar(CatalogoDeDiagnosticos.EjercicioIlegible, fila.Linea, fila.Columna(fila.PrimeraNoVacia()),
                $"El título «{fila.Celda(fila.PrimeraNoVacia())}» no termina en un año (como «Programa Operativo Anual 2023»): el bloque no se importa.");
        }
    }

    private void LeerActividad(Fila fila)
    {
        var b = bloque!;
        b.Zona = Zona.Tabla;
        b.FilasDeDatos++;
        b.LineaDePrimeraFila ??= fila.Linea;
        var encabezado = b.Encabezado;
        if (b.FaltanColumnas is null && !b.EncabezadoRevisado)
        {
            b.EncabezadoRevisado = true;
            b.FaltanColumnas = encabezado.Linea is null ? "todas (no hay encabezado)" : encabezado.Cerrar();
            ReportarAdicionales(encabezado, fila);
        }

        if (b.FaltanColumnas is not null)
        {
            b.FilasNoLeidas++;
            return;
        }

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
            return ultimaSemaforizacion;
        }

        if (semaforizaciones.TryGetValue((verde, amarillo, rojo), out var conocida))
        {
            ultimoVerdeParseado = verde;
            ultimoAmarilloParseado = amarillo;
            ultimoRojoParseado = rojo;
            ultimaSemaforizacion = conocida;
            return conocida;
        }

        // A threshold with the other format's decimal separator between digits («80.5» in CsvPuntoYComa, «80,5» elsewhere) is
        // ambiguous; in CsvPuntoYComa a comma between digits is the decimal comma and other commas still separate two conditions.
        if (!Semaforizacion.TryParse(verde, amarillo, rojo, separadorDecimal, FormatoConComa, out var semaforizacion, out var error))
        {
            errores++;
            Reportar(CatalogoDeDiagnosticos.SemaforizacionInvalida, fila.Linea, fila.Columna(encabezado[Encabezado.Verde]), bloque.Unidad, numero,
                $"«{verde}», «{amarillo}», «{rojo}»: {error}" + NoSeImporta);
            return null;
        }

        ultimoVerdeParseado = verde;
        ultimoAmarilloParseado = amarillo;
        ultimoRojoParseado = rojo;
        ultimaSemaforizacion = semaforizacion;
        semaforizaciones[(verde, amarillo, rojo)] = semaforizacion;
        return semaforizacion;
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

    private void Cerrar()
    {
        var b = bloque;
        if (b is null)
        {
            return;
        }

        bloque = null;
        b.CerrarFirma(this);
        if (b.FaltanColumnas is not null && b.FilasNoLeidas > 0)
        {
            Reportar(CatalogoDeDiagnosticos.EncabezadoIncompleto, b.Encabezado.Linea ?? b.LineaDePrimeraFila ?? b.LineaDeTitulo, null, b.Unidad, null,
                $"Al encabezado de la tabla le faltan columnas: {b.FaltanColumnas}. Las {N(b.FilasNoLeidas)} filas de actividad del bloque no se importan.");
        }

        var perdidas = b.Actividades.Count + b.Rechazadas.Count;
        if (b.Ejercicio is null)
        {
            return; // POA105 already says the block is not imported.
        }

        if (b.Dependencia is null || b.Unidad is null)
        {
            var falta = b.Dependencia is null && b.Unidad is null ? "la dependencia ni la unidad responsable" : b.Dependencia is null ? "la dependencia" : "la unidad responsable";
            Reportar(CatalogoDeDiagnosticos.FaltaDatoGeneral, b.LineaDeTitulo, null, b.Unidad, null,
                $"El bloque no indica {falta} (líneas «Dependencia» y «Unidad responsable» después del título): el bloque y sus {N(perdidas)} actividades no se importan.");
            return;
        }

        var plan = new Plan(b.Ejercicio.Value, new Dependencia(b.Dependencia), new UnidadResponsable(b.Unidad), b.ActividadesSinLinea(), b.Firmantes);
        planes.Add(plan);
        if (opciones.Validar)
        {
            AgregarValidacion(plan, b);
        }
    }

    private void AgregarValidacion(Plan plan, Bloque b)
    {
        // A row that exists but was not imported was already reported: its number is not missing (POA006).
        foreach (var d in ValidadorDePlan.Validar(plan, null, b.Rechazadas))
        {
            var u = d.Ubicacion;
            int linea = b.LineaDeTitulo;
            int? columna = null;
            if (u.Actividad is { } numero && b.Buscar(numero, d.Descriptor == CatalogoDeDiagnosticos.NumeroDeActividadDuplicado) is { } fila)
            {
                linea = fila.Linea;
                var campo = CampoDe(u.Propiedad);
                columna = campo < 0 || fila.Columnas[campo] == 0 ? null : fila.Columnas[campo];
            }

            diagnosticos.Add((d.Descriptor.Crear(Lugar(linea, columna).ConDetalle(u.UnidadResponsable, u.Actividad, u.Propiedad), d.Mensaje), diagnosticos.Count, ordenDeHoja));
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

    internal void Reportar(DescriptorDeDiagnostico descriptor, int linea, int? columna, string mensaje)
        => Reportar(descriptor, linea, columna, bloque?.Unidad, null, mensaje);

    internal void Reportar(DescriptorDeDiagnostico descriptor, int linea, int? columna, string? unidad, int? actividad, string mensaje)
        => diagnosticos.Add((descriptor.Crear(Lugar(linea, columna).ConDetalle(unidad, actividad, null), mensaje), diagnosticos.Count, ordenDeHoja));

    /// <summary>A place in the text (line and character column) or, inside a sheet, the cell (row and column number).</summary>
    private Ubicacion Lugar(int linea, int? columna)
        => hoja is null ? new Ubicacion(archivo: opciones.Archivo, linea: linea, columna: columna) : Ubicacion.Ninguna.EnHoja(opciones.Archivo, hoja, linea, columna);

    private static string Nombre(int campo) => campo switch
    {
        Encabezado.Actividad => "Actividad",
        Encabezado.Programa => "Programa Presupuestario",
        Encabezado.Meta => "Meta anual",
        Encabezado.Unidad => "Unidad de medida",
        _ => "celda",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>One POA block being read.</summary>
    private sealed class Bloque
    {
        internal Bloque(int lineaDeTitulo)
        {
            LineaDeTitulo = lineaDeTitulo;
        }

        internal int LineaDeTitulo { get; }

        internal EjercicioFiscal? Ejercicio { get; set; }

        internal Zona Zona { get; set; } = Zona.Generales;

        internal Encabezado Encabezado { get; } = new();

        internal bool EncabezadoRevisado { get; set; }

        internal string? FaltanColumnas { get; set; }

        internal int FilasDeDatos { get; set; }

        internal int FilasNoLeidas { get; set; }

        internal int? LineaDePrimeraFila { get; set; }

        internal List<(Actividad Actividad, int Linea, int[] Columnas)> Actividades { get; } = [];

        internal HashSet<int> Rechazadas { get; } = [];

        internal List<Firmante> Firmantes { get; } = [];

        internal List<(string Texto, int Linea, int Columna)> LineasDeFirma { get; } = [];

        internal List<List<(string Texto, int Linea, int Columna)>> FilasDeFirmas { get; } = [];

#pragma warning disable SA1401, CA1051 // Fields passed by reference.
        internal string? Dependencia;
        internal string? Unidad;
        internal int LineaDeDependencia;
        internal int LineaDeUnidad;
#pragma warning restore SA1401, CA1051

        internal IEnumerable<Actividad> ActividadesSinLinea()
        {
            var result = new Actividad[Actividades.Count];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = Actividades[i].Actividad;
            }

            return result;
        }

        internal (int Linea, int[] Columnas)? Buscar(int numero, bool ultima)
        {
            (int, int[])? encontrada = null;
            foreach (var (actividad, linea, columnas) in Actividades)
            {
                if (actividad.Numero == numero)
                {
                    encontrada = (linea, columnas);
                    if (!ultima)
                    {
                        break;
                    }
                }
            }

            return encontrada;
        }

        /// <summary>Names side by side over cargos side by side: the i-th name with the i-th cargo.</summary>
        internal void CerrarFirmasLadoALado(LectorDePoa lector)
        {
            if (FilasDeFirmas.Count == 0)
            {
                return;
            }

            var nombres = FilasDeFirmas[0];
            if (FilasDeFirmas.Count == 2 && FilasDeFirmas[1].Count == nombres.Count)
            {
                for (var i = 0; i < nombres.Count; i++)
                {
                    Firmantes.Add(Firmante.FromLineas(nombres[i].Texto, Texto.NormalizarEspacios(FilasDeFirmas[1][i].Texto)));
                }
            }
            else
            {
                var celdas = new List<string>();
                foreach (var fila in FilasDeFirmas)
                {
                    foreach (var (t, _, _) in fila)
                    {
                        celdas.Add("«" + t + "»");
                    }
                }

                lector.Reportar(CatalogoDeDiagnosticos.FirmaIncompleta, nombres[0].Linea, nombres[0].Columna, Unidad, null,
                    $"Las firmas lado a lado son una fila de nombres sobre una fila de cargos con el mismo número de celdas; aquí hay: {string.Join(", ", celdas)}. No se importan.");
            }

            FilasDeFirmas.Clear();
        }

        internal void CerrarFirma(LectorDePoa lector)
        {
            CerrarFirmasLadoALado(lector);
            if (LineasDeFirma.Count == 0)
            {
                return;
            }

            if (LineasDeFirma.Count == 2)
            {
                Firmantes.Add(Firmante.FromLineas(LineasDeFirma[0].Texto, Texto.NormalizarEspacios(LineasDeFirma[1].Texto)));
            }
            else
            {
                var lineas = new List<string>();
                foreach (var (t, _, _) in LineasDeFirma)
                {
                    lineas.Add("«" + t + "»");
                }

                lector.Reportar(CatalogoDeDiagnosticos.FirmaIncompleta, LineasDeFirma[0].Linea, 1, Unidad, null,
                    $"Una firma son dos líneas seguidas, el nombre y el cargo; aquí hay {N(LineasDeFirma.Count)}: {string.Join(", ", lineas)}. No se importa.");
            }

            LineasDeFirma.Clear();
        }
    }
}
