using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Claro.Site.Reading;

/// <summary>
/// The output cache's store, made safe for publishing under load. A page rendered from the database before
/// a publish, but finished after the publish evicted the cache, would otherwise be stored after the eviction
/// and served, old, until the next one. Each request notes the eviction count when it starts (a tag that
/// <see cref="ReaderCacheStore.StampPolicy"/> adds and this store removes); its page is stored only if no
/// eviction came in between. Reading is untouched: a cached page costs what it did.
/// </summary>
internal sealed class ReaderCacheStore(IOutputCacheStore inner) : IOutputCacheStore, IOutputCacheBufferStore, IDisposable
{
    private const string StampPrefix = "evictions:";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _evictions;

    /// <summary>How many evictions there have been: what was looked up under an older count may be stale.</summary>
    public long Evictions => Volatile.Read(ref _evictions);

    /// <summary>Puts this store in front of the one <c>AddOutputCache</c> registered.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(s => s.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton(provider => new ReaderCacheStore((IOutputCacheStore)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!))));
        services.AddSingleton<IOutputCacheStore>(provider => provider.GetRequiredService<ReaderCacheStore>());
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Interlocked.Increment(ref _evictions);
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask<bool> TryGetAsync(string key, System.IO.Pipelines.PipeWriter destination, CancellationToken cancellationToken) =>
        inner is IOutputCacheBufferStore buffers ? buffers.TryGetAsync(key, destination, cancellationToken) : TryGetAsBytesAsync(key, destination, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        StoreAsync(tags ?? [], kept => inner.SetAsync(key, value, kept, validFor, cancellationToken), cancellationToken);

    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        StoreAsync(tags.ToArray(), kept => inner is IOutputCacheBufferStore buffers
            ? buffers.SetAsync(key, value, kept, validFor, cancellationToken)
            : inner.SetAsync(key, value.ToArray(), kept, validFor, cancellationToken), cancellationToken);

    private async ValueTask StoreAsync(string[] tags, Func<string[], ValueTask> store, CancellationToken cancellationToken)
    {
        var stamp = tags.FirstOrDefault(t => t.StartsWith(StampPrefix, StringComparison.Ordinal));
        var kept = tags.Where(t => !t.StartsWith(StampPrefix, StringComparison.Ordinal)).ToArray();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (stamp is null || long.Parse(stamp.AsSpan(StampPrefix.Length), CultureInfo.InvariantCulture) == Volatile.Read(ref _evictions))
            {
                await store(kept);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async ValueTask<bool> TryGetAsBytesAsync(string key, System.IO.Pipelines.PipeWriter destination, CancellationToken cancellationToken)
    {
        if (await inner.GetAsync(key, cancellationToken) is not { } bytes)
        {
            return false;
        }

        await destination.WriteAsync(bytes, cancellationToken);
        return true;
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Notes, as the request starts, how many evictions there have been.</summary>
    public sealed class StampPolicy(ReaderCacheStore store) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            context.Tags.Add(StampPrefix + Volatile.Read(ref store._evictions).ToString(CultureInfo.InvariantCulture));
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
