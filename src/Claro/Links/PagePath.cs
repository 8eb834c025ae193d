using Claro.Content;

namespace Claro.Links;

/// <summary>
/// A link to an explainer as an author writes it in Markdown, <c>/en/ice-help#call</c>: a culture of
/// the site, a slug, and perhaps a heading. It names a document (and a heading of it), not the page
/// readers reach: they get the page in their own language where there is one.
/// </summary>
public sealed record PagePath(string Culture, string Slug, string? Fragment)
{
    /// <summary>The page without the heading, as <see cref="PageLink.Path"/> stores it: <c>/en/ice-help</c>.</summary>
    public string Page => $"/{Culture}/{Slug}";

    /// <summary>A site-relative <c>/{culture}/{slug}</c> address, matched as readers' addresses are (case and accents ignored); null for anything else.</summary>
    public static PagePath? Parse(string? url, IReadOnlyCollection<string> cultures)
    {
        if (CultureOf(url, cultures) is not { } culture)
        {
            return null;
        }

        var hash = url!.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 || hash == url.Length - 1 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (path.Contains('?', StringComparison.Ordinal) || segments.Length != 2 || segments[1].Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var slug = Content.Slug.Fold(Uri.UnescapeDataString(segments[1]));
        return Content.Slug.CanAddressPage(slug) ? new PagePath(culture, slug, fragment) : null;
    }

    /// <summary>The site's culture a site-relative address starts with (<c>/es/…</c>), whether or not it names an explainer.</summary>
    public static string? CultureOf(string? url, IReadOnlyCollection<string> cultures)
    {
        if (url is not ['/', not '/', ..])
        {
            return null;
        }

        var end = url.IndexOfAny(['/', '?', '#'], 1);
        var first = end < 0 ? url[1..] : url[1..end];
        return cultures.FirstOrDefault(c => string.Equals(c, first, StringComparison.OrdinalIgnoreCase));
    }
}
