using System.Text;

namespace Poa.Domain.EntityFrameworkCore.Internos;

/// <summary>
/// The comparison key of a name, stored beside it (<c>unidad_responsable_clave</c>...) so that a unique index and a
/// <c>WHERE</c> compare names as the domain does on every database: white space collapsed, the accents of the
/// Latin-1 letters removed, upper case (invariant). The tests check, character by character, that two names get
/// the same key exactly when the domain's <see cref="UnidadResponsable"/> values are equal.
/// </summary>
internal static class Claves
{
    // Each accented letter and the letter it folds to, as the domain's fixed table (Poa.Domain's Texto.Clave).
    private const string Acentuadas = "áàâäãåÁÀÂÄÃÅéèêëÉÈÊËíìîïÍÌÎÏóòôöõÓÒÔÖÕúùûüÚÙÛÜñÑçÇ";
    private const string SinAcento = "aaaaaaAAAAAAeeeeEEEEiiiiIIIIoooooOOOOOuuuuUUUUnNcC";

    /// <summary>The key of <paramref name="nombre"/>.</summary>
    internal static string De(string nombre)
    {
        var builder = new StringBuilder(nombre.Length);
        var espacioPendiente = false;
        foreach (var c in nombre)
        {
            if (char.IsWhiteSpace(c))
            {
                espacioPendiente = builder.Length > 0;
                continue;
            }

            if (espacioPendiente)
            {
                builder.Append(' ');
                espacioPendiente = false;
            }

            var indice = Acentuadas.IndexOf(c);
            builder.Append(char.ToUpperInvariant(indice >= 0 ? SinAcento[indice] : c));
        }

        return builder.ToString();
    }
}
