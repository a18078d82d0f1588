using System.Text;
using System.Text.Json;

namespace Poa.Domain.Tests.Infraestructura;

/// <summary>
/// Seeded random mutations of a document, for the fuzz tests: byte flips, truncation, insertion of special bytes and
/// escapes, deletion and duplication of ranges, repeated JSON properties, deep nesting, values of another kind, separators
/// of tabular files. The same seed gives the same mutations on every machine (<see cref="Random(int)"/> is stable), and
/// <see cref="Descripcion"/> says what was done, so a failure can be reproduced.
/// </summary>
internal sealed class Mutador
{
    /// <summary>What may be inserted: bytes that are not UTF-8, escapes of half surrogate pairs, BOMs, JSON tokens, numbers out of range, separators.</summary>
    private static readonly byte[][] Especiales =
    [
        [0xFF], [0xFE], [0xC3], [0x80], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xEF, 0xBB, 0xBF], [0x00], [0x1F],
        .. new[]
        {
            "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\ud83d", "\\u0000", "\\u00e9", "\\u0301", "\\\"", "\\", "\\x", "\\u12",
            "\"", "{", "}", "[", "]", ",", ":", "null", "true", "false", "{}", "[]", "\"\"", "1e400", "-1", "-0", "0.0000001",
            "1E-30", "79228162514264337593543950336", "99999999999999999999999999999999", "1.5", "2147483648", "0",
            "\u0301", "é", "\U0001F600", "\r\n", "\r", "\n", "\t", " ", "\u00a0", "\u2028", ";", "%", ">= 80%", "Mes 13",
            "\"formato\":\"poa.plan\",", "\"version\":2,", "\"x\":", "/*c*/", "//",
        }.Select(Encoding.UTF8.GetBytes),
    ];

    private readonly Random azar;
    private readonly List<string> pasos = [];

    internal Mutador(int semilla) => azar = new Random(semilla);

    /// <summary>What the last <see cref="Mutar"/> did, step by step.</summary>
    internal string Descripcion => string.Join("; ", pasos);

    /// <summary>One to three mutations of <paramref name="original"/> (never changed); one or two for JSON, where most leave it valid.</summary>
    internal byte[] Mutar(byte[] original, bool esJson)
    {
        pasos.Clear();
        var datos = original.ToList();
        var veces = 1 + azar.Next(esJson ? 2 : 3);
        for (var i = 0; i < veces; i++)
        {
            Una(datos, esJson);
        }

        return [.. datos];
    }

    private void Una(List<byte> datos, bool esJson)
    {
        var posicion = datos.Count == 0 ? 0 : azar.Next(datos.Count + 1);
        switch (esJson ? azar.Next(16) : azar.Next(8))
        {
            case 0 when datos.Count > 0:
            {
                var i = Math.Min(posicion, datos.Count - 1);
                var nuevo = (byte)azar.Next(256);
                pasos.Add($"byte {i}: 0x{datos[i]:X2} → 0x{nuevo:X2}");
                datos[i] = nuevo;
                break;
            }

            case 1 when datos.Count > 0:
            {
                var i = Math.Min(posicion, datos.Count - 1);
                var bit = 1 << azar.Next(8);
                pasos.Add($"bit {bit} del byte {i}");
                datos[i] ^= (byte)bit;
                break;
            }

            case 2:
                pasos.Add($"truncar en {posicion}");
                datos.RemoveRange(posicion, datos.Count - posicion);
                break;
            case 3:
            case 4:
            {
                var especial = Especiales[azar.Next(Especiales.Length)];
                pasos.Add($"insertar [{Convert.ToHexString(especial)}] en {posicion}");
                datos.InsertRange(posicion, especial);
                break;
            }

            case 5:
            {
                var largo = Math.Min(datos.Count - posicion, 1 + azar.Next(40));
                pasos.Add($"borrar {largo} bytes en {posicion}");
                datos.RemoveRange(posicion, largo);
                break;
            }

            case 6:
            {
                var largo = Math.Min(datos.Count - posicion, 1 + azar.Next(200));
                pasos.Add($"duplicar {largo} bytes en {posicion}");
                datos.InsertRange(posicion, datos.GetRange(posicion, largo));
                break;
            }

            case 7:
            {
                // Tabular files: a cell separator, a line break or a quote where there was another byte.
                var separadores = "\t,;\n\"".Select(c => (byte)c).ToArray();
                var i = Math.Min(posicion, Math.Max(0, datos.Count - 1));
                var nuevo = separadores[azar.Next(separadores.Length)];
                pasos.Add($"separador 0x{nuevo:X2} en {i}");
                if (datos.Count > 0)
                {
                    datos[i] = nuevo;
                }

                break;
            }

            case 8:
                DuplicarPropiedad(datos);
                break;
            case 9:
            {
                var profundidad = 1 + azar.Next(60);
                var anidado = "\"zz\":" + new string('[', profundidad) + new string(']', profundidad) + ",";
                InsertarAlAbrirUnObjeto(datos, anidado, $"anidar {profundidad} arreglos");
                break;
            }

            case 10:
            case 11:
                CambiarUnValor(datos);
                break;
            case 12:
            case 13:
                DentroDeUnTexto(datos);
                break;
            case 14:
            {
                var campo = CamposDesconocidos[azar.Next(CamposDesconocidos.Length)] + ",";
                InsertarAlAbrirUnObjeto(datos, campo, $"campo desconocido {campo}");
                break;
            }

            default:
                DuplicarPropiedad(datos);
                break;
        }
    }

    /// <summary>Unknown fields of every kind, as a newer version might write them (and some it would not).</summary>
    private static readonly string[] CamposDesconocidos =
    [
        "\"x\":1", "\"x\":[1]", "\"x\" : [ 1 , 2 ]", "\"x\":{\"a\":null,\"b\":[true,false]}", "\"\\u0078\":\"\\u00e9\"", "\"x\":\"\\ud83d\\ude00\"",
        "\"x\":1.50", "\"x\":1E400", "\"x\":-0", "\"x\":\"\\u0000\\t\\\"\"", "\"é\":\"ñ\"", "\"x\":\"\\ud800\"", "\"\\udc00\":1", "\"x\":{}", "\"x\":[]",
        "\"x\":1,\"x\":2", "\"a/b~c\":\"d\"", "\"\":0", "\"x\":\"<script>&\"",
    ];

    /// <summary>Pieces put inside a text: accents (precomposed, decomposed, escaped), escapes valid and not, bytes that are not UTF-8.</summary>
    private static readonly byte[][] EnTexto =
    [
        .. new[] { "é", "e\u0301", "\\u00e9", "\\u0301", "\\\"", "\\\\", "\\n", "\\t", "\\ud83d\\ude00", "\\ud800", "\\udfff", "  ", " ", "\u00a0", "%", "\U0001F600", "\\u0000", "\\/" }
            .Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x09], [0x0A],
    ];

    /// <summary>Puts a piece (<see cref="EnTexto"/>) inside a text value, or a property name.</summary>
    private void DentroDeUnTexto(List<byte> datos)
    {
        Propiedades([.. datos], out var valores, out _);
        var textos = valores.Where(v => datos[v.Inicio] == (byte)'"').ToList();
        if (textos.Count == 0)
        {
            pasos.Add("dentro de un texto: ninguno");
            return;
        }

        var (inicio, fin) = textos[azar.Next(textos.Count)];
        var posicion = inicio + 1 + azar.Next(fin - inicio - 1);
        var pieza = EnTexto[azar.Next(EnTexto.Length)];
        pasos.Add($"insertar [{Convert.ToHexString(pieza)}] en el texto {inicio}..{fin}, en {posicion}");
        datos.InsertRange(posicion, pieza);
    }

    /// <summary>The properties of a JSON text: where each starts (its name) and ends (its value), read as far as the text is valid.</summary>
    private static List<(int Inicio, int Fin)> Propiedades(byte[] texto, out List<(int Inicio, int Fin)> valores, out List<int> objetos)
    {
        var propiedades = new List<(int, int)>();
        valores = [];
        objetos = [];
        var abiertas = new Stack<int>();
        var reader = new Utf8JsonReader(texto, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            var inicioDeNombre = -1;
            while (reader.Read())
            {
                var inicio = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        inicioDeNombre = inicio;
                        break;
                    case JsonTokenType.StartObject:
                        objetos.Add(inicio + 1);
                        abiertas.Push(inicioDeNombre);
                        inicioDeNombre = -1;
                        break;
                    case JsonTokenType.StartArray:
                        abiertas.Push(inicioDeNombre);
                        inicioDeNombre = -1;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        var nombre = abiertas.Pop();
                        if (nombre >= 0)
                        {
                            propiedades.Add((nombre, (int)reader.BytesConsumed));
                        }

                        break;
                    default:
                        valores.Add((inicio, (int)reader.BytesConsumed));
                        if (inicioDeNombre >= 0)
                        {
                            propiedades.Add((inicioDeNombre, (int)reader.BytesConsumed));
                            inicioDeNombre = -1;
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Already mutated into invalid JSON: what was read so far is enough.
        }

        return propiedades;
    }

    /// <summary>Repeats a property right after itself: <c>"numero":1,"numero":1</c>.</summary>
    private void DuplicarPropiedad(List<byte> datos)
    {
        var propiedades = Propiedades([.. datos], out _, out _);
        if (propiedades.Count == 0)
        {
            pasos.Add("duplicar propiedad: ninguna");
            return;
        }

        var (inicio, fin) = propiedades[azar.Next(propiedades.Count)];
        pasos.Add($"duplicar la propiedad {inicio}..{fin}");
        datos.InsertRange(fin, [(byte)',', .. datos.GetRange(inicio, fin - inicio)]);
    }

    /// <summary>Replaces a scalar value by a value of another kind (or a special one).</summary>
    private void CambiarUnValor(List<byte> datos)
    {
        Propiedades([.. datos], out var valores, out _);
        if (valores.Count == 0)
        {
            pasos.Add("cambiar valor: ninguno");
            return;
        }

        var (inicio, fin) = valores[azar.Next(valores.Count)];
        string[] otros = ["null", "true", "\"\"", "\" \"", "0", "-1", "1.5", "1e400", "\"texto\"", "[]", "{}", "[1,2]", "{\"a\":1}", "\"\\ud800\"", "\"2023-13\"", "\"> 50%\"", "2147483648", "0.0000000000000000000000000001"];
        var nuevo = otros[azar.Next(otros.Length)];
        pasos.Add($"valor {inicio}..{fin} → {nuevo}");
        datos.RemoveRange(inicio, fin - inicio);
        datos.InsertRange(inicio, Encoding.UTF8.GetBytes(nuevo));
    }

    /// <summary>Inserts <paramref name="texto"/> right after the <c>{</c> of a random object.</summary>
    private void InsertarAlAbrirUnObjeto(List<byte> datos, string texto, string que)
    {
        Propiedades([.. datos], out _, out var objetos);
        if (objetos.Count == 0)
        {
            pasos.Add(que + ": ningún objeto");
            return;
        }

        var posicion = objetos[azar.Next(objetos.Count)];
        pasos.Add($"{que} en {posicion}");
        datos.InsertRange(posicion, Encoding.UTF8.GetBytes(texto));
    }
}
