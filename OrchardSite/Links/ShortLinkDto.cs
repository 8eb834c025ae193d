using Claro.Links;
using Claro.Site.Reading;

namespace Claro.Site.Links;

/// <summary>A short link in the admin API's list, with its redirects counted per day.</summary>
internal sealed record ShortLinkDto(string Code, string DocumentId, string Culture, string Url, string? Title, IReadOnlyList<DailyHits> Hits)
{
    public static ShortLinkDto From(ShortLinkSummary link, SiteUrls urls) =>
        new(link.Code, link.DocumentId, link.Culture, urls.ListedShortLink(link.Code), link.Title, link.Hits);
}
