using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claro.Tests.Support;

namespace Claro.Tests.Localization;

/// <summary>
/// A culture typed in capitals (<c>/ES/…</c>, as people copy it from print or radio) is the same culture: every address
/// that names one answers as its lower-case twin, because the culture is spelled the site's way once, where it enters.
/// </summary>
[Trait("Category", "Database")]
public sealed class CultureInAddressTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    [Theory]
    [InlineData(1, "/ES/{slug}")]
    [InlineData(2, "/Es/{slug}/history")]
    [InlineData(3, "/ES/search?q=llamadas")]
    public async Task A_reader_page_named_with_a_capital_culture_is_the_Spanish_page(int row, string address)
    {
        var (_, slug) = await PublishAsync($"reader-{row}");

        var response = await app.Reader().GetAsync(address.Replace("{slug}", slug, StringComparison.Ordinal));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"es\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/ES/", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ES/", "/es/")]
    [InlineData("/Es", "/es/")]
    [InlineData("/ES/?page=1", "/es/?page=1")]
    public async Task The_list_of_a_capital_culture_moves_to_its_one_address(string address, string canonical)
    {
        var response = await app.Reader().GetAsync(address);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_feed_of_a_capital_culture_is_the_Spanish_feed()
    {
        var (_, slug) = await PublishAsync("feed");

        var feed = await app.Reader().GetStringAsync("/ES/feed.atom");

        Assert.Contains($"http://localhost/es/{slug}", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("/ES/", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_delivery_API_finds_a_page_named_with_a_capital_culture()
    {
        var (_, slug) = await PublishAsync("delivery");

        var response = await app.Reader().GetAsync($"/api/v1/documents/ES/{slug}");
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("es", page.GetProperty("culture").GetString());
        Assert.Equal("Llamadas", page.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_admin_API_reads_and_writes_a_culture_named_in_capitals()
    {
        var (id, slug) = await PublishAsync("admin");

        var versions = await app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}/ES/versions");
        var glossary = await (await app.SignInAsync(ClaroApp.Reviewer)).GetAsync($"/api/v1/admin/documents/{id}/ES/glossary");
        var saved = await app.SaveDraftAsync(ClaroApp.Translator, id, "ES", new { slug, title = "Llamadas 2", summary = "Resumen.", body = "Respondemos siempre.", baseVersion = 1 });

        Assert.Equal(1, versions.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, glossary.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(2, (await app.CultureStateAsync(id, "es")).GetProperty("latestVersion").GetInt32());
    }

    /// <summary>A document published in English and Spanish; returns its id and its Spanish slug.</summary>
    private async Task<(string Id, string Slug)> PublishAsync(string name)
    {
        var id = await app.CreateDocumentAsync($"calls-{name}", "We answer every call.", "Calls");
        var slug = $"llamadas-{name}";
        (await app.SaveDraftAsync(ClaroApp.Translator, id, "es", new { slug, title = "Llamadas", summary = "Resumen.", body = "Respondemos todas las llamadas.", baseVersion = 0 }))
            .EnsureSuccessStatusCode();
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author), ("es", ClaroApp.Translator));
        return (id, slug);
    }
}
