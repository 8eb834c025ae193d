using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claro.Tests.Admin;
using Claro.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Claro.Tests.Workflow;

/// <summary>Every published document has a date by which it is to be read again, kept through the admin API and shown on the dashboard.</summary>
[Trait("Category", "Database")]
public sealed class ReviewDateTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly ClaroApp _app;

    public ReviewDateTests() => _app = new ClaroApp(new() { ["Claro:SchedulerInterval"] = "1.00:00:00", ["Claro:ReviewAfterMonths"] = "6" }, _clock);

    [Fact]
    public async Task A_first_publication_sets_the_review_date_the_configured_months_later_and_a_later_one_keeps_it()
    {
        var id = await _app.CreateDocumentAsync("review-default", "Text.", title: "Review default");
        var unpublished = await _app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}");
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        var published = await _app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}");
        _clock.Advance(TimeSpan.FromDays(40));
        _app.ForgetSignIns();
        (await _app.SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "review-default", title = "Review default", summary = "", body = "Text 2.", changeNote = "", baseVersion = 1 })).EnsureSuccessStatusCode();
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        var republished = await _app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}");

        Assert.Equal(JsonValueKind.Null, unpublished.GetProperty("reviewBy").ValueKind);
        Assert.Equal("2027-06-01", published.GetProperty("reviewBy").GetString());
        Assert.Equal("2027-06-01", republished.GetProperty("reviewBy").GetString());
    }

    [Fact]
    public async Task An_author_or_a_publisher_sets_it_and_the_audit_trail_says_who()
    {
        var id = await _app.CreateDocumentAsync("review-set", "Text.", title: "Review set");
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));

        var byAuthor = await (await _app.SignInAsync(ClaroApp.Author)).PutAsJsonAsync($"/api/v1/admin/documents/{id}/review-by", new { date = "2027-01-15" });
        var byPublisher = await (await _app.SignInAsync(ClaroApp.Publisher)).PutAsJsonAsync($"/api/v1/admin/documents/{id}/review-by", new { date = "2027-03-31" });
        var byTranslator = await (await _app.SignInAsync(ClaroApp.Translator)).PutAsJsonAsync($"/api/v1/admin/documents/{id}/review-by", new { date = "2028-01-01" });

        Assert.Equal(HttpStatusCode.OK, byAuthor.StatusCode);
        Assert.Equal("2027-01-15", (await byAuthor.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewBy").GetString());
        Assert.Equal(HttpStatusCode.OK, byPublisher.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byTranslator.StatusCode);
        Assert.Equal("2027-03-31", (await _app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}")).GetProperty("reviewBy").GetString());
        var audit = (await _app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/documents/{id}/audit")).EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "ReviewDateSet").Select(e => (e.GetProperty("actor").GetString(), e.GetProperty("comment").GetString())).ToList();
        Assert.Equal([(ClaroApp.Author, "2027-01-15"), (ClaroApp.Publisher, "2027-03-31")], audit);
    }

    [Theory]
    [InlineData("{ \"date\": \"2027-02-30\" }", "is not a date")]
    [InlineData("{ \"date\": \"30/06/2027\" }", "is not a date")]
    [InlineData("{ \"date\": \"2026-11-30\" }", "has passed")]
    [InlineData("{ \"date\": null }", "is not a date")]
    [InlineData("{ \"date\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"2027-01-01\"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] }", "")]
    [InlineData("not json", "")]
    public async Task A_date_that_is_not_one_is_a_400_that_says_why_and_keeps_the_old_date(string body, string detail)
    {
        var id = await _app.CreateDocumentAsync("review-bad", "Text.", title: "Review bad");
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        var publisher = await _app.SignInAsync(ClaroApp.Publisher);

        var response = await publisher.PutAsync($"/api/v1/admin/documents/{id}/review-by", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(detail, (await response.Content.ReadFromJsonAsync<Problem>())!.Detail, StringComparison.Ordinal);
        Assert.Equal("2027-06-01", (await _app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}")).GetProperty("reviewBy").GetString());
    }

    [Fact]
    public async Task The_dashboard_lists_overdue_documents_first_the_longest_overdue_at_the_top()
    {
        var fresh = await _app.CreateDocumentAsync("aaa-fresh", "Text.", title: "Aaa fresh");
        var late = await _app.CreateDocumentAsync("zzz-late", "Text.", title: "Zzz late");
        var later = await _app.CreateDocumentAsync("yyy-later", "Text.", title: "Yyy later");
        foreach (var id in new[] { fresh, late, later })
        {
            await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        }

        var publisher = await _app.SignInAsync(ClaroApp.Publisher);
        (await publisher.PutAsJsonAsync($"/api/v1/admin/documents/{late}/review-by", new { date = "2026-12-02" })).EnsureSuccessStatusCode();
        (await publisher.PutAsJsonAsync($"/api/v1/admin/documents/{later}/review-by", new { date = "2026-12-05" })).EnsureSuccessStatusCode();
        _clock.Advance(TimeSpan.FromDays(10));

        var staff = await _app.SignInToStaffPagesAsync(ClaroApp.Publisher);
        var html = await staff.HtmlAsync("/admin");

        var order = new[] { late, later, fresh }.Select(id => html.IndexOf($"/admin/documents/{id}\"", StringComparison.Ordinal)).ToList();
        Assert.All(order, position => Assert.True(position > 0));
        Assert.True(order[0] < order[1] && order[1] < order[2], "overdue first, the longest overdue at the top");
        Assert.Equal(2, html.Split("class=\"badge overdue\"").Length - 1);
        Assert.Contains("id=\"mail-off\"", html, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
