using Claro.Content;

namespace Claro.Recipes;

/// <summary>An item read from a recipe with its versions, the one to publish, and where in the file it and its path stand.</summary>
internal sealed record RecipeItem(Item Item, string? PublishedVersionId, string JsonPath, string PathJsonPath)
{
    public string Id => Item.Id;

    public string Culture => Item.Culture;

    public string Slug => Item.Slug;
}
