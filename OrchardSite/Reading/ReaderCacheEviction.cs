using Claro.Workflow;
using Microsoft.AspNetCore.OutputCaching;

namespace Claro.Site.Reading;

/// <summary>Lets go of every cached reader page of this node when what readers see changes.</summary>
internal sealed class ReaderCacheEviction(IOutputCacheStore cache) : IPublicationListener
{
    public async ValueTask DocumentChangedAsync(string documentId, CancellationToken cancellationToken) =>
        await cache.EvictByTagAsync(ReaderCaching.ReaderTag, cancellationToken);
}
