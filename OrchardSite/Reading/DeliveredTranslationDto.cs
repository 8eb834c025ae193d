namespace Claro.Site.Reading;

/// <summary>Where a delivered page is published in another culture, and whether that translation lags behind its source.</summary>
internal sealed record DeliveredTranslationDto(string Culture, string Slug, string Url, bool Outdated);
