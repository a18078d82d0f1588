using System.IO;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Poa.Domain.Reportes;

/// <summary>
/// Writes markup and text to the report: markup as it is, every text HTML-encoded (names and descriptions
/// come from users' files). Text with right-to-left letters or bidirectional controls is isolated in
/// <c>&lt;bdi&gt;</c>, so that it cannot reorder the text around it.
/// </summary>
internal sealed class EscritorHtml(TextWriter destino)
{
    /// <summary>Encodes <c>&lt; &gt; &amp; ' " +</c>, controls and characters outside the BMP (emoji become <c>&amp;#x1F600;</c>); accents stay as they are.</summary>
    private static readonly HtmlEncoder Codificador = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Markup, written as it is: only constant markup and numbers, never data.</summary>
    internal EscritorHtml Html(string marcado)
    {
        destino.Write(marcado);
        return this;
    }

    /// <summary>A text from the data (or any text), HTML-encoded; isolated in <c>&lt;bdi&gt;</c> when it has right-to-left content.</summary>
    internal EscritorHtml Texto(string texto)
    {
        if (TieneBidi(texto))
        {
            destino.Write("<bdi>");
            Codificador.Encode(destino, texto);
            destino.Write("</bdi>");
        }
        else
        {
            Codificador.Encode(destino, texto);
        }

        return this;
    }

    /// <summary>A text HTML-encoded without <c>&lt;bdi&gt;</c>: for places where no element may go (<c>&lt;title&gt;</c>).</summary>
    internal EscritorHtml Plano(string texto)
    {
        Codificador.Encode(destino, texto);
        return this;
    }

    /// <summary>Whether <paramref name="texto"/> has right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and the like) or bidirectional controls.</summary>
    internal static bool TieneBidi(string texto)
    {
        foreach (var c in texto)
        {
            if (c < '\u0590')
            {
                continue;
            }

            if (c <= '\u08FF'
                || c is '\u200E' or '\u200F' or '\u061C'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || (c >= '\uFB1D' && c <= '\uFDFF')
                || (c >= '\uFE70' && c <= '\uFEFF')
                || c is '\uD802' or '\uD803' or '\uD83A' or '\uD83B')
            {
                return true;
            }
        }

        return false;
    }
}
