using Claro.Content;
using Claro.Links;
using Claro.Storage;
using Claro.Translation;
using Claro.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin.Documents;

/// <summary>
/// <c>/admin/documents/{id}/{culture}/review</c>: a reviewer reads what changed since the published
/// version and how the page will look, then approves it or asks for changes. The form names the version
/// shown; when another has replaced it meanwhile, the decision is refused and the page shows what changed
/// since the version the reviewer read.
/// </summary>
internal sealed class ReviewModel(ClaroDbContext db, EditorialService editorial, Glossary glossary, PageLinks pageLinks, IStringLocalizer<SiteText> text)
    : AdminPageModel
{
    internal string DocumentId { get; private set; } = "";

    internal string Culture { get; private set; } = "";

    internal ContentVersion Latest { get; private set; } = null!;

    internal ContentVersion? Published { get; private set; }

    internal IReadOnlyList<DiffLine> Changes { get; private set; } = [];

    internal Preview Preview { get; private set; } = null!;

    internal bool CanApprove { get; private set; }

    /// <summary>The version the reviewer read and decided on, when a newer one had replaced it by the time the decision arrived.</summary>
    internal ContentVersion? ReplacedVersion { get; private set; }

    /// <summary>What changed from <see cref="ReplacedVersion"/> to the latest version.</summary>
    internal IReadOnlyList<DiffLine> ChangesSinceRead { get; private set; } = [];

    /// <summary>Key terms this translation renders differently from the glossary; empty for the source culture.</summary>
    internal IReadOnlyList<GlossaryWarning> GlossaryWarnings { get; private set; } = [];

    /// <summary>Links that would send readers of this page to another language's page, or to one they cannot open.</summary>
    internal IReadOnlyList<ResolvedLink> LinkWarnings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, string culture, CancellationToken ct)
    {
        if (!Actor.MayReview())
        {
            return Forbid();
        }

        return await LoadAsync(id, culture, versionRead: null, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostApproveAsync(string id, string culture, int? version, CancellationToken ct) =>
        StepAsync(id, culture, version, "approved", editorial.ApproveAsync(Actor, id, culture, version, ct), ct);

    public Task<IActionResult> OnPostRequestChangesAsync(string id, string culture, int? version, string? comment, CancellationToken ct) =>
        StepAsync(id, culture, version, "changes-requested", editorial.RequestChangesAsync(Actor, id, culture, version, comment, ct), ct);

    private async Task<IActionResult> StepAsync(string id, string culture, int? versionRead, string done, Task<Outcome<int>> step, CancellationToken ct)
    {
        var outcome = await step;
        if (outcome.Refusal is { } refusal)
        {
            return await LoadAsync(id, culture, versionRead, ct) ? Refused(refusal) : NotFound();
        }

        return Done($"/admin/documents/{id}", done);
    }

    private async Task<bool> LoadAsync(string id, string culture, int? versionRead, CancellationToken ct)
    {
        var document = await db.DocumentAsync(id, ct);
        var item = document?.ItemIn(culture);
        if (item?.Latest is not { } latest)
        {
            return false;
        }

        DocumentId = id;
        Culture = item.Culture;
        Latest = latest;
        Published = item.Published;
        Changes = Published is null ? VersionDiff.Lines("", VersionDiff.AsText(latest)) : VersionDiff.Lines(Published, latest);
        // Rendered now, as readers would get it if published now: the pages it links to may have changed since it was saved.
        var rendered = latest.Markdown.Length > 0 ? await pageLinks.RenderAsync(latest.Markdown, Culture, ct) : new RenderedBody(latest.Html, []);
        Preview = new Preview(rendered.Html, Claro.Reading.Readability.MeasureVersion(Culture, latest.Title, latest.Markdown));
        LinkWarnings = rendered.Stray(Culture);
        CanApprove = latest.State == VersionState.InReview && Actor.MayApprove(latest);
        if (versionRead != latest.Number && item.Versions.Find(v => v.Number == versionRead) is { } read)
        {
            ReplacedVersion = read;
            ChangesSinceRead = VersionDiff.Lines(read, latest);
        }

        GlossaryWarnings = glossary.Check(document!, latest);
        Title = text["Review “{0}” in {1}", latest.Title, AdminText.Culture(Culture)];
        return true;
    }
}
