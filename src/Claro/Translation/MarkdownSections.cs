namespace Claro.Translation;

/// <summary>A part of a Markdown body that starts at a <c>## </c> heading (or the text before the first one).</summary>
/// <param name="FirstLine">Index, from 0, of the section's first line in the whole body.</param>
public sealed record MarkdownSection(int FirstLine, IReadOnlyList<string> Lines)
{
    public string Text => string.Join('\n', Lines).Trim('\n').TrimEnd();
}

/// <summary>
/// Cuts a body at its second-level headings so that a translator sees each source section beside
/// its translation, and joins the translated sections back into one body.
/// </summary>
public static class MarkdownSections
{
    public static IReadOnlyList<MarkdownSection> Split(string? markdown)
    {
        var lines = (markdown ?? "").ReplaceLineEndings("\n").Split('\n');
        var sections = new List<MarkdownSection>();
        var start = 0;
        for (var i = 1; i <= lines.Length; i++)
        {
            if (i == lines.Length || lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                var section = new MarkdownSection(start, lines[start..i]);
                if (section.Text.Length > 0 || sections.Count > 0)
                {
                    sections.Add(section);
                }

                start = i;
            }
        }

        return sections;
    }

    /// <summary>One body from its sections, a blank line between each; empty sections are left out.</summary>
    public static string Join(IEnumerable<string?> sections) =>
        string.Join("\n\n", sections.Select(s => (s ?? "").ReplaceLineEndings("\n").Trim('\n').TrimEnd()).Where(s => s.Length > 0));
}
