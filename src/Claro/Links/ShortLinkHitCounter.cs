using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Links;

/// <summary>
/// Counts short-link redirects in memory and adds them to the daily counts in one transaction at a time.
/// A write per redirect made the link an officer reads out on the radio the slowest address on the site,
/// at the moment hundreds of listeners type it (each waited for the database's write lock), and it failed
/// whenever the database did. A crash loses at most the counts since the last flush, a few seconds' worth.
/// </summary>
public sealed class ShortLinkHitCounter : DailyCounts<string>
{
    protected override async Task WriteAsync(ClaroDbContext db, IReadOnlyList<(string Key, DateOnly Day, int Count)> counts, CancellationToken ct)
    {
        foreach (var (code, day, count) in counts)
        {
            // Quoted names, because PostgreSQL folds unquoted ones to lower case; SQLite accepts them as well.
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "ShortLinkHits" ("Code", "Day", "Count") VALUES ({code}, {day}, {count}) ON CONFLICT ("Code", "Day") DO UPDATE SET "Count" = "ShortLinkHits"."Count" + {count}""", ct);
        }
    }
}
