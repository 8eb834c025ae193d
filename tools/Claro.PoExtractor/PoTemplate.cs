using System.Text;

namespace Claro.PoExtractor;

/// <summary>One message of the template, with every place that uses it.</summary>
internal sealed record TemplateEntry(string? Context, string Id, string? Plural, bool IsFormat, IReadOnlyList<SourceReference> References);

/// <summary>Writes a gettext template (<c>.pot</c>): a header, then each message in the order the code first uses it.</summary>
internal static class PoTemplate
{
    public const string Header = """
        # Claro's UI strings: the template each translations/{culture}.po is made from and merged with.
        # Written by `dotnet run --project tools/Claro.PoExtractor` from the code and the Razor views; do not edit it by hand.
        # The strings of IStringLocalizer<SiteText> have no msgctxt; those of another localizer have its type's full name.
        msgid ""
        msgstr ""
        "Project-Id-Version: Claro\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: 8bit\n"

        """;

    /// <summary>Joins the uses of one message, in the order of their first use; a message used both with and without a plural, or with two plurals, is a problem.</summary>
    public static IReadOnlyList<TemplateEntry> Merge(IEnumerable<UiStringUse> uses, ICollection<string> problems)
    {
        var entries = new List<TemplateEntry>();
        foreach (var message in uses.GroupBy(u => (u.Context, u.Id)))
        {
            var references = message.Select(u => u.Where).Distinct().Order().ToList();
            var plurals = message.Select(u => u.Plural).Distinct().ToList();
            if (plurals.Count > 1)
            {
                problems.Add($"\"{message.Key.Id}\" is used with different plurals ({string.Join(", ", plurals.Select(p => p is null ? "none" : $"\"{p}\""))}) at {string.Join(", ", references)}; gettext allows one.");
            }

            entries.Add(new TemplateEntry(message.Key.Context, message.Key.Id, plurals[0], message.Any(u => u.IsFormat), references));
        }

        // Stable: messages on one line keep the order they are written in.
        return [.. entries.OrderBy(e => e.References[0])];
    }

    public static string Write(IEnumerable<TemplateEntry> entries)
    {
        var pot = new StringBuilder(Header.ReplaceLineEndings("\n"));
        foreach (var entry in entries)
        {
            pot.Append('\n');
            AppendReferences(pot, entry.References);

            if (entry.IsFormat)
            {
                pot.Append("#, csharp-format\n");
            }

            if (entry.Context is not null)
            {
                AppendString(pot, "msgctxt", entry.Context);
            }

            AppendString(pot, "msgid", entry.Id);
            if (entry.Plural is null)
            {
                pot.Append("msgstr \"\"\n");
            }
            else
            {
                AppendString(pot, "msgid_plural", entry.Plural);
                pot.Append("msgstr[0] \"\"\nmsgstr[1] \"\"\n");
            }
        }

        return pot.ToString();
    }

    /// <summary>The <c>#:</c> lines, several references to a line up to 79 columns, as gettext's tools write them.</summary>
    private static void AppendReferences(StringBuilder pot, IEnumerable<SourceReference> references)
    {
        var line = new StringBuilder("#:");
        foreach (var reference in references.Select(r => r.ToString()))
        {
            if (line.Length > 2 && line.Length + 1 + reference.Length > 79)
            {
                pot.Append(line).Append('\n');
                line.Clear().Append("#:");
            }

            line.Append(' ').Append(reference);
        }

        pot.Append(line).Append('\n');
    }

    /// <summary>A keyword and its quoted string; a text with line breaks goes on one quoted line per line, as gettext writes it.</summary>
    private static void AppendString(StringBuilder pot, string keyword, string text)
    {
        pot.Append(keyword).Append(' ');
        var lines = text.Split('\n');
        if (lines.Length > 1)
        {
            pot.Append("\"\"\n");
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = i < lines.Length - 1 ? lines[i] + "\n" : lines[i];
            if (line.Length > 0 || lines.Length == 1)
            {
                pot.Append('"').Append(Escape(line)).Append("\"\n");
            }
        }
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '"' => "\\\"",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
