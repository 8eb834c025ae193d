using System.Text;
using System.Text.RegularExpressions;
using Claro.Workflow;

namespace Claro.Translation;

/// <summary>
/// One piece of text a translator translates: the title, the summary, or a heading, paragraph or
/// list item of the body. Its <see cref="Content"/> is text and the inline codes of <see cref="Codes"/>,
/// so that Markdown punctuation reaches translators as codes their tools protect, never as text.
/// </summary>
public sealed partial record TranslationUnit(string Id, string Kind, IReadOnlyList<UnitPart> Content, IReadOnlyList<InlineCode> Codes)
{
    /// <summary>A unit that is text only, such as a title.</summary>
    public static TranslationUnit PlainText(string id, string kind, string text) => new(id, kind, [new TextPart(text)], []);

    /// <summary>The unit's words without its codes.</summary>
    public string Text => string.Concat(Content.OfType<TextPart>().Select(t => t.Text));

    public InlineCode? Code(string id) => Codes.FirstOrDefault(c => c.Id == id);

    /// <summary>
    /// Checks a translation of this unit: every code of the source exactly once, paired codes opened
    /// and closed in order and around some text, no link inside a link. Returns it tidied (white space
    /// collapsed, and moved out of codes, where Markdown would not read emphasis around it), or why
    /// Markdown cannot carry it.
    /// </summary>
    public Outcome<IReadOnlyList<UnitPart>> Accept(IReadOnlyList<UnitPart> translation)
    {
        var seen = new Dictionary<string, int>();
        var open = new Stack<InlineCode>();
        foreach (var part in translation)
        {
            if (part is TextPart)
            {
                continue;
            }

            var id = IdOf(part);
            if (Code(id) is not { } code)
            {
                return Refuse($"code {id} is not in the source. Use only the source's codes.");
            }

            switch (part)
            {
                case CodePlaceholder when code.IsPaired:
                case CodeStart or CodeEnd when !code.IsPaired:
                    return Refuse($"{code.Describe()} is {(code.IsPaired ? "a pair that encloses text" : "a standalone code")} in the source; keep it that way.");
                case CodeStart when open.Any(o => o.Kind == InlineCodeKind.Link) && code.Kind == InlineCodeKind.Link:
                    return Refuse($"{code.Describe()} is inside another link; Markdown cannot put a link inside a link.");
                case CodeStart:
                    open.Push(code);
                    break;
                case CodeEnd when open.Count == 0 || !open.Any(o => o.Id == id):
                    return Refuse($"{code.Describe()} closes before it opens.");
                case CodeEnd when open.Peek().Id != id:
                    return Refuse($"{code.Describe()} and {open.Peek().Describe()} overlap; Markdown can only nest them, one inside the other.");
                case CodeEnd:
                    open.Pop();
                    break;
            }

            seen[id] = seen.GetValueOrDefault(id) + 1;
        }

        if (open.Count > 0)
        {
            return Refuse($"{open.Peek().Describe()} opens but never closes.");
        }

        foreach (var code in Codes)
        {
            var count = seen.GetValueOrDefault(code.Id);
            if (count == 0)
            {
                return Refuse($"{code.Describe()} is missing. Keep every code of the source in the translation.");
            }

            if (count > (code.IsPaired ? 2 : 1))
            {
                return Refuse($"{code.Describe()} appears more than once; use each code of the source once.");
            }
        }

        var tidy = Tidy(translation);
        if (EmptyPair(tidy) is { } empty)
        {
            return Refuse($"{empty.Describe()} encloses no text; Markdown cannot carry it empty.");
        }

        return Outcome(tidy);
    }

    /// <summary>
    /// A translation of this unit (from another version of the document) with its codes renamed to this
    /// unit's, pairing codes of the same kind in the order they appear; null when the two units' codes differ.
    /// </summary>
    public IReadOnlyList<UnitPart>? Align(TranslationUnit translation)
    {
        var mine = Codes.GroupBy(c => c.Signature).ToDictionary(g => g.Key, g => g.ToList());
        var theirs = translation.Codes.GroupBy(c => c.Signature).ToDictionary(g => g.Key, g => g.ToList());
        if (mine.Count != theirs.Count || mine.Any(g => !theirs.TryGetValue(g.Key, out var other) || other.Count != g.Value.Count))
        {
            return null;
        }

        var renamed = theirs.SelectMany(g => g.Value.Select((code, i) => (code.Id, mine[g.Key][i].Id))).ToDictionary(p => p.Item1, p => p.Item2);
        return translation.Content.Select(part => part switch
        {
            CodeStart start => new CodeStart(renamed[start.CodeId]),
            CodeEnd end => new CodeEnd(renamed[end.CodeId]),
            CodePlaceholder placeholder => (UnitPart)new CodePlaceholder(renamed[placeholder.CodeId]),
            _ => part,
        }).ToList();
    }

    /// <summary>The Markdown of accepted content: text escaped, codes written as the source wrote them.</summary>
    internal string ToMarkdown(IReadOnlyList<UnitPart> content)
    {
        var starred = CodesNeedingAsterisks(content);
        var markdown = new StringBuilder();
        var atLineStart = true;
        foreach (var part in content)
        {
            switch (part)
            {
                case TextPart text:
                    markdown.Append(MarkdownText.Escape(text.Text, atLineStart));
                    break;
                case CodeStart start:
                    markdown.Append(Delimiter(Code(start.CodeId)!.Markdown, starred.Contains(start.CodeId)));
                    break;
                case CodeEnd end:
                    markdown.Append(Delimiter(Code(end.CodeId)!.EndMarkdown!, starred.Contains(end.CodeId)));
                    break;
                case CodePlaceholder placeholder:
                    markdown.Append(Code(placeholder.CodeId)!.Markdown);
                    break;
            }

            atLineStart = part is CodePlaceholder p && Code(p.CodeId)!.Kind == InlineCodeKind.LineBreak;
        }

        return markdown.ToString();
    }

    /// <summary>What a translation reads as, code by code, for comparing it with what its Markdown parses back to.</summary>
    internal IEnumerable<string> Shape(IReadOnlyList<UnitPart> content) => content.Select(part => part switch
    {
        TextPart text => "text:" + text.Text,
        CodeStart start => "start:" + Code(start.CodeId)!.Signature,
        CodeEnd end => "end:" + Code(end.CodeId)!.Signature,
        CodePlaceholder placeholder => "code:" + Code(placeholder.CodeId)!.Signature,
        _ => "",
    });

    // "_" emphasis does not open or close inside a word ("__policía__s"); "*" does, and renders the same.
    private static HashSet<string> CodesNeedingAsterisks(IReadOnlyList<UnitPart> content)
    {
        var starred = new HashSet<string>();
        for (var i = 0; i < content.Count; i++)
        {
            var touchesWord = content[i] switch
            {
                CodeStart => i > 0 && content[i - 1] is TextPart { Text: [.., var before] } && char.IsLetterOrDigit(before),
                CodeEnd => i + 1 < content.Count && content[i + 1] is TextPart { Text: [var after, ..] } && char.IsLetterOrDigit(after),
                _ => false,
            };
            if (touchesWord)
            {
                starred.Add(IdOf(content[i]));
            }
        }

        return starred;
    }

    private static string Delimiter(string markdown, bool asterisks) => asterisks && markdown.Length > 0 && markdown.All(c => c == '_') ? markdown.Replace('_', '*') : markdown;

    /// <summary>White space collapsed to single spaces, trimmed, and moved from just inside a paired code to just outside it.</summary>
    internal static IReadOnlyList<UnitPart> Tidy(IReadOnlyList<UnitPart> content)
    {
        var parts = Merge(content.Select(p => p is TextPart t ? new TextPart(Spaces().Replace(t.Text, " ")) : p)).ToList();
        for (var moved = true; moved;)
        {
            moved = false;
            for (var i = 0; i < parts.Count; i++)
            {
                if (parts[i] is CodeStart && i + 1 < parts.Count && parts[i + 1] is TextPart { Text: [' ', ..] } after)
                {
                    parts[i + 1] = new TextPart(after.Text[1..]);
                    parts.Insert(i, new TextPart(" "));
                    moved = true;
                }
                else if (parts[i] is CodeEnd && i > 0 && parts[i - 1] is TextPart { Text: [.., ' '] } before)
                {
                    parts[i - 1] = new TextPart(before.Text[..^1]);
                    parts.Insert(i + 1, new TextPart(" "));
                    moved = true;
                }
            }

            parts = Merge(parts).ToList();
        }

        if (parts is [TextPart first, ..])
        {
            parts[0] = new TextPart(first.Text.TrimStart(' '));
        }

        if (parts is [.., TextPart last])
        {
            parts[^1] = new TextPart(last.Text.TrimEnd(' '));
        }

        return parts.Where(p => p is not TextPart { Text.Length: 0 }).ToList();
    }

    /// <summary>Adjacent texts as one, double spaces where two texts met as one.</summary>
    internal static IEnumerable<UnitPart> Merge(IEnumerable<UnitPart> content)
    {
        TextPart? pending = null;
        foreach (var part in content)
        {
            if (part is TextPart text)
            {
                pending = pending is null ? text : new TextPart((pending.Text + text.Text).Replace("  ", " ", StringComparison.Ordinal));
                continue;
            }

            if (pending is not null)
            {
                yield return pending;
                pending = null;
            }

            yield return part;
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    private InlineCode? EmptyPair(IReadOnlyList<UnitPart> content)
    {
        for (var i = 0; i + 1 < content.Count; i++)
        {
            if (content[i] is CodeStart start && content[i + 1] is CodeEnd end && start.CodeId == end.CodeId)
            {
                return Code(start.CodeId);
            }
        }

        return null;
    }

    private static string IdOf(UnitPart part) => part switch
    {
        CodeStart start => start.CodeId,
        CodeEnd end => end.CodeId,
        CodePlaceholder placeholder => placeholder.CodeId,
        _ => "",
    };

    private Refusal Refuse(string reason) => Refusal.Invalid($"Unit '{Id}': {reason}");

    private static Outcome<IReadOnlyList<UnitPart>> Outcome(IReadOnlyList<UnitPart> parts) => new(parts, null);

    // XML white space; a no-break space is the translator's choice and stays.
    [GeneratedRegex("[ \t\r\n]+")]
    private static partial Regex Spaces();
}
