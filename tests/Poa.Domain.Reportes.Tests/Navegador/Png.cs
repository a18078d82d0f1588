using System.Buffers.Binary;
using System.IO.Compression;

namespace Poa.Domain.Reportes.Tests.Navegador;

/// <summary>
/// A minimal PNG reader for Chromium's screenshots: 8-bit RGB or RGBA, not interlaced (what Chromium writes).
/// Enough to read a pixel; anything else is refused with a clear message.
/// </summary>
internal sealed class Png
{
    private readonly byte[] pixeles;
    private readonly int canales;

    private Png(int ancho, int alto, int canales, byte[] pixeles)
    {
        Ancho = ancho;
        Alto = alto;
        this.canales = canales;
        this.pixeles = pixeles;
    }

    internal int Ancho { get; }

    internal int Alto { get; }

    /// <summary>The colour at (<paramref name="x"/>, <paramref name="y"/>) as <c>#RRGGBB</c> components.</summary>
    internal (byte R, byte G, byte B) Pixel(int x, int y)
    {
        var i = ((y * Ancho) + x) * canales;
        return (pixeles[i], pixeles[i + 1], pixeles[i + 2]);
    }

    /// <summary>How many different colours the image has (a blank page has one).</summary>
    internal int ColoresDistintos()
    {
        var vistos = new HashSet<int>();
        for (var i = 0; i < pixeles.Length; i += canales)
        {
            vistos.Add((pixeles[i] << 16) | (pixeles[i + 1] << 8) | pixeles[i + 2]);
        }

        return vistos.Count;
    }

    /// <summary>The share of pure white pixels, 0..1.</summary>
    internal double ProporcionBlanca()
    {
        var blancos = 0;
        for (var i = 0; i < pixeles.Length; i += canales)
        {
            if (pixeles[i] == 255 && pixeles[i + 1] == 255 && pixeles[i + 2] == 255)
            {
                blancos++;
            }
        }

        return (double)blancos / (Ancho * Alto);
    }

    internal static Png Leer(string ruta)
    {
        var datos = File.ReadAllBytes(ruta);
        byte[] firma = [137, 80, 78, 71, 13, 10, 26, 10];
        if (!datos.AsSpan(0, 8).SequenceEqual(firma))
        {
            throw new InvalidDataException($"{ruta} no es un PNG.");
        }

        int ancho = 0, alto = 0, canales = 0;
        using var comprimido = new MemoryStream();
        for (var i = 8; i < datos.Length;)
        {
            var largo = BinaryPrimitives.ReadInt32BigEndian(datos.AsSpan(i));
            var tipo = System.Text.Encoding.ASCII.GetString(datos, i + 4, 4);
            var contenido = datos.AsSpan(i + 8, largo);
            if (tipo == "IHDR")
            {
                ancho = BinaryPrimitives.ReadInt32BigEndian(contenido);
                alto = BinaryPrimitives.ReadInt32BigEndian(contenido[4..]);
                var profundidad = contenido[8];
                var color = contenido[9];
                var entrelazado = contenido[12];
                if (profundidad != 8 || color is not (2 or 6) || entrelazado != 0)
                {
                    throw new InvalidDataException($"{ruta}: PNG de {profundidad} bits, tipo de color {color}, entrelazado {entrelazado}: solo se leen RGB o RGBA de 8 bits sin entrelazar.");
                }

                canales = color == 2 ? 3 : 4;
            }
            else if (tipo == "IDAT")
            {
                comprimido.Write(contenido);
            }

            i += 12 + largo;
        }

        comprimido.Position = 0;
        using var zlib = new ZLibStream(comprimido, CompressionMode.Decompress);
        using var crudo = new MemoryStream();
        zlib.CopyTo(crudo);
        var filas = crudo.ToArray();
        var paso = ancho * canales;
        var pixeles = new byte[paso * alto];
        for (var y = 0; y < alto; y++)
        {
            var filtro = filas[y * (paso + 1)];
            var origen = filas.AsSpan((y * (paso + 1)) + 1, paso);
            var destino = pixeles.AsSpan(y * paso, paso);
            var arriba = y == 0 ? new byte[paso] : pixeles.AsSpan((y - 1) * paso, paso).ToArray();
            for (var x = 0; x < paso; x++)
            {
                int a = x >= canales ? destino[x - canales] : 0, b = arriba[x], c = x >= canales ? arriba[x - canales] : 0;
                destino[x] = (byte)(origen[x] + filtro switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"{ruta}: filtro PNG desconocido {filtro} en la fila {y}."),
                });
            }
        }

        return new Png(ancho, alto, canales, pixeles);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
