using System.Globalization;

namespace Claro.Content;

/// <summary>Culture names: how the site spells them, and how the library's messages to staff, written in English, name them.</summary>
public static class CultureNames
{
    /// <summary>
    /// The site's spelling of a culture name (<c>ES</c> → <c>es</c>), applied once where a name enters: the configuration,
    /// an address, a query or form field, a file (XLIFF, PO, glossary, recipe). Past that, names are compared ordinally.
    /// </summary>
    public static string Normalize(string culture) => culture.ToLowerInvariant();

    /// <summary>"Spanish" for <c>es</c>; the code itself for a culture .NET does not know.</summary>
    public static string English(string? culture)
    {
        try
        {
            return CultureInfo.GetCultureInfo(culture ?? "").EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return culture ?? "";
        }
    }
}
