using Claro.Content;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Site.Admin;

/// <summary>One page of audit events, newest first, and the titles of the documents they name.</summary>
internal sealed record AuditPage(IReadOnlyList<AuditEvent> Events, IReadOnlyDictionary<string, string> Titles, int Number, bool HasNext, string Path)
{
    public const int Size = 100;

    public static async Task<AuditPage> LoadAsync(ClaroDbContext db, IQueryable<AuditEvent> events, int number, string path, CancellationToken ct)
    {
        number = Math.Max(1, number);
        var page = await events.AsNoTracking().OrderByDescending(a => a.Id).Skip((number - 1) * Size).Take(Size + 1).ToListAsync(ct);
        var ids = page.Select(a => a.DocumentId).Distinct().ToList();
        var titles = await db.Versions.AsNoTracking()
            .Where(v => ids.Contains(v.Item.DocumentId) && v.Item.Culture == v.Item.Document.SourceCulture && v.Number == v.Item.LatestVersionNumber)
            .Select(v => new { v.Item.DocumentId, v.Title })
            .ToDictionaryAsync(v => v.DocumentId, v => v.Title, ct);
        return new AuditPage(page.Take(Size).ToList(), titles, number, page.Count > Size, path);
    }
}
