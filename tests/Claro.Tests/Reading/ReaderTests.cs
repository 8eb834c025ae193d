using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Claro.Tests.Support;

namespace Claro.Tests.Reading;

[Trait("Category", "Database")]
public sealed class ReaderTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    private readonly HttpClient _reader = app.Reader();

    [Fact]
    public async Task Sitemap_lists_every_published_page_with_hreflang_alternates_and_is_valid()
    {
        var xml = await _reader.GetStringAsync("/sitemap.xml");
        var urls = XDocument.Parse(xml).Root!.Elements(XName.Get("url", "http://www.sitemaps.org/schemas/sitemap/0.9")).ToList();

        Assert.Empty(PublicSchemas.Validate(xml, "sitemap.xsd", "xhtml-link.xsd"));
        var spanish = urls.Single(u => u.Value.StartsWith("http://localhost/es/inmigracion", StringComparison.Ordinal));
        var alternates = spanish.Elements(XName.Get("link", "http://www.w3.org/1999/xhtml")).ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);

        Assert.True(urls.Count >= 10, $"{urls.Count} urls");
        Assert.All(urls, url => Assert.True(url.Elements(XName.Get("link", "http://www.w3.org/1999/xhtml")).Count() >= 2));
        Assert.Equal("http://localhost/en/immigration", alternates["en"]);
        Assert.Equal("http://localhost/es/inmigracion", alternates["es"]);
        Assert.Equal("http://localhost/en/immigration", alternates["x-default"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync("/sitemap-1.xml")).StatusCode);
    }

    [Fact]
    public async Task Robots_names_the_sitemap()
    {
        var robots = await _reader.GetStringAsync("/robots.txt");

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Each_culture_has_an_Atom_feed_of_its_published_changes_newest_first(string culture)
    {
        var before = (await FeedAsync(culture)).Items.Count();
        var slug = $"feed-{culture}";
        var id = await app.CreateDocumentAsync(slug, "First words.", "Feed page", culture);
        await app.ReviewAndPublishAsync(id, (culture, ClaroApp.Author));
        (await app.SaveDraftAsync(ClaroApp.Author, id, culture, new { slug, title = "Feed page, shorter", summary = "Shorter.", body = "Second words.", changeNote = "Shorter sentences", baseVersion = 1 })).EnsureSuccessStatusCode();
        await app.ReviewAndPublishAsync(id, (culture, ClaroApp.Author));

        var items = (await FeedAsync(culture)).Items.ToList();

        Assert.Equal(before + 2, items.Count);
        Assert.Equal("Feed page, shorter", items[0].Title.Text);
        Assert.Equal("Shorter. — Shorter sentences", Assert.IsType<TextSyndicationContent>(items[0].Content).Text);
        Assert.Equal("Feed page", items[1].Title.Text);
        Assert.All(items, item => Assert.StartsWith($"http://localhost/{culture}/", item.Links[0].Uri.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("es", "INMIGRACION", "inmigracion")]
    [InlineData("es", "inmigración", "inmigracion")]
    [InlineData("es", "Crime Stoppers", "denunciar-un-delito")]
    [InlineData("en", "Immigration", "immigration")]
    [InlineData("en", "witnesses", "immigration-status")]
    public async Task Search_finds_published_pages_ignoring_accents_and_case(string culture, string query, string expectedSlug)
    {
        var html = await _reader.GetStringAsync($"/{culture}/search?q={Uri.EscapeDataString(query)}");

        Assert.Contains($"<li><a href=\"/{culture}/{expectedSlug}\">", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("NEAR(a b) * ^ :")]
    [InlineData("")]
    [InlineData("zzqxjvw")]
    public async Task Hostile_or_empty_queries_get_a_plain_page(string query)
    {
        var response = await _reader.GetAsync($"/es/search?q={Uri.EscapeDataString(query)}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li><a href=\"/es/", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/es/")]
    [InlineData("/en/immigration")]
    [InlineData("/es/search?q=ice")]
    [InlineData("/es/no-existe")]
    public async Task Every_response_carries_the_protective_headers_and_no_cookie(string path)
    {
        var response = await _reader.GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.Contains("Permissions-Policy"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_home_page_and_its_stylesheet_fit_in_14_KB_compressed()
    {
        var client = app.Reader();
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var page = await client.GetAsync("/es/");
        var pageBytes = (await page.Content.ReadAsByteArrayAsync()).Length;
        var html = await _reader.GetStringAsync("/es/");
        var stylesheets = Regex.Matches(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        var cssBytes = 0;
        foreach (var href in stylesheets)
        {
            cssBytes += (await (await client.GetAsync(href)).Content.ReadAsByteArrayAsync()).Length;
        }

        Assert.Equal("br", page.Content.Headers.ContentEncoding.Single());
        Assert.Single(stylesheets);
        Assert.True(pageBytes + cssBytes <= 14 * 1024, $"{pageBytes} + {cssBytes} bytes");
    }

    [Fact]
    public async Task The_stylesheet_is_linked_by_its_content_hash_and_cached_for_a_year()
    {
        var html = await _reader.GetStringAsync("/en/");
        var href = Regex.Match(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;

        var css = await _reader.GetAsync(href);

        Assert.Contains("?v=", href, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), css.Headers.CacheControl!.MaxAge);
        Assert.Contains("immutable", css.Headers.CacheControl.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(60), (await _reader.GetAsync("/en/")).Headers.CacheControl!.MaxAge);
    }

    [Fact]
    public async Task A_repeat_visit_with_the_ETag_costs_no_body()
    {
        var first = await _reader.GetAsync("/es/inmigracion");
        var etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/es/inmigracion");
        again.Headers.IfNoneMatch.Add(etag);

        var second = await _reader.SendAsync(again);

        Assert.False(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Contains("public", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.NotNull(first.Headers.CacheControl.MaxAge);
        Assert.Contains("stale-while-revalidate", first.Headers.CacheControl.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_encoding_of_a_page_has_its_own_strong_ETag()
    {
        var identity = await _reader.GetAsync("/es/inmigracion");
        var brotli = app.Reader();
        brotli.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var first = await brotli.GetAsync("/es/inmigracion");
        var cached = await brotli.GetAsync("/es/inmigracion");
        using var withIdentityTag = new HttpRequestMessage(HttpMethod.Get, "/es/inmigracion");
        withIdentityTag.Headers.IfNoneMatch.Add(identity.Headers.ETag!);

        var answer = await brotli.SendAsync(withIdentityTag);

        Assert.Equal("br", cached.Content.Headers.ContentEncoding.Single());
        Assert.Equal(first.Headers.ETag, cached.Headers.ETag);
        Assert.NotEqual(identity.Headers.ETag, first.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal((await identity.Content.ReadAsByteArrayAsync()).Length, identity.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task A_publish_is_visible_at_once_despite_the_cache()
    {
        var id = await app.CreateDocumentAsync("cached-page", "First words.");
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        Assert.Contains("First words.", await _reader.GetStringAsync("/en/cached-page"), StringComparison.Ordinal);
        (await app.SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "cached-page", title = "Test page", summary = "", body = "Second words.", changeNote = "", baseVersion = 1 })).EnsureSuccessStatusCode();

        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));

        Assert.Contains("Second words.", await _reader.GetStringAsync("/en/cached-page"), StringComparison.Ordinal);
        Assert.Contains("cached-page", await _reader.GetStringAsync("/en/"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/cached-page\">", await _reader.GetStringAsync("/en/search?q=second"), StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=\"/en/cached-page\">", await _reader.GetStringAsync("/en/search?q=first"), StringComparison.Ordinal);
    }

    private async Task<SyndicationFeed> FeedAsync(string culture)
    {
        var response = await _reader.GetAsync($"/{culture}/feed.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using var xml = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(xml);
    }
}
