using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Poa.Cli.Comandos;
using Poa.Domain;
using Poa.Domain.Json;

namespace Poa.Cli.Salida;

/// <summary>
/// <c>--formato json</c>: <c>{"formato": "poa.evaluacion", "version": 1, "corte", "vista", "fecha", "reglaDeCierre", "actividades", "resumenes", "reportes", "planes"}</c>.
/// The envelope, <c>actividades</c> and <c>resumenes</c> come from the column model (exact decimals); <c>planes</c> holds one
/// <c>poa.resultados</c> document per plan, written by the library into the same writer. Streamed: the document is never
/// held whole in memory.
/// </summary>
internal sealed class EscritorJson : IEscritorDeEvaluacion
{
    private const int Umbral = 1 << 16;

    public string Nombre => "json";

    public string Descripcion => "un documento «poa.evaluacion» con valores exactos, para otros sistemas";

    public int Orden => 1;

    public void Escribir(Evaluacion evaluacion, Contexto contexto)
    {
        // The bytes go straight to standard output when it is a stream (the process), through the text writer otherwise (tests).
        contexto.Salida.Flush();
        using var texto = new FlujoDeTexto(contexto.Salida);
        var flujo = contexto.Consola.SalidaBinaria ?? texto;
        try
        {
            Escribir(evaluacion, flujo);
            flujo.Write("\n"u8);
            flujo.Flush();
        }
        catch (IOException e)
        {
            throw new ErrorDeSalida(e);
        }
    }

    private static void Escribir(Evaluacion evaluacion, Stream flujo)
    {
        using (var w = new Utf8JsonWriter(flujo, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("formato", "poa.evaluacion");
            w.WriteNumber("version", 1);
            w.WriteString("corte", evaluacion.Corte.ToString());
            w.WriteString("vista", Columnas.Camel(evaluacion.Vista.ToString()));
            if (evaluacion.Fecha is { } fecha)
            {
                w.WriteString("fecha", Evaluacion.FormatoDeFecha(fecha));
                w.WriteStartObject("reglaDeCierre");
                w.WriteNumber("dias", evaluacion.Regla!.Dias);
                w.WriteString("zona", evaluacion.Regla.Zona.Id);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("fecha");
                w.WriteNull("reglaDeCierre");
            }

            w.WriteStartArray("actividades");
            var columnas = Columnas.DeActividad.En(Vista.Datos);
            foreach (var fila in evaluacion.Actividades)
            {
                Objeto(w, columnas, fila);
            }

            w.WriteEndArray();
            w.WriteStartArray("resumenes");
            foreach (var grupo in evaluacion.Grupos)
            {
                var deResumen = Columnas.DeResumen(grupo.TituloDelNombre).En(Vista.Datos);
                foreach (var resumen in grupo.Resumenes)
                {
                    Objeto(w, deResumen, resumen);
                }
            }

            w.WriteEndArray();
            w.WriteStartArray("reportes");
            var deReportes = Columnas.DeReportes.En(Vista.Datos);
            foreach (var reportes in evaluacion.Reportes)
            {
                Objeto(w, deReportes, reportes);
            }

            w.WriteEndArray();
            w.WriteStartArray("planes");
            foreach (var plan in evaluacion.Planes)
            {
                JsonSerializer.Serialize(w, DocumentoDeResultados.Desde(plan, evaluacion.ResumenesDe(plan)), PoaJson.InfoDeDocumentoDeResultados);
                Vaciar(w);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    private static void Objeto<T>(Utf8JsonWriter w, IReadOnlyList<Columna<T>> columnas, T fila)
    {
        w.WriteStartObject();
        foreach (var columna in columnas)
        {
            w.WritePropertyName(columna.Clave);
            Valor(w, columna.Tipo, columna.Leer(fila));
        }

        w.WriteEndObject();
        Vaciar(w);
    }

    private static void Valor(Utf8JsonWriter w, TipoDeColumna tipo, Valor valor)
    {
        switch (tipo)
        {
            case TipoDeColumna.Entero or TipoDeColumna.Cantidad or TipoDeColumna.Porcentaje:
                if (valor.Numero is { } n)
                {
                    // Without trailing zeros: 100, not 100.0000.
                    w.WriteNumberValue(n / 1.000000000000000000000000000000000m);
                }
                else
                {
                    w.WriteNullValue();
                }

                break;
            case TipoDeColumna.Color:
                if (valor.Color is { } color)
                {
                    w.WriteStringValue(Columnas.NombreDe(color));
                }
                else
                {
                    w.WriteNullValue();
                }

                break;
            case TipoDeColumna.Meses:
                w.WriteStartArray();
                foreach (var mes in valor.Meses)
                {
                    w.WriteStringValue(FormattableString.Invariant($"{valor.Anio:D4}-{mes:D2}"));
                }

                w.WriteEndArray();
                break;
            case TipoDeColumna.Lista:
                w.WriteStartArray();
                foreach (var elemento in valor.Lista ?? [])
                {
                    w.WriteStringValue(elemento);
                }

                w.WriteEndArray();
                break;
            default:
                if (valor.Texto is { } texto)
                {
                    w.WriteStringValue(texto);
                }
                else
                {
                    w.WriteNullValue();
                }

                break;
        }
    }

    private static void Vaciar(Utf8JsonWriter w)
    {
        if (w.BytesPending > Umbral)
        {
            w.Flush();
        }
    }

    /// <summary>A write-only stream of UTF-8 bytes into a <see cref="TextWriter"/> (a character split between two writes is kept for the next).</summary>
    private sealed class FlujoDeTexto(TextWriter destino) : Stream
    {
        private readonly Decoder decodificador = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        private char[] caracteres = new char[Umbral];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var necesarios = decodificador.GetCharCount(buffer, flush: false);
            if (necesarios > caracteres.Length)
            {
                caracteres = new char[necesarios];
            }

            var escritos = decodificador.GetChars(buffer, caracteres, flush: false);
            destino.Write(caracteres, 0, escritos);
        }

        public override void Flush() => destino.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
