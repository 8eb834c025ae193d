using Claro.Content;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Claro.Links;

/// <summary>A heading of a page and the id readers' HTML gives it, the target of <c>#fragment</c> links.</summary>
public sealed record HeadingAnchor(int Level, string Id)
{
    /// <summary>The headings of a body in order, with their ids as rendered (<c>{#id}</c> or made from the text).</summary>
    public static IReadOnlyList<HeadingAnchor> Of(string markdown) =>
        MarkdownRenderer.Parse(markdown).Descendants<HeadingBlock>()
            .Select(h => new HeadingAnchor(h.Level, h.TryGetAttributes()?.Id ?? ""))
            .Where(h => h.Id.Length > 0)
            .ToList();

    /// <summary>
    /// The id, on a translation, of the heading a fragment names on another language's page. Headings
    /// correspond by their place among the headings of their level, as the side-by-side editor pairs
    /// sections, when both pages have as many of that level; otherwise only the same id matches.
    /// Null when nothing on the translation corresponds: the link then leads to the top of the page.
    /// </summary>
    public static string? Match(string? fragment, IReadOnlyList<HeadingAnchor> named, IReadOnlyList<HeadingAnchor> translation)
    {
        if (string.IsNullOrEmpty(fragment))
        {
            return null;
        }

        var sameId = translation.Any(h => h.Id == fragment) ? fragment : null;
        var index = named.ToList().FindIndex(h => h.Id == fragment);
        if (index < 0)
        {
            return sameId;
        }

        var level = named[index].Level;
        var rank = named.Take(index).Count(h => h.Level == level);
        var counterparts = translation.Where(h => h.Level == level).ToList();
        return counterparts.Count == named.Count(h => h.Level == level) ? counterparts[rank].Id : sameId;
    }
}
