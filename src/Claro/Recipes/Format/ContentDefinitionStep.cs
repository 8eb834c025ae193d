using System.Text.Json;

namespace Claro.Recipes.Format;

/// <summary>The content types an Orchard Core site needs for the recipe's items; written for Orchard Core, passed over on import.</summary>
internal sealed record ContentDefinitionStep : RecipeStep
{
    public IReadOnlyList<ContentTypeDefinition> ContentTypes { get; init; } = [];

    public IReadOnlyList<JsonElement> ContentParts { get; init; } = [];
}
