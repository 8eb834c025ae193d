using Claro.Links;

namespace Claro.Tests.Links;

public class PageDirectoryTests
{
    private static readonly string[] Cultures = ["en", "es"];

    [Theory]
    [InlineData("/en/ice-help", "en", "ice-help", null)]
    [InlineData("/es/Inmigración#política", "es", "inmigracion", "política")]
    [InlineData("/EN/ice-help#call", "en", "ice-help", "call")]
    [InlineData("/en/ice-help/", "en", "ice-help", null)]
    [InlineData("/fr/ice-help", null, null, null)]
    [InlineData("/en/search?q=ice", null, null, null)]
    [InlineData("/en/search", null, null, null)]
    [InlineData("/en/feed.atom", null, null, null)]
    [InlineData("/en/", null, null, null)]
    [InlineData("/en/a/history", null, null, null)]
    [InlineData("//evil.example/en/x", null, null, null)]
    [InlineData("https://kcpd.org/en/ice-help", null, null, null)]
    [InlineData("#call", null, null, null)]
    public void An_explainer_address_is_a_culture_and_a_slug_matched_as_readers_addresses_are(string url, string? culture, string? slug, string? fragment)
    {
        var path = PagePath.Parse(url, Cultures);

        Assert.Equal((culture, slug, fragment), (path?.Culture, path?.Slug, path?.Fragment));
    }

    [Theory]
    [InlineData("policy", "h2:intro h2:policy h2:law", "h2:intro h2:politica h2:ley", "politica")]
    [InlineData("law", "h2:intro h3:detail h2:law", "h2:intro h2:ley", "ley")]
    [InlineData("policy", "h2:policy h2:law", "h2:politica h2:ley h2:extra", null)]
    [InlineData("common", "h2:common h2:law", "h2:common h2:ley h2:extra", "common")]
    [InlineData("gone", "h2:policy", "h2:politica", null)]
    [InlineData(null, "h2:policy", "h2:politica", null)]
    public void A_heading_corresponds_to_the_one_in_the_same_place_among_headings_of_its_level(string? fragment, string named, string translation, string? expected) =>
        Assert.Equal(expected, HeadingAnchor.Match(fragment, Headings(named), Headings(translation)));

    [Theory]
    [InlineData("es", "/en/doc#second", true, true, "/es/doc-es#segunda", "es")]
    [InlineData("en", "/es/doc-es#segunda", true, true, "/en/doc#second", "en")]
    [InlineData("es", "/en/doc#second", true, false, "/en/doc#second", "en")]
    [InlineData("es", "/es/doc-es#segunda", true, false, "/en/doc#second", "en")]
    [InlineData("es", "/es/doc-es#segunda", false, false, "/es/doc-es#segunda", "es")]
    public void A_link_leads_to_the_reader_language_where_public_else_to_a_public_page(
        string reader, string written, bool englishPublic, bool spanishPublic, string href, string culture)
    {
        var directory = new PageDirectory(new Dictionary<string, string> { ["/en/doc"] = "d", ["/es/doc-es"] = "d" },
        [
            new DirectoryDocument("d", "en",
            [
                new DirectoryPage("en", "doc", englishPublic, Headings("h2:first h2:second")),
                new DirectoryPage("es", "doc-es", spanishPublic, Headings("h2:primera h2:segunda")),
            ]),
        ]);

        var target = directory.Resolve("d", PagePath.Parse(written, Cultures)!, reader);

        Assert.Equal((href, culture), (target!.Href, target.Culture));
    }

    [Fact]
    public void Rewriting_marks_a_link_to_another_language_and_leaves_other_addresses_alone()
    {
        var directory = new PageDirectory(new Dictionary<string, string> { ["/en/doc"] = "d" },
            [new DirectoryDocument("d", "en", [new DirectoryPage("en", "doc", true, [])])]);
        var body = Claro.Content.MarkdownRenderer.Parse("[a](/en/doc) [b](https://ice.gov) [c](/es/) [d](/en/nothing) [e](/en/doc){hreflang=en}");

        var links = PageLinkRewriter.Rewrite(body, "es", Cultures, directory);
        var html = Claro.Content.MarkdownRenderer.ToHtml(body);

        Assert.Equal([("/en/doc", "en", true), ("/es/", "es", true), ("/en/nothing", "en", false)], links.Select(l => (l.Href, l.Culture, l.IsPublic)));
        Assert.Contains("<a href=\"/en/doc\" hreflang=\"en\">a</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://ice.gov\" rel=\"noopener noreferrer\">b</a>", html, StringComparison.Ordinal);
    }

    private static List<HeadingAnchor> Headings(string list) =>
        list.Split(' ').Select(h => new HeadingAnchor(h[1] - '0', h[3..])).ToList();
}
