using Claro.Content;

namespace Claro.Tests.Content;

public class BodyLimitsTests
{
    public static TheoryData<string, string> OverALimit => new()
    {
        { new string('a', BodyLimits.MaxLength + 1), "body-length" },
        { string.Concat(Enumerable.Repeat("a\n", BodyLimits.MaxLines)), "lines" },
        { string.Concat(Enumerable.Repeat("> ", 20_000)) + "deep", "nesting-depth" },
        { string.Concat(Enumerable.Repeat("> ", BodyLimits.MaxDepth + 1)) + "deep", "nesting-depth" },
        { string.Concat(Enumerable.Repeat("1. ", BodyLimits.MaxDepth + 1)) + "deep", "nesting-depth" },
        { string.Concat(Enumerable.Range(0, BodyLimits.MaxDepth + 1).Select(i => new string(' ', 2 * i) + "- level\n")), "nesting-depth" },
        { string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- level\n")), "nesting-depth" },
        { string.Concat(Enumerable.Repeat("- item\n", BodyLimits.MaxBlocks / 2 + 1)), "blocks" },
        { string.Concat(Enumerable.Repeat("# Heading\n", BodyLimits.MaxHeadings + 1)), "headings" },
        { string.Concat(Enumerable.Repeat("[a](", 20_000)), "marks-per-block" },
        { string.Concat(Enumerable.Repeat("_a ", BodyLimits.MaxMarksPerBlock + 1)), "marks-per-block" },
        { string.Concat(Enumerable.Repeat("line  \n", BodyLimits.MaxMarksPerBlock + 3)), "marks-per-block" },
        { "|h|\n|-|\n" + string.Concat(Enumerable.Repeat("|a|b|c|d|\n", 250)), "table-cells" },
        { string.Concat(Enumerable.Repeat(string.Concat(Enumerable.Repeat("**bold** ", 12)) + "\n\n", 110)), "marks" },
    };

    [Theory]
    [MemberData(nameof(OverALimit))]
    public void A_body_past_a_limit_is_refused_naming_the_limit(string markdown, string limit)
    {
        var refusal = BodyLimits.CheckMarkdown(markdown);

        Assert.NotNull(refusal);
        Assert.Equal(limit, refusal.Limit);
        Assert.Equal(Claro.RefusalKind.Invalid, refusal.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Plain words.")]
    [InlineData("* * * * * * * * * * * * * * * * * * * *\n\nA long thematic break is not nesting.")]
    [InlineData("> > > > Four levels of quotes are fine.")]
    [InlineData("| Day | Hours |\n| --- | --- |\n| Monday | 8–5 |\n| Tuesday | 8–5 |")]
    [InlineData("- **Will officers ask about my immigration status?** Not if you are a victim or a witness. See [why](/en/ask#why).")]
    public void Ordinary_bodies_are_within_the_limits(string markdown)
    {
        Assert.Null(BodyLimits.CheckMarkdown(markdown));
    }

    [Fact]
    public void A_body_at_every_limit_at_once_is_accepted()
    {
        var paragraph = string.Concat(Enumerable.Repeat("[a](/x) ", BodyLimits.MaxMarksPerBlock / 2));
        var body = string.Concat(Enumerable.Repeat(paragraph + "\n\n", BodyLimits.MaxMarks / BodyLimits.MaxMarksPerBlock));

        Assert.Null(BodyLimits.CheckMarkdown(body));
    }

    [Fact]
    public void The_refusal_says_where_and_keeps_its_template_for_translation()
    {
        var refusal = BodyLimits.CheckMarkdown("Fine.\n\n" + string.Concat(Enumerable.Repeat("*a ", 60)))!;

        Assert.Equal("The paragraph, heading, list item or table at line 3 has 60 formatting marks (such as * _ [ ] ` and forced line breaks); the limit for one block is 50.", refusal.Detail);
        Assert.Equal(new object[] { 3, 60, 50 }, refusal.DetailArguments);
        Assert.Contains("{1:N0}", refusal.DetailTemplate, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>Text</p><div><div><p>Nested</p></div></div>")]
    [InlineData("<ul><li>one<li>two<li>three</ul><p>a<p>b<p>c<br><img src=/x.png>")]
    public void Ordinary_html_is_within_the_limits(string html)
    {
        Assert.Null(BodyLimits.CheckHtml(html));
    }

    public static TheoryData<string, string> HtmlOverALimit => new()
    {
        { new string('a', BodyLimits.MaxHtmlLength + 1), "body-length" },
        { string.Concat(Enumerable.Repeat("<br>", BodyLimits.MaxHtmlTags + 1)), "html-tags" },
        { string.Concat(Enumerable.Repeat("<div>", BodyLimits.MaxHtmlDepth + 1)), "nesting-depth" },
        { string.Concat(Enumerable.Repeat("<div></span>", BodyLimits.MaxHtmlDepth + 1)), "nesting-depth" },
        { string.Concat(Enumerable.Repeat("<b>a", BodyLimits.MaxHtmlDepth + 1)), "nesting-depth" },
    };

    [Theory]
    [MemberData(nameof(HtmlOverALimit))]
    public void Html_past_a_limit_is_refused_naming_the_limit(string html, string limit)
    {
        Assert.Equal(limit, BodyLimits.CheckHtml(html)?.Limit);
    }
}
