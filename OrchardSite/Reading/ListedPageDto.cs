using Claro.Reading;

namespace Claro.Site.Reading;

/// <summary>One published page in the delivery API's list of a culture.</summary>
internal sealed record ListedPageDto(string Id, string Culture, string Slug, string Title, string Summary, string Url, DateTime UpdatedAt, int Version)
{
    public static ListedPageDto From(PageSummary page, SiteUrls urls) =>
        new(page.DocumentId, page.Culture, page.Slug, page.Title, page.Summary, urls.Page(page.Culture, page.Slug), page.UpdatedUtc, page.Version);
}
