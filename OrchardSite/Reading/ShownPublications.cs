using System.Collections.Concurrent;

namespace Claro.Site.Reading;

/// <summary>
/// Keeps a node from serving two publications of one document side by side. A publish is committed before this node
/// lets go of its cached pages: after the publish's own work here, or when another node's notification arrives. A page
/// rendered in between shows the new English while the cached Spanish, its language switch's target, is still the old
/// one. So each page rendered from the database says which publication of its document it shows; when this node cached
/// a page of that document from another publication, cached pages are let go before the page is served.
/// </summary>
/// <remarks>
/// Each document's last shown publication is kept with the cache's eviction count at the time. A page stored in the
/// cache was rendered by a request that started after the last eviction (<see cref="ReaderCacheStore"/> refuses the
/// others) and said what it showed before it was stored; so when the cache was emptied since a document's publication
/// was last noted, no cached page of it is left to disagree, and the page that follows a publish's own eviction does
/// not empty the cache a second time.
/// </remarks>
internal sealed class ShownPublications(ReaderCacheStore cache)
{
    private readonly ConcurrentDictionary<string, (string Publication, long Evictions)> _lastShown = new(StringComparer.Ordinal);

    public async ValueTask ShowingAsync(string documentId, string publication, CancellationToken cancellationToken)
    {
        var evictions = cache.Evictions;
        var disagrees = false;
        _lastShown.AddOrUpdate(documentId, (publication, evictions), (_, before) =>
        {
            disagrees = before.Evictions == evictions && before.Publication != publication;
            return (publication, evictions);
        });
        if (disagrees)
        {
            await cache.EvictByTagAsync(ReaderCaching.ReaderTag, cancellationToken);
        }
    }
}
