namespace Claro.Recipes.Format;

internal sealed record TitlePart(string? Title);
