using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Claro.Tests.Admin;
using Claro.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Claro.Tests.Reports;

/// <summary>
/// Every figure of the language-access report, from a history the test builds day by day: an English page published on
/// 1 December, its Spanish two days later, a new English version on the 6th and the Spanish catching up on the 16th.
/// </summary>
[Trait("Category", "Database")]
public sealed class LanguageAccessReportTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly ClaroApp _app;

    public LanguageAccessReportTests() => _app = new ClaroApp(new() { ["Claro:SchedulerInterval"] = "1.00:00:00" }, _clock);

    [Fact]
    public async Task A_Spanish_page_that_lagged_its_English_source_ten_days_shows_ten_with_its_reviewers_and_readers()
    {
        var id = await BuildHistoryAsync();

        var report = await _app.GetJsonAsync(ClaroApp.Publisher, "/api/v1/admin/reports/language-access?from=2026-12-01&to=2026-12-31");

        Assert.Equal("2026-12-01", report.GetProperty("from").GetString());
        Assert.Equal("2026-12-31", report.GetProperty("to").GetString());
        var document = report.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetString() == id);
        Assert.Equal("Stops", document.GetProperty("title").GetString());
        var en = Culture(document, "en");
        var es = Culture(document, "es");
        Assert.Equal("2026-12-01", en.GetProperty("firstPublished").GetString());
        Assert.Equal("published", en.GetProperty("state").GetString());
        Assert.Equal(2, en.GetProperty("publishedVersion").GetInt32());
        Assert.Equal(0, en.GetProperty("daysBehind").GetDouble());
        Assert.Equal([ClaroApp.Reviewer2], Strings(en.GetProperty("reviewers")));
        Assert.Equal(3, en.GetProperty("views").GetInt32());
        Assert.Equal("2026-12-03", es.GetProperty("firstPublished").GetString());
        Assert.Equal("published", es.GetProperty("state").GetString());
        Assert.Equal(2, es.GetProperty("publishedVersion").GetInt32());
        Assert.Equal(10, es.GetProperty("daysBehind").GetDouble());
        Assert.Equal(2, es.GetProperty("daysMissing").GetDouble());
        Assert.Equal([ClaroApp.Reviewer2, ClaroApp.Reviewer], Strings(es.GetProperty("reviewers")));
        Assert.Equal(5, es.GetProperty("views").GetInt32());
    }

    [Fact]
    public async Task Totals_are_per_language_and_weeks_count_the_views_of_each_ISO_week_inside_the_period()
    {
        await BuildHistoryAsync();
        var second = await _app.CreateDocumentAsync("second", "Second page.", title: "Second");
        await _app.ReviewAndPublishAsync(second, ("en", ClaroApp.Author));
        await ReadAsync("/en/second", 4);

        var report = await _app.GetJsonAsync(ClaroApp.Admin, "/api/v1/admin/reports/language-access?from=2026-12-01&to=2026-12-20");
        var december = await _app.GetJsonAsync(ClaroApp.Admin, "/api/v1/admin/reports/language-access?from=2026-12-01&to=2026-12-31");

        // The second page went live and was read on 21 December, after the first period: only the second counts it.
        var totals = report.GetProperty("totals").EnumerateArray().ToDictionary(t => t.GetProperty("culture").GetString()!);
        Assert.Equal(3, totals["en"].GetProperty("views").GetInt32());
        Assert.Equal(5, totals["es"].GetProperty("views").GetInt32());
        Assert.Equal(10, totals["es"].GetProperty("daysBehind").GetDouble());
        Assert.Equal(2, totals["es"].GetProperty("daysMissing").GetDouble());
        Assert.DoesNotContain(report.GetProperty("documents").EnumerateArray(), d => d.GetProperty("id").GetString() == second);
        var all = december.GetProperty("totals").EnumerateArray().ToDictionary(t => t.GetProperty("culture").GetString()!);
        Assert.Equal(7, all["en"].GetProperty("views").GetInt32());
        // Its Spanish is missing from its publication at 08:00 today, which is now: no time yet.
        Assert.Equal(2, all["es"].GetProperty("daysMissing").GetDouble());
        Assert.Contains(december.GetProperty("documents").EnumerateArray(), d => d.GetProperty("id").GetString() == second);
        var weeks = report.GetProperty("weeks").EnumerateArray()
            .Select(w => (w.GetProperty("week").GetString(), w.GetProperty("culture").GetString(), w.GetProperty("views").GetInt32())).ToList();
        Assert.Equal(
            [("2026-11-30", "en", 1), ("2026-11-30", "es", 2), ("2026-12-07", "en", 0), ("2026-12-07", "es", 3), ("2026-12-14", "en", 2), ("2026-12-14", "es", 0)],
            weeks);
    }

    [Theory]
    [InlineData("2026-12-10", "2026-12-12", 3, 0)]
    [InlineData("2026-12-01", "2026-12-05", 0, 2)]
    [InlineData("2026-12-17", "2026-12-20", 0, 0)]
    // The Spanish caught up at 08:00 on the 16th: a third of that day still counts, to a tenth of a day.
    [InlineData("2026-12-16", "2026-12-20", 0.3, 0)]
    [InlineData("2026-12-14", "2026-12-16", 2.3, 0)]
    public async Task Days_behind_and_missing_count_only_the_days_of_the_period(string from, string to, double behind, double missing)
    {
        var id = await BuildHistoryAsync();

        var report = await _app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/reports/language-access?from={from}&to={to}");

        var es = Culture(report.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetString() == id), "es");
        Assert.Equal(behind, es.GetProperty("daysBehind").GetDouble());
        Assert.Equal(missing, es.GetProperty("daysMissing").GetDouble());
    }

    [Fact]
    public async Task Days_a_document_was_withdrawn_count_as_neither_behind_nor_missing()
    {
        var id = await _app.CreateDocumentAsync("gone", "Gone.", title: "Gone");
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        _clock.Advance(TimeSpan.FromDays(4));
        _app.ForgetSignIns();
        (await (await _app.SignInAsync(ClaroApp.Publisher)).PostAsJsonAsync($"/api/v1/admin/documents/{id}/withdraw", new { reason = "Replaced." })).EnsureSuccessStatusCode();
        _clock.Advance(TimeSpan.FromDays(6));
        _app.ForgetSignIns();

        var report = await _app.GetJsonAsync(ClaroApp.Publisher, "/api/v1/admin/reports/language-access?from=2026-12-01&to=2026-12-31");

        var es = Culture(report.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetString() == id), "es");
        Assert.Equal(4, es.GetProperty("daysMissing").GetDouble());
        Assert.Equal("withdrawn", es.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, es.GetProperty("firstPublished").ValueKind);
    }

    [Fact]
    public async Task The_CSV_holds_the_same_rows_and_a_title_that_looks_like_a_formula_is_not_run()
    {
        var id = await BuildHistoryAsync();
        var hostile = await _app.CreateDocumentAsync("formula", "Text.", title: "=HYPERLINK(\"https://evil.example\",\"Click\")");
        await _app.ReviewAndPublishAsync(hostile, ("en", ClaroApp.Author));
        var publisher = await _app.SignInAsync(ClaroApp.Publisher);

        var response = await publisher.GetAsync("/admin/reports/language-access.csv?from=2026-12-01&to=2026-12-31");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("id,title,culture,firstPublished,state,publishedVersion,daysBehind,daysMissing,reviewers,views", lines[0]);
        Assert.Contains($"{id},Stops,es,2026-12-03,published,2,10,2,reviewer2@example.org reviewer@example.org,5", lines);
        Assert.Contains($"{id},Stops,en,2026-12-01,published,2,0,0,reviewer2@example.org,3", lines);
        Assert.Contains(lines, l => l.StartsWith($"{hostile},\"'=HYPERLINK(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_draws_both_charts_as_SVG_with_a_text_alternative_in_both_languages_without_script()
    {
        await BuildHistoryAsync();
        var staff = await _app.SignInToStaffPagesAsync(ClaroApp.Publisher);

        var english = await staff.HtmlAsync("/admin/reports/language-access?from=2026-12-01&to=2026-12-20");
        var spanish = await staff.HtmlAsync("/admin/reports/language-access?from=2026-12-01&to=2026-12-20&ui=es");

        Assert.DoesNotContain("<script", english, StringComparison.OrdinalIgnoreCase);
        var charts = Charts(english);
        Assert.Equal(["views-chart", "behind-chart"], charts.Select(c => (string?)c.Attribute("id")));
        Assert.All(charts, c => Assert.Equal("img", (string?)c.Attribute("role")));
        Assert.All(charts, c => Assert.False(string.IsNullOrWhiteSpace(c.Element(Svg + "desc")?.Value)));
        Assert.Equal("Readers per language per week", charts[0].Element(Svg + "title")!.Value);
        // One bar per week and language: three weeks touch 1–20 December; the bars' own titles carry the figures.
        var bars = charts[0].Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).Select(r => r.Element(Svg + "title")!.Value).ToList();
        Assert.Equal(6, bars.Count);
        Assert.Contains(bars, b => b.EndsWith("Español: 3", StringComparison.Ordinal));
        Assert.Contains(charts[1].Elements(Svg + "text"), t => t.Value == "Stops (Español)");
        Assert.Contains(charts[1].Elements(Svg + "text"), t => t.Value == "10");
        Assert.Contains("href=\"/admin/reports/language-access.csv?from=2026-12-01&amp;to=2026-12-20\"", english, StringComparison.Ordinal);
        Assert.Equal("Lectores por idioma y semana", Charts(spanish)[0].Element(Svg + "title")!.Value);
        Assert.Contains("Descargar como CSV", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_and_the_download_link_say_what_is_wrong_with_a_period_in_the_staff_members_language()
    {
        var staff = await _app.SignInToStaffPagesAsync(ClaroApp.Publisher);

        var csv = await staff.GetAsync("/admin/reports/language-access.csv?from=2026-12-31&to=2026-12-01&ui=es");
        var response = await staff.GetAsync(csv.Headers.Location!.OriginalString);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, csv.StatusCode);
        Assert.Equal("/admin/reports/language-access?from=2026-12-31&to=2026-12-01&ui=es", csv.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"refusal\"", html, StringComparison.Ordinal);
        Assert.Contains("swap 'from' and 'to'", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("views-chart", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClaroApp.Author, HttpStatusCode.Forbidden)]
    [InlineData(ClaroApp.Reviewer, HttpStatusCode.Forbidden)]
    [InlineData(ClaroApp.Publisher, HttpStatusCode.OK)]
    [InlineData(ClaroApp.Admin, HttpStatusCode.OK)]
    public async Task Only_publishers_and_admins_see_the_report(string who, HttpStatusCode expected)
    {
        var client = await _app.SignInAsync(who);

        var json = await client.GetAsync("/api/v1/admin/reports/language-access");
        var csv = await client.GetAsync("/admin/reports/language-access.csv");

        Assert.Equal(expected, json.StatusCode);
        Assert.Equal(expected, csv.StatusCode);
    }

    [Theory]
    [InlineData("from=2026-13-01", "'from' must be a date written YYYY-MM-DD")]
    [InlineData("from=yesterday&to=2026-12-01", "'from' must be a date written YYYY-MM-DD")]
    [InlineData("from=2026-12-01&to=2026-11-01", "swap 'from' and 'to'")]
    [InlineData("from=2020-01-01&to=2026-12-01", "at most 1098 days")]
    public async Task A_period_that_is_not_one_is_a_400_that_says_why(string query, string detail)
    {
        var response = await (await _app.SignInAsync(ClaroApp.Publisher)).GetAsync($"/api/v1/admin/reports/language-access?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(detail, (await response.Content.ReadFromJsonAsync<Problem>())!.Detail, StringComparison.Ordinal);
    }

    /// <summary>The history of the class summary, with readers on 4, 11 and 16 December; the clock ends on 21 December.</summary>
    private async Task<string> BuildHistoryAsync()
    {
        var id = await _app.CreateDocumentAsync("stops", "Officers may stop you.", title: "Stops");
        (await _app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();
        (await _app.ApproveAsync(ClaroApp.Reviewer2, id, "en")).EnsureSuccessStatusCode();
        (await _app.PublishAsync(id, ["en"])).EnsureSuccessStatusCode();
        DaysPass(2);
        (await _app.SaveDraftAsync(ClaroApp.Translator, id, "es", new { slug = "paradas", title = "Paradas", summary = "", body = "Los agentes pueden pararle.", changeNote = "", baseVersion = 0 })).EnsureSuccessStatusCode();
        (await _app.StepAsync(ClaroApp.Translator, id, "es", "submit")).EnsureSuccessStatusCode();
        (await _app.ApproveAsync(ClaroApp.Reviewer2, id, "es")).EnsureSuccessStatusCode();
        (await _app.PublishAsync(id, ["es"])).EnsureSuccessStatusCode();
        DaysPass(1);
        await ReadAsync("/es/paradas", 2);
        await ReadAsync("/en/stops", 1);
        DaysPass(2);
        (await _app.SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "stops", title = "Stops", summary = "", body = "Officers may stop you, and say why.", changeNote = "Why", baseVersion = 1 })).EnsureSuccessStatusCode();
        (await _app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();
        (await _app.ApproveAsync(ClaroApp.Reviewer2, id, "en")).EnsureSuccessStatusCode();
        (await _app.PublishAsync(id, ["en"], allowOutdated: true)).EnsureSuccessStatusCode();
        DaysPass(5);
        await ReadAsync("/es/paradas", 3);
        DaysPass(5);
        (await _app.SaveDraftAsync(ClaroApp.Translator, id, "es", new { slug = "paradas", title = "Paradas", summary = "", body = "Los agentes pueden pararle, y decirle por qué.", changeNote = "", baseVersion = 1 })).EnsureSuccessStatusCode();
        (await _app.StepAsync(ClaroApp.Translator, id, "es", "submit")).EnsureSuccessStatusCode();
        (await _app.ApproveAsync(ClaroApp.Reviewer, id, "es")).EnsureSuccessStatusCode();
        (await _app.PublishAsync(id, ["es"])).EnsureSuccessStatusCode();
        await ReadAsync("/en/stops", 2);
        DaysPass(5);
        return id;
    }

    private void DaysPass(int days)
    {
        _clock.Advance(TimeSpan.FromDays(days));
        _app.ForgetSignIns();
    }

    private async Task ReadAsync(string path, int times)
    {
        var reader = _app.Reader();
        for (var i = 0; i < times; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);
        }
    }

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The SVG charts of a page, parsed as XML: each must be well-formed on its own.</summary>
    private static List<XElement> Charts(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<svg .*?</svg>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => XElement.Parse(m.Value)).ToList();

    private static JsonElement Culture(JsonElement document, string culture) =>
        document.GetProperty("cultures").EnumerateArray().Single(c => c.GetProperty("culture").GetString() == culture);

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    public void Dispose() => _app.Dispose();
}
