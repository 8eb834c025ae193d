using Microsoft.Playwright;

namespace Claro.BrowserTests;

/// <summary>Arabic pages in Chromium: the layout mirrors, and English and Latin-script text keeps its order.</summary>
[Collection(RightToLeftCollection.Name)]
public sealed class RightToLeftTests(RightToLeftSite site) : BrowserTest(site)
{
    private const string Quote = "\"Only immigration officers may arrest.\"";

    /// <summary>An English page and its Arabic translation, published, the Arabic one quoting the English policy; returns its id and tag.</summary>
    private async Task<(string Id, string Tag)> ArabicPageAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var api = new StaffApi(Site.BaseUrl);
        var id = await api.CreateAsync("author@example.org", "en", $"law-{tag}", "Know the law", $"KCPD protects everyone, wherever they are from.\n\n## What the policy says {{#policy}}\n\n> {Quote} {{lang=en}}\n\nWrite to kcpdchiefblog@kcpd.org.");
        await api.ReviewAndPublishAsync(id, "en", "author@example.org");
        await api.SaveDraftAsync("translator@example.org", id, "ar", $"qanun-{tag}", "اعرف القانون",
            $"تحمي شرطة KCPD الجميع، مهما كان بلدهم.\n\n## ما تقوله السياسة {{#policy}}\n\n> {Quote} {{lang=en}}\n\nاكتب إلى kcpdchiefblog@kcpd.org.", 0);
        await api.ReviewAndPublishAsync(id, "ar", "translator@example.org");
        return (id, tag);
    }

    [Fact]
    public async Task An_Arabic_page_mirrors_its_layout_and_keeps_an_English_quotation_left_to_right_without_JavaScript()
    {
        var (_, tag) = await ArabicPageAsync();
        var reader = await NewContextAsync(javaScript: false);
        var page = await reader.NewPageAsync();

        await page.GotoAsync($"/ar/qanun-{tag}");

        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("rtl", await ComputedAsync(page.Locator("main h1"), "direction"));
        var brand = (await page.Locator("header .brand").BoundingBoxAsync())!;
        var languages = (await page.Locator("header nav.languages").BoundingBoxAsync())!;
        Assert.True(brand.X > languages.X, $"the site's name should start at the right: name at {brand.X}, languages at {languages.X}");
        var quote = page.Locator("blockquote");
        Assert.Equal("4px", await ComputedAsync(quote, "border-right-width"));
        Assert.Equal("0px", await ComputedAsync(quote, "border-left-width"));
        var english = quote.Locator("p[lang=en]");
        Assert.Equal("ltr", await ComputedAsync(english, "direction"));
        Assert.Equal(Quote, await english.InnerTextAsync());
        var link = page.Locator("nav.languages a[hreflang=en]");
        Assert.Equal("ltr", await ComputedAsync(link, "direction"));
        Assert.Empty(await reader.CookiesAsync());
    }

    [Theory]
    [InlineData("/ar/")]
    [InlineData("/ar/qanun-{tag}")]
    [InlineData("/ar/search?q=KCPD")]
    [InlineData("/ar/no-such-page")]
    public async Task Arabic_pages_have_no_axe_violation_and_reflow_at_320_px(string path)
    {
        var (_, tag) = await ArabicPageAsync();
        var context = await NewContextAsync(width: 320, height: 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path.Replace("{tag}", tag, StringComparison.Ordinal));

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        await AssertNoAxeViolationAsync(page);
        Assert.True(scrollWidth <= 320, $"{path} is {scrollWidth} px wide at 320 px");
    }

    [Fact]
    public async Task The_skip_link_appears_at_the_right_edge_when_focused()
    {
        var context = await NewContextAsync(width: 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/ar/");

        await page.Keyboard.PressAsync("Tab");
        var box = (await page.Locator(":focus").BoundingBoxAsync())!;

        Assert.Equal("انتقل إلى المحتوى", await page.Locator(":focus").InnerTextAsync());
        Assert.True(box.X + box.Width >= 790 && box.X + box.Width <= 800, $"the skip link ends at {box.X + box.Width} px of 800");
    }

    [Fact]
    public async Task The_side_by_side_editor_shows_English_left_to_right_beside_Arabic_right_to_left_and_mirrors_with_the_staff_language()
    {
        var (id, _) = await ArabicPageAsync();
        var staff = await NewContextAsync();
        var page = await SiteFixture.SignInAsync(staff, "translator@example.org");

        await page.GotoAsync($"/admin/documents/{id}/ar/translate?ui=en");
        var source = page.Locator("pre.source").First;
        var translation = page.Locator("textarea[name^='sections']").First;
        Assert.Equal("ltr", await ComputedAsync(source, "direction"));
        Assert.Equal("rtl", await ComputedAsync(translation, "direction"));
        Assert.True((await source.BoundingBoxAsync())!.X < (await translation.BoundingBoxAsync())!.X, "in English the source is on the left");

        await page.GotoAsync($"/admin/documents/{id}/ar/translate?ui=ar");
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("ltr", await ComputedAsync(source, "direction"));
        Assert.Equal("rtl", await ComputedAsync(translation, "direction"));
        Assert.True((await source.BoundingBoxAsync())!.X > (await translation.BoundingBoxAsync())!.X, "in Arabic the source is on the right, where reading starts");
        await AssertNoAxeViolationAsync(page);

        await translation.FillAsync("الشرطة تحمي كل الناس في المدينة.");
        await page.GetByRole(AriaRole.Button, new() { Name = "حفظ المسودة" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("done=saved", StringComparison.Ordinal));
    }

    private static Task<string> ComputedAsync(ILocator element, string property) =>
        element.EvaluateAsync<string>($"e => getComputedStyle(e).getPropertyValue('{property}')");
}
