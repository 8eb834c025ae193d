using System.Collections.Concurrent;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Links;

/// <summary>
/// Counts short-link redirects in memory and adds them to the daily counts in one transaction at a time.
/// A write per redirect made the link an officer reads out on the radio the slowest address on the site,
/// at the moment hundreds of listeners type it (each waited for the database's write lock), and it failed
/// whenever the database did. A crash loses at most the counts since the last flush, a few seconds' worth.
/// </summary>
public sealed class ShortLinkHitCounter
{
    private readonly ConcurrentDictionary<(string Code, DateOnly Day), int> _pending = new();

    public void Add(string code, DateOnly day) => _pending.AddOrUpdate((code, day), 1, (_, count) => count + 1);

    /// <summary>Adds what was counted to the database; kept for the next flush if the database cannot take it.</summary>
    public async Task FlushAsync(ClaroDbContext db, CancellationToken ct = default)
    {
        var taken = new List<((string Code, DateOnly Day) Key, int Count)>();
        foreach (var key in _pending.Keys)
        {
            if (_pending.TryRemove(key, out var count))
            {
                taken.Add((key, count));
            }
        }

        if (taken.Count == 0)
        {
            return;
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var ((code, day), count) in taken)
            {
                // Quoted names, because PostgreSQL folds unquoted ones to lower case; SQLite accepts them as well.
                await db.Database.ExecuteSqlAsync(
                    $"""INSERT INTO "ShortLinkHits" ("Code", "Day", "Count") VALUES ({code}, {day}, {count}) ON CONFLICT ("Code", "Day") DO UPDATE SET "Count" = "ShortLinkHits"."Count" + {count}""", ct);
            }

            await transaction.CommitAsync(ct);
        }
        catch
        {
            foreach (var (key, count) in taken)
            {
                _pending.AddOrUpdate(key, count, (_, more) => more + count);
            }

            throw;
        }
    }
}
