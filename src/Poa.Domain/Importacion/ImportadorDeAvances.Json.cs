using System;
using System.Globalization;
using System.Text.Json;
using Poa.Domain.Json;

namespace Poa.Domain.Importacion;

/// <summary>The JSON avances document (<c>poa.avances</c>, docs/json.md), one per file or JSON Lines of them.</summary>
public sealed partial class ImportadorDeAvances
{
    /// <param name="bytes">The document(s), UTF-8, without byte order mark.</param>
    /// <param name="fuente">The file.</param>
    /// <param name="lineasAntes">Blank lines before the first document, so that JSON Lines keep the file's line numbers.</param>
    private void LeerJson(byte[] bytes, int fuente, int lineasAntes)
    {
        var json = opciones.Json ?? PoaJsonOpciones.Predeterminadas;
        if (!EsJsonLines(bytes))
        {
            if (LeerDocumento(bytes, fuente, 0, json) is { } documento)
            {
                AgregarDocumento(documento, fuente, 0);
            }

            return;
        }

        var resto = bytes.AsSpan();
        var numero = lineasAntes;
        var inicio = 0;
        while (inicio < bytes.Length)
        {
            numero++;
            var fin = Array.IndexOf(bytes, (byte)'\n', inicio);
            var longitud = (fin < 0 ? bytes.Length : fin) - inicio;
            if (!EsBlanco(resto.Slice(inicio, longitud)))
            {
                var documento = LeerDocumento(bytes.AsSpan(inicio, longitud).ToArray(), fuente, numero, json);
                if (documento is not null)
                {
                    AgregarDocumento(documento, fuente, numero);
                }
            }

            inicio += longitud + 1;
        }
    }

    /// <summary>Whether the first JSON value ends before the data does: then the file is JSON Lines (one document per line).</summary>
    private static bool EsJsonLines(byte[] bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 256 });
            if (!reader.Read() || !reader.TrySkip())
            {
                return false;
            }

            return !EsBlanco(bytes.AsSpan((int)reader.BytesConsumed));
        }
        catch (JsonException)
        {
            // Not even one good value: the whole-document reader says what is wrong, with its path.
            return false;
        }
    }

    private static bool EsBlanco(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One document, or null when it does not read (reported as <c>POA234</c>, at <paramref name="linea"/> for JSON Lines).</summary>
    private DocumentoDeAvances? LeerDocumento(byte[] bytes, int fuente, int linea, PoaJsonOpciones json)
    {
        int? lineaDelError;
        string mensaje;
        if (bytes.Length > json.TamanoMaximo)
        {
            // Said here, with the option that raises it, rather than by the JSON reader.
            mensaje = $"el documento mide {bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes, más que el máximo de {json.TamanoMaximo.ToString(CultureInfo.InvariantCulture)} (PoaJsonOpciones.TamanoMaximo).";
            Reportar(CatalogoDeDiagnosticos.DocumentoDeAvancesIlegible, fuente, linea, 0,
                (linea > 0 ? $"La línea {linea.ToString(CultureInfo.InvariantCulture)}: " : "$: ") + mensaje);
            return null;
        }

        try
        {
            return PoaJson.DeserializeAvances(bytes, json);
        }
        catch (JsonException e)
        {
            mensaje = SinParametro(e.Message);
            lineaDelError = linea > 0 ? linea : e.LineNumber is { } l ? (int)l + 1 : null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // What the JSON reader lets through besides JsonException is still bad content, never a crash.
            mensaje = "El documento no se pudo leer: " + SinParametro(e.Message);
            lineaDelError = linea > 0 ? linea : null;
        }

        var donde = linea > 0 ? $"La línea {linea.ToString(CultureInfo.InvariantCulture)} no es un documento de avances válido: " : string.Empty;
        Reportar(CatalogoDeDiagnosticos.DocumentoDeAvancesIlegible, fuente, lineaDelError ?? 0, 0, donde + mensaje);
        return null;
    }

    private void AgregarDocumento(DocumentoDeAvances documento, int fuente, int linea)
    {
        var origen = new Origen(fuente, linea, 0, 0, 0, 0, SinIndiceJson);
        int plan;
        if (documento.UnidadResponsable is not { } unidad)
        {
            if (planes.Length > 1)
            {
                diagnosticos.Add((CatalogoDeDiagnosticos.DocumentoDeAvancesSinUnidad.Crear(
                    new Ubicacion(propiedad: "$.unidadResponsable", archivo: archivos[fuente], linea: linea > 0 ? linea : null),
                    $"Con {planes.Length.ToString(CultureInfo.InvariantCulture)} planes, cada documento de avances debe nombrar su unidad responsable; sus {documento.Avances.Count.ToString(CultureInfo.InvariantCulture)} avances no se leen."),
                    fuente, linea, 0, diagnosticos.Count));
                return;
            }

            plan = 0;
        }
        else
        {
            var indices = PlanesDe(unidad, origen, 0, documento.Avances.Count);
            if (indices is null)
            {
                return;
            }

            plan = ElegirPlan(indices, unidad, documento.Ejercicio.Anio, origen, 0);
            if (plan < 0)
            {
                return;
            }
        }

        for (var i = 0; i < documento.Avances.Count; i++)
        {
            porPlan[plan].Add(new Leido(documento.Avances[i], origen with { IndiceJson = i }));
        }
    }
}
