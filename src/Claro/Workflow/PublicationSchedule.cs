using Claro.Content;
using Claro.Staff;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Workflow;

/// <summary>
/// Approved versions that go live by themselves at a time a publisher chose. Each change goes through the
/// editorial steps' own way of saving, so a scheduled publish is one transaction with its audit events too.
/// </summary>
public sealed class PublicationSchedule(ClaroDbContext db, EditorialService editorial, TimeProvider clock)
{
    /// <summary>Who the audit log names for what the schedule did by itself.</summary>
    internal static readonly Actor Scheduler = Actor.System("scheduler");

    /// <summary>Sets the time a culture's approved version goes live by itself.</summary>
    public Task<Outcome<DateTime>> ScheduleAsync(Actor actor, string documentId, string culture, DateTime publishUtc, CancellationToken ct = default) =>
        editorial.ApplyAsync(documentId, (document, now) => Schedule(document, actor, CultureNames.Normalize(culture), publishUtc, now), ct);

    /// <summary>Publishes every approved version whose time has come. Returns how many documents went live.</summary>
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Versions
            .Where(v => v.State == VersionState.Approved && v.ScheduledPublishUtc != null && v.ScheduledPublishUtc <= now)
            .Select(v => v.Item.DocumentId).Distinct()
            .ToListAsync(ct);
        var published = 0;
        foreach (var documentId in due)
        {
            var outcome = await editorial.ApplyAsync(documentId, PublishDue, ct);
            if (outcome.Value)
            {
                published++;
            }
        }

        return published;
    }

    /// <summary>Only a publisher schedules, only an approved latest version, and only for a time to come.</summary>
    internal static Outcome<Transition<DateTime>> Schedule(Document document, Actor actor, string culture, DateTime publishUtc, DateTime now)
    {
        if (!actor.MayPublish())
        {
            return Refusal.Forbidden("Only a Publisher can schedule a publication.");
        }

        if (document.ItemIn(culture)?.Latest is not { } version)
        {
            return Refusal.NotFound($"Document '{document.Id}' has no {CultureNames.English(culture)} version.");
        }

        if (version.State != VersionState.Approved)
        {
            return Refusal.Conflict($"Version {version.Number} is {ContentVersion.Describe(version.State)}; only an approved version can be scheduled.");
        }

        var at = publishUtc.Kind == DateTimeKind.Utc ? publishUtc : publishUtc.ToUniversalTime();
        if (at <= now)
        {
            return Refusal.Invalid("Choose a time in the future, or publish now.");
        }

        version.ScheduledPublishUtc = at;
        return new Transition<DateTime>(at, [AuditEvent.For(document.Id, actor, AuditActions.Scheduled, now, culture, version.Number,
            VersionState.Approved, VersionState.Approved, $"{at:yyyy-MM-ddTHH:mm:ssZ}")]);
    }

    /// <summary>
    /// Publishes the cultures whose scheduled time has come, as one publish. A schedule that cannot be kept
    /// is dropped and recorded, so the team sees why the page did not change; the value says whether it went live.
    /// </summary>
    internal static Outcome<Transition<bool>> PublishDue(Document document, DateTime now)
    {
        var due = document.Items.Select(i => i.Latest)
            .Where(v => v is { State: VersionState.Approved, ScheduledPublishUtc: { } at } && at <= now)
            .Select(v => v!.Item.Culture).ToList();
        if (due.Count == 0)
        {
            return Refusal.Conflict("Nothing of this document is due any more: someone published or replaced it meanwhile.");
        }

        var published = document.Publish(Scheduler, due, allowOutdatedTranslations: false, now);
        if (published.Value is { } transition)
        {
            return new Transition<bool>(true, transition.Audit) { ChangesWhatReadersSee = true };
        }

        var dropped = new List<AuditEvent>();
        foreach (var version in document.Items.Select(i => i.Latest).Where(v => v?.ScheduledPublishUtc is not null))
        {
            version!.ScheduledPublishUtc = null;
            dropped.Add(AuditEvent.For(document.Id, Scheduler, AuditActions.ScheduleFailed, now, version.Item.Culture, version.Number,
                version.State, version.State, published.Refusal!.Detail));
        }

        return new Transition<bool>(false, dropped);
    }
}
