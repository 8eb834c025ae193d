using Claro.Content;
using Claro.Notifications;
using Claro.Staff;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Claro.Workflow;

/// <summary>
/// Write, review, approve, publish. Every step loads the document, lets the model's rule decide, saves what
/// the rule changed together with its audit events in one SaveChanges (one transaction) guarded by the
/// document's revision, with the mails its audit events call for written to the outbox in that same SaveChanges,
/// and only then tells the listeners.
/// </summary>
public sealed class EditorialService(
    ClaroDbContext db,
    TimeProvider clock,
    IOptions<ClaroOptions> options,
    IEnumerable<IPublicationListener> listeners,
    NotificationPlanner notifications,
    IEnumerable<IApprovalListener>? approvalListeners = null)
{
    /// <summary>How many times a step that lost a race with another change is decided again, on fresh data, before the caller hears of it.</summary>
    private const int Attempts = 3;

    private readonly ClaroOptions _options = options.Value;

    public async Task<Outcome<string>> CreateAsync(Actor actor, NewDocument input, CancellationToken ct = default)
    {
        if (_options.SiteCulture(input.Culture) is not { } culture)
        {
            return Refusal.Invalid(_options.NotASiteCulture(input.Culture));
        }

        var checkedText = VersionText.Check(input.Slug, input.Title, input.Summary, input.Body, "");
        if (checkedText.Refusal is { } refusal)
        {
            return refusal;
        }

        var text = checkedText.Value!;
        var created = await SaveAsync(async now =>
        {
            var started = Document.Start(actor, culture, text, await SlugTakenAsync(culture, text.Slug, exceptItemId: null, ct), now);
            if (started.Value is { } transition)
            {
                db.Documents.Add(transition.Value);
            }

            return started;
        }, ct);
        return created.Refusal is { } conflict ? conflict : created.Value!.Value.Id;
    }

    public async Task<Outcome<int>> SaveDraftAsync(Actor actor, string documentId, string namedCulture, DraftInput input, CancellationToken ct = default)
    {
        if (_options.SiteCulture(namedCulture) is not { } culture)
        {
            return Refusal.Invalid(_options.NotASiteCulture(namedCulture));
        }

        var checkedText = VersionText.Check(input.Slug, input.Title, input.Summary, input.Body, input.ChangeNote);
        if (checkedText.Refusal is { } refusal)
        {
            return refusal;
        }

        var text = checkedText.Value!;
        return await ApplyAsync(documentId, async (document, now) =>
        {
            // No other page of the culture can have the item's own address (a unique index): only a new one is asked about.
            var item = document.ItemIn(culture);
            var slugTaken = item?.Slug != text.Slug && await SlugTakenAsync(culture, text.Slug, item?.Id, ct);
            var saved = document.SaveDraft(actor, culture, text, input.BaseVersion, input.SourceVersion, slugTaken, now);
            return input.Submit && saved.Value is { } draft ? SubmitNewDraft(document, culture, draft, actor, now) : saved;
        }, ct);
    }

    /// <summary>The draft just saved, sent to review by the same rule as on its own, in the same save.</summary>
    private Outcome<Transition<int>> SubmitNewDraft(Document document, string culture, Transition<int> draft, Actor actor, DateTime now)
    {
        var submitted = document.ItemIn(culture)!.Latest!.Submit(actor, now);
        if (submitted.Value is { } submission)
        {
            return draft.FollowedBy(submission);
        }

        // The draft is already on the tracked document: forget it, so that nothing of a refused step can be saved.
        db.ChangeTracker.Clear();
        return submitted;
    }

    public Task<Outcome<int>> SubmitAsync(Actor actor, string documentId, string culture, CancellationToken ct = default) =>
        ApplyToLatestAsync(documentId, culture, (version, now) => version.Submit(actor, now), ct);

    /// <param name="versionRead">The version the reviewer read: the approval is refused when another has replaced it.</param>
    public Task<Outcome<int>> ApproveAsync(Actor actor, string documentId, string culture, int? versionRead, CancellationToken ct = default) =>
        ApplyAsync<int>(documentId, async (document, now) =>
        {
            if (Latest(document, culture) is not { } latest)
            {
                return NoVersion(documentId, culture);
            }

            var approved = latest.Approve(actor, versionRead, now);
            if (approved.Succeeded)
            {
                // Inside the approval's save: what the listeners add is saved with it, or not at all.
                foreach (var listener in approvalListeners ?? [])
                {
                    await listener.VersionApprovedAsync(document, latest, actor, now, ct);
                }
            }

            return approved;
        }, ct);

    /// <param name="versionRead">The version the reviewer read: the request is refused when another has replaced it.</param>
    public Task<Outcome<int>> RequestChangesAsync(Actor actor, string documentId, string culture, int? versionRead, string? comment, CancellationToken ct = default) =>
        ApplyToLatestAsync(documentId, culture, (version, now) => version.RequestChanges(actor, versionRead, comment, now), ct);

    /// <summary>Moves the published pointers of the named cultures to their approved versions in one transaction.</summary>
    public Task<Outcome<IReadOnlyList<PublishedVersion>>> PublishAsync(
        Actor actor, string documentId, IReadOnlyCollection<string>? cultures, bool allowOutdatedTranslations, CancellationToken ct = default) =>
        ApplyAsync(documentId, (document, now) => document.Publish(actor, cultures, allowOutdatedTranslations, _options.ReviewAfterMonths, now), ct);

    /// <summary>
    /// Takes every culture of a document off the site, now or at <paramref name="at"/>; readers are told when and why.
    /// A withdrawal at a time to come can be cancelled until then.
    /// </summary>
    public Task<Outcome<DateTime>> WithdrawAsync(Actor actor, string documentId, string? reason, DateTime? at = null, CancellationToken ct = default) =>
        ApplyAsync(documentId, (document, now) => at is { } later
            ? document.ScheduleWithdrawal(actor, reason, later.Kind == DateTimeKind.Utc ? later : later.ToUniversalTime(), now)
            : document.Withdraw(actor, reason, now), ct);

    /// <summary>Cancels a withdrawal scheduled for a time to come.</summary>
    public Task<Outcome<DateTime>> CancelWithdrawalAsync(Actor actor, string documentId, CancellationToken ct = default) =>
        ApplyAsync(documentId, (document, now) => document.CancelWithdrawal(actor, now), ct);

    /// <summary>Sets the date by which a document is to be read again.</summary>
    public Task<Outcome<DateOnly>> SetReviewDateAsync(Actor actor, string documentId, DateOnly? date, CancellationToken ct = default) =>
        ApplyAsync(documentId, (document, now) => document.SetReviewDate(actor, date, now), ct);

    internal Task<Outcome<T>> ApplyAsync<T>(string documentId, Func<Document, DateTime, Outcome<Transition<T>>> rule, CancellationToken ct) =>
        ApplyAsync(documentId, (document, now) => Task.FromResult(rule(document, now)), ct);

    /// <summary>
    /// The one way a document changes: load it, let the rule decide, save the rule's changes and audit events
    /// at once, and tell the listeners when readers will see something new. A rule changes nothing when it
    /// refuses, so a refusal leaves nothing behind to undo.
    /// </summary>
    internal async Task<Outcome<T>> ApplyAsync<T>(string documentId, Func<Document, DateTime, Task<Outcome<Transition<T>>>> rule, CancellationToken ct)
    {
        var saved = await SaveAsync(async now =>
        {
            var document = await LoadAsync(documentId, ct);
            if (document is null)
            {
                return Refusal.NotFound($"There is no document with id '{documentId}'.");
            }

            var decided = await rule(document, now);
            if (decided.Value is { } transition)
            {
                document.Revision++;
                await notifications.PlanAsync(document, transition.Audit, now, ct);
            }

            return decided;
        }, ct);
        if (saved.Refusal is { } refusal)
        {
            return refusal;
        }

        if (saved.Value!.ChangesWhatReadersSee)
        {
            foreach (var listener in listeners)
            {
                await listener.DocumentChangedAsync(documentId, ct);
            }
        }

        return saved.Value.Value;
    }

    /// <summary>
    /// Saves what <paramref name="decide"/> changed with its audit events in one SaveChanges. When another change
    /// won a race for the same rows (the document's revision moved, a unique key was taken), the tracked state is
    /// dropped and the step is decided again on what the database now holds.
    /// </summary>
    private async Task<Outcome<Transition<T>>> SaveAsync<T>(Func<DateTime, Task<Outcome<Transition<T>>>> decide, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var decided = await decide(clock.GetUtcNow().UtcDateTime);
            if (decided.Refusal is not null)
            {
                return decided;
            }

            db.AuditEvents.AddRange(decided.Value!.Audit);
            try
            {
                await db.SaveChangesAsync(ct);
                return decided;
            }
            catch (DbUpdateException e) when (e.IsLostRace())
            {
                db.ChangeTracker.Clear();
                if (attempt == Attempts)
                {
                    return Refusal.Conflict("Others kept changing this document at the same moment. Reload it and try again.");
                }
            }
        }
    }

    private Task<Outcome<int>> ApplyToLatestAsync(string documentId, string culture, Func<ContentVersion, DateTime, Outcome<Transition<int>>> rule, CancellationToken ct) =>
        ApplyAsync(documentId, (document, now) => Latest(document, culture) is { } latest ? rule(latest, now) : NoVersion(documentId, culture), ct);

    private static ContentVersion? Latest(Document document, string culture) => document.ItemIn(CultureNames.Normalize(culture))?.Latest;

    private static Refusal NoVersion(string documentId, string culture) =>
        Refusal.NotFound($"Document '{documentId}' has no {CultureNames.English(culture)} version yet.");

    /// <summary>
    /// The document with the versions a rule reads, not its whole history, so that a step costs the same on a page
    /// published a thousand times as on a new one: each item's latest and published versions, its first version
    /// (whose author owns the document) and its first published one (when readers first saw it), and the source
    /// versions that the loaded translations were made from. Only the latest version of an item can be open to
    /// review, so no other version can change state. Each is read through the (item, number) index or its key,
    /// and EF adds it to its item's <see cref="Item.Versions"/>.
    /// </summary>
    private async Task<Document?> LoadAsync(string documentId, CancellationToken ct)
    {
        // One round trip: each kind of version is its own branch of the query, found through the (item, number) index or
        // the key, rather than one condition joined by OR, which the database answers by reading every version of the item.
        // Versions are published in the order of their numbers: an item's first publication is its lowest published number.
        // A version that is more than one of these (the latest is often the published one) comes back more than once and
        // is tracked once.
        var ofDocument = db.Versions.Where(v => v.Item.DocumentId == documentId);
        var rows = await ofDocument.Where(v => v.Number == v.Item.LatestVersionNumber)
            .Concat(ofDocument.Where(v => v.Number == 1))
            .Concat(ofDocument.Where(v => v.Id == v.Item.PublishedVersionId))
            .Concat(ofDocument.Where(v => v.Number == v.Item.Versions.Where(p => p.PublishedUtc != null).Min(p => (int?)p.Number)))
            .Select(v => new { Version = v, v.Item, v.Item.Document })
            .ToListAsync(ct);
        var document = rows.Count > 0 ? rows[0].Document : await db.Documents.SingleOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null)
        {
            return null;
        }

        if (document.ItemIn(document.SourceCulture) is { } source)
        {
            var loaded = source.Versions.Select(v => v.Number).ToHashSet();
            var translatedFrom = document.Items.Where(i => i != source).SelectMany(i => i.Versions)
                .Select(v => v.SourceVersion).OfType<int>().Where(number => !loaded.Contains(number)).Distinct().ToList();
            if (translatedFrom.Count > 0)
            {
                await db.Versions.Where(v => v.ItemId == source.Id && translatedFrom.Contains(v.Number)).LoadAsync(ct);
            }
        }

        return document;
    }

    private Task<bool> SlugTakenAsync(string culture, string slug, string? exceptItemId, CancellationToken ct) =>
        db.Items.AnyAsync(i => i.Culture == culture && i.Slug == slug && i.Id != exceptItemId, ct);
}
