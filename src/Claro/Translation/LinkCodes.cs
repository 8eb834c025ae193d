using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Claro.Content;
using Claro.Links;
using Claro.Workflow;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Claro.Translation;

/// <summary>A link of the source to an explainer, shown to translators as a numbered code: <c>[its text][1]</c>.</summary>
/// <param name="Url">The address the source writes.</param>
/// <param name="Destination">The Markdown after the link's text that a code stands for: <c>(/en/ice-help "title")</c>.</param>
public sealed record LinkCode(int Number, string Url, string Destination, string Text);

/// <summary>
/// The side-by-side editor shows links to other explainers as codes, not addresses: the source's
/// <c>[what happens](/en/ice-help)</c> reads <c>[what happens][1]</c>, and the translator writes
/// <c>[qué pasa][1]</c>. Saving puts the source's address back; readers of the translation then reach
/// the page in their own language (see <see cref="PageLinks"/>). The codes are ordinary Markdown
/// reference links, so the text stays Markdown a translator already knows.
/// </summary>
public static partial class LinkCodes
{
    /// <summary>The source's links to explainers, one number per address, in the order they first appear.</summary>
    public static IReadOnlyList<LinkCode> Of(string markdown, IReadOnlyCollection<string> cultures)
    {
        var codes = new List<LinkCode>();
        foreach (var (link, destinationStart, end) in Links(markdown))
        {
            if (PagePath.Parse(link.Url, cultures) is not null && codes.All(c => c.Url != link.Url))
            {
                var text = markdown[(link.Span.Start + 1)..(destinationStart - 1)];
                var destination = markdown[destinationStart..end];
                codes.Add(new LinkCode(codes.Count + 1, link.Url!, destination.StartsWith('(') ? destination : $"(<{link.Url}>)", text));
            }
        }

        return codes;
    }

    /// <summary>The body with each link that <paramref name="codeOf"/> gives a number written as <c>[text][n]</c>.</summary>
    public static string Show(string markdown, Func<string, int?> codeOf)
    {
        var shown = new StringBuilder(markdown);
        foreach (var (link, destinationStart, end) in Links(markdown).OrderByDescending(l => l.DestinationStart))
        {
            if (codeOf(link.Url!) is { } number && !markdown.AsSpan(destinationStart, end - destinationStart).Contains('\n'))
            {
                shown.Remove(destinationStart, end - destinationStart).Insert(destinationStart, $"[{number.ToString(CultureInfo.InvariantCulture)}]");
            }
        }

        return shown.ToString();
    }

    /// <summary>The translation as it is stored: each <c>[text][n]</c> with the source's address of link n.</summary>
    public static Outcome<string> Restore(string markdown, IReadOnlyList<LinkCode> codes)
    {
        var unknown = CodeReference().Matches(markdown).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Where(n => codes.All(c => c.Number != n)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            return Refusal.Invalid(codes.Count == 0
                ? $"The translation names link [{unknown[0]}], but the source has no links to other explainers; write the link as [text](/{{culture}}/{{page}})."
                : $"The translation names link [{unknown[0]}], but the source's links are numbered 1 to {codes.Count}.");
        }

        // Reference links resolve only against definitions: give each code one, after the text, where it changes nothing else.
        var definitions = string.Concat(codes.Select(c => $"\n\n[{c.Number}]: <{Sentinel}{c.Number}>"));
        var restored = new StringBuilder(markdown);
        var references = MarkdownRenderer.Parse(markdown + definitions).Descendants<LinkInline>()
            .Where(l => !l.IsShortcut && l.Url is { } url && url.StartsWith(Sentinel, StringComparison.Ordinal) && l.LabelSpan.Start > 0 && l.Span.End < markdown.Length)
            .OrderByDescending(l => l.LabelSpan.Start);
        foreach (var link in references)
        {
            var code = codes.Single(c => Sentinel + c.Number.ToString(CultureInfo.InvariantCulture) == link.Url);
            var labelStart = link.LabelSpan.Start - 1;
            restored.Remove(labelStart, link.Span.End + 1 - labelStart).Insert(labelStart, code.Destination);
        }

        return restored.ToString();
    }

    private const string Sentinel = "claro-link-code:";

    /// <summary>Each link with text, where its destination starts (after the text's closing bracket) and ends.</summary>
    private static IEnumerable<(LinkInline Link, int DestinationStart, int End)> Links(string markdown)
    {
        foreach (var link in MarkdownRenderer.Parse(markdown).Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is null || link.LastChild is not { } last || last.Span.End + 1 >= markdown.Length || markdown[last.Span.End + 1] != ']')
            {
                continue;
            }

            yield return (link, last.Span.End + 2, link.Span.End + 1);
        }
    }

    [GeneratedRegex(@"\]\[(\d{1,6})\]")]
    private static partial Regex CodeReference();
}
