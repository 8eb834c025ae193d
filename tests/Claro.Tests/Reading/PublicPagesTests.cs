using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Claro.Tests.Support;

namespace Claro.Tests.Reading;

[Trait("Category", "Database")]
public sealed partial class PublicPagesTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    private readonly HttpClient _reader = app.Reader();

    [Theory]
    [InlineData("es-MX,es;q=0.9,en;q=0.5", "/es/")]
    [InlineData("en-US,en;q=0.9", "/en/")]
    [InlineData("fr-FR", "/en/")]
    [InlineData("en;q=0.2, es;q=0.8", "/es/")]
    [InlineData("", "/en/")]
    public async Task Root_negotiates_the_language_from_Accept_Language(string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await _reader.SendAsync(request);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Theory]
    [InlineData("en", "Policy explainers", "Skip to content")]
    [InlineData("es", "Nuestras políticas, explicadas", "Ir al contenido")]
    public async Task Home_page_reads_in_its_language_and_lists_the_sample_explainers(string culture, string heading, string skipLink)
    {
        var response = await _reader.GetAsync($"/{culture}/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(culture, HtmlLang(html));
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(skipLink, html, StringComparison.Ordinal);
        Assert.True(ExplainerLinks(html, culture).Count >= 4);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/es/?page=1", HttpStatusCode.OK)]
    [InlineData("/es/?page=2", HttpStatusCode.NotFound)]
    [InlineData("/es/?page=0", HttpStatusCode.NotFound)]
    [InlineData("/es/?page=dos", HttpStatusCode.NotFound)]
    public async Task The_list_is_paged_and_a_page_past_the_end_is_not_found(string path, HttpStatusCode expected)
    {
        var response = await _reader.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Every_explainer_has_its_language_alternates_canonical_and_update_date(string culture)
    {
        var other = culture == "en" ? "es" : "en";
        var home = await _reader.GetStringAsync($"/{culture}/");
        foreach (var slug in ExplainerLinks(home, culture))
        {
            var response = await _reader.GetAsync($"/{culture}/{slug}");
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(culture, HtmlLang(html));
            Assert.Matches($"<link rel=\"alternate\" hreflang=\"{other}\" href=\"http://[^\"]+/{other}/[a-z0-9-]+\">", html);
            Assert.Matches("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://[^\"]+\">", html);
            Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost/{culture}/{slug}\">", html, StringComparison.Ordinal);
            Assert.Matches($"<a href=\"/{other}/[a-z0-9-]+\" hreflang=\"{other}\" lang=\"{other}\">", html);
            Assert.Matches("<time datetime=\"\\d{4}-\\d{2}-\\d{2}\">", html);
            Assert.False(response.Headers.Contains("Set-Cookie"));
        }
    }

    [Fact]
    public async Task Spanish_dates_are_written_in_Spanish()
    {
        var html = await _reader.GetStringAsync("/es/inmigracion");

        Assert.Contains("Última actualización:", html, StringComparison.Ordinal);
        Assert.Matches("de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20", html);
    }

    [Theory]
    [InlineData("/es/INMIGRACIÓN", "/es/inmigracion")]
    [InlineData("/es/Inmigración", "/es/inmigracion")]
    [InlineData("/es/immigration", "/es/inmigracion")]
    [InlineData("/en/inmigracion", "/en/immigration")]
    [InlineData("/en", "/en/")]
    public async Task Slug_variants_redirect_permanently_to_the_canonical_page(string path, string expected)
    {
        var response = await _reader.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/es/no-existe-esta-pagina", "es", "No encontramos la página")]
    [InlineData("/en/no-such-page", "en", "Page not found")]
    [InlineData("/es/%ff", "es", "No encontramos la página")]
    [InlineData("/en/no-such-page/history", "en", "Page not found")]
    public async Task Unknown_pages_get_a_localized_404(string path, string culture, string heading)
    {
        var response = await _reader.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(culture, HtmlLang(html));
        Assert.Contains(heading, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_slug_is_a_404_not_an_error()
    {
        var response = await _reader.GetAsync("/en/" + new string('a', 3000));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("es", "No encontramos la página")]
    [InlineData("en", "Page not found")]
    public async Task An_unknown_culture_is_a_404_in_the_readers_language(string acceptLanguage, string heading)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/xx/");
        request.Headers.Add("Accept-Language", acceptLanguage);

        var response = await _reader.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(acceptLanguage, HtmlLang(html));
        Assert.Contains(heading, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_history_lists_the_published_versions()
    {
        var html = await _reader.GetStringAsync("/es/inmigracion/history");

        Assert.Equal("es", HtmlLang(html));
        Assert.Contains("Primera publicación", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_answers_once_the_database_does()
    {
        var response = await _reader.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Delivery_API_lists_and_serves_published_pages(string culture)
    {
        var list = await _reader.GetFromJsonAsync<JsonElement>($"/api/v1/documents?culture={culture}");
        Assert.True(list.GetArrayLength() >= 4);
        var first = list[0];
        foreach (var field in new[] { "id", "culture", "slug", "title", "summary", "url", "updatedAt", "version" })
        {
            Assert.True(first.TryGetProperty(field, out _), $"list lacks {field}");
        }

        var page = await _reader.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{culture}/{first.GetProperty("slug").GetString()}");

        Assert.Equal(first.GetProperty("id").GetString(), page.GetProperty("id").GetString());
        Assert.Matches("^4[0-9a-hjkmnp-tv-z]{25}$", page.GetProperty("id").GetString()!);
        Assert.Contains("<h2 id=", page.GetProperty("html").GetString(), StringComparison.Ordinal);
        var translation = Assert.Single(page.GetProperty("translations").EnumerateArray());
        Assert.NotEqual(culture, translation.GetProperty("culture").GetString());
        Assert.False(translation.GetProperty("outdated").GetBoolean());
    }

    [Fact]
    public async Task Delivery_API_answers_404_problem_for_an_unknown_page()
    {
        var response = await _reader.GetAsync("/api/v1/documents/es/no-existe");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Headings_carry_ids_for_deep_links_spoken_on_the_radio()
    {
        var html = await _reader.GetStringAsync("/es/inmigracion");

        Assert.Contains("id=\"preguntas\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_quotations_in_Spanish_pages_are_marked_as_English()
    {
        var html = await _reader.GetStringAsync("/es/inmigracion");

        Assert.Contains("<p lang=\"en\" dir=\"ltr\">\"Only immigration officers have the authority", html, StringComparison.Ordinal);
    }

    internal static string? HtmlLang(string html) => HtmlLangPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    internal static List<string> ExplainerLinks(string html, string culture) =>
        Regex.Matches(html, $"<h2><a href=\"/{culture}/([a-z0-9-]+)\">").Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<html[^>]*\\blang=\"([^\"]+)\"")]
    private static partial Regex HtmlLangPattern();
}
