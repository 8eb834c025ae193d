namespace Claro.Site.Links;

/// <summary>The answer to making a short link: its canonical code and its absolute address.</summary>
internal sealed record NewShortLinkDto(string Code, string Url);
