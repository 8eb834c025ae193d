namespace Claro.Recipes.Format;

/// <summary>How many times a short link was followed on one day (UTC), the day written as <c>yyyy-MM-dd</c>.</summary>
internal sealed record ClaroShortLinkHit(DateOnly? Date, int? Count);
