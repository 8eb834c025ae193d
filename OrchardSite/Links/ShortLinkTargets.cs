using System.Collections.Concurrent;
using Claro.Links;
using Claro.Site.Reading;

namespace Claro.Site.Links;

/// <summary>
/// Where each short link leads, remembered until readers' pages are next evicted (a publish, a withdrawal, an
/// import, on any node): a burst of listeners costs one lookup, and the link keeps working while the
/// database does not answer, like the cached pages it leads to.
/// </summary>
internal sealed class ShortLinkTargets(ReaderCacheStore pages)
{
    private const int MaxRemembered = 10_000;
    private readonly ConcurrentDictionary<string, (long Evictions, (string Code, string Culture, string Slug) Target)> _known = new(StringComparer.Ordinal);

    public async Task<(string Code, string Culture, string Slug)?> ResolveAsync(string typed, ShortLinkService links, CancellationToken ct)
    {
        var code = ShortCode.Canonical(typed);
        var evictions = pages.Evictions;
        if (_known.TryGetValue(code, out var known) && known.Evictions == evictions)
        {
            return known.Target;
        }

        var target = await links.ResolveAsync(typed, ct);
        // Only codes that lead somewhere, and not without bound: made-up codes must not fill memory.
        if (target is { } found && pages.Evictions == evictions && (_known.Count < MaxRemembered || _known.ContainsKey(code)))
        {
            _known[code] = (evictions, found);
        }

        return target;
    }
}
