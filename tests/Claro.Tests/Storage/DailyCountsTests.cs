using Claro.Reading;
using Claro.Storage;
using Claro.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Claro.Tests.Storage;

/// <summary>
/// Counts kept in memory reach the database one flush at a time. The language-access report flushes before it reads:
/// it must not read while another flush (the site's own, every two seconds) has taken counts it has not yet written.
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

        // Another writer holds SQLite's write lock, so whichever flush takes the count waits to write it.
        await using var writer = new SqliteConnection($"Data Source={_app.DatabasePath}");
        await writer.OpenAsync();
        await using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        views.Count("/es/inmigracion", day, _app.Services.GetRequiredService<IOptions<ClaroOptions>>().Value);
        // SQLite waits for its lock on the calling thread: each flush runs on one of its own.
        var first = Task.Run(() => FlushAsync(views));
        var second = Task.Run(() => FlushAsync(views));
        var finishedWhileLocked = await Task.WhenAny(second, Task.Delay(TimeSpan.FromMilliseconds(500))) == second;
        await using (var rollback = writer.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        await Task.WhenAll(first, second);

        Assert.False(finishedWhileLocked, "the second flush returned while the first still held the count");
        Assert.Equal(before + 1, await ViewsAsync(day));
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
