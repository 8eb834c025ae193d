using System.Data.Common;
using Claro.Reading;
using Claro.Storage;
using Claro.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Claro.Tests.Storage;

/// <summary>
/// Counts kept in memory reach the database one flush at a time. The language-access report flushes before it reads:
/// it must not read while another flush (the site's own, every two seconds) has taken counts it has not yet written.
/// On both databases.
/// </summary>
[Trait("Category", "Database")]
public sealed class DailyCountsTests : IDisposable
{
    private readonly ClaroApp _app = new();

    [Fact]
    public async Task A_flush_waits_for_the_counts_another_flush_is_still_writing()
    {
        var views = _app.Services.GetRequiredService<PageViewCounts>();
        var day = DateOnly.FromDateTime(DateTime.UtcNow);
        var before = await ViewsAsync(day);

        // Another writer holds the lock the flush needs (SQLite's write lock, or the PostgreSQL table), so whichever
        // flush takes the count waits to write it.
        await using DbConnection writer = _app.OnPostgres ? new NpgsqlConnection(_app.PostgresConnectionString) : new SqliteConnection($"Data Source={_app.DatabasePath}");
        await writer.OpenAsync();
        await ExecuteAsync(writer, _app.OnPostgres ? "BEGIN; LOCK TABLE \"PageViews\" IN EXCLUSIVE MODE" : "BEGIN IMMEDIATE");

        views.Count("/es/inmigracion", day, _app.Services.GetRequiredService<IOptions<ClaroOptions>>().Value);
        // SQLite waits for its lock on the calling thread: each flush runs on one of its own.
        var first = Task.Run(() => FlushAsync(views));
        var second = Task.Run(() => FlushAsync(views));
        var finishedWhileLocked = await Task.WhenAny(second, Task.Delay(TimeSpan.FromMilliseconds(500))) == second;
        await ExecuteAsync(writer, "ROLLBACK");

        await Task.WhenAll(first, second);

        Assert.False(finishedWhileLocked, "the second flush returned while the first still held the count");
        Assert.Equal(before + 1, await ViewsAsync(day));
    }

    [Fact]
    public async Task Counts_reach_the_database_in_one_order_whatever_order_readers_came_in()
    {
        // Two nodes that wrote the same rows in different orders could each hold a row the other waits for.
        var counts = new RecordingCounts();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var keys = Enumerable.Range(0, 40).Select(i => $"/es/page-{i:D2}").ToList();
        foreach (var key in keys.OrderBy(_ => Random.Shared.Next()))
        {
            counts.Add(key, today);
            counts.Add(key, today.AddDays(-1));
        }

        await _app.WithDbAsync(async db =>
        {
            await counts.FlushAsync(db);
            return 0;
        });

        Assert.Equal(keys.SelectMany(key => new[] { (key, today.AddDays(-1)), (key, today) }), counts.Written);
    }

    private sealed class RecordingCounts : DailyCounts<string>
    {
        public List<(string Key, DateOnly Day)> Written { get; } = [];

        protected override Task WriteAsync(ClaroDbContext db, IReadOnlyList<(string Key, DateOnly Day, int Count)> counts, CancellationToken ct)
        {
            Written.AddRange(counts.Select(c => (c.Key, c.Day)));
            return Task.CompletedTask;
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task FlushAsync(PageViewCounts views)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await views.FlushAsync(scope.ServiceProvider.GetRequiredService<ClaroDbContext>());
    }

    private Task<int> ViewsAsync(DateOnly day) =>
        _app.WithDbAsync(db => db.PageViews.Where(v => v.Culture == "es" && v.Day == day).SumAsync(v => v.Count));

    public void Dispose() => _app.Dispose();
}
