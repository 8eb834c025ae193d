using Claro.Content;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Site.Admin;

/// <summary>The loads the staff pages share. Tracked, so that each item's published pointer is joined to its version.</summary>
internal static class AdminQueries
{
    public static Task<Document?> DocumentAsync(this ClaroDbContext db, string id, CancellationToken ct) =>
        db.Documents.WithVersions().SingleOrDefaultAsync(d => d.Id == id, ct);

    public static Task<List<Document>> DocumentsAsync(this ClaroDbContext db, CancellationToken ct) =>
        db.Documents.WithVersions().OrderBy(d => d.CreatedUtc).ToListAsync(ct);
}
