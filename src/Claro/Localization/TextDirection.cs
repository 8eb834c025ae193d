using System.Globalization;

namespace Claro.Localization;

/// <summary>Which way a language is written, for HTML's <c>dir</c>: Arabic, Hebrew, Persian and Urdu right to left.</summary>
public static class TextDirection
{
    public const string LeftToRight = "ltr";
    public const string RightToLeft = "rtl";

    /// <summary><c>rtl</c> or <c>ltr</c>, as the culture's own writing system goes; <c>ltr</c> for a name .NET does not know.</summary>
    public static string Of(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return LeftToRight;
        }

        try
        {
            return CultureInfo.GetCultureInfo(culture).TextInfo.IsRightToLeft ? RightToLeft : LeftToRight;
        }
        catch (CultureNotFoundException)
        {
            return LeftToRight;
        }
    }

    /// <summary>The <c>dir</c> a page's root element needs: <c>rtl</c>, or none, since left to right is HTML's default.</summary>
    public static string? OfPage(string? culture) => Within(culture, null);

    /// <summary>
    /// The <c>dir</c> an element in <paramref name="culture"/> needs inside a page in <paramref name="pageCulture"/>:
    /// null when both go the same way, so that left-to-right pages keep their markup as it was.
    /// </summary>
    public static string? Within(string? culture, string? pageCulture) =>
        Of(culture) == Of(pageCulture) ? null : Of(culture);
}
