using System.Net.Http.Json;
using System.Text.Json;
using Claro.Tests.Support;

namespace Claro.Tests.Reading;

/// <summary>
/// Clients of the delivery API put its <c>html</c> on pages of their own, often without a
/// Content-Security-Policy; the Atom feeds go to readers that have none. Neither may carry anything
/// that loads, runs, styles or takes over the page.
/// </summary>
[Trait("Category", "Database")]
public sealed class DeliveryApiSafetyTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    private const string Hostile =
        "## Main {#main}\n\n" +
        "Look: ![a map](https://tracker.example/pixel.gif)\n\n" +
        "Fixed over everything {style=\"position:fixed;inset:0;z-index:9999\"}\n\n" +
        "Pretends to be a notice {.refusal}\n\n" +
        "[Open](https://evil.example/page) and [click](javascript:alert(1)) {onclick=\"alert(1)\"}";

    [Fact]
    public async Task The_delivery_API_html_is_safe_to_embed_without_a_content_security_policy()
    {
        var id = await app.CreateDocumentAsync("embed-safely", Hostile);
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));

        var page = await app.Reader().GetFromJsonAsync<JsonElement>("/api/v1/documents/en/embed-safely");
        var html = page.GetProperty("html").GetString()!;
        var feed = await app.Reader().GetStringAsync("/en/feed.atom");

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://tracker.example/pixel.gif\" rel=\"noopener noreferrer\">a map</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("class=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("id=\"main\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"content-main\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://evil.example/page\" rel=\"noopener noreferrer\">Open</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tracker.example", feed, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", feed, StringComparison.OrdinalIgnoreCase);
    }
}
