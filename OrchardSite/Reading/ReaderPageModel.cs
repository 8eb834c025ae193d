using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claro.Site.Reading;

/// <summary>A link to the same content in another language, as the switcher and hreflang show it.</summary>
internal sealed record LanguageLink(string Culture, string Href)
{
    /// <summary>The language's name in that language, as its readers would look for it: "English", "Español".</summary>
    public string NativeName
    {
        get
        {
            var name = CultureInfo.GetCultureInfo(Culture).NativeName;
            var bracket = name.IndexOf(" (", StringComparison.Ordinal);
            name = bracket > 0 ? name[..bracket] : name;
            return char.ToUpper(name[0], CultureInfo.GetCultureInfo(Culture)) + name[1..];
        }
    }
}

/// <summary>What the readers' layout needs from every page: its language, title and the other languages it exists in.</summary>
internal abstract class ReaderPageModel : PageModel
{
    internal string Culture { get; private protected set; } = CultureInfo.CurrentUICulture.Name;

    internal string Title { get; private protected set; } = "";

    internal string? Description { get; private protected set; }

    /// <summary>Absolute address of this page, for <c>rel="canonical"</c>.</summary>
    internal string? Canonical { get; private protected set; }

    /// <summary>Absolute addresses of the page in each language, for <c>hreflang</c>; empty where a page has no translations.</summary>
    internal IReadOnlyList<LanguageLink> Alternates { get; private protected set; } = [];

    /// <summary>The culture <c>x-default</c> points at.</summary>
    internal string? DefaultAlternate { get; private protected set; }

    /// <summary>Where the language switcher leads: the same content in each other language.</summary>
    internal IReadOnlyList<LanguageLink> Languages { get; private protected set; } = [];

    protected void UseHomeLanguages(ClaroOptions options, string pathAfterCulture = "") =>
        Languages = options.Cultures.Where(c => c != Culture).Select(c => new LanguageLink(c, $"/{c}/{pathAfterCulture}")).ToList();
}
