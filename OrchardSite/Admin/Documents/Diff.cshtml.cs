using Claro.Content;
using Claro.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin.Documents;

/// <summary><c>/admin/documents/{id}/{culture}/diff/{to}?from=</c>: what changed between two versions, by default the one before.</summary>
internal sealed class DiffModel(ClaroDbContext db, IStringLocalizer<SiteText> text) : AdminPageModel
{
    internal string DocumentId { get; private set; } = "";

    internal string Culture { get; private set; } = "";

    internal IReadOnlyList<DiffLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, string culture, int to, int? from, CancellationToken ct)
    {
        var document = await db.DocumentAsync(id, ct);
        var versions = document?.ItemIn(culture)?.Versions ?? [];
        var older = versions.Find(v => v.Number == (from ?? to - 1));
        var newer = versions.Find(v => v.Number == to);
        if (older is null || newer is null)
        {
            return NotFound();
        }

        DocumentId = id;
        Culture = newer.Item.Culture;
        Lines = VersionDiff.Lines(older, newer);
        Title = text["Version {0} compared with version {1}", newer.Number, older.Number];
        return Page();
    }
}
