using Microsoft.EntityFrameworkCore;

namespace Claro.Content;

/// <summary>The loads of whole documents that the workflow, translation, backups and the staff pages share.</summary>
public static class DocumentQueries
{
    /// <summary>Documents with their items and every version of each: what a rule needs to decide, and a staff page to show.</summary>
    public static IQueryable<Document> WithVersions(this IQueryable<Document> documents) =>
        documents.Include(d => d.Items).ThenInclude(i => i.Versions).AsSplitQuery();
}
