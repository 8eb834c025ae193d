using System.Text.Json.Serialization;

namespace Claro.Recipes.Format;

/// <summary>The Orchard Core features a site needs for the recipe's content; written for Orchard Core, passed over on import.</summary>
internal sealed record FeatureStep : RecipeStep
{
    [JsonPropertyName("enable")]
    public IReadOnlyList<string> Enable { get; init; } = [];

    [JsonPropertyName("disable")]
    public IReadOnlyList<string> Disable { get; init; } = [];
}
