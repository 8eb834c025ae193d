using System.Text.RegularExpressions;
using Claro.Content;

namespace Claro.Reading;

/// <summary>How hard a text is to read, against the plain-language target for its language.</summary>
public sealed record ReadabilityScore(string Measure, double Score, double Target, bool MeetsTarget);

/// <summary>
/// Readability for the editor: Flesch-Kincaid grade for English (grade 8 or lower), Fernández-Huerta
/// for Spanish (70 or higher). Other languages get no score.
/// </summary>
public static partial class Readability
{
    public const string FleschKincaidGrade = "flesch-kincaid-grade";
    public const string FernandezHuerta = "fernandez-huerta";

    public static ReadabilityScore? Measure(string culture, string text)
    {
        var (words, sentences, syllables) = Count(text, culture.StartsWith("es", StringComparison.OrdinalIgnoreCase) ? SpanishSyllables : EnglishSyllables);
        if (culture.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            var grade = words == 0 ? 0 : (0.39 * words / sentences) + (11.8 * syllables / words) - 15.59;
            grade = Math.Round(grade, 1);
            return new ReadabilityScore(FleschKincaidGrade, grade, 8, grade <= 8);
        }

        if (culture.StartsWith("es", StringComparison.OrdinalIgnoreCase))
        {
            // F is words per sentence, as in Flesch: the often-quoted "sentences per 100 words" would score short sentences as harder.
            var score = words == 0 ? 100 : 206.84 - (0.60 * 100.0 * syllables / words) - (1.02 * words / sentences);
            score = Math.Round(score, 1);
            return new ReadabilityScore(FernandezHuerta, score, 70, score >= 70);
        }

        return null;
    }

    /// <summary>The score of a version as readers meet it: its title, then its body as plain text.</summary>
    public static ReadabilityScore? MeasureVersion(string culture, string title, string markdown) =>
        Measure(culture, title + ".\n" + MarkdownRenderer.ToPlainText(markdown));

    private static (int Words, int Sentences, int Syllables) Count(string text, Func<string, int> syllablesOf)
    {
        var words = WordPattern().Matches(text).Select(m => m.Value).ToList();
        var sentences = SentencePattern().Count(text);
        return (words.Count, Math.Max(1, sentences), words.Sum(syllablesOf));
    }

    internal static int EnglishSyllables(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.All(char.IsDigit))
        {
            return 1;
        }

        var groups = EnglishVowelGroups().Count(lower);

        // "co-" before another o is a prefix, not one vowel sound: co-operate, co-ordinate.
        if (lower.Length > 5 && (lower.StartsWith("coop", StringComparison.Ordinal) || lower.StartsWith("coord", StringComparison.Ordinal)))
        {
            groups++;
        }
        if (lower.Length > 2 && lower.EndsWith('e') && !lower.EndsWith("le", StringComparison.Ordinal) && groups > 1)
        {
            groups--;
        }

        // A past tense "-ed" is silent unless it follows t or d: "asked", but "wanted".
        if (lower.Length > 3 && lower.EndsWith("ed", StringComparison.Ordinal) && lower[^3] is not ('t' or 'd') && groups > 1)
        {
            groups--;
        }

        return Math.Max(1, groups);
    }

    /// <summary>Spanish syllables: vowel groups, split where two strong vowels meet or a weak vowel carries the accent (hiatus).</summary>
    internal static int SpanishSyllables(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.All(char.IsDigit))
        {
            return 1;
        }

        var count = 0;
        var previous = '\0';
        foreach (var c in lower)
        {
            if (!IsSpanishVowel(c))
            {
                previous = '\0';
                continue;
            }

            if (previous == '\0' || (IsStrong(previous) && IsStrong(c)))
            {
                count++;
            }

            previous = c;
        }

        return Math.Max(1, count);
    }

    private static bool IsSpanishVowel(char c) => "aeiouáéíóúü".Contains(c, StringComparison.Ordinal);

    private static bool IsStrong(char c) => "aeoáéóíú".Contains(c, StringComparison.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[^.!?\n]*[\p{L}\p{N}][^.!?\n]*(?:[.!?]+|\n|$)")]
    private static partial Regex SentencePattern();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex EnglishVowelGroups();
}
