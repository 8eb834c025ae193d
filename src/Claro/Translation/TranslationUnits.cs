using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace Claro.Translation;

/// <summary>One piece of text a translator translates: the title, the summary, or a heading, paragraph or list item of the body.</summary>
public sealed record TranslationUnit(string Id, string Kind, string Text);

/// <summary>
/// Cuts a version into translation units and puts a translation back together, keeping the
/// Markdown structure (heading levels, lists, quotations, <c>{#id}</c> and <c>{lang=…}</c> attributes) of the source.
/// </summary>
public static partial class TranslationUnits
{
    public const string Title = "title";
    public const string Summary = "summary";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static IReadOnlyList<TranslationUnit> Of(string title, string summary, string markdown)
    {
        var units = new List<TranslationUnit> { new(Title, "title", title) };
        if (summary.Length > 0)
        {
            units.Add(new TranslationUnit(Summary, "summary", summary));
        }

        units.AddRange(Blocks(markdown).Select(b => new TranslationUnit(b.Id, b.Kind, b.Text)));
        return units;
    }

    /// <summary>The body with each block's text replaced by its translation; blocks without one keep their text.</summary>
    public static string Rebuild(string markdown, IReadOnlyDictionary<string, string> translations)
    {
        var result = new StringBuilder(markdown);
        foreach (var block in Blocks(markdown).OrderByDescending(b => b.Start))
        {
            if (translations.TryGetValue(block.Id, out var translated))
            {
                result.Remove(block.Start, block.Length).Insert(block.Start, OneLine(translated));
            }
        }

        return result.ToString();
    }

    private static string OneLine(string text) => WhiteSpace().Replace(text.Trim(), " ");

    private static List<Block> Blocks(string markdown)
    {
        var blocks = new List<Block>();
        foreach (var leaf in Markdown.Parse(markdown, Pipeline).Descendants<LeafBlock>())
        {
            var kind = leaf switch
            {
                HeadingBlock => "heading",
                ParagraphBlock when leaf.Parent is ListItemBlock => "list-item",
                ParagraphBlock => "paragraph",
                _ => null,
            };
            if (kind is null || leaf.Inline?.FirstChild is not { } firstInline || leaf.Inline.LastChild is not { } lastInline)
            {
                continue;
            }

            var start = firstInline.Span.Start;
            var end = lastInline.Span.End + 1;
            var attributes = TrailingAttributes().Match(markdown, start, end - start);
            if (attributes.Success)
            {
                // Trailing generic attributes ({#id}, {lang=en}) are structure, not text: they stay out of the unit.
                end = attributes.Index;
            }

            // Later lines of a quoted or listed paragraph carry the markers of their container; the text does not.
            var text = string.Join("\n", markdown[start..end].Split('\n').Select((line, i) => i == 0 ? line.Trim() : line.TrimStart(' ', '\t', '>').Trim()));
            if (text.Trim().Length > 0)
            {
                blocks.Add(new Block($"b{blocks.Count + 1}", kind, text.Trim(), start, end - start));
            }
        }

        return blocks;
    }

    [GeneratedRegex(@"\s*\{[^{}\n]*\}\s*\z")]
    private static partial Regex TrailingAttributes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private sealed record Block(string Id, string Kind, string Text, int Start, int Length);
}
