using Claro.Storage;
using Claro.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin;

/// <summary><c>/admin/audit</c>: everything that happened to every document, newest first, 100 a page.</summary>
internal sealed class AuditLogModel(ClaroDbContext db, IStringLocalizer<SiteText> text) : AdminPageModel
{
    internal AuditPage Events { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int page, CancellationToken ct)
    {
        if (!Actor.MayReadAuditLog())
        {
            return Forbid();
        }

        Title = text["Audit log"];
        Events = await AuditPage.LoadAsync(db, db.AuditEvents, page, "/admin/audit", ct);
        return Page();
    }
}
