namespace Claro.Recipes.Format;

/// <summary>The set shared by all translations of a page (Claro's document id), and this item's culture.</summary>
internal sealed record LocalizationPart(string? LocalizationSet, string? Culture);
