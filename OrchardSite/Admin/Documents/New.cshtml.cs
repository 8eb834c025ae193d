using Claro.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Site.Admin.Documents;

/// <summary><c>/admin/documents/new</c>: an author starts a document in its source language.</summary>
internal sealed class NewDocumentModel(EditorialService editorial, IOptions<ClaroOptions> options, IStringLocalizer<SiteText> text) : AdminPageModel
{
    [BindProperty]
    public DraftForm Input { get; set; } = new();

    internal IReadOnlyList<string> Cultures => options.Value.Cultures;

    public IActionResult OnGet()
    {
        Title = text["New document"];
        Input.Culture = options.Value.DefaultCulture;
        return Actor.MayStartDocuments() ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Title = text["New document"];
        var created = await editorial.CreateAsync(Actor, new NewDocument(Input.Culture, Input.Slug, Input.Title, Input.Summary, Input.Body), ct);
        return created.Refusal is { } refusal ? Refused(refusal) : Done($"/admin/documents/{created.Value}", "created");
    }
}
