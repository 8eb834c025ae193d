using Claro.Storage;

namespace Claro.Site.Storage;

/// <summary>Writes every count kept in memory (<see cref="DailyCounts{TKey}"/>) every two seconds, and once more when the site stops.</summary>
internal sealed class DailyCountsFlusher(IEnumerable<IDailyCounts> counts, IServiceScopeFactory scopes, ILogger<DailyCountsFlusher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        foreach (var count in counts)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await count.FlushAsync(scope.ServiceProvider.GetRequiredService<ClaroDbContext>(), ct);
            }
            catch (ObjectDisposedException)
            {
                // The host was torn down without being stopped first: there is no database left to write to.
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Counts of {Kind} could not be written; they are kept and tried again", count.GetType().Name);
            }
        }
    }
}
