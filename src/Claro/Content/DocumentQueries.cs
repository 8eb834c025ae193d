using Microsoft.EntityFrameworkCore;

namespace Claro.Content;

/// <summary>The loads of whole documents that translation, backups and the staff pages share.</summary>
public static class DocumentQueries
{
    /// <summary>Documents with their items and every version of each: the whole history a staff page, a translation file or a backup shows.</summary>
    public static IQueryable<Document> WithVersions(this IQueryable<Document> documents) =>
        documents.Include(d => d.Items).ThenInclude(i => i.Versions).AsSplitQuery();
}
