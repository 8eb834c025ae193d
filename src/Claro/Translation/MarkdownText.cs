using System.Text;

namespace Claro.Translation;

/// <summary>
/// Plain text written into Markdown so that it reads back as the same text: a translator's
/// asterisk, bracket or "1." stays a character and never becomes emphasis, a link or a list.
/// </summary>
public static class MarkdownText
{
    // Characters that open or close inline markup in the pipeline readers' pages are rendered with
    // (CommonMark, emphasis extras, generic attributes, pipe tables). Any ASCII punctuation may be escaped.
    private const string AlwaysEscaped = "\\`*_[]<>{}|~^#";

    /// <param name="atLineStart">True where a block starts: "- ", "+ ", "1. " and "1) " would start a list there.</param>
    public static string Escape(string text, bool atLineStart)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : '\0';
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (AlwaysEscaped.Contains(c, StringComparison.Ordinal)
                || (c is '=' or '+' && (previous == c || next == c))
                || (c == '&' && StartsEntity(text, i))
                || (atLineStart && i == 0 && c is '-' or '+')
                || (atLineStart && c is '.' or ')' && IsLeadingNumber(text, i)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsLeadingNumber(string text, int end) => end is > 0 and <= 9 && text.AsSpan(0, end).IndexOfAnyExceptInRange('0', '9') < 0;

    // "&amp;", "&#38;", "&#x26;": a named or numeric character reference would be decoded.
    private static bool StartsEntity(string text, int at)
    {
        var end = text.IndexOf(';', at + 1);
        if (end < 0 || end - at > 33)
        {
            return false;
        }

        var name = text.AsSpan(at + 1, end - at - 1);
        return name.Length > 0 && (name[0] == '#' || char.IsAsciiLetter(name[0])) && !name.ContainsAny(" \t&");
    }
}
