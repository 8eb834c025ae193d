using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Claro.Storage;

/// <summary>
/// Daily counts of something readers do (a page read, a short link followed), kept in memory and added to the
/// database in one transaction every few seconds: a busy page costs no database write per request, and does not
/// queue on the database's write lock. Only the key, the day and the count are kept: nothing about who.
/// A crash loses at most the counts since the last flush.
/// </summary>
public abstract class DailyCounts<TKey> : IDailyCounts, IDisposable
    where TKey : notnull
{
    private readonly ConcurrentDictionary<(TKey Key, DateOnly Day), int> _pending = new();

    // One flush at a time: a report flushes before it reads, and must not read while counts that another flush
    // took are still on their way to the database.
    private readonly SemaphoreSlim _flushing = new(1, 1);

    public void Add(TKey key, DateOnly day) => _pending.AddOrUpdate((key, day), 1, static (_, count) => count + 1);

    public async Task FlushAsync(ClaroDbContext db, CancellationToken ct = default)
    {
        await _flushing.WaitAsync(ct);
        try
        {
            await FlushTakenAsync(db, ct);
        }
        finally
        {
            _flushing.Release();
        }
    }

    private async Task FlushTakenAsync(ClaroDbContext db, CancellationToken ct)
    {
        var taken = new List<(TKey Key, DateOnly Day, int Count)>();
        foreach (var key in _pending.Keys)
        {
            if (_pending.TryRemove(key, out var count))
            {
                taken.Add((key.Key, key.Day, count));
            }
        }

        if (taken.Count == 0)
        {
            return;
        }

        // Every node writes its rows in one order: two nodes flushing the same rows at once then never each hold a row
        // the other waits for (a deadlock, which the database ends by failing one of the flushes).
        taken.Sort(static (a, b) => Comparer<TKey>.Default.Compare(a.Key, b.Key) is var byKey and not 0 ? byKey : a.Day.CompareTo(b.Day));

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await WriteAsync(db, taken, ct);
            await transaction.CommitAsync(ct);
        }
        catch
        {
            foreach (var (key, day, count) in taken)
            {
                _pending.AddOrUpdate((key, day), count, (_, more) => more + count);
            }

            throw;
        }
    }

    public void Dispose()
    {
        _flushing.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Adds each count to its row, inside the flush's transaction.</summary>
    protected abstract Task WriteAsync(ClaroDbContext db, IReadOnlyList<(TKey Key, DateOnly Day, int Count)> counts, CancellationToken ct);
}
