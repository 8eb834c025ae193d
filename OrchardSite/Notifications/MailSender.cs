using Claro.Notifications;
using Microsoft.Extensions.Options;

namespace Claro.Site.Notifications;

/// <summary>Sends the outbox's mail every <see cref="MailOptions.SendInterval"/>; the clock is a <see cref="TimeProvider"/> so tests can move it.</summary>
internal sealed class MailSender(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ClaroOptions> options, ILogger<MailSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Mail.IsOn)
        {
            logger.LogInformation("Mail is off: no Claro:Mail:Host is set");
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Mail.SendInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<MailOutbox>().SendDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "The outbox could not be read; it is tried again at the next tick");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
