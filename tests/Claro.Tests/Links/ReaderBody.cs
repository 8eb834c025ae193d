using System.Net;
using System.Text.RegularExpressions;

namespace Claro.Tests.Links;

/// <summary>The body of a reader's page, as published, and the links in it.</summary>
internal static partial class ReaderBody
{
    public static async Task<string> HtmlAsync(HttpClient reader, string path)
    {
        var page = await reader.GetStringAsync(path);
        var body = Body().Match(page);
        Assert.True(body.Success, $"{path} has no body");
        return body.Groups[1].Value;
    }

    /// <summary>Each link of the body: its address and its hreflang, if any.</summary>
    public static async Task<IReadOnlyList<(string Href, string? HrefLang, string Text)>> LinksAsync(HttpClient reader, string path) =>
        Link().Matches(await HtmlAsync(reader, path))
            .Select(m => (WebUtility.HtmlDecode(m.Groups["href"].Value), m.Groups["lang"].Success ? m.Groups["lang"].Value : null, m.Groups["text"].Value))
            .ToList();

    [GeneratedRegex("<div class=\"body\">(.*?)</div>\\s*<footer", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex("<a href=\"(?<href>[^\"]*)\"(?: hreflang=\"(?<lang>[^\"]*)\")?[^>]*>(?<text>.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex Link();
}
