using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace Claro.Content;

/// <summary>
/// Turns an author's Markdown into the HTML readers get. Raw HTML is disabled in Markdig and
/// the result goes through HtmlSanitizer as a second wall; both are built once and shared,
/// since they are immutable after configuration and safe across threads. The sanitizer keeps only
/// what an explainer needs (text, headings, lists, quotes, tables, links, images from this site),
/// so the HTML is safe on any page, even one without a Content-Security-Policy: no scripts, forms,
/// styles or classes, nothing loaded from another host (<see cref="ContentHtml"/>). Callers check
/// <see cref="BodyLimits"/> first: within them, rendering is fast.
/// </summary>
public static partial class MarkdownRenderer
{
    /// <summary>The one pipeline every reading of an author's Markdown shares: what readers see is what a radio script says.</summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(AutoIdentifierOptions.AutoLink | AutoIdentifierOptions.AllowOnlyAscii)
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseGenericAttributes()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Elements an explainer is written with. Landmarks, forms and layout elements are left out: their text stays, the element goes.</summary>
    private static readonly string[] AllowedTags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "ul", "ol", "li", "dl", "dt", "dd",
        "a", "img", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "sub", "sup", "small", "abbr", "cite", "dfn", "q",
        "kbd", "samp", "var", "time", "span", "div", "bdi", "wbr", "ruby", "rt", "rp", "figure", "figcaption", "details", "summary",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
    ];

    private static readonly string[] AllowedAttributes =
        ["id", "lang", "dir", "href", "hreflang", "src", "alt", "title", "colspan", "rowspan", "scope", "start", "reversed", "datetime"];

    /// <summary>Elements removed with everything inside them, not only their tags: what they hold is code, a control or a frame, not text.</summary>
    private static readonly HashSet<string> RemovedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
        "select", "textarea", "button", "datalist", "head", "title", "meta", "link", "base",
    };

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string markdown) => Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));

    /// <summary>
    /// The syntax tree readers' HTML is rendered from, with exact source positions: what translation units
    /// and link resolution read, so that they see the Markdown exactly as the renderer does.
    /// </summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown ?? "", Pipeline);

    /// <summary>Renders a tree from <see cref="Parse"/>, after a caller has changed it (such as links that follow the reader's language).</summary>
    public static string ToHtml(MarkdownDocument document) => Sanitize(document.ToHtml(Pipeline));

    /// <summary>Cleans HTML that arrives already written, such as an imported <c>HtmlBodyPart</c>.</summary>
    public static string Sanitize(string html)
    {
        using var document = Sanitizer.SanitizeDom(html ?? "");
        return document.Body is { } body ? ContentHtml.Write(body) : "";
    }

    /// <summary>The plain text of a Markdown body, for search, snippets and readability.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown ?? "", Pipeline);

    /// <summary>The plain text of a version's body: from its Markdown, or from its HTML when it arrived as HTML (an imported <c>HtmlBodyPart</c>).</summary>
    public static string PlainTextOf(string markdown, string html) =>
        markdown.Length > 0 ? ToPlainText(markdown) : Tags().Replace(html, " ");

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]+>")]
    private static partial System.Text.RegularExpressions.Regex Tags();

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["https", "http", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite"], StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.RemovingTag += (_, removing) =>
        {
            if (RemovedWithContent.Contains(removing.Tag.LocalName))
            {
                removing.Tag.Remove();
                removing.Cancel = true;
            }
        };

        // Text marked with its language ({lang=en}) runs in that language's direction: an English quotation keeps its order in an Arabic page.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element && element.GetAttribute("lang") is { Length: > 0 } lang && !element.HasAttribute("dir"))
            {
                element.SetAttribute("dir", Localization.TextDirection.Of(lang));
            }
        };

        return sanitizer;
    }
}
