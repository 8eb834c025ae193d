using Claro.Content;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Site.Admin;

/// <summary>The loads the staff pages share. Tracked, so that each item's published pointer is joined to its version.</summary>
internal static class AdminQueries
{
    public static Task<Document?> DocumentAsync(this ClaroDbContext db, string id, CancellationToken ct) =>
        WithVersions(db).SingleOrDefaultAsync(d => d.Id == id, ct);

    public static Task<List<Document>> DocumentsAsync(this ClaroDbContext db, CancellationToken ct) =>
        WithVersions(db).OrderBy(d => d.CreatedUtc).ToListAsync(ct);

    /// <summary>The title staff know a document by: its source culture's latest title.</summary>
    public static string Title(this Document document) => document.ItemIn(document.SourceCulture)?.Latest?.Title ?? document.Id;

    private static IQueryable<Document> WithVersions(ClaroDbContext db) =>
        db.Documents.Include(d => d.Items).ThenInclude(i => i.Versions).AsSplitQuery();
}
