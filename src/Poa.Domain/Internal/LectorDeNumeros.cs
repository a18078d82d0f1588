using System;
using System.Globalization;

namespace Poa.Domain.Internal;

/// <summary>Why a text is not a number the model accepts.</summary>
internal enum ErrorDeNumero : byte
{
    /// <summary>The text is a number within the bounds.</summary>
    Ninguno = 0,

    /// <summary>Not a number: empty, letters, spaces inside, an exponent where none is allowed...</summary>
    NoEsNumero,

    /// <summary>It has the separator that is not the decimal one (a comma with a decimal point): it could mean thousands.</summary>
    SeparadorAmbiguo,

    /// <summary>Its magnitude exceeds the maximum.</summary>
    ExcedeElMaximo,

    /// <summary>More than <see cref="Limites.MaximoDeDecimales"/> decimals (trailing zeros do not count).</summary>
    DemasiadosDecimales,
}

/// <summary>What <see cref="LectorDeNumeros.Leer(ReadOnlySpan{char}, char, decimal, bool)"/> found: the value, or why there is none.</summary>
internal readonly struct NumeroLeido
{
    internal NumeroLeido(ErrorDeNumero error, decimal valor, bool negativo, int decimales)
    {
        Error = error;
        Valor = valor;
        Negativo = negativo;
        Decimales = decimales;
    }

    /// <summary>Why the text is not accepted; <see cref="ErrorDeNumero.Ninguno"/> when it is.</summary>
    internal ErrorDeNumero Error { get; }

    /// <summary>Whether the text is accepted (then <see cref="Valor"/> holds it).</summary>
    internal bool Ok => Error == ErrorDeNumero.Ninguno;

    /// <summary>The value read (0 on error).</summary>
    internal decimal Valor { get; }

    /// <summary>Whether the text has a minus sign and a digit other than 0 (known also when the magnitude is rejected).</summary>
    internal bool Negativo { get; }

    /// <summary>For <see cref="ErrorDeNumero.DemasiadosDecimales"/>, how many decimals the text has.</summary>
    internal int Decimales { get; }
}

/// <summary>
/// THE number rule of every text that enters the model (<c>Meta.Parse</c>, <c>Calendarizacion.Parse</c>, the bands,
/// <c>Plan.Builder</c>, the importer, the avances CSV of the tool; JSON numbers with their exponents). One decimal separator
/// (a point, or a comma where the format says so); the other of the two is never read as a thousands separator but rejected
/// as ambiguous (<c>1,500</c> could be 1500 or 1.5); no other grouping (<c>1 500</c>, <c>1'500</c>); an optional sign; ASCII
/// digits only; no exponent except in JSON; no <c>NaN</c> or <c>Infinity</c>; at most <see cref="Limites.MaximoDeDecimales"/>
/// decimals and a magnitude bounded by the caller (<see cref="Limites"/>). Reading costs one pass over the text and never
/// allocates; a magnitude or an exponent of any size is rejected, never an overflow.
/// </summary>
internal static class LectorDeNumeros
{
    private static readonly decimal[] Potencias =
    [
        1m, 10m, 100m, 1_000m, 10_000m, 100_000m, 1_000_000m, 10_000_000m, 100_000_000m, 1_000_000_000m,
        10_000_000_000m, 100_000_000_000m, 1_000_000_000_000m, 10_000_000_000_000m,
    ];

    /// <summary>The decimal separator of <paramref name="provider"/> (the invariant culture's point when null), when it is one character; else the point.</summary>
    internal static char SeparadorDe(IFormatProvider? provider)
    {
        var separador = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture).NumberDecimalSeparator;
        return separador.Length == 1 ? separador[0] : '.';
    }

    /// <summary>Reads <paramref name="texto"/> (white space around it allowed) with the decimal <paramref name="separador"/> and a magnitude of at most <paramref name="maximo"/>.</summary>
    internal static NumeroLeido Leer(string texto, char separador, decimal maximo) => Leer(texto.AsSpan(), separador, maximo, exponente: false);

    /// <summary>
    /// Reads a number: white space, an optional <c>+</c> or <c>-</c>, digits with at most one <paramref name="separador"/>
    /// (<c>5.</c> and <c>.5</c> included), with <paramref name="exponente"/> an optional <c>e</c>/<c>E</c> exponent, white space.
    /// </summary>
    internal static NumeroLeido Leer(ReadOnlySpan<char> texto, char separador, decimal maximo, bool exponente)
    {
        var inicio = 0;
        var fin = texto.Length;
        while (inicio < fin && char.IsWhiteSpace(texto[inicio]))
        {
            inicio++;
        }

        while (fin > inicio && char.IsWhiteSpace(texto[fin - 1]))
        {
            fin--;
        }

        // The other separator anywhere makes the text ambiguous, whatever else it holds (the importer's rule).
        for (var i = inicio; i < fin; i++)
        {
            if (EsAjeno(texto[i], separador))
            {
                return Fallo(ErrorDeNumero.SeparadorAmbiguo);
            }
        }

        var signo = inicio < fin && texto[inicio] is '+' or '-';
        var menos = signo && texto[inicio] == '-';
        if (signo)
        {
            inicio++;
        }

        // One pass: where the significant digits start and end, and where the decimal separator is.
        int primero = -1, ultimo = -1, punto = -1, digitos = 0;
        var posicion = inicio;
        for (; posicion < fin; posicion++)
        {
            var c = texto[posicion];
            if (c is >= '0' and <= '9')
            {
                digitos++;
                if (c != '0')
                {
                    primero = primero < 0 ? posicion : primero;
                    ultimo = posicion;
                }
            }
            else if (c == separador && punto < 0)
            {
                punto = posicion;
            }
            else
            {
                break;
            }
        }

        if (digitos == 0)
        {
            return Fallo(ErrorDeNumero.NoEsNumero);
        }

        var finDeMantisa = posicion;
        long potencia = 0;
        if (posicion < fin)
        {
            if (!exponente || texto[posicion] is not ('e' or 'E') || !LeerExponente(texto.Slice(posicion + 1, fin - posicion - 1), out potencia))
            {
                return Fallo(ErrorDeNumero.NoEsNumero);
            }
        }

        if (primero < 0)
        {
            return new NumeroLeido(ErrorDeNumero.Ninguno, 0m, false, 0);
        }

        punto = punto < 0 ? finDeMantisa : punto;

        // The value is D × 10^e, D the significant digits as an integer and e the power of its last digit.
        long e = (ultimo < punto ? punto - ultimo - 1 : -(ultimo - punto)) + potencia;
        long significativas = ultimo - primero + 1 - (primero < punto && punto < ultimo ? 1 : 0);
        if (significativas + e > 13)
        {
            return new NumeroLeido(ErrorDeNumero.ExcedeElMaximo, 0m, menos, 0);
        }

        if (e < -Limites.MaximoDeDecimales)
        {
            return new NumeroLeido(ErrorDeNumero.DemasiadosDecimales, 0m, menos, (int)Math.Min(-e, int.MaxValue));
        }

        // Now at most 13 integer digits and 6 decimals: D has at most 19 digits and fits in an ulong.
        ulong mantisa = 0;
        for (var i = primero; i <= ultimo; i++)
        {
            if (i != punto)
            {
                mantisa = (mantisa * 10) + (ulong)(texto[i] - '0');
            }
        }

        var valor = e >= 0
            ? mantisa * Potencias[e]
            : new decimal((int)(mantisa & 0xFFFFFFFF), (int)(mantisa >> 32), 0, false, (byte)-e);
        if (valor > maximo)
        {
            return new NumeroLeido(ErrorDeNumero.ExcedeElMaximo, 0m, menos, 0);
        }

        return new NumeroLeido(ErrorDeNumero.Ninguno, menos ? -valor : valor, menos, 0);
    }

    /// <summary>
    /// Why a text is not accepted, as a Spanish predicate ending in a period, to follow the quoted text:
    /// «no es un número.», «no es un número válido. La coma no se acepta…», «excede el máximo admitido, 1000000000000 (10^12).»,
    /// «tiene 7 decimales, más de los 6 admitidos.».
    /// </summary>
    internal static string Explicar(in NumeroLeido leido, string texto, char separador, decimal maximo, string? formato = null) => leido.Error switch
    {
        ErrorDeNumero.SeparadorAmbiguo => "no es un número válido." + ExplicarSeparador(texto, separador, formato),
        ErrorDeNumero.ExcedeElMaximo => Limites.ExcedeElMaximo(maximo) + ".",
        ErrorDeNumero.DemasiadosDecimales => Limites.DemasiadosDecimales(leido.Decimales) + ".",
        _ => "no es un número." + ExplicarAgrupacion(texto),
    };

    /// <summary>
    /// Why a separator in <paramref name="texto"/> is rejected, as sentences starting with a space; empty when the text has
    /// no rejected separator. <paramref name="formato"/> names where the comma is the decimal separator («En CSV separado por punto y coma»).
    /// </summary>
    internal static string ExplicarSeparador(string texto, char separador, string? formato = null)
    {
        if (separador == ',')
        {
            return texto.IndexOf('.') >= 0
                ? $" {formato ?? "Con este formato de números"} el separador decimal es la coma; el punto no se acepta porque podría ser un separador de miles, así que «{texto}» es ambiguo: escriba el número sin separador de miles y con coma decimal (p. ej., «1500» o «1,5»)."
                : string.Empty;
        }

        if (separador == '.')
        {
            return texto.IndexOf(',') >= 0
                ? $" La coma no se acepta en un número: podría ser un separador de miles o una coma decimal, así que «{texto}» es ambiguo: escriba el número sin separador de miles y con punto decimal (p. ej., «1500» o «1.5»)."
                : string.Empty;
        }

        return texto.IndexOf('.') >= 0 || texto.IndexOf(',') >= 0
            ? $" El separador decimal es «{separador}»; el punto y la coma no se aceptan porque podrían ser separadores de miles, así que «{texto}» es ambiguo."
            : string.Empty;
    }

    /// <summary>Whether <paramref name="texto"/> has <paramref name="separador"/> between two digits (<c>80,5</c>).</summary>
    internal static bool EntreDigitos(string texto, char separador)
    {
        for (var i = 1; i < texto.Length - 1; i++)
        {
            if (texto[i] == separador && EsDigito(texto[i - 1]) && EsDigito(texto[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with every comma between two digits turned into a point (a decimal comma inside a band's notation).</summary>
    internal static string ComaDecimalAPunto(string texto)
    {
        if (!EntreDigitos(texto, ','))
        {
            return texto;
        }

        var caracteres = texto.ToCharArray();
        for (var i = 1; i < caracteres.Length - 1; i++)
        {
            if (caracteres[i] == ',' && EsDigito(caracteres[i - 1]) && EsDigito(caracteres[i + 1]))
            {
                caracteres[i] = '.';
            }
        }

        return new string(caracteres);
    }

    /// <summary>A hint when digits are grouped with a space or an apostrophe (<c>1 500</c>, <c>1'500</c>); empty otherwise.</summary>
    internal static string ExplicarAgrupacion(string texto)
    {
        for (var i = 1; i < texto.Length - 1; i++)
        {
            if ((char.IsWhiteSpace(texto[i]) || texto[i] is '\'' or '’') && EsDigito(texto[i - 1]) && EsDigito(texto[i + 1]))
            {
                return " No se aceptan separadores de miles: escriba el número sin ellos (p. ej., «1500»).";
            }
        }

        return string.Empty;
    }

    private static bool LeerExponente(ReadOnlySpan<char> texto, out long potencia)
    {
        potencia = 0;
        var i = 0;
        var negativo = false;
        if (i < texto.Length && texto[i] is '+' or '-')
        {
            negativo = texto[i] == '-';
            i++;
        }

        if (i == texto.Length)
        {
            return false;
        }

        for (; i < texto.Length; i++)
        {
            var c = texto[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            // Saturate: any exponent beyond a million is as out of bounds as a million.
            potencia = potencia < 1_000_000 ? (potencia * 10) + (c - '0') : potencia;
        }

        potencia = negativo ? -potencia : potencia;
        return true;
    }

    private static bool EsAjeno(char c, char separador) => c != separador && c is '.' or ',';

    private static bool EsDigito(char c) => c is >= '0' and <= '9';

    private static NumeroLeido Fallo(ErrorDeNumero error) => new(error, 0m, false, 0);
}
