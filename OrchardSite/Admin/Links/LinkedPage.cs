using Claro.Links;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Site.Admin.Links;

/// <summary>A short link with the page it opens: the published version's title and summary, else the latest's.</summary>
internal sealed record LinkedPage(string Code, string Culture, string DocumentId, string Title, string Summary, bool Published)
{
    public static async Task<LinkedPage?> FindAsync(ClaroDbContext db, string code, CancellationToken ct)
    {
        var canonical = ShortCode.Canonical(code);
        if (await db.ShortLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Code == canonical, ct) is not { } link)
        {
            return null;
        }

        var item = await db.Items.Include(i => i.Versions).SingleOrDefaultAsync(i => i.DocumentId == link.DocumentId && i.Culture == link.Culture, ct);
        var shown = item?.Published ?? item?.Latest;
        return new LinkedPage(link.Code, link.Culture, link.DocumentId, shown?.Title ?? link.Code, shown?.Summary ?? "", item?.Published is not null);
    }
}
