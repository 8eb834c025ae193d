using Claro.Content;
using Claro.Staff;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Claro.Workflow;

/// <summary>
/// Approved versions that go live by themselves at a time a publisher chose. Each change goes through the
/// editorial steps' own way of saving, so a scheduled publish is one transaction with its audit events too.
/// </summary>
public sealed class PublicationSchedule(ClaroDbContext db, EditorialService editorial, TimeProvider clock, IOptions<ClaroOptions> options)
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
            var outcome = await editorial.ApplyAsync(documentId, (document, now) => PublishDue(document, options.Value.ReviewAfterMonths, now), ct);
            if (outcome.Value)
            {
                published++;
            }
        }

        return published;
    }

    /// <summary>Withdraws every document whose scheduled withdrawal has come. Returns how many were withdrawn.</summary>
    public async Task<int> WithdrawDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Documents.Where(d => d.WithdrawalScheduledUtc != null && d.WithdrawalScheduledUtc <= now).Select(d => d.Id).ToListAsync(ct);
        var withdrawn = 0;
        foreach (var documentId in due)
        {
            if ((await editorial.ApplyAsync(documentId, (document, at) => document.WithdrawAsScheduled(Scheduler, at), ct)).Value)
            {
                withdrawn++;
            }
        }

        return withdrawn;
    }

    /// <summary>
    /// Records that the review date of each document has come, once per date, which mails its owner and the
    /// publishers; first gives a default review date to published documents that have none (imported ones).
    /// Several nodes may run this at once: the document's revision lets one of them record each date.
    /// </summary>
    public async Task<int> RemindOfReviewsAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var undated = await db.Documents
            .Where(d => d.ReviewBy == null && d.Items.Any(i => i.PublishedVersionId != null))
            .Select(d => d.Id).ToListAsync(ct);
        foreach (var documentId in undated)
        {
            await editorial.ApplyAsync(documentId, (document, at) => document.TakeDefaultReviewDate(Scheduler, options.Value.ReviewAfterMonths, at), ct);
        }

        var due = await db.Documents
            .Where(d => d.ReviewBy != null && d.ReviewBy <= today && (d.ReviewRemindedFor == null || d.ReviewRemindedFor != d.ReviewBy) && d.WithdrawnUtc == null)
            .Select(d => d.Id).ToListAsync(ct);
        var reminded = 0;
        foreach (var documentId in due)
        {
            if ((await editorial.ApplyAsync(documentId, (document, at) => document.RemindOfReview(Scheduler, at), ct)).Succeeded)
            {
                reminded++;
            }
        }

        return reminded;
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
    internal static Outcome<Transition<bool>> PublishDue(Document document, int reviewAfterMonths, DateTime now)
    {
        var due = document.Items.Select(i => i.Latest)
            .Where(v => v is { State: VersionState.Approved, ScheduledPublishUtc: { } at } && at <= now)
            .Select(v => v!.Item.Culture).ToList();
        if (due.Count == 0)
        {
            return Refusal.Conflict("Nothing of this document is due any more: someone published or replaced it meanwhile.");
        }

        var published = document.Publish(Scheduler, due, allowOutdatedTranslations: false, reviewAfterMonths, now);
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
