using Claro.Links;
using Claro.Storage;

namespace Claro.Site.Links;

/// <summary>Writes the redirects counted in memory every two seconds, and once more when the site stops.</summary>
internal sealed class ShortLinkHitFlusher(ShortLinkHitCounter hits, IServiceScopeFactory scopes, ILogger<ShortLinkHitFlusher> logger) : BackgroundService
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
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await hits.FlushAsync(scope.ServiceProvider.GetRequiredService<ClaroDbContext>(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Short-link counts could not be written; they are kept and tried again");
        }
    }
}
