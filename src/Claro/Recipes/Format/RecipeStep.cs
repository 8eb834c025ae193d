using System.Text.Json.Serialization;

namespace Claro.Recipes.Format;

/// <summary>What every step has: its name, written first.</summary>
internal record RecipeStep
{
    [JsonPropertyName("name")]
    [JsonPropertyOrder(-1)]
    public string? Name { get; init; }
}
