using System.Text.Json.Serialization;

namespace Claro.Recipes.Format;

/// <summary>A step that carries a list of entries: <c>content</c> and Claro's own steps.</summary>
/// <remarks>Orchard Core writes <c>data</c> in its exports and <c>Data</c> in its setup recipes; names are matched without regard to case.</remarks>
internal sealed record DataStep<T> : RecipeStep
{
    [JsonPropertyName("data")]
    public IReadOnlyList<T?>? Data { get; init; }
}
