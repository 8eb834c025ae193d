using Claro.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin.Documents;

/// <summary><c>/admin/documents/{id}/audit</c>: everything that happened to one document, newest first.</summary>
internal sealed class DocumentAuditModel(ClaroDbContext db, IStringLocalizer<SiteText> text) : AdminPageModel
{
    internal string DocumentId { get; private set; } = "";

    internal AuditPage Events { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, int page, CancellationToken ct)
    {
        if (!await db.Documents.AnyAsync(d => d.Id == id, ct))
        {
            return NotFound();
        }

        DocumentId = id;
        Events = await AuditPage.LoadAsync(db, db.AuditEvents.Where(a => a.DocumentId == id), page, $"/admin/documents/{id}/audit", ct);
        Title = text["What happened to “{0}”", Events.Titles.GetValueOrDefault(id, id)];
        return Page();
    }
}
