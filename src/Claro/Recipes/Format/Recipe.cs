using System.Text.Json;
using System.Text.Json.Serialization;

namespace Claro.Recipes.Format;

/// <summary>
/// An Orchard Core recipe as the file holds it: a header, matched without regard to case as Orchard Core does,
/// and its steps, each read by its <c>name</c> (<see cref="RecipeSteps"/>) into the record of its shape.
/// </summary>
internal sealed record Recipe
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("author")]
    public string? Author { get; init; }

    [JsonPropertyName("website")]
    public string? Website { get; init; }

    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("issetuprecipe")]
    public bool IsSetupRecipe { get; init; }

    [JsonPropertyName("categories")]
    public IReadOnlyList<string>? Categories { get; init; }

    [JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; init; }

    [JsonPropertyName("variables")]
    public IReadOnlyDictionary<string, JsonElement>? Variables { get; init; }

    /// <summary>Each step as written; its <c>name</c> says which record reads it.</summary>
    [JsonPropertyName("steps")]
    public IReadOnlyList<JsonElement>? Steps { get; init; }
}
