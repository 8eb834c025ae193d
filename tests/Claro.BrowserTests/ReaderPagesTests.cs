using Microsoft.Playwright;

namespace Claro.BrowserTests;

/// <summary>What residents get, checked in Chromium: accessible, private, working without JavaScript.</summary>
[Collection(SiteCollection.Name)]
public sealed class ReaderPagesTests(SiteFixture site) : BrowserTest(site)
{
    public static TheoryData<string> PublicPages => new()
    {
        "/en/", "/es/",
        "/en/immigration", "/es/inmigracion", "/en/immigration-status", "/es/estatus-migratorio", "/en/ice-help", "/es/ice-pide-ayuda",
        "/en/report-a-crime", "/es/denunciar-un-delito", "/en/know-your-rights", "/es/conozca-sus-derechos",
        "/en/immigration/history", "/es/inmigracion/history",
        "/en/search?q=immigration", "/es/search?q=inmigracion", "/es/search?q=zzqx",
        "/es/no-existe", "/en/no-such-page",
    };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Every_public_page_has_no_axe_violation(string path)
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        await AssertNoAxeViolationAsync(page);
    }

    [Fact]
    public async Task Pages_work_without_JavaScript_set_no_cookie_and_ask_nothing_of_other_sites()
    {
        var context = await NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync("/es/");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "¿La policía de Kansas City hace cumplir las leyes de inmigración?" }).ClickAsync();
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Buscar en las explicaciones" }).FillAsync("testigos");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Buscar en las explicaciones" }).PressAsync("Enter");
        await page.WaitForURLAsync("**/es/search?q=testigos");
        var results = await page.Locator("ul.results li").CountAsync();

        Assert.True(results >= 1);
        Assert.Empty(await context.CookiesAsync());
        Assert.All(requested, url => Assert.StartsWith(Site.BaseUrl + "/", url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/en/immigration", "Español", "/es/inmigracion", "es")]
    [InlineData("/es/estatus-migratorio", "English", "/en/immigration-status", "en")]
    public async Task The_language_switch_lands_on_the_same_explainer(string from, string language, string expected, string lang)
    {
        var context = await NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(from);

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = language }).ClickAsync();

        Assert.EndsWith(expected, page.Url, StringComparison.Ordinal);
        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Theory]
    [InlineData(320)]
    [InlineData(640)]
    public async Task Pages_reflow_at_narrow_widths_without_sideways_scrolling(int width)
    {
        var context = await NewContextAsync(width: width, height: 800);
        var page = await context.NewPageAsync();

        foreach (var path in new[] { "/es/", "/es/inmigracion", "/en/know-your-rights", "/es/search?q=ice" })
        {
            await page.GotoAsync(path);
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{path} is {scrollWidth} px wide at {width} px");
        }
    }

    [Fact]
    public async Task A_NUL_in_the_path_gets_the_localized_404_from_the_real_server()
    {
        var uri = new Uri(Site.BaseUrl);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"GET /es/%00%ff HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream);

        var response = await reader.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 404", response, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"es\">", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_shows_when_focused()
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/es/inmigracion");

        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");

        Assert.Equal("Ir al contenido", await focused.InnerTextAsync());
        Assert.True(await focused.IsVisibleAsync());
        var box = await focused.BoundingBoxAsync();
        Assert.True(box!.X >= 0);
    }
}
