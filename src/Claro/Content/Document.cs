using Claro.Staff;
using Claro.Workflow;

namespace Claro.Content;

/// <summary>
/// One policy explainer in all its languages: Orchard Core's localization set.
/// Its <see cref="Id"/> is the <c>LocalizationSet</c> shared by every translation.
/// </summary>
public sealed class Document
{
    public const int MaxWithdrawnReason = 2000;

    public required string Id { get; init; }

    /// <summary>The culture translations are made from.</summary>
    public required string SourceCulture { get; init; }

    public DateTime CreatedUtc { get; init; }

    /// <summary>Set when a publisher took the document off the site; readers get 410 with the reason.</summary>
    public DateTime? WithdrawnUtc { get; set; }

    public string? WithdrawnReason { get; set; }

    /// <summary>When a publisher chose to take the document off the site at a time to come; cancellable until then.</summary>
    public DateTime? WithdrawalScheduledUtc { get; set; }

    public string? WithdrawalScheduledReason { get; set; }

    /// <summary>
    /// The date by which someone should read the document again: set <see cref="ClaroOptions.ReviewAfterMonths"/>
    /// after its first publication, unless someone chose another.
    /// </summary>
    public DateOnly? ReviewBy { get; set; }

    /// <summary>The review date whose reminder went out, so that each date is reminded of once, on any number of nodes and restarts.</summary>
    public DateOnly? ReviewRemindedFor { get; set; }

    /// <summary>
    /// Counts the changes made to the document, its items and its versions. Every change checks that the
    /// document still has the revision it was read at (optimistic concurrency), so two changes made at once
    /// cannot both be saved: a version's state and an item's published pointer never disagree.
    /// </summary>
    public int Revision { get; set; }

    public List<Item> Items { get; init; } = [];

    public bool IsWithdrawn => WithdrawnUtc is not null;

    /// <summary>Whether readers have ever seen any culture of it.</summary>
    public bool WasEverPublished => Items.Exists(i => i.Versions.Exists(v => v.PublishedUtc is not null));

    /// <summary>When readers first saw any culture of it.</summary>
    public DateTime? FirstPublishedUtc => Items.SelectMany(i => i.Versions).Min(v => v.PublishedUtc);

    /// <summary>The author of the first version of its source text: who the review reminders go to, with the publishers.</summary>
    public string? Owner => ItemIn(SourceCulture)?.Versions.Find(v => v.Number == 1)?.Author;

    /// <summary>True once the review date has come and gone without a new one being set.</summary>
    public bool IsReviewDue(DateOnly today) => ReviewBy is { } date && date <= today;

    public Item? ItemIn(string culture) => Items.Find(i => i.Culture == culture);

    /// <summary>The title staff know the document by: its source text's latest title (its id while it has none).</summary>
    public string Title => ItemIn(SourceCulture)?.Latest?.Title ?? Id;

    /// <summary>The number of the source version readers of the source culture see; null before it is first published.</summary>
    public int? PublishedSourceVersion => ItemIn(SourceCulture)?.Published?.Number;

    /// <summary>The source version a translation's version was made from; null for the source's own versions.</summary>
    public ContentVersion? SourceOf(ContentVersion version) =>
        ItemIn(SourceCulture) is { } source && version.ItemId != source.Id ? SourceVersion(version.SourceVersion) : null;

    /// <summary>The source culture's version with that number, such as the one a translator started from; null when there is none.</summary>
    public ContentVersion? SourceVersion(int? number) =>
        number is null ? null : ItemIn(SourceCulture)?.Versions.Find(v => v.Number == number);

    /// <summary>Starts a document whose source culture is <paramref name="culture"/>, with its text as draft version 1.</summary>
    internal static Outcome<Transition<Document>> Start(Actor actor, string culture, VersionText text, bool slugTaken, DateTime now)
    {
        if (!actor.MayStartDocuments())
        {
            return Refusal.Forbidden("Only an Author can start a new document.");
        }

        if (slugTaken)
        {
            return SlugTaken(culture, text.Slug);
        }

        var document = new Document { Id = OrchardId.New(), SourceCulture = culture, CreatedUtc = now };
        var item = new Item { Id = OrchardId.New(), DocumentId = document.Id, Document = document, Culture = culture, Slug = text.Slug };
        document.Items.Add(item);
        var version = item.AddDraft(text, actor, now, sourceVersion: null);
        return new Transition<Document>(document, [AuditEvent.For(document.Id, actor, AuditActions.Created, now, culture, version.Number, null, VersionState.Draft)]);
    }

    /// <summary>
    /// Saves a new draft version of a culture on top of <paramref name="baseVersion"/>, the version the editor
    /// started from, so that nobody's edit is lost; a culture the document lacks starts as a translation from
    /// version 0. The version waiting for review or publication, if any, is superseded by the new draft.
    /// </summary>
    internal Outcome<Transition<int>> SaveDraft(Actor actor, string culture, VersionText text, int baseVersion, int? sourceVersion, bool slugTaken, DateTime now)
    {
        var isSource = culture == SourceCulture;
        if (!actor.MayEdit(this, culture))
        {
            return Refusal.Forbidden(isSource ? "Only an Author can edit the source text." : "Only a Translator or an Author can edit a translation.");
        }

        var item = ItemIn(culture);
        var latest = item?.Latest;
        if (baseVersion != (latest?.Number ?? 0))
        {
            return Refusal.Conflict(latest is null
                ? $"There is no {CultureNames.English(culture)} version {baseVersion}; start the translation from version 0."
                : $"You started from version {baseVersion}, but {latest.Author} saved version {latest.Number} on {latest.CreatedUtc:yyyy-MM-dd HH:mm} UTC. Open version {latest.Number}, bring your changes into it and save again.");
        }

        int? translatedFrom = null;
        if (!isSource)
        {
            var sourceLatest = ItemIn(SourceCulture)?.LatestVersionNumber ?? 0;
            translatedFrom = sourceVersion ?? sourceLatest;
            if (translatedFrom < 1 || translatedFrom > sourceLatest)
            {
                return Refusal.Invalid($"The {CultureNames.English(SourceCulture)} source has versions 1 to {sourceLatest}; a translation cannot be made from version {translatedFrom}.");
            }
        }

        if (slugTaken)
        {
            return SlugTaken(culture, text.Slug);
        }

        var audit = new List<AuditEvent>();
        if (item is null)
        {
            item = new Item { Id = OrchardId.New(), DocumentId = Id, Document = this, Culture = culture, Slug = text.Slug };
            Items.Add(item);
        }
        else if (latest is { IsOpen: true })
        {
            // One open version at a time: a new draft replaces whatever was waiting.
            latest.ScheduledPublishUtc = null;
            audit.Add(latest.MoveTo(VersionState.Superseded, AuditActions.Superseded, actor, now));
        }

        var version = item.AddDraft(text, actor, now, translatedFrom);
        audit.Add(AuditEvent.For(Id, actor, AuditActions.Saved, now, culture, version.Number, null, VersionState.Draft, text.ChangeNote));
        return new Transition<int>(version.Number, audit);
    }

    /// <summary>
    /// Moves the published pointers of the named cultures to their approved versions, all together. Refused
    /// when a published translation would be left behind its source, unless the publisher says that is intended.
    /// </summary>
    /// <param name="reviewAfterMonths">On the first publication, the document is due for review this many months later, unless a date is already set.</param>
    internal Outcome<Transition<IReadOnlyList<PublishedVersion>>> Publish(Actor actor, IReadOnlyCollection<string>? cultures, bool allowOutdatedTranslations, int reviewAfterMonths, DateTime now)
    {
        if (!actor.MayPublish())
        {
            return Refusal.Forbidden("Only a Publisher can publish.");
        }

        var plan = PublicationPlan.Make(this, cultures, allowOutdatedTranslations);
        if (plan.Refusal is { } refusal)
        {
            return refusal;
        }

        var audit = new List<AuditEvent>();
        foreach (var version in plan.Value!)
        {
            audit.AddRange(version.Item.Publish(version, actor, now));
        }

        WithdrawnUtc = null;
        WithdrawnReason = null;
        ReviewBy ??= DateOnly.FromDateTime(now).AddMonths(reviewAfterMonths);
        var published = plan.Value!.Select(v => new PublishedVersion(v.Item.Culture, v.Number)).ToList();
        return new Transition<IReadOnlyList<PublishedVersion>>(published, audit) { ChangesWhatReadersSee = true };
    }

    /// <summary>Takes every culture off the site; readers are told when and why.</summary>
    internal Outcome<Transition<DateTime>> Withdraw(Actor actor, string? reason, DateTime now)
    {
        if (CheckWithdrawal(actor, reason) is { } refusal)
        {
            return refusal;
        }

        WithdrawnUtc = now;
        WithdrawnReason = reason!.Trim();
        return new Transition<DateTime>(now, [AuditEvent.For(Id, actor, AuditActions.Withdrawn, now, comment: WithdrawnReason)]) { ChangesWhatReadersSee = true };
    }

    /// <summary>Takes every culture off the site at a time to come; until then a publisher can cancel it.</summary>
    internal Outcome<Transition<DateTime>> ScheduleWithdrawal(Actor actor, string? reason, DateTime at, DateTime now)
    {
        if (CheckWithdrawal(actor, reason) is { } refusal)
        {
            return refusal;
        }

        if (at <= now)
        {
            return Refusal.Invalid("Choose a time in the future for the withdrawal, or leave 'at' out to withdraw now.");
        }

        WithdrawalScheduledUtc = at;
        WithdrawalScheduledReason = reason!.Trim();
        return new Transition<DateTime>(at, [AuditEvent.For(Id, actor, AuditActions.WithdrawalScheduled, now,
            comment: $"{at:yyyy-MM-ddTHH:mm:ssZ} {WithdrawalScheduledReason}")]);
    }

    /// <summary>Drops a withdrawal planned for a time to come.</summary>
    internal Outcome<Transition<DateTime>> CancelWithdrawal(Actor actor, DateTime now)
    {
        if (!actor.MayPublish())
        {
            return Refusal.Forbidden("Only a Publisher can cancel a withdrawal.");
        }

        if (WithdrawalScheduledUtc is not { } at)
        {
            return Refusal.NotFound("No withdrawal of this document is scheduled.");
        }

        WithdrawalScheduledUtc = null;
        WithdrawalScheduledReason = null;
        return new Transition<DateTime>(at, [AuditEvent.For(Id, actor, AuditActions.WithdrawalCancelled, now, comment: $"{at:yyyy-MM-ddTHH:mm:ssZ}")]);
    }

    /// <summary>
    /// Carries out a scheduled withdrawal whose time has come. One that cannot be carried out is dropped and recorded,
    /// so that the publisher who planned it hears why; the value says whether the document was withdrawn.
    /// </summary>
    internal Outcome<Transition<bool>> WithdrawAsScheduled(Actor scheduler, DateTime now)
    {
        if (WithdrawalScheduledUtc is not { } at || at > now)
        {
            return Refusal.Conflict("No withdrawal of this document is due: someone cancelled it meanwhile.");
        }

        var reason = WithdrawalScheduledReason;
        WithdrawalScheduledUtc = null;
        WithdrawalScheduledReason = null;
        if (IsWithdrawn)
        {
            return new Transition<bool>(false, [AuditEvent.For(Id, scheduler, AuditActions.WithdrawalFailed, now,
                comment: $"The document was already withdrawn on {WithdrawnUtc:yyyy-MM-dd HH:mm} UTC, with the reason: {WithdrawnReason}")]);
        }

        var withdrawn = Withdraw(scheduler, reason, now);
        return new Transition<bool>(true, withdrawn.Value!.Audit) { ChangesWhatReadersSee = true };
    }

    /// <summary>Sets the date by which the document is to be read again.</summary>
    internal Outcome<Transition<DateOnly>> SetReviewDate(Actor actor, DateOnly? date, DateTime now)
    {
        if (!actor.MaySetReviewDate())
        {
            return Refusal.Forbidden("Only an Author or a Publisher can set a review date.");
        }

        if (date is not { } reviewBy)
        {
            return Refusal.Invalid("Send the review date as { \"date\": \"YYYY-MM-DD\" }.");
        }

        if (reviewBy < DateOnly.FromDateTime(now))
        {
            return Refusal.Invalid($"{reviewBy:yyyy-MM-dd} has passed; choose today or a later date.");
        }

        ReviewBy = reviewBy;
        return new Transition<DateOnly>(reviewBy, [AuditEvent.For(Id, actor, AuditActions.ReviewDateSet, now, comment: $"{reviewBy:yyyy-MM-dd}")]);
    }

    /// <summary>Records that the review date has come, once per date: the reminder's audit event is what sends it.</summary>
    internal Outcome<Transition<DateOnly>> RemindOfReview(Actor scheduler, DateTime now)
    {
        if (ReviewBy is not { } date || !IsReviewDue(DateOnly.FromDateTime(now)) || ReviewRemindedFor == date || IsWithdrawn)
        {
            return Refusal.Conflict("No review reminder is due for this document.");
        }

        ReviewRemindedFor = date;
        return new Transition<DateOnly>(date, [AuditEvent.For(Id, scheduler, AuditActions.ReviewDue, now, comment: $"{date:yyyy-MM-dd}")]);
    }

    /// <summary>
    /// Gives a document readers see, but that has no review date (it arrived by import, or before review dates existed),
    /// the default one: <paramref name="reviewAfterMonths"/> after its first publication.
    /// </summary>
    internal Outcome<Transition<DateOnly>> TakeDefaultReviewDate(Actor scheduler, int reviewAfterMonths, DateTime now)
    {
        if (ReviewBy is not null || FirstPublishedUtc is not { } first)
        {
            return Refusal.Conflict("The document has a review date, or was never published.");
        }

        ReviewBy = DateOnly.FromDateTime(first).AddMonths(reviewAfterMonths);
        return new Transition<DateOnly>(ReviewBy.Value, [AuditEvent.For(Id, scheduler, AuditActions.ReviewDateSet, now, comment: $"{ReviewBy:yyyy-MM-dd}")]);
    }

    private Refusal? CheckWithdrawal(Actor actor, string? reason)
    {
        if (!actor.MayPublish())
        {
            return Refusal.Forbidden("Only a Publisher can withdraw a document.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Invalid("Give the reason readers will see in place of the page.");
        }

        if (reason.Trim().Length > MaxWithdrawnReason)
        {
            return Refusal.Invalid($"The reason is {reason.Trim().Length} characters long; keep it under {MaxWithdrawnReason}.");
        }

        return IsWithdrawn ? Refusal.Conflict($"The document was already withdrawn on {WithdrawnUtc:yyyy-MM-dd}.") : null;
    }

    private static Refusal SlugTaken(string culture, string slug) =>
        Refusal.Conflict($"Another {CultureNames.English(culture)} page already has the address '{culture}/{slug}'; choose another slug.");
}
