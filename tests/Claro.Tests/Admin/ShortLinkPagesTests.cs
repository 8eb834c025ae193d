using System.Net;
using System.Text.RegularExpressions;

namespace Claro.Tests.Admin;

[Trait("Category", "Database")]
public partial class ShortLinkPagesTests(AdminPagesApp app) : IClassFixture<AdminPagesApp>
{
    [Fact]
    public async Task Share_page_says_the_link_aloud_and_offers_messages_without_tracking()
    {
        var author = await app.SignInAsync(AdminPagesApp.Author);

        var html = await author.HtmlAsync("/admin/links/inmigracion");

        Assert.Contains("<dd lang=\"es\">“kcpd punto org, barra, s, barra, inmigración”</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<img class=\"qr\" src=\"/s/inmigracion/qr.svg\" alt=", html, StringComparison.Ordinal);
        var whatsApp = Uri.UnescapeDataString(WhatsApp().Match(html).Groups[1].Value);
        Assert.StartsWith("Lea «", whatsApp, StringComparison.Ordinal);
        Assert.EndsWith("»: https://kcpd.org/s/inmigracion", whatsApp, StringComparison.Ordinal);
        Assert.DoesNotContain("utm_", html, StringComparison.Ordinal);
        Assert.Contains("href=\"sms:?&amp;body=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flyer_of_a_Spanish_link_is_in_Spanish_for_an_English_speaking_officer()
    {
        var author = await app.SignInAsync(AdminPagesApp.Author);

        var html = await author.HtmlAsync("/admin/links/inmigracion/flyer?ui=en");

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Léalo en su teléfono", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"short-link\">kcpd.org/s/inmigracion</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"screen-only\" lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewers_are_not_shown_the_short_links()
    {
        var reviewer = await app.SignInAsync(AdminPagesApp.Reviewer);

        var response = await reviewer.GetAsync("/admin/links");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/links\"", await reviewer.HtmlAsync("/admin"), StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"https://wa.me/\\?text=([^\"]+)\"")]
    private static partial Regex WhatsApp();
}
