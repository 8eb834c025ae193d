using Claro.Links;
using Claro.Workflow;
using Claro.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Site.Admin.Links;

internal sealed class LinkForm
{
    internal string Code { get; set; } = "";

    internal string DocumentId { get; set; } = "";

    internal string Culture { get; set; } = "";
}

/// <summary><c>/admin/links</c>: the short links with their daily counts, and a form that makes one, its code suggested from the page's title.</summary>
internal sealed class LinksModel(ShortLinkService links, ClaroDbContext db, IOptions<ClaroOptions> options, IStringLocalizer<SiteText> text) : AdminPageModel
{
    /// <summary>How many of the latest days with visits each link shows.</summary>
    public const int DaysShown = 7;

    [BindProperty]
    public LinkForm Input { get; set; } = new();

    internal IReadOnlyList<ShortLinkSummary> Links { get; private set; } = [];

    public IReadOnlyList<(string Id, string Title)> Documents { get; private set; } = [];

    internal IReadOnlyList<string> Cultures => options.Value.Cultures;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Actor.MayMakeShortLinks())
        {
            return Forbid();
        }

        Input.Culture = options.Value.DefaultCulture;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSuggestAsync(CancellationToken ct)
    {
        var title = await db.Versions.AsNoTracking()
            .Where(v => v.Item.DocumentId == Input.DocumentId && v.Item.Culture == Input.Culture && v.Number == v.Item.LatestVersionNumber)
            .Select(v => v.Title).FirstOrDefaultAsync(ct);
        Input.Code = ShortCode.Suggest(title ?? "");
        await LoadAsync(ct);
        return title is null ? Refused(Refusal.Invalid("The document has no version in that language yet: translate it first.")) : Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var created = await links.CreateAsync(Actor, Input.Code, Input.DocumentId, Input.Culture, ct);
        if (created.Refusal is { } refusal)
        {
            await LoadAsync(ct);
            return Refused(refusal);
        }

        return Done($"/admin/links/{created.Value!.Code}", "link-created");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Title = text["Short links"];
        Links = await links.ListAsync(ct: ct);
        Documents = (await db.DocumentsAsync(ct)).Select(d => (d.Id, d.Title)).ToList();
    }
}
