using System.Globalization;

namespace Claro.Content;

/// <summary>Languages named in the library's messages to staff, which are written in English.</summary>
public static class CultureNames
{
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
