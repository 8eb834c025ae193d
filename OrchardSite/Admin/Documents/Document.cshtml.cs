using Claro.Content;
using Claro.Reading;
using Claro.Storage;
using Claro.Translation;
using Claro.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Claro.Site.Admin.Documents;

/// <summary>One culture of a document on its page: where it stands, and its versions newest first.</summary>
internal sealed record CultureSection(string Culture, CultureStatus? Status, IReadOnlyList<(ContentVersion Version, ReadabilityScore? Readability)> Versions);

/// <summary><c>/admin/documents/{id}</c>: a document in every culture, and the steps of its workflow.</summary>
internal sealed class DocumentModel(ClaroDbContext db, EditorialService editorial, PublicationSchedule schedule, TimeProvider clock, IOptions<ClaroOptions> options) : AdminPageModel
{
    internal Document Document { get; private set; } = null!;

    internal IReadOnlyList<CultureSection> Cultures { get; private set; } = [];

    /// <summary>Cultures whose latest version is approved: what a publish can take live.</summary>
    internal IReadOnlyList<string> Publishable { get; private set; } = [];

    internal bool IsPublisher { get; private set; }

    /// <summary>Whether the signed-in person may write, and so send to review, a culture of this document.</summary>
    internal bool MayEdit(string culture) => Actor.MayEdit(Document, culture);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(string id, string culture, CancellationToken ct) =>
        StepAsync(id, "submitted", editorial.SubmitAsync(Actor, id, culture, ct), ct);

    public async Task<IActionResult> OnPostPublishAsync(string id, List<string> cultures, bool allowOutdatedTranslations, CancellationToken ct) =>
        cultures.Count == 0
            ? await RefusedAsync(id, Refusal.Invalid("Tick the languages to publish."), ct)
            : await StepAsync(id, "published", editorial.PublishAsync(Actor, id, cultures, allowOutdatedTranslations, ct), ct);

    public async Task<IActionResult> OnPostScheduleAsync(string id, string culture, DateTime? publishAt, CancellationToken ct)
    {
        if (publishAt is not { } at)
        {
            return await RefusedAsync(id, Refusal.Invalid("Choose the date and time (UTC) the version goes live."), ct);
        }

        return await StepAsync(id, "scheduled", schedule.ScheduleAsync(Actor, id, culture, DateTime.SpecifyKind(at, DateTimeKind.Utc), ct), ct);
    }

    /// <param name="withdrawAt">Empty: withdrawn now; a time to come (UTC): withdrawn then, cancellable until then.</param>
    public Task<IActionResult> OnPostWithdrawAsync(string id, string? reason, DateTime? withdrawAt, CancellationToken ct) =>
        withdrawAt is { } at
            ? StepAsync(id, "withdrawal-scheduled", editorial.WithdrawAsync(Actor, id, reason, DateTime.SpecifyKind(at, DateTimeKind.Utc), ct), ct)
            : StepAsync(id, "withdrawn", editorial.WithdrawAsync(Actor, id, reason, ct: ct), ct);

    public Task<IActionResult> OnPostCancelWithdrawalAsync(string id, CancellationToken ct) =>
        StepAsync(id, "withdrawal-cancelled", editorial.CancelWithdrawalAsync(Actor, id, ct), ct);

    public async Task<IActionResult> OnPostReviewByAsync(string id, DateOnly? reviewBy, CancellationToken ct) =>
        reviewBy is null
            ? await RefusedAsync(id, Refusal.Invalid("Choose the date by which the document is to be read again."), ct)
            : await StepAsync(id, "review-date-set", editorial.SetReviewDateAsync(Actor, id, reviewBy, ct), ct);

    /// <summary>Whether the signed-in person may change the review date: the document's authors and the publishers.</summary>
    internal bool MaySetReviewDate => Actor.MaySetReviewDate();

    internal bool ReviewDue { get; private set; }

    private async Task<IActionResult> StepAsync<T>(string id, string done, Task<Outcome<T>> step, CancellationToken ct)
    {
        var outcome = await step;
        return outcome.Refusal is { } refusal ? await RefusedAsync(id, refusal, ct) : Done($"/admin/documents/{id}", done);
    }

    private async Task<IActionResult> RefusedAsync(string id, Refusal refusal, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Refused(refusal) : NotFound();

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (await db.DocumentAsync(id, ct) is not { } document)
        {
            return false;
        }

        Document = document;
        Title = document.Title;
        IsPublisher = Actor.MayPublish();
        ReviewDue = document.IsReviewDue(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var statuses = TranslationStatus.Of(document);
        Cultures = options.Value.Cultures.Select(culture => new CultureSection(
            culture,
            statuses.FirstOrDefault(s => s.Culture == culture),
            (document.ItemIn(culture)?.Versions ?? []).OrderByDescending(v => v.Number)
                .Select(v => (v, Readability.MeasureVersion(culture, v.Title, v.Markdown))).ToList())).ToList();
        Publishable = document.Items.Where(i => i.Latest?.State == VersionState.Approved).Select(i => i.Culture).ToList();
        return true;
    }
}
