using System.Globalization;
using Claro.Content;
using Claro.Staff;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Claro.Workflow;

/// <summary>
/// Write, review, approve, publish: every transition of the editorial workflow, each one a
/// single transaction together with its audit event.
/// </summary>
public sealed class EditorialService(
    ClaroDbContext db,
    TimeProvider clock,
    IOptions<ClaroOptions> options,
    IEnumerable<IPublicationListener> listeners)
{
    private readonly ClaroOptions _options = options.Value;

    public async Task<Outcome<string>> CreateAsync(Actor actor, NewDocument input, CancellationToken ct = default)
    {
        if (!actor.Has(Roles.Author))
        {
            return Refusal.Forbidden("Only an Author can start a new document.");
        }

        if (!_options.IsSupported(input.Culture))
        {
            return UnsupportedCulture(input.Culture);
        }

        var checkedText = VersionText.Check(input.Slug, input.Title, input.Summary, input.Body, "");
        if (checkedText.Refusal is { } refusal)
        {
            return refusal;
        }

        var text = checkedText.Value!;
        var culture = input.Culture!.ToLowerInvariant();
        if (await SlugTakenAsync(culture, text.Slug, exceptItemId: null, ct))
        {
            return SlugConflict(culture, text.Slug);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var document = new Document { Id = OrchardId.New(), SourceCulture = culture, CreatedUtc = now };
        var item = new Item { Id = OrchardId.New(), DocumentId = document.Id, Culture = culture, Slug = text.Slug, LatestVersionNumber = 1 };
        item.Versions.Add(NewVersion(item, 1, text, actor, now, sourceVersion: null));
        document.Items.Add(item);
        db.Documents.Add(document);
        db.AuditEvents.Add(Audit(document.Id, actor, AuditActions.Created, now, culture, 1, null, VersionState.Draft));
        return await SaveAsync(document.Id, ct);
    }

    public async Task<Outcome<int>> SaveDraftAsync(Actor actor, string documentId, string culture, DraftInput input, CancellationToken ct = default)
    {
        if (!_options.IsSupported(culture))
        {
            return UnsupportedCulture(culture);
        }

        culture = culture.ToLowerInvariant();
        var document = await LoadAsync(documentId, ct);
        if (document is null)
        {
            return DocumentNotFound(documentId);
        }

        var isSource = culture == document.SourceCulture;
        if (isSource ? !actor.Has(Roles.Author) : !actor.HasAny(Roles.Translator, Roles.Author))
        {
            return Refusal.Forbidden(isSource
                ? "Only an Author can edit the source text."
                : "Only a Translator or an Author can edit a translation.");
        }

        var checkedText = VersionText.Check(input.Slug, input.Title, input.Summary, input.Body, input.ChangeNote);
        if (checkedText.Refusal is { } refusal)
        {
            return refusal;
        }

        var text = checkedText.Value!;
        var item = document.ItemIn(culture);
        var latestNumber = item?.LatestVersionNumber ?? 0;
        if (input.BaseVersion != latestNumber)
        {
            var latest = item?.Latest;
            return Refusal.Conflict(latest is null
                ? $"There is no {CultureName(culture)} version {input.BaseVersion}; start the translation from version 0."
                : $"You started from version {input.BaseVersion}, but {latest.Author} saved version {latest.Number} on {latest.CreatedUtc:yyyy-MM-dd HH:mm} UTC. Open version {latest.Number}, bring your changes into it and save again.");
        }

        var sourceVersion = (int?)null;
        if (!isSource)
        {
            var source = document.ItemIn(document.SourceCulture);
            var sourceLatest = source?.LatestVersionNumber ?? 0;
            sourceVersion = input.SourceVersion ?? sourceLatest;
            if (sourceVersion < 1 || sourceVersion > sourceLatest)
            {
                return Refusal.Invalid($"The {CultureName(document.SourceCulture)} source has versions 1 to {sourceLatest}; a translation cannot be made from version {sourceVersion}.");
            }
        }

        if (await SlugTakenAsync(culture, text.Slug, item?.Id, ct))
        {
            return SlugConflict(culture, text.Slug);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (item is null)
        {
            item = new Item { Id = OrchardId.New(), DocumentId = document.Id, Culture = culture, Slug = text.Slug };
            document.Items.Add(item);
            db.Items.Add(item);
        }
        else if (item.Latest is { State: VersionState.Draft or VersionState.InReview or VersionState.Approved } open)
        {
            // One open version at a time: a new draft replaces whatever was waiting.
            db.AuditEvents.Add(Audit(document.Id, actor, AuditActions.Superseded, now, culture, open.Number, open.State, VersionState.Superseded));
            open.State = VersionState.Superseded;
            open.ScheduledPublishUtc = null;
        }

        if (item.PublishedVersionId is null)
        {
            item.Slug = text.Slug;
        }

        var number = latestNumber + 1;
        item.LatestVersionNumber = number;
        var version = NewVersion(item, number, text, actor, now, sourceVersion);
        item.Versions.Add(version);
        db.Versions.Add(version);
        db.AuditEvents.Add(Audit(document.Id, actor, AuditActions.Saved, now, culture, number, null, VersionState.Draft, text.ChangeNote));
        var saved = await SaveAsync(number, ct);
        return saved.Refusal is null ? saved : Refusal.Conflict(
            $"Someone saved another {CultureName(culture)} version at the same moment. Reload the latest version, bring your changes into it and save again.");
    }

    public Task<Outcome<int>> SubmitAsync(Actor actor, string documentId, string culture, CancellationToken ct = default) =>
        TransitionAsync(actor, documentId, culture, AuditActions.Submitted, VersionState.Draft, VersionState.InReview, null, (document, version) =>
            actor.HasAny(Roles.Author, Roles.Translator) ? null
                : Refusal.Forbidden("Only an Author or a Translator can send a version to review."), ct);

    public Task<Outcome<int>> RequestChangesAsync(Actor actor, string documentId, string culture, string? comment, CancellationToken ct = default) =>
        TransitionAsync(actor, documentId, culture, AuditActions.ChangesRequested, VersionState.InReview, VersionState.Draft, comment, (document, version) =>
        {
            if (!actor.Has(Roles.Reviewer))
            {
                return Refusal.Forbidden("Only a Reviewer can ask for changes.");
            }

            if (string.IsNullOrWhiteSpace(comment))
            {
                return Refusal.Invalid("Say what should change: the comment is what the author will work from.");
            }

            version.ReviewComment = comment.Trim();
            return null;
        }, ct);

    public Task<Outcome<int>> ApproveAsync(Actor actor, string documentId, string culture, CancellationToken ct = default) =>
        TransitionAsync(actor, documentId, culture, AuditActions.Approved, VersionState.InReview, VersionState.Approved, null, (document, version) =>
        {
            if (!actor.Has(Roles.Reviewer))
            {
                return Refusal.Forbidden("Only a Reviewer can approve a version.");
            }

            return version.State != VersionState.InReview || version.CanBeApprovedBy(actor.Email) ? null
                : Refusal.Forbidden($"You wrote version {version.Number}; a second person must approve it.");
        }, ct);

    /// <summary>
    /// Moves the published pointers of the named cultures to their approved versions in one
    /// transaction. Refused when a published translation would be left behind its source,
    /// unless the publisher says that is intended.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<PublishedVersion>>> PublishAsync(
        Actor actor, string documentId, IReadOnlyCollection<string>? cultures, bool allowOutdatedTranslations, CancellationToken ct = default)
    {
        if (!actor.Has(Roles.Publisher))
        {
            return Refusal.Forbidden("Only a Publisher can publish.");
        }

        var document = await LoadAsync(documentId, ct);
        if (document is null)
        {
            return DocumentNotFound(documentId);
        }

        var plan = PublicationPlan.Make(document, cultures, allowOutdatedTranslations, CultureName);
        if (plan.Refusal is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Apply(document, plan.Value!, actor, now);
        var saved = await SaveAsync<IReadOnlyList<PublishedVersion>>(plan.Value!.Select(v => new PublishedVersion(v.Item.Culture, v.Number)).ToList(), ct);
        await NotifyAsync(document.Id, ct);
        return saved;
    }

    /// <summary>Takes every culture of a document off the site; readers are told when and why.</summary>
    public async Task<Outcome<DateTime>> WithdrawAsync(Actor actor, string documentId, string? reason, CancellationToken ct = default)
    {
        if (!actor.Has(Roles.Publisher))
        {
            return Refusal.Forbidden("Only a Publisher can withdraw a document.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Invalid("Give the reason readers will see in place of the page.");
        }

        var document = await LoadAsync(documentId, ct);
        if (document is null)
        {
            return DocumentNotFound(documentId);
        }

        if (document.IsWithdrawn)
        {
            return Refusal.Conflict($"The document was already withdrawn on {document.WithdrawnUtc:yyyy-MM-dd}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        document.WithdrawnUtc = now;
        document.WithdrawnReason = reason.Trim();
        db.AuditEvents.Add(Audit(document.Id, actor, AuditActions.Withdrawn, now, null, null, null, null, document.WithdrawnReason));
        var saved = await SaveAsync(now, ct);
        await NotifyAsync(document.Id, ct);
        return saved;
    }

    /// <summary>Sets the time an approved version goes live by itself.</summary>
    public async Task<Outcome<DateTime>> ScheduleAsync(Actor actor, string documentId, string culture, DateTime publishUtc, CancellationToken ct = default)
    {
        if (!actor.Has(Roles.Publisher))
        {
            return Refusal.Forbidden("Only a Publisher can schedule a publication.");
        }

        var document = await LoadAsync(documentId, ct);
        var version = document?.ItemIn(culture.ToLowerInvariant())?.Latest;
        if (document is null || version is null)
        {
            return Refusal.NotFound($"Document '{documentId}' has no {CultureName(culture)} version.");
        }

        if (version.State != VersionState.Approved)
        {
            return Refusal.Conflict($"Version {version.Number} is {version.State}; only an approved version can be scheduled.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var at = publishUtc.Kind == DateTimeKind.Utc ? publishUtc : publishUtc.ToUniversalTime();
        if (at <= now)
        {
            return Refusal.Invalid("Choose a time in the future, or publish now.");
        }

        version.ScheduledPublishUtc = at;
        db.AuditEvents.Add(Audit(document.Id, actor, AuditActions.Scheduled, now, version.Item.Culture, version.Number,
            VersionState.Approved, VersionState.Approved, $"{at:yyyy-MM-ddTHH:mm:ssZ}"));
        return await SaveAsync(at, ct);
    }

    /// <summary>Publishes every approved version whose time has come. Returns how many documents went live.</summary>
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Versions
            .Where(v => v.State == VersionState.Approved && v.ScheduledPublishUtc != null && v.ScheduledPublishUtc <= now)
            .Select(v => new { v.Item.DocumentId, v.Item.Culture })
            .ToListAsync(ct);
        var published = 0;
        foreach (var group in due.GroupBy(d => d.DocumentId))
        {
            var scheduler = Actor.System("scheduler");
            var cultures = group.Select(g => g.Culture).ToList();
            var outcome = await PublishAsync(scheduler, group.Key, cultures, allowOutdatedTranslations: false, ct);
            db.ChangeTracker.Clear();
            if (outcome.Succeeded)
            {
                published++;
                continue;
            }

            // A schedule that cannot be kept is dropped and recorded, so the team sees why the page did not change.
            var document = await LoadAsync(group.Key, ct);
            foreach (var version in document!.Items.Select(i => i.Latest).Where(v => v?.ScheduledPublishUtc is not null))
            {
                version!.ScheduledPublishUtc = null;
                db.AuditEvents.Add(Audit(document.Id, scheduler, "ScheduleFailed", now, version.Item.Culture, version.Number,
                    version.State, version.State, outcome.Refusal!.Detail));
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return published;
    }

    private void Apply(Document document, IReadOnlyList<ContentVersion> toPublish, Actor actor, DateTime now)
    {
        foreach (var version in toPublish)
        {
            var item = version.Item;
            if (item.Published is { } previous)
            {
                previous.State = VersionState.Superseded;
                db.AuditEvents.Add(Audit(document.Id, actor, AuditActions.Superseded, now, item.Culture, previous.Number,
                    VersionState.Published, VersionState.Superseded));
            }

            version.State = VersionState.Published;
            version.PublishedUtc = now;
            version.ScheduledPublishUtc = null;
            item.PublishedVersionId = version.Id;
            item.PublishedVersion = version;
            item.Slug = version.Slug;
            db.AuditEvents.Add(Audit(document.Id, actor, AuditActions.Published, now, item.Culture, version.Number,
                VersionState.Approved, VersionState.Published, version.ChangeNote));
        }

        if (document.IsWithdrawn)
        {
            document.WithdrawnUtc = null;
            document.WithdrawnReason = null;
        }
    }

    private async Task<Outcome<int>> TransitionAsync(
        Actor actor, string documentId, string culture, string action, VersionState from, VersionState to, string? comment,
        Func<Document, ContentVersion, Refusal?> rule, CancellationToken ct)
    {
        var document = await LoadAsync(documentId, ct);
        if (document is null)
        {
            return DocumentNotFound(documentId);
        }

        var version = document.ItemIn(culture.ToLowerInvariant())?.Latest;
        if (version is null)
        {
            return Refusal.NotFound($"Document '{documentId}' has no {CultureName(culture)} version yet.");
        }

        if (rule(document, version) is { } refusal)
        {
            return refusal;
        }

        if (version.State != from)
        {
            return Refusal.Conflict($"Version {version.Number} is {version.State}, not {from}; reload to see where it stands.");
        }

        version.State = to;
        db.AuditEvents.Add(Audit(document.Id, actor, action, clock.GetUtcNow().UtcDateTime, version.Item.Culture, version.Number, from, to, comment?.Trim()));
        return await SaveAsync(version.Number, ct);
    }

    private Task<Document?> LoadAsync(string documentId, CancellationToken ct) =>
        db.Documents.Include(d => d.Items).ThenInclude(i => i.Versions).AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == documentId, ct);

    private Task<bool> SlugTakenAsync(string culture, string slug, string? exceptItemId, CancellationToken ct) =>
        db.Items.AnyAsync(i => i.Culture == culture && i.Slug == slug && i.Id != exceptItemId, ct);

    private async Task<Outcome<T>> SaveAsync<T>(T value, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return value;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Conflict("Someone changed this document at the same moment. Reload it and try again.");
        }
    }

    private async Task NotifyAsync(string documentId, CancellationToken ct)
    {
        foreach (var listener in listeners)
        {
            await listener.DocumentChangedAsync(documentId, ct);
        }
    }

    private static ContentVersion NewVersion(Item item, int number, VersionText text, Actor actor, DateTime now, int? sourceVersion) => new()
    {
        Id = OrchardId.New(),
        ItemId = item.Id,
        Item = item,
        Number = number,
        Slug = text.Slug,
        Title = text.Title,
        Summary = text.Summary,
        Markdown = text.Body,
        Html = MarkdownRenderer.ToHtml(text.Body),
        ChangeNote = text.ChangeNote,
        State = VersionState.Draft,
        Author = actor.Email,
        CreatedUtc = now,
        SourceVersion = sourceVersion,
    };

    internal static AuditEvent Audit(
        string documentId, Actor actor, string action, DateTime at, string? culture, int? version,
        VersionState? from, VersionState? to, string? comment = null) => new()
    {
        DocumentId = documentId,
        Actor = actor.Email,
        Action = action,
        At = at,
        Culture = culture,
        Version = version,
        FromState = from,
        ToState = to,
        Comment = string.IsNullOrEmpty(comment) ? null : comment,
    };

    internal static string CultureName(string? culture)
    {
        try
        {
            return CultureInfo.GetCultureInfo(culture ?? "").EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return culture ?? "";
        }
    }

    private Refusal UnsupportedCulture(string? culture) =>
        Refusal.Invalid($"'{culture}' is not one of the site's languages ({string.Join(", ", _options.Cultures)}).");

    private static Refusal DocumentNotFound(string documentId) => Refusal.NotFound($"There is no document with id '{documentId}'.");

    private static Refusal SlugConflict(string culture, string slug) =>
        Refusal.Conflict($"Another {CultureName(culture)} page already has the address '{culture}/{slug}'; choose another slug.");
}
