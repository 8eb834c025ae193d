using System.Text;
using Claro.Content;

namespace Claro.Bench.Markdown;

/// <summary>
/// Bodies built to be as slow as the limits allow: each repeats a construct that costs Markdig or the
/// sanitizer more than linear time (links that never close, runs of emphasis, deep nesting, wide tables,
/// thousands of siblings) as many times as one block and the whole body may hold. Some go past a
/// limit on purpose, to time the check that refuses them.
/// </summary>
internal static class WorstCases
{
    private const int Marks = BodyLimits.MaxMarksPerBlock;

    public static IEnumerable<(string Name, string Body, bool IsHtml)> All =>
    [
        Markdown("plain prose, long paragraphs", Fill(Repeat("Plain words in a sentence. ", 150))),
        Markdown("plain prose, tiny paragraphs", Fill("Plain words.")),
        Markdown("links never closed [a](", Fill(Repeat("[a](", Marks / 2))),
        Markdown("links never closed, padded", Fill(Repeat("[a](", Marks / 2) + Padding(2000))),
        Markdown("links never closed [a](b, padded", Fill(Repeat("[a](b", Marks / 2) + Padding(2000))),
        Markdown("link titles never closed [ (](", Fill(Repeat("[ (](", Marks / 2) + Words(400))),
        Markdown("link titles never closed, long", Fill(Repeat("[ (](", Marks / 2) + Words(4000))),
        Markdown("brackets nested [[[…]]]", Fill(new string('[', Marks / 2) + new string(']', Marks / 2))),
        Markdown("brackets nested, padded", Fill(new string('[', Marks / 2) + new string(']', Marks / 2) + Words(400))),
        Markdown("openers only [", Fill(Repeat("[", Marks) + Words(400))),
        Markdown("emphasis never closed _a", Fill(Repeat("_a ", Marks))),
        Markdown("emphasis never closed, padded", Fill(Repeat("_a ", Marks) + Words(400))),
        Markdown("emphasis mismatched *a_", Fill(Repeat("*a_ ", Marks / 2))),
        Markdown("emphasis multiple of 3 a**b c*", Fill("a**b" + Repeat("c* ", Marks - 2))),
        Markdown("emphasis nested *a **a … a** a*", Fill(Repeat("*a **a ", Marks / 6) + Repeat(" a** a*", Marks / 6))),
        Markdown("strikethrough never closed ~~a", Fill(Repeat("~~a ", Marks / 2))),
        Markdown("extras ==a ^a ++a ~a", Fill(Repeat("==a ^a ++a ~a ", Marks / 7))),
        Markdown("code spans of growing length", Fill(string.Concat(Enumerable.Range(1, 9).Select(n => new string('`', n) + " w ")) + Words(400))),
        Markdown("code spans never closed", Fill(Repeat("` ", Marks) + Words(400))),
        Markdown("forced line breaks (two spaces)", Fill(Repeat("a  \n", Marks) + "a")),
        Markdown("forced line breaks (backslash)", Fill(Repeat("a\\\n", Marks) + "a")),
        Markdown("headings, all the same", Repeat("# a\n", BodyLimits.MaxHeadings) + "\n" + Repeat("Plain words.\n\n", (BodyLimits.MaxLines - BodyLimits.MaxHeadings) / 2 - 1)),
        Markdown("lines, every one a sentence", Fill("A short sentence here.", "\n")),
        Markdown("list items", Fill("- a", separator: "\n", blocksEach: 2)),
        Markdown("list items of unclosed links", Fill("- " + Repeat("[a](", Marks / 2), separator: "\n", blocksEach: 2)),
        Markdown("lists nested 16 deep", Fill(string.Concat(Enumerable.Range(0, BodyLimits.MaxDepth).Select(i => new string(' ', 2 * i) + "- a\n")), blocksEach: 2 * BodyLimits.MaxDepth)),
        Markdown("quotes nested 16 deep", Fill(Repeat("> ", BodyLimits.MaxDepth) + "a", blocksEach: BodyLimits.MaxDepth + 1)),
        Markdown("quotes nested 16 deep, unclosed links", Fill(Repeat("> ", BodyLimits.MaxDepth) + Repeat("[a](", Marks / 2), blocksEach: BodyLimits.MaxDepth + 1)),
        Markdown("table, 1,000 columns", Fill(Table(columns: BodyLimits.MaxTableCells / 2 - 1, rows: 0))),
        Markdown("table, 2 columns, 330 rows", Fill(Table(columns: 2, rows: BodyLimits.MaxTableCells / 3 - 3))),
        Markdown("table, 5 columns, 160 rows", Fill(Table(columns: 5, rows: BodyLimits.MaxTableCells / 6 - 7))),
        Markdown("table cells of unclosed links", Fill(Table(columns: 5, rows: 4, cell: "[a]("))),
        Markdown("images", Fill(Repeat("![a](b) ", Marks / 2))),
        Markdown("links that work", Fill(Repeat("[a](https://kcpd.org/x) ", Marks / 2))),
        Markdown("generic attributes", Fill(Repeat("a{#x lang=en} ", Marks))),
        Markdown("generic attributes never closed", Fill(Repeat("a{title=\"", Marks) + Words(400))),
        Markdown("pipes without a table", Fill(Repeat("a|", BodyLimits.MaxTableCells) + Repeat("*a_ ", Marks / 2))),
        Markdown("autolinks never closed <http://", Fill(Repeat("<http://a.example/", 500))),
        Markdown("entities", Fill(Repeat("&amp;&#1234;&", 500))),
        Markdown("past the limit: 100,001 characters", new string('a', BodyLimits.MaxLength + 1)),
        Markdown("past the limit: > × 99,999 on a line", new string('>', BodyLimits.MaxLength - 1)),
        Markdown("past the limit: 1. × 33,000 on a line", Repeat("1. ", BodyLimits.MaxLength / 3)),
        Markdown("past the limit: lists nested 127 deep", Fill(string.Concat(Enumerable.Range(0, 127).Select(i => new string(' ', 2 * i) + "- a\n")), blocksEach: 0)),
        Markdown("past the limit: [a]( × 25,000", Repeat("[a](", BodyLimits.MaxLength / 4)),
        Markdown("past the limit: # a × 2,500", Repeat("# a\n", BodyLimits.MaxLines - 1)),
        Markdown("past the limit: 50,000 lines", Repeat("a\n", BodyLimits.MaxLength / 2)),
        Html("HTML: siblings <br>", Repeat("a<br>", BodyLimits.MaxHtmlTags)),
        Html("HTML: paragraphs", Repeat("<p>a</p>", BodyLimits.MaxHtmlTags / 2)),
        Html("HTML: nested <div>, 64 deep", Fill(Repeat("<div>", BodyLimits.MaxHtmlDepth) + Repeat("</div>", BodyLimits.MaxHtmlDepth), html: true)),
        Html("HTML: nested <blockquote>, 64 deep", Fill(Repeat("<blockquote>", BodyLimits.MaxHtmlDepth) + Repeat("</blockquote>", BodyLimits.MaxHtmlDepth), html: true)),
        Html("HTML: formatting, 64 deep", Fill(Repeat("<b>a", BodyLimits.MaxHtmlDepth) + Repeat("<p>a", BodyLimits.MaxHtmlDepth), html: true)),
        Html("past the limit: HTML <div> × 7,000", Repeat("<div>", BodyLimits.MaxHtmlTags)),
        Html("past the limit: HTML <b> × 3,500", Repeat("<b>a", BodyLimits.MaxHtmlTags / 2) + Repeat("<p>a", BodyLimits.MaxHtmlTags / 2)),
        Html("past the limit: HTML <div></span> × 3,500", Repeat("<div></span>", BodyLimits.MaxHtmlTags / 2)),
        Html("HTML: misnested <b><i></b></i>", Repeat("<b>x<i>y</b>z</i>", BodyLimits.MaxHtmlTags / 4)),
        Html("HTML: table with stray text", "<table>" + Repeat("<tr>text<td>a", BodyLimits.MaxHtmlTags / 2)),
        Html("HTML: removed elements <input>", Repeat("<input type=password>", BodyLimits.MaxHtmlTags)),
        Html("HTML: removed with content <select>", Repeat("<select><option>a</select>", BodyLimits.MaxHtmlTags / 3)),
        Html("HTML: images from elsewhere", Fill("<img src=https://t.example/p.gif alt=a>", "", html: true)),
        Html("HTML: attributes", Fill("<p id=main class=x style=\"position:fixed\" onclick=y lang=en>a</p>", "", html: true)),
        Html("past the limit: HTML <br> × 70,000", Repeat("<br>", 70_000)),
    ];

    private static (string, string, bool) Markdown(string name, string body) => (name, body, false);

    private static (string, string, bool) Html(string name, string body) => (name, body, true);

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * Math.Max(times, 0)).Insert(0, unit, Math.Max(times, 0)).ToString();

    private static string Padding(int length) => new('x', length);

    private static string Words(int count) => " " + Repeat("word ", count);

    private static string Table(int columns, int rows, string cell = "a") =>
        Repeat("|h", columns) + "|\n" + Repeat("|-", columns) + "|\n" + Repeat(Repeat("|" + cell, columns) + "|\n", rows);

    /// <summary>
    /// <paramref name="block"/> repeated, blank lines between, as many times as the length, block,
    /// heading and mark limits allow. <paramref name="blocksEach"/> is how many blocks one copy makes.
    /// </summary>
    private static string Fill(string block, string separator = "\n\n", int blocksEach = 1, bool html = false)
    {
        if (html)
        {
            var tags = block.Count(c => c == '<');
            return Repeat(block, Math.Min(BodyLimits.MaxHtmlLength / block.Length, BodyLimits.MaxHtmlTags / tags));
        }

        var (marks, cells) = BodyLimits.Marks(block);
        var headings = block.Split('\n').Count(line => line.StartsWith('#'));
        var lines = (block + separator).Count(c => c == '\n');
        var body = new StringBuilder();
        int blocks = 0, allMarks = 0, allHeadings = 0, allLines = 1;
        while (body.Length + block.Length + separator.Length <= BodyLimits.MaxLength
            && allLines + lines <= BodyLimits.MaxLines
            && blocks + blocksEach <= BodyLimits.MaxBlocks
            && allMarks + marks + cells <= BodyLimits.MaxMarks
            && allHeadings + headings <= BodyLimits.MaxHeadings)
        {
            body.Append(block).Append(separator);
            blocks += blocksEach;
            allMarks += marks + cells;
            allHeadings += headings;
            allLines += lines;
        }

        return body.ToString();
    }
}
