using Claro.Links;

namespace Claro.Recipes;

/// <summary>A short link read from a recipe, and where in the file it stands.</summary>
internal sealed record RecipeShortLink(ShortLink Link, string JsonPath);
