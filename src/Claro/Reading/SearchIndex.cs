using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Reading;

/// <summary>
/// What both providers' indexes do the same way: fill an empty index from every published page, streamed
/// a batch at a time in one transaction, and re-index a document by taking all its pages out and putting
/// the published ones back. The tables themselves are made by each provider's migrations.
/// </summary>
public abstract class SearchIndex(ClaroDbContext db) : ISearchIndex
{
    protected ClaroDbContext Db => db;

    public async Task FillWhenEmptyAsync(CancellationToken ct = default)
    {
        // Every start asks this, so it must not depend on the number of pages.
        if (await db.Database.AnyRowsAsync("SearchEntries", ct))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await foreach (var batch in SearchText.LoadAllAsync(db, ct))
        {
            await InsertAsync(batch, ct);
        }

        await transaction.CommitAsync(ct);
    }

    public async Task UpdateAsync(string documentId, CancellationToken ct = default)
    {
        var (items, published) = await SearchText.LoadAsync(db, documentId, ct);
        await ReplaceAsync(items, published, ct);
    }

    /// <summary>Takes a document's pages out of the index and puts its published ones back, all at once.</summary>
    private protected abstract Task ReplaceAsync(IReadOnlyList<string> itemIds, IReadOnlyList<IndexedPage> published, CancellationToken ct);

    public abstract Task<IReadOnlyList<SearchHit>> SearchAsync(string culture, string? query, int limit = 20, CancellationToken ct = default);

    /// <summary>Puts pages in the index that are not in it; on PostgreSQL also replacing an entry another web node wrote meanwhile.</summary>
    private protected abstract Task InsertAsync(IReadOnlyList<IndexedPage> pages, CancellationToken ct);
}
