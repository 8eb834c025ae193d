using System.Globalization;
using System.Text.RegularExpressions;

namespace Claro.Links;

/// <summary>
/// How an officer says a short link aloud, in the link's language:
/// <c>kcpd punto org, barra, s, barra, inmigración</c>. Dots, colons, slashes and hyphens become
/// words; each word of the code is read as a word, written with the accents a hint (the page's
/// title) gives it, since a listener types what they hear.
/// </summary>
public static partial class SpokenLink
{
    private sealed record Marks(string Dot, string Colon, string Slash, string Dash, string At, string Underscore);

    private static readonly Marks English = new("dot", "colon", "slash", "dash", "at", "underscore");
    private static readonly Marks Spanish = new("punto", "dos puntos", "barra", "guion", "arroba", "guion bajo");

    /// <param name="baseUrl">The site's public address, such as <c>https://kcpd.org</c>.</param>
    /// <param name="code">The canonical code, such as <c>inmigracion</c>.</param>
    /// <param name="culture">The language the link is said in; languages without their own words use English.</param>
    /// <param name="writtenAs">Text whose words show how the code's words are written, such as the title <c>Inmigración</c>.</param>
    public static string Say(string baseUrl, string code, string culture, string? writtenAs = null)
    {
        var marks = MarksFor(culture);
        var address = new Uri(baseUrl.TrimEnd('/') + "/", UriKind.Absolute);
        var host = string.Join($" {marks.Dot} ", address.Host.Split('.'));
        if (!address.IsDefaultPort)
        {
            host += $" {marks.Colon} {address.Port.ToString(CultureInfo.InvariantCulture)}";
        }

        var spellings = Spellings(writtenAs);
        var spokenCode = string.Join($" {marks.Dash} ", code.Split('-').Select(word => spellings.GetValueOrDefault(word, word)));
        string[] parts = [host, .. address.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries), "s", spokenCode];
        return string.Join($", {marks.Slash}, ", parts);
    }

    /// <summary>An email address as it is said: <c>kcpdchiefblog arroba kcpd punto org</c>.</summary>
    public static string SayEmail(string email, string culture)
    {
        var marks = MarksFor(culture);
        return string.Join($" {marks.At} ", email.Split('@').Select(part => Separators().Replace(part, m => m.Value switch
        {
            "." => $" {marks.Dot} ",
            "-" => $" {marks.Dash} ",
            _ => $" {marks.Underscore} ",
        })));
    }

    /// <summary>The language whose words <see cref="Say"/> uses for a culture: its own where it has them, else English.</summary>
    public static string SpokenIn(string culture) => culture.StartsWith("es", StringComparison.OrdinalIgnoreCase) ? "es" : "en";

    private static Marks MarksFor(string culture) => SpokenIn(culture) == "es" ? Spanish : English;

    private static Dictionary<string, string> Spellings(string? text)
    {
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in NonWord().Split(text ?? "").Where(w => w.Length > 0))
        {
            spellings.TryAdd(ShortCode.Canonical(word), word.ToLowerInvariant());
        }

        return spellings;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"[._-]")]
    private static partial Regex Separators();
}
