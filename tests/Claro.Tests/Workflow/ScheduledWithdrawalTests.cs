using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claro.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Claro.Tests.Workflow;

/// <summary>A withdrawal at a time to come: readers keep the page until then and see the reason from that moment; a publisher can cancel it until then.</summary>
[Trait("Category", "Database")]
public sealed class ScheduledWithdrawalTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly ClaroApp _app;

    public ScheduledWithdrawalTests() => _app = new ClaroApp(new() { ["Claro:SchedulerInterval"] = "00:01:00" }, _clock);

    [Fact]
    public async Task Readers_keep_the_page_until_the_time_and_see_the_reason_from_then()
    {
        var id = await PublishedAsync("curfew-2026");
        var publisher = await _app.SignInAsync(ClaroApp.Publisher);

        var scheduled = await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{id}/withdraw", new { reason = "Replaced by the 2027 curfew.", at = "2026-12-01T10:00:00Z" });
        var before = await _app.Reader().GetAsync("/en/curfew-2026");
        var document = await _app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/documents/{id}");
        var gone = await ReaderAfterAsync("/en/curfew-2026", TimeSpan.FromHours(2));

        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc), (await scheduled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("withdrawAt").GetDateTime());
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("Replaced by the 2027 curfew.", document.GetProperty("withdrawAtReason").GetString());
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("Replaced by the 2027 curfew.", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await _app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/documents/{id}");
        Assert.Equal(JsonValueKind.Null, after.GetProperty("withdrawAt").ValueKind);
        Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc), after.GetProperty("withdrawnAt").GetDateTime());
    }

    [Fact]
    public async Task A_cancelled_withdrawal_never_happens_and_cannot_be_cancelled_twice()
    {
        var id = await PublishedAsync("kept");
        var publisher = await _app.SignInAsync(ClaroApp.Publisher);
        (await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{id}/withdraw", new { reason = "Maybe.", at = "2026-12-01T10:00:00Z" })).EnsureSuccessStatusCode();

        var byAnAuthor = await (await _app.SignInAsync(ClaroApp.Author)).DeleteAsync($"/api/v1/admin/documents/{id}/withdraw");
        var cancelled = await publisher.DeleteAsync($"/api/v1/admin/documents/{id}/withdraw");
        var again = await publisher.DeleteAsync($"/api/v1/admin/documents/{id}/withdraw");
        await PassAsync(TimeSpan.FromHours(3));
        var later = await _app.Reader().GetAsync("/en/kept");

        Assert.Equal(HttpStatusCode.Forbidden, byAnAuthor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        var audit = await _app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/documents/{id}/audit");
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "WithdrawalCancelled");
        Assert.DoesNotContain(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "Withdrawn");
    }

    [Theory]
    [InlineData("{ \"reason\": \"Old.\", \"at\": \"2026-12-01T07:59:00Z\" }", "Choose a time in the future")]
    [InlineData("{ \"reason\": \"Old.\", \"at\": \"next tuesday\" }", "")]
    [InlineData("{ \"reason\": \"\", \"at\": \"2026-12-02T00:00:00Z\" }", "reason")]
    [InlineData("{ \"reason\": \"Old.\", \"at\": [[[[[[[[[[1]]]]]]]]]] }", "")]
    public async Task A_withdrawal_that_cannot_be_scheduled_is_a_400_that_says_why_and_changes_nothing(string body, string detail)
    {
        var id = await PublishedAsync("stays");
        var publisher = await _app.SignInAsync(ClaroApp.Publisher);

        var response = await publisher.PostAsync($"/api/v1/admin/documents/{id}/withdraw", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(detail, (await response.Content.ReadFromJsonAsync<Problem>())!.Detail, StringComparison.OrdinalIgnoreCase);
        var document = await _app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/documents/{id}");
        Assert.Equal(JsonValueKind.Null, document.GetProperty("withdrawAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("withdrawnAt").ValueKind);
    }

    [Fact]
    public async Task A_cancel_racing_the_due_time_either_withdraws_or_keeps_the_page_never_both()
    {
        var id = await PublishedAsync("race");
        var publisher = await _app.SignInAsync(ClaroApp.Publisher);
        (await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{id}/withdraw", new { reason = "Race.", at = "2026-12-01T08:01:00Z" })).EnsureSuccessStatusCode();

        _clock.Advance(TimeSpan.FromMinutes(1));
        var cancel = await publisher.DeleteAsync($"/api/v1/admin/documents/{id}/withdraw");
        await Task.Delay(500);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(500);

        var reader = await _app.Reader().GetAsync("/en/race");
        var audit = (await _app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/documents/{id}/audit")).EnumerateArray()
            .Select(e => e.GetProperty("action").GetString()).ToList();
        if (cancel.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
            Assert.DoesNotContain("Withdrawn", audit);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
            Assert.Equal(HttpStatusCode.Gone, reader.StatusCode);
            Assert.DoesNotContain("WithdrawalCancelled", audit);
        }
    }

    private async Task<string> PublishedAsync(string slug)
    {
        var id = await _app.CreateDocumentAsync(slug, "Text for readers.", title: slug);
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        return id;
    }

    /// <summary>Moves the clock on by <paramref name="time"/> half an hour at a time, letting the scheduler run at each step.</summary>
    private async Task PassAsync(TimeSpan time)
    {
        for (var moved = TimeSpan.Zero; moved < time; moved += TimeSpan.FromMinutes(30))
        {
            _clock.Advance(TimeSpan.FromMinutes(30));
            await Task.Delay(200);
        }
    }

    /// <summary>Moves the clock on by <paramref name="later"/>, then asks as a reader until the page is no longer there, for up to 15 seconds.</summary>
    private async Task<HttpResponseMessage> ReaderAfterAsync(string path, TimeSpan later)
    {
        await PassAsync(later);

        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var response = await _app.Reader().GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || DateTime.UtcNow > until)
            {
                return response;
            }

            _clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(100);
        }
    }

    public void Dispose() => _app.Dispose();
}
