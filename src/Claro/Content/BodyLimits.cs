using Claro.Workflow;
using Markdig;
using Markdig.Syntax;

namespace Claro.Content;

/// <summary>
/// How much a version's body may hold, so that every body the site accepts renders quickly: Markdig's
/// inline parsing and the sanitizer take more than linear time on some constructs (unclosed links,
/// runs of emphasis, many elements side by side), so their counts are bounded as well as the length.
/// <c>bench/Claro.Bench.Markdown</c> renders the worst bodies these limits let through. Checked
/// wherever text enters: the admin API, the staff pages and their preview, XLIFF and recipe imports.
/// </summary>
public static class BodyLimits
{
    /// <summary>Characters of Markdown in one body (about 15,000 words).</summary>
    public const int MaxLength = 100_000;

    /// <summary>Lines in one body: what reviewers' line-by-line comparisons take time in proportion to.</summary>
    public const int MaxLines = 2_000;

    /// <summary>Levels of block quotes and lists inside each other.</summary>
    public const int MaxDepth = 16;

    /// <summary>Paragraphs, headings, list items, quotes, code blocks and tables in one body.</summary>
    public const int MaxBlocks = 2_000;

    /// <summary>Headings in one body.</summary>
    public const int MaxHeadings = 200;

    /// <summary>Formatting marks (<c>* _ [ ] ` ~ ^ = +</c> and forced line breaks) in one paragraph, heading, list item or table.</summary>
    public const int MaxMarksPerBlock = 50;

    /// <summary>Cells in one table.</summary>
    public const int MaxTableCells = 1_000;

    /// <summary>Formatting marks and table cells in one body.</summary>
    public const int MaxMarks = 5_000;

    /// <summary>Characters of HTML in a body imported as HTML (an Orchard Core <c>HtmlBodyPart</c>).</summary>
    public const int MaxHtmlLength = 2 * MaxLength;

    /// <summary>Tags in a body imported as HTML: the sanitizer spends a few microseconds on each.</summary>
    public const int MaxHtmlTags = 3_000;

    /// <summary>Elements inside each other in a body imported as HTML.</summary>
    public const int MaxHtmlDepth = 64;

    // Only the block structure: Markdig parses blocks in linear time, and the counts below are what bounds its inline parsing.
    private static readonly MarkdownPipeline BlockStructure = CreateBlockPipeline();

    /// <summary>Null when the Markdown is within every limit, else a refusal naming the first limit it passes.</summary>
    public static Refusal? CheckMarkdown(string? markdown)
    {
        markdown ??= "";
        if (markdown.Length > MaxLength)
        {
            return Refusal.OverLimit("body-length", "The body is {0:N0} characters long; the limit is {1:N0}.", markdown.Length, MaxLength);
        }

        var lines = markdown.AsSpan().Count('\n') + 1;
        if (lines > MaxLines)
        {
            return Refusal.OverLimit("lines", "The body has {0:N0} lines; the limit is {1:N0}.", lines, MaxLines);
        }

        if (FirstLineNestedTooDeep(markdown) is { } line)
        {
            return TooDeep(line);
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, BlockStructure);
        }
        catch (ArgumentException)
        {
            // Markdig stops at 128 levels of nesting, which only indentation can reach past the line check above.
            return TooDeep(null);
        }

        return new Tally(markdown).Walk(document, 0);
    }

    /// <summary>Null when HTML that arrives already written is within the limits, else a refusal naming the limit.</summary>
    public static Refusal? CheckHtml(string? html)
    {
        html ??= "";
        if (html.Length > MaxHtmlLength)
        {
            return Refusal.OverLimit("body-length", "The HTML body is {0:N0} characters long; the limit is {1:N0}.", html.Length, MaxHtmlLength);
        }

        var tags = html.AsSpan().Count('<');
        if (tags > MaxHtmlTags)
        {
            return Refusal.OverLimit("html-tags", "The HTML body has {0:N0} tags; the limit is {1:N0}.", tags, MaxHtmlTags);
        }

        return HtmlNesting.Deepest(html, MaxHtmlDepth) > MaxHtmlDepth
            ? Refusal.OverLimit("nesting-depth", "The HTML body nests elements more than {0} deep; flatten it.", MaxHtmlDepth)
            : null;
    }

    private static MarkdownPipeline CreateBlockPipeline()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml();
        // The one block parser of the pipe-table extension, so that blocks split where the renderer's do; the rest of it works on inlines.
        builder.BlockParsers.Insert(0, new Markdig.Extensions.Tables.PipeTableBlockParser());
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    private static Refusal TooDeep(int? line) => line is { } at
        ? Refusal.OverLimit("nesting-depth", "Line {0:N0} nests quotes and lists more than {1} levels deep; flatten them.", at, MaxDepth)
        : Refusal.OverLimit("nesting-depth", "The body nests quotes and lists more than {0} levels deep; flatten them.", MaxDepth);

    /// <summary>
    /// The first line whose own markers (<c>&gt;</c>, <c>-</c>, <c>1.</c>…) open more than <see cref="MaxDepth"/> levels,
    /// found before Markdig, which spends a long time on a line of thousands of markers before it gives up.
    /// </summary>
    private static int? FirstLineNestedTooDeep(string markdown)
    {
        var number = 0;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            number++;
            if (MarkersAtStart(line) > MaxDepth)
            {
                return number;
            }
        }

        return null;
    }

    private static int MarkersAtStart(ReadOnlySpan<char> line)
    {
        var markers = 0;
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            var rest = line[i..];
            if (rest.IsEmpty || rest.TrimStart("-*_ \t").IsEmpty)
            {
                // A run of -, * and _ alone is a thematic break, not nested lists.
                return markers;
            }

            if (rest[0] == '>')
            {
                i++;
            }
            else if (rest[0] is '-' or '*' or '+' && rest.Length > 1 && rest[1] is ' ' or '\t')
            {
                i += 2;
            }
            else if (OrderedMarkerLength(rest) is > 0 and var length)
            {
                i += length;
            }
            else
            {
                return markers;
            }

            markers++;
        }
    }

    private static int OrderedMarkerLength(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits is > 0 and < 10 && text.Length > digits + 1 && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t'
            ? digits + 2
            : 0;
    }

    /// <summary>Counts blocks, headings and marks over the block tree, stopping at the first limit passed.</summary>
    private sealed class Tally(string markdown)
    {
        private int _blocks;
        private int _headings;
        private int _marks;

        public Refusal? Walk(ContainerBlock container, int depth)
        {
            foreach (var block in container)
            {
                if (++_blocks > MaxBlocks)
                {
                    return Refusal.OverLimit("blocks", "The body has more than {0:N0} paragraphs, headings, list items and other blocks; split it into several documents.", MaxBlocks);
                }

                var refusal = block switch
                {
                    ContainerBlock inner => Nested(inner, inner is QuoteBlock or ListBlock ? depth + 1 : depth),
                    HeadingBlock heading when ++_headings > MaxHeadings =>
                        Refusal.OverLimit("headings", "The body has more than {0:N0} headings.", MaxHeadings),
                    LeafBlock leaf when leaf is not CodeBlock => Count(leaf),
                    _ => null,
                };
                if (refusal is not null)
                {
                    return refusal;
                }
            }

            return null;
        }

        private Refusal? Nested(ContainerBlock block, int depth) =>
            depth > MaxDepth ? TooDeep(block.Line + 1) : Walk(block, depth);

        private Refusal? Count(LeafBlock leaf)
        {
            var start = Math.Clamp(leaf.Span.Start, 0, markdown.Length);
            var end = Math.Clamp(leaf.Span.End + 1, start, markdown.Length);
            var (marks, cells) = Marks(markdown.AsSpan(start, end - start));
            if (marks > MaxMarksPerBlock)
            {
                return Refusal.OverLimit("marks-per-block",
                    "The paragraph, heading, list item or table at line {0:N0} has {1:N0} formatting marks (such as * _ [ ] ` and forced line breaks); the limit for one block is {2:N0}.",
                    leaf.Line + 1, marks, MaxMarksPerBlock);
            }

            if (cells > MaxTableCells)
            {
                return Refusal.OverLimit("table-cells", "The table at line {0:N0} has {1:N0} cells; the limit is {2:N0}.", leaf.Line + 1, cells, MaxTableCells);
            }

            _marks += marks + cells;
            return _marks > MaxMarks
                ? Refusal.OverLimit("marks", "The body has more than {0:N0} formatting marks and table cells in all; split it into several documents.", MaxMarks)
                : null;
        }
    }

    /// <summary>The marks Markdig's inline parsers start from, forced line breaks among them, and table cell separators.</summary>
    internal static (int Marks, int Cells) Marks(ReadOnlySpan<char> text)
    {
        int marks = 0, cells = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[' or ']' or '*' or '_' or '`' or '~' or '^' or '=' or '+':
                    marks++;
                    break;
                case '|':
                    cells++;
                    break;
                case '\n' when EndsWithForcedBreak(text[..i].TrimEnd('\r')):
                    marks++;
                    break;
            }
        }

        return (marks, cells);
    }

    private static bool EndsWithForcedBreak(ReadOnlySpan<char> line) => line.EndsWith("\\") || line.EndsWith("  ");
}
