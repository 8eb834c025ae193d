using Claro.Translation;

namespace Claro.Tests.Translation;

public class MarkdownSectionsTests
{
    [Theory]
    [InlineData("## One\ntext\n\n## Two\nmore", new[] { 0, 3 }, new[] { "## One\ntext", "## Two\nmore" })]
    [InlineData("Intro\r\n\r\n## One\r\ntext", new[] { 0, 2 }, new[] { "Intro", "## One\ntext" })]
    [InlineData("\n\n## One\ntext\n### Sub\nx", new[] { 2 }, new[] { "## One\ntext\n### Sub\nx" })]
    [InlineData("No headings at all.", new[] { 0 }, new[] { "No headings at all." })]
    [InlineData("", new int[0], new string[0])]
    public void Cuts_a_body_at_second_level_headings(string markdown, int[] firstLines, string[] texts)
    {
        var sections = MarkdownSections.Split(markdown);

        Assert.Equal(firstLines, sections.Select(s => s.FirstLine));
        Assert.Equal(texts, sections.Select(s => s.Text));
    }

    [Fact]
    public void Joins_sections_with_one_blank_line_and_leaves_empty_ones_out() =>
        Assert.Equal("Intro\n\n## One\ntext", MarkdownSections.Join(["Intro\r\n", "  ", "\n## One\r\ntext\n\n", null]));
}
