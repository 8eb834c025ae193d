namespace Claro.Content;

/// <summary>
/// How deep the elements of some HTML nest, estimated from its tags without building a tree: the
/// HTML parser looks through every open element for each new block, so thousands of nested ones take
/// it seconds, and this is how they are refused before it sees them. The estimate only errs high:
/// elements whose end tag may be left out (<c>p</c>, <c>li</c>, <c>td</c>…) and empty elements
/// (<c>br</c>, <c>img</c>…) never count as open, and a stray end tag closes nothing.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> NeverOpen = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "rtc", "html", "head", "body",
    };

    /// <summary>The most elements open at once; stops counting past <paramref name="enough"/>.</summary>
    public static int Deepest(string html, int enough = int.MaxValue)
    {
        var open = new List<string>();
        var deepest = 0;
        var text = html.AsSpan();
        for (var at = text.IndexOf('<'); at >= 0 && at < text.Length - 1 && deepest <= enough; at = NextTag(text, at + 1))
        {
            var closing = text[at + 1] == '/';
            var name = TagName(text[(at + (closing ? 2 : 1))..]);
            if (name.Length == 0 || NeverOpen.Contains(name))
            {
                continue;
            }

            if (!closing)
            {
                open.Add(name);
                deepest = Math.Max(deepest, open.Count);
            }
            else if (open.FindLastIndex(o => string.Equals(o, name, StringComparison.OrdinalIgnoreCase)) is >= 0 and var index)
            {
                open.RemoveRange(index, open.Count - index);
            }
        }

        return deepest;
    }

    private static int NextTag(ReadOnlySpan<char> text, int from) =>
        text[from..].IndexOf('<') is >= 0 and var next ? from + next : -1;

    private static string TagName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetter(text[0]))
        {
            return "";
        }

        var length = 1;
        while (length < text.Length && length < 32 && (char.IsAsciiLetterOrDigit(text[length]) || text[length] == '-'))
        {
            length++;
        }

        return text[..length].ToString();
    }
}
