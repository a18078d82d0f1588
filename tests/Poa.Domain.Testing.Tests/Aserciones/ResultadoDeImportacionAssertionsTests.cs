using Poa.Domain.Importacion;
using Xunit.Sdk;

namespace Poa.Domain.Testing.Tests.Aserciones;

public class ResultadoDeImportacionAssertionsTests
{
    private static readonly string NL = Environment.NewLine;

    private static string Falla(Action act) => act.Should().Throw<XunitException>().Which.Message;

    private static string Archivo(string meta) => string.Join("\n",
        "Programa Operativo Anual 2023",
        "Dependencia\tSecretaría de Innovación y Gobierno Abierto",
        "Unidad responsable\tDirección de Mejora Regulatoria",
        "No.\tActividad\tEje Rector\tObjetivo Estratégico\tPrograma Presupuestario\tMeta anual\tUnidad de medida\tAceptable (verde)\tEn progreso (amarillo)\tEn riesgo (rojo)\tMedios de verificación\tMes 01\tMes 02\tMes 03\tMes 04\tMes 05\tMes 06\tMes 07\tMes 08\tMes 09\tMes 10\tMes 11\tMes 12",
        $"1\tElaborar el Programa de Mejora Regulatoria\tV. Ciudad abierta\t5.1 Monterrey abierto e inteligente\tMejora Regulatoria\t{meta}\tProgramas\t> = 80%\t< 80% & > 50%\t< = 50%\tPublicación\t1\t\t\t\t\t\t\t\t\t\t\t",
        "",
        "Lic. Dulce Alejandra Guerrero Cavazos",
        "Directora de Mejora Regulatoria");

    [Fact]
    public void UnArchivoLimpio_NoTieneErroresYTraeSuPlan()
    {
        var resultado = ImportadorDePoa.Importar(Archivo("1"));

        resultado.Should().NoTenerErrores().And.TenerPlanes(1)
            .And.TenerPlan("Dirección de Mejora Regulatoria").Which.Should().TenerActividad(1);
    }

    [Fact]
    public void UnaMetaIlegible_TieneErroresYSuDiagnosticoEnLaLinea()
    {
        var resultado = ImportadorDePoa.Importar(Archivo("uno"));

        resultado.Should().TenerErrores()
            .And.TenerDiagnosticoEnLinea("POA116", 5).Which.Should().SerError().And.EstarEnLinea(5).And.TenerMensajeQueContiene("«uno»");
        resultado.Should().TenerDiagnostico("POA009").Which.Should().EstarEnLinea(1);
    }

    [Fact]
    public void NoTenerErrores_ConUnError_FallaListandolo()
    {
        var resultado = ImportadorDePoa.Importar(Archivo("uno"));

        Falla(() => resultado.Should().NoTenerErrores())
            .Should().StartWith("Se esperaba que resultado no tuviera errores, pero tiene 2 errores:" + NL + "  - línea 1")
            .And.Contain(NL + "  - línea 5:119, plan «Dirección de Mejora Regulatoria», actividad 1: error POA116: «uno» no es una cantidad válida para la meta");
    }

    [Fact]
    public void TenerErrores_SinErrores_Falla()
    {
        var resultado = ImportadorDePoa.Importar(Archivo("1"));

        Falla(() => resultado.Should().TenerErrores()).Should().StartWith("Se esperaba que resultado tuviera errores, pero no tiene ninguno. Sus diagnósticos:");
    }

    [Fact]
    public void TenerPlanesYTenerPlan_Distintos_FallanNombrandoLosLeidos()
    {
        var resultado = ImportadorDePoa.Importar(Archivo("1"));

        Falla(() => resultado.Should().TenerPlanes(2))
            .Should().Be("Se esperaba que resultado tuviera 2 planes, pero tiene 1 plan:" + NL +
                         "  - POA 2023 · Dirección de Mejora Regulatoria (Secretaría de Innovación y Gobierno Abierto) · 1 actividades");
        Falla(() => resultado.Should().TenerPlan("Dirección de Enlace Municipal"))
            .Should().StartWith("Se esperaba que resultado tuviera el plan de «Dirección de Enlace Municipal», pero sus planes son:");
    }

    [Fact]
    public void TenerDiagnosticoEnLinea_OtraLinea_Falla()
    {
        var resultado = ImportadorDePoa.Importar(Archivo("uno"));
        const string codigo = "POA116";

        Falla(() => resultado.Should().TenerDiagnosticoEnLinea(codigo, 9))
            .Should().StartWith($"Se esperaba que resultado tuviera un diagnóstico {codigo} en la línea 9, pero sus diagnósticos son:");
        Falla(() => resultado.Should().NoTenerDiagnostico(codigo))
            .Should().StartWith($"Se esperaba que resultado no tuviera un diagnóstico {codigo}, pero tiene 1 diagnóstico {codigo}:");
    }
}

public class ResultadoDeImportacionDeAvancesAssertionsTests
{
    private static string Falla(Action act) => act.Should().Throw<XunitException>().Which.Message;

    [Fact]
    public void UnArchivoLimpio_LeeSusAvances()
    {
        Plan plan = Crear.UnPlan();
        var csv = "unidad_responsable,actividad,mes,realizado\nDirección de Gobierno Digital,1,2023-01,1\nDirección de Gobierno Digital,1,2023-02,1\n";

        var resultado = ImportadorDeAvances.Importar(csv, [plan]);

        resultado.Should().NoTenerErrores().And.TenerLeidos(2).And.NoTenerDiagnosticos();
    }

    [Fact]
    public void UnaActividadInexistente_TieneErrorEnSuLinea()
    {
        Plan plan = Crear.UnPlan();
        var csv = "unidad_responsable,actividad,mes,realizado\nDirección de Gobierno Digital,7,2023-01,1\n";

        var resultado = ImportadorDeAvances.Importar(csv, [plan]);
        var codigo = resultado.Diagnosticos.First(d => d.EsError).Codigo;

        resultado.Should().TenerErrores().And.TenerDiagnosticoEnLinea(codigo, 2);
        Falla(() => resultado.Should().TenerLeidos(1))
            .Should().StartWith("Se esperaba que resultado tuviera 1 avance leído, pero tiene 0. Sus diagnósticos:");
        Falla(() => resultado.Should().NoTenerErrores()).Should().StartWith("Se esperaba que resultado no tuviera errores, pero tiene 1 error:");
    }
}
