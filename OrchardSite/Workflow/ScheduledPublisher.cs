using Claro.Workflow;
using Microsoft.Extensions.Options;

namespace Claro.Site.Workflow;

/// <summary>Publishes approved versions when their scheduled time comes; the clock is a <see cref="TimeProvider"/> so tests can move it.</summary>
internal sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ClaroOptions> options, ILogger<ScheduledPublisher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SchedulerInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var published = await scope.ServiceProvider.GetRequiredService<PublicationSchedule>().PublishDueAsync(stoppingToken);
                if (published > 0)
                {
                    logger.LogInformation("Published {Count} scheduled documents", published);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduled publishing failed; it is tried again at the next tick");
            }
        }
    }
}
