namespace Claro.Site.Links;

/// <summary>A short code made from a title, for the staff page that offers one.</summary>
internal sealed record SuggestedCodeDto(string Code);
