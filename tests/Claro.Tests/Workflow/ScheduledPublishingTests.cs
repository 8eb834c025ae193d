using System.Net;
using System.Net.Http.Json;
using Claro.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Claro.Tests.Workflow;

/// <summary>An approved version scheduled by a publisher goes live when the clock reaches its time, and not before.</summary>
[Trait("Category", "Database")]
public sealed class ScheduledPublishingTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly ClaroApp _app;

    public ScheduledPublishingTests() => _app = new ClaroApp(new() { ["Claro:SchedulerInterval"] = "00:01:00" }, _clock);

    [Fact]
    public async Task A_scheduled_version_goes_live_at_its_time()
    {
        var id = await _app.CreateDocumentAsync("curfew-hours", "The curfew starts at 11 pm.");
        await _app.StepAsync(ClaroApp.Author, id, "en", "submit");
        await _app.ApproveAsync(ClaroApp.Reviewer, id, "en");
        var publisher = await _app.SignInAsync(ClaroApp.Publisher);

        var scheduled = await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{id}/en/schedule", new { publishAt = "2026-12-01T12:00:00Z" });
        _clock.Advance(TimeSpan.FromHours(3));
        var beforeTime = await WaitForPageAsync(TimeSpan.FromMilliseconds(300));
        _clock.Advance(TimeSpan.FromHours(1));
        var afterTime = await WaitForPageAsync(TimeSpan.FromSeconds(10));
        var audit = await _app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/documents/{id}/audit");

        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, beforeTime);
        Assert.Equal(HttpStatusCode.OK, afterTime);
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "Published" && e.GetProperty("actor").GetString() == "scheduler");
    }

    [Fact]
    public async Task Only_a_publisher_schedules_and_only_an_approved_version_in_the_future()
    {
        var id = await _app.CreateDocumentAsync("schedule-rules", "Text.");
        var author = await _app.SignInAsync(ClaroApp.Author);
        var publisher = await _app.SignInAsync(ClaroApp.Publisher);

        var byAuthor = await author.PostAsJsonAsync($"/api/v1/admin/documents/{id}/en/schedule", new { publishAt = "2026-12-02T12:00:00Z" });
        var notApproved = await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{id}/en/schedule", new { publishAt = "2026-12-02T12:00:00Z" });
        await _app.StepAsync(ClaroApp.Author, id, "en", "submit");
        await _app.ApproveAsync(ClaroApp.Reviewer, id, "en");
        var past = await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{id}/en/schedule", new { publishAt = "2026-11-30T12:00:00Z" });

        Assert.Equal(HttpStatusCode.Forbidden, byAuthor.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, notApproved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
    }

    private async Task<HttpStatusCode> WaitForPageAsync(TimeSpan patience)
    {
        var until = DateTime.UtcNow + patience;
        HttpStatusCode status;
        do
        {
            status = (await _app.Reader().GetAsync("/en/curfew-hours")).StatusCode;
            if (status == HttpStatusCode.OK)
            {
                break;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < until);
        return status;
    }

    public void Dispose() => _app.Dispose();
}
