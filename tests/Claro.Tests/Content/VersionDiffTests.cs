using Claro.Content;
using Claro.Tests.Support;

namespace Claro.Tests.Content;

public class VersionDiffTests
{
    [Fact]
    public void Lines_marks_a_changed_line_as_deleted_then_inserted()
    {
        var lines = VersionDiff.Lines("Title\nOld rule\nFooter", "Title\nNew rule\nFooter");

        Assert.Equal(
            [
                new DiffLine(VersionDiff.Unchanged, "Title"),
                new DiffLine(VersionDiff.Deleted, "Old rule"),
                new DiffLine(VersionDiff.Inserted, "New rule"),
                new DiffLine(VersionDiff.Unchanged, "Footer"),
            ],
            lines);
    }

    [Fact]
    public void Lines_marks_added_and_removed_lines()
    {
        var lines = VersionDiff.Lines("a\nb\nc", "a\nc\nd");

        Assert.Equal(
            [
                new DiffLine(VersionDiff.Unchanged, "a"),
                new DiffLine(VersionDiff.Deleted, "b"),
                new DiffLine(VersionDiff.Unchanged, "c"),
                new DiffLine(VersionDiff.Inserted, "d"),
            ],
            lines);
    }

    [Fact]
    public void Lines_of_versions_compare_title_summary_and_body()
    {
        var older = DocumentBuilder.NewVersion(number: 1);
        var newer = DocumentBuilder.NewVersion(number: 2);

        var lines = VersionDiff.Lines(older, newer);

        Assert.Contains(new DiffLine(VersionDiff.Deleted, "# Version 1"), lines);
        Assert.Contains(new DiffLine(VersionDiff.Inserted, "# Version 2"), lines);
    }

    [Theory]
    [InlineData("a\nb\nc", "a\nb\nc", new int[0])]
    [InlineData("a\nb\nc", "a\nB\nc", new[] { 1 })]
    [InlineData("a\nb\nc", "a\nb\nc\nd", new[] { 3 })]
    [InlineData("a\nb\nc", "new\na\nb\nc", new[] { 0 })]
    [InlineData("a\nb\nc", "a\nc", new int[0])]
    [InlineData("a\nb\nc\nd", "a\nX\nc\nY\nZ", new[] { 1, 3, 4 })]
    public void ChangedLines_are_indexes_in_the_newer_text_a_translator_must_revisit(string older, string newer, int[] expected)
    {
        var changed = VersionDiff.ChangedLines(older, newer);

        Assert.Equal(expected, changed.Order());
    }
}
