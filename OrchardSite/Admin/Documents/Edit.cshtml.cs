using Claro.Content;
using Claro.Links;
using Claro.Reading;
using Claro.Storage;
using Claro.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin.Documents;

/// <summary>A page as readers will see it, rendered by the same code as a saved version, and how easy it is to read.</summary>
internal sealed record Preview(string Html, ReadabilityScore? Readability);

/// <summary>
/// <c>/admin/documents/{id}/{culture}/edit</c>: the Markdown editor. Preview renders without saving;
/// a save on top of someone else's version is refused and the typed text stays in the form.
/// </summary>
internal sealed class EditModel(ClaroDbContext db, EditorialService editorial, PageLinks pageLinks, IStringLocalizer<SiteText> text) : AdminPageModel
{
    [BindProperty]
    public DraftForm Input { get; set; } = new();

    internal string DocumentId { get; private set; } = "";

    internal string Culture { get; private set; } = "";

    internal bool IsNewTranslation { get; private set; }

    /// <summary>Whether the signed-in person may write, and so send to review, this culture: only then is "Save and send to review" offered.</summary>
    internal bool MaySubmit { get; private set; }

    internal Preview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string culture, CancellationToken ct)
    {
        if (await LoadAsync(id, culture, ct) is not { } document)
        {
            return NotFound();
        }

        Input = DraftForm.From(document.ItemIn(Culture)?.Latest);
        return Page();
    }

    /// <summary>Only for those who may write this text, and within the same limits as a save: rendering costs the server.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string id, string culture, CancellationToken ct)
    {
        if (await LoadAsync(id, culture, ct) is not { } document)
        {
            return NotFound();
        }

        if (!Actor.MayEdit(document, Culture))
        {
            return Forbid();
        }

        if ((VersionText.CheckLengths(Input.Title, Input.Summary, Input.ChangeNote) ?? BodyLimits.CheckMarkdown(Input.Body)) is { } overLimit)
        {
            return Refused(overLimit);
        }

        Preview = new Preview((await pageLinks.RenderAsync(Input.Body, Culture, ct)).Html, Readability.MeasureVersion(Culture, Input.Title, Input.Body));
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, string culture, CancellationToken ct)
    {
        var saved = await editorial.SaveDraftAsync(Actor, id, culture, Input.ToInput(), ct);
        if (saved.Refusal is { } refusal)
        {
            return await LoadAsync(id, culture, ct) is null ? NotFound() : Refused(refusal);
        }

        return Done($"/admin/documents/{id}", Input.Done);
    }

    private async Task<Document?> LoadAsync(string id, string culture, CancellationToken ct)
    {
        if (await db.DocumentAsync(id, ct) is not { } document)
        {
            return null;
        }

        DocumentId = id;
        Culture = culture;
        IsNewTranslation = document.ItemIn(Culture) is null;
        MaySubmit = Actor.MayEdit(document, Culture);
        Title = text["Edit “{0}” in {1}", document.Title, AdminText.Culture(Culture)];
        return document;
    }
}
