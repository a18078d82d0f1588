using System.Globalization;
using Poa.Domain.Importacion;
using Poa.Domain.Internal;
using Poa.Domain.Tests.Importacion;

namespace Poa.Domain.Tests.Modelo;

/// <summary>What a text gives under the one number rule.</summary>
public enum Esperado
{
    Valido,
    NoEsNumero,
    Ambiguo,
    ExcedeElMaximo,
    DemasiadosDecimales,
    Negativo,
}

/// <summary>
/// One table of texts run against every public text parser that reads a number — the <see cref="LectorDeNumeros"/> itself,
/// <see cref="Meta"/> (one text and two cells), <see cref="Calendarizacion"/>, <see cref="Banda"/> thresholds,
/// <see cref="Plan.Builder"/> and the importer's month and meta cells — so that every one follows the same rule:
/// no thousands separator is ever guessed, bounds and decimals are the same everywhere.
/// </summary>
public class ReglaUnicaDeNumerosTests
{
    private const decimal Maximo = 1_000_000_000_000m;

    /// <summary>Texts with a decimal point (the invariant culture, tab-separated text, comma CSV).</summary>
    public static TheoryData<string, Esperado, decimal> ConPunto => new()
    {
        { "1500", Esperado.Valido, 1500m },
        { "1.5", Esperado.Valido, 1.5m },
        { "0", Esperado.Valido, 0m },
        { "00012", Esperado.Valido, 12m },
        { " 42 ", Esperado.Valido, 42m },
        { "+5", Esperado.Valido, 5m },
        { ".5", Esperado.Valido, 0.5m },
        { "5.", Esperado.Valido, 5m },
        { "1.5000000", Esperado.Valido, 1.5m },
        { "0.000001", Esperado.Valido, 0.000001m },
        { "1000000000000", Esperado.Valido, Maximo },
        { "999999999999.999999", Esperado.Valido, 999_999_999_999.999999m },
        { "1,500", Esperado.Ambiguo, 0m },
        { "1,5", Esperado.Ambiguo, 0m },
        { "0,5", Esperado.Ambiguo, 0m },
        { "1.500,5", Esperado.Ambiguo, 0m },
        { "1 500", Esperado.NoEsNumero, 0m },
        { "1'500", Esperado.NoEsNumero, 0m },
        { "1e3", Esperado.NoEsNumero, 0m },
        { "1E-7", Esperado.NoEsNumero, 0m },
        { "NaN", Esperado.NoEsNumero, 0m },
        { "Infinity", Esperado.NoEsNumero, 0m },
        { "∞", Esperado.NoEsNumero, 0m },
        { "abc", Esperado.NoEsNumero, 0m },
        { "١٢", Esperado.NoEsNumero, 0m },
        { "1..5", Esperado.NoEsNumero, 0m },
        { ".", Esperado.NoEsNumero, 0m },
        { "+-1", Esperado.NoEsNumero, 0m },
        { "-3", Esperado.Negativo, 0m },
        { "-0.5", Esperado.Negativo, 0m },
        { "1000000000000.000001", Esperado.ExcedeElMaximo, 0m },
        { "1000000000001", Esperado.ExcedeElMaximo, 0m },
        { "79228162514264337593543950335", Esperado.ExcedeElMaximo, 0m },
        { "99999999999999999999999999999999999999", Esperado.ExcedeElMaximo, 0m },
        { "0.0000001", Esperado.DemasiadosDecimales, 0m },
        { "1.1234567", Esperado.DemasiadosDecimales, 0m },
        { "0.0000000000000000000000000001", Esperado.DemasiadosDecimales, 0m },
    };

    /// <summary>Texts where the decimal separator is the comma (<c>;</c> CSV, <c>de-DE</c>).</summary>
    public static TheoryData<string, Esperado, decimal> ConComa => new()
    {
        { "1,5", Esperado.Valido, 1.5m },
        { "1500", Esperado.Valido, 1500m },
        { "0,000001", Esperado.Valido, 0.000001m },
        { "1.500", Esperado.Ambiguo, 0m },
        { "1.5", Esperado.Ambiguo, 0m },
        { "1.500,5", Esperado.Ambiguo, 0m },
        { "1 500", Esperado.NoEsNumero, 0m },
        { "1,5,5", Esperado.NoEsNumero, 0m },
        { "-1,5", Esperado.Negativo, 0m },
        { "1000000000000,5", Esperado.ExcedeElMaximo, 0m },
        { "0,0000001", Esperado.DemasiadosDecimales, 0m },
    };

    [Theory]
    [MemberData(nameof(ConPunto))]
    public void Lector_ConPunto(string texto, Esperado esperado, decimal valor) => ComprobarLector(texto, '.', esperado, valor);

    [Theory]
    [MemberData(nameof(ConComa))]
    public void Lector_ConComa(string texto, Esperado esperado, decimal valor) => ComprobarLector(texto, ',', esperado, valor);

    [Theory]
    [MemberData(nameof(ConPunto))]
    public void MetaDeDosCeldas_SigueLaRegla(string texto, Esperado esperado, decimal valor)
        => Comprobar(esperado, valor, () => Meta.Parse(texto, "Cuentas").Cantidad);

    [Theory]
    [MemberData(nameof(ConPunto))]
    public void MetaDeUnTexto_SigueLaRegla(string texto, Esperado esperado, decimal valor)
    {
        Comprobar(esperado, valor, () => Meta.Parse(texto + " Cuentas").Cantidad);
        Meta.TryParse(texto + " Cuentas", out _).Should().Be(esperado == Esperado.Valido);
    }

    [Theory]
    [MemberData(nameof(ConComa))]
    public void MetaConProveedorDeComa_SigueLaRegla(string texto, Esperado esperado, decimal valor)
        => Comprobar(esperado, valor, () => Meta.Parse(texto + " Cuentas", CultureInfo.GetCultureInfo("de-DE")).Cantidad);

    [Theory]
    [MemberData(nameof(ConPunto))]
    public void Calendarizacion_SigueLaRegla(string texto, Esperado esperado, decimal valor)
    {
        Comprobar(esperado, valor, () => Calendarizacion.Parse(";;" + texto + ";;;;;;;;;")[3]!.Value, "marzo (mes 3)");
        Calendarizacion.TryParse(";;" + texto + ";;;;;;;;;", CultureInfo.InvariantCulture, out _).Should().Be(esperado == Esperado.Valido);
    }

    [Theory]
    [MemberData(nameof(ConComa))]
    public void CalendarizacionConProveedorDeComa_SigueLaRegla(string texto, Esperado esperado, decimal valor)
        => Comprobar(esperado, valor, () => Calendarizacion.Parse(texto + ";;;;;;;;;;;", CultureInfo.GetCultureInfo("de-DE"))[1]!.Value, "enero (mes 1)");

    [Theory]
    [MemberData(nameof(ConPunto))]
    public void UmbralDeBanda_SigueLaRegla_ConSuPropioMaximo(string texto, Esperado esperado, decimal valor)
    {
        // A threshold is a percent up to 10^6: the same rule with another maximum.
        if (esperado == Esperado.Valido && valor > 1_000_000m)
        {
            esperado = Esperado.ExcedeElMaximo;
        }

        Comprobar(esperado, valor, () => Banda.Parse(Color.Verde, ">= " + texto + "%").Minimo!.Value);
        Banda.TryParse(Color.Verde, ">= " + texto + "%", out _).Should().Be(esperado == Esperado.Valido);
    }

    [Theory]
    [MemberData(nameof(ConPunto))]
    public void MetaDelPlanBuilder_SigueLaRegla(string texto, Esperado esperado, decimal valor)
        => Comprobar(esperado, valor, () => ConMeta(new Plan.Builder(2023, "Secretaría", "Dirección"), texto + " Cuentas").Build().Actividades[0].Meta.Cantidad, "Actividad 1");

    [Theory]
    [MemberData(nameof(ConPunto))]
    public void ImportadorTabulado_MesYMeta_SiguenLaRegla(string texto, Esperado esperado, decimal valor)
    {
        var lineas = File.ReadAllText(ImportadorDePoaTests.Ruta("limpio.txt")).Split('\n');
        ComprobarImportacion(lineas, '\t', texto, esperado, valor, FormatoTabular.Tabulado);
    }

    [Theory]
    [MemberData(nameof(ConComa))]
    public void ImportadorPuntoYComa_MesYMeta_SiguenLaRegla(string texto, Esperado esperado, decimal valor)
    {
        var lineas = File.ReadAllText(ImportadorDePoaTests.Ruta("limpio-punto-y-coma.csv")).Split('\n');
        ComprobarImportacion(lineas, ';', texto, esperado, valor, FormatoTabular.CsvPuntoYComa);
    }

    [Fact]
    public void ConElSeparadorDeOtraCultura_PuntoYComaSonAmbiguos()
    {
        var arabe = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        arabe.NumberFormat.NumberDecimalSeparator = "٫";

        Meta.Parse("2٫5 Informes", arabe).Cantidad.Should().Be(2.5m);
        var act = () => Meta.Parse("2.5 Informes", arabe);
        act.Should().Throw<FormatException>().WithMessage("*«2.5»*ambiguo*");
    }

    private static Plan.Builder ConMeta(Plan.Builder builder, string meta)
        => builder.AgregarActividad("Actividad", "V. Ciudad abierta", "5.1 Monterrey abierto e inteligente", "Programa", meta, Calendarizacion.De(enero: 1));

    private static void ComprobarLector(string texto, char separador, Esperado esperado, decimal valor)
    {
        var leido = LectorDeNumeros.Leer(texto, separador, Maximo);
        var obtenido = leido.Negativo ? Esperado.Negativo : leido.Error switch
        {
            ErrorDeNumero.Ninguno => Esperado.Valido,
            ErrorDeNumero.NoEsNumero => Esperado.NoEsNumero,
            ErrorDeNumero.SeparadorAmbiguo => Esperado.Ambiguo,
            ErrorDeNumero.ExcedeElMaximo => Esperado.ExcedeElMaximo,
            _ => Esperado.DemasiadosDecimales,
        };
        obtenido.Should().Be(esperado);
        if (esperado == Esperado.Valido)
        {
            leido.Valor.Should().Be(valor);
        }
    }

    /// <summary>A valid text gives <paramref name="valor"/>; any other throws a <see cref="FormatException"/> that says why.</summary>
    private static void Comprobar(Esperado esperado, decimal valor, Func<decimal> leer, string? donde = null)
    {
        if (esperado == Esperado.Valido)
        {
            leer().Should().Be(valor);
            return;
        }

        var error = leer.Should().Throw<FormatException>().Which.Message;
        error.Should().Contain(Fragmento(esperado));
        if (donde is not null)
        {
            error.Should().Contain(donde);
        }
    }

    /// <summary>The words that say why, the same in every parser's message.</summary>
    private static string Fragmento(Esperado esperado) => esperado switch
    {
        Esperado.Ambiguo => "separador de miles",
        Esperado.ExcedeElMaximo => "excede el máximo admitido",
        Esperado.DemasiadosDecimales => "más de los 6 admitidos",
        Esperado.Negativo => "negativ",
        _ => "«",
    };

    /// <summary>Puts <paramref name="texto"/> in March of activity 6, then in its meta, and imports each.</summary>
    private static void ComprobarImportacion(string[] lineas, char separador, string texto, Esperado esperado, decimal valor, FormatoTabular formato)
    {
        var i = Array.FindIndex(lineas, l => l.StartsWith("6" + separador, StringComparison.Ordinal));
        foreach (var (celda, codigo) in new[] { (13, "POA114"), (5, "POA116") })
        {
            var copia = (string[])lineas.Clone();
            var celdas = copia[i].Split(separador);
            celdas[celda] = texto;
            copia[i] = string.Join(separador, celdas);

            var r = ImportadorDePoa.Importar(string.Join("\n", copia), new OpcionesDeImportacion { Validar = false, Formato = formato });

            var actividad = r.Planes[0].Actividades.SingleOrDefault(a => a.Numero == 6);
            if (esperado == Esperado.Valido)
            {
                r.Diagnosticos.Should().BeEmpty();
                (celda == 13 ? actividad!.Calendarizacion[3] : actividad!.Meta.Cantidad).Should().Be(valor);
                continue;
            }

            actividad.Should().BeNull("un valor rechazado no se importa");
            var d = r.Diagnosticos.Should().ContainSingle().Which;
            d.Codigo.Should().Be(codigo);
            d.Ubicacion.Linea.Should().Be(i + 1);
            d.Mensaje.Should().Contain(Fragmento(esperado));
        }
    }
}
