using System.Globalization;
using System.Text;

namespace Poa.Domain.Benchmarks;

/// <summary>
/// Writes a synthetic tabular POA file in the seed's layout (two-row header, 24 columns, signatures):
/// blocks of 50 activities, every row valid, so that an import gives no diagnostics. Deterministic.
/// </summary>
public static class GeneradorDePoa
{
    private const string Titulo = "Programa Operativo Anual 2023";

    public static string Generar(int actividades, int porBloque = 50)
    {
        var sb = new StringBuilder(actividades * 330);
        var bloque = 0;
        for (var hechas = 0; hechas < actividades; bloque++)
        {
            var n = System.Math.Min(porBloque, actividades - hechas);
            sb.Append(Titulo).Append("\n\n\n\nInformación General\t\n");
            sb.Append("Dependencia\tSecretaría de Innovación y Gobierno Abierto\n");
            sb.Append("Unidad responsable\tDirección Sintética ").Append(bloque.ToString(CultureInfo.InvariantCulture)).Append('\n').Append('\n');
            sb.Append("Desglose de Actividades\t\t\t\t\t\t\t\t\t\tCalendarización de actividades\t\t\t\t\t\t\t\t\t\t\t\t\t\n");
            sb.Append("No.\tActividad\tAlineación al Plan Municipal de Desarrollo\t\tPrograma Presupuestario\tMeta anual\tUnidad de medida\tSemaforización\t\t\tMedios de verificación");
            for (var m = 1; m <= 12; m++)
            {
                sb.Append("\tMes ").Append(m.ToString("00", CultureInfo.InvariantCulture));
            }

            sb.Append("\t\n\t\tEje Rector\tObjetivo Estratégico\t\t\t\tAceptable (verde)\tEn progreso (amarillo)\tEn riesgo (rojo)").Append('\t', 14).Append('\n');
            for (var i = 1; i <= n; i++)
            {
                var k = hechas + i;
                sb.Append(i.ToString(CultureInfo.InvariantCulture)).Append('\t');
                sb.Append("Dar atención a solicitudes de soporte de infraestructura y servicios digitales número ").Append(k.ToString(CultureInfo.InvariantCulture)).Append('\t');
                sb.Append("V. Ciudad abierta\t5.1 Monterrey abierto e inteligente\tGobierno Digital\t");
                if (k % 2 == 0)
                {
                    sb.Append("100%\tPorcentaje\t> = 80%\t< 80% & > 50%\t< = 50%\tReporte estadístico de solicitudes atendidas");
                    for (var m = 1; m <= 12; m++)
                    {
                        sb.Append("\t100%");
                    }
                }
                else
                {
                    sb.Append("12\tReportes\t>=80%\t< 80% & > 50%\t<=50%\tReporte mensual de actividades");
                    for (var m = 1; m <= 12; m++)
                    {
                        sb.Append("\t1");
                    }
                }

                sb.Append("\t\n");
            }

            sb.Append("\nLic. Edilberto González Serna\nDirector de Soporte e Infraestructura\n\nDra. Cintia Smith\nSecretaría de Innovación y Gobierno Abierto\n\n");
            hechas += n;
        }

        return sb.ToString();
    }
}
