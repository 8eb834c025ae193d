using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Claro.Links;
using Claro.Localization;
using Humanizer;
using Microsoft.Extensions.Localization;

namespace Claro.Radio;

/// <summary>
/// Written text made ready to be read aloud to listeners who cannot see it. Numbers turn into words
/// only where a listener needs them: phone numbers and three-digit service numbers (911) digit by
/// digit, so they can be written down; dollar amounts; and numbers with a point between digit groups
/// (<c>Statute 67.307</c>: "sixty-seven point three zero seven"), which a Spanish listener would
/// otherwise hear as sixty-seven thousand. Where a language groups thousands with a point, a number
/// like <c>58.000</c> or <c>1.000.000</c> is an amount. Years, dates, house numbers and counts stay in
/// digits: the officer reads them as usual. Email addresses are spelled the way they are typed, and the
/// language's pronunciation list says its abbreviations.
/// </summary>
public static partial class SpokenText
{
    public static string Say(string text, string culture, IStringLocalizer words, Pronunciation pronunciation)
    {
        var language = CultureInfo.GetCultureInfo(culture);
        var spoken = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match match in Spoken().Matches(text))
        {
            spoken.Append(pronunciation.Apply(text[last..match.Index]));
            spoken.Append(Say(match, language, words) ?? match.Value);
            last = match.Index + match.Length;
        }

        return spoken.Append(pronunciation.Apply(text[last..])).ToString();
    }

    private static string? Say(Match match, CultureInfo culture, IStringLocalizer words)
    {
        if (match.Groups["email"].Success)
        {
            return SpokenLink.SayEmail(match.Value, culture.Name);
        }

        if (match.Groups["phone"].Success || match.Groups["service"].Success)
        {
            return string.Join(", ", Digits().Matches(match.Value).Select(group => DigitByDigit(group.Value, culture)));
        }

        if (match.Groups["money"].Success)
        {
            return long.TryParse(Separators().Replace(match.Groups["amount"].Value, ""), CultureInfo.InvariantCulture, out var amount)
                ? words.Plural(amount, "{0} dollar", "{0} dollars", amount.ToWords(culture)).Value
                : null;
        }

        var parts = match.Value.Split('.');
        if (parts[0].Length > 15)
        {
            return null;
        }

        if (culture.NumberFormat.NumberGroupSeparator == "." && IsGroupedAmount(parts))
        {
            return long.Parse(string.Concat(parts), CultureInfo.InvariantCulture).ToWords(culture);
        }

        return parts.Skip(1).Aggregate(long.Parse(parts[0], CultureInfo.InvariantCulture).ToWords(culture),
            (said, part) => words["{0} point {1}", said, DigitByDigit(part, culture)].Value);
    }

    /// <summary><c>58.000</c>, <c>1.000.000</c>: thousands grouped with a point, not a section number such as <c>67.307</c>.</summary>
    private static bool IsGroupedAmount(string[] parts) =>
        parts[0].Length <= 3 && parts.Skip(1).All(p => p.Length == 3) && (parts.Length > 2 || parts[1] == "000");

    private static string DigitByDigit(string digits, CultureInfo culture) =>
        string.Join(' ', digits.Select(d => (d - '0').ToWords(culture)));

    [GeneratedRegex("""
        (?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)
        | (?<phone>(?<![\p{N}.,])(?:\+?1[-. ])?(?:\([0-9]{3}\)\ ?|[0-9]{3}[-. ])[0-9]{3}[-. ][0-9]{4}(?!\p{N}))
        | (?<service>(?<![\p{L}\p{N}.,$])[2-9]11(?![\p{L}\p{N}]|[.,]\p{N}))
        | (?<money>\$\ ?(?<amount>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?![\p{N}]|[.,]\p{N}))
        | (?<dotted>(?<![\p{L}\p{N}.,$])[0-9]+(?:\.[0-9]+)+(?![\p{L}\p{N}]|[.,]\p{N}))
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spoken();

    [GeneratedRegex(@"[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex("[.,]")]
    private static partial Regex Separators();
}
