using System.Text;
using Claro.Content;
using Claro.Workflow;

namespace Claro.Links;

/// <summary>
/// The rules of short-link codes: what a listener may type after hearing one on the radio.
/// Codes match ignoring case and accents; the canonical form is lower case without accents.
/// </summary>
public static class ShortCode
{
    public const int MaxLength = 40;
    private const int SuggestedLength = 20;

    /// <summary>Words a code may not be, because the site's own addresses use them.</summary>
    private static readonly HashSet<string> Reserved = ["admin", "api", "health", "s", "search", "sitemap", "robots", "feed", "error", "css"];

    private static readonly HashSet<string> SmallWords =
    [
        "a", "an", "the", "of", "to", "my", "and", "or", "for", "in", "on", "at", "is", "do", "does", "will", "what", "when", "how", "about", "me", "i", "you", "your",
        "el", "la", "los", "las", "un", "una", "de", "del", "y", "o", "en", "que", "qué", "mi", "su", "sus", "por", "para", "al", "se", "lo", "le", "cuando", "como", "sobre",
    ];

    /// <summary>The canonical form of a code as typed: <c>"Policía"</c> → <c>"policia"</c>.</summary>
    public static string Canonical(string? code) => string.IsNullOrEmpty(code) ? "" : Accents.Strip(code).ToLowerInvariant();

    /// <summary>Why a canonical code cannot be used, or null when it can.</summary>
    public static Refusal? Check(string code, IEnumerable<string>? cultures = null)
    {
        if (code.Length == 0)
        {
            return Refusal.Invalid("Give the short link a code, such as 'inmigracion'.");
        }

        if (code.Length > MaxLength)
        {
            return Refusal.Invalid($"The code is {code.Length} characters long; keep it under {MaxLength} so it can be said aloud.");
        }

        if (!code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            return Refusal.Invalid($"'{code}' holds characters other than letters, digits and hyphens; listeners could not type it.");
        }

        if (code.StartsWith('-') || code.EndsWith('-') || code.Contains("--", StringComparison.Ordinal))
        {
            return Refusal.Invalid($"'{code}' has a hyphen at an end or two in a row; listeners would not hear it.");
        }

        if (Reserved.Contains(code) || (cultures?.Contains(code, StringComparer.OrdinalIgnoreCase) ?? false))
        {
            return Refusal.Invalid($"'{code}' is an address the site uses itself; choose another code.");
        }

        return null;
    }

    /// <summary>
    /// A code suggested from a title: its main words, folded and hyphenated, short, and made of
    /// letters only so that nobody mistakes a 0 for an O or a 1 for an l.
    /// </summary>
    public static string Suggest(string title)
    {
        var words = Slug.Fold(title).Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.All(char.IsAsciiLetter))
            .ToList();
        var meaningful = words.Where(w => !SmallWords.Contains(w) && w.Length > 1).ToList();
        var builder = new StringBuilder();
        foreach (var word in meaningful.Count > 0 ? meaningful : words)
        {
            if (builder.Length > 0 && builder.Length + 1 + word.Length > SuggestedLength)
            {
                break;
            }

            builder.Append(builder.Length > 0 ? "-" : "").Append(word);
        }

        var code = builder.ToString();
        return code.Length > SuggestedLength ? code[..SuggestedLength].TrimEnd('-') : code;
    }
}
