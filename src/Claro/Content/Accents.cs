using System.Globalization;
using System.Text;

namespace Claro.Content;

/// <summary>
/// Accent folding, the one rule behind slugs, short-link codes and glossary matching: readers type
/// "inmigracion" for "inmigración", and listeners "policia" for "Policía".
/// </summary>
public static class Accents
{
    /// <summary>The text without its combining marks: <c>"Policía, Ñandú"</c> → <c>"Policia, Nandu"</c>.</summary>
    public static string Strip(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
