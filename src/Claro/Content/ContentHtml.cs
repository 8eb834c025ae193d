using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html;

namespace Claro.Content;

/// <summary>
/// Writes sanitized content as the HTML readers and API clients get, with the rules that make it safe
/// to embed on a page without a Content-Security-Policy: an image from another host becomes a link to
/// it (nothing loads from elsewhere), a link away from the site carries <c>rel="noopener noreferrer"</c>,
/// and an id the site's own pages use is prefixed so that content never takes it over.
/// </summary>
/// <remarks>
/// Written here rather than by AngleSharp's serializer, which finds each node's next sibling by a
/// linear search: an element with thousands of children took seconds. This walk is linear.
/// </remarks>
internal static class ContentHtml
{
    /// <summary>What an id from content that the site's pages use becomes: <c>main</c> → <c>content-main</c>.</summary>
    public const string IdPrefix = "content-";

    public const string ExternalRel = "noopener noreferrer";

    /// <summary>
    /// Ids the site's pages give their own elements (the layouts, the reader's pages, the staff forms
    /// around a preview), and prefixes of those made from a value. A test collects every id the pages
    /// render and checks it is here.
    /// </summary>
    private static readonly HashSet<string> PageIds = new(StringComparer.OrdinalIgnoreCase)
    {
        "main", "site-search", "site-search-label", "search-title", "q", "update-notice",
        "email", "password", "login-error", "refusal",
        "title", "summary", "slug", "slug-hint", "body", "change-note", "culture", "comment",
        "preview-heading", "changes-heading", "decision-heading", "glossary-heading", "links-heading", "publish-heading",
        "backup-heading", "import-heading", "recipe", "publish", "withdraw-reason", "allow-outdated", "allow-outdated-hint",
        "link-document", "link-culture", "link-code", "link-code-hint", "my-drafts", "to-review", "to-publish",
        "review", "review-heading", "review-by", "withdraw-at", "withdrawal-scheduled", "mail-off", "mail-backlog",
        "mail-culture", "translates-hint", "from", "to", "views-chart", "behind-chart",
    };

    // Browsers trim these from both ends of a URL.
    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 33).Select(c => (char)c)];

    private static readonly string[] PageIdPrefixes = ["publish-", "culture-", "section-", "kind-", "translates-", "views-chart-", "behind-chart-"];

    public static bool IsPageId(string id) =>
        PageIds.Contains(id) || PageIdPrefixes.Any(prefix => id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The children of <paramref name="root"/> as HTML, with the rules above applied.</summary>
    public static string Write(INode root)
    {
        var html = new StringBuilder();
        var formatter = HtmlMarkupFormatter.Instance;
        var open = new Stack<(INode Parent, int Next)>();
        open.Push((root, 0));
        while (open.TryPop(out var frame))
        {
            var children = frame.Parent.ChildNodes;
            if (frame.Next >= children.Length)
            {
                if (frame.Parent is IElement closing && !ReferenceEquals(closing, root))
                {
                    html.Append(formatter.CloseTag(closing, closing.Flags.HasFlag(NodeFlags.SelfClosing)));
                }

                continue;
            }

            open.Push((frame.Parent, frame.Next + 1));
            switch (children[frame.Next])
            {
                case IElement { LocalName: "img" } image when string.IsNullOrWhiteSpace(image.GetAttribute("src")) || !IsOnThisSite(image.GetAttribute("src")):
                    WriteImageAsLink(image, html, formatter);
                    break;
                case IElement element:
                    ApplyRules(element);
                    var selfClosing = element.Flags.HasFlag(NodeFlags.SelfClosing);
                    html.Append(formatter.OpenTag(element, selfClosing));
                    if (!selfClosing && element.Flags.HasFlag(NodeFlags.LineTolerance) && element.FirstChild is IText { Data: ['\n', ..] })
                    {
                        html.Append('\n');
                    }

                    open.Push((element, 0));
                    break;
                case IComment:
                    break;
                case ICharacterData text:
                    html.Append(frame.Parent.Flags.HasFlag(NodeFlags.LiteralText) ? formatter.LiteralText(text) : formatter.Text(text));
                    break;
            }
        }

        return html.ToString();
    }

    private static void ApplyRules(IElement element)
    {
        if (element.GetAttribute("id") is { } id && IsPageId(id))
        {
            element.SetAttribute("id", IdPrefix + id);
        }

        if (element.LocalName == "a" && element.GetAttribute("href") is { } href && !IsOnThisSite(href))
        {
            element.SetAttribute("rel", ExternalRel);
        }
    }

    /// <summary>
    /// An image from elsewhere would tell that host who reads the page: readers get a link they may choose
    /// to follow. An image whose address the sanitizer removed (<c>data:</c>, <c>javascript:</c>) leaves its text.
    /// </summary>
    private static void WriteImageAsLink(IElement image, StringBuilder html, AngleSharp.IMarkupFormatter formatter)
    {
        var source = image.GetAttribute("src");
        var alt = image.GetAttribute("alt");
        var words = image.Owner!.CreateTextNode(string.IsNullOrWhiteSpace(alt) ? source ?? "" : alt);
        if (string.IsNullOrWhiteSpace(source))
        {
            html.Append(formatter.Text(words));
            return;
        }

        var link = image.Owner.CreateElement("a");
        link.SetAttribute("href", source);
        link.SetAttribute("rel", ExternalRel);
        if (image.GetAttribute("title") is { } title)
        {
            link.SetAttribute("title", title);
        }

        html.Append(formatter.OpenTag(link, false)).Append(formatter.Text(words)).Append(formatter.CloseTag(link, false));
    }

    /// <summary>
    /// Whether a URL stays on the site that serves it: a path, not an address with a scheme or a host.
    /// Browsers drop tabs and line breaks inside URLs and read a backslash as a slash, so <c>/\evil.example</c> is another host.
    /// </summary>
    internal static bool IsOnThisSite(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var cleaned = string.Concat(url.Where(c => c is not ('\t' or '\n' or '\r'))).Trim(ControlsAndSpace);
        var beforePath = cleaned.AsSpan(0, cleaned.AsSpan().IndexOfAny('/', '?', '#') is >= 0 and var end ? end : cleaned.Length);
        if (beforePath.Contains(':'))
        {
            return false;
        }

        return !(cleaned.Length > 1 && cleaned[0] is '/' or '\\' && cleaned[1] is '/' or '\\');
    }
}
