using System.Text;
using Poa.Domain.Benchmarks;
using Poa.Domain.Importacion;
using Poa.Domain.Tests.Datos;
using Poa.Domain.Tests.Infraestructura;

namespace Poa.Domain.Tests.Importacion;

public class ImportadorDePoaTests
{
    private static readonly OpcionesDeImportacion Diciembre = new() { CeldasExtra = PoliticaDeCeldasExtra.TreceavaComoDiciembre };

    internal static string Ruta(string archivo) => Path.Combine(AppContext.BaseDirectory, "Importacion", "Datos", archivo);

    private static ResultadoDeImportacion Leer(string archivo, OpcionesDeImportacion? opciones = null)
    {
        opciones ??= new OpcionesDeImportacion();
        using var flujo = File.OpenRead(Ruta(archivo));
        return ImportadorDePoa.Importar(flujo, new OpcionesDeImportacion
        {
            Archivo = archivo,
            CeldasExtra = opciones.CeldasExtra,
            Formato = opciones.Formato,
            Validar = opciones.Validar,
        });
    }

    private static IEnumerable<string> Codigos(ResultadoDeImportacion r) => r.Diagnosticos.Select(d => d.Codigo);

    private static IEnumerable<(string Codigo, int? Linea)> CodigosYLineas(ResultadoDeImportacion r)
        => r.Diagnosticos.Where(d => d.Severidad != Severidad.Informacion).Select(d => (d.Codigo, d.Ubicacion.Linea));

    [Theory]
    [InlineData("poa-2023.txt", FormatoTabular.Tabulado)]
    [InlineData("poa-2023.csv", FormatoTabular.Csv)]
    public void Seed_PorDefecto_SeisPlanesYLasCuatroFilasDeCeldaTreceRechazadas(string archivo, FormatoTabular formato)
    {
        var r = Leer(archivo);

        r.Formato.Should().Be(formato);
        r.Planes.Should().HaveCount(6);
        r.Actividades.Should().Be(30, "las cuatro filas con una 13.ª celda no se importan sin una política explícita");
        CodigosYLineas(r).Should().Equal(
            ("POA112", 40), ("POA112", 41), ("POA001", 90), ("POA001", 91), ("POA001", 113), ("POA112", 114), ("POA112", 116));
        r.Diagnosticos.Where(d => d.Severidad == Severidad.Informacion).Select(d => (d.Codigo, d.Ubicacion.Linea))
            .Should().Equal(("POA108", 12), ("POA108", 13), ("POA108", 87), ("POA108", 112));
    }

    [Theory]
    [InlineData("poa-2023.txt")]
    [InlineData("poa-2023.csv")]
    public void Seed_ConPoliticaDiciembre_IgualALosPlanesCurados(string archivo)
    {
        var r = Leer(archivo, Diciembre);

        r.Planes.Should().HaveCount(6);
        r.Actividades.Should().Be(34);
        r.Planes.Should().Equal(PlanesDelSeed.Todos);
        r.Planes.SelectMany(p => p.Firmantes).Select(f => f.Titulo).Should().Contain("Lic.").And.Contain("Dra.").And.Contain((string?)null);
        CodigosYLineas(r).Should().Equal(
            ("POA113", 40), ("POA113", 41), ("POA001", 90), ("POA001", 91), ("POA001", 113), ("POA113", 114), ("POA113", 116));
        r.Errores.Should().Be(3);
    }

    [Fact]
    public void Seed_CeldaTrece_MensajeConLasCeldasCrudas()
    {
        var r = Leer("poa-2023.txt");

        var d = r.Diagnosticos.First(x => x.Codigo == "POA112");
        d.Mensaje.Should().Contain("[2: «100%» | 4: «100%» | 7: «100%» | 11: «100%» | 13: «100%»]");
        d.Ubicacion.Should().Be(new Ubicacion("Gobierno Digital", 4, null, "poa-2023.txt", 40, d.Ubicacion.Columna));
        d.Ubicacion.Columna.Should().BeGreaterThan(1);
        r.Diagnosticos.Single(x => x.Codigo == "POA112" && x.Ubicacion.Linea == 114).Mensaje.Should().Contain("[13: «27»]");
    }

    [Fact]
    public void Seed_MetaDistinta_ConLineaYColumnaDeLaMeta()
    {
        var r = Leer("poa-2023.txt");

        var d = r.Diagnosticos.First(x => x.Codigo == "POA001");
        d.Ubicacion.Linea.Should().Be(90);
        d.Ubicacion.UnidadResponsable.Should().Be("Dirección de Participación Ciudadana");
        d.Ubicacion.Actividad.Should().Be(2);
        var linea = File.ReadAllLines(Ruta("poa-2023.txt"))[89];
        linea.Substring(d.Ubicacion.Columna!.Value - 1).Should().StartWith("1\tMapeos");
    }

    [Fact]
    public void Seed_OmitirCeldasExtra_ImportaSinElValorYLoReporta()
    {
        var r = Leer("poa-2023.txt", new OpcionesDeImportacion { CeldasExtra = PoliticaDeCeldasExtra.OmitirCeldasExtra });

        r.Actividades.Should().Be(34);
        Codigos(r).Count(c => c == "POA112").Should().Be(4);
        var actualizar = r.Planes[4].BuscarActividad(2)!;
        actualizar.Calendarizacion.EstaVacia.Should().BeTrue();
        r.Diagnosticos.Should().Contain(d => d.Codigo == "POA007" && d.Ubicacion.Linea == 114);
    }

    [Theory]
    [InlineData("limpio.txt")]
    [InlineData("encabezado-una-fila.txt")]
    [InlineData("encabezado-dos-filas-b.txt")]
    [InlineData("tabla-23-columnas.txt")]
    [InlineData("umbrales-sin-espacios.txt")]
    [InlineData("porcentual.txt")]
    public void CopiaConUnaVariante_ElMismoPlanSinDiagnosticos(string archivo)
    {
        var limpio = Leer("limpio.txt");
        var r = Leer(archivo);

        r.Diagnosticos.Should().BeEmpty();
        r.Planes.Should().Equal(limpio.Planes);
        r.Actividades.Should().Be(7);
    }

    [Theory]
    [InlineData("errata-semafizacion.txt", "«Semafización» se leyó como «Semaforización»")]
    [InlineData("errata-acceptable.txt", "«Acceptable (verde)» se leyó como «Aceptable (verde)»")]
    public void ErrataEnEncabezado_SeToleraConInformacion(string archivo, string mensaje)
    {
        var r = Leer(archivo);

        r.Planes.Should().Equal(Leer("limpio.txt").Planes);
        r.Diagnosticos.Should().ContainSingle().Which.Mensaje.Should().Contain(mensaje);
        r.Diagnosticos[0].Severidad.Should().Be(Severidad.Informacion);
        r.TieneErrores.Should().BeFalse();
    }

    [Fact]
    public void DiciembreVacio_EsValidoYNoSeRellena()
    {
        var r = Leer("diciembre-vacio.txt");

        r.Diagnosticos.Should().BeEmpty();
        r.Planes[0].Actividades[0].Calendarizacion[12].Should().BeNull();
    }

    [Fact]
    public void FirmasConYSinTitulo_SeparanElTitulo()
    {
        Leer("limpio.txt").Planes[0].Firmantes.Select(f => f.Titulo).Should().Equal("Lic.", "Dra.");
        var sinTitulo = Leer("firmas-sin-titulo.txt").Planes[0].Firmantes;
        sinTitulo.Select(f => f.Titulo).Should().Equal(null, null);
        sinTitulo[0].Nombre.Should().Be("César Benjamín García Martínez");
    }

    [Fact]
    public void CeldaTrece_PorDefectoNoSeImporta_ConPoliticaEsDiciembre()
    {
        var rechazo = Leer("celda-13.txt");
        rechazo.Actividades.Should().Be(6);
        rechazo.Diagnosticos.Should().ContainSingle().Which.Codigo.Should().Be("POA112");
        rechazo.Planes[0].BuscarActividad(3).Should().BeNull();

        var diciembre = Leer("celda-13.txt", Diciembre);
        diciembre.Actividades.Should().Be(7);
        diciembre.Diagnosticos.Should().ContainSingle().Which.Codigo.Should().Be("POA113");
        diciembre.Planes.Should().Equal(Leer("limpio.txt").Planes);
    }

    [Fact]
    public void CeldaTreceConDiciembreOcupado_SeRechazaAunConPolitica()
    {
        var r = Leer("celda-13-con-diciembre.txt", Diciembre);

        r.Diagnosticos.Should().ContainSingle().Which.Codigo.Should().Be("POA112");
        r.Actividades.Should().Be(6);
    }

    [Theory]
    [InlineData("meta-distinta.txt", "POA001", Severidad.Error, 7)]
    [InlineData("eje-distinto.txt", null, Severidad.Error, 7)]
    [InlineData("mes-negativo.txt", "POA114", Severidad.Error, 6)]
    [InlineData("mes-no-numerico.txt", "POA114", Severidad.Error, 6)]
    [InlineData("meta-ilegible.txt", "POA116", Severidad.Error, 6)]
    [InlineData("eje-ilegible.txt", "POA117", Severidad.Error, 6)]
    [InlineData("bandas-invalidas.txt", "POA008", Severidad.Error, 6)]
    [InlineData("bandas-vacias.txt", "POA118", Severidad.Advertencia, 7)]
    [InlineData("actividad-vacia.txt", "POA115", Severidad.Error, 6)]
    [InlineData("fila-no-reconocida.txt", "POA111", Severidad.Error, 7)]
    [InlineData("texto-antes-del-titulo.txt", "POA104", Severidad.Advertencia, 7)]
    [InlineData("encabezado-desconocido.txt", "POA109", Severidad.Advertencia, 7)]
    [InlineData("firma-incompleta.txt", "POA120", Severidad.Advertencia, 7)]
    public void CopiaConUnDefecto_UnDiagnosticoConSuLinea(string archivo, string? codigo, Severidad severidad, int actividades)
    {
        var r = Leer(archivo);

        r.Actividades.Should().Be(actividades);
        if (codigo is null)
        {
            r.Diagnosticos.Should().BeEmpty("«IV. Ciudad Humana» con «4.11» es una alineación coherente");
            r.Planes[0].BuscarActividad(6)!.Alineacion.Eje.Numero.Should().Be(4);
            return;
        }

        var d = r.Diagnosticos.Should().ContainSingle().Which;
        d.Codigo.Should().Be(codigo);
        d.Severidad.Should().Be(severidad);
        d.Ubicacion.Archivo.Should().Be(archivo);
        d.Ubicacion.Linea.Should().NotBeNull();
        d.Mensaje.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void DatoGeneralRepetido_AdvierteYConservaElPrimero()
    {
        var r = Leer("dato-general-repetido.txt");

        var d = r.Diagnosticos.Should().ContainSingle().Which;
        d.Codigo.Should().Be("POA107");
        d.Severidad.Should().Be(Severidad.Advertencia);
        d.Ubicacion.Should().Be(new Ubicacion("Gobierno Digital", null, null, "dato-general-repetido.txt", 8, 13));
        d.Mensaje.Should().Be("El bloque ya tiene dependencia «Secretaría de Innovación y Gobierno Abierto» (línea 6); «Secretaría de Finanzas y Tesorería» no se usa.");
        r.Planes.Should().Equal(Leer("limpio.txt").Planes, "el resto del bloque se importa igual");
    }

    [Fact]
    public void EncabezadoSinMetaAnual_ElBloqueNoImportaSusFilasYLosDemasSi()
    {
        var seed = Leer("poa-2023.txt");
        var r = Leer("encabezado-sin-meta.txt");

        var d = r.Diagnosticos.Single(x => x.Codigo == "POA110");
        d.Severidad.Should().Be(Severidad.Error);
        d.Ubicacion.Should().Be(new Ubicacion("Dirección General de Gobierno Digital y Soporte Tecnológico", null, null, "encabezado-sin-meta.txt", 11, null));
        d.Mensaje.Should().Be("Al encabezado de la tabla le faltan columnas: «Meta anual». Las 2 filas de actividad del bloque no se importan.");
        r.Planes.Should().HaveCount(6);
        r.Planes[0].Actividades.Should().BeEmpty();
        r.Planes[0].Firmantes.Should().Equal(seed.Planes[0].Firmantes);
        r.Planes.Skip(1).Should().Equal(seed.Planes.Skip(1), "los otros cinco bloques se importan igual");
        r.Diagnosticos.Should().ContainSingle(x => x.Descriptor == CatalogoDeDiagnosticos.PlanSinActividades)
            .Which.Ubicacion.Linea.Should().Be(3, "la validación del plan vacío apunta a su título");
        r.Diagnosticos.Where(x => x.Codigo != "POA110" && x.Descriptor != CatalogoDeDiagnosticos.PlanSinActividades)
            .Select(x => (x.Codigo, x.Ubicacion.Linea, x.Mensaje))
            .Should().Equal(seed.Diagnosticos.Select(x => (x.Codigo, x.Ubicacion.Linea, x.Mensaje)), "nada más cambia");
    }

    [Fact]
    public void CeldaEnColumnaSinEncabezado_AdvierteYElRestoSeImporta()
    {
        var r = Leer("celda-sin-encabezado.txt");

        var d = r.Diagnosticos.Should().ContainSingle().Which;
        d.Codigo.Should().Be("POA119");
        d.Severidad.Should().Be(Severidad.Advertencia);
        d.Ubicacion.Should().Be(new Ubicacion("Gobierno Digital", 6, null, "celda-sin-encabezado.txt", 17, d.Ubicacion.Columna));
        File.ReadAllLines(Ruta("celda-sin-encabezado.txt"))[16].Substring(d.Ubicacion.Columna!.Value - 1).Should().StartWith("ver nota\t> = 80%");
        d.Mensaje.Should().Be("La celda 8 tiene «ver nota», pero su columna no tiene un encabezado conocido: el valor no se lee.");
        r.Planes.Should().Equal(Leer("limpio.txt").Planes);
    }

    [Fact]
    public void FilaDespuesDeLasFirmas_ErrorYElBloqueConSusFirmasSeImporta()
    {
        var r = Leer("fila-despues-de-firmas.txt");

        var d = r.Diagnosticos.Should().ContainSingle().Which;
        d.Codigo.Should().Be("POA121");
        d.Severidad.Should().Be(Severidad.Error);
        d.Ubicacion.Should().Be(new Ubicacion("Gobierno Digital", null, null, "fila-despues-de-firmas.txt", 25, 1));
        d.Mensaje.Should().StartWith("Esta fila de actividad está después de las firmas, fuera de la tabla, y no se importa: [1: «8» | 2: «Realizar evento para educación de temas de Gobierno Digital» |");
        r.Planes.Should().Equal(Leer("limpio.txt").Planes);
        r.Planes[0].Firmantes.Should().HaveCount(2);
    }

    [Fact]
    public void NumeroIlegible_FilaRechazadaYElNumeroFaltante()
    {
        var r = Leer("numero-ilegible.txt");

        CodigosYLineas(r).Should().Equal(("POA006", 1), ("POA123", 17));
        r.Actividades.Should().Be(6);
    }

    [Fact]
    public void MesNegativo_ApuntaALaCeldaDelMes()
    {
        var d = Leer("mes-negativo.txt").Diagnosticos.Single();

        d.Ubicacion.Linea.Should().Be(17);
        d.Ubicacion.Actividad.Should().Be(6);
        File.ReadAllLines(Ruta("mes-negativo.txt"))[16].Substring(d.Ubicacion.Columna!.Value - 1).Should().StartWith("-1\t");
        d.Mensaje.Should().Contain("marzo").And.Contain("no se importa");
    }

    [Fact]
    public void SinUnidadResponsable_ElBloqueNoSeImporta()
    {
        var r = Leer("sin-unidad-responsable.txt");

        r.Planes.Should().BeEmpty();
        r.Diagnosticos.Should().ContainSingle().Which.Mensaje.Should().Contain("unidad responsable").And.Contain("7 actividades");
        r.Diagnosticos[0].Codigo.Should().Be("POA106");
    }

    [Fact]
    public void SinAnioEnElTitulo_ElBloqueNoSeImporta()
    {
        var r = Leer("sin-titulo-de-anio.txt");

        r.Planes.Should().BeEmpty();
        r.Diagnosticos.Should().ContainSingle().Which.Codigo.Should().Be("POA105");
    }

    [Theory]
    [InlineData("vacio.txt", "POA100")]
    [InlineData("solo-espacios.txt", "POA100")]
    [InlineData("binario.xlsx", "POA101")]
    [InlineData("latin1.txt", "POA102")]
    [InlineData("sin-poa.txt", "POA103")]
    public void ArchivoInutil_UnErrorYNingunPlan(string archivo, string codigo)
    {
        var r = Leer(archivo);

        r.Planes.Should().BeEmpty();
        r.Diagnosticos.Should().ContainSingle().Which.Codigo.Should().Be(codigo);
        r.TieneErrores.Should().BeTrue();
        r.Diagnosticos[0].Ubicacion.Archivo.Should().Be(archivo);
    }

    [Fact]
    public void Utf16ConMarca_SeLee()
    {
        Leer("utf16.txt").Planes.Should().Equal(Leer("limpio.txt").Planes);
    }

    [Fact]
    public void TextoConNulos_EsBinario()
    {
        var r = ImportadorDePoa.Importar("Programa Operativo Anual 2023\0\0\0");

        Codigos(r).Should().Equal("POA101");
    }

    private static IEnumerable<(string, Severidad, int?, int?, string?, int?, string)> Comparables(ResultadoDeImportacion r)
        => r.Diagnosticos.Select(d => (d.Codigo, d.Severidad, d.Ubicacion.Linea, d.Ubicacion.Columna, d.Ubicacion.UnidadResponsable, d.Ubicacion.Actividad, d.Mensaje));

    [Theory]
    [InlineData("limpio.txt", "limpio.csv", false)]
    [InlineData("encabezado-una-fila.txt", "encabezado-una-fila.csv", false)]
    [InlineData("encabezado-dos-filas-b.txt", "encabezado-dos-filas-b.csv", false)]
    [InlineData("tabla-23-columnas.txt", "tabla-23-columnas.csv", false)]
    [InlineData("celda-13.txt", "celda-13.csv", false)]
    [InlineData("celda-13.txt", "celda-13.csv", true)]
    [InlineData("umbrales-sin-espacios.txt", "umbrales-sin-espacios.csv", false)]
    [InlineData("porcentual.txt", "porcentual.csv", false)]
    [InlineData("firmas-sin-titulo.txt", "firmas-sin-titulo.csv", false)]
    [InlineData("comillas.txt", "comillas.csv", false)]
    [InlineData("limpio.txt", "salto-de-linea.csv", false)]
    public void GemeloCsv_LosMismosPlanesYDiagnosticosQueElTabulado(string tabulado, string csv, bool diciembre)
    {
        var opciones = diciembre ? Diciembre : null;
        var t = Leer(tabulado, opciones);
        var c = Leer(csv, opciones);

        t.Formato.Should().Be(FormatoTabular.Tabulado);
        c.Formato.Should().Be(FormatoTabular.Csv);
        t.Planes.Should().NotBeEmpty();
        c.Planes.Should().Equal(t.Planes);
        c.Planes.SelectMany(p => p.Firmantes).Should().Equal(t.Planes.SelectMany(p => p.Firmantes));
        Comparables(c).Should().Equal(Comparables(t));
    }

    [Fact]
    public void GemeloCsv_LasComillasYElSaltoDeLineaSeLeenDentroDeLaCelda()
    {
        Leer("comillas.csv").Planes[0].BuscarActividad(4)!.Descripcion.Should().Be("Dar atención a solicitudes \"urgentes\", de soluciones digitales");
        File.ReadAllLines(Ruta("salto-de-linea.csv")).Should().HaveCount(File.ReadAllLines(Ruta("limpio.csv")).Length + 1);
        Leer("salto-de-linea.csv").Planes[0].BuscarActividad(5)!.MediosDeVerificacion.Should().Be("Reportes generados");
    }

    [Fact]
    public void CsvConComillaSinCerrar_SeReporta()
    {
        var csv = File.ReadAllText(Ruta("poa-2023.csv")) + "\"sin cerrar,1,2\r\n";

        var r = ImportadorDePoa.Importar(csv, new OpcionesDeImportacion { Formato = FormatoTabular.Csv });

        Codigos(r).Should().Contain("POA122");
    }

    [Fact]
    public void CsvConComillasYSaltosDentroDeUnaCelda_SeLeenComoUnaCelda()
    {
        var tsv = File.ReadAllText(Ruta("limpio.txt"));
        var csv = string.Join("\r\n", tsv.Split('\n').Select(l => string.Join(",", l.Split('\t').Select(c => c.Contains(',') || c.Contains('"') ? "\"" + c.Replace("\"", "\"\"") + "\"" : c))));
        csv = csv.Replace("Oficios de contestación", "\"Oficios de \"\"contestación\"\"\nfirmados\"");

        var r = ImportadorDePoa.Importar(csv);

        r.Formato.Should().Be(FormatoTabular.Csv);
        r.Diagnosticos.Should().BeEmpty();
        r.Planes[0].Actividades[0].MediosDeVerificacion.Should().Be("Oficios de \"contestación\" firmados");
        r.Planes[0].Actividades[1].Descripcion.Should().StartWith("Desarrollar");
    }

    [Fact]
    public void ValidarFalso_SoloDiagnosticosDeImportacion()
    {
        var r = Leer("poa-2023.txt", new OpcionesDeImportacion { Validar = false });

        Codigos(r).Should().NotContain("POA001");
    }

    [Fact]
    public void LectorDeTexto_IgualQueTexto()
    {
        var texto = File.ReadAllText(Ruta("poa-2023.txt"));
        using var lector = new StringReader(texto);

        ImportadorDePoa.Importar(lector).Planes.Should().Equal(ImportadorDePoa.Importar(texto).Planes);
    }

    [Fact]
    public void SinDependerDeLaCultura()
    {
        var texto = File.ReadAllText(Ruta("poa-2023.txt"));
        var invariante = ImportadorDePoa.Importar(texto, Diciembre);
        using (new CulturaActual("de-DE"))
        {
            var aleman = ImportadorDePoa.Importar(texto, Diciembre);
            aleman.Planes.Should().Equal(invariante.Planes);
            aleman.Diagnosticos.Should().Equal(invariante.Diagnosticos);
        }
    }

    [Fact]
    public void ErroresDeProgramacion_Lanzan()
    {
        FluentActions.Invoking(() => ImportadorDePoa.Importar((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ImportadorDePoa.Importar((Stream)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ImportadorDePoa.Importar("x", new OpcionesDeImportacion { CeldasExtra = (PoliticaDeCeldasExtra)9 }))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void VariosBloquesGenerados_NuncaLanza()
    {
        // Every prefix of the seed (a file cut anywhere) imports without throwing, and every plan validates.
        var texto = File.ReadAllText(Ruta("poa-2023.txt"));
        for (var corte = 0; corte < texto.Length; corte += 97)
        {
            var r = ImportadorDePoa.Importar(texto.Substring(0, corte));
            r.Diagnosticos.Should().OnlyContain(d => d.Ubicacion.Linea >= 1);
        }
    }

    [Fact]
    public void GeneradoDeDiezMilActividades_TodasSeImportan()
    {
        var texto = GeneradorDePoa.Generar(10_000);

        var r = ImportadorDePoa.Importar(texto);

        r.Actividades.Should().Be(10_000);
        r.Diagnosticos.Should().BeEmpty();
    }
    // ----- Semicolon-separated CSV (FormatoTabular.CsvPuntoYComa) and decimal separators -----

    [Theory]
    [InlineData("poa-2023.txt", FormatoTabular.Tabulado)]
    [InlineData("poa-2023.csv", FormatoTabular.Csv)]
    [InlineData("limpio.csv", FormatoTabular.Csv)]
    [InlineData("poa-2023-punto-y-coma.csv", FormatoTabular.CsvPuntoYComa)]
    [InlineData("limpio-punto-y-coma.csv", FormatoTabular.CsvPuntoYComa)]
    [InlineData("miles-ambiguos-punto-y-coma.csv", FormatoTabular.CsvPuntoYComa)]
    public void Automatico_ArchivosDePrueba_DetectaElSeparador(string archivo, FormatoTabular formato)
    {
        Leer(archivo).Formato.Should().Be(formato);
    }

    [Fact]
    public void Automatico_ElSeedEnPuntoYComaTieneComasEnSusCeldas_DecideElEncabezado()
    {
        var texto = File.ReadAllText(Ruta("poa-2023-punto-y-coma.csv"));
        var comas = texto.Count(c => c == ',');
        var puntosYComa = texto.Count(c => c == ';');

        comas.Should().BeGreaterThan(0, "las descripciones del seed tienen comas sin comillas en el formato «;»");
        DetectorDeFormato.Detectar(texto).Should().Be(FormatoTabular.CsvPuntoYComa);
        DetectorDeFormato.Detectar(texto.Substring(0, texto.IndexOf("No.;", StringComparison.Ordinal))).Should()
            .Be(puntosYComa > comas ? FormatoTabular.CsvPuntoYComa : FormatoTabular.Csv, "sin encabezado decide la frecuencia");
    }

    [Theory]
    [InlineData("a;b;c\n1;2;3\n", FormatoTabular.CsvPuntoYComa)]
    [InlineData("a,b,c\n1,2,3\n", FormatoTabular.Csv)]
    [InlineData("a\tb;c,d\n", FormatoTabular.Tabulado)]
    [InlineData("Programa Operativo Anual 2023\nsin separadores\n", FormatoTabular.Tabulado)]
    [InlineData("No.,Actividad;x;y;z\n", FormatoTabular.Csv)]
    [InlineData("No.;Actividad,x,y,z\n", FormatoTabular.CsvPuntoYComa)]
    [InlineData("uno;dos,tres;cuatro\n", FormatoTabular.CsvPuntoYComa)]
    [InlineData("uno,dos;tres,cuatro\n", FormatoTabular.Csv)]
    [InlineData("uno,dos;tres\n", FormatoTabular.Csv)]
    public void Automatico_TabComaPuntoYComaAmbosONinguno_LaReglaDocumentada(string texto, FormatoTabular formato)
    {
        DetectorDeFormato.Detectar(texto).Should().Be(formato);
        ImportadorDePoa.Importar(texto).Formato.Should().Be(formato);
    }

    [Fact]
    public void Automatico_CsvConComaYPuntoYComaEnUnaCelda_SigueSiendoCsv()
    {
        var csv = File.ReadAllText(Ruta("limpio.csv")).Replace("Oficios de contestación", "Oficios; contestación; acuses; sellos");

        var r = ImportadorDePoa.Importar(csv);

        r.Formato.Should().Be(FormatoTabular.Csv);
        r.Diagnosticos.Should().BeEmpty();
        r.Planes[0].Actividades[0].MediosDeVerificacion.Should().Be("Oficios; contestación; acuses; sellos");
    }

    [Theory]
    [InlineData("poa-2023.txt", "poa-2023-punto-y-coma.csv", false)]
    [InlineData("poa-2023.txt", "poa-2023-punto-y-coma.csv", true)]
    [InlineData("limpio.txt", "limpio-punto-y-coma.csv", false)]
    [InlineData("celda-13.txt", "celda-13-punto-y-coma.csv", false)]
    [InlineData("celda-13.txt", "celda-13-punto-y-coma.csv", true)]
    [InlineData("decimales.txt", "decimales-punto-y-coma.csv", false)]
    public void GemeloPuntoYComa_LosMismosPlanesYDiagnosticosQueElTabulado(string tabulado, string csv, bool diciembre)
    {
        var opciones = diciembre ? Diciembre : null;
        var t = Leer(tabulado, opciones);
        var c = Leer(csv, opciones);

        c.Formato.Should().Be(FormatoTabular.CsvPuntoYComa);
        t.Planes.Should().NotBeEmpty();
        c.Planes.Should().Equal(t.Planes);
        c.Planes.SelectMany(p => p.Firmantes).Should().Equal(t.Planes.SelectMany(p => p.Firmantes));
        Comparables(c).Select(x => (x.Item1, x.Item2, x.Item3, x.Item5, x.Item6)).Should().Equal(Comparables(t).Select(x => (x.Item1, x.Item2, x.Item3, x.Item5, x.Item6)));
        c.Diagnosticos.Select(d => d.Mensaje).Should().Equal(t.Diagnosticos.Select(d => d.Mensaje.Replace(Path.GetFileName(tabulado), csv)));
    }

    [Fact]
    public void SeedEnPuntoYComa_ConPoliticaDiciembre_IgualALosPlanesCurados()
    {
        var r = Leer("poa-2023-punto-y-coma.csv", Diciembre);

        r.Formato.Should().Be(FormatoTabular.CsvPuntoYComa);
        r.Planes.Should().Equal(PlanesDelSeed.Todos);
    }

    [Fact]
    public void ComaDecimal_EnPuntoYComa_SeLeeEnMesesYUmbrales()
    {
        var r = Leer("decimales-punto-y-coma.csv");

        // 99.5% in January and 100% the rest against a meta of 100%: only the rates' warning (POA022).
        r.Diagnosticos.Select(d => d.Codigo).Should().Equal("POA022");
        var actividad = r.Planes[0].BuscarActividad(2)!;
        actividad.Calendarizacion[1].Should().Be(99.5m);
        actividad.Semaforizacion.Should().Be(Semaforizacion.Parse("> = 80.5%", "< 80.5% & > 50%", "< = 50%"));
    }

    [Fact]
    public void RangosEnteros_SeAjustanConUnaInformacionPorBloqueEnLaCeldaVerde()
    {
        var tsv = File.ReadAllText(Ruta("decimales.txt"))
            .Replace("> = 80.5%\t< 80.5% & > 50%\t< = 50%", "80% a 100%\t51% a 79%\t0% a 50%")
            .Replace("> = 80%\t< 80% & > 50%\t< = 50%", "80% a 100%\t51% a 79%\t0% a 50%");

        var r = ImportadorDePoa.Importar(tsv, new OpcionesDeImportacion { Archivo = "poa.txt" });

        var d = r.Diagnosticos.Should().ContainSingle(x => x.Codigo == "POA124").Which;
        d.Severidad.Should().Be(Severidad.Informacion);
        d.Ubicacion.Linea.Should().Be(12);
        d.Ubicacion.Actividad.Should().Be(1);
        d.Ubicacion.Columna.Should().Be(tsv.Split('\n')[11].IndexOf("80% a 100%", StringComparison.Ordinal) + 1);
        d.Mensaje.Should().Contain("«80% a 100%», «51% a 79%», «0% a 50%»").And.Contain(Semaforizacion.Parse("80% a 100%", "51% a 79%", "0% a 50%").ToString());
        r.Actividades.Should().Be(7);
        r.Planes[0].Actividades.Should().OnlyContain(a => a.Semaforizacion.Clasificar(50.5m) == Color.Rojo && a.Semaforizacion.Clasificar(79.5m) == Color.Amarillo);
    }

    [Fact]
    public void RangosSinHuecos_NoDicenNada()
        => Codigos(Leer("decimales.txt")).Should().NotContain("POA124");

    [Fact]
    public void ComaDecimal_EnTabuladoYCsv_NoSeAceptaEnUnUmbral()
    {
        var tsv = File.ReadAllText(Ruta("decimales.txt")).Replace("80.5%", "80,5%");

        var r = ImportadorDePoa.Importar(tsv);

        var d = r.Diagnosticos.Should().ContainSingle().Which;
        d.Codigo.Should().Be("POA008");
        d.Ubicacion.Linea.Should().Be(13);
        d.Ubicacion.Actividad.Should().Be(2);
        d.Mensaje.Should().Contain("«> = 80,5%»").And.Contain("separador de miles");
        r.Actividades.Should().Be(6);
    }

    [Fact]
    public void PuntoDecimal_EnPuntoYComa_NoSeAceptaEnUnUmbral()
    {
        var csv = File.ReadAllText(Ruta("decimales-punto-y-coma.csv")).Replace("80,5%", "80.5%");

        var r = ImportadorDePoa.Importar(csv);

        r.Formato.Should().Be(FormatoTabular.CsvPuntoYComa);
        var d = r.Diagnosticos.Should().ContainSingle().Which;
        d.Codigo.Should().Be("POA008");
        d.Ubicacion.Linea.Should().Be(13);
        d.Mensaje.Should().Contain("«> = 80.5%»").And.Contain("el separador decimal es la coma");
        r.Actividades.Should().Be(6);
    }

    [Fact]
    public void PuntoDecimal_EnPuntoYComa_NoSeAceptaEnUnMes()
    {
        var csv = File.ReadAllText(Ruta("decimales-punto-y-coma.csv")).Replace("99,5%", "99.5%");

        var r = ImportadorDePoa.Importar(csv);

        var d = r.Diagnosticos.Should().ContainSingle().Which;
        d.Codigo.Should().Be("POA114");
        d.Mensaje.Should().Contain("«99.5%»").And.Contain("el separador decimal es la coma");
    }

    [Theory]
    [InlineData("miles-ambiguos.csv", "\"1,500\"", "«1,500»", "La coma no se acepta en un número")]
    [InlineData("miles-ambiguos-punto-y-coma.csv", "1.500", "«1.500»", "el separador decimal es la coma; el punto no se acepta")]
    public void MilesAmbiguos_NuncaSeLeenComo1Punto5Ni1500_DiagnosticoConLineaColumnaYMotivo(string archivo, string celda, string citado, string motivo)
    {
        var r = Leer(archivo);
        var lineas = File.ReadAllText(Ruta(archivo)).Split(["\r\n"], StringSplitOptions.None);

        r.Diagnosticos.Select(d => (d.Codigo, d.Ubicacion.Linea, d.Ubicacion.Actividad)).Should().Equal(("POA114", 17, 6), ("POA116", 18, 7));
        foreach (var d in r.Diagnosticos)
        {
            d.Severidad.Should().Be(Severidad.Error);
            d.Ubicacion.Archivo.Should().Be(archivo);
            lineas[d.Ubicacion.Linea!.Value - 1].Substring(d.Ubicacion.Columna!.Value - 1).Should().StartWith(celda, "la columna apunta a la celda");
            d.Mensaje.Should().Contain(citado).And.Contain(motivo).And.Contain("separador de miles");
        }

        r.Diagnosticos[0].Mensaje.Should().Contain("marzo (Mes 03)");
        r.Actividades.Should().Be(5, "las dos filas con «1,500» o «1.500» no se importan");
        r.Planes[0].Actividades.Select(a => a.Meta.Cantidad).Should().NotContain([1.5m, 1500m]);
    }

    [Theory]
    [InlineData("1,500")]
    [InlineData("0,5")]
    public void ComaEnUnNumero_EnTabulado_SeRechaza(string valor)
    {
        var tsv = File.ReadAllText(Ruta("limpio.txt"));
        var lineas = tsv.Split('\n');
        var i = Array.FindIndex(lineas, l => l.StartsWith("6\t", StringComparison.Ordinal));
        var celdas = lineas[i].Split('\t');
        celdas[13] = valor;
        lineas[i] = string.Join("\t", celdas);

        var r = ImportadorDePoa.Importar(string.Join("\n", lineas));

        var d = r.Diagnosticos.Should().ContainSingle().Which;
        d.Codigo.Should().Be("POA114");
        d.Mensaje.Should().Contain($"«{valor}»").And.Contain("La coma no se acepta en un número");
    }

    [Fact]
    public void FormatoExplicito_CsvPuntoYComa_SeRespeta()
    {
        var r = Leer("limpio-punto-y-coma.csv", new OpcionesDeImportacion { Formato = FormatoTabular.CsvPuntoYComa });

        r.Formato.Should().Be(FormatoTabular.CsvPuntoYComa);
        r.Diagnosticos.Should().BeEmpty();
        r.Planes.Should().Equal(Leer("limpio.txt").Planes);
    }
}
