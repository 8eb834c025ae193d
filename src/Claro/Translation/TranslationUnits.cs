using System.Text;
using Claro.Content;
using Claro.Workflow;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Claro.Translation;

/// <summary>A version's title, summary and body after every unit was replaced by its translation.</summary>
public sealed record TranslatedText(string Title, string Summary, string Body);

/// <summary>
/// Cuts a version into translation units and puts a translation back together, keeping the Markdown
/// structure (heading levels, lists, quotations, <c>{#id}</c> and <c>{lang=…}</c> attributes) of the
/// source. Inline markup is read from Markdig's syntax tree, the one readers' pages are rendered from.
/// </summary>
public static class TranslationUnits
{
    public const string Title = "title";
    public const string Summary = "summary";

    public static IReadOnlyList<TranslationUnit> Of(string title, string summary, string markdown)
    {
        var units = new List<TranslationUnit> { TranslationUnit.PlainText(Title, "title", title) };
        if (summary.Length > 0)
        {
            units.Add(TranslationUnit.PlainText(Summary, "summary", summary));
        }

        units.AddRange(BodyOf(markdown));
        return units;
    }

    /// <summary>The units of a body alone: its headings, paragraphs and list items, numbered from <c>b1</c>.</summary>
    public static IReadOnlyList<TranslationUnit> BodyOf(string markdown) => Blocks(markdown).Select(b => b.Unit).ToList();

    /// <summary>
    /// The version with each unit replaced by its translation (units without one keep their text).
    /// Each translation must keep its unit's codes in a way Markdown can carry; the rebuilt body is
    /// read back and must show every unit as translated, or nothing is returned but the reason.
    /// </summary>
    public static Outcome<TranslatedText> Apply(string title, string summary, string markdown, IReadOnlyDictionary<string, IReadOnlyList<UnitPart>> translations)
    {
        var accepted = new Dictionary<string, IReadOnlyList<UnitPart>>();
        foreach (var unit in Of(title, summary, markdown))
        {
            if (translations.TryGetValue(unit.Id, out var translation))
            {
                var checkedTranslation = unit.Accept(translation);
                if (checkedTranslation.Refusal is { } refusal)
                {
                    return refusal;
                }

                accepted[unit.Id] = checkedTranslation.Value!;
            }
        }

        var blocks = Blocks(markdown);
        var body = new StringBuilder(markdown);
        foreach (var block in blocks.OrderByDescending(b => b.Start))
        {
            if (accepted.TryGetValue(block.Unit.Id, out var content))
            {
                body.Remove(block.Start, block.Length).Insert(block.Start, block.Unit.ToMarkdown(content));
            }
        }

        var rebuilt = body.ToString();
        var reread = Blocks(rebuilt);
        for (var i = 0; i < Math.Max(blocks.Count, reread.Count); i++)
        {
            var unit = blocks[Math.Min(i, blocks.Count - 1)].Unit;
            var expected = accepted.TryGetValue(unit.Id, out var content) ? unit.Shape(content) : unit.Shape(unit.Content);
            if (i >= reread.Count || i >= blocks.Count || reread[i].Unit.Kind != unit.Kind || !reread[i].Unit.Shape(reread[i].Unit.Content).SequenceEqual(expected))
            {
                return Refusal.Invalid($"Unit '{unit.Id}': its translation does not read back as the same text and codes once written as Markdown " +
                    "(emphasis needs a space or punctuation on its outer side, and codes next to each other can merge). Move the codes or the spaces around them.");
            }
        }

        return new TranslatedText(
            accepted.TryGetValue(Title, out var translatedTitle) ? Plain(translatedTitle) : title,
            accepted.TryGetValue(Summary, out var translatedSummary) ? Plain(translatedSummary) : summary,
            rebuilt);
    }

    private static string Plain(IReadOnlyList<UnitPart> content) => string.Concat(content.OfType<TextPart>().Select(t => t.Text));

    private static List<Block> Blocks(string markdown)
    {
        var blocks = new List<Block>();
        foreach (var leaf in MarkdownRenderer.Parse(markdown).Descendants<LeafBlock>())
        {
            var kind = leaf switch
            {
                HeadingBlock => "heading",
                ParagraphBlock when leaf.Parent is ListItemBlock => "list-item",
                ParagraphBlock when leaf.Parent is TableCell => "table-cell",
                ParagraphBlock => "paragraph",
                _ => null,
            };
            if (kind is null || leaf.Inline?.FirstChild is not { } first || leaf.Inline.LastChild is not { } last)
            {
                continue;
            }

            var reader = new InlineReader(markdown, leaf);
            reader.Read(leaf.Inline);
            var content = TranslationUnit.Tidy(reader.Parts);
            if (!content.OfType<TextPart>().Any(t => t.Text.Trim().Length > 0))
            {
                continue;
            }

            // The unit spans its inlines, without the white space around them or the block's own {…} attributes.
            var start = first.Span.Start;
            var end = reader.EndOf(last);
            while (start < end && char.IsWhiteSpace(markdown[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(markdown[end - 1]))
            {
                end--;
            }

            blocks.Add(new Block(new TranslationUnit($"b{blocks.Count + 1}", kind, content, reader.Codes), start, end - start));
        }

        return blocks;
    }

    private sealed record Block(TranslationUnit Unit, int Start, int Length);

    /// <summary>Walks a block's inlines into text and codes; each code keeps the exact Markdown the source wrote.</summary>
    private sealed class InlineReader(string markdown, LeafBlock block)
    {
        public List<UnitPart> Parts { get; } = [];

        public List<InlineCode> Codes { get; } = [];

        public void Read(ContainerInline container)
        {
            foreach (var inline in container)
            {
                Read(inline);
            }
        }

        /// <summary>Where an inline's Markdown ends, counting a <c>{…}</c> of attributes given to it (as to a link).</summary>
        public int EndOf(Inline inline)
        {
            var end = inline.Span.End + 1;
            if (inline.TryGetAttributes() is null || end >= markdown.Length || markdown[end] != '{')
            {
                return end;
            }

            return inline.NextSibling is { } next ? next.Span.Start : block.Span.End + 1;
        }

        private void Read(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Parts.Add(new TextPart(literal.Content.ToString()));
                    break;
                case HtmlEntityInline entity:
                    Parts.Add(new TextPart(entity.Transcoded.ToString()));
                    break;
                case LineBreakInline { IsHard: false }:
                    Parts.Add(new TextPart(" "));
                    break;
                case LineBreakInline lineBreak:
                    // From the end of the text before to the start of the text after: the spaces or backslash, the new line, and the quote markers or indent of the next line.
                    var from = lineBreak.PreviousSibling is { } previous ? previous.Span.End + 1 : lineBreak.Span.Start;
                    var to = lineBreak.NextSibling is { } next ? next.Span.Start : lineBreak.Span.End + 1;
                    Placeholder(InlineCodeKind.LineBreak, markdown[from..to]);
                    break;
                case CodeInline inlineCode:
                    Placeholder(InlineCodeKind.Code, markdown[inlineCode.Span.Start..EndOf(inlineCode)], inlineCode.Content);
                    break;
                case EmphasisInline or LinkInline when inline is ContainerInline { FirstChild: { } first, LastChild: { } last } container:
                    var code = new InlineCode(NextId(), KindOf(inline), markdown[inline.Span.Start..first.Span.Start], markdown[(last.Span.End + 1)..EndOf(inline)]);
                    Codes.Add(code);
                    Parts.Add(new CodeStart(code.Id));
                    Read(container);
                    Parts.Add(new CodeEnd(code.Id));
                    break;
                default:
                    Placeholder(InlineCodeKind.Other, markdown[inline.Span.Start..EndOf(inline)]);
                    break;
            }
        }

        private void Placeholder(InlineCodeKind kind, string source, string? display = null)
        {
            var code = new InlineCode(NextId(), kind, source, null, display);
            Codes.Add(code);
            Parts.Add(new CodePlaceholder(code.Id));
        }

        private string NextId() => (Codes.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static InlineCodeKind KindOf(Inline inline) => inline switch
        {
            LinkInline { IsImage: true } => InlineCodeKind.Image,
            LinkInline => InlineCodeKind.Link,
            EmphasisInline { DelimiterChar: '*' or '_', DelimiterCount: 1 } => InlineCodeKind.Emphasis,
            EmphasisInline { DelimiterChar: '*' or '_', DelimiterCount: 2 } => InlineCodeKind.Strong,
            _ => InlineCodeKind.Formatting,
        };
    }
}
