using Claro.Workflow;
using Microsoft.Extensions.Options;

namespace Claro.Site.Workflow;

/// <summary>
/// Publishes approved versions and withdraws documents when their scheduled time comes, and records review dates
/// that have come; the clock is a <see cref="TimeProvider"/> so tests can move it.
/// </summary>
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
                var schedule = scope.ServiceProvider.GetRequiredService<PublicationSchedule>();
                var published = await schedule.PublishDueAsync(stoppingToken);
                var withdrawn = await schedule.WithdrawDueAsync(stoppingToken);
                var due = await schedule.RemindOfReviewsAsync(stoppingToken);
                if (published + withdrawn + due > 0)
                {
                    logger.LogInformation("Published {Published} and withdrew {Withdrawn} scheduled documents; {Due} came to their review date", published, withdrawn, due);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduled publishing, withdrawal or review reminders failed; they are tried again at the next tick");
            }
        }
    }
}
