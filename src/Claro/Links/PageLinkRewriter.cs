using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Claro.Links;

/// <summary>
/// A link of a body to a page of the site in some language: where it was written to go, where readers
/// are sent, in which language, and whether they can open it.
/// </summary>
/// <param name="DocumentId">The explainer it leads to; null for another page of the site (a language's home, search).</param>
public sealed record ResolvedLink(string Written, string Href, string Culture, bool IsPublic, string? DocumentId, PagePath? Path);

/// <summary>
/// Points each link to an explainer at the page readers of a culture should reach, in a body's
/// syntax tree before it is rendered. A link given <c>{hreflang=…}</c> by its author keeps its address:
/// the author chose that language on purpose.
/// </summary>
public static class PageLinkRewriter
{
    /// <param name="documentOf">The document an address is bound to; by default, the one whose page has it.</param>
    public static IReadOnlyList<ResolvedLink> Rewrite(MarkdownDocument body, string readerCulture, IReadOnlyCollection<string> cultures,
        PageDirectory directory, Func<PagePath, string?>? documentOf = null)
    {
        var links = new List<ResolvedLink>();
        foreach (var link in body.Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is not { } written || link.TryGetAttributes()?.Properties?.Any(p => p.Key == "hreflang") == true
                || PagePath.CultureOf(written, cultures) is not { } writtenCulture)
            {
                continue;
            }

            var path = written.Length <= PageLink.MaxTarget ? PagePath.Parse(written, cultures) : null;
            var documentId = path is null ? null : (documentOf is null ? directory.DocumentAt(path) : documentOf(path));
            if (path is null || documentId is null || directory.Resolve(documentId, path, readerCulture) is not { } target)
            {
                // Not an explainer (a language's home page, search), or an address no page has: it stays as written.
                links.Add(new ResolvedLink(written, written, writtenCulture, path is null, null, path));
                continue;
            }

            link.Url = target.Href;
            if (target.Culture != readerCulture)
            {
                link.GetAttributes().AddProperty("hreflang", target.Culture);
            }

            links.Add(new ResolvedLink(written, target.Href, target.Culture, target.IsPublic, documentId, path));
        }

        return links;
    }
}
