using Poa.Domain.Importacion;

namespace Poa.Domain.Tests.Importacion;

/// <summary>The layout recogniser: columns by header text (month names, quarters, optional and extra columns).</summary>
public class EncabezadoTests
{
    private const string Inicio = "Programa Operativo Anual 2024\nDependencia\tSecretaría de Obras\nUnidad responsable\tAlumbrado\n";
    private const string Fijas = "No.\tActividad\tEje Rector\tObjetivo Estratégico\tPrograma Presupuestario\tMeta anual\tUnidad de medida\tAceptable (verde)\tEn progreso (amarillo)\tEn riesgo (rojo)\tMedios de verificación";
    private const string Datos = "1\tReparar luminarias\tV. Ciudad abierta\t5.1 Monterrey abierto e inteligente\tAlumbrado\t{0}\tLuminarias\t>= 80%\t< 80% y > 50%\t<= 50%\tBitácora";
    private const string Firmas = "\n\nIng. Ana Pérez\tLic. Juan López\nDirectora de Alumbrado\tSecretario de Obras\n";

    private static ResultadoDeImportacion Importar(string texto) => ImportadorDePoa.Importar(texto);

    [Theory]
    [InlineData("Enero\tFebrero\tMarzo\tAbril\tMayo\tJunio\tJulio\tAgosto\tSeptiembre\tOctubre\tNoviembre\tDiciembre")]
    [InlineData("ENE\tFEB\tMAR\tABR\tMAY\tJUN\tJUL\tAGO\tSEP\tOCT\tNOV\tDIC")]
    [InlineData("ene.\tfeb.\tmar.\tabr.\tmay.\tjun.\tjul.\tago.\tsept.\toct.\tnov.\tdic.")]
    public void NombresDeMes_CualquierForma_LeenLaCalendarizacion(string meses)
    {
        var r = Importar(Inicio + Fijas + "\t" + meses + "\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Datos, 12) + "\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1" + Firmas);

        r.Diagnosticos.Where(d => d.Severidad != Severidad.Informacion).Should().BeEmpty();
        r.Planes.Single().Actividades.Single().Calendarizacion.Total.Should().Be(12);
    }

    [Theory]
    [InlineData("Trimestre 1\tTrimestre 2\tTrimestre 3\tTrimestre 4")]
    [InlineData("1er. Trimestre\t2do. Trimestre\t3er. Trimestre\t4to. Trimestre")]
    [InlineData("T1\tT2\tT3\tT4")]
    [InlineData("Ene-Mar\tAbr-Jun\tJul-Sep\tOct-Dic")]
    public void EncabezadosDeTrimestre_ValoresEnLosMesesDeCierreYFrecuenciaTrimestral(string trimestres)
    {
        var r = Importar(Inicio + Fijas + "\t" + trimestres + "\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Datos, 10) + "\t1\t2\t3\t4" + Firmas);

        r.Diagnosticos.Where(d => d.Severidad != Severidad.Informacion).Should().BeEmpty();
        var actividad = r.Planes.Single().Actividades.Single();
        actividad.Frecuencia.Should().Be(Frecuencia.Trimestral);
        actividad.Calendarizacion.Should().Be(Calendarizacion.De(marzo: 1, junio: 2, septiembre: 3, diciembre: 4));
    }

    [Fact]
    public void TrimestresJuntoAMeses_SonSubtotalesNoLeidosYSeInformanUnaVez()
    {
        var meses = "Mes 01\tMes 02\tMes 03\tT1\tMes 04\tMes 05\tMes 06\tT2\tMes 07\tMes 08\tMes 09\tT3\tMes 10\tMes 11\tMes 12\tT4\tObservaciones";
        var r = Importar(Inicio + Fijas + "\t" + meses + "\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Datos, 4)
            + "\t\t\t1\t1\t\t\t1\t1\t\t\t1\t1\t\t\t1\t1\tnada" + Firmas);

        r.Planes.Single().Actividades.Single().Calendarizacion.Should().Be(Calendarizacion.De(marzo: 1, junio: 1, septiembre: 1, diciembre: 1));
        r.Diagnosticos.Select(d => d.Codigo).Should().Equal("POA142");
        r.Diagnosticos[0].Mensaje.Should().Contain("«Observaciones»").And.Contain("«Trimestre 4»");
    }

    [Fact]
    public void ColumnasOpcionales_TipoFrecuenciaLineaBaseYPeso_SeLeen()
    {
        var meses = "Mes 01\tMes 02\tMes 03\tMes 04\tMes 05\tMes 06\tMes 07\tMes 08\tMes 09\tMes 10\tMes 11\tMes 12";
        var r = Importar(Inicio + Fijas + "\tTipo de acumulación\tFrecuencia\tLínea base\tAño línea base\tPeso\tTotal\t" + meses + "\n"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Datos, 40) + "\tÚltimo valor\tSemestral\t12.5\t2023\t2\t70\t\t\t\t\t\t20\t\t\t\t\t\t40" + Firmas);

        r.Diagnosticos.Where(d => d.Severidad != Severidad.Informacion).Should().BeEmpty();
        var a = r.Planes.Single().Actividades.Single();
        a.Acumulacion.Should().Be(TipoDeAcumulacion.UltimoValor);
        a.Frecuencia.Should().Be(Frecuencia.Semestral);
        a.LineaBase.Should().Be(LineaBase.Create(12.5m, 2023));
        a.Peso.Should().Be(2m);
    }

    [Theory]
    [InlineData("Quincenal\t\t\t1", "Frecuencia")]
    [InlineData("Mensual\t5\t\t1", "Año línea base")]
    [InlineData("Mensual\t\t\t0", "Peso")]
    public void ColumnaOpcionalIlegible_POA140YLaActividadNoSeImporta(string celdas, string nombre)
    {
        var meses = "Mes 01\tMes 02\tMes 03\tMes 04\tMes 05\tMes 06\tMes 07\tMes 08\tMes 09\tMes 10\tMes 11\tMes 12";
        var r = Importar(Inicio + Fijas + "\tFrecuencia\tLínea base\tAño línea base\tPeso\t" + meses + "\n"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Datos, 1) + "\t" + celdas + "\t1" + Firmas);

        var d = r.Diagnosticos.Should().ContainSingle(x => x.Codigo == "POA140").Subject;
        d.Mensaje.Should().Contain("«" + nombre + "»");
        r.Actividades.Should().Be(0);
    }

    [Fact]
    public void TotalDistintoDeLosMeses_POA141()
    {
        var meses = "Mes 01\tMes 02\tMes 03\tMes 04\tMes 05\tMes 06\tMes 07\tMes 08\tMes 09\tMes 10\tMes 11\tMes 12\tTotal";
        var r = Importar(Inicio + Fijas + "\t" + meses + "\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Datos, 2)
            + "\t1\t1\t\t\t\t\t\t\t\t\t\t\t3" + Firmas);

        r.Diagnosticos.Select(d => d.Codigo).Should().Contain("POA141");
        r.Actividades.Should().Be(1);
    }

    [Fact]
    public void DatoGeneralConDosPuntosEnUnaCelda_YFirmasLadoALado_SeLeen()
    {
        var meses = "Mes 01\tMes 02\tMes 03\tMes 04\tMes 05\tMes 06\tMes 07\tMes 08\tMes 09\tMes 10\tMes 11\tMes 12";
        var texto = "MUNICIPIO DE MONTERREY\nPrograma Operativo Anual 2024\nDependencia: Secretaría de Obras\nUnidad Responsable: Alumbrado\n"
            + Fijas + "\t" + meses + "\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Datos, 1) + "\t1" + Firmas;

        var r = Importar(texto);

        r.Diagnosticos.Where(d => d.Severidad != Severidad.Informacion).Should().BeEmpty();
        var plan = r.Planes.Single();
        plan.Dependencia.Nombre.Should().Be("Secretaría de Obras");
        plan.UnidadResponsable.Nombre.Should().Be("Alumbrado");
        plan.Firmantes.Select(f => f.Cargo).Should().Equal("Directora de Alumbrado", "Secretario de Obras");
    }
}
