using System.Net;
using System.Text;
using System.Xml.Linq;
using Claro.Reading;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Claro.Tests.Reading;

/// <summary>The sitemap keeps to the protocol's limits (sitemaps.org: 50,000 addresses and 50 MB a file) at any size.</summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Sitemaps = Sitemap.Namespace;
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Theory]
    [InlineData(50_000, 52_428_800, 2, 1_900, 25_000)]
    [InlineData(50_000, 52_428_800, 6, 5_400, 8_333)]
    [InlineData(50_000, 52_428_800, 30, 60_000, 873)]
    [InlineData(4, 52_428_800, 2, 1_900, 2)]
    [InlineData(5, 52_428_800, 2, 1_900, 2)]
    [InlineData(1, 52_428_800, 2, 1_900, 1)]
    [InlineData(50_000, 6_000, 2, 1_900, 3)]
    [InlineData(50_000, 1_000, 2, 1_900, 1)]
    public void A_file_holds_as_many_whole_documents_as_both_limits_allow_and_at_least_one(int maxUrls, long maxBytes, int languages, long widestDocument, int documents) =>
        Assert.Equal(documents, Sitemap.DocumentsPerFile(maxUrls, maxBytes, languages, widestDocument));

    public static TheoryData<string, int> Limits => new()
    {
        { "Claro:SitemapMaxUrls", 4 },
        { "Claro:SitemapMaxBytes", 6_000 },
    };

    [Theory]
    [Trait("Category", "Database")]
    [MemberData(nameof(Limits))]
    public async Task Past_a_limit_the_sitemap_is_an_index_of_valid_numbered_sitemaps_within_it_that_hold_every_page_once_with_its_alternates(string setting, int limit)
    {
        using var app = new ClaroApp(new() { [setting] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture) }, null);
        var reader = app.Reader();
        var pages = await app.WithDbAsync(db => db.Items.Published().Select(i => "http://localhost/" + i.Culture + "/" + i.Slug).ToListAsync());

        var index = await reader.GetStringAsync("/sitemap.xml");
        var files = await NumberedSitemapsAsync(reader, index);

        Assert.Empty(PublicSchemas.Validate(index, "siteindex.xsd"));
        Assert.True(files.Count >= 2, $"{files.Count} sitemaps");
        Assert.Equal(Enumerable.Range(1, files.Count).Select(n => $"http://localhost/sitemap-{n}.xml"), files.Select(f => f.Location));
        Assert.All(XDocument.Parse(index).Root!.Elements(Sitemaps + "sitemap"), s => Assert.NotNull(s.Element(Sitemaps + "lastmod")));
        foreach (var file in files)
        {
            Assert.Empty(PublicSchemas.Validate(file.Xml, "sitemap.xsd", "xhtml-link.xsd"));
            Assert.InRange(setting.EndsWith("Urls", StringComparison.Ordinal) ? file.Urls.Count : Encoding.UTF8.GetByteCount(file.Xml), 1, limit);
            var locations = file.Urls.Select(u => u.Location).ToHashSet();
            Assert.All(file.Urls, url =>
            {
                Assert.Contains(url.Location, url.Alternates.Values);
                Assert.Contains("x-default", url.Alternates.Keys);
                Assert.All(url.Alternates.Values, alternate => Assert.Contains(alternate, locations));
            });
        }

        Assert.Equal(pages.Order(), files.SelectMany(f => f.Urls).Select(u => u.Location).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/sitemap-{files.Count + 1}.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/sitemap-0.xml")).StatusCode);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task Numbered_sitemaps_are_cached_with_strong_ETags_and_a_publish_shows_in_them_at_once()
    {
        using var app = new ClaroApp(new() { ["Claro:SitemapMaxUrls"] = "2" }, null);
        var reader = app.Reader();
        var first = await reader.GetAsync("/sitemap-1.xml");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/sitemap-1.xml") { Headers = { { "If-None-Match", first.Headers.ETag!.Tag } } };
        var again = await reader.SendAsync(conditional);
        var id = await app.CreateDocumentAsync("sitemap-newcomer", "A page published after the sitemap was first read.");

        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        var files = await NumberedSitemapsAsync(reader, await reader.GetStringAsync("/sitemap.xml"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Single(files, f => f.Urls.Exists(u => u.Location == "http://localhost/en/sitemap-newcomer"));
    }

    private sealed record SitemapUrl(string Location, Dictionary<string, string> Alternates);

    private sealed record NumberedSitemap(string Location, string Xml, List<SitemapUrl> Urls);

    private static async Task<List<NumberedSitemap>> NumberedSitemapsAsync(HttpClient reader, string index)
    {
        var files = new List<NumberedSitemap>();
        foreach (var location in XDocument.Parse(index).Root!.Elements(Sitemaps + "sitemap").Select(s => s.Element(Sitemaps + "loc")!.Value))
        {
            var xml = await reader.GetStringAsync(new Uri(location).PathAndQuery);
            var urls = XDocument.Parse(xml).Root!.Elements(Sitemaps + "url").Select(u => new SitemapUrl(
                u.Element(Sitemaps + "loc")!.Value,
                u.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value))).ToList();
            files.Add(new NumberedSitemap(location, xml, urls));
        }

        return files;
    }
}
