using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Claro.BrowserTests;

/// <summary>The web team's work, done through the /admin pages in Chromium, as people do it.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class StaffPagesTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task A_page_goes_from_edit_to_review_to_publish_through_the_staff_pages()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var author = await NewContextAsync();
        var page = await SiteFixture.SignInAsync(author, "author@example.org");
        await page.GotoAsync("/admin/documents/new");
        await page.GetByLabel("Slug (the words of the address)").FillAsync($"curfew-{tag}");
        await page.GetByLabel("Title").FillAsync("Curfew hours");
        await page.GetByLabel("Summary").FillAsync("When the youth curfew applies.");
        await page.GetByLabel("Body (Markdown)").FillAsync("A first draft.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the draft" }).ClickAsync();
        var documentUrl = DocumentUrl().Match(page.Url).Value;
        await page.GotoAsync(documentUrl + "/en/edit");
        await page.GetByLabel("Body (Markdown)").FillAsync($"The curfew starts at **11 pm**. {tag}\n\n<script>alert(1)</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        Assert.Contains("11 pm", await page.Locator(".preview strong").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".preview script").CountAsync());
        await page.GetByLabel("Body (Markdown)").FillAsync($"The curfew starts at 11 pm. {tag}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.GotoAsync(documentUrl);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = SendToReview() }).ClickAsync();

        var reviewer = await NewContextAsync();
        var review = await SiteFixture.SignInAsync(reviewer, "reviewer@example.org");
        await review.GotoAsync(documentUrl + "/en/review");
        Assert.Contains(await review.Locator("ins").AllInnerTextsAsync(), line => line.Contains(tag, StringComparison.Ordinal));
        await review.GetByRole(AriaRole.Button, new() { NameRegex = ApproveVersion() }).ClickAsync();

        var publisher = await NewContextAsync();
        var publish = await SiteFixture.SignInAsync(publisher, "publisher@example.org");
        await publish.GotoAsync(documentUrl);
        await publish.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();

        var reader = await NewContextAsync(javaScript: false);
        var readerPage = await reader.NewPageAsync();
        var response = await readerPage.GotoAsync($"/en/curfew-{tag}");
        Assert.Equal(200, response!.Status);
        Assert.Contains($"The curfew starts at 11 pm. {tag}", await readerPage.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_side_by_side_editor_highlights_what_changed_in_the_source_and_saves_the_translation()
    {
        var (documentUrl, tag) = await PublishedPairWithNewSourceAsync();
        var translator = await NewContextAsync();
        var page = await SiteFixture.SignInAsync(translator, "translator@example.org");

        await page.GotoAsync(documentUrl + "/es/translate");
        var marked = await page.Locator("pre.source mark").AllInnerTextsAsync();
        Assert.Contains(marked, m => m.Contains($"New rule {tag}.", StringComparison.Ordinal));
        Assert.DoesNotContain(marked, m => m.Contains("Officers wear cameras.", StringComparison.Ordinal));
        var sections = page.Locator("textarea[name^='sections']");
        Assert.Equal(2, await sections.CountAsync());
        await sections.Nth(1).FillAsync($"## Reglas {{#rules}}\n\nNueva regla {tag}.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await page.GotoAsync(documentUrl);
        Assert.Contains("Draft", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readers_of_an_outdated_translation_see_an_accessible_notice_and_reach_the_current_source()
    {
        var (_, tag) = await PublishedPairWithNewSourceAsync();
        var reader = await NewContextAsync(javaScript: false);
        var page = await reader.NewPageAsync();

        await page.GotoAsync($"/es/camaras-{tag}");
        var notice = page.Locator("aside.notice");
        Assert.Contains("Estamos actualizando esta página.", await notice.InnerTextAsync(), StringComparison.Ordinal);
        var link = notice.GetByRole(AriaRole.Link);
        Assert.Equal("en", await link.GetAttributeAsync("hreflang"));
        Assert.Equal("en", await link.GetAttributeAsync("lang"));
        await link.ClickAsync();

        Assert.EndsWith($"/en/cameras-{tag}", page.Url, StringComparison.Ordinal);
        Assert.Contains($"New rule {tag}.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var checker = await (await NewContextAsync()).NewPageAsync();
        var response = await checker.GotoAsync($"/es/camaras-{tag}");
        Assert.Equal(200, response!.Status);
        await AssertNoAxeViolationAsync(checker);
    }

    [Fact]
    public async Task The_printed_flyer_carries_the_title_and_the_short_link()
    {
        var staff = await NewContextAsync();
        var page = await SiteFixture.SignInAsync(staff, "admin@example.org");
        await page.GotoAsync("/admin/links/inmigracion/flyer");
        var pdf = Path.Combine(Path.GetTempPath(), $"claro-flyer-{Guid.NewGuid():N}.pdf");

        try
        {
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await page.PdfAsync(new() { Path = pdf, Format = "Letter", PrintBackground = true });
            var text = await PdfTextAsync(pdf);
            var pages = await PdfPagesAsync(pdf);

            Assert.Contains("¿La policía de Kansas City hace cumplir las leyes de inmigración?", text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("/s/inmigracion", string.Concat(text.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
            Assert.Equal(1, pages);
            await page.PdfAsync(new() { Path = pdf, Format = "A4" });
            Assert.Equal(1, await PdfPagesAsync(pdf));
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    [Fact]
    public async Task The_translation_memory_fills_the_editor_without_JavaScript_and_shows_how_a_close_match_differs()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var api = new StaffApi(Site.BaseUrl);
        var id = await api.CreateAsync("author@example.org", "en", $"memory-{tag}", "Report a crime without fear",
            $"Call the police when you need help.\n\n## More {{#more}}\n\nTell officers what happened and what you heard.\n\nA sentence of its own {tag}.");
        var translator = await NewContextAsync(javaScript: false);
        var page = await SiteFixture.SignInAsync(translator, "translator@example.org");
        await page.GotoAsync($"/admin/documents/{id}/es/translate");

        await Suggestion(page, "Denuncie un delito sin miedo").GetByRole(AriaRole.Button).ClickAsync();
        await Suggestion(page, "Llame a la policía cuando necesite ayuda.").GetByRole(AriaRole.Button).ClickAsync();
        var close = page.Locator("details.memory").Last;
        await close.Locator("summary").ClickAsync();
        var closeMatch = Suggestion(page, "Cuéntele al agente lo que pasó y lo que vio.");

        Assert.Equal("Denuncie un delito sin miedo", await page.GetByLabel("Title").InputValueAsync());
        Assert.Equal("Llame a la policía cuando necesite ayuda.", await page.Locator("#section-0").InputValueAsync());
        Assert.Contains("% similar", await closeMatch.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("not in this source: saw", await closeMatch.Locator("del").Last.TextContentAsync());
        Assert.Equal("new in this source: heard", await closeMatch.Locator("ins").Last.TextContentAsync());
        await closeMatch.GetByRole(AriaRole.Button).ClickAsync();
        Assert.Equal("## More {#more}\n\nCuéntele al agente lo que pasó y lo que vio.\n\nA sentence of its own " + tag + ".", await page.Locator("#section-1").InputValueAsync());
        Assert.Equal("Llame a la policía cuando necesite ayuda.", await page.Locator("#section-0").InputValueAsync());

        // axe needs scripts: the same editor, with its suggestions, in a context that runs them.
        var withScripts = await NewContextAsync();
        var checkedPage = await SiteFixture.SignInAsync(withScripts, "translator@example.org");
        await checkedPage.GotoAsync($"/admin/documents/{id}/es/translate");
        await checkedPage.Locator("details.memory:not([open]) summary").First.ClickAsync();
        await AssertNoAxeViolationAsync(checkedPage);
    }

    private static ILocator Suggestion(IPage page, string target) =>
        page.Locator("ol.memory-matches > li", new() { Has = page.Locator("p.memory-target", new() { HasTextString = target }) }).First;

    [Fact]
    public async Task The_radio_script_prints_in_large_type_without_the_staff_pages_around_it()
    {
        var staff = await NewContextAsync(javaScript: false);
        var page = await SiteFixture.SignInAsync(staff, "translator@example.org");
        await page.GotoAsync("/admin/links/inmigracion");
        await page.GetByRole(AriaRole.Link, new() { Name = "Radio script in Español" }).ClickAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var size = await page.Locator("article.radio p").First.EvaluateAsync<string>("p => getComputedStyle(p).fontSize");

        Assert.Contains("A continuación: Lo que dice nuestra política.", await page.Locator("article.radio").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.Locator("header.site").IsVisibleAsync());
        Assert.True(double.Parse(size.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 24, $"printed at {size}");
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/translations")]
    [InlineData("/admin/links")]
    [InlineData("/admin/links/inmigracion")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/documents/4940gdnxmvxywykc1m9djk7pnv/es/radio")]
    [InlineData("/admin/documents/4940gdnxmvxywykc1m9djk7pnv/es/translate")]
    [InlineData("/admin/documents/4ywk74xnp4fre7wcz7b2wyknn9/es/translate")]
    [InlineData("/admin/documents/4940gdnxmvxywykc1m9djk7pnv")]
    [InlineData("/admin/reports/language-access")]
    [InlineData("/admin/reports/language-access?from=2026-02-30&to=2026-03-01")]
    [InlineData("/admin/profile")]
    public async Task Staff_pages_have_no_axe_violation(string path)
    {
        var staff = await NewContextAsync();
        var page = await SiteFixture.SignInAsync(staff, "admin@example.org");
        await page.GotoAsync(path);

        await AssertNoAxeViolationAsync(page);
    }

    [Fact]
    public async Task The_language_access_charts_are_drawn_without_JavaScript_with_words_and_a_table_beside_them()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var api = new StaffApi(Site.BaseUrl);
        var id = await api.CreateAsync("author@example.org", "en", $"report-{tag}", $"Report chart {tag}", "Words.");
        await api.ReviewAndPublishAsync(id, "en", "author@example.org");
        var reader = await NewContextAsync(javaScript: false);
        var read = await reader.NewPageAsync();
        await read.GotoAsync($"/en/report-{tag}");
        var staff = await NewContextAsync(javaScript: false);
        var page = await SiteFixture.SignInAsync(staff, "publisher@example.org");

        await page.GotoAsync("/admin/reports/language-access");
        var charts = page.Locator("figure.chart svg[role=img]");

        Assert.True(await charts.CountAsync() >= 1);
        Assert.False(string.IsNullOrWhiteSpace(await charts.First.Locator("title").First.TextContentAsync()));
        Assert.False(string.IsNullOrWhiteSpace(await charts.First.Locator("desc").TextContentAsync()));
        Assert.True(await page.Locator("table.weeks tbody tr").CountAsync() >= 1);
        Assert.Contains($"Report chart {tag}", await page.Locator("table.report").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_with_a_withdrawal_to_come_and_its_review_date_has_no_axe_violation()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var api = new StaffApi(Site.BaseUrl);
        var id = await api.CreateAsync("author@example.org", "en", $"leaving-{tag}", "Leaving soon", "Words.");
        await api.ReviewAndPublishAsync(id, "en", "author@example.org");
        var staff = await NewContextAsync(javaScript: false);
        var page = await SiteFixture.SignInAsync(staff, "publisher@example.org");
        await page.GotoAsync($"/admin/documents/{id}");
        await page.GetByLabel("Reason for withdrawing (readers see it instead of the page)").FillAsync("Replaced by the new policy.");
        await page.GetByLabel("Withdraw at (UTC; leave empty to withdraw now)").FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the document" }).ClickAsync();
        Assert.Contains("Replaced by the new policy.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        var checker = await NewContextAsync();
        var checkedPage = await SiteFixture.SignInAsync(checker, "publisher@example.org");
        await checkedPage.GotoAsync($"/admin/documents/{id}");
        await AssertNoAxeViolationAsync(checkedPage);
    }

    /// <summary>An English page with its Spanish translation published, then a new English version published ahead of it.</summary>
    private async Task<(string DocumentUrl, string Tag)> PublishedPairWithNewSourceAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var api = new StaffApi(Site.BaseUrl);
        var id = await api.CreateAsync("author@example.org", "en", $"cameras-{tag}", "Body cameras", "Officers wear cameras.\n\n## Rules {#rules}\n\nOld rule.");
        await api.ReviewAndPublishAsync(id, "en", "author@example.org");
        await api.SaveDraftAsync("translator@example.org", id, "es", $"camaras-{tag}", "Cámaras corporales", "Los agentes llevan cámaras.\n\n## Reglas {#rules}\n\nRegla antigua.", 0);
        await api.ReviewAndPublishAsync(id, "es", "translator@example.org");
        await api.SaveDraftAsync("author@example.org", id, "en", $"cameras-{tag}", "Body cameras", $"Officers wear cameras.\n\n## Rules {{#rules}}\n\nNew rule {tag}.", 1);
        await api.ReviewAndPublishAsync(id, "en", "author@example.org", allowOutdated: true);
        return ($"/admin/documents/{id}", tag);
    }

    private static async Task<string> PdfTextAsync(string pdf) => await RunAsync("pdftotext", pdf, "-");

    private static async Task<int> PdfPagesAsync(string pdf) =>
        int.Parse(PagesLine().Match(await RunAsync("pdfinfo", pdf)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    [GeneratedRegex("/admin/documents/[0-9a-z]+")]
    private static partial Regex DocumentUrl();

    [GeneratedRegex("^Send version \\d+ to review$")]
    private static partial Regex SendToReview();

    [GeneratedRegex("^Approve version \\d+$")]
    private static partial Regex ApproveVersion();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();
}
