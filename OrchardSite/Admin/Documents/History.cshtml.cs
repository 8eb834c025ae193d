using Claro.Content;
using Claro.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin.Documents;

/// <summary><c>/admin/documents/{id}/{culture}/history</c>: every version of one culture, with what was said about it.</summary>
internal sealed class VersionHistoryModel(ClaroDbContext db, IStringLocalizer<SiteText> text) : AdminPageModel
{
    internal string DocumentId { get; private set; } = "";

    internal string Culture { get; private set; } = "";

    internal IReadOnlyList<ContentVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, string culture, CancellationToken ct)
    {
        var document = await db.DocumentAsync(id, ct);
        if (document?.ItemIn(culture) is not { } item)
        {
            return NotFound();
        }

        DocumentId = id;
        Culture = item.Culture;
        Versions = item.Versions.OrderByDescending(v => v.Number).ToList();
        Title = text["History of “{0}” in {1}", document.Title, AdminText.Culture(Culture)];
        return Page();
    }
}
