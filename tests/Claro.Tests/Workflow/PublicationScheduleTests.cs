using Claro.Content;
using Claro.Staff;
using Claro.Tests.Support;
using Claro.Workflow;
using static Claro.Content.VersionState;

namespace Claro.Tests.Workflow;

public class PublicationScheduleTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(Roles.Publisher, Approved, 1, null)]
    [InlineData(Roles.Reviewer, Approved, 1, RefusalKind.Forbidden)]
    [InlineData(Roles.Publisher, InReview, 1, RefusalKind.Conflict)]
    [InlineData(Roles.Publisher, Published, 1, RefusalKind.Conflict)]
    [InlineData(Roles.Publisher, Approved, 0, RefusalKind.Invalid)]
    [InlineData(Roles.Publisher, Approved, -1, RefusalKind.Invalid)]
    public void A_publisher_schedules_an_approved_version_for_a_time_to_come(string role, VersionState state, int hoursAhead, RefusalKind? refused)
    {
        var document = new DocumentBuilder("en").Version("en", 1, state).Build();
        var at = Now.AddHours(hoursAhead);

        var outcome = PublicationSchedule.Schedule(document, new Actor("publisher@kcpd.org", new HashSet<string> { role }), "en", at, Now);

        Assert.Equal(refused, outcome.Refusal?.Kind);
        Assert.Equal(refused is null ? at : (DateTime?)null, document.ItemIn("en")!.Latest!.ScheduledPublishUtc);
    }

    [Fact]
    public void A_version_whose_time_has_come_is_published_by_the_scheduler()
    {
        var document = new DocumentBuilder("en").Version("en", 1, Approved).Build();
        document.ItemIn("en")!.Latest!.ScheduledPublishUtc = Now.AddMinutes(-1);

        var outcome = PublicationSchedule.PublishDue(document, 12, Now);

        Assert.True(outcome.Value!.Value);
        Assert.Equal((Published, (DateTime?)null), (document.ItemIn("en")!.Latest!.State, document.ItemIn("en")!.Latest!.ScheduledPublishUtc));
        Assert.Equal("scheduler", Assert.Single(outcome.Value.Audit).Actor);
    }

    [Fact]
    public void A_schedule_that_cannot_be_kept_is_dropped_and_recorded_with_the_reason()
    {
        var document = new DocumentBuilder("en")
            .Version("en", 1, Published).Version("en", 2, Approved)
            .Version("es", 1, Published, sourceVersion: 1)
            .Build();
        var version = document.ItemIn("en")!.Latest!;
        version.ScheduledPublishUtc = Now.AddMinutes(-1);

        var outcome = PublicationSchedule.PublishDue(document, 12, Now);

        Assert.False(outcome.Value!.Value);
        Assert.Equal((Approved, (DateTime?)null), (version.State, version.ScheduledPublishUtc));
        var failed = Assert.Single(outcome.Value.Audit);
        Assert.Equal(AuditActions.ScheduleFailed, failed.Action);
        Assert.Contains("left behind", failed.Comment, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_done_when_someone_published_the_scheduled_version_meanwhile()
    {
        var document = new DocumentBuilder("en").Version("en", 1, Published).Build();

        var outcome = PublicationSchedule.PublishDue(document, 12, Now);

        Assert.Equal(RefusalKind.Conflict, outcome.Refusal?.Kind);
    }
}
