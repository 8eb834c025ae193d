using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Claro.Content;

/// <summary>One line of a comparison between two versions.</summary>
public sealed record DiffLine(string Type, string Text);

/// <summary>Line-by-line comparison of two versions' title, summary and body, for reviewers and translators.</summary>
public static class VersionDiff
{
    public const string Unchanged = "unchanged";
    public const string Inserted = "inserted";
    public const string Deleted = "deleted";

    public static IReadOnlyList<DiffLine> Lines(ContentVersion older, ContentVersion newer) => Lines(AsText(older), AsText(newer));

    public static IReadOnlyList<DiffLine> Lines(string older, string newer)
    {
        var model = InlineDiffBuilder.Diff(older, newer, ignoreWhiteSpace: false, ignoreCase: false);
        return model.Lines.Select(line => new DiffLine(line.Type switch
        {
            ChangeType.Inserted => Inserted,
            ChangeType.Deleted => Deleted,
            _ => Unchanged,
        }, line.Text)).ToList();
    }

    /// <summary>Line numbers (from 0) of the body that changed between two versions: what a translator must look at again.</summary>
    public static IReadOnlySet<int> ChangedLines(string older, string newer)
    {
        var changed = new HashSet<int>();
        var index = 0;
        foreach (var line in Lines(older, newer))
        {
            if (line.Type == Deleted)
            {
                continue;
            }

            if (line.Type == Inserted)
            {
                changed.Add(index);
            }

            index++;
        }

        return changed;
    }

    /// <summary>The text a comparison reads: title as a heading, summary, body.</summary>
    public static string AsText(ContentVersion version) => $"# {version.Title}\n\n{version.Summary}\n\n{version.Markdown}";
}
