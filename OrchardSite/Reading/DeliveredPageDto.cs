using Claro.Reading;

namespace Claro.Site.Reading;

/// <summary>One published page in the delivery API, with its published translations in the other cultures.</summary>
internal sealed record DeliveredPageDto(
    string Id, string Culture, string Slug, string Title, string Summary, string Html, DateTime UpdatedAt, int Version, string ChangeNote,
    bool Outdated, IReadOnlyList<DeliveredTranslationDto> Translations)
{
    public static DeliveredPageDto From(ReaderPage page, SiteUrls urls) => new(
        page.DocumentId, page.Culture, page.Slug, page.Title, page.Summary, page.Html, page.UpdatedUtc, page.Version, page.ChangeNote, page.Outdated,
        page.Translations.Where(t => t.Culture != page.Culture).Select(t => new DeliveredTranslationDto(t.Culture, t.Slug, urls.Page(t.Culture, t.Slug), t.Outdated)).ToList());
}
