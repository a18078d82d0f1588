using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Poa.Domain.Importacion;
using static Poa.Domain.Excel.Tests.Libros;

namespace Poa.Domain.Excel.Tests;

/// <summary>Each item of domain.md §8 in a generated workbook, alone and combined, and the bad inputs.</summary>
public partial class LibroDePoaTests
{
    private static readonly string[] MesesCortos = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];

    /// <summary>
    /// A POA block as offices keep it: title block with <c>Unidad Responsable: …</c> in one cell, a two-row header (groups over
    /// sub-columns), month headers <c>Ene</c>..<c>Dic</c>, an <c>Observaciones</c> and a <c>Total</c> column after the months, signatures
    /// side by side. <paramref name="actividades"/> are the rows after the header (No., Actividad, …, 12 months, Observaciones, Total).
    /// </summary>
    private static List<object?[]> Bloque(string unidad, params object?[][] actividades)
    {
        var filas = new List<object?[]>
        {
            new object?[] { "MUNICIPIO DE MONTERREY" },
            new object?[] { "Programa Operativo Anual 2025" },
            new object?[] { "Información General" },
            new object?[] { "Dependencia", null, "Secretaría de Obras Públicas" },
            new object?[] { "Unidad Responsable: " + unidad },
            new object?[] { "No.", "Actividad", "Alineación al Plan Municipal de Desarrollo", null, "Programa Presupuestario", "Meta anual", "Unidad de medida", "Semaforización", null, null, "Medios de verificación", "Calendarización de actividades" },
        };
        filas.Add([null, null, "Eje Rector", "Objetivo Estratégico", null, null, null, "Aceptable (verde)", "En progreso (amarillo)", "En riesgo (rojo)", null, .. MesesCortos, "Observaciones", "Total"]);
        filas.AddRange(actividades);
        filas.Add([]);
        filas.Add(["Ing. Ana Pérez", null, null, "Lic. Luis Gómez"]);
        filas.Add(["Directora de Alumbrado", null, null, "Secretario de Obras"]);
        filas.Add([]);
        return filas;
    }

    private static object?[] Actividad(int numero, object? meta, string unidad, object?[] meses, object? total = null)
        => [numero, "Mantener luminarias " + numero, "IV. Ciudad sostenible", "4.1 Servicios públicos", "Alumbrado Público", meta, unidad,
            "> = 80%", "< 80% & > 50%", "< = 50%", "Bitácoras", .. meses, "sin comentario", total];

    private static object?[] Meses(params (int Mes, object Valor)[] valores)
    {
        var meses = new object?[12];
        foreach (var (mes, valor) in valores)
        {
            meses[mes - 1] = valor;
        }

        return meses;
    }

    [Fact]
    public async Task Libro_TodoLoDeLaSeccion8Combinado_DosPlanesConSusValores()
    {
        var libro = await CrearAsync(
            new Hoja("Instrucciones", [["Llene una hoja por unidad responsable."]]),
            new Hoja("Alumbrado",
            [
                .. Bloque("Alumbrado",
                    Actividad(1, 420, "Luminarias", Meses((1, 100), (4, " 220 "), (12, new Formula("50+50", 100))), total: new Formula("SUM(L8:W8)", 420)),
                    Actividad(2, new Porcentaje(0.9), "Porcentaje", Meses((6, new Porcentaje(0.9)), (12, "90%")))),
                .. Bloque("Parques", Actividad(1, 12, "Parques", Meses((3, 6), (9, 6)), total: 13)),
            ], ColumnaOculta: 26),
            new Hoja("Versión anterior", [["Programa Operativo Anual 2024"]], Oculta: true));

        var r = LibroDePoa.Importar(libro, new OpcionesDeLibro { Archivo = "obras.xlsx" });

        r.Planes.Select(p => p.UnidadResponsable.Nombre).Should().Equal("Alumbrado", "Parques");
        var alumbrado = r.Planes[0];
        alumbrado.Dependencia.Nombre.Should().Be("Secretaría de Obras Públicas");
        alumbrado.Firmantes.Select(f => (f.Titulo, f.Nombre, f.Cargo)).Should().Equal(
            ("Ing.", "Ana Pérez", "Directora de Alumbrado"), ("Lic.", "Luis Gómez", "Secretario de Obras"));
        var uno = alumbrado.BuscarActividad(1)!;
        uno.Calendarizacion[1].Should().Be(100m);
        uno.Calendarizacion[4].Should().Be(220m, "un número escrito como texto, con espacios");
        uno.Calendarizacion[12].Should().Be(100m, "una fórmula cuenta por su valor guardado");
        var dos = alumbrado.BuscarActividad(2)!;
        dos.Meta.Cantidad.Should().Be(90m, "una celda con formato de porcentaje guarda 0.9 y significa 90");
        dos.Calendarizacion[6].Should().Be(90m);
        dos.Calendarizacion[12].Should().Be(90m);
        var codigos = r.Diagnosticos.Select(d => (d.Codigo, d.Ubicacion.Hoja)).ToList();
        codigos.Should().Contain(("POA147", "Instrucciones"));
        codigos.Should().Contain(("POA149", "Versión anterior"));
        codigos.Should().Contain(("POA142", "Alumbrado"), "Observaciones se informa una vez por tabla");
        var total = r.Diagnosticos.Should().ContainSingle(d => d.Codigo == "POA141").Which;
        total.Ubicacion.UnidadResponsable.Should().Be("Parques");
        total.Ubicacion.ToString().Should().StartWith("[obras.xlsx]Alumbrado!Y");
        r.Errores.Should().Be(0, string.Join("\n", r.Diagnosticos));
    }

    [Theory]
    [InlineData("Mes 01", "Mes 12")]
    [InlineData("Enero", "Diciembre")]
    [InlineData("ENE.", "dic")]
    public async Task Libro_EncabezadosDeMesEnCadaForma_ElMismoCalendario(string enero, string diciembre)
    {
        var filas = Bloque("Alumbrado", Actividad(1, 2, "Informes", Meses((1, 1), (12, 1)), total: 2));
        filas[6][11] = enero;
        filas[6][22] = diciembre;

        var r = LibroDePoa.Importar(await CrearAsync(new Hoja("POA", filas)));

        r.Planes.Should().ContainSingle().Which.BuscarActividad(1)!.Calendarizacion.Should().Be(Calendarizacion.De(enero: 1, diciembre: 1));
    }

    [Fact]
    public async Task Libro_EncabezadosTrimestrales_PlanTrimestral()
    {
        var filas = Bloque("Alumbrado", [1, "Informar", "IV. Ciudad sostenible", "4.1 Servicios públicos", "Alumbrado Público", 4, "Informes",
            "> = 80%", "< 80% & > 50%", "< = 50%", "Informes", 1, 1, 1, 1]);
        filas[6] = [null, null, "Eje Rector", "Objetivo Estratégico", null, null, null, "Aceptable (verde)", "En progreso (amarillo)", "En riesgo (rojo)", null, "Trimestre 1", "Trimestre 2", "Trimestre 3", "Trimestre 4"];

        var r = LibroDePoa.Importar(await CrearAsync(new Hoja("POA", filas)));

        var actividad = r.Planes.Should().ContainSingle().Which.BuscarActividad(1)!;
        actividad.Frecuencia.Should().Be(Frecuencia.Trimestral);
        actividad.Calendarizacion.Should().Be(Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1));
    }

    [Fact]
    public async Task Libro_ColumnasOpcionalesDespuesDelTotal_SeLeenPorSuEncabezado()
    {
        var filas = Bloque("Alumbrado", [.. Actividad(1, new Porcentaje(0.8), "Porcentaje", Meses((6, new Porcentaje(0.8)), (12, new Porcentaje(0.8)))),
            "Promedio", "Semestral", 75, 2024, 2.5]);
        filas[6] = [.. filas[6], "Tipo de acumulación", "Frecuencia", "Línea base", "Año línea base", "Peso"];

        var r = LibroDePoa.Importar(await CrearAsync(new Hoja("POA", filas)));

        var actividad = r.Planes.Should().ContainSingle().Which.BuscarActividad(1)!;
        actividad.Acumulacion.Should().Be(TipoDeAcumulacion.Promedio);
        actividad.Frecuencia.Should().Be(Frecuencia.Semestral);
        actividad.LineaBase.Should().Be(LineaBase.Create(75m, 2024));
        actividad.Peso.Should().Be(2.5m);
        actividad.Meta.Cantidad.Should().Be(80m);
    }

    [Fact]
    public void Libro_CeldaConValorDeError_POA148EnLaCelda()
    {
        var bytes = LibroCrudo.Crear("Alumbrado", LibroCrudo.Fila(1, LibroCrudo.Texto("A1", "Notas"), "<c r=\"C1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>")
            + LibroCrudo.Fila(2, "<c r=\"B2\" t=\"e\"><v>#N/A</v></c>"));

        var r = LibroDePoa.Importar(bytes, new OpcionesDeLibro { Archivo = "a.xlsx" });

        r.Diagnosticos.Where(d => d.Codigo == "POA148").Select(d => d.Ubicacion.Celda).Should().Equal("C1", "B2");
        r.Diagnosticos.First(d => d.Codigo == "POA148").Mensaje.Should().Contain("«#DIV/0!»");
    }

    [Fact]
    public void Libro_FormulaSinValorGuardado_POA148ConLaFormula()
    {
        var bytes = LibroCrudo.Crear("Alumbrado", LibroCrudo.Fila(3, "<c r=\"D3\"><f>SUM(A1:A2)</f></c>", "<c r=\"E3\"><f>1+1</f><v>2</v></c>"));

        var r = LibroDePoa.Importar(bytes);

        var d = r.Diagnosticos.Should().ContainSingle(x => x.Codigo == "POA148").Which;
        d.Ubicacion.Celda.Should().Be("D3");
        d.Mensaje.Should().Contain("«=SUM(A1:A2)»");
    }

    [Fact]
    public async Task Libro_MesConValorDeError_LaActividadNoSeImporta()
    {
        var filas = Bloque("Alumbrado", Actividad(1, 2, "Informes", Meses((1, 1), (2, "#DIV/0!"), (12, 1))));

        var r = LibroDePoa.Importar(await CrearAsync(new Hoja("POA", filas)));

        r.Diagnosticos.Select(d => (d.Codigo, d.Ubicacion.Celda)).Should().Contain([("POA148", "M8"), ("POA114", "M8")]);
        r.Actividades.Should().Be(0);
    }

    /// <summary>
    /// An encrypted workbook as Office saves it: an OLE compound file (version 3, 512-byte sectors) with the streams
    /// <c>EncryptionInfo</c> (Standard Encryption 4.2, AES-128, SHA-1, a verifier that no password opens) and <c>EncryptedPackage</c>.
    /// Both streams are 4,096 bytes, so they live in regular sectors: one FAT sector, one directory sector, no mini stream.
    /// </summary>
    private static byte[] LibroCifrado()
    {
        const uint Libre = 0xFFFFFFFF, FinDeCadena = 0xFFFFFFFE, SectorDeFat = 0xFFFFFFFD;
        var bytes = new byte[512 * 19];
        var cabecera = bytes.AsSpan(0, 512);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(cabecera);
        void U16(Span<byte> s, int i, ushort v) => BitConverter.TryWriteBytes(s.Slice(i), v);
        void U32(Span<byte> s, int i, uint v) => BitConverter.TryWriteBytes(s.Slice(i), v);
        U16(cabecera, 24, 0x3E); U16(cabecera, 26, 3); U16(cabecera, 28, 0xFFFE); U16(cabecera, 30, 9); U16(cabecera, 32, 6);
        U32(cabecera, 44, 1);           // FAT sectors
        U32(cabecera, 48, 1);           // first directory sector
        U32(cabecera, 56, 0x1000);      // mini stream cutoff
        U32(cabecera, 60, FinDeCadena); // no mini FAT
        U32(cabecera, 68, FinDeCadena); // no DIFAT sectors
        U32(cabecera, 76, 0);           // DIFAT[0]: the FAT is sector 0
        for (var i = 1; i < 109; i++)
        {
            U32(cabecera, 76 + (4 * i), Libre);
        }

        Span<byte> Sector(int n) => bytes.AsSpan(512 * (n + 1), 512);
        var fat = Sector(0);
        for (var i = 0; i < 128; i++)
        {
            U32(fat, 4 * i, Libre);
        }

        U32(fat, 0, SectorDeFat);
        U32(fat, 4, FinDeCadena);
        for (var s = 2; s <= 17; s++)
        {
            U32(fat, 4 * s, s is 9 or 17 ? FinDeCadena : (uint)(s + 1));
        }

        void Entrada(int i, string nombre, byte tipo, uint derecha, uint hijo, uint inicio, uint tamano)
        {
            var e = bytes.AsSpan((512 * 2) + (128 * i), 128);
            System.Text.Encoding.Unicode.GetBytes(nombre).CopyTo(e);
            U16(e, 64, (ushort)((nombre.Length + 1) * 2));
            e[66] = tipo;
            e[67] = 1;
            U32(e, 68, Libre);
            U32(e, 72, derecha);
            U32(e, 76, hijo);
            U32(e, 116, inicio);
            U32(e, 120, tamano);
        }

        Entrada(0, "Root Entry", 5, Libre, 1, FinDeCadena, 0);
        Entrada(1, "EncryptionInfo", 2, 2, Libre, 2, 4096);
        Entrada(2, "EncryptedPackage", 2, Libre, Libre, 10, 4096);
        var vacia = bytes.AsSpan((512 * 2) + 384, 128);
        U32(vacia, 68, Libre);
        U32(vacia, 72, Libre);
        U32(vacia, 76, Libre);

        var info = bytes.AsSpan(512 * 3, 4096);
        U16(info, 0, 4); U16(info, 2, 2);  // Standard Encryption
        U32(info, 4, 0x24);                 // fCryptoAPI | fAES
        U32(info, 8, 34);                   // header size: 32 + an empty CSP name
        U32(info, 12, 0x24);
        U32(info, 20, 0x660E);              // AES-128
        U32(info, 24, 0x8004);              // SHA-1
        U32(info, 28, 128);
        U32(info, 32, 0x18);
        U32(info, 46, 16);                  // salt size; salt, verifier and verifier hash stay zero
        U32(info, 46 + 4 + 16 + 16, 20);
        return bytes;
    }

    [Fact]
    public void Libro_ProtegidoConContrasena_POA145()
    {
        var r = LibroDePoa.Importar(LibroCifrado(), new OpcionesDeLibro { Archivo = "cifrado.xlsx" });

        var d = r.Diagnosticos.Should().ContainSingle().Which;
        d.Codigo.Should().Be("POA145", d.Mensaje);
        d.Mensaje.Should().Contain("contraseña");
        r.Planes.Should().BeEmpty();
    }

    [Fact]
    public void Libro_ZipCorrompidoEnMedio_POA144()
    {
        var bytes = LibroCrudo.Crear("H", LibroCrudo.Fila(1, LibroCrudo.Texto("A1", "Programa Operativo Anual 2025")));
        for (var i = bytes.Length / 3; i < bytes.Length / 3 + 64; i++)
        {
            bytes[i] ^= 0x5A;
        }

        LibroDePoa.Importar(bytes).Diagnosticos.Should().ContainSingle().Which.Codigo.Should().Be("POA144");
    }

    [Fact]
    public async Task Libro_UnMillonDeFilas_SeLeeEnFlujoConMemoriaAcotada()
    {
        using var memoria = new MemoryStream();
        await using (var hoja = await SpreadCheetah.Spreadsheet.CreateNewAsync(memoria))
        {
            await hoja.StartWorksheetAsync("Datos");
            var fila = new[] { new SpreadCheetah.Cell(" ") };
            for (var i = 0; i < 1_000_000; i++)
            {
                await hoja.AddRowAsync(fila);
            }

            await hoja.FinishAsync();
        }

        var bytes = memoria.ToArray();
        GC.Collect();
        var antes = GC.GetTotalMemory(forceFullCollection: true);
        long maximo = 0;
        using var muestreo = new Timer(_ => Interlocked.Exchange(ref maximo, Math.Max(Interlocked.Read(ref maximo), GC.GetTotalMemory(false))), null, 0, 20);
        var reloj = Stopwatch.StartNew();

        var r = LibroDePoa.Importar(bytes);

        reloj.Stop();
        r.Diagnosticos.Select(d => d.Codigo).Should().Equal("POA147", "POA100"); // cells of spaces are empty
        reloj.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
        (Interlocked.Read(ref maximo) - antes).Should().BeLessThan(200L * 1024 * 1024, "la hoja se lee fila por fila, nunca entera en memoria");
    }
}
