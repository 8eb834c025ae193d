using Claro.Content;

namespace Claro.Recipes;

/// <summary>A document read from a recipe, with its items.</summary>
internal sealed record RecipeDocument(Document Document, IReadOnlyList<RecipeItem> Items);
