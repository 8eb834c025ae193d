using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claro.Tests.Support;

namespace Claro.Tests.Links;

[Trait("Category", "Database")]
public sealed class ShortLinkTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    private async Task<string> SpanishDocumentIdAsync(string slug) =>
        (await app.Reader().GetFromJsonAsync<JsonElement>($"/api/v1/documents/es/{slug}")).GetProperty("id").GetString()!;

    [Fact]
    public async Task The_sample_content_ships_the_spoken_Spanish_link()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/s/inmigracion");
        request.Headers.Add("Accept-Language", "en-US");

        var response = await app.Reader().SendAsync(request);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/es/inmigracion", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("INMIGRACION")]
    [InlineData("Inmigración")]
    [InlineData("inmigraci%C3%B3n")]
    public async Task Codes_match_ignoring_case_and_accents(string typed)
    {
        var response = await app.Reader().GetAsync($"/s/{typed}");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/es/inmigracion", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_code_is_stored_in_canonical_form_and_a_folded_clash_is_409()
    {
        var publisher = await app.SignInAsync(ClaroApp.Publisher);
        var id = await SpanishDocumentIdAsync("estatus-migratorio");

        var created = await publisher.PostAsJsonAsync("/api/v1/admin/shortlinks", new { code = "AyudaPolicía", documentId = id, culture = "es" });
        var clash = await publisher.PostAsJsonAsync("/api/v1/admin/shortlinks", new { code = "AYUDAPOLICIA", documentId = id, culture = "en" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("ayudapolicia", body.GetProperty("code").GetString());
        Assert.Equal("/s/ayudapolicia", body.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Equal("application/problem+json", clash.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_short_link_to_a_withdrawn_document_leads_nowhere_like_an_unknown_code()
    {
        var id = await app.CreateDocumentAsync("short-link-withdrawn", "Soon withdrawn.");
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        var publisher = await app.SignInAsync(ClaroApp.Publisher);
        (await publisher.PostAsJsonAsync("/api/v1/admin/shortlinks", new { code = "soon-withdrawn", documentId = id, culture = "en" })).EnsureSuccessStatusCode();
        var before = await app.Reader().GetAsync("/s/soon-withdrawn");

        (await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{id}/withdraw", new { reason = "Replaced by a newer policy." })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Found, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/s/soon-withdrawn")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/s/soon-withdrawn/qr.svg")).StatusCode);
    }

    [Theory]
    [InlineData("a b/c", HttpStatusCode.BadRequest)]
    [InlineData("admin", HttpStatusCode.BadRequest)]
    [InlineData("api", HttpStatusCode.BadRequest)]
    [InlineData("es", HttpStatusCode.BadRequest)]
    [InlineData("-guion", HttpStatusCode.BadRequest)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task Codes_that_listeners_could_not_type_or_that_shadow_a_route_are_refused(string code, HttpStatusCode expected)
    {
        var publisher = await app.SignInAsync(ClaroApp.Publisher);
        var id = await SpanishDocumentIdAsync("estatus-migratorio");

        var response = await publisher.PostAsJsonAsync("/api/v1/admin/shortlinks", new { code, documentId = id, culture = "es" });

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_link_to_an_unknown_document_is_404()
    {
        var publisher = await app.SignInAsync(ClaroApp.Publisher);

        var response = await publisher.PostAsJsonAsync("/api/v1/admin/shortlinks", new { code = "nada", documentId = "no-such-document", culture = "es" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Redirects_are_counted_per_day_and_QR_fetches_are_not()
    {
        var publisher = await app.SignInAsync(ClaroApp.Publisher);
        var id = await SpanishDocumentIdAsync("denunciar-un-delito");
        await publisher.PostAsJsonAsync("/api/v1/admin/shortlinks", new { code = "cuenta", documentId = id, culture = "es" });

        await app.Reader().GetAsync("/s/cuenta");
        await app.Reader().GetAsync("/s/CUENTA");
        await app.Reader().GetAsync("/s/cuenta/qr.svg");
        await app.Reader().GetAsync("/s/cuenta/qr.png");
        var links = await publisher.GetFromJsonAsync<JsonElement>("/api/v1/admin/shortlinks");
        var mine = links.EnumerateArray().Single(l => l.GetProperty("code").GetString() == "cuenta");
        var hits = mine.GetProperty("hits").EnumerateArray().ToList();

        var day = Assert.Single(hits);
        Assert.Equal(2, day.GetProperty("count").GetInt32());
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), day.GetProperty("date").GetString());
        Assert.DoesNotContain("127.0.0.1", mine.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QR_codes_come_as_SVG_and_PNG()
    {
        var svg = await app.Reader().GetAsync("/s/inmigracion/qr.svg");
        var png = await app.Reader().GetAsync("/s/inmigracion/qr.png");
        var bytes = await png.Content.ReadAsByteArrayAsync();

        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [Fact]
    public async Task An_unknown_code_is_a_localized_404()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/s/no-such-code");
        request.Headers.Add("Accept-Language", "es");

        var response = await app.Reader().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No encontramos la página", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
