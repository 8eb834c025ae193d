using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Claro.Content;

/// <summary>
/// Turns an author's Markdown into the HTML readers get. Raw HTML is disabled in Markdig and
/// the result goes through HtmlSanitizer as a second wall; both are built once and shared,
/// since they are immutable after configuration and safe across threads.
/// </summary>
public static partial class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(AutoIdentifierOptions.AutoLink | AutoIdentifierOptions.AllowOnlyAscii)
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseGenericAttributes()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string markdown) => Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));

    /// <summary>Cleans HTML that arrives already written, such as an imported <c>HtmlBodyPart</c>.</summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html ?? "");

    /// <summary>The plain text of a Markdown body, for search, snippets and readability.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown ?? "", Pipeline);

    /// <summary>The plain text of a version's body: from its Markdown, or from its HTML when it arrived as HTML (an imported <c>HtmlBodyPart</c>).</summary>
    public static string PlainTextOf(string markdown, string html) =>
        markdown.Length > 0 ? ToPlainText(markdown) : Tags().Replace(html, " ");

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]+>")]
    private static partial System.Text.RegularExpressions.Regex Tags();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("lang");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        return sanitizer;
    }
}
