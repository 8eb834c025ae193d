using Claro.Storage;
using Claro.Workflow;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Claro.Site.Reading;

/// <summary>
/// Several web nodes on one PostgreSQL database each cache readers' pages in memory. A publish on
/// one node is told to the others through PostgreSQL's <c>LISTEN/NOTIFY</c>, and each lets go of
/// its own cached pages. Search needs nothing: its index is in the database.
/// </summary>
internal static class ReaderChanges
{
    public const string Channel = "claro_reader_changes";

    public static IServiceCollection AddReaderChangeNotifications(this IServiceCollection services, string connectionString)
    {
        services.AddScoped<IPublicationListener, ReaderChangeNotifier>();
        services.AddSingleton(new ReaderChangeListenerConnection(connectionString));
        services.AddHostedService<ReaderChangeListener>();
        return services;
    }
}

/// <summary>Tells every node (this one included) that what readers see of a document changed; sent once the change is committed.</summary>
internal sealed class ReaderChangeNotifier(ClaroDbContext db) : IPublicationListener
{
    public async ValueTask DocumentChangedAsync(string documentId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({ReaderChanges.Channel}, {documentId})", cancellationToken);
}

internal sealed record ReaderChangeListenerConnection(string ConnectionString);

/// <summary>
/// Holds one connection that listens on <see cref="ReaderChanges.Channel"/> and evicts this node's cached
/// reader pages on each notification. When the connection is lost it reconnects, and evicts everything
/// once, since notifications sent meanwhile were missed.
/// </summary>
internal sealed class ReaderChangeListener(ReaderChangeListenerConnection settings, IOutputCacheStore cache, ILogger<ReaderChangeListener> logger)
    : BackgroundService
{
    // Short: until it listens again, this node keeps pages that other nodes may have replaced.
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(4);
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        // A node that served pages before it listened could keep one that another node replaced.
        await Task.WhenAny(_listening.Task, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(settings.ConnectionString)
        {
            // LISTEN belongs to a session: this connection must never go back to a pool, and a dead one must be noticed.
            Pooling = false,
            KeepAlive = 15,
            ApplicationName = "claro-reader-changes",
        }.ToString();
        var retryDelay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                string? changed = null;
                connection.Notification += (_, notification) => changed = notification.Payload;
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {ReaderChanges.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                await cache.EvictByTagAsync(ReaderCaching.ReaderTag, stoppingToken);
                _listening.TrySetResult();
                retryDelay = TimeSpan.FromSeconds(1);
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                    if (changed is not null)
                    {
                        logger.LogDebug("Document {DocumentId} changed; letting go of cached reader pages", changed);
                        changed = null;
                        await cache.EvictByTagAsync(ReaderCaching.ReaderTag, stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Not listening for publications on other nodes; connecting again in {Delay}", retryDelay);
                try
                {
                    await Task.Delay(retryDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }
}
